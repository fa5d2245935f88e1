// libFuzzer target: compare() on arbitrary text, split into 1-6 articles, as UTF-8 (decoded
// leniently) or as raw UTF-16 code units (lone surrogates left in, or replaced, by a flag bit).
// Checks what every result must hold: valid JSON, the same bytes twice, and sentences and spans
// inside their text, on code-point boundaries, sentences in order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <simdjson.h>

#include "corroborate/corroborate.h"

namespace {

#define REQUIRE(cond) \
  do {                \
    if (!(cond)) __builtin_trap(); \
  } while (0)

std::u16string lenient_utf8(const uint8_t* p, size_t n) {
  std::u16string out;
  for (size_t i = 0; i < n;) {
    uint32_t c = p[i];
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    bool ok = extra >= 0 && i + extra < n;
    if (ok) {
      c = extra == 0 ? c : c & (0x3F >> extra);
      for (int k = 1; k <= extra && ok; ++k) {
        ok = (p[i + k] & 0xC0) == 0x80;
        c = (c << 6) | (p[i + k] & 0x3F);
      }
      ok = ok && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    if (c >= 0x10000) {
      out.push_back(char16_t(0xD800 + ((c - 0x10000) >> 10)));
      out.push_back(char16_t(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out.push_back(char16_t(c));
    }
    i += extra + 1;
  }
  return out;
}

void fix_surrogates(std::u16string& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    bool lead = t[i] >= 0xD800 && t[i] <= 0xDBFF, trail = t[i] >= 0xDC00 && t[i] <= 0xDFFF;
    if (lead && i + 1 < t.size() && t[i + 1] >= 0xDC00 && t[i + 1] <= 0xDFFF) ++i;
    else if (lead || trail) t[i] = 0xFFFD;
  }
}

void check(const std::string& json, const std::vector<corroborate::Article>& articles) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  REQUIRE(parser.parse(json).get(root) == simdjson::SUCCESS);
  simdjson::dom::array arts;
  REQUIRE(root["articles"].get_array().get(arts) == simdjson::SUCCESS);
  size_t a = 0;
  for (auto art : arts) {
    REQUIRE(a < articles.size());
    const std::u16string& text = articles[a++].text;
    auto boundary = [&](uint64_t i) {
      return i == 0 || i >= text.size() || !(text[i] >= 0xDC00 && text[i] <= 0xDFFF && text[i - 1] >= 0xD800 && text[i - 1] <= 0xDBFF);
    };
    for (const char* key : {"sentences", "spans"}) {
      simdjson::dom::array list;
      REQUIRE(art[key].get_array().get(list) == simdjson::SUCCESS);
      uint64_t last = 0;
      for (auto s : list) {
        uint64_t start = 0, end = 0;
        REQUIRE(s["start"].get_uint64().get(start) == simdjson::SUCCESS);
        REQUIRE(s["end"].get_uint64().get(end) == simdjson::SUCCESS);
        REQUIRE(start < end && end <= text.size() && boundary(start) && boundary(end));
        if (key[1] == 'e') REQUIRE(start >= last);  // sentences in order, apart
        last = end;
      }
    }
  }
  REQUIRE(a == articles.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t mode = data[0], opts = data[1];
  data += 2;
  size -= 2;
  const size_t n = 1 + mode % 6;
  std::vector<corroborate::Article> articles(n);
  for (size_t i = 0; i < n; ++i) {
    const size_t from = size * i / n, to = size * (i + 1) / n;
    articles[i].id = "a" + std::to_string(i);
    articles[i].label = articles[i].id;
    if (mode & 0x80) {
      for (size_t k = from; k + 1 < to; k += 2) articles[i].text.push_back(char16_t(data[k] | (data[k + 1] << 8)));
      if (mode & 0x40) fix_surrogates(articles[i].text);
    } else {
      articles[i].text = lenient_utf8(data + from, to - from);
    }
    if (mode & 0x20) articles[i].language = "fr";
    // dates told relative to a day of publication, at a year's and a month's turn
    if (mode & 0x10) articles[i].published = i % 2 ? "2024-03-01" : "2026-01-01T00:00:00Z";
  }
  corroborate::Options options;
  options.threshold = 0.05 + (opts % 16) * 0.06;
  options.verbatim_min_words = 2 + (opts >> 4);
  auto result = corroborate::compare_json(articles, options);
  if (!result.ok()) return 0;  // e.g. a lone surrogate: an error, which is fine
  check(result.value, articles);
  auto again = corroborate::compare_json(articles, options);
  REQUIRE(again.ok() && again.value == result.value);  // deterministic
  return 0;
}
