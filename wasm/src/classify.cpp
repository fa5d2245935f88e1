// Agreement, detail words and conflicts, read off the claims.
#include "classify.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <map>
#include <cmath>
#include <unordered_map>

namespace corroborate {

namespace {

// Word k of sentence `ns` is a name: capitalised, and not only for opening the sentence.
bool is_name(const NormalizedSentence& ns, uint32_t k, const Token& t) { return t.capitalized && k != ns.first_token; }

}  // namespace

[[gnu::noinline]] void mark_agreement(std::vector<Document>& docs, const std::vector<Claim>& claims) {
  // per claim, how many of its sentences carry each term: a word is detail when no sentence of
  // the claim but its own has it (counted once per claim, so big claims cost no more than small)
  std::vector<std::unordered_map<uint32_t, uint32_t>> carried(claims.size());
  for (size_t c = 0; c < claims.size(); ++c) {
    if (claims[c].support < 2) continue;
    for (const ClaimMember& m : claims[c].members)
      for (uint32_t t : docs[m.article].norm.sentences[m.sentence].terms) ++carried[c][t];
  }
  auto elsewhere = [&](const std::vector<uint32_t>& claim_ids, uint32_t term) {
    for (uint32_t c : claim_ids) {
      auto it = carried[c].find(term);
      if (it != carried[c].end() && it->second > 1) return true;  // more than the sentence itself
    }
    return false;
  };

  for (uint32_t d = 0; d < docs.size(); ++d) {
    Document& doc = docs[d];
    for (uint32_t s = 0; s < doc.seg.sentences.size(); ++s) {
      if (!doc.is_content(s)) continue;
      const bool agreed = std::any_of(doc.claims[s].begin(), doc.claims[s].end(),
                                      [&](uint32_t c) { return claims[c].support > 1; });
      doc.kinds[s] = agreed ? SentenceKind::agree : SentenceKind::detail;
      if (!agreed) continue;

      // detail words: maximal runs of content words no counterpart has; function words inside a
      // run are taken along ("on 20 April"), at its edges left out.  A lone common word
      // ("recent", "use") is wording, not detail: a run needs two content words, or a name or
      // number ("Europol", "20 April").
      const NormalizedSentence& ns = doc.norm.sentences[s];
      const int32_t primary = static_cast<int32_t>(doc.claims[s].front());
      int64_t run_start = -1, run_end = -1;
      uint32_t run_words = 0;
      bool run_specific = false;
      auto flush = [&] {
        if (run_start >= 0 && (run_words >= 2 || run_specific))
          doc.spans.push_back({Span::Kind::detail, {uint32_t(run_start), uint32_t(run_end)}, primary, {}});
        run_start = run_end = -1;
        run_words = 0;
        run_specific = false;
      };
      for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
        const Token& t = doc.norm.tokens[k];
        if (t.stop) continue;
        if (elsewhere(doc.claims[s], t.term)) {
          flush();
        } else {
          if (run_start < 0) run_start = t.range.start;
          run_end = t.range.end;
          ++run_words;
          run_specific = run_specific || t.numeric || is_name(ns, k, t);
        }
      }
      flush();
    }
  }
}

namespace {

std::string slice_utf8(const Document& doc, Range r) { return utf16_to_utf8(doc.text().substr(r.start, r.size())); }

// Two values that measure the same thing: dates; numbers (both percentages or neither) of the
// same thing counted, though one may name it with a modifier ("40 rail cars", "50 cars": one's
// unit is the other's head word).  Two head words alone are not enough ("1,200 residents
// evacuated", "3,000 homes evacuated").
bool same_measure(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == Value::Kind::date) return true;
  if (a.percent != b.percent) return false;  // "54% of residents", "54 residents"
  if (a.place_size != b.place_size) return false;  // "a village of 3,000 residents", "1,200 residents evacuated"
  if (a.hours || b.hours) return a.hours == b.hours;  // durations: "48 hours", "three days"
  // (what one measures named before "of" is the other's: "a crowd of 78,500" / "A crowd of 81,432
  // watched the match")
  auto named = [](const Value& x, const Value& y) { return x.named && (x.named == y.named || x.named == y.unit || x.named == y.unit2); };
  if (named(a, b) || named(b, a)) return true;
  if (a.unit == 0 || b.unit == 0) return a.unit == b.unit;
  return a.unit == b.unit || a.unit == b.unit2 || a.unit2 == b.unit;
}

// The values of one kind (and unit) in a sentence.
std::vector<const Value*> values_like(const NormalizedSentence& s, const Value& like) {
  std::vector<const Value*> out;
  for (const Value& v : s.values)
    if (same_measure(v, like)) out.push_back(&v);
  return out;
}

constexpr double kCloseVersions = 0.35;

// The values a number allows: "more than 100" 100 and up, "up to 120" 120 at most; a rounded one,
// "about 80", what rounds to it at its last significant digit, within 5% and 20% of it: 70-90;
// "environ 48 millions" 45.6-50.4 million, no "environ 42 millions"; "about 400" 320-480.
std::pair<double, double> interval(const Value& v) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const double x = v.number;
  // a time of day: "around 9:40" within a quarter of an hour (minutes, not a share of it); one
  // written to the hour, "4pm", "vers 16 h", about or not, within the half hours either side, so
  // that "3.52am" and "10:18" are in "4 a.m." and "10 a.m." but "3am" is not in "4 a.m."
  if (v.clock && (v.bound == Bound::about || (v.to_the_hour && v.bound == Bound::exact))) {
    const double half = v.to_the_hour ? 29 : 15;
    return {x - half, x + half};
  }
  switch (v.bound) {
    case Bound::about: {
      double step = 1;  // the place of its last significant digit
      const double ax = std::fabs(x);
      if (ax > 0 && std::isfinite(ax)) {  // (a number of 400 digits is infinite)
        // (without pow() and log10(), which would bring 5 KB gzip of the C library into the module)
        while (step * 10 <= ax) step *= 10;
        while (step > 1e-3 && std::fabs(ax / step - std::round(ax / step)) > 1e-6) step /= 10;
      }
      const double half = std::clamp(step, 0.05 * ax, 0.2 * ax);
      return {x - half, x + half};
    }
    case Bound::at_least: return {x, kInf};
    case Bound::at_most: return {-kInf, x};
    case Bound::exact: break;
  }
  // a duration of a few months (under two years, not whole years) is as long as its months are, 28
  // to 31 days: "three months" allows "12 weeks" (not "seven and a half years" "seven years")
  constexpr double kMonth = 730;  // hours (see hours_in())
  // (whole numbers by floor(), which WebAssembly has as an instruction, not fmod(), a library call
  // that made the 1,000-article benchmark 1.15 times slower)
  if (v.hours && x < 24 * kMonth && x / kMonth == std::floor(x / kMonth) && x / 24 != std::floor(x / 24))
    return {x * 28 * 24 / kMonth, x * 31 * 24 / kMonth};
  return {x, x};
}

// Two values that really differ: numbers that cannot both be right ("80" and "more than 100", not
// "about 80" and "up to 120"); dates that differ on a field both state (a less precise one does
// not conflict).
bool differ(const Value& a, const Value& b) {
  if (a.kind == Value::Kind::number) {
    // two bare numbers: of what?
    if (a.unit == 0 && b.unit == 0 && !a.named && !b.named && !a.hours && !a.percent) return false;
    // a whole number can be the other's rounding: "16 %" / "16,2 %", "magnitude 6" / "6.4"
    auto rounds = [](const Value& whole, const Value& x) {
      return whole.bound == Bound::exact && whole.number == std::floor(whole.number) &&
             x.number != std::floor(x.number) && std::fabs(whole.number - x.number) <= 0.5;
    };
    if (rounds(a, b) || rounds(b, a)) return false;
    const auto [alo, ahi] = interval(a);
    const auto [blo, bhi] = interval(b);
    // (a share of the larger, not for times of day: 1% of 23:00 is 14 minutes)
    const double slack = a.clock ? 0 : 0.01 * std::max(std::fabs(a.number), std::fabs(b.number));
    return ahi + slack < blo || bhi + slack < alo;
  }
  // (two dates decades apart tell two events -- a bridge opened in 1968, inspected in February 2024
  // -- not one misdated; nor does one day of the year in two years -- a tariff changed on 1 February
  // 2025 and again on 1 February 2026)
  if (a.year && b.year && (std::abs(a.year - b.year) > 10 || (a.month == b.month && a.day && a.day == b.day)))
    return false;
  if (a.year && b.year && a.year != b.year) return true;
  if (a.month && b.month && a.month != b.month) return true;
  if (!a.month || a.month != b.month || !a.day || !b.day) return false;
  // (a span of two days differs from another span, and from a day outside it: "18-19 March" and
  // "17-18 March" are two strikes, "4 and 5 February" has "February 4" in it)
  const int a_last = a.last_day ? a.last_day : a.day, b_last = b.last_day ? b.last_day : b.day;
  if (a.last_day && b.last_day) return a.day != b.day || a_last != b_last;
  return b_last < a.day || a_last < b.day;
}

// Two numbers an order of magnitude apart count different things (the outbreak's 127 cases, the
// 15,000 of a national wave years before), not one thing two outlets report differently.
bool far_apart(const Value& a, const Value& b) {
  const double small = std::min(std::fabs(a.number), std::fabs(b.number));
  return a.kind == Value::Kind::number && !a.clock && small > 0 && std::max(std::fabs(a.number), std::fabs(b.number)) > 10 * small;
}

// The first word of sentence `ns` that ends after `offset`: the word at it, or the next one.
uint32_t word_at(const NormalizedSentence& ns, const std::vector<Token>& tokens, uint32_t offset) {
  uint32_t k = ns.first_token;
  while (k < ns.end_token && tokens[k].range.end <= offset) ++k;
  return k;
}

// A time of day stamping an update, not a time its claim tells: "UPDATE 18:40: A man has been
// arrested", "EDIT 6.50pm: Police have now arrested a man", "Mise à jour 14h05 : le feu est fixé"
// (the time, after two content words at most, and a colon or a dash after it).
bool stamp(const Document& doc, const NormalizedSentence& ns, const Value& v) {
  if (!v.clock) return false;
  const uint32_t k = word_at(ns, doc.norm.tokens, v.range.start);
  uint32_t words = 0;
  for (uint32_t j = ns.first_token; j < k; ++j) {
    if (doc.norm.tokens[j].numeric) return false;
    words += !doc.norm.tokens[j].stop;
  }
  if (words > 2) return false;
  const std::u16string_view text = doc.text();
  const uint32_t after = skip_blanks(text, v.range.end, text.size());
  return after < text.size() && std::u16string_view(u":-\u2013\u2014|").find(text[after]) != std::u16string_view::npos;
}

// The words that govern a value: the content words among the three words each side of it (past
// the counted thing, and not counting names), not numbers, names (the story's places and people,
// near any of its values) or the counted thing itself ("about 40 rail cars derailed" -> derail;
// "a village of some 3,000 residents south of" -> villag, south).
// `temporal`: the folded words that place a date within a span or name its weekday ("the end of
// January", "fin mars", "early May", "jeudi 26 février", "à partir du 16 janvier"), sorted; they
// govern no date.
std::vector<uint32_t> governing_words(const Document& doc, uint32_t sentence, const Value& v,
                                      const std::vector<uint32_t>& temporal) {
  constexpr int kEachSide = 3;  // words
  const NormalizedSentence& ns = doc.norm.sentences[sentence];
  const auto& tokens = doc.norm.tokens;
  const std::u16string_view text = doc.text();
  std::vector<uint32_t> out;
  // one step per word but the story's names, which come in runs ("Halden Foods", "Great Lakes
  // Rail") between a value and its verb: "agreed to buy rival Halden Foods for $4.2 billion"
  auto take = [&](uint32_t k) {
    const Token& t = tokens[k];
    // a day's date counts no function word ("est prévue le jeudi 12 mars": "prévue" and the word
    // before it govern it); a month or a year counts them, or it reaches the words of other events
    // ("deliver 600 homes … by the end of January" / "inked in August 2024, was supposed to deliver")
    if (t.stop && v.kind == Value::Kind::date && v.day) return 0;
    if (t.stop || t.numeric) return 1;
    if (is_name(ns, k, t)) return 0;  // names: the story's, not the measure's
    if (v.kind == Value::Kind::date && std::binary_search(temporal.begin(), temporal.end(), t.surface)) return 1;
    out.push_back(t.term);
    return 1;
  };
  uint32_t k = word_at(ns, tokens, v.range.start);
  const uint32_t first_inside = k;
  for (int seen = 0; k > ns.first_token && seen < kEachSide;) seen += take(--k);
  k = first_inside;
  while (k < ns.end_token && tokens[k].range.start < v.range.end) ++k;
  // past the words naming the counted thing ("rail cars", "sapeurs-pompiers")
  while (k < ns.end_token && (tokens[k].term == v.unit || tokens[k].term == v.unit2 ||
                              (k > ns.first_token && joined_by_hyphen(text, tokens[k - 1], tokens[k])) || (tokens[k].stop && (v.unit || v.unit2))))
    ++k;
  for (int seen = 0; k < ns.end_token && seen < kEachSide;) seen += take(k++);
  std::sort(out.begin(), out.end());
  return out;
}

bool share_any(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t x : a)
    if (std::binary_search(b.begin(), b.end(), x)) return true;
  return false;
}

// A person or body named in a role: "President Julio Vargas", "French President Emmanuel Macron",
// "prosecutor Laure Beccuau", "le maire, Jean Dupont"; or as the agent of an action, "fined by the
// European Commission".  The role is a title word inside the run of capitalised words, the last
// one before the name, a role word (lower case) right before the run, a comma between allowed, or
// the word before "by" / "par" (function words between allowed).
constexpr uint32_t kAgentRole = 1u << 31;  // a role that is an action's agent (term | this bit)

struct Named {
  uint32_t role = 0;                  // the role word's term (an action's: term | kAgentRole)
  Range range;                        // the name as written
  std::vector<uint32_t> surfaces;     // its words, folded (sorted)
  uint32_t first_surface = 0, last_surface = 0;  // its first and last words, folded
  bool initial = false;               // its first word is an initial ("J. Smith")
  std::vector<uint32_t> terms;        // its words' terms ("Germany's" is "Germany", "EU" the EU)
  // its last word alone, or its first, for a name of two words or more (else no word)
  Named surname() const { return one_word(last_surface, terms.empty() ? 0 : terms.back()); }
  Named given() const { return one_word(first_surface, terms.empty() ? 0 : terms.front()); }

 private:
  Named one_word(uint32_t surface, uint32_t term) const {
    Named word;
    word.role = role;
    word.range = range;
    if (terms.size() >= 2) word.surfaces = {surface}, word.terms = {term};
    return word;
  }
};

// What a folded word is to named_roles(), worked out once per word of the story.
class RoleWords {
 public:
  explicit RoleWords(const Vocabulary& vocab) : vocab_(vocab), kinds_(vocab.size(), kUnknown) {}
  bool role(uint32_t surface) { return kind(surface) & kRole; }
  bool agent_marker(uint32_t surface) { return kind(surface) & kAgent; }
  bool of(uint32_t surface) { return kind(surface) & kOf; }

 private:
  static constexpr uint8_t kUnknown = 0x80, kRole = 1, kAgent = 2, kOf = 4;
  uint8_t kind(uint32_t surface) {
    if (kinds_[surface] == kUnknown) {
      const std::string& w = vocab_.key(surface);
      kinds_[surface] = static_cast<uint8_t>((is_role_word(w) ? kRole : 0) | (w == "by" || w == "par" ? kAgent : 0) |
                                             (listed(w, "of de du des") ? kOf : 0));
    }
    return kinds_[surface];
  }
  const Vocabulary& vocab_;
  std::vector<uint8_t> kinds_;
};

std::vector<Named> named_roles(const Document& doc, uint32_t sentence, RoleWords& words) {
  const NormalizedSentence& ns = doc.norm.sentences[sentence];
  const auto& tokens = doc.norm.tokens;
  const std::u16string_view text = doc.text();
  auto is_role = [&](uint32_t k) { return words.role(tokens[k].surface); };
  auto in_name = [&](uint32_t k) { return tokens[k].capitalized && !tokens[k].numeric && !tokens[k].stop; };
  // (a name's words are a space apart, or an initial's full stop and a space: "R. Aldane")
  auto joined = [&](uint32_t i) {
    const Range prev = tokens[i - 1].range;
    return tokens[i].range.start == prev.end + 1 ||
           (prev.size() == 1 && tokens[i].range.start == prev.end + 2 && text.substr(prev.end, 2) == u". ");
  };
  std::vector<Named> out;
  uint32_t k = ns.first_token;
  while (k < ns.end_token) {
    if (!in_name(k)) {
      ++k;
      continue;
    }
    uint32_t a = k, b = k;
    while (b < ns.end_token && in_name(b) && (b == a || joined(b))) ++b;
    k = b;
    Named n;
    for (uint32_t i = b - 1; i > a; --i)  // a title inside the run: the last one before the name
      if (is_role(i - 1)) {
        n.role = tokens[i - 1].term;
        a = i;
        break;
      }
    if (!n.role && a > ns.first_token) {  // a role word before it: "prosecutor Laure Beccuau"
      const Token& before = tokens[a - 1];
      const std::u16string_view gap = text.substr(before.range.end, tokens[a].range.start - before.range.end);
      if (!before.capitalized && is_role(a - 1) && (gap == u" " || gap == u", ")) n.role = before.term;
      // or a role of something, a comma before the name: "the chief inspector of mines, Rupert
      // Aldane", "le directeur de la SAHV, Bertrand Lhoste"
      for (uint32_t r = a - 1; !n.role && gap == u", " && r > ns.first_token && r + 4 >= a; --r)
        if (is_role(r - 1) && !tokens[r - 1].capitalized && words.of(tokens[r].surface)) n.role = tokens[r - 1].term;
    }
    if (!n.role) {  // the agent of an action: "fined by the European Commission", "revendiqué par l'EI"
      uint32_t i = a;
      while (i > ns.first_token && tokens[i - 1].stop && !words.agent_marker(tokens[i - 1].surface)) --i;
      if (i > ns.first_token + 1 && words.agent_marker(tokens[i - 1].surface) && a - i <= 2) {
        const Token& action = tokens[i - 2];
        if (!action.stop && !action.numeric && !action.capitalized) n.role = action.term | kAgentRole;
      }
    }
    // (a lone initial is no name: "R." where a sentence was cut after it)
    if (!n.role || is_role(a) || (b - a == 1 && tokens[a].range.size() == 1)) continue;
    n.range = {tokens[a].range.start, tokens[b - 1].range.end};
    for (uint32_t i = a; i < b; ++i) n.surfaces.push_back(tokens[i].surface), n.terms.push_back(tokens[i].term);
    n.first_surface = tokens[a].surface, n.last_surface = tokens[b - 1].surface;
    n.initial = tokens[a].range.size() == 1;
    std::sort(n.surfaces.begin(), n.surfaces.end());
    out.push_back(std::move(n));
  }
  return out;
}

// Adds a conflict to `claim` and marks it, once per value, in the article.
void add_conflict(std::vector<Document>& docs, Claim& claim, uint32_t c, uint32_t article, Range at, std::string text,
                  std::vector<std::string> others) {
  // (a value found again against another version: one entry, with the other's value too)
  auto known = std::find_if(claim.conflicts.begin(), claim.conflicts.end(), [&](const Conflict& x) {
    return x.article == article && x.range.start == at.start && x.range.end == at.end;
  });
  if (known != claim.conflicts.end()) {
    for (std::string& o : others)
      if (std::find(known->others.begin(), known->others.end(), o) == known->others.end()) known->others.push_back(std::move(o));
    std::sort(known->others.begin(), known->others.end());
    return;
  }
  claim.conflicts.push_back({article, at, std::move(text), std::move(others)});
  // one span per value, though a sentence in several claims conflicts in each (it names the first)
  auto& spans = docs[article].spans;
  if (std::none_of(spans.begin(), spans.end(), [&](const Span& sp) {
        return sp.kind == Span::Kind::conflict && sp.range.start == at.start && sp.range.end == at.end;
      }))
    spans.push_back({Span::Kind::conflict, at, static_cast<int32_t>(c), {}});
}

// People or bodies named in the same role by two versions of a claim, no word of either name in
// the other version: "President Julio Vargas" against "President Carlos Mendez" (not "President
// Vargas", nor "Julio Vargas, the president"), "fined by the European Commission" against "fined
// by Ofcom".  Each version naming one in that role.
[[gnu::noinline]] void find_name_conflicts(std::vector<Document>& docs, Claim& claim, uint32_t c, RoleWords& words) {
  struct Stated {
    uint32_t member;
    Named named;
  };
  std::map<uint32_t, std::vector<Stated>> by_role;  // ordered: output stays deterministic
  for (uint32_t i = 0; i < claim.members.size(); ++i) {
    const ClaimMember& m = claim.members[i];
    auto named = named_roles(docs[m.article], m.sentence, words);
    for (const Named& n : named)
      if (std::count_if(named.begin(), named.end(), [&](const Named& o) { return o.role == n.role; }) == 1)
        by_role[n.role].push_back({i, n});
  }
  // (a version says a name when it has one of its words, or one of their terms: "Germany's" says
  // "Germany", "the European Union" says "the EU")
  auto says = [&](uint32_t member, const Named& name) {
    const ClaimMember& m = claim.members[member];
    const NormalizedSentence& ns = docs[m.article].norm.sentences[m.sentence];
    for (uint32_t t : name.terms)
      if (std::binary_search(ns.terms.begin(), ns.terms.end(), t)) return true;
    for (uint32_t k = ns.first_token; k < ns.end_token; ++k)
      if (std::binary_search(name.surfaces.begin(), name.surfaces.end(), docs[m.article].norm.tokens[k].surface)) return true;
    return false;
  };

  // A claim a thousand outlets make costs no million comparisons: per role, the first kNames
  // distinct names are compared, each through its first kTries statements.
  constexpr size_t kNames = 32, kTries = 4;
  for (const auto& [role, stated] : by_role) {
    struct Distinct {
      const std::vector<uint32_t>* surfaces;
      std::vector<const Stated*> stated;
    };
    std::vector<Distinct> distinct;
    for (const Stated& x : stated) {
      auto it = std::find_if(distinct.begin(), distinct.end(), [&](const Distinct& d) { return *d.surfaces == x.named.surfaces; });
      if (it != distinct.end()) it->stated.push_back(&x);
      else if (distinct.size() < kNames) distinct.push_back({&x.named.surfaces, {&x}});
    }
    if (distinct.size() < 2) continue;
    for (const Stated& x : stated) {
      const ClaimMember& mx = claim.members[x.member];
      std::vector<std::string> others;
      for (const Distinct& d : distinct) {
        // the same person, or another of that name -- unless the two share a first name, each
        // with a surname of its own ("Julien Morvan" / "Julien Moreau"): the surnames decide
        const Named& first = d.stated.front()->named;
        const Named x_surname = x.named.surname(), d_surname = first.surname();
        const bool surnames = !x_surname.surfaces.empty() && !d_surname.surfaces.empty() &&
                              !share_any(x_surname.surfaces, first.surfaces) && !share_any(d_surname.surfaces, x.named.surfaces);
        // nor when the two share a surname, each with a first name of its own, not an initial
        // ("Rupert Aldane" / "Robert Aldane", "Bertrand Lhoste" / "Bernard Lhoste"): the first
        // names decide
        const Named x_given = x.named.given(), d_given = first.given();
        const bool given = !surnames && !x_given.surfaces.empty() && !d_given.surfaces.empty() &&
                           x.named.last_surface == first.last_surface && !share_any(x_given.surfaces, first.surfaces) && !share_any(d_given.surfaces, x.named.surfaces) &&
                           !x.named.initial && !first.initial;
        if (share_any(*d.surfaces, x.named.surfaces) && !surnames && !given) continue;
        for (size_t t = 0; t < d.stated.size() && t < kTries; ++t) {
          const Stated& y = *d.stated[t];
          const ClaimMember& my = claim.members[y.member];
          if (my.article == mx.article || says(y.member, surnames ? x_surname : given ? x_given : x.named) ||
              says(x.member, surnames ? y.named.surname() : given ? y.named.given() : y.named))
            continue;
          others.push_back(slice_utf8(docs[my.article], y.named.range));
          break;
        }
      }
      if (others.empty()) continue;
      std::sort(others.begin(), others.end());
      others.erase(std::unique(others.begin(), others.end()), others.end());
      add_conflict(docs, claim, c, mx.article, x.named.range, slice_utf8(docs[mx.article], x.named.range), std::move(others));
    }
  }
}

}  // namespace

// A number that counts more of a thing, besides those counted elsewhere: "a further 31,000
// vehicles", "another 31,000", "nine other departments", "neuf autres", "5,000 more".  It answers
// no other number of that thing, only another such ("injuring 41 others" / "47 others were
// injured").
bool counts_more(const Document& doc, uint32_t sentence, const Value& v, const Vocabulary& vocab) {
  constexpr std::string_view kBefore = "further another additional extra other";
  constexpr std::string_view kAfter = "other others more additional autres supplémentaires supplémentaire extra";
  const NormalizedSentence& ns = doc.norm.sentences[sentence];
  const auto& tokens = doc.norm.tokens;
  uint32_t k = ns.first_token;
  while (k < ns.end_token && tokens[k].range.end <= v.range.start) ++k;
  if (k > ns.first_token && listed(vocab.key(tokens[k - 1].surface), kBefore)) return true;
  while (k < ns.end_token && tokens[k].range.start < v.range.end) ++k;
  return k < ns.end_token && listed(vocab.key(tokens[k].surface), kAfter);
}

// An article states (among `numbers`, its numbers of v's measure) a number that v does not differ
// from: the two articles agree on that figure, and the differing one counts something else
// (a gust at another place, the homes still cut off at night).
// (a bound open on one side agrees with too much to count: "in a little over three years" states
// no seven and a half)
bool states_alike(const std::vector<const Value*>& numbers, const Value& v) {
  for (const Value* w : numbers)
    if (w->bound != Bound::at_least && w->bound != Bound::at_most && same_measure(v, *w) && !differ(v, *w) &&
        !differ(*w, v))
      return true;
  return false;
}

// Whether a member states a value in the part of its sentence that makes the claim: a lead found
// through one of its clauses ("raided the offices …, while prosecutors confirmed … hearings in
// April") is a close version of the claim in that clause; its other clauses' figures and dates
// are only as close as the whole sentence is ("analysed the GP records of 412,600 adults …, and
// followed them for a median of 11 years" / "… for about 15 years": close as a whole).
bool in_part(const ClaimMember& m, const Value& v) {
  return m.part.empty() || (v.range.start >= m.part.start && v.range.end <= m.part.end);
}

[[gnu::noinline]] void find_conflicts(std::vector<Document>& docs, std::vector<Claim>& claims, const Vocabulary& vocab,
                                      const std::vector<outcome::Kinds>& outcome) {
  RoleWords words(vocab);
  std::vector<uint32_t> temporal;
  // (words that place a date, not what it dates: "the end of January", "à partir du 16 janvier")
  for (std::string_view w : {"end", "start", "beginning", "middle", "early", "late", "fin", "début", "milieu", "mi",
                             "partir", "compter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
    if (uint32_t id = vocab.find(std::string(w))) temporal.push_back(id);
  std::sort(temporal.begin(), temporal.end());
  // The story's year: the one its articles' dates name most, datelines included (0 if none; the
  // later of two named as often).  A number in a sentence dated to another year tells of another
  // time ("The valley's previous deadliest heatwave, in 2014, killed nine people"): it answers
  // only numbers of that year.
  int story_year = 0;
  {
    std::vector<uint32_t> years;
    for (const Document& doc : docs)
      for (const NormalizedSentence& ns : doc.norm.sentences)
        for (const Value& v : ns.values)
          if (v.kind == Value::Kind::date && v.year > 0) years.push_back(static_cast<uint32_t>(v.year));
    std::sort(years.begin(), years.end());
    size_t most = 0;
    for (size_t i = 0, j = 0; i < years.size(); i = j) {
      while (j < years.size() && years[j] == years[i]) ++j;
      if (j - i >= most) most = j - i, story_year = static_cast<int>(years[i]);
    }
  }
  // A date two years or more from the story's tells of another time ("the last fare increase, in
  // 2017") and answers only another such: not "takes effect May 4, 2026"; a year apart, it may be
  // one misdated.
  auto other_time = [&](const Value& date) { return date.year && story_year && std::abs(date.year - story_year) >= 2; };
  // (the year within four words of the number: "in 2014, killed nine people", not "founded in
  // 1957 … offers 36.50 euros a share")
  auto year_of = [&](const Document& doc, const NormalizedSentence& ns, const Value& number) {
    constexpr uint32_t kNear = 4;  // words
    for (const Value& v : ns.values) {
      if (v.kind != Value::Kind::date || !v.year || v.year == story_year) continue;
      const uint32_t a = word_at(ns, doc.norm.tokens, v.range.start), b = word_at(ns, doc.norm.tokens, number.range.start);
      if ((a > b ? a - b : b - a) <= kNear) return v.year;
    }
    return 0;
  };
  struct Stated {
    uint32_t member;
    const Value* value;
    int year;  // a number's sentence's own year, when not the story's (0: none); -1: a date of another time
    bool more;                       // it counts more of a thing (counts_more()): it answers only another such
    bool close;                      // the member is a close version of the claim
    std::vector<uint32_t> governing;  // governing_words()
    std::string text;                 // the value as the article writes it
    const NormalizedSentence* sentence;
    bool negated;                     // a percentage's sentence negates (see complement below)
  };
  // (a sentence with a negation: "not", "n'était pas", "wasn't", "uninsured")
  auto negates = [&](const Document& doc, const NormalizedSentence& ns) {
    for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
      const std::string& w = vocab.key(doc.norm.tokens[k].surface);
      if (is_negation_word(w) || listed(w, "without sans uninsured"))
        return true;
    }
    return false;
  };
  // a term naming what happened ("~steal") in both sentences
  auto share_event = [&](const NormalizedSentence& a, const NormalizedSentence& b) {
    for (uint32_t t : a.terms)
      if (t < outcome.size() && (outcome[t] & outcome::event) && std::binary_search(b.terms.begin(), b.terms.end(), t))
        return true;
    return false;
  };
  const uint32_t people[] = {vocab.find("peopl"), vocab.find("person"), vocab.find("personn")};  // (stems)
  for (uint32_t c = 0; c < claims.size(); ++c) {
    Claim& claim = claims[c];
    if (claim.support < 2) continue;
    // Each member's values, by what they measure (dates; numbers of one unit).  Only a sentence's
    // single value of a kind is taken: with several, which answers which is unclear.  A value joins
    // every group whose first it measures alike ("the three passengers taken to hospital" answers
    // both "Fourteen passengers were treated" and "four were taken to hospital").
    std::vector<std::vector<Stated>> by_measure;  // each joined by same_measure() to its first
    for (uint32_t i = 0; i < claim.members.size(); ++i) {
      const ClaimMember& m = claim.members[i];
      const NormalizedSentence& ns = docs[m.article].norm.sentences[m.sentence];
      // (not an update's time stamp, which is no value of the claim: see stamp())
      auto stated_like = [&](const Value& v) {
        size_t count = 0;
        for (const Value* w : values_like(ns, v)) count += !stamp(docs[m.article], ns, *w);
        return count;
      };
      for (const Value& v : ns.values)
        if (!v.range_end && !stamp(docs[m.article], ns, v) && stated_like(v) == 1) {
          const int year = v.kind == Value::Kind::number ? year_of(docs[m.article], ns, v) : other_time(v) ? -1 : 0;
          const Stated stated{i, &v, year,
                              counts_more(docs[m.article], m.sentence, v, vocab),
                              (in_part(m, v) ? m.similarity : m.whole_similarity) >= kCloseVersions,
                              governing_words(docs[m.article], m.sentence, v, temporal),
                              slice_utf8(docs[m.article], v.range), &ns,
                              v.percent && negates(docs[m.article], ns)};
          bool placed = false;
          for (auto& group : by_measure)
            if (same_measure(*group.front().value, v)) group.push_back(stated), placed = true;
          if (!placed) by_measure.push_back({stated});
        }
    }
    // The same word governs both, or what one counts stands by the other ("magnitude 6.4
    // earthquake" / "6.2-magnitude quake"; "Fourteen people have died" / "the number of people
    // killed has risen to 17"); or both count the same thing in sentences that name one event, the
    // two figures within a factor of two ("hackers had stolen personal information belonging to
    // about 6.4 million customers" / "hackers stole personal information from 4.6 million
    // customers"; not 41 goals conceded and 17 scored).
    // (`alike`: the same thing counted, the two figures within a factor of two; people are counted
    // for too many things -- rescued, injured, evacuated -- to tell one count by that alone)
    auto alike = [&](const Stated& x, const Stated& y) {
      return x.value->unit && x.value->unit == y.value->unit &&
             std::find(std::begin(people), std::end(people), x.value->unit) == std::end(people) &&
             std::max(std::fabs(x.value->number), std::fabs(y.value->number)) <=
                 2 * std::min(std::fabs(x.value->number), std::fabs(y.value->number));
    };
    // (close versions answer each other with figures within a factor of two: further apart, they
    // count different things, a winner's 14,206 votes and her majority of 3,288)
    auto near = [](const Stated& x, const Stated& y) {
      const double a = std::fabs(x.value->number), b = std::fabs(y.value->number);
      return x.value->kind != Value::Kind::number || std::max(a, b) <= 2 * std::min(a, b);
    };
    auto answer = [&](const Stated& x, const Stated& y) {
      auto has = [](const std::vector<uint32_t>& words, uint32_t t) { return t && std::binary_search(words.begin(), words.end(), t); };
      return share_any(x.governing, y.governing) || has(x.governing, y.value->unit) || has(y.governing, x.value->unit) ||
             has(x.governing, y.value->unit2) || has(y.governing, x.value->unit2) ||
             (alike(x, y) && share_event(*x.sentence, *y.sentence));
    };
    // A version that names, besides a date of its own, the weekday the other's date carries tells
    // that day by its weekday, and its own date is another event's ("due to meet on Friday …, their
    // first talks since negotiations broke down on Feb. 20" / "will attend talks … on Friday 6
    // March").
    auto weekday_before = [&](const Stated& x) -> uint32_t {  // the weekday written before a date (0: none)
      const auto& tokens = docs[claim.members[x.member].article].norm.tokens;
      const NormalizedSentence& ns = *x.sentence;
      uint32_t k = word_at(ns, tokens, x.value->range.start);
      while (k > ns.first_token && tokens[k - 1].stop) --k;
      return k > ns.first_token && is_weekday_key(vocab.key(tokens[k - 1].term)) ? tokens[k - 1].term : 0;
    };
    auto names_term = [](const NormalizedSentence& ns, uint32_t term) {
      return std::binary_search(ns.terms.begin(), ns.terms.end(), term);
    };
    auto by_weekday = [&](const Stated& x, const Stated& y) {
      if (x.value->kind != Value::Kind::date) return false;
      const uint32_t wx = weekday_before(x), wy = weekday_before(y);
      return (wy && !wx && names_term(*x.sentence, wy)) || (wx && !wy && names_term(*y.sentence, wx));
    };
    // Two shares that make the whole, one of a group and one of the rest, one sentence negating
    // what the other says: "un viticulteur sur trois est assuré" / "comme deux viticulteurs sur
    // trois, il n'était pas assuré".
    auto complement = [&](const Stated& x, const Stated& y) {
      if (!x.value->percent || !y.value->percent || x.negated == y.negated) return false;
      const auto [xlo, xhi] = interval(*x.value);
      const auto [ylo, yhi] = interval(*y.value);
      return xlo + ylo <= 101 && xhi + yhi >= 99;
    };
    for (const auto& stated : by_measure) {
      // the distinct values stated, each with its statements
      struct Distinct {
        const Value* value;
        std::vector<const Stated*> stated;
      };
      std::vector<Distinct> distinct;
      for (const Stated& x : stated) {
        auto it = std::find_if(distinct.begin(), distinct.end(),
                               [&](const Distinct& d) { return !differ(*x.value, *d.value) && !differ(*d.value, *x.value); });
        if (it == distinct.end()) it = distinct.insert(distinct.end(), {x.value, {}});
        it->stated.push_back(&x);
      }
      if (distinct.size() < 2) continue;
      // each article's numbers of this measure, in its sentences that are not furniture, read when
      // first asked for (most claims state no differing numbers)
      std::unordered_map<uint32_t, std::vector<const Value*>> of_measure;
      auto numbers_of = [&](uint32_t article) -> const std::vector<const Value*>& {
        auto [it, added] = of_measure.try_emplace(article);
        if (added) {
          const Document& doc = docs[article];
          for (size_t s = 0; s < doc.norm.sentences.size(); ++s)
            if (doc.kinds[s] != SentenceKind::boilerplate)
              for (const Value& w : doc.norm.sentences[s].values)
                if (w.kind == Value::Kind::number && same_measure(*stated.front().value, w)) it->second.push_back(&w);
        }
        return it->second;
      };
      // Or a third article of the claim states one of the two figures too ("14 farms" in two, "19
      // farms" in one; "38 % des conducteurs sont en grève" twice, "48 % des conducteurs ont cessé
      // le travail" once): then the same thing counted, within a factor of two, is enough.
      // (The articles of its first kWitnesses members, so that the cost stays bounded.)
      constexpr size_t kWitnesses = 32;
      auto corroborated = [&](const Stated& x, const Stated& y) {
        const uint32_t ax = claim.members[x.member].article, ay = claim.members[y.member].article;
        for (size_t k = 0; k < claim.members.size() && k < kWitnesses; ++k) {
          const uint32_t a = claim.members[k].article;
          if (a != ax && a != ay && (states_alike(numbers_of(a), *x.value) || states_alike(numbers_of(a), *y.value)))
            return true;
        }
        return false;
      };
      // Two dates written in the same words ("aujourd'hui" / "aujourd’hui", "yesterday" /
      // "yesterday") differ only by the days the articles came out: a dispatch reprinted the next
      // day keeps its words, and "aujourd'hui" is as often "nowadays" ("contre 10 000 euros
      // aujourd'hui").
      // (by the words' folded surfaces, as the normalizer folded them)
      auto same_words = [&](const Stated& x, const Stated& y) {
        if (x.value->kind != Value::Kind::date) return false;
        auto words = [&](const Stated& z) {
          const auto& tokens = docs[claim.members[z.member].article].norm.tokens;
          std::vector<uint32_t> out;
          for (uint32_t k = z.sentence->first_token; k < z.sentence->end_token; ++k)
            if (tokens[k].range.start >= z.value->range.start && tokens[k].range.end <= z.value->range.end)
              out.push_back(tokens[k].surface);
          return out;
        };
        return words(x) == words(y);
      };
      // Two dates, each beside its own figure of one measure, date two points of a series, not
      // one event: "a record 1.4 million passengers this year" / "about 1.3 million passengers
      // last year".
      auto series = [&](const Stated& x, const Stated& y) {
        if (x.value->kind != Value::Kind::date) return false;
        for (const Value& a : x.sentence->values)
          if (a.kind == Value::Kind::number && !a.clock && a.unit)
            for (const Value& b : y.sentence->values)
              if (b.kind == Value::Kind::number && !b.clock && b.unit == a.unit && b.number != a.number) return true;
        return false;
      };
      // And a third version that gives both figures tells them apart: "Sur les 8 000 m² de
      // l'entrepôt, près de 3 000 sont partis en fumée" beside "ce bâtiment de 8 000 mètres carrés"
      // and "3 000 m² de bâtiment ont été détruits" (of its first kWitnesses members, as above).
      // (each counted as the same thing, or one as what no other version counts, so likely no
      // thing: "près de 3 000 sont partis", where "partis" is taken for what is counted; not "un
      // TER sur trois" beside "30 % des TER", against "Un TGV sur trois"; the two versions' own
      // sentences are gives_both()'s)
      // (how many values of its first kWitnesses members count each thing, and which of them give
      // each figure, read when first asked)
      std::unordered_map<uint32_t, uint32_t> counting;
      std::unordered_map<double, uint32_t> giving;  // a bit per member
      static_assert(kWitnesses <= 32);
      bool witnessed = false;
      auto witness = [&] {
        if (witnessed) return;
        witnessed = true;
        for (size_t k = 0; k < claim.members.size() && k < kWitnesses; ++k) {
          const ClaimMember& m = claim.members[k];
          for (const Value& w : docs[m.article].norm.sentences[m.sentence].values) {
            ++counting[w.unit];
            if (w.kind == Value::Kind::number) giving[w.number] |= uint32_t{1} << k;
          }
        }
      };
      auto counted_once = [&](uint32_t unit) {
        const auto it = counting.find(unit);
        return it == counting.end() || it->second <= 1;
      };
      // (a time of day is given too by one that its precision allows: "vers 13 h 45" by "13 h 42",
      // so that "L'incendie qui s'est déclaré à 13 h 42 … est maîtrisé depuis 10 h 15" tells "vers
      // 13 h 45" and "10h15" apart)
      auto same_figure = [](const Value& w, const Value& v) {
        return w.number == v.number || (w.clock && v.clock && !differ(w, v));
      };
      auto gives = [&](const NormalizedSentence& ns, const Value& v) {
        return std::any_of(ns.values.begin(), ns.values.end(), [&](const Value& w) {
          return w.kind == Value::Kind::number && same_figure(w, v) && w.percent == v.percent &&
                 (!w.unit || !v.unit || same_measure(w, v) || counted_once(w.unit));
        });
      };
      // (the members that may give a figure: those giving it to the digit, and for a time of day
      // any member, `giving` knowing only the exact figures)
      auto givers = [&](const Value& v) {
        if (v.clock) return ~uint32_t{0};
        const auto it = giving.find(v.number);
        return it == giving.end() ? uint32_t{0} : it->second;
      };
      auto told_apart = [&](const Stated& x, const Stated& y) {
        if (x.value->kind != Value::Kind::number) return false;
        witness();
        uint32_t both = givers(*x.value) & givers(*y.value);
        if (claim.members.size() < kWitnesses) both &= (uint32_t{1} << claim.members.size()) - 1;
        const uint32_t ax = claim.members[x.member].article, ay = claim.members[y.member].article;
        for (; both; both &= both - 1) {
          const ClaimMember& m = claim.members[std::countr_zero(both)];
          if (m.article == ax || m.article == ay) continue;
          const NormalizedSentence& ns = docs[m.article].norm.sentences[m.sentence];
          if (gives(ns, *x.value) && gives(ns, *y.value)) return true;
        }
        return false;
      };
      // So does either version when it gives both figures itself, as that third would ("Fourteen
      // passengers were treated …, and three were taken to hospital" beside "the three passengers
      // taken to hospital"; "Un grand merci aux 14 200 supporters présents, bien au-delà de notre
      // moyenne de la saison passée (11 800 spectateurs)" beside "Devant 14 200 spectateurs"; not
      // "quatre TGV sur dix … un TER sur trois" against "Un TGV sur trois", TER counted elsewhere too).
      auto gives_both = [&](const Stated& x, const Stated& y) {
        if (x.value->kind != Value::Kind::number) return false;
        witness();
        return gives(*y.sentence, *x.value) || gives(*x.sentence, *y.value);
      };
      for (const Stated& x : stated) {
        const ClaimMember& mx = claim.members[x.member];
        // Values answer each other between close versions of the claim, or when the same word
        // governs both ("40 cars derailed", "50 wagons had derailed"): two long sentences that
        // share one point may give dates of different events, or a town's size and its evacuees.
        // One text per value that differs ("50" once, however many articles give it).
        std::vector<const std::string*> others;
        for (const Distinct& d : distinct) {
          if (!differ(*x.value, *d.value) || far_apart(*x.value, *d.value)) continue;
          for (const Stated* y : d.stated) {
            const ClaimMember& my = claim.members[y->member];
            // (each statement differs itself: "en 2024" goes with "juin 2024", and is no other date
            // than "mars 2024")
            if (my.article == mx.article || !differ(*x.value, *y->value) || x.year != y->year || x.more != y->more || by_weekday(x, *y) || complement(x, *y) ||
                (!(x.close && y->close && near(x, *y)) && !answer(x, *y) && !(alike(x, *y) && corroborated(x, *y))) ||
                gives_both(x, *y) || same_words(x, *y) || told_apart(x, *y) || series(x, *y))
              continue;
            // numbers the two articles agree on elsewhere ("172 km/h at Chassiron" in both, and
            // "139 km/h at La Rochelle" in one) are not the ones in question (checked against the
            // first article that answers, so that the cost stays one check per value)
            if (x.value->kind != Value::Kind::number ||
                (!states_alike(numbers_of(my.article), *x.value) && !states_alike(numbers_of(mx.article), *y->value)))
              others.push_back(&y->text);
            break;
          }
        }
        if (others.empty()) continue;
        std::vector<std::string> texts;
        texts.reserve(others.size());
        for (const std::string* t : others) texts.push_back(*t);
        // (sorted as the names' conflicts are, with the one sort of strings the module has)
        std::sort(texts.begin(), texts.end());
        texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
        add_conflict(docs, claim, c, mx.article, x.value->range, x.text, std::move(texts));
      }
    }
    // Sentences that state several figures of one measure ("revenue of $412.6M, below the $448.1M
    // Wall Street expected" / "revenue of $421.6 million … below the roughly $448 million analysts
    // had expected"), or several dates ("open its permit portal on July 1 and begin enforcement on
    // September 1" / "start enforcing the ban on Oct. 1, after a registration period that opens
    // July 1"): the values two of them both state are set aside, and when that sets one aside and
    // leaves one on each side, governed by the same word, those two answer each other.
    // (The claim's first kSample members, so that its cost stays bounded.)
    constexpr size_t kSample = 32;
    const size_t sampled = std::min(claim.members.size(), kSample);
    for (size_t i = 0; i < sampled; ++i) {
      const ClaimMember& mi = claim.members[i];
      const NormalizedSentence& a = docs[mi.article].norm.sentences[mi.sentence];
      for (size_t j = i + 1; j < sampled; ++j) {
        const ClaimMember& mj = claim.members[j];
        if (mj.article == mi.article) continue;
        const NormalizedSentence& b = docs[mj.article].norm.sentences[mj.sentence];
        for (const Value& first : a.values) {
          if (first.range_end) continue;
          const bool dates = first.kind == Value::Kind::date;
          auto xs = values_like(a, first), ys = values_like(b, first);
          // (each measure once per sentence: from its first value)
          if (xs.size() < 2 || ys.size() < 2 || xs.front() != &first) continue;
          std::erase_if(xs, [](const Value* v) { return v->range_end; });
          std::erase_if(ys, [](const Value* v) { return v->range_end; });
          size_t agreed = 0;
          for (auto x = xs.begin(); x != xs.end();) {
            // (the same figure, not one an approximate one allows: "roughly $448 million" is no
            // "$412.6 million"; the same day, its year perhaps unsaid: "July 1" is "July 1, 2024",
            // "mars" is no "14 mars")
            auto y = std::find_if(ys.begin(), ys.end(), [&](const Value* w) {
              if (dates)
                return (*x)->month == w->month && (*x)->day == w->day && (*x)->last_day == w->last_day &&
                       (!(*x)->year || !w->year || (*x)->year == w->year);
              return std::fabs((*x)->number - w->number) <= 0.01 * std::max(std::fabs((*x)->number), std::fabs(w->number));
            });
            if (y == ys.end()) {
              ++x;
              continue;
            }
            ys.erase(y);
            x = xs.erase(x);
            ++agreed;
          }
          if (!agreed || xs.size() != 1 || ys.size() != 1) continue;
          const Value& x = *xs.front();
          const Value& y = *ys.front();
          // (and the same word governs both: the revenue reported, not the revenue expected against
          // last year's)
          if (!differ(x, y) || far_apart(x, y) || (dates && other_time(x) != other_time(y)) ||
              (!dates && year_of(docs[mi.article], a, x) != year_of(docs[mj.article], b, y)) ||
              counts_more(docs[mi.article], mi.sentence, x, vocab) != counts_more(docs[mj.article], mj.sentence, y, vocab) ||
              !share_any(governing_words(docs[mi.article], mi.sentence, x, temporal),
                         governing_words(docs[mj.article], mj.sentence, y, temporal)))
            continue;
          const std::string x_text = slice_utf8(docs[mi.article], x.range), y_text = slice_utf8(docs[mj.article], y.range);
          add_conflict(docs, claim, c, mi.article, x.range, x_text, {y_text});
          add_conflict(docs, claim, c, mj.article, y.range, y_text, {x_text});
        }
      }
    }
    find_name_conflicts(docs, claim, c, words);
  }
}

}  // namespace corroborate
