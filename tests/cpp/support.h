// Helpers for the doctest suite (native and wasm alike).
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "corroborate/corroborate.h"
#include "segment.h"
#include "text.h"

namespace test {

inline std::u16string u(std::string_view utf8) {
  std::u16string out;
  corroborate::utf8_to_utf16(utf8, out);
  return out;
}

inline std::string s8(std::u16string_view utf16) { return corroborate::utf16_to_utf8(utf16); }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The demo story: five real articles, boilerplate and all.
inline const std::vector<corroborate::Article>& demo_articles() {
  static const auto articles = [] {
    auto r = corroborate::parse_bundle(read_file(CORROBORATE_SOURCE_DIR "/demo/stories/raid-on-x.json"));
    return r.value;
  }();
  return articles;
}

inline const corroborate::Article& demo_article(std::string_view id) {
  for (const auto& a : demo_articles())
    if (a.id == id) return a;
  throw std::runtime_error("no demo article " + std::string(id));
}

// The sentences of `text`, as UTF-8 strings.
inline std::vector<std::string> sentences(std::u16string_view text,
                                          corroborate::Language lang = corroborate::Language::en) {
  corroborate::Segmenter seg(lang);
  auto s = seg.segment(text);
  std::vector<std::string> out;
  for (const auto& sen : s.sentences) out.push_back(s8(text.substr(sen.range.start, sen.range.size())));
  return out;
}

}  // namespace test

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "[";
    for (const auto& x : v) s += (s.size() > 1 ? " | " : "") + x;
    return String((s + "]").c_str());
  }
};
template <>
struct StringMaker<corroborate::Range> {
  static String convert(const corroborate::Range& r) {
    return String(("[" + std::to_string(r.start) + "," + std::to_string(r.end) + ")").c_str());
  }
};
}  // namespace doctest
