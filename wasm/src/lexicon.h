// Per-language word lists: the function words (stopwords) that carry no claim of their own.
// Used by segment (to tell a sentence start after an abbreviation) and by the later stages.
#pragma once

#include <string_view>

namespace corroborate {

enum class Language { en, fr };

// "en" / "fr"; anything else falls back to English.
Language language_from_code(std::string_view code);

// `folded` must already be case-folded (lower case).
bool is_stopword(std::u16string_view folded, Language language);

// Titles written with a period that ICU's sentence-break suppressions lack ("Dr.", "Gen.", "Me"):
// `folded` is the word without its period, lower case.
bool is_title_abbreviation(std::u16string_view folded, Language language);

}  // namespace corroborate
