#include "segment.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace corroborate {

namespace {

// A paragraph this long (UTF-16 code units) may be a whole page pasted as one line.
constexpr uint32_t kGluedPage = 1500;

bool is_line_break(char16_t c) {
  // \n \v \f \r, NEL, LS, PS; most characters fail the first test
  if (c > 0x0D && c < 0x85) return false;
  return (c >= u'\n' && c <= u'\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// White space is all in the BMP, so trimming by code unit never splits a surrogate pair.
Range trim(std::u16string_view text, Range r) {
  while (r.start < r.end && u_isUWhiteSpace(text[r.start])) ++r.start;
  while (r.end > r.start && u_isUWhiteSpace(text[r.end - 1])) --r.end;
  return r;
}

UChar32 code_point_at(std::u16string_view text, uint32_t i) {
  UChar32 c = text[i];
  if (U16_IS_LEAD(c) && i + 1 < text.size() && U16_IS_TRAIL(text[i + 1])) c = U16_GET_SUPPLEMENTARY(c, text[i + 1]);
  return c;
}

// Where the letters at `at` end (at `limit` at the latest).
[[gnu::noinline]] uint32_t letters_end(std::u16string_view text, uint32_t at, uint32_t limit) {
  while (at < limit && u_isalpha(code_point_at(text, at))) at += U16_LENGTH(code_point_at(text, at));
  return at;
}

// `word` is one of the space-separated words of `list` (listed() for UTF-16).
[[gnu::noinline]] bool among(std::u16string_view word, std::u16string_view list) {
  for (size_t i = 0; i < list.size();) {
    const size_t j = std::min(list.find(u' ', i), list.size());
    if (list.substr(i, j - i) == word) return true;
    i = j + 1;
  }
  return false;
}

// True when `r` ends in an abbreviation ICU's sentence rules take for a full stop: dotted forms
// ("U.S.", "U.K.", "a.m."), a capital initial ("J."), or a title missing from ICU's suppression
// lists ("Dr.", "Gen.").  Single-period abbreviations such as "Mr." ICU handles itself.
bool ends_with_abbreviation(std::u16string_view text, Range r, Language language) {
  if (r.empty() || text[r.end - 1] != u'.') return false;
  uint32_t start = r.end;
  while (start > r.start && !u_isUWhiteSpace(text[start - 1])) --start;
  while (start < r.end && u_ispunct(text[start]) && text[start] != u'.') ++start;  // "(U.S."
  for (uint32_t i = start; i < r.end; ++i)  // "Systems/J."
    if (text[i] == u'/') start = i + 1;
  uint32_t letters = 0;
  bool upper_initial = false;
  uint32_t i = start;
  while (i < r.end) {
    UChar32 c = code_point_at(text, i);
    uint32_t n = U16_LENGTH(c);
    if (!u_isalpha(c)) return false;
    if (i + n < r.end && text[i + n] != u'.') {  // a longer word: only a known title will do
      if (letters > 0) return false;
      icu::UnicodeString word(false, text.data() + start, static_cast<int32_t>(r.end - 1 - start));
      word.foldCase();
      return is_title_abbreviation(std::u16string_view(word.getBuffer(), word.length()), language);
    }
    if (letters == 0) upper_initial = u_isupper(c);
    ++letters;
    i += n + 1;
  }
  if (letters >= 2) return true;
  if (letters != 1 || !upper_initial) return false;
  // a middle initial ("John F. Kennedy") follows a capitalised first name, a second one a first
  // ("J. K. Rowling"), and a first one a credit's "by", a comma or a slash ("by J. Martin", "Credit: Kestrel
  // Launch Systems/J. Haug") or a line's start; "platform X." and "Musk's X." end their sentences
  if (start > r.start && text[start - 1] == u'/') return true;
  // (or it opens its line: "K. Lindgren" over a reader's comment)
  if (start == r.start && (r.start == 0 || text[r.start - 1] == u'\n' || text[r.start - 1] == u'\r')) return true;
  uint32_t end = start;
  while (end > r.start && u_isUWhiteSpace(text[end - 1])) --end;
  if (end >= r.start + 2 && text[end - 1] == u'.' && u_isupper(text[end - 2]) &&
      (end - 2 == r.start || u_isUWhiteSpace(text[end - 3])))
    return true;
  // (or a comma: "the chief inspector of mines, R. Aldane, said"; a function word after it still
  // opens a sentence, "in 2024, X. The company…"; or a slash set apart by spaces, a credit's: "Photo
  // archives Écho de la Lotte / P. Rivière")
  if (end > r.start && (text[end - 1] == u',' || text[end - 1] == u'/')) return true;
  uint32_t begin = end;
  while (begin > r.start && u_isalpha(text[begin - 1])) --begin;
  if (begin == end || (begin > r.start && !u_isUWhiteSpace(text[begin - 1]))) return false;
  const std::u16string_view before = text.substr(begin, end - begin);
  return u_isupper(text[begin]) || before == u"by" || before == u"par";
}

// A paragraph's opening place in capitals, ending in an abbreviation, that a dateline goes on
// from: "RIDGEFORD, Ky. (WRDG) — …", "SPRINGFIELD, Ill. — …" (ICU ends a sentence at "Ky.").
bool dateline_place(std::u16string_view text, Range r) {
  if (r.size() > 40 || r.empty() || text[r.end - 1] != u'.') return false;
  const std::u16string_view t = text.substr(r.start, r.size());
  const size_t comma = t.find(u',');
  if (comma == std::u16string_view::npos || comma < 2) return false;
  for (size_t i = 0; i < comma; ++i)
    if (u_islower(t[i]) || u_isdigit(t[i])) return false;
  return std::count(t.begin(), t.end(), u' ') <= 3;
}

// A paragraph's opening list number: "1." or "12)" alone, which ICU takes for a sentence.
bool list_number(std::u16string_view text, Range r) {
  if (r.size() < 2 || r.size() > 3 || (text[r.end - 1] != u'.' && text[r.end - 1] != u')')) return false;
  for (uint32_t i = r.start; i + 1 < r.end; ++i)
    if (text[i] < u'0' || text[i] > u'9') return false;
  return true;
}

}  // namespace

// Scripts written without spaces (Han, kana; Thai, Lao, Khmer, Myanmar) are split into words by
// dictionaries, which the slim WebAssembly data leaves out.  Both builds split such text into
// single characters instead (a combining mark stays with its base), so they agree everywhere.

bool written_without_spaces(UChar32 c) {
  // nothing before Thai (U+0E00) is: Latin, Greek, Cyrillic, Arabic and Indic text (most of what
  // the engine reads) skips the three property lookups
  if (c < 0x0E00) return false;
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  const auto script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
  if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) return true;
  return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
}

namespace {

// Word-break classes (UAX #29) as ICU's rules use them for text without Hebrew letters: a single
// quote joins what a full stop joins, ICU leaves the colon out of MidLetter and counts "@" a letter
// (so that e-mail addresses stay whole).
enum class WordClass : uint8_t {
  other,      // spaces, punctuation, symbols: never inside a word
  letter,     // ALetter
  numeric,    // Numeric
  joiner,     // ExtendNumLet: "_"
  mid_letter, // MidLetter, between two letters: "·"
  mid_num,    // MidNum, between two figures: ","
  mid_both,   // MidNumLet, Single_Quote: ".", "'", "’"
  unknown,    // a class the fast path leaves to ICU
};

constexpr uint32_t kLatinEnd = 0x0250, kPunctuationStart = 0x2000, kPunctuationEnd = 0x2070;

WordClass word_class_of(UChar32 c) {
  if (c == u':') return WordClass::other;
  if (c == u'@') return WordClass::letter;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER: case U_WB_WSEGSPACE: case U_WB_DOUBLE_QUOTE: return WordClass::other;
    case U_WB_ALETTER: return WordClass::letter;
    case U_WB_NUMERIC: return WordClass::numeric;
    case U_WB_EXTENDNUMLET: return WordClass::joiner;
    case U_WB_MIDLETTER: return WordClass::mid_letter;
    case U_WB_MIDNUM: return WordClass::mid_num;
    case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: return WordClass::mid_both;
    default: return WordClass::unknown;  // Extend, Format, ZWJ, line breaks, Hebrew, Katakana, …
  }
}

// Sentence-break classes (UAX #29) as far as they tell where a sentence may end: only after a
// full stop or other terminator, then closing punctuation and spaces.
enum class SentenceClass : uint8_t { other, terminator, closing, unknown };

SentenceClass sentence_class_of(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: case U_SB_STERM: return SentenceClass::terminator;
    case U_SB_CLOSE: case U_SB_SP: return SentenceClass::closing;
    case U_SB_OTHER: case U_SB_LOWER: case U_SB_UPPER: case U_SB_OLETTER: case U_SB_NUMERIC: case U_SB_SCONTINUE:
      return SentenceClass::other;
    default: return SentenceClass::unknown;  // line and paragraph separators, Extend, Format
  }
}

// A class per code point the fast paths take, Latin (to U+024F) and general punctuation, read once
// from ICU's properties.
template <typename Class, Class (*of)(UChar32)>
class ClassTable {
 public:
  ClassTable() {
    for (uint32_t i = 0; i < kLatinEnd; ++i) table_[i] = of(static_cast<UChar32>(i));
    for (uint32_t i = kPunctuationStart; i < kPunctuationEnd; ++i)
      table_[kLatinEnd + i - kPunctuationStart] = of(static_cast<UChar32>(i));
  }
  Class operator()(char16_t c) const {
    if (c < kLatinEnd) return table_[c];
    if (c >= kPunctuationStart && c < kPunctuationEnd) return table_[kLatinEnd + c - kPunctuationStart];
    return Class::unknown;
  }

 private:
  std::array<Class, kLatinEnd + (kPunctuationEnd - kPunctuationStart)> table_{};
};

using WordClassTable = ClassTable<WordClass, word_class_of>;
using SentenceClassTable = ClassTable<SentenceClass, sentence_class_of>;

const WordClassTable& word_classes() {
  static const WordClassTable kTable;
  return kTable;
}

const SentenceClassTable& sentence_classes() {
  static const SentenceClassTable kTable;
  return kTable;
}

bool in_word(WordClass k) { return k == WordClass::letter || k == WordClass::numeric || k == WordClass::joiner; }

}  // namespace

bool one_latin_sentence(std::u16string_view text, Range paragraph) {
  // A sentence ends only after a terminator (UAX #29 SB11; paragraph separators never get here),
  // so a paragraph with none before its closing run of terminators, quotes, brackets and spaces
  // is one sentence.
  const SentenceClassTable& table = sentence_classes();
  uint32_t end = paragraph.end;
  while (end > paragraph.start && (table(text[end - 1]) == SentenceClass::terminator ||
                                   table(text[end - 1]) == SentenceClass::closing))
    --end;
  for (uint32_t i = paragraph.start; i < end; ++i) {
    const SentenceClass k = table(text[i]);
    if (k == SentenceClass::terminator || k == SentenceClass::unknown) return false;
  }
  return true;
}

bool latin_words(std::u16string_view text, Range paragraph, std::vector<Word>& words) {
  // A word is a run of letters, figures and joiners (WB5, 8-10, 13a-b), which a mid character
  // continues when letters stand on both sides of a MidLetter one (WB6-7) or figures on both sides
  // of a MidNum one (WB11-12).  ICU reports the class of the run's last link: a figure makes it
  // numeric ("a1", "1,000"), a letter not ("1a"), a joiner as the character before it does ("1_"
  // is numeric, "a_" and "__" not); a lone joiner is no word.
  const WordClassTable& table = word_classes();
  const size_t words_before = words.size();
  auto give_up = [&] {
    words.resize(words_before);
    return false;
  };
  uint32_t i = paragraph.start;
  while (i < paragraph.end) {
    const WordClass first = table(text[i]);
    if (first == WordClass::unknown) return give_up();
    if (!in_word(first)) {
      ++i;
      continue;
    }
    const uint32_t start = i;
    WordClass last = first;
    bool numeric = first == WordClass::numeric;
    for (++i; i < paragraph.end; ++i) {
      WordClass k = table(text[i]);
      if (!in_word(k)) {
        if (k == WordClass::unknown) return give_up();
        if (i + 1 >= paragraph.end) break;
        const WordClass after = table(text[i + 1]);
        const bool letters = last == WordClass::letter && after == WordClass::letter &&
                             (k == WordClass::mid_letter || k == WordClass::mid_both);
        const bool figures = last == WordClass::numeric && after == WordClass::numeric &&
                             (k == WordClass::mid_num || k == WordClass::mid_both);
        if (!letters && !figures) break;
        k = after;
        ++i;
      }
      if (k != WordClass::joiner) numeric = k == WordClass::numeric;
      else if (last == WordClass::joiner) numeric = false;
      last = k;
    }
    if (i - start == 1 && first == WordClass::joiner) continue;
    words.push_back({{start, i}, numeric});
  }
  return true;
}

namespace {

bool is_mark(UChar32 c) {
  const int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

void push_word(std::u16string_view text, Range r, bool numeric, std::vector<Word>& words) {
  uint32_t start = r.start;
  for (uint32_t i = r.start; i < r.end;) {
    const UChar32 c = code_point_at(text, i);
    const uint32_t n = U16_LENGTH(c);
    if (!written_without_spaces(c) || is_mark(c)) {
      i += n;
      continue;
    }
    if (i > start) words.push_back({{start, i}, numeric});  // what came before, kept whole
    uint32_t end = i + n;
    while (end < r.end && is_mark(code_point_at(text, end))) end += U16_LENGTH(code_point_at(text, end));
    words.push_back({{i, end}, false});
    start = i = end;
  }
  if (start < r.end) words.push_back({{start, r.end}, numeric});
}

// A narrow no-break space (U+202F) groups thousands in French typography ("5 800 pharmacies") and
// stands before its punctuation ("rupture :"), but UAX #29 counts it a joiner, like "_": it would
// make "5 800" one word, no number.  Words are split there, as at a space.
void split_at_narrow_spaces(std::u16string_view text, std::vector<Word>& words, size_t first) {
  for (size_t k = first; k < words.size(); ++k) {
    const Range r = words[k].range;
    const size_t at = text.substr(r.start, r.size()).find(u'\u202F');
    if (at == std::u16string_view::npos) continue;
    const auto cut = static_cast<uint32_t>(r.start + at);
    auto numeric = [&](uint32_t from, uint32_t to) {
      return words[k].numeric && from < to && u_isdigit(text[from]);
    };
    const Word after{{cut + 1, r.end}, numeric(cut + 1, r.end)};
    const bool rest = after.range.end > after.range.start;
    if (cut > r.start) {
      words[k] = {{r.start, cut}, numeric(r.start, cut)};
      if (rest) words.insert(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, after);
    } else {
      if (rest) words[k] = after;
      else words.erase(words.begin() + static_cast<std::ptrdiff_t>(k));
      --k;  // (read this place again: it may hold another; unsigned, so -1 + 1 is 0)
    }
  }
}

// An amount written after its currency's code without a space ("ALK3.4bn", "USD500m", "EUR1.2bn")
// is two words, as "USD 500m" is: the code, and the figure with its scale.
void split_currency_codes(std::u16string_view text, std::vector<Word>& words, size_t first) {
  for (size_t k = first; k < words.size(); ++k) {
    const Range r = words[k].range;
    if (r.size() < 5 || !std::all_of(text.begin() + r.start, text.begin() + r.start + 3, [](char16_t c) { return c >= u'A' && c <= u'Z'; }) ||
        !u_isdigit(text[r.start + 3]))
      continue;
    uint32_t i = r.start + 3;
    while (i < r.end && (u_isdigit(text[i]) || ((text[i] == u'.' || text[i] == u',') && i + 1 < r.end && u_isdigit(text[i + 1])))) ++i;
    const std::u16string_view suffix = text.substr(i, r.end - i);
    if (suffix.empty() || !std::all_of(suffix.begin(), suffix.end(), [](char16_t c) { return c >= u'a' && c <= u'z'; }) ||
        scale_suffix(suffix) == 0)
      continue;
    words[k] = {{r.start, r.start + 3}, false};
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, Word{{r.start + 3, r.end}, false});
    ++k;
  }
}

// A weekday's abbreviation, folded: "mon", "thurs", "mer", "dim".
bool is_weekday_abbreviation(std::u16string_view folded) {
  return listed(folded, u"mon tue tues wed thu thur thurs fri sat sun lun mar mer jeu ven sam dim");
}

// Where a sentence ICU kept whole goes on after a full stop with one opening with a figure:
// "… 2,5 milliards d'euros. 7 personnes sont mortes …" (ICU reads on when the next letter is lower
// case).  The word before the stop must be a lower-case word of three letters or more that is no
// abbreviation, so "Feb. 3", "sept. 2025", "art. 12" and "3 p.m. 25" stay whole.
std::vector<uint32_t> figure_sentence_starts(std::u16string_view text, Range r) {
  std::vector<uint32_t> starts;
  for (uint32_t p = r.start + 3; p + 2 < r.end; ++p) {
    if (text[p] != u'.' || !u_isUWhiteSpace(text[p + 1])) continue;
    uint32_t q = p + 1;
    while (q < r.end && u_isUWhiteSpace(text[q])) ++q;
    if (q >= r.end || !u_isdigit(code_point_at(text, q))) continue;
    uint32_t w = p;
    while (w > r.start && u_isalpha(text[w - 1]) && u_islower(text[w - 1])) --w;
    // (a word, or the end of one after an elision: "d'euros"; not "U.S." or "e.g.")
    if (p - w < 3 || (w > r.start && !u_isUWhiteSpace(text[w - 1]) && text[w - 1] != u'\'' && text[w - 1] != 0x2019))
      continue;
    std::u16string_view word = text.substr(w, p - w);
    // (nor a weekday's before a date: "mer. 15 mai 2024")
    if (listed(word, u"art vol fig chap sect env etc approx min max hab tél tel") ||
        month_number(word) != 0 || is_weekday_abbreviation(word))
      continue;
    starts.push_back(q);
  }
  return starts;
}

}  // namespace

Segmenter::Segmenter(Language language) : language_(language) {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's sentence-break suppressions ("Mr.", "Dr.", "M.", "Mme.").
  icu::Locale locale(language == Language::fr ? "fr@ss=standard" : "en@ss=standard");
  sentences_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_SUCCESS(status)) words_.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !sentences_ || !words_)
    error_ = std::string("cannot load ICU break rules: ") + u_errorName(status);
}

Segmenter::~Segmenter() = default;

// A line break inside a sentence, as text wrapped at a fixed width breaks it (an e-mail, a PDF, a
// newspaper's narrow columns: "… sur les lignes A, B et C du métro\nlyonnais, au premier jour…"):
// the line so far does not end like a sentence and the next line, right after the break (\n or
// \r\n), opens with a lower-case letter; or, the line ending with an article ("… presented a\n2026
// budget", "told the\nNational"), with any letter or figure, and ending with a preposition or a
// conjunction, with a figure ("… rose by\n12%"; a heading may end with one: "What we are asking
// for"), or in `Wrap::columns`, with anything ("3.4 per cent of\nGDP").  A line shorter than any
// width text is wrapped at -- 30 code units, 16 in columns -- is a line of its own ("Reply · 14" over
// "pcb_patricia · 1 hour ago"), and so is one with a middle dot or a bar, the page's ("Page 1 of
// 1 · 3 posts" over "marcel_r").  A word the wrap split at a hyphen ("Mar-\ngit Odell", "the
// personal allow-\nance") is one word again, on a line of 12 code units or more: `hyphen` says so
// (and `Wrap::splits` looks for those alone).  In text wrapped at `width` code units (0: not known),
// a line the next line's first word would not have fitted on, and not ending like a sentence, goes
// on there whatever the word ("… at a chemical storage premises on Marlpit Lane\nIndustrial
// Estate, Wrexley."); so does a line that opens a bracket it does not close ("… this morning
// (Tuesday 10\nMarch) to reports …").  Returns the break's length (0: none).
uint32_t Segmenter::soft_break(std::u16string_view text, uint32_t line_start, uint32_t i, Wrap wrap,
                               bool& hyphen, uint32_t width) const {
  constexpr uint32_t kShortestSplit = 12;  // code units
  hyphen = false;
  const uint32_t size = text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n' ? 2 : 1;
  if (text[i + size - 1] != u'\n' || i + size >= text.size()) return 0;
  uint32_t end = i;
  while (end > line_start && u_isUWhiteSpace(text[end - 1])) --end;
  const std::u16string_view line = text.substr(line_start, end - line_start);
  if (line.size() < kShortestSplit || line.find_first_of(u"\u00B7|") != std::u16string_view::npos) return 0;
  const UChar32 next = code_point_at(text, i + size);
  const char16_t last = text[end - 1];
  if (u_islower(next) && last == u'-' && u_isalpha(text[end - 2])) return hyphen = true, size;
  const bool columns = wrap == Wrap::columns;
  if (wrap == Wrap::splits || line.size() < (columns ? 16u : 30u)) return 0;
  if (u_islower(next)) return u_isalnum(last) || last == u',' || last == 0xA0 ? size : 0;
  if (u_isalnum(next) && (u_isalnum(last) || last == u',' || last == u')' || last == u'%')) {
    if (line.find(u'(') != std::u16string_view::npos &&
        std::count(line.begin(), line.end(), u'(') > std::count(line.begin(), line.end(), u')'))
      return size;
    // (and the next line full too, or ending a sentence: not a headline over its byline, "… partie
    // pour durer\nPar Sophie Garnier"; nor over a sentence opening with a function word, "… Point de
    // situation à 17 heures\nLe mardi 10 mars 2026, à 7h48, le TER …"; not in narrow columns, where
    // every line is nearly full)
    auto full = [&](uint32_t length) { return length * 4 >= width * 3; };
    if (width && !columns && full(static_cast<uint32_t>(line.size()))) {
      uint32_t word_end = i + size, next_end = i + size;
      while (word_end < text.size() && !u_isUWhiteSpace(text[word_end])) ++word_end;
      while (next_end < text.size() && !is_line_break(text[next_end])) ++next_end;
      while (next_end > i + size && u_isUWhiteSpace(text[next_end - 1])) --next_end;
      const char16_t next_last = text[next_end - 1];
      if (line.size() + 1 + (word_end - i - size) > width &&
          (full(next_end - i - size) || next_last == u'.' || next_last == u'!' || next_last == u'?') &&
          !function_word_at(text, i + size, next_end))
        return size;
    }
  }
  if (!u_isalnum(next) || !u_isalpha(last)) return 0;
  // (a list numbered line by line, "2 Lottery winner, 71, reveals what he spent first £1m on" over
  // "3 Warning to drivers…": both lines open with a number and a capitalised word)
  auto numbered = [&](uint32_t at) {
    uint32_t k = at;
    while (k < text.size() && k < at + 3 && u_isdigit(text[k])) ++k;
    if (k == at) return false;
    if (k < text.size() && (text[k] == u'.' || text[k] == u')')) ++k;
    return k + 1 < text.size() && text[k] == u' ' && u_isupper(code_point_at(text, k + 1));
  };
  if (u_isdigit(next) && numbered(line_start) && numbered(i + size)) return 0;
  uint32_t word = end;
  while (word > line_start && u_isalpha(text[word - 1])) --word;
  if (word > line_start && !u_isUWhiteSpace(text[word - 1])) return 0;
  icu::UnicodeString folded(false, text.data() + word, static_cast<int32_t>(end - word));
  folded.foldCase();
  const std::string w = utf16_to_utf8(std::u16string_view(folded.getBuffer(), static_cast<size_t>(folded.length())));
  const bool fr = language_ == Language::fr;
  return listed(w, fr ? "le la les un une des du au aux" : "a an the") ||
                 ((u_isdigit(next) || columns) && listed(w, fr ? "de à et ou en sur par pour dans avec sans sous vers chez"
                                                               : "of to for with from by and or but at into than in on"))
             ? size : 0;
}

namespace {

// The width a text is wrapped at, in code units: the longest of its lines that go on in a
// lower-case word on the next line, after a letter, a figure or a comma (text wrapped at a fixed
// width: an e-mail, a PDF), when two lines of 30 code units or more do; 0 when fewer do (a web
// page's paragraphs are lines of their own).
uint32_t wrap_width(std::u16string_view text) {
  constexpr uint32_t kShortest = 30;
  uint32_t width = 0, wrapped = 0;
  for (uint32_t start = 0, i = 0; i < text.size(); ++i) {
    if (text[i] != u'\n') continue;
    uint32_t end = i;
    while (end > start && u_isUWhiteSpace(text[end - 1])) --end;
    const uint32_t length = end - start;
    start = i + 1;
    if (length < kShortest || i + 1 >= text.size() || !u_islower(code_point_at(text, i + 1))) continue;
    const char16_t last = text[end - 1];
    if (!u_isalnum(last) && last != u',') continue;
    width = std::max(width, length);
    ++wrapped;
  }
  return wrapped >= 2 ? width : 0;
}

}  // namespace

Segmentation Segmenter::segment(std::u16string_view text) {
  Segmentation out;
  uint32_t line_start = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  // Text set in narrow columns (an e-paper's, a PDF's) splits words at hyphens, two or more.
  bool hyphen = false;
  uint32_t splits = 0;
  for (uint32_t i = 0, start = 0; i < n; ++i)
    if (is_line_break(text[i])) soft_break(text, start, i, Wrap::splits, hyphen), splits += hyphen, start = i + 1;
  const Wrap wrap = splits >= 2 ? Wrap::columns : Wrap::prose;
  const uint32_t width = wrap_width(text);
  // the text with its soft breaks made spaces (same offsets), made only when there is one: ICU
  // ends a sentence at every line break
  std::u16string unwrapped;
  for (uint32_t i = 0; i <= n; ++i) {
    if (i < n && !is_line_break(text[i])) continue;
    if (const uint32_t size = i < n ? soft_break(text, line_start, i, wrap, hyphen, width) : 0; size != 0) {
      if (unwrapped.empty()) unwrapped.assign(text);
      // (a hyphen and the break after it are soft hyphens there, which ICU's rules skip inside a word)
      uint32_t from = i;
      if (hyphen)
        while (unwrapped[from - 1] != u'-') --from;
      for (uint32_t k = hyphen ? from - 1 : i; k < i + size; ++k) unwrapped[k] = hyphen ? u'\u00AD' : u' ';
      i += size - 1;
      continue;
    }
    Range paragraph = trim(text, {line_start, i});
    line_start = i + 1;
    // a page pasted as one line: its lines, where they can be told (see page_line_end)
    const bool glued_page = paragraph.size() >= kGluedPage;
    const std::u16string_view source = unwrapped.empty() ? text : std::u16string_view(unwrapped);
    while (!paragraph.empty()) {
      const uint32_t end = glued_page ? std::max(page_line_end(source, paragraph), paragraph.start + 1) : paragraph.end;
      segment_paragraph(source, trim(source, {paragraph.start, end}), out);
      paragraph = trim(source, {end, paragraph.end});
    }
  }
  return out;
}

bool Segmenter::continues_after_abbreviation(std::u16string_view text, Range before, Range after) const {
  // a month's abbreviation before its day or year: "Oct. 15, 2025" on a line of its own, "Published
  // Sept. 3" (ICU breaks there when the line is short); not a month's full name, which may end a
  // sentence ("… in May. 2025 was …")
  const auto month_before_figure = [&] {
    if (before.empty() || text[before.end - 1] != u'.') return false;
    uint32_t i = after.start;
    while (i < after.end && u_isUWhiteSpace(text[i])) ++i;
    if (i >= after.end || !u_isdigit(text[i])) return false;
    uint32_t w = before.end - 1;
    while (w > before.start && u_isalpha(text[w - 1])) --w;
    if (before.end - 1 - w < 3 || before.end - 1 - w > 4) return false;
    icu::UnicodeString word(false, text.data() + w, static_cast<int32_t>(before.end - 1 - w));
    word.foldCase();
    const std::u16string_view folded(word.getBuffer(), word.length());
    return month_number(folded) != 0 && !listed(folded, u"may june july mai juin mars août");
  };
  // a weekday's abbreviation before a day and its month: "mer. 15 mai 2024 08:03" under a forum
  // post's author, "Thu. 12 March"
  const auto weekday_before_date = [&] {
    if (before.empty() || text[before.end - 1] != u'.') return false;
    uint32_t i = after.start;
    while (i < after.end && u_isUWhiteSpace(text[i])) ++i;
    const uint32_t digits = i;
    while (i < after.end && u_isdigit(text[i])) ++i;
    if (i == digits || i - digits > 2 || i + 1 >= after.end || !u_isUWhiteSpace(text[i]) || !u_isalpha(text[i + 1]))
      return false;
    uint32_t w = before.end - 1;
    while (w > before.start && u_isalpha(text[w - 1])) --w;
    icu::UnicodeString word(false, text.data() + w, static_cast<int32_t>(before.end - 1 - w));
    word.foldCase();
    return is_weekday_abbreviation(std::u16string_view(word.getBuffer(), word.length()));
  };
  // "No." and "Nos." before a figure or a code with figures, and the like: "the No. 3 West
  // section", "Nos. 4 and 5", "Case No. CA-2026-0412", a podcast's "Ep. 147", "Vol. 2", "Fig. 3",
  // "Art. 12"; and a case's "v." or "vs." between its parties' names ("Delgado v. Aldervale Water Co.")
  const auto number_sign = [&] {
    if (before.size() < 2 || text[before.end - 1] != u'.') return false;
    uint32_t w = before.end - 1;
    while (w > before.start && u_isalpha(text[w - 1])) --w;
    const std::u16string_view word = text.substr(w, before.end - 1 - w);
    uint32_t i = after.start;
    while (i < after.end && u_isUWhiteSpace(text[i])) ++i;
    if (i >= after.end || (w > before.start && u_isalnum(text[w - 1]))) return false;
    if ((word == u"v" || word == u"vs") && w > before.start && u_isupper(code_point_at(text, i))) return true;
    static constexpr std::u16string_view kSigns[] = {u"No", u"Nos", u"Ep", u"Eps", u"Vol", u"Vols", u"Fig", u"Figs", u"Art", u"Ch"};
    if (std::find(std::begin(kSigns), std::end(kSigns), word) == std::end(kSigns)) return false;
    uint32_t e = i;  // the next word, to a blank
    while (e < after.end && !u_isUWhiteSpace(text[e])) ++e;
    return std::any_of(text.begin() + i, text.begin() + e, [](char16_t c) { return c >= u'0' && c <= u'9'; });
  };
  if (month_before_figure() || weekday_before_date() || number_sign()) return true;
  if (!ends_with_abbreviation(text, before, language_)) return false;
  uint32_t i = after.start;
  while (i < after.end && !u_isalnum(code_point_at(text, i))) {
    if (text[i] == u'"' || text[i] == 0x201C || text[i] == 0xAB) return false;  // a quote opens
    i += U16_LENGTH(code_point_at(text, i));
  }
  if (i >= after.end) return false;
  UChar32 first = code_point_at(text, i);
  if (u_isdigit(first) || u_islower(first)) return true;
  // A capitalised word: a new sentence if it is a function word ("The", "He", "Le"), otherwise
  // most likely a name that goes on the sentence ("the U.S. Senate").
  return !function_word_at(text, i, after.end);
}

bool Segmenter::function_word_at(std::u16string_view text, uint32_t at, uint32_t limit) const {
  const uint32_t end = letters_end(text, at, limit);
  icu::UnicodeString word(false, text.data() + at, static_cast<int32_t>(end - at));
  word.foldCase();
  return is_stopword(std::u16string_view(word.getBuffer(), word.length()), language_);
}

// Where a sentence ICU kept whole goes on after a lone capital letter and a full stop: ICU's
// suppression lists take some letters for abbreviations wherever they stand ("X.", "Q.", "T." in
// English; "C.", "D.", "L." in French), so "stop posting on X. The office…" stayed one sentence.
// The letter ends its sentence when the next word is a capitalised function word ("The", "Il"),
// which no name goes on with, and the letter is no title ("M. Le Maire").
std::vector<uint32_t> Segmenter::initial_sentence_starts(std::u16string_view text, Range r) const {
  std::vector<uint32_t> starts;
  for (uint32_t p = r.start + 1; p + 2 < r.end; ++p) {
    const size_t dot = text.substr(0, r.end - 2).find(u'.', p);  // the next full stop
    if (dot == std::u16string_view::npos) break;
    p = static_cast<uint32_t>(dot);
    if (!u_isUWhiteSpace(text[p + 1]) || !u_isupper(code_point_at(text, p - 1))) continue;
    if (p - 1 > r.start && !u_isUWhiteSpace(text[p - 2])) continue;  // a lone letter
    const char16_t letter = u_tolower(text[p - 1]);
    if (is_title_abbreviation(std::u16string_view(&letter, 1), language_)) continue;
    uint32_t q = p + 1;
    while (q < r.end && u_isUWhiteSpace(text[q])) ++q;
    if (q < r.end && u_isupper(code_point_at(text, q)) && function_word_at(text, q, r.end)) starts.push_back(q);
  }
  return starts;
}

// A dateline glued to a paragraph's first sentence becomes a sentence of its own:
// "date 2026-02-04 French prosecutors…", "February 4, 2026 Police…", "PARIS (AP) — French…".
void Segmenter::split_dateline(std::u16string_view text, Segmentation& out, size_t si, size_t wi) const {
  if (si >= out.sentences.size()) return;
  const Range s = out.sentences[si].range;
  constexpr size_t kWords = 10;  // a dash within them: "MARLOW SPRINGS, Colo., October 28, 2025 /Meridian Newswire/ --"
  std::vector<Range> w;
  for (size_t k = wi; k < out.words.size() && out.words[k].range.start < s.end && w.size() < kWords; ++k)
    w.push_back(out.words[k].range);
  if (w.size() < 3) return;
  auto word = [&](size_t k) { return text.substr(w[k].start, w[k].size()); };
  auto is_year = [&](size_t k) {
    auto v = word(k);
    return v.size() == 4 && (v.substr(0, 2) == u"19" || v.substr(0, 2) == u"20") &&
           std::all_of(v.begin(), v.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
  };
  auto only_space_between = [&](size_t k) {
    for (uint32_t i = w[k].end; i < w[k + 1].start; ++i)
      if (!u_isUWhiteSpace(text[i])) return false;
    return w[k + 1].start > w[k].end;
  };
  auto in_capitals = [&](size_t k) {
    return std::none_of(text.begin() + w[k].start, text.begin() + w[k].end, [](char16_t c) { return u_islower(c); });
  };
  // a place in capitals may open with a function word ("LA ROCHELLE", "LE HAVRE", "THE HAGUE")
  const bool capital_place = in_capitals(0) && (w[0].size() >= 3 || (w[0].size() == 2 && in_capitals(1)));
  icu::UnicodeString first(false, text.data() + w[0].start, static_cast<int32_t>(w[0].size()));
  first.foldCase();
  // "On 3 Feb…", but "La Rochelle (AFP) - …"
  const std::u16string_view opening = text.substr(s.start, w.back().end - s.start);
  const bool agency_dash = opening.find(u") -") != std::u16string_view::npos ||
                           opening.find(u") \u2013") != std::u16string_view::npos ||
                           opening.find(u") \u2014") != std::u16string_view::npos;
  if (!capital_place && !agency_dash && is_stopword(std::u16string_view(first.getBuffer(), first.length()), language_))
    return;

  uint32_t cut = 0, next = 0;
  bool year = false;
  uint32_t date_words = 0;  // figures and month names: "February 4, 2026", not "Related: Redmarsh's 2003"
  auto lowered = [&](size_t k) {
    std::u16string out(word(k));
    for (auto& c : out) c = static_cast<char16_t>(u_tolower(c));
    return out;
  };
  for (size_t k = 0; k + 1 < w.size() && k < 6 && !cut; ++k) {
    year = year || is_year(k);
    const bool numeric = u_isdigit(text[w[k].end - 1]);
    date_words += numeric || month_number(lowered(k)) != 0;
    // (not inside a second date, "Published: 11 March 2026 | Updated: 12 March 2026", nor before a
    // time's half of the day or zone, "November 17, 2026 1:46 PM UTC")
    const std::u16string after = lowered(k + 1);
    const bool time_sign = after == u"am" || after == u"pm" || after == u"utc" || after == u"gmt";
    if (year && numeric && 2 * date_words > k + 1 && only_space_between(k) && u_isupper(code_point_at(text, w[k + 1].start)) &&
        month_number(after) == 0 && !time_sign)
      cut = w[k].end, next = w[k + 1].start;
  }
  if (!cut) {
    // "PARIS (AP) — ": capitals and brackets, then a dash; "MILLBROOK, Ohio, Feb 8 (Reuters) - ": a
    // place in capitals, or a bracketed agency, before a dash (a spaced hyphen counts, or two, as
    // press-release wires write it: "BOSTON, April 8, 2026 /PRNewswire/ -- ") that comes within the
    // first kWords words
    bool bracket = false, lower = false;
    const uint32_t limit = w.size() == kWords ? w[kWords - 1].end : s.end;
    for (uint32_t i = s.start; i < s.end && i < limit; ++i) {
      const char16_t c = text[i];
      bracket = bracket || c == u')' || c == u'/';
      const uint32_t hyphens = c == u'-' ? (i + 1 < s.end && text[i + 1] == u'-' ? 2 : 1) : 0;
      const bool dash = c == 0x2014 || c == 0x2013 || (hyphens && i + hyphens < s.end && u_isUWhiteSpace(text[i + hyphens]));
      if (dash && i > s.start && u_isUWhiteSpace(text[i - 1])) {
        const uint32_t after = i + std::max<uint32_t>(hyphens, 1);  // past the dash
        uint32_t j = after;
        while (j < s.end && u_isUWhiteSpace(text[j])) ++j;
        // (a place in lower case too when a year and a bracketed agency come first: "Lyon, 10 mars
        // 2026 (AFP) - ")
        const bool agency_date = bracket && year && u_isupper(code_point_at(text, w[0].start));
        // (or a place of a few words, the agency in brackets right before the dash: "Bordeaux (AFP) - ")
        uint32_t before = i;
        while (before > s.start && u_isUWhiteSpace(text[before - 1])) --before;
        size_t words_before = 0;
        while (words_before < w.size() && w[words_before].end <= before) ++words_before;
        // (the place's words capitalised but after a hyphen, "Les Sables-d'Olonne"; the agency one
        // capitalised word: not "The minister (who resigned) - Reuters learned -")
        bool agency_place = before > s.start && text[before - 1] == u')' && words_before >= 2 && words_before <= 5 &&
                            w[words_before - 1].end == before - 1 && text[w[words_before - 1].start - 1] == u'(' &&
                            u_isupper(code_point_at(text, w[words_before - 1].start));
        for (size_t k = 0; agency_place && k + 1 < words_before; ++k)
          agency_place = u_isupper(code_point_at(text, w[k].start)) || (k > 0 && text[w[k].start - 1] == u'-');
        if (j < s.end && u_isupper(code_point_at(text, j)) && (!lower || (capital_place && bracket) || agency_date || agency_place))
          cut = after, next = j;
        break;
      }
      lower = lower || u_islower(code_point_at(text, i));
    }
  }
  if (!cut || next >= s.end) return;
  Sentence rest = out.sentences[si];
  rest.range.start = next;
  out.sentences[si].range.end = cut;
  out.sentences[si].dateline = true;
  out.sentences.insert(out.sentences.begin() + static_cast<std::ptrdiff_t>(si) + 1, rest);
}

// Where the line of a page pasted as one paragraph (its line breaks lost) that opens `r` ends: "…
// nommé ministre des Transports | Par Gwenaëlle Le Bihan | Publié le 19/10/2026 à 20h05 … |
// Partager | Julien Morvan, lundi soir, …".  A line of the page's furniture starts at a capitalised
// word that opens one, right after a letter or figure (no stop, comma or colon before it): a
// byline ("By"/"Par" and a name), a time stamp ("Published", "Updated", "Publié", "Mis à jour"), a
// share button ("Share"/"Partager" alone, a capitalised word after it), a photo credit ("Photo",
// "Crédit photo") or a link to another article ("Read more", "Read also", "Lire aussi", "Voir
// aussi", "À lire aussi"); all but a byline may also follow the end of a sentence.  A
// credit or a link ends before the first capitalised function word with a lower-case word after
// it ("… Erwan Kerleau | C'est un coup de téléphone").  r.end when no line ends inside `r`.
uint32_t Segmenter::page_line_end(std::u16string_view text, Range r) const {
  constexpr uint32_t kLineWords = 24;  // a credit or a link this long has no end found
  auto word_at = [&](uint32_t at) { return text.substr(at, letters_end(text, at, r.end) - at); };
  auto next_word = [&](uint32_t at) {  // where the word after the one at `at` starts (past spaces, ":")
    at = letters_end(text, at, r.end);
    while (at < r.end && (u_isUWhiteSpace(text[at]) || text[at] == u':')) ++at;
    return at;
  };
  auto capital_at = [&](uint32_t at) { return at < r.end && u_isupper(code_point_at(text, at)); };
  for (uint32_t p = r.start; p < r.end; ++p) {
    if ((p > r.start && !u_isUWhiteSpace(text[p - 1])) || !capital_at(p)) continue;
    bool glued = true;
    if (p > r.start) {
      uint32_t b = p - 1;
      while (b > r.start && u_isUWhiteSpace(text[b])) --b;
      glued = u_isalnum(code_point_at(text, b - (U16_IS_TRAIL(text[b]) && b > r.start ? 1 : 0)));
      if (!glued && !among(text.substr(b, 1), u". ! ? \" \u00BB \u201D")) continue;
    }
    const std::u16string_view word = word_at(p);
    const uint32_t next = next_word(p);
    const std::u16string_view second = word_at(next);
    const bool opens = p == r.start;  // the line in question opens with it
    if ((glued && among(word, u"By Par") && capital_at(next) && !function_word_at(text, next, r.end)) ||
        among(word, u"Published Updated Publié Publiée") || (word == u"Mis" && second == u"à")) {
      if (!opens) return p;
    } else if (among(word, u"Share Partager") && capital_at(next)) {
      return opens ? next : p;
    } else if (const bool credit = word == u"Photo" || (among(word, u"Credit Crédit") && among(second, u"photo Photo"));
               credit || (word == u"Read" && among(second, u"more also")) ||
               (among(word, u"Lire Voir") && second == u"aussi") || (word == u"\u00C0" && second == u"lire")) {
      // where it ends, after the title's or the credit's first word (the cue is one word, "Photo",
      // or two, three for "À lire aussi"); a credit names no one in lower-case words ("Photo
      // Archive was sold" is prose)
      uint32_t first = credit && word == u"Photo" ? next : next_word(next);
      if (word == u"\u00C0") first = next_word(first);
      uint32_t end = r.end, words = 0;
      for (uint32_t q = next_word(first); q < r.end && ++words <= kLineWords; q = next_word(q)) {
        if (!u_isalpha(code_point_at(text, q))) {  // "-", "/", a figure: step over it
          while (q < r.end && !u_isUWhiteSpace(text[q])) ++q;
          continue;
        }
        if (!function_word_at(text, q, r.end)) {
          if (credit && !capital_at(q)) break;
          continue;
        }
        if (!capital_at(q)) continue;
        uint32_t after = letters_end(text, q, r.end);
        while (after < r.end && (text[after] == u'\'' || text[after] == 0x2019 || u_isUWhiteSpace(text[after]))) ++after;
        if (after < r.end && u_islower(code_point_at(text, after))) {
          end = q;
          break;
        }
      }
      if (credit && end == r.end) continue;  // prose, or no end found
      return opens ? end : p;
    }
  }
  return r.end;
}

void Segmenter::segment_paragraph(std::u16string_view text, Range paragraph, Segmentation& out) {
  const auto paragraph_index = static_cast<uint32_t>(out.paragraphs.size());
  out.paragraphs.push_back(paragraph);

  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, text.data() + paragraph.start, paragraph.size(), &status);
  const size_t first_sentence = out.sentences.size();

  // A piece of signs only, no letter or figure, goes with a sentence: the one before it in the
  // paragraph ("… est détruite.**", a bold run's close), else the one after it ("![" opening an
  // image's markdown before its alt text); a paragraph of signs only stays a sentence ("***").
  uint32_t signs_from = UINT32_MAX, signs_to = 0;  // such pieces opening the paragraph
  auto signs_only = [&](Range r) {
    for (uint32_t i = r.start; i < r.end; i += U16_IS_LEAD(text[i]) && i + 1 < r.end ? 2 : 1)
      if (u_isalnum(code_point_at(text, i))) return false;
    return true;
  };
  auto add_sentence = [&](Range r) {
    if (r.empty()) return;
    if (signs_only(r)) {
      if (out.sentences.size() > first_sentence) out.sentences.back().range.end = r.end;
      else signs_from = std::min(signs_from, r.start), signs_to = r.end;
      return;
    }
    if (signs_from != UINT32_MAX) r.start = signs_from, signs_from = UINT32_MAX;
    // A closing guillemet or quotation mark after the quotation's full stop and a space ends the
    // quotation, though UAX #29 lets a sentence go on past a space only into the next one (French
    // sets a space before "»": "… qu'il n'a jamais su lire. »", "… sel. » LÉA MORVAN POUR
    // PANORAMA"); and an attribution after it goes on with it ("… la retraite. », s'emporte
    // Karim Belkacem").  (Not a mark that opens a quotation, with a letter right after it: »So«.)
    if (out.sentences.size() > first_sentence && (text[r.start] == 0xBB || text[r.start] == 0x201D)) {
      uint32_t q = r.start;
      while (q < r.end && (text[q] == 0xBB || text[q] == 0x201D)) ++q;
      if (q == r.end || !u_isalnum(code_point_at(text, q))) {
        const uint32_t closed = q;
        while (q < r.end && u_isUWhiteSpace(text[q])) ++q;
        if (q == r.end || text[q] == u',' || text[q] == u';' || u_islower(code_point_at(text, q)) ||
            text[q] == u'-' || text[q] == 0x2013 || text[q] == 0x2014) {
          out.sentences.back().range.end = r.end;
          return;
        }
        out.sentences.back().range.end = closed;
        r.start = q;
      }
    }
    if (out.sentences.size() > first_sentence &&
        (continues_after_abbreviation(text, out.sentences.back().range, r) ||
         (out.sentences.size() == first_sentence + 1 && (dateline_place(text, out.sentences.back().range) ||
                                                          list_number(text, out.sentences.back().range))))) {
      out.sentences.back().range.end = r.end;
      return;
    }
    auto starts = figure_sentence_starts(text, r);
    const auto initials = initial_sentence_starts(text, r);
    if (!initials.empty()) {
      starts.insert(starts.end(), initials.begin(), initials.end());
      std::sort(starts.begin(), starts.end());
    }
    for (uint32_t start : starts) {
      out.sentences.push_back({trim(text, {r.start, start}), paragraph_index});
      r.start = start;
    }
    Sentence s;
    s.range = r;
    s.paragraph = paragraph_index;
    out.sentences.push_back(s);
  };
  if (one_latin_sentence(text, paragraph)) {
    add_sentence(paragraph);
  } else {
    sentences_->setText(&ut, status);
    int32_t prev = sentences_->first();
    for (int32_t next = sentences_->next(); next != icu::BreakIterator::DONE; next = sentences_->next()) {
      add_sentence(trim(text, {paragraph.start + uint32_t(prev), paragraph.start + uint32_t(next)}));
      prev = next;
    }
  }

  if (signs_from != UINT32_MAX) out.sentences.push_back({{signs_from, signs_to}, paragraph_index});

  // Words, each given to the sentence it starts in.
  const size_t first_word = out.words.size();
  if (!latin_words(text, paragraph, out.words)) {
    words_->setText(&ut, status);
    int32_t prev = words_->first();
    for (int32_t next = words_->next(); next != icu::BreakIterator::DONE; next = words_->next()) {
      const int32_t rule = words_->getRuleStatus();
      Range r{paragraph.start + uint32_t(prev), paragraph.start + uint32_t(next)};
      prev = next;
      if (rule < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
      push_word(text, r, rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT, out.words);
    }
  }
  split_at_narrow_spaces(text, out.words, first_word);
  split_currency_codes(text, out.words, first_word);
  split_dateline(text, out, first_sentence, first_word);
  auto w = static_cast<uint32_t>(first_word);
  const auto words_end = static_cast<uint32_t>(out.words.size());
  for (size_t k = first_sentence; k < out.sentences.size(); ++k) {
    const bool last = k + 1 == out.sentences.size();
    out.sentences[k].first_word = w;
    while (w < words_end && (last || out.words[w].range.start < out.sentences[k + 1].range.start)) ++w;
    out.sentences[k].end_word = w;
  }
  utext_close(&ut);
}

}  // namespace corroborate
