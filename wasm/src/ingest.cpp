// Stage 1, ingest: JSON bundles (UTF-8, via simdjson) or articles handed over from JS (UTF-16),
// validated once, so later stages can take well-formed UTF-16 with unique ids for granted.
#include <set>

#include <simdjson.h>

#include "corroborate/corroborate.h"
#include "text.h"

namespace corroborate {

namespace {

std::string quote_id(std::string_view id) {
  std::string s = "\"";
  s.append(id.substr(0, 80));
  if (id.size() > 80) s += "...";
  return s + "\"";
}

std::string article_name(size_t index, std::string_view id) {
  std::string s = "article " + std::to_string(index);
  if (!id.empty()) s += " (" + quote_id(id) + ")";
  return s;
}

// Reads an optional string field; an error when present with another type.
bool optional_string(simdjson::dom::object obj, const char* key, std::string& out) {
  simdjson::dom::element e;
  if (obj[key].get(e) != simdjson::SUCCESS || e.is_null()) return true;
  std::string_view v;
  if (e.get_string().get(v) != simdjson::SUCCESS) return false;
  out.assign(v);
  return true;
}

// What is wrong with a text simdjson could not parse, in a reader's words (simdjson's own table of
// messages covers its whole API, and weighs 1 KB of the module).
std::string why_not_json(simdjson::error_code err) {
  switch (err) {
    case simdjson::EMPTY: return "it is empty";
    case simdjson::UTF8_ERROR: return "it is not valid UTF-8";
    case simdjson::UNCLOSED_STRING: return "a string is not closed";
    case simdjson::STRING_ERROR:
    case simdjson::UNESCAPED_CHARS: return "a string has a bad escape or an unescaped control character";
    case simdjson::DEPTH_ERROR: return "it nests too deeply";
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC: return "it is too large";
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE: return "a number is malformed or out of range";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR: return "a true, false or null is misspelt";
    case simdjson::INCORRECT_TYPE: return "it is not an object";
    default: return "its structure is broken (it ends early, or a comma, bracket, brace or key is missing or extra)";
  }
}

}  // namespace

std::string validate_articles(const std::vector<Article>& articles) {
  if (articles.size() > kMaxArticles)
    return std::to_string(articles.size()) + " articles: at most " + std::to_string(kMaxArticles) + " can be compared at once";
  size_t total = 0;
  for (const Article& a : articles) total += a.text.size();
  if (total > kMaxTotalLength)
    return "the articles hold " + std::to_string(total) + " characters (UTF-16 code units): at most " +
           std::to_string(kMaxTotalLength) + " can be compared at once";
  std::set<std::string_view> seen;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    if (a.id.empty()) return article_name(i, a.id) + ": \"id\" must be a non-empty string";
    if (a.id.size() > kMaxIdLength || a.label.size() > kMaxIdLength)
      return article_name(i, a.id) + ": \"id\" and \"label\" are limited to " + std::to_string(kMaxIdLength) + " bytes";
    if (!seen.insert(a.id).second) return article_name(i, a.id) + ": duplicate id";
    size_t bad = find_lone_surrogate(a.text);
    if (bad != std::u16string::npos)
      return article_name(i, a.id) + ": \"text\" has an unpaired surrogate at offset " + std::to_string(bad);
    if (!a.language.empty() && a.language != "en" && a.language != "fr")
      return article_name(i, a.id) + ": unsupported language " + quote_id(a.language) + " (use \"en\" or \"fr\")";
  }
  return {};
}

Result<std::vector<Article>> parse_bundle(std::string_view json) {
  using R = Result<std::vector<Article>>;
  if (json.size() > kMaxBundleBytes)
    return R::failure("the bundle is " + std::to_string(json.size()) + " bytes: at most " + std::to_string(kMaxBundleBytes) + " are read");
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element doc;
  if (auto err = parser.parse(padded).get(doc); err != simdjson::SUCCESS)
    return R::failure("the bundle is not valid JSON: " + why_not_json(err));

  simdjson::dom::array list;
  if (doc.is_object()) {
    if (doc["articles"].get_array().get(list) != simdjson::SUCCESS)
      return R::failure("the bundle must have an \"articles\" array");
  } else if (doc.get_array().get(list) != simdjson::SUCCESS) {
    return R::failure("the bundle must be an object with an \"articles\" array");
  }

  R result;
  size_t index = 0;
  for (simdjson::dom::element item : list) {
    simdjson::dom::object obj;
    if (item.get_object().get(obj) != simdjson::SUCCESS)
      return R::failure(article_name(index, "") + " must be an object");
    Article a;
    std::string_view id, text;
    simdjson::dom::element e;
    if (obj["id"].get(e) != simdjson::SUCCESS || e.get_string().get(id) != simdjson::SUCCESS)
      return R::failure(article_name(index, "") + ": \"id\" must be a non-empty string");
    a.id.assign(id);
    if (obj["text"].get(e) != simdjson::SUCCESS || e.get_string().get(text) != simdjson::SUCCESS)
      return R::failure(article_name(index, id) + ": \"text\" must be a string");
    if (!optional_string(obj, "label", a.label))
      return R::failure(article_name(index, id) + ": \"label\" must be a string");
    if (!optional_string(obj, "language", a.language))
      return R::failure(article_name(index, id) + ": \"language\" must be a string");
    if (!optional_string(obj, "published", a.published))
      return R::failure(article_name(index, id) + ": \"published\" must be a string (an ISO 8601 date: \"2026-02-04\")");
    if (a.label.empty()) a.label = a.id;
    // simdjson has validated the UTF-8 of the whole document already
    if (!utf8_to_utf16(text, a.text))
      return R::failure(article_name(index, id) + ": \"text\" is not valid UTF-8");
    result.value.push_back(std::move(a));
    ++index;
  }
  if (std::string err = validate_articles(result.value); !err.empty()) return R::failure(err);
  return result;
}

Result<Options> parse_options(std::string_view json) {
  using R = Result<Options>;
  R result;
  if (json.empty()) return result;
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::object obj;
  if (auto err = parser.parse(padded).get(obj); err != simdjson::SUCCESS)
    return R::failure("options must be a JSON object: " + why_not_json(err));
  simdjson::dom::element e;
  if (obj["language"].get(e) == simdjson::SUCCESS && !e.is_null()) {
    std::string_view lang;
    if (e.get_string().get(lang) != simdjson::SUCCESS || (lang != "en" && lang != "fr" && lang != "auto"))
      return R::failure("option \"language\" must be \"en\", \"fr\" or \"auto\"");
    result.value.language.assign(lang);
  }
  if (obj["threshold"].get(e) == simdjson::SUCCESS && !e.is_null()) {
    double t = 0;
    if (e.get_double().get(t) != simdjson::SUCCESS || !(t > 0 && t <= 1))
      return R::failure("option \"threshold\" must be a number above 0 and at most 1");
    result.value.threshold = t;
  }
  if (obj["verbatimMinWords"].get(e) == simdjson::SUCCESS && !e.is_null()) {
    double w = 0;
    if (e.get_double().get(w) != simdjson::SUCCESS || w != static_cast<uint32_t>(w) || w < 2 || w > 100)
      return R::failure("option \"verbatimMinWords\" must be a whole number from 2 to 100");
    result.value.verbatim_min_words = static_cast<uint32_t>(w);
  }
  for (auto field : obj) {
    std::string_view k = field.key;
    if (k != "language" && k != "threshold" && k != "verbatimMinWords")
      return R::failure("unknown option \"" + std::string(k) + "\" (known: language, threshold, verbatimMinWords)");
  }
  return result;
}

}  // namespace corroborate
