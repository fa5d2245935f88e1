// Boilerplate and in-article repeats.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include <unicode/uchar.h>

#include "classify.h"

namespace corroborate {

namespace {

// Words of a page's furniture rather than of a story: fundraising, subscriptions, sharing,
// comments, navigation, captions and credits.  Folded forms, English and French.
constexpr std::string_view kFurniture =
    "subscribe subscribed subscriber subscribers subscription newsletter newsletters donate donation donations "
    "donor donors nonprofit click tap follow share shares comment comments reply replies email e-mail login log "
    "sign register cookie cookies advertisement advertising sponsored paywall paywalls membership premium "
    "required published button page website photo photos illustration credit credits getty shutterstock pictured "
    "caption copyright © rights reserved readers reporters journalists journalism support value reporter "
    "correspondent updated abonnez abonnement abonné abonnée abonnés inscrivez inscription partager partagez "
    "commentaire commentaires connexion publicité don dons soutenez lecteurs cliquez suivez crédit crédits publié "
    "journaliste journalistes correspondant correspondante réservés favoris lecture slideshow video watch listen "
    "podcast advert vidéo thanks merci app apps disclaimer ios android preview lire inbox mail patreon";

// Verbs a page opens its calls to action with (imperatives, English and French), folded.
constexpr std::string_view kCallsToAction =
    "follow subscribe sign share click tap download join register donate support read watch listen like comment "
    "get suivez abonnez-vous abonnez inscrivez-vous inscrivez partagez cliquez téléchargez rejoignez soutenez lisez "
    "regardez écoutez recevez retrouvez";
constexpr auto kCallsToActionSet = word_set<count_words(kCallsToAction)>(kCallsToAction);

// A credit line, opening with a credit word, "by" or "par" and a capitalised name ("Reporting by
// Maria Keller in Oslo; Editing by Jane Doe", "Additional reporting by…", "Propos recueillis
// par…"; a podcast's "Hosted by Ruth Okafor and Dan Meyer.", short, not "Hosted by Qatar, the
// summit brought together…").  At the start only: "images produced by Grok" and "first reported by
// Le Monde" are the story.
bool is_credit_line(const std::vector<Token>& tokens, const NormalizedSentence& ns, const Vocabulary& vocab) {
  constexpr std::string_view kCredit =
      "reporting editing edited writing written compiled produced photography graphics translated translation "
      "recueillis rédigé édité traduit traduction";
  constexpr uint32_t kHosts = 8;  // words, at most, of a line crediting hosts
  uint32_t k = ns.first_token;
  if (k + 3 < ns.end_token && (vocab.key(tokens[k].surface) == "additional" || vocab.key(tokens[k].surface) == "propos"))
    ++k;
  if (k + 2 >= ns.end_token) return false;
  const std::string& by = vocab.key(tokens[k + 1].surface);
  const std::string& word = vocab.key(tokens[k].surface);
  return (by == "by" || by == "par") && tokens[k + 2].capitalized &&
         (listed(word, kCredit) || (listed(word, "hosted animé animée") && ns.end_token - ns.first_token <= kHosts));
}

// Back before the spaces that end `r`: where its last sign ends.
uint32_t trim_blanks(std::u16string_view text, Range r) {
  uint32_t end = r.end;
  while (end > r.start && is_blank(text[end - 1])) --end;
  return end;
}

// A pointer to another page: "Read more: …", "See also | …", "Also Read: …", "Lire aussi : …",
// "À lire aussi → …", "Related: …", "Tags: …" -- the words, then a colon, a bar or an arrow.  The story's own sentences open
// with "read" too ("Read the full statement below."), but not followed by such a sign.
bool is_link_prefix(std::u16string_view text, const std::vector<Token>& tokens, const NormalizedSentence& ns,
                    const Vocabulary& vocab) {
  uint32_t k = ns.first_token;
  // (French sets capitals without their accent: "A lire aussi : …")
  if (k + 1 < ns.end_token && (vocab.key(tokens[k].surface) == "à" ||
                               (vocab.key(tokens[k].surface) == "a" && vocab.key(tokens[k + 1].surface) == "lire")))
    ++k;
  if (k >= ns.end_token) return false;
  const std::string& a = vocab.key(tokens[k].surface);
  const std::string& b = k + 1 < ns.end_token ? vocab.key(tokens[k + 1].surface) : vocab.key(0);
  uint32_t end;
  // (and a page's own labels: "Categories: Marathons in Norway | …", "Tags: …", "Thèmes : …")
  if (a == "related" || (a == "voir" && b != "aussi") ||
      (a.size() >= 4 && a.size() <= 10 && listed(a, "categories category tags topics catégories catégorie thèmes")))
    end = tokens[k].range.end;
  else if (((a == "read" || a == "lire") && (b == "more" || b == "also" || b == "aussi")) ||
           ((a == "see" || a == "voir") && (b == "also" || b == "aussi")) || (a == "also" && (b == "read" || b == "see")))
    end = tokens[k + 1].range.end;
  else return false;
  // (French sets a no-break space before the colon: "Lire aussi\u00A0:")
  end = skip_blanks(text, end, text.size());
  return end < text.size() && (text[end] == u':' || text[end] == u'|' || text[end] == 0x203A || text[end] == 0x2192 ||
                               text[end] == u'>' || text[end] == 0xBB);
}

// Who speaks, by pronoun (looked up for every distinct word of a story, in one table with the page
// furniture's words: see Cues::of()).
constexpr std::string_view kSecondEnList = "you your yours yourself you're you've", kSecondFrList = "vous votre vos tu ton",
                           kFirstPluralEnList = "we our ours us we're we've", kFirstPluralFrList = "nous notre nos",
                           kFirstSingularEnList = "i my me i'm i've", kFirstSingularFrList = "je moi mon ma mes";
// Cues::of()'s lists as one table per language (bits 0 second person, 1 first person plural, 2 first
// person singular, 3 page furniture)
constexpr auto kPersonEn = word_bits<count_words(kSecondEnList) + count_words(kFirstPluralEnList) +
                                     count_words(kFirstSingularEnList) + count_words(kFurniture)>(
    {{kSecondEnList, 1}, {kFirstPluralEnList, 2}, {kFirstSingularEnList, 4}, {kFurniture, 8}});
constexpr auto kPersonFr = word_bits<count_words(kSecondFrList) + count_words(kFirstPluralFrList) +
                                     count_words(kFirstSingularFrList) + count_words(kFurniture)>(
    {{kSecondFrList, 1}, {kFirstPluralFrList, 2}, {kFirstSingularFrList, 4}, {kFurniture, 8}});

// The words of kLegalNotices' phrases that few other sentences have (see Cues::legal_word()).
constexpr std::string_view kLegalWordList =
    "constitute constitutes attorney guarantee delayed n'engagent n'engage substituent "
    "substitue remplacent remplace reproduction propriété licence gamble customers "
    "stake apply comporte reserved réservés reproduced redistribution looking interdite closed "
    "moderated fermés modérés charity 1901 résiliable enquiries inquiries registered sponsored sponsorisé "
    "brought commons logged connecté episode podcast sponsor informational purposes substitute "
    "medical automatically";
constexpr auto kLegalWords = word_set<count_words(kLegalWordList)>(kLegalWordList);

// The words of a line about the page's own bulletins, by what they say (see Cues::bulletin()):
// one table, looked up for every distinct word of a story.
constexpr std::string_view kEveryList = "every chaque",
                           kDayList = "day weekday morning evening night week weekend monday tuesday wednesday "
                                      "thursday friday saturday sunday jour matin soir semaine week-end lundi mardi "
                                      "mercredi jeudi vendredi samedi dimanche",
                           kNewsList = "news stories headlines inbox newsletter actualité actualités actu essentiel",
                           kUpdateList = "update updates bulletin bulletins information",
                           kIssuedList = "issued posted published actualisée actualisé", kWillList = "will sera seront",
                           kSaidList = "said says told selon indiqué déclaré";
constexpr auto kBulletinWords =
    word_bits<count_words(kEveryList) + count_words(kDayList) + count_words(kNewsList) + count_words(kUpdateList) +
              count_words(kIssuedList) + count_words(kWillList) + count_words(kSaidList)>(
        {{kEveryList, 1}, {kDayList, 2}, {kNewsList, 4}, {kUpdateList, 8}, {kIssuedList, 16}, {kWillList, 32}, {kSaidList, 64}});

// What a word says about who speaks, by its folded form: bit 0 second person, 1 first person
// plural, 2 first person singular, 3 page furniture.  Worked out once per distinct word.
class Cues {
 public:
  explicit Cues(const Vocabulary& vocab) : vocab_(vocab) {}
  uint8_t of(uint32_t surface, Language lang) {
    auto& known = lang == Language::fr ? fr_ : en_;
    if (known.size() <= surface) known.resize(vocab_.size(), kUnknown);
    if (known[surface] == kUnknown) {
      const std::string& w = vocab_.key(surface);
      known[surface] = lang == Language::fr ? kPersonFr.of(w) : kPersonEn.of(w);
    }
    return known[surface];
  }
  const std::string& surface(uint32_t id) const { return vocab_.key(id); }
  uint32_t id_of(const std::string& folded) const { return vocab_.find(folded); }  // 0: not in the story
  // a word of kLegalNotices' phrases that few other sentences have (read before a phrase is looked for)
  bool legal_word(uint32_t surface) {
    if (legal_.size() <= surface) legal_.resize(vocab_.size(), kUnknown);
    if (legal_[surface] == kUnknown)
      legal_[surface] = kLegalWords.has(vocab_.key(surface));
    return legal_[surface] == 1;
  }
  // What a word says in a line about the page's own bulletins (see sentence_features()): bit 0
  // "every", 1 a day or a part of one, 2 news, 3 an update, 4 issued, 5 "will", 6 "said".
  uint8_t bulletin(uint32_t surface) {
    if (bulletin_.size() <= surface) bulletin_.resize(vocab_.size(), kUnknown);
    if (bulletin_[surface] == kUnknown) {
      const std::string& key = vocab_.key(surface);
      const std::string_view w = past_folded_elision(key);  // "l'actualité", "d'information"
      // (a day by its whole folded form, the rest past an elision)
      const uint8_t bits = kBulletinWords.of(w);
      bulletin_[surface] = static_cast<uint8_t>((bits & ~2) | ((w.size() == key.size() ? bits : kBulletinWords.of(key)) & 2));
    }
    return bulletin_[surface];
  }
  const Vocabulary& vocabulary() const { return vocab_; }

 private:
  static constexpr uint8_t kUnknown = 0x80;
  const Vocabulary& vocab_;
  std::vector<uint8_t> en_, fr_, legal_, bulletin_;
};

// Whether sentence `ns` gives a date or a time of day.
bool dated(const NormalizedSentence& ns) {
  return std::any_of(ns.values.begin(), ns.values.end(), [](const Value& v) { return v.kind == Value::Kind::date || v.clock; });
}

// Whether a word of sentence `ns` is one of `list` (folded forms).
bool names_any(const Document& doc, const NormalizedSentence& ns, const Cues& cues, std::string_view list) {
  for (uint32_t k = ns.first_token; k < ns.end_token; ++k)
    if (listed(cues.surface(doc.norm.tokens[k].surface), list)) return true;
  return false;
}

bool is_open_quote(char16_t c) { return c == 0x201C || c == 0xAB || c == 0x2018; }
bool is_close_quote(char16_t c) { return c == 0x201D || c == 0xBB || c == 0x2019; }

bool ends_like_a_sentence(std::u16string_view text, Range r) {
  for (uint32_t i = r.end; i > r.start; --i) {
    char16_t c = text[i - 1];
    if (c == u'.' || c == u'!' || c == u'?' || c == 0x2026 || c == u';') return true;
    // (past closing quotes and brackets, a footnote's mark or a bold run's close: "… storage.*",
    // "… est détruite.**")
    if (c == u'"' || c == 0x201D || c == 0xBB || c == 0x2019 || c == u')' || c == u'\'' || c == u' ' || c == u'*') continue;
    return false;
  }
  return false;
}

// A line that hands over to a quotation: "Marcus Hale, Leader of the Progressive Alliance, said:",
// "La préfète a déclaré :" -- a speech verb, then the colon.  The story, though it ends unfinished.
bool introduces_quote(std::u16string_view text, Range r, const std::vector<Token>& tokens, const NormalizedSentence& ns,
                      const Vocabulary& vocab) {
  const uint32_t end = trim_blanks(text, r);
  return ns.end_token > ns.first_token + 1 && end > r.start && text[end - 1] == u':' &&
         listed(vocab.key(tokens[ns.end_token - 1].surface),
                "said says added told wrote declared stated explained dit déclaré ajouté expliqué affirmé indiqué "
                "souligné écrit déclare explique affirme");
}

// A forum's quotation header: a member's name alone before the speech verb, written as a handle is
// (lower case, or with a digit or an underscore: "bytehound said:", "Maman_de_Lou a écrit :"; not
// "Marcus Hale, Leader of the Progressive Alliance, said:").
bool quotes_member(std::u16string_view text, Range r, const std::vector<Token>& tokens, const NormalizedSentence& ns,
                   const Vocabulary& vocab) {
  const uint32_t words = ns.end_token - ns.first_token;
  if (words < 2 || words > 3 || !introduces_quote(text, r, tokens, ns, vocab)) return false;
  if (words == 3 && vocab.key(tokens[ns.first_token + 1].surface) != "a") return false;
  const Token& name = tokens[ns.first_token];
  const std::u16string_view handle = text.substr(name.range.start, name.range.size());
  return !name.capitalized || handle.find_first_of(u"_0123456789") != std::u16string_view::npos;
}

// A legal notice: a disclaimer of advice, the terms on which a page's content may be used, delayed
// market quotes ("This alert is for general information and does not constitute legal advice.",
// "Attorney Advertising.", "All quotes delayed a minimum of 15 minutes.", "Les messages publiés
// n'engagent que leurs auteurs et ne remplacent pas l'avis d'un médecin.", "Tous droits de
// reproduction et de représentation réservés.", "… les contenus de ce site sont réutilisables sous
// licence ouverte.", "All rights reserved."): folded words in a row, the phrases between bars (one
// string, far less code than an array of them).
constexpr std::string_view kLegalNotices =
    "constitute legal advice|constitutes legal advice|constitute investment advice|"
    "constitute financial advice|attorney advertising|prior results do not guarantee|quotes delayed|"
    "data delayed|n'engagent que leurs auteurs|n'engage que son auteur|ne se substituent pas à l'avis|"
    "ne se substitue pas à l'avis|ne remplacent pas l'avis|ne remplace pas l'avis|droits de reproduction|"
    "droits de propriété intellectuelle|mention explicite de propriété intellectuelle|sous licence ouverte|"
    // a betting advertisement's required small print ("18+ Gamble responsibly.", "New customers only. Min
    // stake 10. T&Cs apply.", "Jouer comporte des risques : endettement, isolement, dépendance.")
    "gamble responsibly|gamble aware|new customers only|min stake|cs apply|conditions apply|"
    "jouer comporte des risques|all rights reserved|tous droits réservés|"
    // a text line's or a subscription's small print ("Standard network rates apply.", "Message and data
    // rates may apply.", "Sans engagement, résiliable à tout moment.")
    "rates apply|rates may apply|résiliable à tout moment|"
    // the terms of reuse, an issuer's safe-harbour language, the comment box's state ("This material
    // may not be reproduced without permission.", "Forward-looking statements are based on current
    // expectations…", "Comments are closed on this live blog.", "Toute reproduction interdite")
    "not be reproduced|reproduced without|redistribution without|reproduction interdite|"
    "forward looking statements|forward looking statement|comments are closed|comments are moderated|"
    "commentaires sont fermés|commentaires sont modérés|"
    // a body's registration ("… is a registered charity in England and Wales (No. 1180457).",
    // "Association loi 1901 reconnue d'intérêt général")
    "is a registered charity|association loi 1901|"
    // an advertiser's line in a podcast's notes or a newsletter ("This episode is sponsored by
    // Clearline…", "… is brought to you by …"; not "a bill sponsored by Senator Hale")
    "episode is sponsored|podcast is sponsored|newsletter is sponsored|article is sponsored|brought to you by|"
    "episode is supported|podcast is supported|word from our sponsor|word from this week's sponsor|"
    "sponsored content|contenu sponsorisé|épisode est sponsorisé|"
    // a health page's or a show's disclaimer, a transcript's note on itself ("This content is for
    // informational purposes only and is not a substitute for professional medical advice.",
    // "Nothing in this show is medical advice.", "This transcript was generated automatically…")
    "informational purposes only|information purposes only|substitute for professional|is medical advice|"
    "is not medical advice|generated automatically|"
    // a wiki's licence, a comment box's sign-in ("Text is available under the Creative Commons
    // Attribution-ShareAlike License…", "You must be logged in to post a comment.")
    "creative commons|logged in to post|logged in to comment|connecté pour commenter|connecté pour réagir|"
    "connecté pour poster";
// ... and labels that open a company's registration and a press office's line ("Registered
// office: 1 Mill Lane…", "Registered number 0482217", "3. Media enquiries: … 0300 555 0192"; not
// "police searched its registered office", "did not respond to media enquiries")
constexpr std::string_view kLegalLabels =
    "registered office|registered number|registered company|registered in|media enquiries|media inquiries|"
    "press enquiries|press inquiries";

bool is_legal_notice(const Document& doc, const NormalizedSentence& ns, Cues& cues) {
  bool keyed = false;
  for (uint32_t k = ns.first_token; k < ns.end_token && !keyed; ++k) keyed = cues.legal_word(doc.norm.tokens[k].surface);
  if (!keyed) return false;
  std::string words = " ";
  for (uint32_t k = ns.first_token; k < ns.end_token; ++k) (words += cues.surface(doc.norm.tokens[k].surface)) += ' ';
  // (a list number before a label: "3. Media enquiries: …")
  const size_t label = doc.norm.tokens[ns.first_token].numeric ? words.find(' ', 1) : 0;
  // (a phrase as whole words: a space either side, " gamble responsibly ")
  auto whole_at = [&](size_t at, std::string_view phrase) {
    return at > 0 && words[at - 1] == ' ' && at + phrase.size() < words.size() && words[at + phrase.size()] == ' ' &&
           words.compare(at, phrase.size(), phrase) == 0;
  };
  auto any = [&](std::string_view phrases, bool opening) {
    for (size_t i = 0; i < phrases.size();) {
      size_t end = phrases.find('|', i);
      if (end == std::string_view::npos) end = phrases.size();
      const std::string_view phrase = phrases.substr(i, end - i);
      if (opening) {
        if (whole_at(label + 1, phrase)) return true;
      } else {
        for (size_t at = words.find(phrase); at != std::string::npos; at = words.find(phrase, at + 1))
          if (whole_at(at, phrase)) return true;
      }
      i = end + 1;
    }
    return false;
  };
  return any(kLegalNotices, false) || any(kLegalLabels, true);
}

// A line ending with a date or a time in brackets, an agency's or a site's link to another of its
// items: "Car de lycéens en Italie : le Quai d'Orsay active sa cellule de crise (09/04 09:12)",
// "Box-office : … reste en tête pour la troisième semaine (11/06/2025)".  (Not a score, "(HT 14-10)",
// nor an hour alone, "(13h00)".)
bool ends_with_stamp(std::u16string_view text, Range r) {
  const uint32_t end = trim_blanks(text, r);
  if (end < r.start + 16 || text[end - 1] != u')') return false;
  uint32_t open = end - 1;
  while (open > r.start && end - open <= 20 && text[open - 1] != u'(') --open;
  if (open == r.start || text[open - 1] != u'(' || open - 1 < r.start + 10) return false;
  uint32_t digits = 0, separators = 0;
  for (uint32_t i = open; i + 1 < end; ++i) {
    const char16_t c = text[i];
    if (c >= u'0' && c <= u'9') ++digits;
    else if (c == u'/' || c == u':') ++separators;
    else if (c != u' ' && c != u'.' && c != u'-' && c != u'h' && c != 0xA0) return false;
  }
  return digits >= 3 && separators >= 1;
}

// A footnote: a paragraph opening with its mark, an asterisk, a dagger, not a bullet nor bold
// ("*Battery life varies by use and configuration.", "**Prices include VAT where applicable.").
bool is_footnote(std::u16string_view text, Range r) {
  const uint32_t marks = skip_blanks(text, r.start, r.end);
  uint32_t i = marks;
  while (i < r.end && (text[i] == u'*' || text[i] == 0x2020 || text[i] == 0x2021)) ++i;
  if (i == marks || i == r.end || !u_isalnum(text[i])) return false;
  const std::u16string_view mark = text.substr(marks, i - marks);
  return text.substr(i, r.end - i).find(mark) == std::u16string_view::npos;  // (no closing "**": bold)
}

bool has_quote(std::u16string_view text, Range r) {
  for (uint32_t i = r.start; i < r.end; ++i)
    if (text[i] == u'"' || is_open_quote(text[i]) || text[i] == 0x201D || text[i] == 0xBB) return true;
  return false;
}

// A signpost to what follows, the page guiding its reader: "Here is what we know so far.",
// "Here's what went wrong.", "Voici un résumé de l'étude…", "Voici ce que l'on sait", "Here is
// what was pledged, who is giving the most and why aid groups are not celebrating." (not "Here,
// the river…", nor "Here is the mayor's full statement", which hands over to the story, nor a list's
// lead-in, "Here's what council approved, effective May 4th:").
bool is_signpost(std::u16string_view text, const std::vector<Token>& tokens, const NormalizedSentence& ns,
                 const Vocabulary& vocab) {
  const uint32_t words = ns.end_token - ns.first_token, k = ns.first_token;
  if (words < 3 || words > 20 || text[tokens[k].range.end] == u',') return false;
  uint32_t end = tokens[ns.end_token - 1].range.end;
  while (end < text.size() && (text[end] == u' ' || text[end] == 0xA0)) ++end;
  if (end < text.size() && text[end] == u':') return false;
  const std::string& opener = vocab.key(tokens[k].surface);
  const uint32_t next = opener == "here" ? 2 * listed(vocab.key(tokens[k + 1].surface), "is are")
                                         : listed(opener, "here's here’s voici");
  return next && listed(vocab.key(tokens[k + next].surface), "what how why where everything ce comment pourquoi où tout un");
}

// A paragraph opening with a speaker's name in capitals and a colon, a turn in a transcript: two to
// four words of capitals (two letters or more, a hyphen or an apostrophe inside), a comma and the
// outlet's in capitals allowed before the colon ("KATE MILLS, WVT:", "KARINE BOUSQUET :"); not a
// label of one word ("UPDATE:"), nor one in lower case ("Privacy Notice:", "Contact presse :").
bool speaker_turn(std::u16string_view text, Range paragraph) {
  uint32_t i = paragraph.start, words = 0;
  bool comma = false;
  while (i < paragraph.end) {
    uint32_t end = i;
    while (end < paragraph.end && (u_isupper(text[end]) || ((text[end] == u'-' || text[end] == u'\'' || text[end] == 0x2019) &&
                                                             end > i && end + 1 < paragraph.end && u_isupper(text[end + 1]))))
      ++end;
    if (end - i < 2 || (end < paragraph.end && u_isalpha(text[end]))) return false;
    if (++words > 4) return false;
    i = end;
    while (i < paragraph.end && (text[i] == u' ' || text[i] == 0xA0 || text[i] == 0x202F)) ++i;
    if (i < paragraph.end && text[i] == u':') return words >= 2 && i + 1 < paragraph.end;
    if (i < paragraph.end && text[i] == u',' && !comma) {
      comma = true;
      ++i;
      while (i < paragraph.end && text[i] == u' ') ++i;
    }
  }
  return false;
}

// A code unit in lower case: ASCII at once (most letters of English and French text), the rest
// through ICU.
char16_t lower(char16_t c) {
  if (c < 0x80) return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
  return static_cast<char16_t>(u_tolower(c));
}

// A line without its blanks at either end, lower case.
std::u16string folded_line(std::u16string_view text, Range line) {
  const uint32_t start = skip_blanks(text, line.start, line.end);
  std::u16string l(text.substr(start, trim_blanks(text, line) - start));
  for (char16_t& c : l) c = lower(c);
  return l;
}

// A label's words, lower case, without its colon: "Sources :" -> "sources", "L’essentiel" -> "l'essentiel".
std::u16string label_of(std::u16string_view text, Range r) {
  std::u16string line(text.substr(r.start, r.size()));
  while (!line.empty() && (line.back() == u':' || u_isUWhiteSpace(line.back()))) line.pop_back();
  for (char16_t& c : line) c = c == u'\u2019' ? u'\'' : lower(c);
  return line;
}

// Whether a line is one of `labels` (lower case, between bars) as label_of() reads it.  (A call of
// its own: written out as arrays where they are used, the two label lists cost 3.7 KB of code in
// the function that uses them, and V8's first compile of a function grows faster than its size;
// see CMakeLists.txt.)
[[gnu::noinline]] bool is_label(std::u16string_view text, Range r, std::u16string_view labels) {
  return listed(label_of(text, r), labels, u'|');
}

// A letter's salutation, the whole of a short line ending with a comma: "Dear Parents and Carers,",
// "Chers parents,", "Madame, Monsieur,"; not an appeal's "Dear reader," or "Chers lecteurs,".
// And its close: "Yours sincerely,", "Kind regards,", "Cordialement,", "Veuillez agréer, …".
bool is_salutation(std::u16string_view text, Range line) {
  const std::u16string l = folded_line(text, line);
  if (l.size() < 5 || l.size() > 60 || l.back() != u',') return false;
  for (std::u16string_view reader : {u"reader", u"lecteur", u"lectrice", u"supporter", u"friend", u"ami"})
    if (l.find(reader) != std::u16string::npos) return false;
  for (std::u16string_view opening : {u"dear ", u"cher ", u"chère ", u"chers ", u"chères ", u"madame, monsieur",
                                      u"mesdames, messieurs", u"mesdames et messieurs"})
    if (l.starts_with(opening)) return true;
  return false;
}
bool is_letter_close(std::u16string_view text, Range line) {
  const std::u16string l = folded_line(text, line);
  for (std::u16string_view close : {u"yours sincerely", u"yours faithfully", u"yours truly", u"sincerely", u"kind regards",
                                    u"best regards", u"warm regards", u"with best wishes", u"cordialement", u"bien cordialement",
                                    u"bien à vous", u"veuillez agréer", u"je vous prie d'agréer", u"je vous prie d\u2019agréer"})
    if (l.starts_with(close)) return true;
  return false;
}

// A photo credit: a short line opening with "Photo", "Picture", "Image" or "Credit" and a
// capitalised name, not ending like a sentence ("Photo Le Courrier d'Armor - Erwan Kerleau",
// "Photo: Reuters/Jane Doe", "Picture: Blaze Pictures"; not "Credit Suisse shares fell 4%.").
bool is_photo_credit(std::u16string_view text, Range r, const std::vector<Token>& tokens, const NormalizedSentence& ns,
                     const Vocabulary& vocab) {
  constexpr uint32_t kWords = 10;
  const uint32_t k = ns.first_token;
  // (a word or two may say what kind of photo first: "Photo d'illustration Le Courrier / Élodie
  // Vergne", "Photo archives Le Républicain/Sophie Marin")
  const uint32_t name = k + 1 < ns.end_token && tokens[k + 1].capitalized ? k + 1
                        : k + 2 < ns.end_token && tokens[k + 2].capitalized ? k + 2 : k + 3;
  return name < ns.end_token && ns.end_token - k <= kWords && tokens[name].capitalized &&
         listed(vocab.key(tokens[k].surface), "photo photos photograph picture pictures image images crédit credit") && !ends_like_a_sentence(text, r);
}

// A photographer's credit, as a caption ends with it: names joined by a slash or "via" ("Leon
// Ashby/via TWP", "Westmark Maritime Safety Authority/Handout via Meridian"), every word
// capitalised, eight words at most; or in capitals, joined by "pour" or "for" too ("THOMAS LEBRUN /
// PHOTOPRESSE", "GUILLAUME TERRAL POUR « LE COURRIER NATIONAL »"), ten words at most.  Unfinished.
// A name or an initial opens it, no function word: "WHAT IT MEANS FOR YOU" is a heading.
bool is_name_credit(std::u16string_view text, Range r, const std::vector<Token>& tokens, const NormalizedSentence& ns,
                    const Vocabulary& vocab) {
  const uint32_t words = ns.end_token - ns.first_token;
  if (words < 2 || words > 10 || ends_like_a_sentence(text, r)) return false;
  const Token& first = tokens[ns.first_token];
  if (first.stop && first.range.size() > 1) return false;
  bool capitals = true, joined = text.substr(r.start, r.size()).find(u'/') != std::u16string_view::npos;
  for (uint32_t i = r.start; i < r.end; ++i) capitals = capitals && !(u_isalpha(text[i]) && !u_isupper(text[i]));
  for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
    const bool joiner = k > ns.first_token && listed(vocab.key(tokens[k].surface), capitals ? "pour for via" : "via");
    if (!joiner && !tokens[k].capitalized) return false;
    joined = joined || joiner;
  }
  return joined && (capitals || words <= 8);
}

// A reference to a paper: its authors' "et al." (" et al.", "et al,"), or a year, a semicolon and a
// volume ("2026;14(3):211", "2021;9:55").
bool cites_a_paper(std::u16string_view text, Range r) {
  const std::u16string_view line = text.substr(r.start, r.size());
  if (line.find(u" et al.") != std::u16string_view::npos || line.find(u" et al,") != std::u16string_view::npos) return true;
  for (size_t i = 4; i + 1 < line.size(); ++i)
    if (line[i] == u';' && u_isdigit(line[i + 1]) && u_isdigit(line[i - 1]) && u_isdigit(line[i - 2]) &&
        u_isdigit(line[i - 3]) && u_isdigit(line[i - 4]) && (i == 4 || !u_isdigit(line[i - 5])))
      return true;
  return false;
}

// A line that opens with a paper's authors, a surname and its initials: "Falkner-Doyle I, Weber T,
// …", "Vantongeren HJ, …".
bool opens_with_authors(std::u16string_view text, Range line) {
  uint32_t i = skip_blanks(text, line.start, line.end);
  if (i >= line.end || !u_isupper(text[i])) return false;
  while (i < line.end && (u_isalpha(text[i]) || text[i] == u'-' || text[i] == u'\'' || text[i] == 0x2019)) ++i;
  if (i >= line.end || text[i] != u' ') return false;
  const uint32_t initials = ++i;
  while (i < line.end && u_isupper(text[i])) ++i;
  return i > initials && i - initials <= 3 && i < line.end && (text[i] == u',' || text[i] == u'.');
}

// A wire photo's credit opening its sentence: an agency's name in capitals, then names joined to it
// by slashes, three capitalised words or more ("MERIDIAN/Jaan Tamm/File Photo Purchase Licensing
// Rights, opens new tab", "AFP/Getty Images/Ed Jones"); not "AC/DC played…".
bool opens_with_slash_credit(std::u16string_view text, const std::vector<Token>& tokens, const NormalizedSentence& ns) {
  const uint32_t k = ns.first_token;
  if (k + 2 >= ns.end_token) return false;
  for (uint32_t i = tokens[k].range.start; i < tokens[k].range.end; ++i)
    if (u_isalpha(text[i]) && !u_isupper(text[i])) return false;
  if (tokens[k].range.size() < 2) return false;
  uint32_t capitalised = 1, slashes = 0;
  for (uint32_t t = k + 1; t < ns.end_token && tokens[t].capitalized; ++t) {
    const std::u16string_view gap = text.substr(tokens[t - 1].range.end, tokens[t].range.start - tokens[t - 1].range.end);
    if (gap == u"/") ++slashes;
    else if (gap != u" ") break;
    ++capitalised;
  }
  return slashes >= 1 && capitalised >= 3;
}

// The sentence ends in a bracketed credit naming a photo agency or the word photo/image: 1; 2 when
// the credit labels itself, a caption's ("(Image: Jess Whitcombe/Ashcombe Echo)", "(Photo : Le
// Courrier)", "(Screenshot: ThreatLedger)").  0: none.
int ends_with_credit(std::u16string_view text, Range r) {
  uint32_t end = r.end;
  while (end > r.start && (u_isUWhiteSpace(text[end - 1]) || text[end - 1] == u'.')) --end;
  if (end == r.start || text[end - 1] != u')') return 0;
  uint32_t open = end - 1;
  while (open > r.start && text[open] != u'(') --open;
  if (text[open] != u'(' || end - open > 60) return 0;
  std::u16string inside(text.substr(open, end - open));
  for (auto& c : inside) c = static_cast<char16_t>(u_tolower(c));
  // (the last three make a credit only as its label)
  static const std::u16string_view kCredits[] = {u"getty", u"afp", u"reuters", u"ap photo", u"epa", u"shutterstock",
                                                 u"alamy", u"photo", u"image", u"pa wire", u"bloomberg", u"illustration",
                                                 u"screenshot", u"\u00A9", u"picture", u"credit", u"cr\u00E9dit"};
  constexpr size_t kAnywhere = std::size(kCredits) - 3;
  int found = 0;
  for (size_t i = 0; i < std::size(kCredits) && found < 2; ++i) {
    const size_t at = inside.find(kCredits[i]);
    if (at == std::u16string::npos) continue;
    // (the word opening the bracket, then a colon: a label)
    size_t colon = at + kCredits[i].size();
    while (colon < inside.size() && (inside[colon] == u's' || inside[colon] == u' ')) ++colon;
    const bool label = at == 1 && colon < inside.size() && inside[colon] == u':';
    if (label || i < kAnywhere) found = label ? 2 : 1;
  }
  return found;
}

// An e-mail address, a social-media handle or a web address: "Reach him at treyes@example.com",
// "Follow the City on Facebook, X and Instagram @CityofPortArdell", "www.example.org"; not a
// handle in brackets after a name, a post's source ("Valdora Civil Protection (@ValdoraCP) posted:").
bool has_contact(std::u16string_view text, Range r) {
  const std::u16string_view t = text.substr(r.start, r.size());
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i] != u'@' || !u_isalnum(t[i + 1])) continue;
    // (after a word, an address with a dot after it; else a handle of two signs or more)
    const bool address = i > 0 && u_isalnum(t[i - 1]);
    if (address ? t.find(u'.', i) != std::u16string_view::npos : u_isalnum(t[i + 2]) && (i == 0 || t[i - 1] != u'('))
      return true;
  }
  // (a telephone number under its label: "Phone: (937) 555-0100", "Tél. : 05 49 00 00 00")
  {
    size_t i = 0;
    while (i < t.size() && u_isUWhiteSpace(t[i])) ++i;
    std::u16string label;
    for (; i < t.size() && u_isalpha(t[i]); ++i) label += static_cast<char16_t>(u_tolower(t[i]));
    if (label == u"phone" || label == u"tel" || label == u"tél" || label == u"telephone" || label == u"téléphone" ||
        label == u"fax") {
      while (i < t.size() && (t[i] == u'.' || t[i] == u':' || u_isUWhiteSpace(t[i]))) ++i;
      if (i < t.size() && (u_isdigit(t[i]) || t[i] == u'+' || t[i] == u'(')) return true;
    }
  }
  // (an address, not a markdown link's target behind its words: "selon [les pompiers](https://…)")
  for (std::u16string_view scheme : {u"http://", u"https://", u"www."})
    for (size_t at = t.find(scheme); at != std::u16string_view::npos; at = t.find(scheme, at + 1))
      if (!(at >= 2 && t[at - 1] == u'(' && t[at - 2] == u']') && !(scheme == u"www." && at >= 3 && t[at - 1] == u'/'))
        return true;
  return false;
}

// The words of a range beside its addresses (blank-separated runs with a slash) are hashtags or
// handles only: "#WENWAT pic.twitter.com/xR4kq9LmZa".
bool only_tags_beside_address(std::u16string_view text, Range r) {
  for (uint32_t i = r.start; i < r.end;) {
    while (i < r.end && u_isUWhiteSpace(text[i])) ++i;
    uint32_t e = i;
    while (e < r.end && !u_isUWhiteSpace(text[e])) ++e;
    const std::u16string_view word = text.substr(i, e - i);
    if (!word.empty() && word[0] != u'#' && word[0] != u'@' && word.find(u'/') == std::u16string_view::npos) return false;
    i = e;
  }
  return true;
}

// An address without its scheme, a domain and a path: "pic.twitter.com/k8RzQ2wLmX" (not "km/h",
// "a.m./p.m.").
bool has_bare_address(std::u16string_view text, Range r) {
  const std::u16string_view t = text.substr(r.start, r.size());
  for (size_t slash = t.find(u'/'); slash != std::u16string_view::npos; slash = t.find(u'/', slash + 1)) {
    size_t k = slash, letters = 0;
    while (k > 0 && u_isalpha(t[k - 1]) && t[k - 1] < 0x80) --k, ++letters;
    if (letters < 2 || k < 2 || t[k - 1] != u'.' || !u_isalnum(t[k - 2])) continue;
    size_t start = k - 1;
    while (start > 0 && (u_isalnum(t[start - 1]) || t[start - 1] == u'.' || t[start - 1] == u'-')) --start;
    if (start == 0 || u_isUWhiteSpace(t[start - 1]) || t[start - 1] == u'(') return true;
  }
  return false;
}

// A telephone number: nine digits or more in groups, opening with "0", "+" or a bracket ("0300 555
// 0142", "+33 1 23 45 67 89", "(02) 4471 0300", "020 7946 0831"); not a figure, "2 300 000".
bool has_phone(std::u16string_view text, Range r) {
  const std::u16string_view t = text.substr(r.start, r.size());
  for (size_t i = 0; i < t.size(); ++i) {
    if (!(t[i] == u'0' || t[i] == u'+' || t[i] == u'(') || (i > 0 && (u_isalnum(t[i - 1]) || t[i - 1] == u'.' || t[i - 1] == u',')))
      continue;
    size_t digits = 0, groups = 0, j = i + (t[i] == u'0' ? 0 : 1);
    bool in_group = false;
    for (; j < t.size(); ++j) {
      const char16_t c = t[j];
      if (c >= u'0' && c <= u'9') {
        ++digits, groups += !in_group, in_group = true;
      } else if ((c == u' ' || c == 0xA0 || c == u'-' || c == u'.' || c == u')') && j + 1 < t.size() &&
                 ((t[j + 1] >= u'0' && t[j + 1] <= u'9') || t[j + 1] == u' ')) {
        in_group = false;
      } else {
        break;
      }
    }
    if (digits >= 9 && digits <= 13 && groups >= 2) return true;
  }
  return false;
}

// Sentence s is a paragraph of its own: a line.
bool alone_in_paragraph(const std::vector<Sentence>& sens, size_t s) {
  return (s == 0 || sens[s - 1].paragraph != sens[s].paragraph) &&
         (s + 1 == sens.size() || sens[s + 1].paragraph != sens[s].paragraph);
}

// A press release's end mark, the whole of its line: "ENDS", "Ends", "###", "-30-", "FIN".
bool is_end_mark(std::u16string_view text, Range r) {
  const uint32_t start = skip_blanks(text, r.start, r.end);
  const std::u16string_view line = text.substr(start, trim_blanks(text, r) - start);
  // (in any case: "Ends", "-ends-")
  if (line.size() > 7) return false;
  std::u16string lower(line);
  for (char16_t& c : lower)
    if (c >= u'A' && c <= u'Z') c += u'a' - u'A';
  for (std::u16string_view mark : {u"ends", u"end", u"-ends-", u"- ends -", u"###", u"# # #", u"-30-", u"- 30 -", u"fin",
                                   u"-fin-", u"- fin -"})
    if (lower == mark) return true;
  return false;
}

struct Features {
  double relevance = 1;   // share of content words found elsewhere in the story
  double cues = 0;        // weighted furniture cues
  bool heading = false;   // a lone line without a full stop, in an article of real paragraphs
  bool dateline = false;  // a line of dates and numbers only
  bool bullet = false;    // a list item: "• Two people confirmed dead, police say"
  bool finished = false;  // it ends as a sentence does ("." "!" "?" "…")
  bool reply = false;     // a reader's comment's button: "Reply", "Reply · 14", "Répondre"
  bool to_reader = false;  // its only cues are persons, the second among them: "check whether your car is included"
  double voiced = 0;       // the part of `cues` the first person gives ("I", "my", "we", "je", "nous")
  bool singular = false;   // it has the first person singular
  double addressed = 0;    // the part of `cues` the second person gives ("you", "your", "vous")
  bool question = false;   // it ends with a question mark
  bool give = false;       // a button to give, a lone line: "Donate now", "Give monthly", "Je fais un don"
  bool sponsor = false;    // a lone line that labels what follows as an advertiser's: "Sponsored"
  bool label = false;      // a page word and a dash or colon, labelling the rest of its line: "VIDÉO -"
  bool lead_in = false;    // a lone line that says something and hands over to what follows with a colon
  bool after_end = false;  // it comes after a press release's end mark ("ENDS", "###")
  bool row = false;        // its line is a row of a table of figures
  bool menu = false;       // its line is a menu's items
  bool says = false;       // its line names a comment's author: "Gordon P. says:", "Marie L. a écrit :"
};

// A comment's author, the whole of a short line that ends with a verb of saying and a colon:
// "Gordon P. says:", "Dr Anneke V. says:", "Marie L. a écrit :".
bool is_author_says(std::u16string_view text, Range line) {
  const uint32_t start = skip_blanks(text, line.start, line.end);
  if (start >= line.end || !u_isupper(text[start])) return false;
  const std::u16string folded = folded_line(text, line);
  std::u16string_view l = folded;
  if (l.back() != u':') return false;
  l.remove_suffix(1);
  while (!l.empty() && u_isUWhiteSpace(l.back())) l.remove_suffix(1);
  const size_t space = l.find_last_of(u' ');
  if (space == std::u16string_view::npos || std::count(l.begin(), l.end(), u' ') > 5) return false;
  static constexpr std::u16string_view kVerbs[] = {u"says", u"said", u"wrote", u"writes", u"dit", u"écrit"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), l.substr(space + 1)) != std::end(kVerbs);
}

// A line opening with a bullet or a list number ("• ", "- ", "1. ", "2) "): a list item, which may
// be the story's key points or a list of links.
bool starts_with_bullet(std::u16string_view text, Range r) {
  if (r.empty()) return false;
  const char16_t c = text[r.start];
  uint32_t digits = r.start;
  while (digits < r.end && digits < r.start + 2 && text[digits] >= u'0' && text[digits] <= u'9') ++digits;
  if (digits > r.start && digits + 1 < r.end && (text[digits] == u'.' || text[digits] == u')') && text[digits + 1] == u' ')
    return true;
  return c == 0x2022 || c == 0x25AA || c == 0x25B8 || c == 0x25BA || c == 0x2023 || c == 0x2043 || c == 0x25CF ||
         ((c == u'-' || c == u'*' || c == 0x2013) && r.size() > 2 && text[r.start + 1] == u' ');
}

// The relevance from which a line tells of the story's matter (see decide()).
constexpr double kOnMatter = 0.25;

// Sentence s opens with a time of day: a live page's entry or a link to one ("8.41pm Karakia held
// as light fades"), a schedule's line ("12h00 Journal de la Lize").
bool opens_with_clock(const Document& doc, size_t s) {
  const NormalizedSentence& ns = doc.norm.sentences[s];
  return !ns.values.empty() && ns.values[0].clock && ns.values[0].range.start == doc.norm.tokens[ns.first_token].range.start;
}

// A sign between a menu's items: a tab, a bar, a middle dot, a bullet.
bool is_item_break(char16_t c) { return c == u'\t' || c == u'|' || c == 0xB7 || c == 0x2022; }

// A menu: a line of three items or more, each of one to three words opening with a capital and no
// figure, set apart by wide gaps, bars or middle dots ("Accueil   Groupes   Messages   Notifications",
// "Home | News | Sport | Weather", "Politique · Économie · Société"); not a sentence's words.
bool is_menu_line(std::u16string_view text, Range r) {
  uint32_t items = 0, gaps = 0;
  for (uint32_t i = skip_blanks(text, r.start, r.end); i < r.end;) {
    // an item: up to a gap (two spaces or more, a tab, a bar, a dot) or the line's end
    uint32_t e = i, words = 1;
    while (e < r.end) {
      const char16_t c = text[e];
      if (is_item_break(c) || (is_blank(c) && e + 1 < r.end && is_blank(text[e + 1]))) break;
      if (u_isdigit(c) || c == u'.' || c == u',' || c == u'!' || c == u'?' || c == u';') return false;
      // (a blank before the next item's bar is no word: "Cours des vins | Matériel")
      if (is_blank(c) && e + 1 < r.end && !is_blank(text[e + 1]) && !is_item_break(text[e + 1])) ++words;
      ++e;
    }
    if (words > 3 || !u_isupper(text[i])) return false;
    ++items;
    if (e >= r.end) break;
    ++gaps;
    i = e;
    while (i < r.end && (is_blank(text[i]) || is_item_break(text[i]))) ++i;
  }
  return items >= 3 && gaps + 1 == items;
}

// The cells of a line, bars apart, that label a figure: "Pack size: 400g | Best before: 30 September
// 2025 | Batch code: L2417" (a record's fields), "Population : 2 300 | Superficie : 45 km²"; none of
// them a page's date or reading time ("Published: 11 March 2026 | Updated: 12 March", "Lecture : 3 min").
uint32_t labelled_cells(std::u16string_view text, Range r) {
  if (text.substr(r.start, r.size()).find(u'|') == std::u16string_view::npos) return 0;  // one cell: no record
  uint32_t cells = 0;
  for (uint32_t i = r.start; i < r.end;) {
    uint32_t e = i;
    while (e < r.end && text[e] != u'|') ++e;
    // a label of letters and spaces, at most four words, then a colon and a figure
    uint32_t j = skip_blanks(text, i, e), words = 0, label = j;
    while (j < e && (u_isalpha(text[j]) || is_blank(text[j]) || text[j] == u'-')) {
      if (!is_blank(text[j]) && (j == label || is_blank(text[j - 1]))) ++words;
      ++j;
    }
    std::u16string name(text.substr(label, j - label));
    for (auto& c : name) c = static_cast<char16_t>(u_tolower(c));
    const bool page = name.find(u"publi") != std::u16string::npos || name.find(u"update") != std::u16string::npos ||
                      name.find(u"posted") != std::u16string::npos || name.find(u"jour") != std::u16string::npos ||
                      name.find(u"modifi") != std::u16string::npos || name.find(u"read") != std::u16string::npos ||
                      name.find(u"lecture") != std::u16string::npos || name.find(u"date") != std::u16string::npos;
    if (words >= 1 && words <= 4 && j < e && text[j] == u':') {
      const uint32_t v = skip_blanks(text, j + 1, e);
      if (v < e && (u_isdigit(text[v]) || (v + 1 < e && u_isalpha(text[v]) && u_isdigit(text[v + 1]))) && !page) ++cells;
    }
    i = e + 1;
  }
  return cells;
}

// A timetable's row: three times of day or more, bars or wide gaps apart and nothing else ("08:00 |
// 09:50 | 11:00 | 12:50", "7h15   8h40   10h05").
bool times_row(std::u16string_view text, Range r) {
  uint32_t times = 0;
  for (uint32_t i = skip_blanks(text, r.start, r.end); i < r.end;) {
    uint32_t j = i, digits = 0;
    while (j < r.end && u_isdigit(text[j])) ++j, ++digits;
    if (digits < 1 || digits > 2 || j >= r.end || (text[j] != u':' && text[j] != u'h' && text[j] != u'.')) return false;
    ++j;
    const uint32_t m = j;
    while (j < r.end && u_isdigit(text[j])) ++j;
    if (j - m != 2) return false;
    ++times;
    // then the line's end, or a gap: a bar, a tab or two spaces
    const uint32_t g = j;
    bool bar = false;
    while (j < r.end && (is_blank(text[j]) || text[j] == u'\t' || text[j] == u'|')) bar = bar || text[j] == u'|' || text[j] == u'\t', ++j;
    if (j < r.end && !bar && j - g < 2) return false;
    i = j;
  }
  return times >= 3;
}

// A row of a table of figures: a label, then cells a tab or two spaces apart, one a figure
// ("Progressive Alliance  Hannah Okafor-Reid  14,206  41.3  +13.9", "Revenue\t$ 412.6\t$ 479.8"), or
// bars apart, two of them figures ("Base | +4,6 % | +58 €": a line of bars with one figure is a
// date's, "Mardi 13 janvier | 07:45", unless it has four cells or more, a result's "Leon Tasker |
// Residents First | 1,377 | Elected").  The story's data, however short and unfinished its line; a
// table's header ("Party  Candidate  Votes") and a menu ("Home | News | Sport") have no figure, a
// header of dates no label.
bool is_table_row(std::u16string_view text, Range r) {
  if (!r.empty() && times_row(text, r)) return true;
  if (r.empty() || !u_isalpha(text[r.start])) return false;
  uint32_t spaced = 0, barred = 0, bars = 0;  // figure cells after each kind of gap; bars
  for (uint32_t i = r.start + 1; i < r.end; ++i) bars += text[i] == u'|';
  for (uint32_t i = r.start + 1; i < r.end;) {
    const bool tab = text[i] == u'\t' || (text[i] == u' ' && i + 1 < r.end && text[i + 1] == u' ');
    const bool bar = text[i] == u'|';
    if (!tab && !bar) {
      ++i;
      continue;
    }
    // past the gap and a figure's opening signs: a digit opens a figure cell
    while (i < r.end && (text[i] == u' ' || text[i] == u'\t' || text[i] == u'|' || text[i] == 0xA0)) ++i;
    uint32_t j = i;
    while (j < r.end && (text[j] == u'+' || text[j] == u'-' || text[j] == 0x2212 || text[j] == u'(' ||
                         text[j] == u'$' || text[j] == 0x20AC || text[j] == 0xA3 || text[j] == u' '))
      ++j;
    if (j >= r.end || !u_isdigit(text[j])) continue;
    if (!bar) {
      ++spaced;
      continue;
    }
    // (bars set off a byline's date and reading time too, "By the Trust team | 11 March 2026 | 5
    // min read": a cell bars apart is a figure alone, its sign at most after it)
    while (j < r.end && (u_isdigit(text[j]) || text[j] == u'.' || text[j] == u',' || text[j] == u' ' ||
                         text[j] == 0xA0 || text[j] == 0x202F))
      ++j;
    if (j < r.end && (text[j] == u'%' || text[j] == 0x20AC || text[j] == u'$' || text[j] == 0xA3)) ++j;
    while (j < r.end && (text[j] == u' ' || text[j] == 0xA0)) ++j;
    if (j == r.end || text[j] == u'|') ++barred;
  }
  // (a row of four cells or more may hold one figure: "Leon Tasker | Residents First | 1,377 | Elected")
  return spaced >= 1 || barred >= 2 || (barred == 1 && bars >= 3) || labelled_cells(text, r) >= 2;
}

// How much of a sentence's vocabulary the rest of the story uses: the share of its content words
// found in other articles (or, for a lone article, in its other paragraphs).  Sentences already
// marked boilerplate lend no relevance.
class Relevance {
 public:
  Relevance(const std::vector<Document>& docs, size_t terms) : docs_(docs), articles_with_(terms, 0) {
    // counted once per article, or, for an article alone, once per paragraph
    const bool alone = docs.size() == 1;
    std::vector<uint32_t> seen(terms, UINT32_MAX);
    for (uint32_t d = 0; d < docs.size(); ++d)
      for (size_t s = 0; s < docs[d].norm.sentences.size(); ++s) {
        if (docs[d].kinds[s] == SentenceKind::boilerplate) continue;
        const uint32_t unit = alone ? docs[d].seg.sentences[s].paragraph : d;
        for (uint32_t t : docs[d].norm.sentences[s].terms)
          if (seen[t] != unit) seen[t] = unit, ++articles_with_[t];
      }
  }

  double of(size_t d, size_t s) const {
    const auto& terms = docs_[d].norm.sentences[s].terms;
    if (terms.empty()) return 0;
    const uint32_t own = docs_[d].kinds[s] != SentenceKind::boilerplate;  // counted itself above
    double shared = 0;
    for (uint32_t t : terms) shared += articles_with_[t] > own;
    return shared / static_cast<double>(terms.size());
  }

 private:
  const std::vector<Document>& docs_;
  std::vector<uint32_t> articles_with_;  // per term: articles (or, alone, paragraphs) using it
};

// (declared here, defined after sentence_features(), which calls it last)
void page_parts(const Document& doc, std::vector<Features>& f, Cues& cues, const std::vector<uint32_t>& sentences_in,
                const std::vector<uint32_t>& words_in, uint32_t first_finished);

// Structure and cues of every sentence of docs[d] (relevance is filled in later).
std::vector<Features> sentence_features(const std::vector<Document>& docs, size_t d, Cues& cues) {
  const Document& doc = docs[d];
  const std::u16string_view text = doc.text();
  const auto& sens = doc.seg.sentences;
  const size_t n = sens.size();

  // Does the article have real paragraphs (three lines of over 60 characters ending like
  // sentences; a brief's are short)?  Only then can a lone line without a full stop be told for a
  // heading, a byline or a site name.
  uint32_t prose_paragraphs = 0;
  std::vector<uint32_t> sentences_in(doc.seg.paragraphs.size(), 0), words_in(doc.seg.paragraphs.size(), 0);
  for (size_t s = 0; s < n; ++s) {
    ++sentences_in[sens[s].paragraph];
    words_in[sens[s].paragraph] += doc.norm.sentences[s].end_token - doc.norm.sentences[s].first_token;
  }
  for (size_t p = 0; p < doc.seg.paragraphs.size(); ++p)
    if (ends_like_a_sentence(text, doc.seg.paragraphs[p]) && doc.seg.paragraphs[p].size() > 60) ++prose_paragraphs;
  const bool structured = prose_paragraphs >= 3;
  // A short line of two sentences or more, the first ones questions or exclamations (or a label
  // of one word in capitals, "VIDÉO.", "DIRECT.") and the last unfinished, is a title as a lone
  // line is: "When is a fraud sentence 'manifestly excessive'? The Court of Appeal's recent
  // approach" under "Related articles", "VIDÉO. Les images de la séance à l'Assemblée".
  std::vector<bool> title_line(doc.seg.paragraphs.size(), false);
  for (size_t s = 0; s + 1 < n; ++s) {
    const uint32_t p = sens[s].paragraph;
    if (s > 0 && sens[s - 1].paragraph == p) continue;
    bool title = sentences_in[p] >= 2 && words_in[p] <= 14 && !ends_like_a_sentence(text, doc.seg.paragraphs[p]);
    for (size_t k = s; title && k + 1 < n && sens[k + 1].paragraph == p; ++k) {
      uint32_t e = sens[k].range.end;
      while (e > sens[k].range.start && (is_close_quote(text[e - 1]) || text[e - 1] == u'"' || text[e - 1] == u'\''))
        --e;
      const NormalizedSentence& ks = doc.norm.sentences[k];
      const bool label = ks.end_token == ks.first_token + 1 && e > sens[k].range.start && text[e - 1] == u'.' &&
                         std::none_of(text.begin() + doc.norm.tokens[ks.first_token].range.start,
                                      text.begin() + doc.norm.tokens[ks.first_token].range.end,
                                      [](char16_t c) { return u_islower(c); }) &&
                         doc.norm.tokens[ks.first_token].range.size() >= 4;
      title = e > sens[k].range.start && (text[e - 1] == u'?' || text[e - 1] == u'!' || label);
    }
    title_line[p] = title;
  }
  // The lines above the first that ends like a sentence, in an article with two such lines or
  // more: a title, a kicker, a byline, a date, whatever the article's length.
  // And the short lines below the last such line: the page's foot, a brief's too ("Lu 1 245 fois",
  // "Partager sur :", "Facebook", "Dans l'actu" and its headlines).
  // (A notice to the reader about the page -- a page word and "you" -- is not the first such
  // line: "Nous utilisons des cookies … Vous pouvez modifier vos choix" above a live page's title.)
  auto notice = [&](size_t& s, uint32_t p) {  // (s: the first sentence not before paragraph p)
    uint8_t found = 0;
    for (; s < n && sens[s].paragraph <= p; ++s)
      for (uint32_t k = doc.norm.sentences[s].first_token; k < doc.norm.sentences[s].end_token && sens[s].paragraph == p; ++k)
        found |= cues.of(doc.norm.tokens[k].surface, doc.language);
    return (found & 9) == 9;
  };
  uint32_t finished_paragraphs = 0, first_finished = static_cast<uint32_t>(doc.seg.paragraphs.size()), last_finished = 0;
  // (a section's name is no sentence, though its abbreviation ends with a full stop: "U.S.")
  for (size_t p = 0, s = 0; p < doc.seg.paragraphs.size(); ++p) {
    if (!ends_like_a_sentence(text, doc.seg.paragraphs[p]) || words_in[p] < 2) continue;
    ++finished_paragraphs;
    if (first_finished == doc.seg.paragraphs.size() && !notice(s, static_cast<uint32_t>(p))) first_finished = static_cast<uint32_t>(p);
    last_finished = static_cast<uint32_t>(p);
  }

  // the words of the page speaking of itself, by id (0 when the story has none of them)
  const uint32_t kThis = cues.id_of("this"), kCet = cues.id_of("cet"), kArticle = cues.id_of("article"),
                 kStory = cues.id_of("story"), kPage = cues.id_of("page"), kReport = cues.id_of("report"),
                 kContributed = cues.id_of("contributed"), kContribue = cues.id_of("contribué"),
                 kBlog = cues.id_of("blog"), kPost = cues.id_of("post"), kExplainer = cues.id_of("explainer"),
                 kCe = cues.id_of("ce"), kCette = cues.id_of("cette"), kDirect = cues.id_of("direct"),
                 kViews = cues.id_of("views"), kOpinions = cues.id_of("opinions"), kPropos = cues.id_of("propos"),
                 kExpressed = cues.id_of("expressed"), kExprimees = cues.id_of("exprimées"),
                 kExprimes = cues.id_of("exprimés"), kSite = cues.id_of("site"), kWebsite = cues.id_of("website");

  std::vector<Features> f(n);
  bool quoted = false, after_credit = false, table_row = false, author_says = false;
  bool salutation = false, letter = false;  // the line before was a letter's salutation; in a letter
  bool turn = false;       // in a speaker's turn in a transcript (see speaker_turn())
  bool reference = false;  // in a line that references a source (a wiki's, a paper)
  bool listing = false;  // in the lone lines after a lone line ending with a colon ("Related posts:")
  uint32_t pos = 0;
  for (size_t s = 0; s < n; ++s) {
    const Sentence& sen = sens[s];
    const NormalizedSentence& ns = doc.norm.sentences[s];
    Features& x = f[s];

    // cues, counted outside quotation marks only: a quoted "you" is the story speaking (the
    // quotation state carries over from the paragraph's earlier sentences)
    // (and in a speaker's turn in a transcript, the persons are the speaker's: "KATE MILLS, WVT:
    // Well, behind me you can still see smoke…", "KARINE BOUSQUET : Julien Ferrandou cultive…")
    if (s == 0 || sens[s - 1].paragraph != sen.paragraph) {
      quoted = false;
      pos = doc.seg.paragraphs[sen.paragraph].start;
      turn = speaker_turn(text, doc.seg.paragraphs[sen.paragraph]);
      // (a letter's "I", "we" and "you", from its salutation to its close, are its writer's and its
      // readers': "Dear Parents and Carers," / "I am writing to let you know that …")
      const Range line = doc.seg.paragraphs[sen.paragraph];
      if (is_letter_close(text, line)) letter = false;
      else if (salutation) letter = true;
      salutation = is_salutation(text, line);
    }
    const uint32_t words = ns.end_token - ns.first_token;
    // the sentence's first word, folded ("" for a sentence of signs only)
    const std::string& opener = words ? cues.surface(doc.norm.tokens[ns.first_token].surface) : cues.vocabulary().key(0);
    uint32_t numeric = 0, second = 0, we = 0, i_me = 0, furniture = 0;
    bool calendar_word = false;
    bool self_reference = false, contributed = false, this_site = false;
    constexpr uint32_t kSelfReferenceWords = 16, kSelfReferenceHead = 6;
    uint32_t after_source = UINT32_MAX;
    for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
      const Token& t = doc.norm.tokens[k];
      for (; pos < t.range.start; ++pos) {
        const char16_t c = text[pos];
        if (c == u'"') quoted = !quoted;
        else if (is_open_quote(c)) quoted = true;
        else if (is_close_quote(c) && c != 0x2019) quoted = false;
      }
      // (a month's or a weekday's name is a date's word too: "Publié le mardi 3 mars 2026 à 18h42 ·
      // Mis à jour le 3 mars 2026 à 23h05")
      const std::string& key = cues.vocabulary().key(t.term);
      const bool calendar = is_month_key(key) || is_weekday_key(key);
      numeric += t.numeric || calendar;
      calendar_word = calendar_word || calendar;
      if (quoted) continue;
      // the page speaking of itself: "This article was amended on…", "contributed to this report",
      // "This explainer will be updated…", "If this post was useful, chip in $10…", "Stay with News 8
      // for updates on this developing story", "Ce direct est désormais terminé", "Cette page sera
      // actualisée au fil de l'évolution de la situation"
      if (k > ns.first_token && t.surface && (t.surface == kArticle || t.surface == kStory || t.surface == kPage ||
                                              t.surface == kReport || t.surface == kBlog || t.surface == kPost ||
                                              t.surface == kExplainer || t.surface == kDirect)) {
        const uint32_t before = doc.norm.tokens[k - 1].surface;
        // ("this developing story", "this breaking story")
        const bool developing = k >= ns.first_token + 2 && t.surface == kStory && doc.norm.tokens[k - 2].surface == kThis &&
                                kThis && listed(cues.surface(before), "developing breaking ongoing");
        // (in a short sentence, or at the head of a long one: not at the tail of the story's own, "…
        // ends up filtered through the kidneys, said Dr. Hargreave, who reviewed this article")
        const bool heads = words <= kSelfReferenceWords || k - ns.first_token < kSelfReferenceHead;
        if (heads && ((before && before == kThis && t.surface != kDirect) || (before && before == kCet && t.surface == kArticle) ||
                      (before && before == kCette && t.surface == kPage) ||
                      (before && before == kCe && t.surface == kDirect) || developing)) {
          self_reference = self_reference || t.surface != kReport;
          const uint32_t verb = k >= ns.first_token + 3 ? doc.norm.tokens[k - 3].surface : 0;
          contributed = contributed || (verb && (verb == kContributed || verb == kContribue));
        }
      }
      // (a sentence opening with "This site" or "Ce site", which may be a plant's, only beside a
      // page thing: "Ce site utilise des cookies", not "Un point … sera publié … sur ce site")
      if (k == ns.first_token + 1 && t.surface && (t.surface == kSite || t.surface == kWebsite)) {
        const uint32_t before = doc.norm.tokens[k - 1].surface;
        this_site = before && (before == kThis || before == kCe);
      }
      // and of its authors: "The views expressed are the author's own", "Les opinions exprimées
      // n'engagent que leur auteur"
      if (k > ns.first_token && t.surface && (t.surface == kExpressed || t.surface == kExprimees || t.surface == kExprimes)) {
        const uint32_t before = doc.norm.tokens[k - 1].surface;
        self_reference = self_reference || (before && (before == kViews || before == kOpinions || before == kPropos));
      }
      // ("sans rendez-vous": an appointment, no one spoken to)
      const bool noun = k > ns.first_token && joined_by_hyphen(text, doc.norm.tokens[k - 1], t) &&
                        cues.surface(doc.norm.tokens[k - 1].surface) == "rendez";
      // (the outlet's reporters as a quotation's audience, "a-t-il réagi auprès de nos journalistes",
      // "told our reporter": the story's source, no page text)
      auto word_back = [&](uint32_t back) -> const std::string& {
        return k >= ns.first_token + back ? cues.surface(doc.norm.tokens[k - back].surface) : cues.vocabulary().key(0);
      };
      const uint8_t said = noun ? 0 : cues.of(t.surface, doc.language);
      const bool source = (said & 2) && k + 1 < ns.end_token && listed(cues.surface(t.surface), "our nos notre") &&
                          listed(cues.surface(doc.norm.tokens[k + 1].surface),
                                 "reporter reporters correspondent journaliste journalistes correspondant correspondante") &&
                          (listed(word_back(1), "to told à") || (word_back(1) == "de" && word_back(2) == "auprès"));
      if (source) after_source = k + 1;
      const uint8_t cue = source || k == after_source ? 0 : turn || letter ? said & 8 : said;
      second += cue & 1;
      // ("US" in capitals is the country, not "us")
      we += ((cue >> 1) & 1) && !(t.range.size() == 2 && text[t.range.start] == u'U' && text[t.range.start + 1] == u'S');
      i_me += (cue >> 2) & 1;
      // ("Greystone shares closed down 6.8%", "Shares in Norvane fell 6.2 percent", "shares of the
      // company": a company's stock, no button)
      const bool stock = (cue & 8) && listed(cues.surface(t.surface), "share shares") &&
                         ((k > ns.first_token && doc.norm.tokens[k - 1].capitalized && !t.capitalized) ||
                          (k + 1 < ns.end_token && listed(cues.surface(doc.norm.tokens[k + 1].surface), "in of")));
      furniture += ((cue >> 3) & 1) && !stock;
    }
    self_reference = self_reference || (this_site && furniture > 0);
    // (a line of a few capitalised words is a name or a label, whatever its last sign: "Harlow
    // Devices Inc.", "Katrin S.", "Like Loading...")
    bool name_line = sentences_in[sen.paragraph] == 1 && words >= 1 && words <= 5;
    for (uint32_t k = ns.first_token; k < ns.end_token && name_line; ++k) name_line = doc.norm.tokens[k].capitalized;
    const bool unfinished = (!ends_like_a_sentence(text, sen.range) || name_line) &&
                            !introduces_quote(text, sen.range, doc.norm.tokens, ns, cues.vocabulary());
    // (furniture words in a long, finished sentence that speaks to or for no one are more likely
    // the story's: "Photos posted on social media showed collapsed walls…", "Bellmont will pay $38
    // a share, a 27 percent premium to Crestway's closing price")
    const bool long_finished = words >= 12 && !unfinished;
    x.finished = !unfinished;
    const bool story_words = long_finished && second + we + i_me == 0;
    // (and "I" in a long, finished sentence that names no page thing nor the reader is more likely
    // a columnist's or a reporter's: "On what was reported of the trial, I struggle to see an
    // arguable ground")
    const bool told = long_finished && second + furniture == 0;
    x.voiced = 0.75 * std::min(we, 2u) + (told ? 0.5 : 1.0) * std::min(i_me, 2u);
    x.singular = i_me > 0;
    bool imperative = false;  // the reader is spoken to by an order or a greeting, not by a pronoun
    // a French sentence opening with an imperative speaks to the reader even without "vous":
    // "Retrouvez Karim Haddad chaque matin à 7h45…", "Recevez chaque matin l'essentiel…" (not
    // "Chez", "Assez"; a quoted order opens with its quotation mark)
    if (doc.language == Language::fr && words >= 2 && doc.norm.tokens[ns.first_token].range.start == sen.range.start &&
        opener.size() >= 5 && opener.ends_with("ez") && !listed(opener, "chez assez") && second == 0)
      ++second, imperative = true;
    // and so does an English one opening with a call to action's verb, then words that make it an
    // order: "Subscribe to the Courier from $2 a week…", "Get our campaign news…", "Donate now"
    // (not "Share prices fell", "Support for the bill grew", "Read the full statement below")
    if (doc.language == Language::en && words >= 2 && second == 0 &&
        doc.norm.tokens[ns.first_token].range.start == sen.range.start && kCallsToActionSet.has(opener) &&
        listed(cues.surface(doc.norm.tokens[ns.first_token + 1].surface), "to our us now today up this here"))
      ++second, imperative = true;
    // so does a sentence that greets or thanks the reader: "Bonjour et bienvenue dans ce direct",
    // "Welcome to our live coverage", "Thanks for reading The Ledger!" (not "Thanks to the new
    // system, …": because of)
    if (words >= 2 && second == 0 && listed(opener, "welcome bienvenue bonjour hello thanks thank merci") &&
        !(listed(opener, "thanks thank merci") && listed(cues.surface(doc.norm.tokens[ns.first_token + 1].surface), "to à")))
      ++second, imperative = true;
    // (and "you" in a long, finished statement that names no page thing is more likely the story's
    // or an essay's: "The confidence interval, from 0.71 to 0.84, tells you the range of values…";
    // not an order or a greeting, nor a question: "Have your say: will lower rates make a
    // difference to your household finances?")
    const bool plain_you = long_finished && furniture == 0 && !imperative && text[sen.range.end - 1] != u'?';
    x.addressed = (plain_you ? 0.75 : 1.5) * std::min(second, 2u);
    x.question = text[sen.range.end - 1] == u'?';
    x.cues = x.addressed + x.voiced +
             (story_words ? 0.4 : 0.75) * std::min(furniture, 3u);
    // a call to action: the sentence opens with a furniture verb and speaks to or for the reader
    // or the site besides ("Follow us on LinkedIn", "Sign up for our newsletter", "Partagez cet
    // article"); "Share prices fell" names no one
    // (or, in a short sentence, that speaks to the reader alone: "Get breaking news alerts from
    // Lakeshore 6 on your phone."; a call to action is no advice on the story's matter)
    const bool call = words >= 2 && kCallsToActionSet.has(opener) &&
                      (second + we + furniture >= 2 || (second >= 1 && words <= 12));
    if (call) x.cues += 1.0;
    x.to_reader = second > 0 && furniture == 0 && !call;
    const double spoken = x.cues;
    const bool first_in_paragraph = s == 0 || sens[s - 1].paragraph != sen.paragraph;
    const bool credit = is_credit_line(doc.norm.tokens, ns, cues.vocabulary());
    if (credit || is_photo_credit(text, sen.range, doc.norm.tokens, ns, cues.vocabulary()) ||
        (first_in_paragraph && is_link_prefix(text, doc.norm.tokens, ns, cues.vocabulary())))
      x.cues += 2.0;
    // the short lines right after a credit line: the wire's sign-off ("Our Standards: The …
    // Principles."); a longer line ends them (not a live page's entries under "Edited by …")
    const bool short_line = sentences_in[sen.paragraph] == 1 && words <= 12;
    if (after_credit && short_line) x.cues += 1.5;
    after_credit = credit || (after_credit && short_line);
    if (contributed || is_signpost(text, doc.norm.tokens, ns, cues.vocabulary()) ||
        quotes_member(text, sen.range, doc.norm.tokens, ns, cues.vocabulary()))
      x.cues += 2.0;
    else if (self_reference) x.cues += 1.5;
    // a photo credit in brackets: "(AFP via Getty Images)", "(Photo: Reuters)"; contact details
    // (a line of its own that ends in a credit labelled as one is a caption, however topical:
    // "Hannah Okafor-Reid with campaigners outside Ashcombe General (Image: Jess Whitcombe/Ashcombe Echo)")
    if (const int credit = ends_with_credit(text, sen.range)) x.cues += credit == 2 && sentences_in[sen.paragraph] == 1 ? 2.0 : 1.5;
    // (a short line with one is an author's or a post's: "Préfet de la Haute-Brenne @Prefet_HBrenne · 3 déc.")
    if (has_contact(text, sen.range)) x.cues += words <= 8 ? 2.0 : 1.5;
    // (such an address alone in its sentence, or with hashtags, is a link: "#WENWAT
    // pic.twitter.com/xR4kq9LmZa"; beside words it is where to read more, or a post's text ends
    // before it: "Stay indoors." pic.twitter.com/xYz123)
    else if (words <= 4 && has_bare_address(text, sen.range) && only_tags_beside_address(text, sen.range)) x.cues += 2.0;
    // a wiki's reference, all of its line, which opens with a caret ("^ a b \"Course records\".
    // Halvorsund Marathon. Retrieved 27 April 2026."); and a numbered list's reference to a paper,
    // by its authors' "et al." or its year and volume ("1. Vantongeren H, Idowu-Marsh S, et al. …
    // J Phys Act Metab Health. 2026;14(3):211-224."), its authors first: not a note that tells of
    // the paper, "1. The paper, … by I. Tarrant et al., is published in …" (a reference is a
    // line: read once, by its first sentence)
    if (first_in_paragraph) {
      const Range line = doc.seg.paragraphs[sen.paragraph];
      const uint32_t opening = skip_blanks(text, line.start, line.end);
      reference = opening < line.end && text[opening] == u'^';
      // (or unnumbered, its authors opening the line: "Falkner-Doyle I, Weber T, Osei K, et al. …")
      reference = reference || (opens_with_authors(text, line) && cites_a_paper(text, line));
      if (!reference && starts_with_bullet(text, line) && cites_a_paper(text, line)) {
        uint32_t k = ns.first_token;
        while (k < ns.end_token && doc.norm.tokens[k].numeric) ++k;
        reference = k < ns.end_token && !doc.norm.tokens[k].stop && doc.norm.tokens[k].capitalized;
      }
    }
    if (reference) x.cues += 2.0;
    // (a question to the reader asks for comments: "Have you had trouble with your brakes?")
    x.to_reader = x.to_reader && x.cues == spoken && !x.question;

    if (words == 1 && furniture == 1 && sentences_in[sen.paragraph] > 1) {
      const uint32_t e = trim_blanks(text, sen.range);
      const char16_t c = e > sen.range.start ? text[e - 1] : u' ';
      x.label = c == u'-' || c == 0x2013 || c == 0x2014 || c == u':';
    }
    const bool lone_line = sentences_in[sen.paragraph] == 1 || title_line[sen.paragraph];
    // a placeholder or a button trailing off, a lone line of four words at most ending in an
    // ellipsis: "Write something...", "J'aime chargement…", "Rechercher dans ce sujet…", "Click to
    // expand..." (not in an article of a sentence or two: "Prices rise again…" compared alone)
    const uint32_t last = trim_blanks(text, sen.range);
    if (n > 2 && sentences_in[sen.paragraph] == 1 && words >= 1 && words <= 4 && last > sen.range.start &&
        (text[last - 1] == 0x2026 || (last >= sen.range.start + 3 && text.substr(last - 3, 3) == u"...")))
      x.cues += 2.0;
    x.sponsor = lone_line && words <= 3 && names_any(doc, ns, cues, "sponsored promoted sponsorisé sponsorisée");
    x.give = sentences_in[sen.paragraph] == 1 && words <= 4 && names_any(doc, ns, cues, "donate give don dons contribute");
    const bool short_question = words <= 6 && x.question;
    // a heading, byline, site name or tagline: a short lone line with no full stop; a subheading
    // question opening a paragraph ("What is the matter?"), or a question as long as a heading on a
    // line of its own ("Can I still get to or leave the island?", "Réforme du lycée : le grand oral
    // sera-t-il maintenu ?")
    // (a line that is all dateline but for this counts as lone: "date 2026-02-03 Share")
    const bool after_dateline = !first_in_paragraph && s > 0 && f[s - 1].dateline && sentences_in[sen.paragraph] == 2;
    // a list item is no heading: the story's key points are told from a list of links by relevance
    // (in an article of real paragraphs; elsewhere a bullet is just how a sentence opens)
    x.bullet = structured && first_in_paragraph && starts_with_bullet(text, sen.range);
    // (a row is a line: read once, by its first sentence)
    if (first_in_paragraph) table_row = is_table_row(text, doc.seg.paragraphs[sen.paragraph]);
    x.row = table_row;
    x.menu = first_in_paragraph && sentences_in[sen.paragraph] == 1 && is_menu_line(text, doc.seg.paragraphs[sen.paragraph]);
    if (first_in_paragraph) author_says = is_author_says(text, doc.seg.paragraphs[sen.paragraph]);
    x.says = author_says;
    // (a row of buttons may hold a few: "Reply · Report · 14 likes")
    x.reply = first_in_paragraph && listed(opener, "reply répondre repondre") &&
              (words <= 3 || (words <= 6 && sentences_in[sen.paragraph] == 1 &&
                              text.substr(sen.range.start, sen.range.size()).find_first_of(u"|\u00B7") !=
                                  std::u16string_view::npos));
    // a question in the lone lines under a lone line ending with a colon is a title, as short
    // questions are ("Related posts:" over "Why does Corran Ridge keep breaking down?")
    bool listed_question = false;
    if (first_in_paragraph) {
      const bool item = listing && lone_line && words <= 14;
      listed_question = item && x.question;
      // (a list's heading: "Related posts:", or "Related articles", "À lire aussi" without the colon)
      const bool related = words <= 3 && unfinished && (opener == "related" || opener == "à" || opener == "lire");
      listing = item || (lone_line && (text[sen.range.end - 1] == u':' || related));
    }
    // (a title may be two sentences: "DIRECT. Storm Ysolde: three dead…", "EXCLUSIVE. …")
    const bool above_text = finished_paragraphs >= 2 && sen.paragraph < first_finished && words_in[sen.paragraph] <= 24;
    const bool below_text = finished_paragraphs >= 2 && sen.paragraph > last_finished && words_in[sen.paragraph] <= 14;
    // a short lone line with a furniture word, finished or not: "Temps de lecture : 3 min.",
    // "Advertisement", "Photo: Kirsten Lau/Gearline"
    // a page element's label opening a lone line: "Newsletter : recevez chaque lundi…", "Video: …"
    bool labelled = false;
    if (words >= 2) {
      const Token& first = doc.norm.tokens[ns.first_token];
      const bool page_word = cues.of(first.surface, doc.language) >> 3 & 1;
      const uint32_t upto = doc.norm.tokens[std::min(ns.first_token + 2, ns.end_token - 1)].range.start;
      labelled = page_word && text.substr(first.range.end, upto - first.range.end).find(u':') != std::u16string_view::npos;
      // (or after the element's name in quotation marks: "Newsletter « La Lettre politique » : …")
      const uint32_t i = skip_blanks(text, first.range.end, sen.range.end);
      if (!labelled && page_word && i < sen.range.end && (is_open_quote(text[i]) || text[i] == u'"')) {
        const auto close = text.substr(i + 1, sen.range.end - i - 1).find_first_of(u"\"\u201D\u00BB");
        const uint32_t j = close == std::u16string_view::npos
                               ? sen.range.end
                               : skip_blanks(text, i + 2 + static_cast<uint32_t>(close), sen.range.end);
        labelled = j < sen.range.end && text[j] == u':' && j - i <= 60;
      }
      // (or after the element's name in capitalised words: "Newsletter Val de Lieuve Matin : recevez…")
      if (!labelled && page_word) {
        uint32_t k = ns.first_token + 1;
        while (k < ns.end_token && k <= ns.first_token + 5 && (doc.norm.tokens[k].capitalized || doc.norm.tokens[k].stop) &&
               !doc.norm.tokens[k].numeric && text.substr(doc.norm.tokens[k - 1].range.end,
                                                          doc.norm.tokens[k].range.start - doc.norm.tokens[k - 1].range.end)
                                                      .find(u':') == std::u16string_view::npos)
          ++k;
        labelled = k > ns.first_token + 1 && k < ns.end_token &&
                   text.substr(doc.norm.tokens[k - 1].range.end, doc.norm.tokens[k].range.start - doc.norm.tokens[k - 1].range.end)
                           .find(u':') != std::u16string_view::npos;
      }
    }
    // (not a transcript's speaker named by trade before the turn's sentence: "JOURNALISTE : Peu
    // après midi, les sirènes retentissent…"; "Reporter: Jane Doe" labels a byline)
    if (labelled && !unfinished &&
        listed(opener, "journaliste journalist reporter correspondent correspondant correspondante"))
      labelled = false;
    const bool furniture_line = lone_line && ((words <= 6 && furniture > 0) || labelled);
    x.heading = !x.bullet && !table_row && ((structured && (((lone_line || after_dateline) && words <= 14 && unfinished) ||
                                              furniture_line ||
                                              (((first_in_paragraph && short_question) || listed_question ||
                                                (sentences_in[sen.paragraph] == 1 && words <= 14 && x.question)) &&
                                               !has_quote(text, sen.range)))) ||
                              ((above_text || below_text) && (unfinished || words <= 3)));
    // "February 4, 2026", "date 2026-02-04": a line of dates and numbers; a lone line may be
    // longer ("Publié le 9 mars 2026 à 19:20 | Mis à jour le 10 mars 2026 à 07:05")
    // (not a list item: "• 280 accouchements en 2025, contre 412 en 2015" is a key figure)
    // (its last full stop may be a time's: "Updated March 11, 2026 at 7:15 a.m.")
    const bool ends_on_time = !ns.values.empty() && ns.values.back().clock &&
                              trim_blanks(text, sen.range) <= ns.values.back().range.end + 1;
    // (a date or a time in it and no count of things, or figures in a row without a date,
    // unfinished, "Adult £21.50 | Child £15.00 | Family £66.00": a figure and its thing, "Énergie :
    // +4,1 %", "4 200 hectares touchés", "280 accouchements en 2025, contre 412 en 2015", are a key
    // figure's line, and "The Aura 7 Pro costs $1,199 / £1,099 / €1,349." a sentence)
    const auto counts = std::count_if(ns.values.begin(), ns.values.end(), [](const Value& v) {
      return v.kind == Value::Kind::number && !v.clock && !v.hours && v.unit != 0;
    });
    x.dateline = sen.dateline || (words > 0 && !x.bullet && !table_row && numeric * 2 >= words &&
                                  (calendar_word || dated(ns) ? counts == 0 : numeric >= 3 && unfinished) &&
                                  ((words <= 8 && (lone_line || (first_in_paragraph && unfinished))) ||
                                   (words <= 20 && lone_line && (unfinished || ends_on_time))));
    // a list's lead-in, of five words or more, no page word nor the reader in it, few figures:
    // "Here's what council approved, effective May 4th:", "Le bilan provisoire, arrêté à 13h00, est
    // le suivant :" (not "For more information, contact:", "District-wise figures (as of 6 pm, 14
    // July):")
    x.lead_in = x.heading && words >= 5 && furniture == 0 && second == 0 && numeric * 3 < words &&
                text[trim_blanks(text, sen.range) - 1] == u':';
  }

  page_parts(doc, f, cues, sentences_in, words_in, first_finished);
  return f;
}

// The passes over the whole page once each sentence has its features: copyright notices, captions,
// a wire's source line, a page's schedule, a press release's closing sections and notes, author
// bios, a question the page answers itself.  A function of its own: V8 compiles a function whole on
// its first call, in a time that grows faster than the function (see CMakeLists.txt).
[[gnu::noinline]] void page_parts(const Document& doc, std::vector<Features>& f, Cues& cues,
                                  const std::vector<uint32_t>& sentences_in, const std::vector<uint32_t>& words_in,
                                  uint32_t first_finished) {
  const std::u16string_view text = doc.text();
  const auto& sens = doc.seg.sentences;
  const size_t n = sens.size();

  // A copyright notice, all of its paragraph: "© 2026 Gearline Media. All rights reserved.",
  // "Copyright 2026 Nexstream Media Inc. All rights reserved. This material may not be…"; and so a
  // footnote ("*Battery life varies by use and configuration. See … for more information.")
  auto words_after = [&](size_t s) {  // in its paragraph
    size_t words = 0;
    for (size_t t = s + 1; t < n && sens[t].paragraph == sens[s].paragraph; ++t)
      words += doc.norm.sentences[t].end_token - doc.norm.sentences[t].first_token;
    return words;
  };
  for (size_t s = 0, p = SIZE_MAX; s < n; ++s) {
    if (sens[s].paragraph == p) {
      f[s].cues += 2.0;
      continue;
    }
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const bool opens = s == 0 || sens[s - 1].paragraph != sens[s].paragraph;
    // ("© 2026 …", "Copyright 2026 …", "Copyright The Commerce Standard Ltd 2026.": the year within
    // six words)
    bool notice = text[sens[s].range.start] == u'©';
    if (!notice && ns.end_token - ns.first_token >= 2 && cues.surface(doc.norm.tokens[ns.first_token].surface) == "copyright")
      for (uint32_t k = ns.first_token + 1; k < ns.end_token && k <= ns.first_token + 6 && !notice; ++k)
        notice = doc.norm.tokens[k].numeric;
    if (opens && (notice || is_footnote(text, doc.seg.paragraphs[sens[s].paragraph])) && words_in[sens[s].paragraph] <= 40) {
      p = sens[s].paragraph, f[s].cues += 2.0;
    } else if (notice && ns.end_token - ns.first_token <= 12 && words_after(s) <= 8) {
      // the notice closing a paragraph, or followed in it only by a few words, the page's last
      // links: "… Connectez-vous pour commenter. © Le Courrier d'Armor 2026", "… is a registered
      // charity. © 2025 Caldwell Institute. Privacy policy | Terms"
      p = sens[s].paragraph, f[s].cues += 2.0;
    } else if (is_legal_notice(doc, ns, cues) || (sentences_in[sens[s].paragraph] == 1 && ends_with_stamp(text, sens[s].range))) {
      f[s].cues += 2.0;
    }
  }

  // A caption: a lone sentence right above a photo credit ("A 2024 Varden Strata on display…" /
  // "Photo: Kirsten Lau/Gearline", "Un chêne couché…" / "© Photo Romain Perrot / …").
  for (size_t s = 1; s < n; ++s) {
    const uint32_t p = sens[s].paragraph;
    if (p == 0 || sens[s - 1].paragraph != p - 1 || sentences_in[p - 1] != 1 || words_in[p] > 12 ||
        (s + 1 < n && sens[s + 1].paragraph == p))
      continue;
    // (a photo's: "© AFP" alone, at the end, is the dispatch's copyright)
    constexpr std::string_view kPhoto = "photo photos photograph picture image credit crédit illustration getty shutterstock";
    const NormalizedSentence& ns = doc.norm.sentences[s];
    // (or a "©" line with text after it: "© Plein Est Radio - Lucie Aubry" under a picture)
    const bool photo = (text[doc.seg.paragraphs[p].start] == u'©' && p + 2 < doc.seg.paragraphs.size()) ||
                       names_any(doc, ns, cues, kPhoto) ||
                       is_name_credit(text, sens[s].range, doc.norm.tokens, ns, cues.vocabulary());
    if (photo && words_in[p - 1] <= 30) f[s - 1].cues += 2.0;
  }
  // Or a caption that labels itself at its head, all of its short paragraph: "Photos: Kieran Ashby
  // (left) and Lewis Penhale. Images released by the National Prison Service.", "Image: Veridian-2
  // during final testing… Credit: EORA/Thalassa".
  for (size_t s = 0; s < n; ++s) {
    const uint32_t p = sens[s].paragraph;
    if ((s > 0 && sens[s - 1].paragraph == p) || words_in[p] > 40 ||
        doc.norm.sentences[s].end_token - doc.norm.sentences[s].first_token < 2)
      continue;
    const Token& head = doc.norm.tokens[doc.norm.sentences[s].first_token];
    const uint32_t after = skip_blanks(text, head.range.end, text.size());
    if (after >= text.size() || text[after] != u':' ||
        !listed(cues.surface(head.surface), "photo photos picture pictures image images illustration pictured"))
      continue;
    for (size_t c = s; c < n && sens[c].paragraph == p; ++c) f[c].cues += 2.0;
  }
  // Or a sentence right before a photo credit of its own, at the end of a short paragraph ("Helena
  // Marsh at a press conference on Thursday. Photograph: Marta Lind/CPA", "… mardi. © Antoine
  // Mercier / Lyon Info Express", "Le terminal de France, où
  // les conteneurs ont été inspectés. (Illustration La Vigie / Julien Mercier)"); not before an
  // agency's name alone in brackets ("… the ministry said. (Reuters)").
  for (size_t s = 1; s < n; ++s) {
    const Range r = sens[s].range;
    const uint32_t p = sens[s].paragraph;
    const NormalizedSentence& ns = doc.norm.sentences[s];
    if (sens[s - 1].paragraph != p || (s + 1 < n && sens[s + 1].paragraph == p) || words_in[p] > 30) continue;
    // (or a "©" and a name: "… mardi. © Antoine Mercier / Lyon Info Express")
    // (or a credit in names: "… le 12 octobre 2025. THOMAS LEBRUN / PHOTOPRESSE", "… March 11,
    // 2026. Westmark Maritime Safety Authority/Handout via Meridian", itself the page's)
    const bool names = is_name_credit(text, r, doc.norm.tokens, ns, cues.vocabulary());
    if (names) f[s].cues += 2.0;
    bool photo = names || is_photo_credit(text, r, doc.norm.tokens, ns, cues.vocabulary()) ||
                 opens_with_slash_credit(text, doc.norm.tokens, ns) ||
                 (text[r.start] == u'\u00A9' && ns.end_token - ns.first_token <= 10 && !ends_like_a_sentence(text, r));
    if (!photo && text[r.start] == u'(' && ends_with_credit(text, r)) {
      const std::u16string_view inside = text.substr(r.start, r.size());
      photo = inside.find(u'/') != std::u16string_view::npos || inside.find(u" via ") != std::u16string_view::npos ||
              names_any(doc, ns, cues, "photo photos image images illustration getty screenshot");
    }
    // (or names in brackets joined by a slash, a site's and its photographer's: "(Ashby 7 News /
    // Kerry Doyle)")
    if (!photo && text[r.start] == u'(' && text.substr(r.start, r.size()).find(u'/') != std::u16string_view::npos &&
        ns.end_token - ns.first_token <= 8)
      photo = std::all_of(doc.norm.tokens.begin() + ns.first_token, doc.norm.tokens.begin() + ns.end_token,
                          [](const Token& t) { return t.capitalized || t.numeric; });
    // (the caption before it, all of the short paragraph: "Solène Varech dans les marais salants…
    // « J'écris là où ça sent le sel. » LÉA MORVAN POUR PANORAMA")
    for (size_t c = s; photo && c > 0 && sens[c - 1].paragraph == p; --c) f[c - 1].cues += 2.0;
  }

  // A wire's release ends with its source: "SOURCE Harlow Devices Inc." (the word in capitals, a
  // name after it, on a line of its own).  And a table's or a chart's source note, on a line of
  // its own: "Source : INSC, indices des prix à la consommation.", "Sources: city council".
  for (size_t s = 0; s < n; ++s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const Range r = sens[s].range;
    const uint32_t words = ns.end_token - ns.first_token;
    if (words < 2 || sentences_in[sens[s].paragraph] != 1) continue;
    const std::string& first = cues.surface(doc.norm.tokens[ns.first_token].surface);
    uint32_t colon = doc.norm.tokens[ns.first_token].range.end;
    while (colon < r.end && (text[colon] == u' ' || text[colon] == 0xA0 || text[colon] == 0x202F)) ++colon;
    const bool note = (first == "source" || first == "sources") && words <= 20 && colon < r.end && text[colon] == u':';
    if (note || (words <= 8 && text.substr(r.start, 7) == u"SOURCE " && doc.norm.tokens[ns.first_token + 1].capitalized))
      f[s].cues += 2.0;
  }

  // What a page says of its own schedule, on a line of its own: a newsletter's or a channel's
  // ("… decoded every weekday morning", "Chaque mercredi, l'essentiel de l'actualité santé.",
  // "Watch MRT News live every evening at 19:00"), an official bulletin's next issue ("The next
  // update will be issued at 8:00 pm today.", "Cette information sera actualisée dès que…"; not a
  // story reporting it: "the observatory said the next bulletin would be issued at noon"); and a
  // comment thread's header ("7 thoughts on “…”", "3 réflexions sur « … »").
  for (size_t s = 0; s < n; ++s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const uint32_t words = ns.end_token - ns.first_token;
    if (words < 2 || words > 24 || sentences_in[sens[s].paragraph] > 2) continue;
    const auto word = [&](uint32_t k) -> const std::string& { return cues.surface(doc.norm.tokens[k].surface); };
    bool every = false;
    uint8_t found = 0;  // (see Cues::bulletin)
    for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
      const uint8_t b = cues.bulletin(doc.norm.tokens[k].surface);
      every = every || ((b & 1) && k + 1 < ns.end_token && (cues.bulletin(doc.norm.tokens[k + 1].surface) & 2));
      found |= b;
    }
    const bool news = found & 4, bulletin = found & 8, issued = found & 16, future = found & 32, said = found & 64;
    const bool comments = words >= 3 && doc.norm.tokens[ns.first_token].numeric &&
                          listed(word(ns.first_token + 1), "thoughts réflexions responses réponses") &&
                          listed(word(ns.first_token + 2), "on sur to à");
    if ((every && news) || (bulletin && issued && future && !said) || comments) f[s].cues += 2.0;
  }

  // A press release's closing sections, by their heading: "About Halvard Therapeutics" / "À propos
  // de l'ARS Loire-Morvan" over the body's description of itself (its paragraph names a word of
  // the heading's name), "Forward-Looking Statements" / "Safe Harbor Statement" over the legal
  // caution.  The paragraph right under the heading.
  for (size_t s = 0; s + 1 < n; ++s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const uint32_t p = sens[s].paragraph;
    if (!f[s].heading || sentences_in[p] != 1 || sens[s + 1].paragraph != p + 1 || ns.end_token - ns.first_token < 2)
      continue;
    const auto word = [&](uint32_t k) -> const std::string& { return cues.surface(doc.norm.tokens[k].surface); };
    const uint32_t k = ns.first_token;
    // (and "Non-GAAP Financial Measures" / "Use of Non-GAAP Financial Measures" over their caution)
    bool section = (word(k) == "forward" && word(k + 1) == "looking") || (word(k) == "safe" && word(k + 1) == "harbor") ||
                   (word(k) == "non" && word(k + 1) == "gaap") || (word(k) == "use" && word(k + 2) == "non" && word(k + 3) == "gaap");
    // (not "About 120 whales reported on Karewa Spit": a figure after it is an estimate)
    uint32_t name = word(k) == "about" ? k + 1 : word(k) == "à" && word(k + 1) == "propos" ? k + 2 : 0;
    if (name && name < ns.end_token && doc.norm.tokens[name].numeric) name = 0;
    // (the paragraph's words' initials, for a name that is their acronym: "À propos de l'ARE" /
    // "L'Autorité de régulation de l'énergie…")
    std::u16string initials;
    const auto own = [&](uint32_t t) {  // "l'INRAT": "INRAT"
      return past_elision(text.substr(doc.norm.tokens[t].range.start, doc.norm.tokens[t].range.size()));
    };
    for (size_t b = s + 1; name && b < n && sens[b].paragraph == p + 1; ++b)
      for (uint32_t t = doc.norm.sentences[b].first_token; t < doc.norm.sentences[b].end_token; ++t)
        if (!doc.norm.tokens[t].stop && !doc.norm.tokens[t].numeric)
          initials.push_back(unaccented_upper(own(t)[0]));
    for (uint32_t a = name; a && a < ns.end_token && !section; ++a) {
      const std::u16string_view letters = own(a);
      if (!u_isupper(letters[0])) continue;
      const bool acronym =
          letters.size() >= 3 && std::all_of(letters.begin(), letters.end(), [](char16_t c) { return u_isupper(c); });
      section = acronym && initials.find(letters) != std::u16string::npos;
      for (size_t b = s + 1; b < n && sens[b].paragraph == p + 1 && !section; ++b)
        for (uint32_t t = doc.norm.sentences[b].first_token; t < doc.norm.sentences[b].end_token && !section; ++t)
          section = doc.norm.tokens[t].surface == doc.norm.tokens[a].surface;
    }
    // (and the paragraphs after it, up to the next heading, two at most: "Headquartered in Carrow
    // City, Granvale's common shares trade…")
    for (size_t b = s + 1; section && b < n && sens[b].paragraph <= p + 3; ++b) {
      if (sens[b].paragraph > p + 1 && sens[b].paragraph != sens[b - 1].paragraph && f[b].heading) break;
      f[b].cues += 2.0;
    }
  }

  // What follows a press release's end mark is its notes, contacts and description of itself
  // ("Notes to editors", "Spokespeople are available for interview…", "About…"), then the page's:
  // furniture unless on the story's matter (a note giving the paper's title, the telescope's size).
  for (size_t s = 0; s + 1 < n; ++s) {
    if (sentences_in[sens[s].paragraph] != 1 || !is_end_mark(text, sens[s].range)) continue;
    f[s].cues += 2.0;  // (the mark itself, "- FIN -" as a list item's dash would not tell it)
    // (a telephone number there is the press office's, however topical its line: "For media
    // enquiries, contact the CSC press office on 0300 555 0142"; in the text it may be a hotline)
    for (size_t b = s + 1; b < n; ++b) {
      f[b].after_end = true;
      if (has_phone(text, sens[b].range)) f[b].cues += 2.0;
    }
    break;
  }

  // The author's bio: a sentence, after the byline, that opens with the name the byline gave
  // ("By Tom Reyes" ... "Tom Reyes covers public safety for ...").  A byline may be the bare name
  // on a line above the text ("Jess Alvarado"); then the bio must also name the trade ("…is a
  // senior autos writer at Gearline", "… covers cloud infrastructure for Packetline"), as a
  // company's name above the text and its sentences do not.  Byline names first, each with where
  // it was given, then one pass over the sentences.
  struct Byline {
    size_t line;
    bool bare;
  };
  std::map<std::pair<uint32_t, uint32_t>, Byline> bylines;  // first and last name surfaces -> line
  for (size_t b = 0; b < n; ++b) {
    const NormalizedSentence& line = doc.norm.sentences[b];
    const uint32_t words = line.end_token - line.first_token;
    if (!f[b].heading || words < 2) continue;
    const Token* by = &doc.norm.tokens[line.first_token];
    auto is_by = [&](const Token& t) { return listed(cues.surface(t.surface), "by par"); };
    // ("Posted by Greg Hollis", "Publié par …": a verb may come first)
    if (words >= 4 && is_by(by[1])) ++by;
    if (by + 2 < &doc.norm.tokens[line.end_token] && is_by(*by) && by[1].capitalized && by[2].capitalized)
      bylines.try_emplace({by[1].surface, by[2].surface}, Byline{b, false});
    // (a bare name may say where it was written: "Imogen Hale at Kingsway Park")
    // (above the text, or over the date, as under a standfirst: "Priya Nandakumar" / "13 March 2026",
    // "Julien Favre" / "Publié aujourd'hui à 18h42")
    else if (words <= 6 &&
             (sens[b].paragraph < first_finished ||
              (b + 1 < n && (f[b + 1].dateline || (f[b + 1].heading && dated(doc.norm.sentences[b + 1]))))) &&
             std::all_of(by, by + 2, [](const Token& t) { return t.capitalized && !t.numeric && !t.stop; }) &&
             (words == 2 || (by[2].stop && words > 3) || (words == 3 && by[2].capitalized && !by[2].numeric)))
      bylines.try_emplace({by[0].surface, by[1].surface}, Byline{b, true});
  }
  constexpr std::string_view kTrade =
      "writer reporter editor journalist correspondent columnist journaliste rédacteur rédactrice correspondant "
      "correspondante chroniqueur chroniqueuse reporteur reportrice covers covered couvre";
  // A bio under its label: "About the author: …", "À propos de l'auteur : Thomas Guérin, 34 ans, …".
  for (size_t s = 0; s < n; ++s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    std::string opening;
    for (uint32_t k = ns.first_token; k < ns.end_token && k < ns.first_token + 4; ++k)
      (opening += cues.surface(doc.norm.tokens[k].surface)) += ' ';
    for (std::string_view label : {"about the author ", "about the authors ", "about the writer ", "à propos de l'auteur ",
                                   "à propos de l'autrice ", "à propos des auteurs "})
      if (opening.starts_with(label)) f[s].cues += 2.0;
  }
  // A bare name on a line of its own, anywhere, over a sentence that opens with the trade: the
  // author's bio at the foot ("Claire Vuillermoz" / "Journaliste à l'agence de Montrivel, elle
  // couvre la vallée… depuis 2015.").
  for (size_t s = 1; s < n; ++s) {
    const NormalizedSentence& name = doc.norm.sentences[s - 1];
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const uint32_t words = name.end_token - name.first_token;
    if (!f[s - 1].heading || words < 2 || words > 3 || sens[s].paragraph == sens[s - 1].paragraph ||
        ns.end_token - ns.first_token < 4)
      continue;
    const Token* first = &doc.norm.tokens[name.first_token];
    if (!std::all_of(first, first + words, [](const Token& t) { return t.capitalized && !t.numeric && !t.stop; })) continue;
    const uint32_t lead = ns.first_token + (listed(cues.surface(doc.norm.tokens[ns.first_token].surface), "senior staff chief") ? 1 : 0);
    if (listed(cues.surface(doc.norm.tokens[lead].surface), kTrade)) f[s].cues += 2.0;
  }
  // (the name may stand further in when the sentence names the trade: "Journaliste à la rédaction
  // d'Épinal, Julien Marchal suit…")
  if (!bylines.empty()) {
    for (size_t s = 0; s < n; ++s) {
      const NormalizedSentence& ns = doc.norm.sentences[s];
      if (ns.end_token - ns.first_token <= 3) continue;
      for (uint32_t k = ns.first_token; k + 1 < ns.end_token; ++k) {
        auto it = bylines.find({doc.norm.tokens[k].surface, doc.norm.tokens[k + 1].surface});
        // (or the first name alone opening a bio that names the trade: "Nadia has covered chips…")
        // (the name looked up first: the trade's words are a longer search)
        if (it == bylines.end() && k == ns.first_token) {
          it = std::find_if(bylines.begin(), bylines.end(), [&](const auto& b) { return b.first.first == doc.norm.tokens[k].surface; });
          if (it != bylines.end() && !names_any(doc, ns, cues, kTrade)) it = bylines.end();
        }
        if (it == bylines.end() || it->second.line >= s) continue;
        // (not the author's turn in a transcript: "KATE MILLS, WVT: Well, behind me …")
        if (k == ns.first_token && speaker_turn(doc.text(), doc.seg.paragraphs[sens[s].paragraph])) break;
        // (a bare name's bio says what its author is: "Priya Nandakumar is a barrister at …")
        const bool says_who =
            k == ns.first_token && k + 2 < ns.end_token && listed(cues.surface(doc.norm.tokens[k + 2].surface), "is est");
        if ((k == ns.first_token && (!it->second.bare || says_who)) || names_any(doc, ns, cues, kTrade)) {
          f[s].cues += 2.0;
          // and the bio's next sentences that speak of its author in the third person ("He has
          // covered European launch vehicles since 2011…", "Elle a auparavant travaillé pour…"), or
          // the next line, alone, that opens with the pronoun ("Il est l'auteur de « La Ferme
          // France face au marché mondial » (Éditions du Sillon, 2023).")
          for (size_t t = s + 1; t < n; ++t) {
            const NormalizedSentence& next = doc.norm.sentences[t];
            const bool more = sens[t].paragraph == sens[t - 1].paragraph
                                  ? names_any(doc, next, cues, "he she his her il elle")
                                  : alone_in_paragraph(sens, t) && next.end_token > next.first_token &&
                                        listed(cues.surface(doc.norm.tokens[next.first_token].surface), "he she il elle");
            if (!more) break;
            f[t].cues += 2.0;
          }
        }
        break;
      }
    }
  }
  // A question to the reader that the page answers at once, in its paragraph, is the page's own,
  // rhetorical: "So: should you throw out your antacids? No." (not "Were you there? Share your
  // pictures" or "… Join the discussion below", whose answer is the reader's to give).
  for (size_t s = 0; s + 1 < n; ++s)
    if (f[s].question && f[s].addressed > 0 && f[s].cues - f[s].addressed < 0.5 &&
        sens[s + 1].paragraph == sens[s].paragraph && !f[s + 1].question && f[s + 1].finished && f[s + 1].cues == 0 &&
        doc.norm.sentences[s + 1].end_token > doc.norm.sentences[s + 1].first_token &&
        !kCallsToActionSet.has(cues.surface(doc.norm.tokens[doc.norm.sentences[s + 1].first_token].surface)))
      f[s].cues -= f[s].addressed, f[s].addressed = 0, f[s].to_reader = false;
}

// Marks the sentences of `doc` the features call boilerplate.  With `smooth`, a sentence of little
// relevance goes with the boilerplate around it in its paragraph ("The Independent is trusted by
// Americans…" inside a donation appeal).
[[gnu::noinline]] void decide(Document& doc, const std::vector<Features>& f, bool smooth) {
  const auto& sens = doc.seg.sentences;
  const size_t n = sens.size();
  // A list is judged whole: in a run of three items or more, half of them of little relevance, it
  // is a list of links, an item on the story's matter among them ("3. Municipales 2026 :
  // découvrez les résultats dans votre commune") too.  Not when half its items end as sentences
  // do: links are headlines, while the story's key points and a release's highlights are
  // statements ("• GAAP gross margin of 36.8%, compared with 41.2% in the prior-year quarter.").
  constexpr double kKeyPoint = 0.6;
  std::vector<bool> link_list(n, false), in_list(n, false);
  // A site's chart over a list, whatever its words share with the story: "Most read", "Most popular",
  // "Trending", "Top stories", "Les plus lus".
  auto chart = [&](size_t h) {
    const NormalizedSentence& ns = doc.norm.sentences[h];
    const uint32_t words = ns.end_token - ns.first_token;
    if (!f[h].heading || words == 0 || words > 4) return false;
    auto word = [&](uint32_t k) {  // lower-cased
      std::u16string w(doc.text().substr(doc.norm.tokens[k].range.start, doc.norm.tokens[k].range.size()));
      for (char16_t& c : w) c = static_cast<char16_t>(u_tolower(c));
      return w;
    };
    const std::u16string first = word(ns.first_token);
    return first == u"most" || first == u"trending" || first == u"popular" || first == u"top" ||
           (words >= 2 && first == u"les" && word(ns.first_token + 1) == u"plus");
  };
  for (size_t s = 0; s < n;) {
    size_t end = s;
    uint32_t weak = 0, finished = 0;
    double relevance = 0;
    while (end < n && f[end].bullet)
      weak += f[end].relevance < 0.5, finished += f[end].finished, relevance += f[end].relevance, ++end;
    if (end - s >= 3) std::fill(in_list.begin() + s, in_list.begin() + end, true);
    // (under a heading off the story's matter, "Les plus lus" / "1. Tarentaise : le téléphérique à
    // l'arrêt" / …, a list less on the matter than key points are is the site's headlines)
    // (or under a site's chart, whatever its words share with the story)
    const bool under_page_heading = s > 0 && f[s - 1].heading &&
                                    (f[s - 1].relevance < kOnMatter || chart(s - 1)) &&
                                    relevance < kKeyPoint * static_cast<double>(end - s);
    if (end - s >= 3 && 2 * finished < end - s &&
        (2 * weak >= end - s || relevance < 0.5 * static_cast<double>(end - s) || under_page_heading))
      std::fill(link_list.begin() + s, link_list.begin() + end, true);
    s = end > s ? end : s + 1;
  }
  // A live page's summary ("Key events" / "Scotland beat Italy 24-17 at Murrayfield…" / "Ross
  // Kinnear scores the decisive try…") is a run of three lines or more, unfinished as headings are,
  // but each a statement of six words or more on the story's matter: the story's key points, not a
  // title.  (A list of related headlines has items off the matter; a line with a slash or a bar, a
  // breadcrumb's "FRA / Société / Justice / Faits divers", is no statement.)
  // Above the text only: the first finished sentence on the matter ends the page's top (below, a
  // run of headlines on the same story is a list of links: "More on this story").
  size_t top = 0;
  while (top < n && !(f[top].finished && f[top].relevance >= kOnMatter && f[top].cues < 2.0)) ++top;
  std::vector<bool> key_point(n, false);
  // (a line opening with a time of day is a live page's entry, or a link to one: "8.41pm Karakia
  // held as light fades", whatever its matter; a schedule's line, "12h00 Journal de la Lize")
  auto stamped = [&](size_t s) { return opens_with_clock(doc, s); };
  auto point = [&](size_t s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const bool lone = alone_in_paragraph(sens, s);
    const std::u16string_view line = doc.text().substr(sens[s].range.start, sens[s].range.size());
    const bool menu = line.find_first_of(u"/|") != std::u16string_view::npos;
    return s < top && lone && !menu && f[s].heading && !f[s].dateline && !f[s].finished && !f[s].bullet &&
           ns.end_token - ns.first_token >= 6 && f[s].relevance >= kKeyPoint && !stamped(s);
  };
  // And anywhere, a run of labelled data on the story's matter, a table's rows or a list's: "Énergie
  // : +4,1 %", "Prix du jury : Le Dernier Guichet de Thomas Rieux (France)" (not "Contact presse :
  // bureau-presse@insc.fr", "Partager : X · LinkedIn").
  auto datum = [&](size_t s) {
    const std::u16string_view line = doc.text().substr(sens[s].range.start, sens[s].range.size());
    const size_t colon = line.find(u':');
    const bool lone = alone_in_paragraph(sens, s);
    // (a figure that is no date is no dateline: "Services : +2,6 %")
    return lone && colon != std::u16string_view::npos && colon > 0 && colon + 2 < line.size() &&
           (f[s].heading || f[s].dateline) && !(f[s].dateline && dated(doc.norm.sentences[s])) && !f[s].bullet &&
           f[s].cues == 0 &&
           f[s].relevance >= kKeyPoint && line.find_first_of(u"/|·") == std::u16string_view::npos;
  };
  // And, in the text, a run of lines each giving a figure on the story's matter: a list's entries
  // without bullets ("Products affected" / "Brindle Kitchen Beef Lasagne 400g – Best before
  // 14/10/2025" / …, "Ligne A : reprise à 6 h 30").
  // (a box of key figures' entries may be a figure and two words, "23 communes sinistrées"; a
  // schedule's, at a time of day, are not: "12h00 Le Journal de la Lize"; nor is a line stamped with
  // a time)
  auto entry = [&](size_t s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const auto counted = [&] {
      return std::any_of(ns.values.begin(), ns.values.end(),
                         [](const Value& v) { return v.kind == Value::Kind::number && !v.clock; });
    };
    return s >= top && alone_in_paragraph(sens, s) && !f[s].finished && !f[s].bullet && f[s].cues == 0 &&
           f[s].relevance >= kKeyPoint && !ns.values.empty() && !stamped(s) &&
           (ns.end_token - ns.first_token >= 4 || (ns.end_token - ns.first_token >= 3 && counted()));
  };
  for (size_t s = 0; s < n;) {
    size_t end = s;
    while (end < n && point(end) && (end == s || sens[end].paragraph == sens[end - 1].paragraph + 1)) ++end;
    if (end == s)
      while (end < n && datum(end) && (end == s || sens[end].paragraph == sens[end - 1].paragraph + 1)) ++end;
    if (end == s)
      while (end < n && entry(end) && (end == s || sens[end].paragraph == sens[end - 1].paragraph + 1)) ++end;
    // (a run too short to count does not eat the start of another: a table's title line, an
    // entry, before its rows of labelled data)
    if (end - s >= 3) std::fill(key_point.begin() + s, key_point.begin() + end, true);
    s = end - s >= 3 ? end : s + 1;
  }
  // And the lines a label calls the story's summary, unfinished as headlines are: "Summary" / "Fine
  // of 48.5 mln euros, well below 72 mln proposed in 2025" / "Shares up 4.2%, biggest daily gain
  // since November" / …, "L'essentiel" / "Onze blessés légers, un blessé grave" (each of four words
  // or more on the story's matter; the first that is not ends them).
  auto summary_label = [&](size_t s) {
    return f[s].heading && alone_in_paragraph(sens, s) &&
           is_label(doc.text(), sens[s].range,
                    u"summary|key points|highlights|at a glance|in brief|what we know|the essentials|l'essentiel|"
                    u"en bref|à retenir|ce qu'il faut retenir|ce qu'il faut savoir|les points clés|en résumé|résumé");
  };
  for (size_t s = 0; s + 1 < n; ++s) {
    if (!summary_label(s)) continue;
    for (size_t t = s + 1; t < n && alone_in_paragraph(sens, t) && !f[t].finished && !f[t].menu &&
                           doc.norm.sentences[t].end_token - doc.norm.sentences[t].first_token >= 4 &&
                           f[t].relevance >= kOnMatter;
         ++t)
      key_point[t] = true, link_list[t] = false;
  }
  // And the lines a label calls the page's sources, a fact-check's or a wiki's, however topical:
  // "Sources" / "Ashgrove Regional Airport, statement on terminal evacuation, May 9, 2026" / …,
  // "Références", "Bibliography" (each line read whole, of 40 words at most in sentences of 30 at
  // most, "2. University of Hallowmere. Common antacid linked to … Press release. March 10, 2026.";
  // a longer one ends them). (Not a press release's "Notes to editors", whose numbered notes tell
  // the story's facts.)
  constexpr uint32_t kCitationWords = 30, kCitationLineWords = 40;
  std::vector<bool> cited(n, false);
  auto sources_label = [&](size_t s) {
    return f[s].heading && alone_in_paragraph(sens, s) &&
           is_label(doc.text(), sens[s].range,
                    u"sources|source|references|références|bibliography|bibliographie|our sources|nos sources");
  };
  for (size_t s = 0; s + 1 < n; ++s) {
    if (!sources_label(s)) continue;
    size_t t = s + 1;
    while (t < n) {
      size_t end = t;
      bool short_sentences = true;
      for (; end < n && sens[end].paragraph == sens[t].paragraph; ++end)
        short_sentences = short_sentences && doc.norm.sentences[end].end_token - doc.norm.sentences[end].first_token <= kCitationWords;
      if (!short_sentences || doc.norm.sentences[end - 1].end_token - doc.norm.sentences[t].first_token > kCitationLineWords) break;
      for (; t < end; ++t) cited[t] = true, key_point[t] = false;
    }
    s = t - 1;  // (a label among the lines is one of them: each line is read once)
  }
  // The name over a table's rows, on the story's matter: "Brindle Kitchen Beef Lasagne" / "Pack size:
  // 400g | Best before: 14 October 2025 | Batch code: L2421"; not the table's header ("Party  Candidate
  // Votes  %", "Depart Port Aske | Arrive Kilbrannan"), nor a figure's line ("NVLX +2.3%").
  for (size_t s = 0; s + 1 < n; ++s) {
    if (!(f[s + 1].row && f[s].heading && alone_in_paragraph(sens, s) && f[s].cues == 0 && f[s].relevance >= kKeyPoint &&
          doc.norm.sentences[s].values.empty()))
      continue;
    const std::u16string_view line = doc.text().substr(sens[s].range.start, sens[s].range.size());
    key_point[s] = line.find(u"  ") == std::u16string_view::npos && line.find_first_of(u"\t|") == std::u16string_view::npos;
  }
  // An author who tells the story in the first person (a blog, a column, a witness's account:
  // "At about 6:45 that evening my street went dark") speaks so on the story's matter in three
  // paragraphs or more (a bio in the first person is one); there "I" and "we" are the story's
  // voice, no furniture cue (the site's appeals still speak to the reader, and name their furniture).
  // So does a consumer guide that tells the story to the reader ("If you have ever bought a tent
  // from Greystone, your details are now…"): "you" on the story's matter in three paragraphs or
  // more, with no page word beside it, is its voice.
  // (a long sentence of prose naming no page thing counts whatever its relevance, which a few words
  // more or less in the page's furniture can tip: "At about 6:45 that evening my street went dark")
  // A body or a group that tells the story as "we" (a regulator's report, a campaign's blog: "We
  // found that patients waited up to 14 hours", "We were nurses, teachers, bus drivers") does so in
  // three paragraphs or more, in sentences that the first person plural alone cues; there such a
  // sentence is its voice too ("We sang, we handed out coffee to drivers"), while the site's own
  // "we" still speaks to the reader or names its furniture ("We may earn a commission when you buy
  // …", "That's all from us. Thank you for following our live coverage").  (Over the 111 annotated
  // stories, boilerplate F1 0.9813 -> 0.9817, 12 stories up and one down: a radio's "Nous
  // reviendrons sur ce drame dans nos journaux de 18 heures".)
  uint32_t first_person = 0, to_reader = 0, we_told = 0;
  for (size_t s = 0, last = SIZE_MAX, last_told = SIZE_MAX, last_we = SIZE_MAX; s < n; ++s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const bool prose = f[s].finished && ns.end_token - ns.first_token >= 12 && f[s].cues == f[s].voiced + f[s].addressed;
    if (f[s].singular && (f[s].relevance >= kOnMatter || prose) && sens[s].paragraph != last)
      ++first_person, last = sens[s].paragraph;
    if (!f[s].singular && f[s].voiced > 0 && f[s].addressed == 0 && f[s].cues == f[s].voiced &&
        (f[s].relevance >= kOnMatter || prose) && sens[s].paragraph != last_we)
      ++we_told, last_we = sens[s].paragraph;
    if (f[s].relevance < kOnMatter) continue;
    if (f[s].to_reader && sens[s].paragraph != last_told) ++to_reader, last_told = sens[s].paragraph;
  }
  const bool personal = first_person >= 3, guide = to_reader >= 3;
  for (size_t s = 0; s < n; ++s) {
    const Features& x = f[s];
    // (a question to the reader still asks for comments, "Have you had trouble with your brakes?",
    // and the site speaking to the reader is the page: "We may earn a commission when you buy…")
    const bool guiding = guide && x.relevance >= kOnMatter && !x.question && (personal || x.voiced == 0);
    const bool we_voice = we_told >= 3 && x.cues == x.voiced && x.addressed == 0;
    const double cues = x.cues - (personal || we_voice ? x.voiced : 0) - (guiding ? x.addressed : 0);
    const double score = cues + 1.5 * (1 - x.relevance);
    // (a sentence that speaks to the reader of the story's own matter is the story's advice:
    // "check whether your car is included by entering your VIN…")
    // (and in a first-person account, one on its matter: "If you have an elderly neighbour, knock
    // on their door today")
    const bool advice = x.to_reader && (personal || x.voiced == 0) && x.relevance >= (personal || guide ? kOnMatter : 0.7);
    // An article of a sentence or two (a claim compared alone, a brief) is too short for its
    // relevance to tell anything, and persons alone do not make page text of it ("First, check
    // whether your boiler is affected on the maker's recall website"): there the page's own cues
    // must say furniture ("Sign up for our newsletter"), or a fragment name one ("Photo: Reuters").
    if (n <= 2) {
      const double page = x.cues - x.voiced - x.addressed;
      const NormalizedSentence& ns = doc.norm.sentences[s];
      const bool fragment = ns.end_token - ns.first_token <= 4 && page > 0 && score >= 2.0;
      if (x.heading || x.dateline || (cues >= 2.0 && page >= 1.5) || fragment) doc.kinds[s] = SentenceKind::boilerplate;
      continue;
    }
    // (the rest of a line a page word labels: "VIDÉO - Saisie record au Havre : les images…")
    const bool labelled = s > 0 && f[s - 1].label && sens[s - 1].paragraph == sens[s].paragraph;
    // (an item of a list of three or more goes with its list: a list of the story's key figures may
    // hold one of little relevance, "• 8 400 signatures pour la pétition")
    if ((x.heading && !key_point[s] && !(x.lead_in && x.relevance >= kOnMatter)) || x.menu || (x.after_end && x.relevance < kKeyPoint) ||
        (x.dateline && !key_point[s]) || labelled || cited[s] || (x.bullet && (in_list[s] ? link_list[s] : x.relevance < 0.5)) ||
        (score >= 2.0 && (x.relevance < 0.6 || cues >= 2.0) && !advice))
      doc.kinds[s] = SentenceKind::boilerplate;
  }
  if (!smooth) return;
  // per paragraph: sentences, and those marked; not a dateline cut off the paragraph's first
  // sentence, which says nothing of the paragraph ("DETROIT (Global Wire) -" and the lead)
  std::vector<uint32_t> total(doc.seg.paragraphs.size(), 0), marked(doc.seg.paragraphs.size(), 0);
  for (size_t s = 0; s < n; ++s) {
    if (sens[s].dateline) continue;
    ++total[sens[s].paragraph];
    marked[sens[s].paragraph] += doc.kinds[s] == SentenceKind::boilerplate;
  }
  // an advertiser's pitch, between its label and its button ("Sponsored" / "Stop credential
  // stuffing before it starts. See how …" / "Learn more")
  for (size_t s = 1, e; s < n; s = e) {
    const uint32_t p = sens[s].paragraph;
    uint32_t words = 0;
    for (e = s; e < n && sens[e].paragraph == p; ++e)
      words += doc.norm.sentences[e].end_token - doc.norm.sentences[e].first_token;
    const bool framed = f[s - 1].sponsor && e < n && total[sens[e].paragraph] == 1 &&
                        doc.kinds[e] == SentenceKind::boilerplate &&
                        doc.norm.sentences[e].end_token - doc.norm.sentences[e].first_token <= 4;
    if (framed && words <= 40)
      for (size_t k = s; k < e; ++k) doc.kinds[k] = SentenceKind::boilerplate;
  }
  for (size_t s = 0; s < n; ++s) {
    const uint32_t p = sens[s].paragraph;
    if (doc.kinds[s] == SentenceKind::boilerplate || total[p] < 2) continue;
    // a fragment among furniture ("Copyright 2026 | The Millbrook Herald. | All rights reserved.")
    const NormalizedSentence& ns = doc.norm.sentences[s];
    const bool fragment = ns.end_token - ns.first_token <= 4 && marked[p] == total[p] - 1;
    // (and, in a paragraph of four sentences or more three quarters furniture, one that speaks for
    // or to someone or names a page thing, unless it is plainly on the story's matter: "At such a
    // critical moment for the country, we need reporters on the ground." inside a donation appeal)
    const bool among = total[p] >= 4 && 4 * marked[p] >= 3 * (total[p] - 1) && f[s].cues > 0 && f[s].relevance < 0.7;
    // (and, the rest of its paragraph all furniture, one that names a page thing and speaks for or
    // to someone, unless it is plainly on the story's matter: "We use essential cookies to make this
    // site work." before "We would also like to set analytics cookies…")
    const double persons = f[s].voiced + f[s].addressed;
    const bool beside = marked[p] + 1 == total[p] && persons > 0 && f[s].cues > persons && f[s].relevance < 0.7;
    // (and a question to the reader beside a call to action, however topical: "Were you on the
    // flight or at Eastmoor Airport? Share your experiences.")
    const bool asked = f[s].question && f[s].addressed > 0 && marked[p] + 1 == total[p];
    if (fragment || among || beside || asked || (f[s].relevance < 0.5 && marked[p] * 2 >= total[p] - 1)) {
      doc.kinds[s] = SentenceKind::boilerplate;
      ++marked[p];
    }
  }
  // Readers' comments, in a thread of two "Reply" buttons or more: the lines between a comment's
  // author and time (furniture) and its button, however topical ("Great write-up. Worth adding that
  // separation was at 10:44 UTC…"), up to three paragraphs; and a short line right after a button,
  // over furniture, is the next comment's author ("Katrin S." / "11 March 2026 at 11:52").
  // Not on a page that is all thread, a forum's, where the posts are what the page says: no more
  // than one sentence of the page's own before its first comment.
  constexpr uint32_t kCommentParagraphs = 3;
  if (std::count_if(f.begin(), f.end(), [](const Features& x) { return x.reply; }) >= 2) {
    bool first = true;
    for (size_t r = 1; r < n; ++r) {
      if (!f[r].reply || doc.kinds[r] != SentenceKind::boilerplate) continue;
      // (back to the author's or the time's line, a line of furniture of its own; a sentence of the
      // comment already furniture does not end it: "I can't stop thinking about it.")
      size_t k = r;
      while (k > 0 && sens[r].paragraph - sens[k - 1].paragraph <= kCommentParagraphs &&
             !(doc.kinds[k - 1] == SentenceKind::boilerplate && total[sens[k - 1].paragraph] <= 1))
        --k;
      const bool comment = k > 0 && k < r && doc.kinds[k - 1] == SentenceKind::boilerplate;
      if (comment && first) {
        first = false;
        const auto own = std::count_if(doc.kinds.begin(), doc.kinds.begin() + static_cast<std::ptrdiff_t>(k),
                                       [](SentenceKind kind) { return kind != SentenceKind::boilerplate; });
        if (own <= 1) break;
      }
      if (comment)
        for (size_t c = k; c < r; ++c) doc.kinds[c] = SentenceKind::boilerplate;
      const size_t next = r + 1;
      if (next + 1 < n && doc.kinds[next] != SentenceKind::boilerplate && doc.kinds[next + 1] == SentenceKind::boilerplate &&
          total[sens[next].paragraph] == 1 && sens[next].paragraph != sens[r].paragraph &&
          doc.norm.sentences[next].end_token - doc.norm.sentences[next].first_token <= 3)
        doc.kinds[next] = SentenceKind::boilerplate;
    }
    // and in such a thread, an author's line that says so, over furniture (the comment's time):
    // "Gordon P. says:" / "11 March 2026 at 08:14"
    for (size_t s = 0; s + 1 < n; ++s) {
      if (!f[s].says) continue;
      size_t t = s;
      while (t < n && sens[t].paragraph == sens[s].paragraph) ++t;
      if (t < n && doc.kinds[t] == SentenceKind::boilerplate)
        for (; s < t; ++s) doc.kinds[s] = SentenceKind::boilerplate;
      s = t - 1;
    }
  }
  // A line of its own, off the story's matter and with a page word, between two lines of furniture
  // is furniture too: the small print of a newsletter box ("Sign up" / "Privacy Notice: Newsletters
  // may contain info about charities…" / "after newsletter promotion"); not a live blog's entry
  // between its time and its share button, which names no page thing.
  for (size_t s = 1; s + 1 < n; ++s) {
    const uint32_t p = sens[s].paragraph;
    if (doc.kinds[s] != SentenceKind::boilerplate && f[s].relevance < kOnMatter && f[s].cues > 0 && total[p] == 1 &&
        sens[s - 1].paragraph != p && sens[s + 1].paragraph != p && doc.kinds[s - 1] == SentenceKind::boilerplate &&
        doc.kinds[s + 1] == SentenceKind::boilerplate)
      doc.kinds[s] = SentenceKind::boilerplate;
  }
  // A donation box's pitch, however topical, the last of its paragraph between its furniture and
  // its button to give: "Donate to our legal fund" / "Every dollar goes to citations, court costs
  // and legal support for the people who sat down on the bridge today." / "Donate now"; "… financés
  // uniquement par vos dons. Chaque euro compte pour continuer à défendre l'eau." / "Je fais un don".
  for (size_t s = 1; s + 1 < n; ++s) {
    if (doc.kinds[s] != SentenceKind::boilerplate && sens[s + 1].paragraph != sens[s].paragraph &&
        doc.kinds[s - 1] == SentenceKind::boilerplate && doc.kinds[s + 1] == SentenceKind::boilerplate &&
        f[s + 1].give)
      doc.kinds[s] = SentenceKind::boilerplate;
  }
}

}  // namespace

// The site's own name, as its furniture gives it ("The Independent is trusted by Americans…",
// "Did you know that Truthout is a nonprofit…"): the capitalised words inside its furniture
// sentences that no other article's text uses (so not the story's names), by surface.  A sentence
// of its text that opens with one ("The Independent has reached out to X for comment.") is the
// page speaking of itself.  Per surface: `texts_with`, how many articles use it in their text (not
// their furniture), and `user`, the last of them (article index + 1).
[[gnu::noinline]] void name_the_site(const std::vector<Document>& docs, size_t d, const Vocabulary& vocab,
                                     const std::vector<uint32_t>& texts_with, const std::vector<uint32_t>& user,
                                     std::vector<Features>& f) {
  const Document& doc = docs[d];
  // a name: in the article's furniture, not the first word there, and in no other article's text;
  // furniture that names no page thing but tells of the story's matter, a headline or a live
  // entry's title ("12:58 BST: Greyhaven slides on tariff worries"), names the story's things
  // (a menu's items are the site's, whatever their matter)
  auto site_word = [&](uint32_t surface) {
    return texts_with[surface] == 0 || (texts_with[surface] == 1 && user[surface] == d + 1);
  };
  std::vector<uint32_t> names;
  for (size_t s = 0; s < doc.norm.sentences.size(); ++s) {
    if (doc.kinds[s] != SentenceKind::boilerplate ||
        (f[s].cues == 0 && !f[s].menu && (f[s].relevance >= kOnMatter || opens_with_clock(doc, s))))
      continue;
    const NormalizedSentence& ns = doc.norm.sentences[s];
    for (uint32_t k = ns.first_token + 1; k < ns.end_token; ++k) {
      const Token& t = doc.norm.tokens[k];
      if (t.capitalized && !t.stop && !t.numeric && site_word(t.surface)) names.push_back(t.surface);
    }
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end());
  for (size_t s = 0; s < doc.norm.sentences.size(); ++s) {
    const NormalizedSentence& ns = doc.norm.sentences[s];
    uint32_t k = ns.first_token;
    // (after an article: "The Independent", "Le Parisien")
    if (k + 1 < ns.end_token && listed(vocab.key(doc.norm.tokens[k].surface), "the le la les")) ++k;
    if (doc.kinds[s] == SentenceKind::boilerplate || k >= ns.end_token || !doc.norm.tokens[k].capitalized ||
        !std::binary_search(names.begin(), names.end(), doc.norm.tokens[k].surface))
      continue;
    // (not a speaker's turn in a transcript or an interview, the name a label before a colon and
    // no page word after it: "KARINE BOUSQUET : Julien Ferrandou cultive 18 hectares…"; not
    // "Privacy Notice: Newsletters may contain…")
    const std::u16string_view text = doc.text();
    auto colon_after = [&](uint32_t t) {
      const uint32_t after = skip_blanks(text, doc.norm.tokens[t].range.end, text.size());
      return after < text.size() && text[after] == u':';
    };
    bool speaker = false;
    for (uint32_t t = k; t < ns.end_token && t < k + 3 && !speaker; ++t) {
      if (t > k && !u_isupper(text[doc.norm.tokens[t].range.start])) break;
      speaker = colon_after(t) && (f[s].finished || f[s].question) && f[s].cues == 0;
    }
    if (!speaker) f[s].cues += 1.5;
  }
}

[[gnu::noinline]] void mark_boilerplate(std::vector<Document>& docs, const Vocabulary& vocab) {
  for (Document& doc : docs) doc.kinds.assign(doc.seg.sentences.size(), SentenceKind::detail);
  Cues cues(vocab);
  // Relevance, once over all text, then again over what the first pass kept (which also tells
  // the sites' own names).
  std::vector<std::vector<Features>> features(docs.size());
  for (int pass = 0; pass < 2; ++pass) {
    const Relevance relevance(docs, vocab.size());
    if (pass == 1 && docs.size() > 1) {
      std::vector<uint32_t> texts_with(vocab.size(), 0), user(vocab.size(), 0);
      for (size_t d = 0; d < docs.size(); ++d)
        for (size_t s = 0; s < docs[d].norm.sentences.size(); ++s)
          if (docs[d].kinds[s] != SentenceKind::boilerplate)
            for (uint32_t k = docs[d].norm.sentences[s].first_token; k < docs[d].norm.sentences[s].end_token; ++k) {
              const uint32_t surface = docs[d].norm.tokens[k].surface;
              if (user[surface] != d + 1) user[surface] = static_cast<uint32_t>(d) + 1, ++texts_with[surface];
            }
      for (size_t d = 0; d < docs.size(); ++d) name_the_site(docs, d, vocab, texts_with, user, features[d]);
    }
    for (size_t d = 0; d < docs.size(); ++d) {
      auto& f = features[d];
      if (pass == 0) f = sentence_features(docs, d, cues);
      for (size_t s = 0; s < f.size(); ++s) f[s].relevance = relevance.of(d, s);
      decide(docs[d], f, pass == 1);
    }
  }
}

[[gnu::noinline]] void mark_repeats(std::vector<Document>& docs) {
  // A quotation on a line of its own that repeats eight words or more of an earlier sentence word
  // for word: a pull quote set off from the text ("“Marrowgate will always defend the right to
  // protest, … hostage.”" under "“Marrowgate will … hostage,” she said at a news conference").
  // (The first kPullQuotes such lines of an article are looked for, each through the article's
  // words once, so that the cost stays bounded.)
  constexpr uint32_t kPulled = 8;
  constexpr size_t kPullQuotes = 32;
  for (Document& doc : docs) {
    const auto& tokens = doc.norm.tokens;
    const auto& sens = doc.seg.sentences;
    const std::u16string_view text = doc.text();
    std::unordered_map<std::u16string, uint32_t> first;  // token surfaces -> first sentence
    size_t pull_quotes = 0;
    // an earlier sentence, not the page's, holds sentence s's words in a row
    auto pulled = [&](size_t s) {
      const NormalizedSentence& ns = doc.norm.sentences[s];
      const uint32_t length = ns.end_token - ns.first_token;
      for (size_t e = 0; e < s; ++e) {
        const NormalizedSentence& earlier = doc.norm.sentences[e];
        if (doc.kinds[e] == SentenceKind::boilerplate) continue;
        for (uint32_t at = earlier.first_token; at + length <= earlier.end_token; ++at) {
          uint32_t k = 0;
          while (k < length && tokens[at + k].surface == tokens[ns.first_token + k].surface) ++k;
          if (k == length) return true;
        }
      }
      return false;
    };
    for (size_t s = 0; s < doc.norm.sentences.size(); ++s) {
      const NormalizedSentence& ns = doc.norm.sentences[s];
      if (ns.end_token - ns.first_token < 4) continue;  // "Read more." twice is not a repeated passage
      std::u16string key;
      for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
        uint32_t id = tokens[k].surface;
        key.push_back(char16_t(id & 0xFFFF));
        key.push_back(char16_t(id >> 16));
      }
      auto [it, added] = first.try_emplace(key, static_cast<uint32_t>(s));
      // (a later copy of page furniture is furniture: "Thanks for reading …!" at the top and the foot;
      // a later copy of the story is a repeat, even where the page sets it as it sets its furniture:
      // a forum reply's quotation block, between "bytehound said:" and "Click to expand...")
      if (!added && (doc.kinds[s] != SentenceKind::boilerplate || doc.is_content(it->second)))
        doc.kinds[s] = doc.kinds[it->second] == SentenceKind::boilerplate ? SentenceKind::boilerplate : SentenceKind::repeat;
      const char16_t opening = text[sens[s].range.start];
      const bool quotation = opening == u'"' || is_open_quote(opening);
      // (or a sentence of a pull quote of several, a paragraph that is all quotation: "« Il n'y a
      // pas de bonne peine. Mais au moins, aujourd'hui, tout le monde sait ce qu'il a fait à
      // Didier »" under the paragraph that quotes it with "a-t-elle confié")
      const Range paragraph = doc.seg.paragraphs[sens[s].paragraph];
      const char16_t closing = text[paragraph.end - 1];
      const bool quoted_paragraph = !alone_in_paragraph(sens, s) && paragraph.size() > 2 &&
                                    (text[paragraph.start] == u'"' || is_open_quote(text[paragraph.start])) &&
                                    (closing == u'"' || closing == 0x201D || closing == 0xBB) &&
                                    ns.end_token - ns.first_token >= 4;
      if (added && s > 0 && doc.kinds[s] != SentenceKind::boilerplate &&
          ((alone_in_paragraph(sens, s) && quotation && ns.end_token - ns.first_token >= kPulled) || quoted_paragraph) &&
          pull_quotes++ < kPullQuotes && pulled(s))
        doc.kinds[s] = SentenceKind::repeat;
    }
  }
}

}  // namespace corroborate
