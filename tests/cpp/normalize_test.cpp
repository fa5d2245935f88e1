// Stage 3, normalize: words to comparable keys, numbers and dates to values.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>

#include "document.h"
#include "normalize.h"
#include "support.h"

using corroborate::Language;
using corroborate::Bound;
using corroborate::Normalizer;
using corroborate::Segmenter;
using corroborate::Value;
using corroborate::Vocabulary;
using test::u;

TEST_CASE("keys: case, curly quotes, possessives, stems and British spellings fold together") {
  Normalizer n(Language::en);
  CHECK(n.key(u("Raided")) == n.key(u("raids")));
  CHECK(n.key(u("X\u2019s")) == n.key(u("X")));
  CHECK(n.key(u("prosecutors'")) == n.key(u("prosecutor")));
  CHECK(n.key(u("sexualised")) == n.key(u("sexualized")));
  CHECK(n.key(u("organised")) == n.key(u("organized")));
  CHECK(n.key(u("\uFF21\uFF22\uFF23")) == n.key(u("abc")));  // NFKC: full-width letters
  CHECK(n.fold(u("It\u2019s")) == u("it's"));
}

TEST_CASE("keys: news synonyms share a concept, acronyms lose their dots") {
  Normalizer n(Language::en);
  CHECK(n.key(u("probe")) == n.key(u("investigation")));
  CHECK(n.key(u("inquiry")) == n.key(u("investigating")));
  CHECK(n.key(u("U.K")) == n.key(u("Britain")));
  CHECK(n.key(u("U.S")) != n.key(u("us")));
  CHECK(n.key(u("US")) == n.key(u("U.S")));  // in capitals, the country; the pronoun is a function word
  CHECK(corroborate::is_stopword(u"us", Language::en));
  CHECK(n.key(u("Feb.")) == n.key(u("February")));
  CHECK(n.key(u("Tuesday")) == n.key(u("Tue")));
  CHECK(n.key(u("pledged")) == n.key(u("promised")));
  CHECK(n.key(u("vowed")) == n.key(u("promise")));
  CHECK(n.key(u("outlawed")) == n.key(u("banned")));
  CHECK(n.key(u("rehoused")) != n.key(u("housed")));  // housed is any housing: not a move
  CHECK(n.key(u("ongoing")) == n.key(u("continuing")));  // "the probe is ongoing" / "continuing to investigate"
}

TEST_CASE("keys: French elisions and stems; French months match English ones") {
  Normalizer fr(Language::fr), en(Language::en);
  CHECK(fr.key(u("l\u2019enquête")) == fr.key(u("enquêtes")));
  CHECK(fr.key(u("d'images")) == fr.key(u("image")));
  CHECK(fr.key(u("février")) == en.key(u("February")));
  CHECK(fr.key(u("perquisition")) == en.key(u("raid")));
  CHECK(fr.key(u("relogés")) == fr.key(u("hébergées")));
  CHECK(fr.key(u("relogés")) == en.key(u("rehoused")));
  CHECK(fr.key(u("proscrit")) == fr.key(u("interdite")));
  CHECK(fr.key(u("promet")) == en.key(u("pledges")));
  CHECK(fr.key(u("continuent")) == en.key(u("ongoing")));
  CHECK(fr.key(u("grévistes")) == fr.key(u("grève")));  // strikers; not English "strikers", who score goals
  CHECK(en.key(u("striker")) != en.key(u("strike")));
}

TEST_CASE("keys: every form of a concept's words joins it, in each language; other words do not") {
  Normalizer en(Language::en), fr(Language::fr);
  CHECK(en.key(u("killed")) == en.key(u("died")));
  CHECK(en.key(u("deaths")) == en.key(u("dead")));
  CHECK(en.key(u("blaze")) == en.key(u("fires")));
  CHECK(en.key(u("widening")) == en.key(u("expanded")));
  CHECK(en.key(u("Hurt")) == en.key(u("injuries")));
  CHECK(en.key(u("killed")) != en.key(u("injured")));
  CHECK(en.key(u("opened")) != en.key(u("closed")));
  CHECK(fr.key(u("tuées")) == fr.key(u("décès")));
  CHECK(en.key(u("fatally")) == en.key(u("died")));
  CHECK(fr.key(u("mortellement")) == fr.key(u("morts")));
  CHECK(en.key(u("pupils")) == en.key(u("schools")));
  CHECK(fr.key(u("écoles")) == fr.key(u("scolaires")));
  CHECK(fr.key(u("faiblit")) == fr.key(u("s'affaiblissant")));
  CHECK(en.key(u("weakened")) == en.key(u("weakening")));
  CHECK(en.key(u("quit")) == en.key(u("resigned")));
  CHECK(en.key(u("misled")) == en.key(u("misleading")));
  CHECK(fr.key(u("menti")) == fr.key(u("mensonges")));
  CHECK(fr.key(u("l'incendie")) == fr.key(u("feu")));
  CHECK(fr.key(u("interpellés")) == fr.key(u("arrestation")));
  CHECK(fr.key(u("RoyaumeUni")) == en.key(u("Britain")));  // "Royaume-Uni", closed up as compounds are
  CHECK(fr.key(u("incendie")) == en.key(u("blaze")));
  CHECK(fr.key(u("mort")) != fr.key(u("blessé")));
  CHECK(fr.key(u("cours")) != fr.key(u("tribunal")));        // "au cours de" is not a court
  CHECK(fr.key(u("amendement")) != en.key(u("fine")));       // nor an amendment a fine
  CHECK(fr.key(u("tués")) == fr.key(u("morts")));
  CHECK(fr.key(u("tu")) != fr.key(u("tué")));               // "tu" stems as "tué" does
  CHECK(fr.key(u("ni")) != fr.key(u("nié")));
  CHECK(en.key(u("No")) == en.key(u("nobody")));  // "no" is a stopword, but "no injuries" ~ "nobody was hurt"
  CHECK(fr.key(u("aucune")) == en.key(u("none")));
  CHECK(en.key(u("began")) == en.key(u("opened")));          // an inquiry began / was opened
  CHECK(en.key(u("debris")) == en.key(u("rubble")));
  CHECK(en.key(u("detainees")) == en.key(u("prisoners")));
  CHECK(en.key(u("jailed")) == en.key(u("prison")));
  CHECK(en.key(u("swap")) == en.key(u("exchanged")));
  CHECK(fr.key(u("séisme")) == en.key(u("quake")));
  CHECK(fr.key(u("hospitalisés")) == fr.key(u("l'hôpital")));
  CHECK(fr.key(u("détenue")) != fr.key(u("prisonnière")));  // "détenue par l'État" is owned
  CHECK(fr.key(u("autorisation")) == fr.key(u("approuvé")));
  CHECK(fr.key(u("autorité")) != fr.key(u("autorisation")));
  CHECK(en.key(u("authorities")) != en.key(u("approved")));
  CHECK(fr.key(u("professeure")) == fr.key(u("enseignants")));
  CHECK(fr.key(u("enseignant")) == en.key(u("teacher")));
  CHECK(fr.key(u("héliporté")) == en.key(u("helicopter")));
  CHECK(fr.key(u("grièvement")) == fr.key(u("gravement")));
  CHECK(fr.key(u("recueilli")) == fr.key(u("obtenu")));
  CHECK(fr.key(u("exigent")) == fr.key(u("réclamé")));
  CHECK(fr.key(u("interdisant")) == fr.key(u("interdiction")));
}

TEST_CASE("keys: each concept word keys to its own concept (no two groups share a stem)") {
  for (Language language : {Language::en, Language::fr}) {
    Normalizer n(language);
    for (const auto& entry : concept_words(language)) {  // (word, concept)
      const std::string word(entry.first);
      std::u16string w;
      REQUIRE(corroborate::utf8_to_utf16(word, w));
      std::erase(w, u'-');  // "royaume-uni": running text closes compounds up
      CHECK_MESSAGE(n.key(w) == entry.second, word);
    }
  }
}

TEST_CASE("numbers: grouping, decimals and scale words give values") {
  Normalizer en(Language::en), fr(Language::fr);
  CHECK(en.key(u("23,000")) == "#23000");
  CHECK(en.key(u("3.5")) == "#3.5");
  CHECK(fr.key(u("3,5")) == "#3.5");
  CHECK(en.key(u("three")) == "#3");
  CHECK(en.key(u("3.4bn")) == "#3400000000");  // a glued scale that is no unit of length
  CHECK(en.key(u("45m")) == "45m");              // 45 metres, unless money (see below)
  CHECK(en.key(u("3.8million")) == "#3800000");  // a scale word glued on
  CHECK(en.key(u("8km")) == "#8");               // a unit no other word is written as: the number
  CHECK(en.key(u("43.2C")) == "#43.2");
  CHECK(en.key(u("5G")) == "5g");                // a network, or grams
  CHECK(fr.key(u("12km")) == "#12");
  CHECK(fr.key(u("sept")) == "#7");
  CHECK(en.key(u("sept")) != "#7");             // English "Sept." is September
}

namespace {
// A text segmented and normalized, with the vocabulary its ids belong to.
struct Normalized {
  Vocabulary vocab;
  corroborate::NormalizedText text;
};

Normalized normalized(const char* text, Language lang) {
  Segmenter seg(lang);
  Normalizer norm(lang);
  Normalized out;
  auto t = u(text);
  out.text = norm.normalize(t, seg.segment(t), out.vocab);
  return out;
}

// The terms of each sentence of a text, as keys.
std::vector<std::vector<std::string>> terms_of(const char* text, Language lang = Language::en) {
  const Normalized n = normalized(text, lang);
  std::vector<std::vector<std::string>> out;
  for (auto& ns : n.text.sentences) {
    out.emplace_back();
    for (uint32_t id : ns.terms) out.back().push_back(n.vocab.key(id));
    std::sort(out.back().begin(), out.back().end());
  }
  return out;
}

// Whether a sentence's terms (see terms_of()) have `key`.
bool has_term(const std::vector<std::string>& terms, std::string_view key) {
  return std::find(terms.begin(), terms.end(), key) != terms.end();
}

// The values of a text, sentence after sentence.
std::vector<Value> values_of(const char* text, Language lang = Language::en) {
  const Normalized n = normalized(text, lang);
  std::vector<Value> out;
  for (auto& ns : n.text.sentences) out.insert(out.end(), ns.values.begin(), ns.values.end());
  return out;
}
}  // namespace

TEST_CASE("terms: a hyphenated compound also closed up; a hyphenated name's words count once") {
  auto en = terms_of("The cyber-crime unit searched the offices.");
  CHECK(has_term(en[0], "cybercrim"));
  auto fr = terms_of(
      "Le feu de Saint-Martin-de-Valcros est maîtrisé. Anne-Laure Dessaint succède à Jean-Pierre Roux. "
      "Le Royaume-Uni a ouvert une enquête sur la cyber-criminalité.",
      Language::fr);
  // a place name of four parts joined by hyphens: its three words, no "saintmartin", "martinde" or
  // "devalcros" (the name would weigh as much as six rare words in every sentence naming it)
  CHECK(fr[0] == std::vector<std::string>{"martin", "maîtris", "saint", "valcros", "~fire"});
  CHECK(!has_term(fr[1], "annelaur"));
  CHECK(!has_term(fr[1], "jeanpierr"));
  CHECK(has_term(fr[1], "laur"));
  CHECK(has_term(fr[2], "~uk"));  // a name closed up into a word the lexicon knows: "Royaume-Uni" is Britain
  CHECK(has_term(fr[2], "cybercriminal"));
  // a compound with a function word in it is a word still, at a sentence's head or not
  auto rdv = terms_of("Rendez-vous est pris. Les centres ouvrent sans rendez-vous.", Language::fr);
  CHECK(has_term(rdv[0], "rendezvous"));
  CHECK(has_term(rdv[1], "rendezvous"));
  // nor a name with a code: its parts are enough ("Vessa-9b" would be three shared terms)
  auto code = terms_of("Astronomers found water on Vessa-9b. The Falcon-9 rocket and the cyber-crime unit.");
  CHECK(has_term(code[0], "vessa"));
  CHECK(has_term(code[0], "9b"));
  CHECK_FALSE(has_term(code[0], "vessa9b"));
  CHECK_FALSE(has_term(code[1], "falcon9"));
  CHECK(has_term(code[1], "cybercrim"));
}

TEST_CASE("numbers: percentages, money with letter scales, durations and month abbreviations read alike") {
  auto en = terms_of("She won 54% of the vote. She won 54 percent of the vote. She won 54 per cent of the vote. "
                     "It is worth $3.4bn. It is worth $3.4 billion. He joined for \u20ac45m. He joined for \u20ac45 million. "
                     "It opens on Sept. 14. It opens on 14 September. Revenue was $412.6M. Revenue was $412.6 million.");
  REQUIRE(en.size() == 11);
  CHECK(en[9] == en[10]);  // a capital letter scale too
  auto glued = terms_of("The club pocket £3.8million. The club pocket £3.8m. An 8km zone was declared. An 8 km zone was "
                        "declared.");
  REQUIRE(glued.size() == 4);
  CHECK(glued[0] == glued[1]);
  CHECK(has_term(glued[2], "#8"));
  CHECK(has_term(glued[3], "#8"));
  CHECK(en[0] == en[1]);
  CHECK(en[1] == en[2]);
  CHECK(has_term(en[0], "#54%"));
  CHECK(en[3] == en[4]);
  CHECK(en[5] == en[6]);
  CHECK(en[7] == en[8]);
  auto dur = terms_of("The strike lasts 48 hours. It is a two-day strike. The strike lasts two days. "
                      "A 3-month-old baby was hurt.");
  REQUIRE(dur.size() == 4);
  CHECK(has_term(dur[0], "#48h"));
  CHECK(has_term(dur[1], "#48h"));
  CHECK(has_term(dur[2], "#48h"));
  CHECK(!has_term(dur[3], "#2190h"));  // an age, not a duration
  CHECK(has_term(dur[3], "#3"));
  auto spelled = terms_of("They confirmed three hundred and twelve cases. They confirmed 312 cases. "
                          "Two hundred and forty-five were hurt. 245 were hurt.");
  REQUIRE(spelled.size() == 4);
  CHECK(spelled[0] == spelled[1]);
  CHECK(spelled[2] == spelled[3]);
  auto fr = terms_of("La liste a obtenu 41,2 % des voix. La liste a obtenu 41,2 pour cent des voix. "
                     "Le transfert est estim\u00e9 \u00e0 22 M\u20ac. Le transfert est estim\u00e9 \u00e0 22 millions.",
                     Language::fr);
  REQUIRE(fr.size() == 4);
  CHECK(fr[0] == fr[1]);
  CHECK(fr[2] == fr[3]);
  auto cents = terms_of("Ils ont recens\u00e9 trois cent douze cas. Ils ont recens\u00e9 312 cas. "
                        "Ils ont recens\u00e9 trois cent soixante-douze cas. Ils ont recens\u00e9 372 cas.", Language::fr);
  REQUIRE(cents.size() == 4);
  CHECK(cents[0] == cents[1]);
  CHECK(cents[2] == cents[3]);
}

TEST_CASE("numbers: a scale word joined by a hyphen is the number's scale") {
  auto en = terms_of("The fare increase will raise about $6.8-million a year. The fare increase will raise about $6.8 million "
                     "a year. They signed a 2-billion-euro deal. They signed a deal worth 2 billion euros.");
  REQUIRE(en.size() == 4);
  CHECK(en[0] == en[1]);
  CHECK(has_term(en[0], "#6800000"));
  CHECK(has_term(en[2], "#2000000000"));
  CHECK(has_term(en[3], "#2000000000"));
  auto fr = terms_of("Un chantier de 3-millions d'euros. Un chantier de 3 millions d'euros.", Language::fr);
  REQUIRE(fr.size() == 2);
  CHECK(fr[0] == fr[1]);
}

TEST_CASE("values: a time of day in its English and French spellings, its hour one term on a twelve-hour dial") {
  auto minutes = [](const char* text, Language lang = Language::en) {
    std::vector<int> out;
    for (const Value& v : values_of(text, lang))
      if (v.clock) out.push_back(int(v.number));
    return out;
  };
  CHECK(minutes("The runway closed at 10.47pm and reopened at 4.15am.") == std::vector<int>{22 * 60 + 47, 4 * 60 + 15});
  CHECK(minutes("The runway closed at 10:47pm and reopened at 4:15 a.m.") == std::vector<int>{22 * 60 + 47, 4 * 60 + 15});
  CHECK(minutes("Polls close at 10 p.m. and counting starts at 11pm; the alarm rang at 9.30 a.m.") ==
        std::vector<int>{22 * 60, 23 * 60, 9 * 60 + 30});
  CHECK(minutes("Doors open at 12am, the show at 12 p.m.") == std::vector<int>{0, 12 * 60});
  CHECK(minutes("The index rose 10.47 points and 1.5 percent.").empty());  // a British dot needs a.m. or p.m.
  CHECK(minutes("They won 13 pm to 2.").empty());  // no hour past twelve with p.m.
  CHECK(minutes("Vers 3 h 30, puis à 15h40 et à 22 h, le feu a repris.", Language::fr) ==
        std::vector<int>{3 * 60 + 30, 15 * 60 + 40, 22 * 60});
  // which are written to the hour, and which are bounded on one side
  auto precision = [](const char* text, Language lang = Language::en) {
    std::string out;
    for (const Value& v : values_of(text, lang))
      if (v.clock)
        out += std::string(v.to_the_hour ? "h" : "m") +
               (v.bound == Bound::at_least ? ">" : v.bound == Bound::at_most ? "<" : v.bound == Bound::about ? "~" : "=") + " ";
    return out;
  };
  CHECK(precision("It closed at 10 p.m., shortly after 4pm, at 9:40, around 3am, before 10.47pm and by 05:30.") ==
        "h= h> m= h~ m< m< ");
  CHECK(precision("Vers 16 h, peu après 14h, dès 8 h 30, avant 9h00 et à 22 h 05.", Language::fr) == "h~ h> m> m< m= ");
  // the hour is one term, however written: "10.47pm", "10:47 p.m.", "22:47"; "vers 16 h" and "16 h 05"
  auto en = terms_of("The runway closed at 10.47pm. The runway closed at 10:47 p.m. The runway closed at 22:47.");
  REQUIRE(en.size() == 3);
  for (auto& t : en) CHECK(has_term(t, "@t10"));
  auto fr = terms_of("Une réplique a été ressentie vers 16 h. Une réplique a été ressentie à 16 h 05. La secousse a eu lieu à 4h05.",
                     Language::fr);
  REQUIRE(fr.size() == 3);
  CHECK(has_term(fr[0], "@t04"));
  CHECK(has_term(fr[1], "@t04"));
  CHECK(has_term(fr[2], "@t04"));
}

TEST_CASE("values: numbers with their scale, precision and the thing counted") {
  auto v = values_of("Grok generated up to 3 million images, including 23,000 of children.");
  REQUIRE(v.size() == 2);
  CHECK(v[0].number == 3e6);
  CHECK(v[0].bound == Bound::at_most);
  CHECK(v[1].number == 23000);
  CHECK(v[1].bound == Bound::exact);
  CHECK(v[0].unit != 0);
}

TEST_CASE("values: lakhs and crores, the Indian grouping and rupees; a confidence level is no value") {
  auto v = values_of("The chief minister announced Rs 5 lakh for each family and sought Rs. 1,200 crore, after 1,48,236 people fled.");
  REQUIRE(v.size() == 3);
  CHECK(v[0].number == 500000);
  CHECK(v[1].number == 1.2e10);
  CHECK(v[2].number == 148236);
  auto w = values_of("He announced \u20B95 lakh for each family, not Rs 4 lakh.");
  REQUIRE(w.size() == 2);
  CHECK(w[0].number == 500000);
  CHECK(w[0].unit != 0);
  CHECK(w[0].unit == w[1].unit);  // rupees, however written
  auto ci = values_of("Risk rose by 14 % per 10 dB (IC 95 % : 1,06-1,23).", Language::fr);
  REQUIRE(ci.size() >= 1);
  CHECK(std::none_of(ci.begin(), ci.end(), [](const Value& x) { return x.percent && x.number == 95; }));
  auto en = values_of("The risk was 19% higher (95% CI 1.08-1.31), and 95% confidence intervals were wide.");
  CHECK(std::none_of(en.begin(), en.end(), [](const Value& x) { return x.percent && x.number == 95; }));
}

TEST_CASE("values: ratios are percentages of the thing counted") {
  auto en = values_of("Four in ten adults skipped a meal, one in five children went hungry and two out of three said so.");
  REQUIRE(en.size() == 3);
  CHECK(en[0].number == doctest::Approx(40));
  CHECK(en[0].percent);
  CHECK(en[0].unit != 0);
  CHECK(en[1].number == doctest::Approx(20));
  CHECK(en[1].percent);
  CHECK(en[2].number == doctest::Approx(200.0 / 3));
  auto fr = values_of("Quatre TGV sur dix et un TER sur trois circuleront mardi.", Language::fr);
  REQUIRE(fr.size() == 2);
  CHECK(fr[0].number == doctest::Approx(40));
  CHECK(fr[1].number == doctest::Approx(100.0 / 3));
  CHECK(fr[0].unit != fr[1].unit);  // TGV, TER
  // with "un" elided into "de": "près d'un électeur sur deux"
  auto elided = values_of("Près d’un électeur sur deux s’est rendu aux urnes, et la FUE avance le chiffre d'une école sur cinq.",
                          Language::fr);
  REQUIRE(elided.size() == 2);
  CHECK(elided[0].number == doctest::Approx(50));
  CHECK(elided[0].percent);
  CHECK(elided[1].number == doctest::Approx(20));
  // no ratio: "12 in 3 attacks", "one in the morning", a year
  CHECK(values_of("Militants killed 12 in 3 attacks.").size() == 2);
  CHECK(values_of("One in the morning was enough.").empty());
  CHECK_FALSE(values_of("Two in 2024 were built.")[0].percent);
  // nor a count within a span of time: three failures and a duration
  auto span = values_of("She was charged with three whereabouts failures in 12 months.");
  REQUIRE(span.size() == 2);
  CHECK_FALSE(span[0].percent);
  CHECK(span[0].number == 3);
  CHECK(span[1].hours);
  CHECK(span[1].number == doctest::Approx(12 * 730));
}

TEST_CASE("values: a change, a range or a comparison names its unit once; the bare end takes it") {
  auto en = values_of("It cuts the satellite's life from seven years to about four. Its life falls to around four years "
                      "from seven. The rate rose to 22 percent from 24. It lasts three to five years.");
  REQUIRE(en.size() == 8);
  CHECK(en[0].hours);
  CHECK(en[1].hours);  // "to about four": four years
  CHECK(en[1].number == doctest::Approx(en[2].number));
  CHECK(en[0].number == doctest::Approx(en[3].number));  // "from seven": seven years
  CHECK(en[5].percent);  // "from 24": 24 percent
  CHECK(en[6].hours);    // "three to five years": three years
  auto fr = values_of("Le taux passe de 3,2 à 3,6 %. La durée passe de sept à quatre semaines. Avec 14 mois "
                      "d'indemnisation au lieu de 18, ils basculent au RSA.", Language::fr);
  REQUIRE(fr.size() == 6);
  CHECK(fr[0].percent);
  CHECK(fr[0].number == doctest::Approx(3.2));
  CHECK(fr[2].hours);
  CHECK(fr[2].number == doctest::Approx(7 * 168));
  CHECK(fr[5].hours);  // "au lieu de 18": 18 months
  CHECK(fr[5].number == doctest::Approx(18 * 730));
  // not a price after a percentage, nor a sum before one
  auto price = values_of("Shares fell 4% to 12.30 on Monday. Defence rises by ALK3.4bn to 2.1% of GDP.");
  REQUIRE(price.size() == 4);
  CHECK_FALSE(price[1].percent);
  CHECK_FALSE(price[2].percent);
}

TEST_CASE("ordinals: a word and its figure are one rank, English and French; never the first") {
  using corroborate::ordinal_number;
  CHECK(ordinal_number(u"third", Language::en) == 3);
  CHECK(ordinal_number(u"3rd", Language::en) == 3);
  CHECK(ordinal_number(u"21st", Language::en) == 21);
  CHECK(ordinal_number(u"neuvième", Language::fr) == 9);
  CHECK(ordinal_number(u"9e", Language::fr) == 9);
  CHECK(ordinal_number(u"2ème", Language::fr) == 2);
  CHECK(ordinal_number(u"second", Language::fr) == 2);
  for (std::u16string_view w : {u"first", u"1st", u"premier", u"1er", u"1re", u"3", u"3m", u"07th", u"thirds", u""})
    CHECK(ordinal_number(w, Language::en) == 0);
  CHECK(ordinal_number(u"premier", Language::fr) == 0);
  CHECK(ordinal_number(u"1er", Language::fr) == 0);
  // as keys: one term, which is no figure
  Normalizer fr(Language::fr), en(Language::en);
  CHECK(fr.key(u("9e")) == fr.key(u("neuvième")));
  CHECK(fr.key(u("2ème")) == fr.key(u("deuxième")));
  CHECK(en.key(u("3rd")) == en.key(u("third")));
  CHECK(en.key(u("third"))[0] != '#');
  CHECK(fr.key(u("neuvième")) != fr.key(u("neuf")));
}

TEST_CASE("values: half a dozen is six") {
  auto en = values_of("Half a dozen schools stayed shut, and more than a dozen roads.");
  REQUIRE(en.size() == 2);
  CHECK(en[0].number == 6);
  CHECK(en[1].number == 12);
  // a scale word after "a" or "un" is a number, and half a million is half of it
  auto scale = values_of("Half a million homes lost power, and about a million people were warned.");
  REQUIRE(scale.size() == 2);
  CHECK(scale[0].number == 500000);
  CHECK(scale[1].number == 1000000);
  CHECK(scale[1].bound == corroborate::Bound::about);
  auto trillion = values_of("The plan will cost half a trillion dollars.");
  REQUIRE(trillion.size() == 1);
  CHECK(trillion[0].number == 5e11);
  auto milliard = values_of("Une amende d'un milliard d'euros, et plus d'un million de manifestants.", Language::fr);
  REQUIRE(milliard.size() == 2);
  CHECK(milliard[0].number == 1e9);
  CHECK(milliard[1].number == 1e6);
  CHECK(milliard[1].bound == corroborate::Bound::at_least);
  auto fr = values_of("Une demi-douzaine d'écoles sont fermées, et un viticulteur sur trois n'est pas assuré.", Language::fr);
  REQUIRE(fr.size() == 2);
  CHECK(fr[0].number == 6);
  CHECK(fr[1].percent);
  // and a half after the number or after the scale word
  auto halves = values_of("It cost two and a half million euros, one and a half billion dollars and 3 and a half thousand jobs.");
  REQUIRE(halves.size() == 3);
  CHECK(halves[0].number == 2.5e6);
  CHECK(halves[1].number == 1.5e9);
  CHECK(halves[2].number == 3500);
  CHECK(halves[0].range.start == 8);  // "two and a half million"
  CHECK(halves[0].range.end == 30);
  auto demi = values_of("La fraude porte sur près de deux millions et demi de bouteilles, et trois milliards et demi d'euros.",
                        Language::fr);
  REQUIRE(demi.size() == 2);
  CHECK(demi[0].number == 2.5e6);
  CHECK(demi[1].number == 3.5e9);
}

TEST_CASE("values: an age counts an age, however it is written") {
  auto en = values_of("A 34-year-old man, aged 52 by now, met the victim, 57, and a woman of 40 years old.");
  REQUIRE(en.size() == 4);
  CHECK(en[0].unit == en[1].unit);
  CHECK(en[1].unit == en[2].unit);
  CHECK(en[2].unit == en[3].unit);
  auto fr = values_of("Jean-Pierre Morel, 58 ans, âgé de 58 ans, a rencontré trois ans de suite 20 personnes.", Language::fr);
  REQUIRE(fr.size() == 4);
  CHECK(fr[0].unit == fr[1].unit);
  CHECK(fr[2].unit != fr[0].unit);  // "trois ans de suite" is no age
  CHECK(fr[3].unit != fr[0].unit);
}

TEST_CASE("values: a score is one value, whichever side is named first; a range is no score") {
  auto a = values_of("Castleford beat Rovers 3-1 at home on Saturday.");
  auto b = values_of("Rovers lost 1–3 to Castleford, their third defeat.");
  auto fr = values_of("Castleford s'est imposé 3-1 face à Rovers samedi.", Language::fr);
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() >= 1);
  REQUIRE(fr.size() >= 1);
  CHECK(a[0].number == b[0].number);
  CHECK(a[0].number == fr[0].number);
  // (the same unit: compared within one vocabulary, each text having its own)
  auto ab = values_of("Castleford beat Rovers 3-1 at home on Saturday. Rovers lost 1–3 to Castleford, their third defeat.");
  REQUIRE(ab.size() >= 2);
  CHECK(ab[0].number == ab[1].number);
  CHECK(ab[0].unit == ab[1].unit);
  CHECK(ab[0].unit != 0);
  auto range = values_of("Between 10-15 people were taken to hospital.");
  REQUIRE(range.size() == 2);  // two numbers, no score
  // between the two sides' names, or with a word of the running score ("drawn level", "clear")
  auto scores = terms_of("Full-time: Scotland 24-17 Italy. Scotland head to Paris after a 24–17 victory over Italy. "
                         "Italy had drawn level at 17-17 by then. TRY! Scotland 17-17 Italy. Pages 10-15 of the report.");
  REQUIRE(scores.size() == 6);  // "TRY!" is a sentence of its own
  CHECK(has_term(scores[0], "#24017s"));
  CHECK(has_term(scores[1], "#24017s"));
  CHECK(has_term(scores[2], "#17017s"));
  CHECK(has_term(scores[4], "#17017s"));
  CHECK(has_term(scores[5], "#10"));  // a range after a lower-case word
}

TEST_CASE("values: a score written with 'à' or a spaced dash, or the half-time score, is a score; a range 'de 10 à 15' is none") {
  auto fr = terms_of("Les Rouge et Noir ont battu l'Aviron 27 à 19 (10-12 à la mi-temps). Montalbrac 27 – 19 Aviron garonnais. "
                     "Menés 10-12 à la pause, ils ont gagné. Le club a perdu de 10 à 15 abonnés.",
                     Language::fr);
  REQUIRE(fr.size() == 4);
  CHECK(has_term(fr[0], "#27019s"));
  CHECK(has_term(fr[0], "#12010s"));
  CHECK(has_term(fr[1], "#27019s"));
  CHECK(has_term(fr[2], "#12010s"));
  CHECK(has_term(fr[3], "#10"));  // a range, however near "perdu"
  CHECK(!has_term(fr[3], "#15010s"));
  auto en = terms_of("Garonnais had led 12-10 at the interval. Garonnais trailed 12-10 at half-time.");
  REQUIRE(en.size() == 2);
  CHECK(has_term(en[0], "#12010s"));
  CHECK(has_term(en[1], "#12010s"));
  // (a score has no rounding cells: 27-19 is not about 27,000)
  CHECK(!has_term(fr[0], "#~27000"));
}

TEST_CASE("values: how a number is qualified, in English and French") {
  auto en = values_of("About 80 came, more than 100 said they would, up to 120 were expected and over 50 left.");
  REQUIRE(en.size() == 4);
  CHECK(en[0].bound == Bound::about);
  CHECK(en[1].bound == Bound::at_least);
  CHECK(en[2].bound == Bound::at_most);
  CHECK(en[3].bound == Bound::at_least);
  auto fr = values_of("Quelque 80 pompiers, plus de 100 selon la mairie, jusqu'à 120 selon le SDMIS, au moins 50 "
                      "blessés et moins de 10 morts.", Language::fr);
  REQUIRE(fr.size() == 5);
  CHECK(fr[0].bound == Bound::about);
  CHECK(fr[1].bound == Bound::at_least);
  CHECK(fr[2].bound == Bound::at_most);
  CHECK(fr[3].bound == Bound::at_least);
  CHECK(fr[4].bound == Bound::at_most);
  // past the article before a number word, not before figures
  auto words = values_of("More than a dozen bus routes were diverted, about a hundred people marched, and over a 10-day span.");
  REQUIRE(words.size() == 3);
  CHECK(words[0].number == 12);
  CHECK(words[0].bound == Bound::at_least);
  CHECK(words[1].bound == Bound::about);
  CHECK(words[2].bound == Bound::exact);
}

TEST_CASE("values: a place's size is told from a count of people, in English and French") {
  auto en = values_of("Millbrook, a village of some 3,000 residents, lies south of a town with 40,000 people. "
                      "The city said 3,000 residents were evacuated; the towns' 1,200 residents left.");
  REQUIRE(en.size() == 4);
  CHECK(en[0].place_size);
  CHECK(en[1].place_size);
  CHECK_FALSE(en[2].place_size);  // the city said: no "of" between
  CHECK_FALSE(en[3].place_size);
  auto fr = values_of("Une commune d'environ 3 000 habitants, un village de 450 âmes. La ville a évacué 1 200 habitants.",
                      Language::fr);
  REQUIRE(fr.size() == 3);
  CHECK(fr[0].place_size);
  CHECK(fr[1].place_size);
  CHECK_FALSE(fr[2].place_size);
}

TEST_CASE("values: thousands grouped by spaces are one number, in French and in English, but not after a month's name") {
  auto fr = values_of("Un entrepôt de 12 000 m² et 1 200 000 euros, mais 3 300 ans plus tôt.", Language::fr);
  REQUIRE(fr.size() >= 2);
  CHECK(fr[0].number == 12000);
  CHECK(fr[1].number == 1200000);
  // French typography's narrow no-break space, which word breaking counts a joiner, as "_"
  auto narrow = values_of("Près de 5\u202F800 pharmacies et 1\u202F200\u202F000 flacons, « pénurie\u202F».", Language::fr);
  REQUIRE(narrow.size() == 2);
  CHECK(narrow[0].number == 5800);
  CHECK(narrow[1].number == 1200000);
  auto figure_space = values_of("Some 12\u2007400 homes lost power.");
  REQUIRE(figure_space.size() == 1);
  CHECK(figure_space[0].number == 12400);
  auto en = values_of("In 2019 300 people left; 12\u00A0000 stayed.");
  REQUIRE(en.size() == 3);
  CHECK(en[1].number == 300);  // a year is no group of thousands
  CHECK(en[2].number == 12000);
  // as agencies and international bodies write them
  auto si = values_of("More than 2 300 scientists in 41 countries; about 180 000 litres leaked.");
  REQUIRE(si.size() == 3);
  CHECK(si[0].number == 2300);
  CHECK(si[1].number == 41);
  CHECK(si[2].number == 180000);
  // a day after its month, then a count
  auto day = values_of("On March 3 400 people were evacuated from the valley.");
  REQUIRE(day.size() == 2);
  CHECK(day[0].kind == Value::Kind::date);
  CHECK(day[1].number == 400);
}

TEST_CASE("keys: 'un', 'une' and elided function words are no content; a superscript power is part of its unit") {
  auto fr = terms_of("Une commune et un village. D'une part, qu'il pleuve ou c'est fini. "
                     "Un entrepôt de 12 000 m². Un entrepôt de 12 000 mètres carrés.", Language::fr);
  REQUIRE(fr.size() == 4);
  CHECK(fr[0] == std::vector<std::string>{"commun", "villag"});
  CHECK(fr[1] == std::vector<std::string>{"fin", "part", "pleuv"});
  CHECK(fr[2] == fr[3]);
  // prepositions and quantifiers, as the English list has "after", "several", "since", "very"
  CHECK(terms_of("Après plusieurs heures, le feu reste très actif depuis minuit.", Language::fr)[0] ==
        std::vector<std::string>{"actif", "heur", "minuit", "rest", "~fire"});
  CHECK(terms_of("Amid the probe, several lawmakers spoke without notes.")[0] ==
        std::vector<std::string>{"note", "spoke", "~investig", "~lawmaker"});
  auto en = terms_of("A 12,000 sq m warehouse. A 12,000 square metre warehouse. A 12,000 m\u00B2 warehouse.");
  REQUIRE(en.size() == 3);
  CHECK(en[0] == en[1]);
  CHECK(en[0] == en[2]);
}

TEST_CASE("keys: a unit however it is written (abbreviated, spelt out, in either spelling) is one term") {
  auto en = terms_of("The epicentre was 12 km north of Arvani. The epicentre was 12 kilometres north of Arvani. "
                     "The epicentre was 12 kilometers north of Arvani. A 300,000 cubic metre reservoir. "
                     "A 300,000 m\u00B3 reservoir. Fire burnt 40 hectares. Fire burnt 40 ha.");
  REQUIRE(en.size() == 7);
  CHECK(en[0] == en[1]);
  CHECK(en[0] == en[2]);
  CHECK(en[3] == en[4]);
  CHECK(en[5] == en[6]);
  auto fr = terms_of("Une retenue de 300 000 mètres cubes, à 12 km du bourg. "
                     "Une retenue de 300 000 m\u00B3, à 12 kilomètres du bourg.", Language::fr);
  REQUIRE(fr.size() == 2);
  CHECK(fr[0] == fr[1]);
  // an apology is an apology, said or not
  auto sorry = terms_of("The company apologised to customers. The company said it was sorry to customers.");
  REQUIRE(sorry.size() == 2);
  CHECK(has_term(sorry[1], "~apologise"));
  CHECK(has_term(sorry[0], "~apologise"));
}

TEST_CASE("values: tens and units joined by a hyphen are one number") {
  auto en = values_of("Thirty-eight cars derailed and twenty were damaged.");
  REQUIRE(en.size() == 2);
  CHECK(en[0].number == 38);
  CHECK(en[0].unit != 0);
  CHECK(en[1].number == 20);
  // "one", though no number alone ("one of the"), is one after tens
  auto one = values_of("She died at the age of eighty-one on Sunday.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].number == 81);
  auto fr = values_of("Vingt-trois blessés et soixante-douze évacués.", Language::fr);
  REQUIRE(fr.size() == 2);
  CHECK(fr[0].number == 23);
  CHECK(fr[1].number == 72);
  // and French's tens of ten, sixty and eighty: "dix-neuf", "soixante-dix-sept", "quatre-vingts",
  // "quatre-vingt-un", "quatre-vingt-dix-neuf"
  auto more = values_of("Dix-neuf blessés, soixante-dix-sept évacués, quatre-vingts maisons, quatre-vingt-un pompiers "
                        "et quatre-vingt-dix-neuf voitures.",
                        Language::fr);
  REQUIRE(more.size() == 5);
  CHECK(more[0].number == 19);
  CHECK(more[1].number == 77);
  CHECK(more[2].number == 80);
  CHECK(more[3].number == 81);
  CHECK(more[4].number == 99);
  // and "et" between the tens and one (or eleven, after sixty): "vingt et un", "soixante et onze";
  // not "vingt et trente"
  auto et = values_of("Vingt et un blessés, trente et une voitures, soixante et onze pompiers, vingt et trente ans.",
                      Language::fr);
  REQUIRE(et.size() == 5);
  CHECK(et[0].number == 21);
  CHECK(et[1].number == 31);
  CHECK(et[2].number == 71);
  CHECK(et[3].number == 20);
  CHECK(et[4].number == 30);
}

TEST_CASE("values: dates in their many spellings") {
  auto v = values_of("Raided on Tuesday, 3 February, then on Feb. 4, 2026 and 2026-02-05; CEO from May 2023.");
  REQUIRE(v.size() == 4);
  CHECK((v[0].month == 2 && v[0].day == 3 && v[0].year == 0));
  CHECK((v[1].month == 2 && v[1].day == 4 && v[1].year == 2026));
  CHECK((v[2].month == 2 && v[2].day == 5 && v[2].year == 2026));
  CHECK((v[3].month == 5 && v[3].day == 0 && v[3].year == 2023));
  auto first = values_of("Les nouveaux tarifs entreront en vigueur le 1er février 2026.", Language::fr);
  REQUIRE(first.size() == 1);
  CHECK((first[0].month == 2 && first[0].day == 1 && first[0].year == 2026));
  auto fr = values_of("Ils sont convoqués le 20 avril 2026.", Language::fr);
  REQUIRE(fr.size() == 1);
  CHECK((fr[0].month == 4 && fr[0].day == 20 && fr[0].year == 2026));
  // English ordinals, before or after the month, or "of" the month
  auto ordinals = values_of("It opens on February 3rd, closes on the 22nd of May and reopens 1st June 2027.");
  REQUIRE(ordinals.size() == 3);
  CHECK((ordinals[0].month == 2 && ordinals[0].day == 3));
  CHECK((ordinals[1].month == 5 && ordinals[1].day == 22));
  CHECK((ordinals[2].month == 6 && ordinals[2].day == 1 && ordinals[2].year == 2027));
  // not an ordinal of something else
  auto floor = values_of("The fire started on the 3rd floor in May.");
  REQUIRE(floor.size() == 1);
  CHECK((floor[0].month == 5 && floor[0].day == 0));
}

TEST_CASE("the same day written two ways gives the same term") {
  Segmenter seg(Language::en);
  Normalizer norm(Language::en);
  Vocabulary vocab;
  auto a = u("It happened on Feb. 3.");
  auto b = u("It happened on 3 February.");
  auto na = norm.normalize(a, seg.segment(a), vocab);
  auto nb = norm.normalize(b, seg.segment(b), vocab);
  CHECK(na.sentences[0].terms == nb.sentences[0].terms);
}

TEST_CASE("phrases: a phrasal verb or set phrase keys as its concept, function words between allowed") {
  auto en = terms_of("The mayor stepped down on Friday. The mayor resigned on Friday. "
                     "Two climbers lost their lives. Two climbers died. The union called the strike off. "
                     "Police are looking into the theft. Police are investigating the theft. "
                     "The storm claimed two lives. The storm killed two.");
  REQUIRE(en.size() == 9);
  CHECK(en[7] == en[8]);
  CHECK(en[5] == en[6]);
  CHECK(en[0] == en[1]);
  CHECK(en[2] == en[3]);
  // only the words in order, with at most two function words between: "called the strike off" is not one
  CHECK(!has_term(en[4], "~cancel"));
  auto fr = terms_of("Deux randonneurs ont perdu la vie. Deux randonneurs sont morts. "
                     "Le préfet a donné son feu vert. L'ancien maire a été mis en examen. "
                     "La tempête a coûté la vie à deux randonneurs. La tempête a tué deux randonneurs.", Language::fr);
  REQUIRE(fr.size() == 6);
  CHECK(fr[0] == fr[1]);
  CHECK(fr[4] == fr[5]);
  CHECK(has_term(fr[2], "~approve"));
  CHECK(!has_term(fr[2], "~fire"));  // a green light is no fire
  CHECK(has_term(fr[3], "~charge"));
}

TEST_CASE("phrases: a train that left the tracks or came off the rails derailed; a burning wagon is on fire") {
  auto en = terms_of("Ten wagons left the tracks. Ten wagons derailed. The train came off the rails. "
                     "The train derailed. The wagons were burning. The wagons caught fire. The tracks were left clear. "
                     "The wagons burst into flames.");
  REQUIRE(en.size() == 8);
  CHECK(en[0] == en[1]);
  CHECK(en[2] == en[3]);
  CHECK(en[4] == en[5]);
  CHECK(en[4] == en[7]);
  CHECK(!has_term(en[6], "~derail"));  // the words, not in that order
  auto fr = terms_of("Le train est sorti des rails. Le train a déraillé. Le wagon a pris feu. Le wagon brûlait.",
                     Language::fr);
  REQUIRE(fr.size() == 4);
  CHECK(fr[0] == fr[1]);
  CHECK(fr[2] == fr[3]);
}

TEST_CASE("phrases and words: a heat wave is a heatwave, a bushfire a fire, a power cut a blackout") {
  auto en = terms_of("The heat wave ended. The heatwave ended. "
                     "A bushfire spread. A fire spread. A power cut hit Leeds. A blackout hit Leeds.");
  REQUIRE(en.size() == 6);
  for (size_t i = 0; i < en.size(); i += 2) CHECK(en[i] == en[i + 1]);
  auto fr = terms_of("La vague de chaleur a pris fin. La canicule a pris fin. La mairie a porté plainte. "
                     "L'hôtel de ville a porté plainte.", Language::fr);
  REQUIRE(fr.size() == 4);
  CHECK(fr[0] == fr[1]);
  CHECK(fr[2] == fr[3]);
}

TEST_CASE("phrases name concepts the word lists have (in either language: French has no word for an appeal)") {
  std::vector<std::string_view> known;
  for (Language language : {Language::en, Language::fr})
    for (const auto& entry : concept_words(language)) known.push_back(entry.second);
  for (Language language : {Language::en, Language::fr}) {
    for (const auto& entry : concept_phrases(language)) {
      const std::string phrase(entry.first.front());  // its first word
      CHECK_MESSAGE(std::find(known.begin(), known.end(), entry.second) != known.end(), phrase);
    }
  }
}

namespace {

// The story's documents, segmented and normalized, with relative dates read, acronyms and demonyms linked; `articles` must outlive them.
std::vector<corroborate::Document> linked_story(const std::vector<corroborate::Article>& articles, Language language,
                                                Vocabulary& vocab) {
  Segmenter seg(language);
  Normalizer norm(language);
  std::vector<corroborate::Document> docs(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    docs[i].article = &articles[i];
    docs[i].language = language;
    docs[i].seg = seg.segment(docs[i].text());
    docs[i].norm = norm.normalize(docs[i].text(), docs[i].seg, vocab);
  }
  corroborate::resolve_relative_dates(docs, vocab);
  corroborate::link_acronyms(docs);
  corroborate::link_demonyms(docs, vocab);
  return docs;
}

// Whether sentence 0 of `doc` carries the term that `word` keys to.
bool carries(const corroborate::Document& doc, Vocabulary& vocab, Language language, const char* word) {
  Normalizer n(language);
  const auto& terms = doc.norm.sentences.at(0).terms;
  return std::binary_search(terms.begin(), terms.end(), vocab.id(n.key(u(word))));
}

}  // namespace

TEST_CASE("acronyms: a sentence spelling out the name carries the acronym's term, across the story") {
  Vocabulary vocab;
  const std::vector<corroborate::Article> en = {
      {"a", "a", u("The National Transportation Safety Board will investigate."), ""},
      {"b", "b", u("Federal investigators from the NTSB arrive on Monday."), ""},
      {"c", "c", u("A Department of Justice spokesman declined to comment."), ""},
      {"d", "d", u("The DOJ and the ICO said nothing."), ""},
      {"e", "e", u("Britain's Information Commissioner's Office is looking into it."), ""},
      {"f", "f", u("An investigation into the model began."), ""},  // not "AI" ("the AI model" below)
      {"g", "g", u("National, Transportation, Safety and Board news."), ""},  // commas between: no name
      {"h", "h", u("POLICE RAID THE DOJ OFFICES IN PARIS"), ""},             // shouted: no acronyms from here
      {"i", "i", u("Regional Authorities In Denmark met on Friday."), ""},
      {"j", "j", u("The AI model was withdrawn."), ""},
  };
  auto docs = linked_story(en, Language::en, vocab);
  CHECK(carries(docs[0], vocab, Language::en, "NTSB"));
  CHECK(carries(docs[2], vocab, Language::en, "DOJ"));   // "of" may stand for a letter
  CHECK(carries(docs[4], vocab, Language::en, "ICO"));   // a possessive in the name
  CHECK_FALSE(carries(docs[5], vocab, Language::en, "AI"));
  CHECK_FALSE(carries(docs[6], vocab, Language::en, "NTSB"));
  CHECK_FALSE(carries(docs[8], vocab, Language::en, "RAID"));  // spelt out, but only shouted
  // the acronym's own sentence is unchanged, and a sentence naming neither gets nothing
  CHECK(carries(docs[1], vocab, Language::en, "NTSB"));
  CHECK_FALSE(carries(docs[1], vocab, Language::en, "DOJ"));
}

TEST_CASE("acronyms: French names in lower case after the first word, elisions skipped") {
  Vocabulary vocab;
  const std::vector<corroborate::Article> fr = {
      {"a", "a", u("Le Service départemental d'incendie et de secours a dépêché des renforts."), "fr"},
      {"b", "b", u("Le SDIS a dépêché des renforts."), "fr"},
      {"c", "c", u("Le Parquet national financier a ouvert une enquête."), "fr"},
      {"d", "d", u("Le PNF enquête."), "fr"},
      {"e", "e", u("Les pompiers ont été engagés toute la nuit."), "fr"},
  };
  auto docs = linked_story(fr, Language::fr, vocab);
  CHECK(carries(docs[0], vocab, Language::fr, "SDIS"));
  // three letters: every word of the name must be capitalised, so lower-case "national financier" is not PNF
  CHECK_FALSE(carries(docs[2], vocab, Language::fr, "PNF"));
  CHECK_FALSE(carries(docs[4], vocab, Language::fr, "SDIS"));
}

TEST_CASE("acronyms: an elided acronym, and a name after an elision with accented initials") {
  Vocabulary vocab;
  const std::vector<corroborate::Article> fr = {
      {"a", "a", u("Le ministère a saisi l'ANES pour une expertise."), "fr"},
      {"b", "b", u("Le ministère a saisi l'Agence nationale d'expertise sanitaire."), "fr"},
      {"c", "c", u("Selon l'Établissement Public Foncier, le terrain sera vendu."), "fr"},
      {"d", "d", u("L'EPF a confirmé la vente."), "fr"},
      {"e", "e", u("Le vol l'AC 512 s'est posé à 22 h 10."), "fr"},
      {"f", "f", u("Le dernier avion d'Air Cormoran a atterri."), "fr"},
      {"g", "g", u("Les agents ont salué notre équipe."), "fr"},
  };
  auto docs = linked_story(fr, Language::fr, vocab);
  CHECK(carries(docs[0], vocab, Language::fr, "ANES"));
  CHECK(carries(docs[1], vocab, Language::fr, "ANES"));  // "l'Agence": capitalised past the elision
  CHECK(carries(docs[2], vocab, Language::fr, "EPF"));   // "Établissement" stands for E
  // two letters after an elision are no acronym: "l'AC 512" is a flight, not Air Cormoran
  CHECK_FALSE(carries(docs[5], vocab, Language::fr, "AC"));
  // nor does a sentence in lower case spell one out ("agents … salué … équipe")
  CHECK_FALSE(carries(docs[6], vocab, Language::fr, "ANES"));
}

TEST_CASE("a word list sorted at compile time answers as a scan of the list does") {
  constexpr std::string_view kList = "share shares comment é porte-parole a sign signé zèbre";
  constexpr auto set = corroborate::word_set<corroborate::count_words(kList)>(kList);
  static_assert(corroborate::count_words(kList) == 9);
  static_assert(set.has("porte-parole") && !set.has("porte"));
  for (std::string_view w : {"share", "shares", "comment", "é", "porte-parole", "a", "sign", "signé", "zèbre", "", "sha",
                             "sharess", "b", "zz", "commentaire", " "})
    CHECK(set.has(w) == corroborate::listed(w, kList));
}

TEST_CASE("word lists as one table give each word the bits of the lists it is in, as scans of them do") {
  constexpr std::string_view kA = "you your we a é", kB = "we our zèbre", kC = "news a  day";
  constexpr auto table = corroborate::word_bits<corroborate::count_words(kA) + corroborate::count_words(kB) +
                                                corroborate::count_words(kC)>({{kA, 1}, {kB, 2}, {kC, 4}});
  static_assert(table.size == 9);  // "we" and "a" once each
  static_assert(table.of("we") == 3 && table.of("a") == 5 && table.of("zèbre") == 2 && table.of("w") == 0);
  for (std::string_view w : {"you", "your", "we", "a", "é", "our", "zèbre", "news", "day", "", " ", "yo", "days", "zz", "0"})
    CHECK(table.of(w) == (corroborate::listed(w, kA) | corroborate::listed(w, kB) << 1 | corroborate::listed(w, kC) << 2));
}

TEST_CASE("a negation's scope by word: particles, French ones needing 'ne', adverbs, times, auxiliaries, refusals") {
  namespace ns = corroborate::negation_scope;
  using corroborate::negation_scope_of;
  CHECK(negation_scope_of("not") == ns::particle);
  CHECK(negation_scope_of("didn't") == ns::particle);
  CHECK(negation_scope_of("pas") == (ns::particle | ns::french));
  CHECK(negation_scope_of("ne") == ns::ne);
  CHECK(negation_scope_of("n'a") == ns::ne);
  CHECK(negation_scope_of("seriously") == ns::manner);
  CHECK(negation_scope_of("toujours") == ns::adverb);
  CHECK(negation_scope_of("until") == ns::time);
  CHECK(negation_scope_of("jusqu'au") == ns::time);
  CHECK(negation_scope_of("devrait") == ns::auxiliary);
  CHECK(negation_scope_of("être") == ns::auxiliary);
  CHECK(negation_scope_of("~ban") == ns::refusal);
  for (std::string_view w : {"no", "testify", "only", "fly", "~death", "", "n", "pass"})
    CHECK((negation_scope_of(w) & (ns::particle | ns::ne | ns::manner)) == 0);
}

TEST_CASE("hedges by word: possibilities, which hedge the word they go with, conditions and intentions; forecasts") {
  using corroborate::hedge_kind;
  for (std::string_view w : {"could", "may", "might", "possible", "suspected", "pourrait", "éventuelle", "soupçonné"})
    CHECK(hedge_kind(w) == corroborate::hedge::possibility);
  for (std::string_view w : {"whether", "if", "si", "intends", "considering", "seeking", "envisagent", "espèrent"})
    CHECK(hedge_kind(w) == corroborate::hedge::other);
  for (std::string_view w : {"forecast", "expected", "devrait", "prévu"}) CHECK(hedge_kind(w) == corroborate::hedge::forecast);
  for (std::string_view w : {"will", "would", "plans", "hope", "asked", "~spread", "", "mayor"}) CHECK(hedge_kind(w) == 0);
}

TEST_CASE("demonyms: a word for a place's people takes the place's term when the story names the place") {
  Vocabulary vocab;
  const std::vector<corroborate::Article> en = {
      {"a", "a", u("Kestria expelled two diplomats on Friday."), ""},
      {"b", "b", u("Two Kestrian diplomats and three Italians left Japanese waters."), ""},
      {"c", "c", u("Italy and Japan protested; Pakistani officials did not."), ""},
      {"d", "d", u("The indian summer ended."), ""},  // lower case: no English demonym
      {"e", "e", u("Officials from Iran and India met a Valdorian envoy."), ""},  // no Valdoria in the story
      {"f", "f", u("Hungarian and Ukrainian ministers met in Ukraine, not in Hungary."), ""},
      {"g", "g", u("Asian and Cuban orders rose, while Asia and Cuba led sales."), ""},  // a place of four letters
  };
  auto docs = linked_story(en, Language::en, vocab);
  CHECK(carries(docs[1], vocab, Language::en, "Kestria"));
  CHECK_FALSE(carries(docs[1], vocab, Language::en, "Kestrian"));
  CHECK(carries(docs[1], vocab, Language::en, "Italy"));
  CHECK(carries(docs[1], vocab, Language::en, "Japan"));
  CHECK_FALSE(carries(docs[2], vocab, Language::en, "Pakistan"));  // not named by the story
  CHECK(carries(docs[2], vocab, Language::en, "Pakistani"));
  CHECK_FALSE(carries(docs[3], vocab, Language::en, "India"));
  CHECK(carries(docs[4], vocab, Language::en, "Valdorian"));
  CHECK(carries(docs[5], vocab, Language::en, "Ukraine"));
  CHECK_FALSE(carries(docs[5], vocab, Language::en, "Ukrainian"));
  CHECK(carries(docs[5], vocab, Language::en, "Hungary"));
  CHECK_FALSE(carries(docs[6], vocab, Language::en, "Asian"));
  CHECK_FALSE(carries(docs[6], vocab, Language::en, "Cuban"));

  Vocabulary fr_vocab;
  const std::vector<corroborate::Article> fr = {
      {"a", "a", u("L'Ukraine et la France ont signé un accord avec la Chine."), ""},
      {"b", "b", u("Les pêcheurs ukrainiens et la présidence française ont salué les investisseurs chinois."), ""},
      {"c", "c", u("Une délégation ukrainienne est attendue en Europe."), ""},
      {"d", "d", u("Le sommet européen a eu lieu."), ""},
      {"e", "e", u("Les lycéens du Lycée Camus ont manifesté."), ""},  // students, no place
  };
  auto fr_docs = linked_story(fr, Language::fr, fr_vocab);
  CHECK(carries(fr_docs[1], fr_vocab, Language::fr, "Ukraine"));
  CHECK(carries(fr_docs[1], fr_vocab, Language::fr, "France"));
  CHECK(carries(fr_docs[1], fr_vocab, Language::fr, "Chine"));
  CHECK(carries(fr_docs[2], fr_vocab, Language::fr, "Ukraine"));
  CHECK(carries(fr_docs[3], fr_vocab, Language::fr, "Europe"));
  CHECK(carries(fr_docs[4], fr_vocab, Language::fr, "lycéens"));
}

TEST_CASE("relative dates: read against the day an article came out, as the dates they name") {
  Vocabulary vocab;
  // (sentence 0's terms hold `key`, a date's term: "@m01" January, "@m02-3" 3 February, "#2025")
  auto has_key = [](const corroborate::Document& doc, const Vocabulary& v, const char* key) {
    const uint32_t id = v.find(key);
    const auto& terms = doc.norm.sentences.at(0).terms;
    return id != 0 && std::binary_search(terms.begin(), terms.end(), id);
  };
  auto dates = [](const corroborate::Document& doc) {
    std::vector<std::array<int, 3>> out;
    for (const auto& v : doc.norm.sentences.at(0).values)
      if (v.kind == corroborate::Value::Kind::date) out.push_back({v.year, v.month, v.day});
    return out;
  };
  using Days = std::vector<std::array<int, 3>>;
  const std::vector<corroborate::Article> en = {
      {"a", "a", u("The regulator opened an investigation last month."), "", "2026-02-04"},
      {"b", "b", u("The regulator opened an investigation in January."), "", "2026-02-04T09:30:00Z"},
      {"c", "c", u("Police arrested him yesterday, and he appeared in court today."), "", "2026-03-01"},
      {"d", "d", u("She left the company last year; this year's results fell."), "", "2026-01-15"},
      {"e", "e", u("Sales rose over the last year."), "", "2026-02-04"},  // a span of time, not a year
      {"f", "f", u("The regulator opened an investigation last month."), "", ""},  // no date: words
      {"g", "g", u("The regulator opened an investigation last month."), "", "04/02/2026"},  // not ISO: words
      {"h", "h", u("The regulator opened an investigation last month."), "", "2026-02-30"},  // no such day
      {"i", "i", u("The deal closed last month."), "", "2026-01-10"},  // December of the year before
      {"j", "j", u("He was arrested the day before yesterday."), "", "2026-01-10"},  // two days back: left alone
      {"k", "k", u("The trial opens next month and ends next year."), "", "2025-12-10"},
      // in a quotation, the speaker's day, which a quote reprinted later does not tell; after it,
      // the article's again
      {"l", "l", u("\u201CToday's settlement hands that choice back,\u201D she said, and the firm agreed today."), "",
       "2026-03-04"},
      {"m", "m", u("\"We will appeal next month,\" he said."), "", "2026-03-04"},
  };
  auto docs = linked_story(en, Language::en, vocab);
  CHECK(has_key(docs[0], vocab, "@m01"));
  CHECK(carries(docs[0], vocab, Language::en, "month"));  // the word too ("for over a month")
  CHECK_FALSE(carries(docs[0], vocab, Language::en, "last"));
  CHECK(dates(docs[0]) == Days{{2026, 1, 0}});
  CHECK(dates(docs[1]) == Days{{0, 1, 0}});  // "in January": a month of no stated year
  CHECK(has_key(docs[1], vocab, "@m01"));
  CHECK(has_key(docs[2], vocab, "@m02-28"));  // the day before 1 March 2026
  CHECK(has_key(docs[2], vocab, "@m03-1"));
  CHECK(dates(docs[2]) == Days{{2026, 2, 28}, {2026, 3, 1}});
  CHECK(has_key(docs[3], vocab, "#2025"));
  CHECK(has_key(docs[3], vocab, "#2026"));  // "this year's"
  CHECK(dates(docs[3]) == Days{{2025, 0, 0}, {2026, 0, 0}});
  CHECK(carries(docs[4], vocab, Language::en, "year"));
  CHECK(dates(docs[4]).empty());
  for (size_t i : {5, 6, 7}) {
    CHECK(carries(docs[i], vocab, Language::en, "month"));
    CHECK(dates(docs[i]).empty());
  }
  CHECK(has_key(docs[8], vocab, "@m12"));
  CHECK(dates(docs[8]) == Days{{2025, 12, 0}});
  CHECK(dates(docs[9]).empty());
  CHECK(dates(docs[10]) == Days{{2026, 1, 0}, {2026, 0, 0}});
  CHECK(dates(docs[11]) == Days{{2026, 3, 4}});  // the second "today" only
  CHECK(dates(docs[12]).empty());

  Vocabulary fr_vocab;
  const std::vector<corroborate::Article> fr = {
      {"a", "a", u("Le parquet avait ouvert une enquête l’an dernier, puis une autre le mois dernier."), "", "2024-03-01"},
      {"b", "b", u("Il a été interpellé hier et présenté à un juge aujourd'hui."), "", "2024-03-01"},
      {"c", "c", u("Cette année, la récolte a baissé, comme l'année passée."), "", "2024-03-01"},
      {"d", "d", u("Il a été interpellé hier."), "", ""},
      {"e", "e", u("Il a été interpellé avant-hier."), "", "2024-03-01"},  // two days back: left alone
      {"f", "f", u("Le procès s'ouvrira le mois prochain, l'usine l'an prochain."), "", "2024-12-01"},
      {"g", "g", u("« Nous ferons appel le mois prochain », a déclaré son avocat hier."), "", "2024-12-01"},
  };
  auto fr_docs = linked_story(fr, Language::fr, fr_vocab);
  auto dates_fr = [&](size_t i) { return dates(fr_docs[i]); };
  CHECK(dates_fr(0) == Days{{2023, 0, 0}, {2024, 2, 0}});
  CHECK(dates_fr(1) == Days{{2024, 2, 29}, {2024, 3, 1}});  // a leap year
  CHECK(dates_fr(2) == Days{{2024, 0, 0}, {2023, 0, 0}});
  CHECK(dates_fr(3).empty());
  CHECK(dates_fr(4).empty());
  CHECK(dates_fr(5) == Days{{2025, 1, 0}, {2025, 0, 0}});
  CHECK(dates_fr(6) == Days{{2024, 11, 30}});  // "hier", not the quoted "le mois prochain"
  CHECK(has_key(fr_docs[0], fr_vocab, "@m02"));
}
