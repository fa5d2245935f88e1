// Stage 3, normalize: each word to a comparable key -- NFKC_Casefold, straight quotes, English
// possessives and French elisions stripped, Snowball stems, numbers and dates as values -- plus
// the flags later stages weigh (stopword, capitalised, numeric).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "segment.h"

struct sb_stemmer;

namespace corroborate {

// A number or a date found in a sentence, for conflict detection.
struct Value {
  enum class Kind : uint8_t { number, date };
  Kind kind = Kind::number;
  Range range;              // the words that state it ("23,000", "3 million", "Feb. 3, 2026")
  double number = 0;        // numbers: the value (3 million -> 3e6)
  Bound bound = Bound::exact;  // numbers: "about 300", "more than 20", "up to 120"
  bool percent = false;        // numbers: "54%", "54 percent", "54 pour cent"
  bool hours = false;          // numbers: a duration, in hours ("48 hours", "two-day", "trois semaines")
  double per = 0;              // durations: the hours in the unit written ("years": 8760)
  bool place_size = false;     // numbers: a place's size ("a village of some 3,000 residents")
  bool clock = false;          // numbers: a time of day, in minutes after midnight ("9:40 a.m.", "14h20")
  bool to_the_hour = false;    // clocks: written without minutes ("4pm", "vers 16 h"), as precise as an hour
  bool range_end = false;      // numbers: an end of a range ("23" and "51" in "de 23 à 51 ans")
  int year = 0, month = 0, day = 0;  // dates: 0 = not stated
  int last_day = 0;  // dates of two days ("4 and 5 February", "18-19 March"): the second (day the first)
  // numbers: term ids of the counted thing and of the word right after it, which may be its head
  // ("23,000 images" -> images; "40 rail cars" -> rail, cars); 0 = none
  uint32_t unit = 0, unit2 = 0;
  // numbers: the term of what it measures, named before "of" ("a crowd of 78,500", "a majority of
  // 3,828"); 0 = none.  Conflicts read it as another unit; alignment does not (a measure's name is
  // not a thing counted: "Majority 3,288" / "a majority of 3,828" state one measure)
  uint32_t named = 0;
};

struct Token {
  Range range;
  uint32_t term = 0;       // id of the normalized key in the Vocabulary (stem, value or concept)
  uint32_t surface = 0;    // id of the folded surface form (verbatim matching)
  bool stop = false;       // function word: no claim of its own
  bool capitalized = false;
  bool numeric = false;    // a number or date word
  bool phrase_head = false;  // may begin a concept phrase ("stepped" in "stepped down")
};

// Words a and b of `text`, b after a, joined by a hyphen and nothing else: "thirty-eight",
// "two-day", "sapeurs-pompiers".
inline bool joined_by_hyphen(std::u16string_view text, const Token& a, const Token& b) {
  return b.range.start == a.range.end + 1 && text[a.range.end] == u'-';
}

// Normalized keys -> dense ids, in order of first sight (so output is deterministic).
class Vocabulary {
 public:
  uint32_t id(const std::string& key);
  uint32_t find(const std::string& key) const;  // the key's id, 0 if it has none
  const std::string& key(uint32_t id) const { return keys_[id]; }
  size_t size() const { return keys_.size(); }
  uint64_t serial() const { return serial_; }  // tells one vocabulary from any other

 private:
  static inline uint64_t next_serial_ = 1;
  uint64_t serial_ = next_serial_++;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> keys_{""};  // id 0 = none
};

// A figure's rounding cell ("#~412000"): besides its exact key, a number of 100 or more carries
// the cell of two significant figures it falls in, on two grids half a cell apart, so that a
// figure and its rounding ("412,318" / "about 412,000") share one.  Sentence terms only.
inline bool is_rounding_key(const std::string& key) { return key.size() > 2 && key[0] == '#' && key[1] == '~'; }

// A weekday's key ("@d05", Friday: see Normalizer::key()), a month's ("@m03", March).
inline bool is_weekday_key(const std::string& key) { return key.size() == 4 && key[0] == '@' && key[1] == 'd'; }
inline bool is_month_key(const std::string& key) { return key.size() == 4 && key[0] == '@' && key[1] == 'm'; }

struct NormalizedSentence {
  uint32_t first_token = 0, end_token = 0;  // into NormalizedText::tokens (same as words)
  std::vector<uint32_t> terms;  // sorted, unique content terms (no stopwords), plus compounds
  std::vector<Value> values;
};

struct NormalizedText {
  std::vector<Token> tokens;  // one per segmented word
  std::vector<NormalizedSentence> sentences;
};

struct Document;

// Across one story: a sentence that spells out a name ("the National Transportation Safety Board",
// "Information Commissioner's Office", "Service départemental-métropolitain d'incendie et de
// secours") also carries the term of its acronym ("NTSB", "ICO", "SDMIS") when an article of the
// story uses the acronym, so that the two ways of naming one body match.  The name's words start
// with the acronym's letters in order; function words may come between them ("Department of
// Justice": DOJ or DJ); its words are capitalised (for acronyms of four letters or more, only the
// first need be: French names), a French elision and an accent aside ("l'Établissement public
// foncier": EPF).  An acronym after an elision has three letters at least ("l'ANES"; "l'AC 512" is
// a flight).  Words in capitals in a sentence mostly in capitals (a shouted headline) are no
// acronyms.
void link_acronyms(std::vector<Document>& docs);

// Across one story: a word for a place's people or things ("Kestrian diplomats", "the Italians",
// "les pêcheurs ukrainiens", "la présidence française") takes the term of the place's name when an
// article of the story writes the name ("Kestria", "Italy", "l'Ukraine", "la France"), so that
// "Kestria expelled two diplomats" and "two Kestrian diplomats were expelled" share it, and "A
// expelled B's diplomats" / "B expelled A's diplomats" are told apart as swapped roles.  English
// demonyms are capitalised, French ones need not be; the place is a word written with a capital.  Regular endings only ("-ian", "-an", "-ese", "-i"; "-ien",
// "-éen", "-ais", "-ois"): "French", "German", "allemand" are not linked.
void link_demonyms(std::vector<Document>& docs, const Vocabulary& vocab);

// Dates told relative to the day an article came out (Article::published), read as the dates they
// name: "yesterday", "today", "last month", "this year", "next year"; "hier", "aujourd'hui", "le
// mois dernier", "l'an dernier", "cette année", "l'an prochain".  Such words take the date's terms ("last month" in an article of
// 4 February 2026: January's, as "in January" would, beside "month") and give a date value, so outlets writing
// "last month" and "in January" share a claim, and "last year" conflicts with "in 2024" as "in
// 2025" would.  Articles without a date keep the words as words.  (Weekdays are left as they are:
// "on Tuesday" may be the coming one.)
void resolve_relative_dates(std::vector<Document>& docs, Vocabulary& vocab);

class Normalizer {
 public:
  explicit Normalizer(Language language);
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;
  const std::string& error() const { return error_; }

  NormalizedText normalize(std::u16string_view text, const Segmentation& seg, Vocabulary& vocab);
  // Drops the words learnt (their ids belong to one Vocabulary); call before using another.
  void forget();

  // The folded, quote-straightened form of a word (exposed for tests).
  std::u16string fold(std::u16string_view word) const;
  // The key a word normalizes to: a stem, a "#value", an "@date" or a "~concept".
  std::string key(std::u16string_view word);

 private:
  std::string key(std::u16string_view word, std::u16string folded);  // (folded: fold(word))
  std::string plain_key(std::u16string folded);  // key() before concepts
  // The key of two hyphenated words closed up: "cyber-crime" as "cybercrime", "sapeurs-pompiers"
  std::string closed_key(std::u16string_view text, const Token& a, const Token& b);
  std::string stem(const std::string& folded_utf8);
  void find_values(std::u16string_view text, NormalizedText& out, NormalizedSentence& s, Vocabulary& vocab);
  void find_phrases(NormalizedText& out, const NormalizedSentence& s, Vocabulary& vocab) const;

  Language language_;
  sb_stemmer* stemmer_ = nullptr;
  // spelling -> normalized token (no range); looked up by view, without allocating
  std::unordered_map<std::u16string, Token, ViewHash, std::equal_to<>> cache_;
  uint64_t cache_owner_ = 0;                          // Vocabulary::serial() the ids belong to
  std::unordered_map<std::string, std::string_view> concepts_;  // plain key -> "~concept"
  std::unordered_set<std::u16string> listed_;                    // the concept lists' words, folded
  struct Phrase {
    std::vector<std::string> rest;  // the keys of its words after the first
    std::string_view concept_key;
  };
  std::unordered_map<std::string, std::vector<Phrase>> phrases_;  // key of the first word -> phrases
  std::unordered_set<std::string> place_keys_;                    // keys of place_words()
  std::string error_;
};

}  // namespace corroborate
