#include "lexicon.h"

#include <string>
#include <unordered_set>

#include "text.h"

namespace corroborate {

namespace {

// Snowball's stop lists (snowballstem.org), with the contractions' halves and a few news-prose
// function words added.
constexpr std::string_view kEnglish =
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she "
    "her hers herself it its itself they them their theirs themselves what which who whom this that "
    "these those am is are was were be been being have has had having do does did doing would "
    "should could ought will shall can cannot may might must a an the and but if or because as until "
    "while of at by for with about against between into through during before after above below to "
    "from up down in out on off over under again further then once here there when where why how "
    "all any both each few more most other some such no nor not only own same so than too very s t "
    "don now also yet just said says say according however though although since whether";

constexpr std::string_view kFrench =
    "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même "
    "mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton "
    "tu un une vos votre vous c d j l à m n s t y été étée étées étés étant étante étants étantes "
    "suis es est sommes êtes sont serai seras sera serons serez seront serais serait serions seriez "
    "seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez "
    "soient fusse fusses fût fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai "
    "as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient "
    "avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse "
    "eusses eût eussions eussiez eussent ceci cela celà cet cette ici ils les leurs quel quels "
    "quelle quelles sans soi si selon mais ou donc or ni car alors aussi puis lors dont où";

constexpr std::string_view kEnglishTitles =
    "dr gen sen rep gov lt col sgt capt cmdr adm maj rev hon pres supt insp det atty gov messrs "
    "mt ft st";
constexpr std::string_view kFrenchTitles = "dr me mgr pr mme mlle mm st ste gal cdt col lt sgt";

std::unordered_set<std::u16string> build(std::string_view list) {
  std::unordered_set<std::u16string> set;
  size_t i = 0;
  while (i < list.size()) {
    size_t j = list.find(' ', i);
    if (j == std::string_view::npos) j = list.size();
    std::u16string w;
    if (j > i && utf8_to_utf16(list.substr(i, j - i), w)) set.insert(std::move(w));
    i = j + 1;
  }
  return set;
}

}  // namespace

Language language_from_code(std::string_view code) {
  return code == "fr" ? Language::fr : Language::en;
}

bool is_stopword(std::u16string_view folded, Language language) {
  static const auto en = build(kEnglish);
  static const auto fr = build(kFrench);
  const auto& set = language == Language::fr ? fr : en;
  return set.count(std::u16string(folded)) != 0;
}

bool is_title_abbreviation(std::u16string_view folded, Language language) {
  static const auto en = build(kEnglishTitles);
  static const auto fr = build(kFrenchTitles);
  return (language == Language::fr ? fr : en).count(std::u16string(folded)) != 0;
}

}  // namespace corroborate
