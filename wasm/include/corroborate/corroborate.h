// corroborate: compare news articles about one story.
//
// The public C++ API.  Everything the JS binding and the tests use goes through here; the stages
// themselves (ingest -> segment -> normalize -> align -> classify -> report) live in src/, one
// file each.  Text is UTF-16 throughout, so every offset is a JS string index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

// Limits, checked before any work: beyond them the engine fails with a clear error rather than
// running out of memory (the WebAssembly build may grow to 2 GiB; the engine needs about 12 bytes
// per character at its peak).
inline constexpr size_t kMaxArticles = 5000;
inline constexpr size_t kMaxTotalLength = size_t{32} << 20;  // UTF-16 code units, all articles
inline constexpr size_t kMaxIdLength = 1024;                  // bytes of an id or a label
inline constexpr size_t kMaxBundleBytes = size_t{160} << 20;  // a JSON bundle

// One article as given: a unique id, a display label and the plain text (paragraphs separated by
// line breaks).  `language` is a hint ("en", "fr"; empty = the options' language).  `published`
// is the day it came out, an ISO 8601 date or date and time ("2026-02-04", "2026-02-04T09:30:00Z";
// empty or anything else = unknown): "yesterday", "last month", "l'an dernier" are read against it.
struct Article {
  std::string id;
  std::string label;
  std::u16string text;
  std::string language;
  std::string published;
};

// A value or the reason there is none.  The engine does not throw: WebAssembly builds have no
// exception support by default, and every error must leave the module usable.
template <class T>
struct Result {
  T value{};
  std::string error;  // empty when ok
  bool ok() const { return error.empty(); }
  static Result failure(std::string message) {
    Result r;
    r.error = std::move(message);
    return r;
  }
};

// Options of compare() (JSON keys in brackets), with their defaults.
struct Options {
  std::string language = "auto";   // ("language") articles without a hint: "en", "fr", or "auto"
                                   // (each article's own, told from its function words)
  double threshold = 0.15;         // ("threshold") similarity from which two sentences state one claim, 0..1
  uint32_t verbatim_min_words = 8; // ("verbatimMinWords") shortest run reported as verbatim, 2..100
};

// ingest: parse a bundle `{"articles":[{"id","label","text","language"?},...]}` (UTF-8 JSON; a bare
// array of articles is accepted too) and validate it.
Result<std::vector<Article>> parse_bundle(std::string_view json);

// ingest: check articles given directly (from JS): ids present and unique, text well-formed UTF-16.
std::string validate_articles(const std::vector<Article>& articles);

// Parse an options object (JSON; "" or "{}" = defaults).
Result<Options> parse_options(std::string_view json);

// segment + report: paragraphs, sentences and words of every article, as result JSON.
Result<std::string> segment_json(const std::vector<Article>& articles, const Options& options);

// The whole pipeline: segment -> normalize -> align -> classify -> report, as result JSON
// (see README.md, "The result").
Result<std::string> compare_json(const std::vector<Article>& articles, const Options& options);

}  // namespace corroborate
