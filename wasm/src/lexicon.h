// Per-language word lists: the function words (stopwords) that carry no claim of their own.
// Used by segment (to tell a sentence start after an abbreviation) and by the later stages.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "text.h"  // listed()

namespace corroborate {

enum class Language { en, fr };

// "en" / "fr"; anything else falls back to English.
Language language_from_code(std::string_view code);

// The language of a text without a hint: French when more of its words are French function words
// than English ones ("le", "des", "est", "qui" against "the", "of", "is", "which"), or as many and
// it has accented letters ("Deux pompiers légèrement blessés"); else English.  Reads at most the first 200
// words; a sentence is enough.
Language detect_language(std::u16string_view text);

// `folded` must already be case-folded (lower case).
bool is_stopword(std::u16string_view folded, Language language);

// Titles written with a period that ICU's sentence-break suppressions lack ("Dr.", "Gen.", "Me"):
// `folded` is the word without its period, lower case.
bool is_title_abbreviation(std::u16string_view folded, Language language);

// Words for values.  `folded` is lower case without its trailing period; 0 / nullptr = not one.
int month_number(std::u16string_view folded);      // "feb", "february", "févr", "février" -> 2
int weekday_number(std::u16string_view folded);    // "tuesday", "tue", "mardi" -> 2 (monday = 1)
double number_word(std::u16string_view folded, Language language);  // "three" / "trois" -> 3
// An ordinal, English or French, folded, as its number: "third", "troisième", "3rd", "3e", "3ème"
// (0: none; never the first, "first time", "Premier ministre", "1er mars").
int ordinal_number(std::u16string_view folded, Language language);
double scale_word(std::u16string_view folded);     // "million", "millions", "milliard", "bn", "Md" -> 1e6 / 1e9
double scale_suffix(std::u16string_view folded);   // "bn" in "3.4bn", "m" in "€45m" or "45 M€"
double hours_in(std::u16string_view folded);       // a unit of time: "days", "semaines", "years" -> 24, 168, 8760

// How a number is qualified by the one or two words before it (`before2 before1 number`, folded;
// `before2` may be empty): "about 80", "more than 100", "up to 120", "plus de 100", "jusqu'à 120".
enum class Bound : uint8_t { exact, about, at_least, at_most };
Bound bound_marker(std::u16string_view before2, std::u16string_view before1);

// Words news prose uses interchangeably for one thing ("probe", "inquiry", "investigation";
// "blaze", "fire"; "Britain", "UK"), as (word, "~concept") pairs of the language.  The words are
// plain (not stemmed): the normalizer stems them, so every form of a word joins its concept.
std::vector<std::pair<std::string_view, std::string_view>> concept_words(Language language);

// Words for a place by its size ("village", "town", "commune", "population"): a number they own
// ("a village of some 3,000 residents") is the place's size, not a count of people an event touched.
std::vector<std::string_view> place_words(Language language);

// The words of a space-separated list sorted at compile time, for a list looked up for every
// distinct word of a story (the page-furniture words): a binary search instead of a scan.
//   constexpr auto kSet = word_set<count_words(kList)>(kList);  kSet.has(word)
constexpr size_t count_words(std::string_view list) {
  size_t n = 0;
  for (size_t i = 0; i < list.size(); ++i) n += list[i] != ' ' && (i == 0 || list[i - 1] == ' ');
  return n;
}
// Where `w` is among the first `n` of sorted `words` (n if not there).
template <size_t N>
constexpr size_t sorted_find(const std::array<std::string_view, N>& words, size_t n, std::string_view w) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (words[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && words[lo] == w ? lo : n;
}
template <size_t N>
struct WordSet {
  std::array<std::string_view, N> words{};
  constexpr bool has(std::string_view w) const { return sorted_find(words, N, w) != N; }
};
template <size_t N>
constexpr WordSet<N> word_set(std::string_view list) {
  WordSet<N> set;
  size_t n = 0;
  for (size_t i = 0; i < list.size() && n < N;) {
    size_t j = i;
    while (j < list.size() && list[j] != ' ') ++j;
    if (j > i) {  // insertion sort, at compile time
      size_t k = n++;
      for (; k > 0 && list.substr(i, j - i) < set.words[k - 1]; --k) set.words[k] = set.words[k - 1];
      set.words[k] = list.substr(i, j - i);
    }
    i = j + 1;
  }
  return set;
}

// Several such lists as one table, each word with the bits of the lists it is in: one search by
// halves instead of one per list, for words looked up in many lists (most in none).
//   constexpr auto kTable = word_bits<count_words(kA) + count_words(kB)>({{kA, 1}, {kB, 2}});
//   kTable.of(word)  // 1 | 2 if in both, 0 if in neither
template <size_t N>
struct WordBits {
  std::array<std::string_view, N> words{};
  std::array<uint8_t, N> bits{};
  size_t size = 0;  // distinct words
  constexpr uint8_t of(std::string_view w) const {
    const size_t at = sorted_find(words, size, w);
    return at != size ? bits[at] : 0;
  }
};
template <size_t N>
constexpr WordBits<N> word_bits(std::initializer_list<std::pair<std::string_view, uint8_t>> lists) {
  WordBits<N> table;
  for (auto [list, bit] : lists) {
    for (size_t i = 0, j = 0; i < list.size(); i = j + 1) {
      j = std::min(list.find(' ', i), list.size());
      const std::string_view word = list.substr(i, j - i);
      if (word.empty()) continue;
      size_t k = 0;
      while (k < table.size && table.words[k] < word) ++k;
      if (k < table.size && table.words[k] == word) {
        table.bits[k] |= bit;
        continue;
      }
      for (size_t m = table.size++; m > k; --m) table.words[m] = table.words[m - 1], table.bits[m] = table.bits[m - 1];
      table.words[k] = word;
      table.bits[k] = bit;
    }
  }
  return table;
}

// Titles and posts a person is named in ("president", "prosecutor", "maire", "porte-parole"),
// English and French, by folded form: two versions of a claim naming different people in one role
// conflict.
bool is_role_word(std::string_view folded);

// Words that put the verb near them in the passive voice, English and French, folded: auxiliaries
// before it ("was beaten", "a été battu") and the words that bring in its agent after it ("by",
// "par").
std::vector<std::string_view> passive_auxiliaries();
std::vector<std::string_view> attribution_words();  // "said", "told", "according", "selon", "déclaré"
std::vector<std::string_view> subject_pronouns();   // "it", "they", "he", "il", "elle"
std::vector<std::string_view> passive_agents();

// A word that negates its sentence, English and French, folded: "not", "never", "no", "rather"
// ("rather than"), "wasn't", "jamais", "aucun", "n'a" ("ne ... pas" has "pas"), and a failure:
// "failed", "unable", "échoué" ("failed to override the veto" / "voted to override the veto").
// Not "without" nor "sans": "released without charge" is a release.
bool is_negation_word(std::string_view folded);
// A word's part in negating its sentence: 1 a negation ("not", "pas", "never"), 2 an elided
// French one ("n'a", "n'y"), 3 "until" / "till", which a negation just before turns into a time
// ("did not reopen until 3:40 p.m." is "reopened at 3:40 p.m."), 4 "que" / "qu'", which makes an
// elided negation just before it mean "only" ("n'a rouvert qu'à 15 h 40" is "a rouvert à 15 h
// 40", "il n'y a eu que deux blessés" is "deux blessés"); 0 none.
uint8_t negation_role(std::string_view folded);
// What a word tells of the scope of a negation, English and French, by folded form (or concept
// key), as bits of negation_scope::: a verb negated by a particle ("did not testify", "n'était pas
// visé") is the claim's own verb, told the other way, unless the particle goes with an adverb of
// manner ("not seriously hurt", "not immediately clear") or a time ("did not reopen until 3:40
// p.m.", "ne rouvrira pas avant le 16 mars"); the verb is no auxiliary ("ne devrait pas rouvrir"
// negates "rouvrir") and comes after an adverb of time ("not yet known" negates "known").
namespace negation_scope {
constexpr uint8_t particle = 1;    // "not", "never", "cannot", "didn't", "pas", "jamais"
constexpr uint8_t french = 2;      // a particle that needs "ne" / "n'" before it ("pas", "jamais")
constexpr uint8_t ne = 4;          // "ne", "n'a", "n'était"
constexpr uint8_t adverb = 8;      // "yet", "still", "toujours", "encore": the verb comes after it
constexpr uint8_t time = 16;       // "until", "since", "before", "avant", "depuis", "jusqu'à"
constexpr uint8_t auxiliary = 32;  // French auxiliaries and modals: "est", "a", "devrait", "va"
constexpr uint8_t refusal = 64;    // concepts that say no in a word: "~ban", "~deny", "~cancel"
constexpr uint8_t manner = 128;    // "seriously", "currently": a particle before it negates it
}  // namespace negation_scope
uint8_t negation_scope_of(std::string_view folded);

// A word that hedges its sentence, English and French, folded, and how: what may be ("could",
// "might", "possible", "pourrait") and what is suspected ("suspected", "soupçonné"), which hedge
// the word they go with ("may spread", "could face"; see hedged_words() in align.cpp); what is
// conditional ("whether", "if", "si"), proposed, planned, hoped for or sought ("proposed",
// "considering", "intends", "seeking", "envisagent", "espèrent"), which hedge the sentence only
// (an intention is often the claim another outlet tells with "will": "intends to appeal" / "will
// appeal").  Not "plans" / "planned" nor "hope": nouns and adjectives too ("approved plans for a
// bus lane", "the planned strike").  Not "will" / "would" / "va" nor "expected" / "devrait":
// outlets tell an announced plan or a forecast as the claim itself (a word of forecast is marked
// hedge::forecast, no hedge: against it a possibility is no other claim); nor "asked" / "urged": a
// request to the public is what another outlet tells with "should" ("Volunteers have been asked
// to register" / "Volunteers should register").
namespace hedge {
constexpr uint8_t possibility = 1;  // hedges the word it goes with
constexpr uint8_t other = 2;        // hedges the sentence only
constexpr uint8_t forecast = 4;     // no hedge: a forecast, which tells what may come as the claim
}  // namespace hedge
uint8_t hedge_kind(std::string_view folded);

// A word of a polar pair, English and French, folded: which pair and which side, as 1 + 2 × pair
// + side (0: none).  Two sentences of the same words but for two, one with a word of one side of
// a pair and the other with a word of the other side, neither both, state different claims:
// "turnout was 41 per cent, up from 2021" / "down from 2021"; "strengthened after the rate
// decision" / "ahead of the rate decision"; "bonus compris" / "hors bonus"; "12 km north" / "12 km
// south".  (Up to 32 pairs.)
uint8_t polar_side(std::string_view folded);

// Phrases for a concept ("stepped down" -> "~resign", "perdu la vie" -> "~death"), as (words,
// "~concept") pairs of the language; the normalizer keys each word, and function words may stand
// between them in the text.
std::vector<std::pair<std::vector<std::string_view>, std::string_view>> concept_phrases(Language language);

// Concepts that name mutually exclusive outcomes of one kind ("~death", "~injur", "~missing" are
// casualties; "~increase", "~decrease", "~unchanged" directions; "~arrest", "~charge", "~uncharged"
// ("released without charge") the stages of a case in custody; "~resign", "~sack" ways to leave a post; "~impose", "~extend", "~lift" what
// is done with a measure; "~issue", "~lift" what is done with a warning; "~win", "~qualify" a title or a place in the next round; "~approve",
// "~complete" a deal agreed or done; "~revenue", "~profit" what a company's figure measures):
// two sentences naming different ones of a kind state different claims.  A concept may belong
// to more than one kind ("maintained" is a direction and a status), so the kinds are bits; 0 for
// any other key.  `event` marks the
// concepts that name what happened ("~charge", "~death", "~invest"): two short sentences naming
// events, none in common, tell different ones.  `reversal` marks an outcome that turns the claim
// it is said of into another: a sentence naming it and one naming no outcome of its kind state
// different claims ("the strike was called off" / "the strike planned for Monday").  Only
// cancellation: "lifted", "delayed", "sought" have other senses (a cup lifted, flights delayed).
namespace outcome {
using Kinds = uint32_t;
constexpr Kinds casualty = 1, verdict = 2, decision = 4, schedule = 8, direction = 16, status = 32, result = 64;
constexpr Kinds event = 128;  // names what happened: sentences naming events, none in common, differ
constexpr Kinds reversal = 256;
constexpr Kinds custody = 512;  // the stages of a case before a verdict: arrested, charged
constexpr Kinds accord = 1024;     // an agreement signed, or suspended
constexpr Kinds departure = 2048;  // a post left: resigned, or sacked
constexpr Kinds sex = 4096;        // a woman, or a man: two people, not one told two ways (no event)
constexpr Kinds title = 8192;      // a title won, or a place in the next round (not a defeat: who
                                   // qualified beat someone)
constexpr Kinds growth = 16384;    // raised, kept, or cut (not a decrease: what is cut decreases)
constexpr Kinds measure = 32768;   // a measure put in place, extended, or lifted (not kept: one
                                   // extended is kept)
constexpr Kinds metric = 65536;    // what a figure measures: revenue or profit, inflation or
                                   // unemployment (no event)
constexpr Kinds alert = 131072;    // a warning issued, or lifted (one declared is imposed)
}
outcome::Kinds outcome_kinds(std::string_view concept_key);

}  // namespace corroborate
