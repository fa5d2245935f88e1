// Stage 1, ingest: bundles parse into validated UTF-16 articles, and bad input says what is wrong.
#include <doctest/doctest.h>

#include "support.h"

using corroborate::parse_bundle;

TEST_CASE("the demo bundle parses: five articles with ids, labels and UTF-16 text") {
  auto r = parse_bundle(test::read_file(CORROBORATE_SOURCE_DIR "/demo/stories/raid-on-x.json"));
  REQUIRE(r.ok());
  REQUIRE(r.value.size() == 5);
  CHECK(r.value[0].id == "truthout");
  CHECK(r.value[0].label == "Truthout");
  CHECK(r.value[0].published == "2026-02-04");
  // "Elon Musk’s": the curly apostrophe is one UTF-16 unit
  auto pos = r.value[0].text.find(u"Musk\u2019s platform");
  CHECK(pos != std::u16string::npos);
}

TEST_CASE("a bare array of articles is accepted; a missing label defaults to the id") {
  auto r = parse_bundle(R"([{"id":"a","text":"One."},{"id":"b","text":"Two.","label":"B"}])");
  REQUIRE(r.ok());
  CHECK(r.value[0].label == "a");
  CHECK(r.value[1].label == "B");
}

TEST_CASE("bad bundles give errors that name the problem") {
  auto err = [](std::string_view json) { return parse_bundle(json).error; };
  CHECK(err("{\"articles\": [") == "the bundle is not valid JSON: its structure is broken (it ends early, or a comma, "
                                   "bracket, brace or key is missing or extra)");
  CHECK(err("") == "the bundle is not valid JSON: it is empty");
  CHECK(err("[tru]") == "the bundle is not valid JSON: a true, false or null is misspelt");
  CHECK(err("{}").find("\"articles\" array") != std::string::npos);
  CHECK(err("42").find("\"articles\" array") != std::string::npos);
  CHECK(err(R"({"articles":[7]})") == "article 0 must be an object");
  CHECK(err(R"({"articles":[{"text":"x"}]})").find("\"id\"") != std::string::npos);
  CHECK(err(R"({"articles":[{"id":"","text":"x"}]})").find("non-empty") != std::string::npos);
  CHECK(err(R"({"articles":[{"id":"a","text":3}]})") == "article 0 (\"a\"): \"text\" must be a string");
  CHECK(err(R"({"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]})") == "article 1 (\"a\"): duplicate id");
  CHECK(err(R"({"articles":[{"id":"a","text":"x","language":"xx"}]})").find("unsupported language") != std::string::npos);
  CHECK(err(R"({"articles":[{"id":"a","text":"x","published":20260204}]})") ==
        "article 0 (\"a\"): \"published\" must be a string (an ISO 8601 date: \"2026-02-04\")");
  // a date in another form is no error: it is not read (see resolve_relative_dates())
  CHECK(parse_bundle(R"({"articles":[{"id":"a","text":"x","published":"4 Feb 2026"},{"id":"b","text":"y","published":null}]})").ok());
  CHECK(err("{\"articles\":[{\"id\":\"a\",\"text\":\"bad \xC3\x28 byte\"}]}") == "the bundle is not valid JSON: it is not valid UTF-8");
  CHECK(err(R"({"articles":[{"id":"a","text":"lone \ud800 surrogate"}]})").find("not valid JSON") != std::string::npos);
  CHECK(parse_bundle(R"({"articles":[]})").ok());
}

TEST_CASE("articles from JS are validated: lone surrogates are rejected with their offset") {
  std::vector<corroborate::Article> arts(1);
  arts[0].id = "x";
  arts[0].text = u"ok \xD83D then";
  CHECK(corroborate::validate_articles(arts) == "article 0 (\"x\"): \"text\" has an unpaired surrogate at offset 3");
  arts[0].text = u"ok \xD83D\xDE00 pair";
  CHECK(corroborate::validate_articles(arts).empty());
  arts[0].text = u"\xDE00";
  CHECK_FALSE(corroborate::validate_articles(arts).empty());
}

TEST_CASE("UTF-8 decoding rejects overlong forms, encoded surrogates and truncation") {
  std::u16string out;
  CHECK(corroborate::utf8_to_utf16("caf\xC3\xA9 \xF0\x9F\x98\x80", out));
  CHECK(out == u"caf\u00E9 \U0001F600");
  CHECK_FALSE(corroborate::utf8_to_utf16("\xC0\xAF", out));
  CHECK_FALSE(corroborate::utf8_to_utf16("\xED\xA0\x80", out));
  CHECK_FALSE(corroborate::utf8_to_utf16("\xE2\x82", out));
  CHECK_FALSE(corroborate::utf8_to_utf16("\xF4\x90\x80\x80", out));
}

TEST_CASE("segment_json reports every article with offsets and words") {
  auto arts = parse_bundle(R"({"articles":[{"id":"a","text":"One two. Three."},{"id":"b","text":""}]})");
  REQUIRE(arts.ok());
  auto r = corroborate::segment_json(arts.value, {});
  REQUIRE(r.ok());
  CHECK(r.value ==
        R"({"version":1,"articles":[{"id":"a","paragraphs":[{"start":0,"end":15}],"sentences":[)"
        R"({"start":0,"end":8,"paragraph":0,"words":[[0,3],[4,7]]},{"start":9,"end":15,"paragraph":0,"words":[[9,14]]}]},)"
        R"({"id":"b","paragraphs":[],"sentences":[]}]})");
}

TEST_CASE("options: defaults, language, and clear errors") {
  CHECK(corroborate::parse_options("").ok());
  CHECK(corroborate::parse_options("{}").value.language == "auto");
  CHECK(corroborate::parse_options(R"({"language":"fr"})").value.language == "fr");
  CHECK(corroborate::parse_options(R"({"language":"en"})").value.language == "en");
  CHECK_FALSE(corroborate::parse_options(R"({"language":"de"})").ok());
  CHECK_FALSE(corroborate::parse_options("[").ok());
}
