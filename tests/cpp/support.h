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

// A news page pasted as one line (its line breaks lost): title, byline, time stamp, share button,
// caption and photo credit, the story with a link to another article inside it.
inline const char* const kGluedPage =
    "Home > News > Transport Coastal line shut for a week after landslide buries tracks By Mara Jensen Published "
    "March 4, 2026 at 6:05 p.m. Share Workers clear mud from the tracks near Hollin Bay on Tuesday. Photo: Dan "
    "Okoro / Northern Post The coastal railway between Hollin Bay and Carrow will stay closed for at least a week "
    "after a landslide buried 200 metres of track on Monday night, the operator said. No train was on the line "
    "when the hillside gave way after three days of heavy rain, and nobody was hurt. Engineers said the slope "
    "would have to be stabilised before the track could be rebuilt, a job they expected to take at least five "
    "days. Buses will replace trains between the two towns, adding about 40 minutes to the journey. Read more: "
    "Why our railways keep sliding into the sea The line carries about 9,000 passengers a day and is the only "
    "rail link along that stretch of coast. Local councillors have warned for years that the cliffs above the "
    "track were becoming unstable as winters got wetter. The regional transport authority said it would publish "
    "a review of every slope along the route by the end of the summer, and that repairs would be paid for from "
    "its emergency budget. Commuters described long queues for the replacement buses on Tuesday morning, and "
    "some said they would work from home until the line reopened. Freight trains have been diverted inland, and "
    "the port at Carrow said deliveries of timber and grain would be delayed by two or three days. The operator "
    "apologised to passengers and said tickets would be valid on the replacement buses and on local ferries.";

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
