// Small text helpers shared by the stages: ranges of UTF-16 code units and UTF conversions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace corroborate {

// A hash for tables of UTF-16 words that are looked up by a view, without a string made for it
// (with std::equal_to<> as their equality: std::unordered_set<std::u16string, ViewHash,
// std::equal_to<>>).
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>{}(s); }
};

// A half-open range [start, end) of UTF-16 code units into an article's text.
struct Range {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const Range&, const Range&) = default;
};

// Whether `word` is one of the entries of `list`, separated by single spaces ("and after while",
// "photo photos image") or by `separator` (entries of several words: "key points|in brief"): a
// word list as one string literal, much less code in the module than an array searched with
// std::find, and no table to build for the short lists of cue words.  Each place the library's
// search finds the word, if it is a whole entry there.
template <typename Char>
constexpr bool listed_in(std::basic_string_view<Char> word, std::basic_string_view<Char> list, Char separator) {
  const size_t n = word.size();
  if (n == 0 || word.find(separator) != std::basic_string_view<Char>::npos) return false;
  for (size_t at = list.find(word); at != std::basic_string_view<Char>::npos; at = list.find(word, at + 1))
    if ((at == 0 || list[at - 1] == separator) && (at + n == list.size() || list[at + n] == separator)) return true;
  return false;
}
// UTF-16 words and UTF-8 (folded) ones.  (Not inlined: inlined at their many call sites, the two
// cost the module 3.8 KB gzip, for no speed: 1,000 articles 0.99 times the time, A/B in one process.)
[[gnu::noinline]] constexpr bool listed(std::u16string_view word, std::u16string_view list, char16_t separator = u' ') {
  return listed_in(word, list, separator);
}
[[gnu::noinline]] constexpr bool listed(std::string_view word, std::string_view list, char separator = ' ') {
  return listed_in(word, list, separator);
}

// An apostrophe, straight or typographic ("'", "’", "‘", "ʼ", "′").
constexpr bool is_apostrophe(char16_t c) { return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032; }

// A blank, French typography's no-break spaces too; and the first sign past the blanks at `i`, up
// to `end`.
constexpr bool is_blank(char16_t c) { return c == u' ' || c == 0xA0 || c == 0x202F; }
inline uint32_t skip_blanks(std::u16string_view text, uint32_t i, size_t end) {
  while (i < end && is_blank(text[i])) ++i;
  return i;
}

// A word past a French elision of one or two letters ("l'ARS" -> "ARS", "qu'il" -> "il"); the
// word itself when it has none.
std::u16string_view past_elision(std::u16string_view word);
// The same for a folded word, whose apostrophes folding made straight ("l'italie" -> "italie").
inline std::string_view past_folded_elision(std::string_view folded) {
  const size_t apostrophe = folded.find('\'');
  return apostrophe != std::string_view::npos && apostrophe <= 2 ? folded.substr(apostrophe + 1) : folded;
}

// A letter upper-cased without its accent, for Latin-1 letters ("é" -> "E"): an acronym's letters
// ("l'Autorité de régulation de l'énergie": ARE).
char16_t unaccented_upper(char16_t c);

// UTF-8 -> UTF-16.  Returns false on malformed UTF-8 (overlong forms, surrogates, truncation).
bool utf8_to_utf16(std::string_view in, std::u16string& out);

// UTF-16 -> UTF-8; lone surrogates become U+FFFD (only ids and labels go this way).
std::string utf16_to_utf8(std::u16string_view in);

// Index of the first unpaired surrogate, or npos when the text is well-formed.
size_t find_lone_surrogate(std::u16string_view text);

// Numbers written without printf (whose code the module would otherwise carry), from exact IEEE
// operations only, so that every platform writes the same digits:
// - v to six significant digits, as printf's "%.6g" writes it ("16.2", "-350000", "1e+15",
//   "1.5e-05"); "inf", "-inf" or "nan" when not finite;
void append_six_digits(std::string& out, double v);
// - v with `decimals` (0 to 9) digits after the point, as "%.*f" writes it, the exact binary value
//   rounded half to even; from 2^53 on, as append_six_digits() writes it.
void append_fixed(std::string& out, double v, int decimals);
// And read back: the number at the start of `s` ("3.5", "-350000", "1e+15", "48" of "48h"), what
// std::strtod reads there, with `used` set to how many characters it took (0 when none); without
// strtod's long-double arithmetic (14 KB of the module's code).  Exactly strtod's value, correctly
// rounded, when the number has at most 15 significant digits and a power of ten of at most 22.
double read_number(std::string_view s, size_t* used = nullptr);

}  // namespace corroborate
