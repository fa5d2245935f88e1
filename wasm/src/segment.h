// Stage 2, segment: paragraphs (line breaks, and the lines of a page pasted as one), sentences and
// words, with ICU's break iterators.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "lexicon.h"
#include "text.h"

namespace corroborate {

struct Word {
  Range range;
  bool numeric = false;  // ICU's number status: "23,000", "3.5"
};

struct Sentence {
  Range range;              // trimmed of surrounding white space
  uint32_t paragraph = 0;   // index into Segmentation::paragraphs
  uint32_t first_word = 0;  // words [first_word, end_word) of Segmentation::words
  uint32_t end_word = 0;
  bool dateline = false;    // split off the paragraph's first sentence: "PARIS (AP) —"
};

struct Segmentation {
  std::vector<Range> paragraphs;  // non-blank lines, trimmed (a page pasted as one line: its lines)
  std::vector<Sentence> sentences;
  std::vector<Word> words;        // letters, numbers, ideographs; no punctuation or spaces
};

// Scripts written without spaces (Han, kana; Thai, Lao, Khmer, Myanmar), whose words are split
// into single characters (see push_word in segment.cpp).
bool written_without_spaces(UChar32 c);

// The words of `paragraph` (letters, numbers, "23,000", "l'homme", "snake_case") by the rules of
// UAX #29 that ICU's word break iterator applies, appended to `words` with ICU's numeric flag,
// without the iterator: for paragraphs whose every character is Latin (to U+024F) or general
// punctuation (U+2000-U+206F) of the word-break classes those rules name.  Returns false and
// adds nothing for any other paragraph (other scripts, combining marks, format characters,
// surrogates), which the iterator then splits.  A test checks it against ICU.
bool latin_words(std::u16string_view text, Range paragraph, std::vector<Word>& words);

// True when `paragraph` is one sentence for ICU's sentence break iterator, seen without it: every
// character Latin or general punctuation, and no full stop or other terminator before the
// paragraph's closing run of terminators, quotes, brackets and spaces.  False says nothing (the
// iterator then splits the paragraph).  A test checks it against ICU.
bool one_latin_sentence(std::u16string_view text, Range paragraph);

// Holds ICU's iterators for one language; reuse it across articles (creating them costs more
// than running them on an article).
class Segmenter {
 public:
  explicit Segmenter(Language language);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Empty when ICU could load its break rules, else why not.
  const std::string& error() const { return error_; }

  Segmentation segment(std::u16string_view text);

 private:
  void segment_paragraph(std::u16string_view text, Range paragraph, Segmentation& out);
  bool continues_after_abbreviation(std::u16string_view text, Range before, Range after) const;
  std::vector<uint32_t> initial_sentence_starts(std::u16string_view text, Range sentence) const;
  uint32_t page_line_end(std::u16string_view text, Range paragraph) const;
  // how lines may be wrapped: in prose, in narrow columns, or only words split at a hyphen looked for
  enum class Wrap : uint8_t { prose, columns, splits };
  uint32_t soft_break(std::u16string_view text, uint32_t line_start, uint32_t i, Wrap wrap, bool& hyphen,
                      uint32_t width = 0) const;
  // The word of letters at `at` (up to `limit`), case folded, is a function word ("The", "Il").
  bool function_word_at(std::u16string_view text, uint32_t at, uint32_t limit) const;
  void split_dateline(std::u16string_view text, Segmentation& out, size_t sentence, size_t first_word) const;

  Language language_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  std::unique_ptr<icu::BreakIterator> words_;
  std::string error_;
};

}  // namespace corroborate
