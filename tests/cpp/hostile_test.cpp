// Bad and extreme input: a clear error naming the problem, or a correct result whose offsets fall
// on code-point boundaries inside the text given.
#include <doctest/doctest.h>

#include <simdjson.h>

#include "support.h"

using corroborate::Article;
using corroborate::compare_json;
using corroborate::parse_bundle;

namespace {

// Every sentence and span of `json` lies inside its article and on code-point boundaries;
// sentences are in order and do not overlap.
void check_offsets(const std::string& json, const std::vector<Article>& articles) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  REQUIRE(parser.parse(json).get(root) == simdjson::SUCCESS);
  size_t a = 0;
  simdjson::dom::array arts;
  REQUIRE(root["articles"].get_array().get(arts) == simdjson::SUCCESS);
  for (auto art : arts) {
    simdjson::dom::array sentences, spans;
    REQUIRE(art["sentences"].get_array().get(sentences) == simdjson::SUCCESS);
    REQUIRE(art["spans"].get_array().get(spans) == simdjson::SUCCESS);
    const std::u16string& text = articles[a++].text;
    auto boundary = [&](uint64_t i) {
      return i == 0 || i >= text.size() || !(U16_IS_TRAIL(text[i]) && U16_IS_LEAD(text[i - 1]));
    };
    uint64_t last_end = 0;
    for (auto s : sentences) {
      uint64_t start = s["start"].get_uint64().value_unsafe(), end = s["end"].get_uint64().value_unsafe();
      CHECK(start < end);
      CHECK(end <= text.size());
      CHECK(start >= last_end);
      CHECK(boundary(start));
      CHECK(boundary(end));
      last_end = end;
    }
    for (auto s : spans) {
      uint64_t start = s["start"].get_uint64().value_unsafe(), end = s["end"].get_uint64().value_unsafe();
      CHECK(start < end);
      CHECK(end <= text.size());
      CHECK(boundary(start));
      CHECK(boundary(end));
    }
  }
}

std::vector<Article> two(std::u16string a, std::u16string b) {
  return {{"a", "a", std::move(a), ""}, {"b", "b", std::move(b), ""}};
}

std::string compare_ok(const std::vector<Article>& articles) {
  auto r = compare_json(articles, {});
  REQUIRE_MESSAGE(r.ok(), r.error);
  check_offsets(r.value, articles);
  return r.value;
}

}  // namespace

TEST_CASE("malformed JSON: truncated, wrong types, deep nesting") {
  CHECK(parse_bundle("{\"articles\":[{\"id\":\"a\",\"text\":\"x").error.find("not valid JSON") != std::string::npos);
  CHECK(parse_bundle("{\"articles\":{\"id\":\"a\"}}").error == "the bundle must have an \"articles\" array");
  CHECK(parse_bundle("{\"articles\":[{\"id\":[],\"text\":\"x\"}]}").error.find("\"id\"") != std::string::npos);
  CHECK(parse_bundle("{\"articles\":[{\"id\":\"a\",\"text\":\"x\",\"label\":7}]}").error.find("\"label\"") != std::string::npos);
  std::string deep = "{\"articles\":[" + std::string(5000, '[') + std::string(5000, ']') + "]}";
  CHECK(parse_bundle(deep).error.find("not valid JSON") != std::string::npos);
  CHECK(parse_bundle("").error.find("not valid JSON") != std::string::npos);
  CHECK(parse_bundle(std::string("{\"articles\":[]}\0junk", 20)).error.find("not valid JSON") != std::string::npos);
}

TEST_CASE("NUL bytes, empty articles, one article, blank and whitespace-only text") {
  auto r = parse_bundle(R"({"articles":[{"id":"a","text":"Police raided X.\u0000 Then left."},{"id":"b","text":""}]})");
  REQUIRE(r.ok());
  CHECK(r.value[0].text.find(u'\0') != std::u16string::npos);
  compare_ok(r.value);
  compare_ok({{"only", "only", test::u("A single article. It has two sentences."), ""}});
  compare_ok(two(u"", u"   \n\t\n  "));
  // text with no word at all, only signs: sentences without a word (a section break, a line of a
  // control character)
  compare_ok(two(u"* * *", test::u("Police raided the offices of X in Paris on Tuesday.")));
  compare_ok(two(u"#\u0010", u"\u2014\n* * *\n#"));
}

TEST_CASE("scripts and symbols: RTL, CJK without spaces, emoji ZWJ sequences, combining marks") {
  auto ar = test::u("داهمت الشرطة الفرنسية مكاتب منصة إكس في باريس. واستدعت النيابة إيلون ماسك.");
  auto he = test::u("המשטרה הצרפתית פשטה על משרדי X בפריז. התובעים זימנו את מאסק.");
  auto zh = test::u("法国警方搜查了X在巴黎的办公室。检察官传唤了马斯克。");
  auto ja = test::u("フランス警察はパリにあるXの事務所を家宅捜索した。検察はマスク氏を召喚した。");
  auto th = test::u("ตำรวจฝรั่งเศสบุกค้นสำนักงานของเอ็กซ์ในปารีส");
  auto emoji = test::u("Family \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 and flag \U0001F1EB\U0001F1F7. "
                       "Skin \U0001F44D\U0001F3FD tone. Keycap 1\uFE0F\u20E3 done.");
  auto marks = test::u("Cafe\u0301 au lait. Zalgo t\u0336\u0335e\u0337x\u0338t\u0334 here. Re\u0301sume\u0301 sent.");
  compare_ok(two(ar, he));
  compare_ok(two(zh, ja));
  compare_ok(two(th, zh + ja));
  compare_ok(two(emoji, marks));
  // the same text in two articles: every script still aligns with itself
  auto same = compare_ok(two(zh, zh));
  CHECK(same.find("\"kind\":\"agree\"") != std::string::npos);
}

TEST_CASE("narrow no-break spaces anywhere: alone, in runs, at word ends, between figures, around « »") {
  auto odd = test::u("\u202F\u202F. a\u202F\u202Fb 5\u202F\u202F800\u202F. _\u202F_ \u202F1\u202F2\u202F3\u202F4 "
                     "« x\u202F» \u05D0\u202F\u05D1 5\u202F800\u202Fpharmacies.");
  auto plain = test::u("Près de 5\u202F800 pharmacies sont en rupture, « selon\u202F» l'agence.");
  compare_ok(two(odd, plain));
  compare_ok(two(odd, odd));
  auto same = compare_ok(two(plain, test::u("Près de 5 800 pharmacies sont en rupture, « selon » l'agence.")));
  CHECK(same.find("\"kind\":\"agree\"") != std::string::npos);
}

TEST_CASE("CJK and Thai split into characters, so builds with and without dictionaries agree") {
  corroborate::Segmenter seg(corroborate::Language::en);
  auto text = test::u("中华人民共和国 iPhone手机 ภาษาไทย");
  auto s = seg.segment(text);
  std::vector<std::string> words;
  for (auto& w : s.words) words.push_back(test::s8(text.substr(w.range.start, w.range.size())));
  CHECK(words == std::vector<std::string>{"中", "华", "人", "民", "共", "和", "国", "iPhone", "手", "机",
                                          "ภ", "า", "ษ", "า", "ไ", "ท", "ย"});
}

TEST_CASE("CRLF, CR and mixed line breaks are paragraph breaks; offsets stay in the original text") {
  auto text = test::u("First paragraph here.\r\nSecond one.\rThird one.\n\r\nFourth.\u2028Fifth.");
  corroborate::Segmenter seg(corroborate::Language::en);
  CHECK(seg.segment(text).paragraphs.size() == 5);
  compare_ok(two(text, test::u("Second one. Fourth.")));
}

TEST_CASE("one 200,000-character sentence with no punctuation") {
  std::u16string big;
  const char16_t* words[] = {u"police", u"raid", u"office", u"paris", u"musk", u"platform", u"inquiry", u"data"};
  for (size_t i = 0; big.size() < 200000; ++i) big += std::u16string(words[(i * 7 + i / 3) % 8]) + u" ";
  big.resize(200000);
  auto r = compare_ok(two(big, test::u("Police raided the Paris office of the platform.")));
  CHECK(r.find("\"sentences\":[{\"start\":0,\"end\":") != std::string::npos);
}

TEST_CASE("a number of 400 digits, rounded or not, against another: an answer, no endless loop") {
  // (400 nines are more than a double holds: the number is infinite)
  const std::u16string nines(400, u'9');
  for (const char16_t* bound : {u"About ", u"More than ", u""}) {
    auto r = compare_ok(two(std::u16string(bound) + nines + u" residents were evacuated from the village of Marrow on Monday night.",
                            test::u("About 400 residents were evacuated from the village of Marrow on Monday night.")));
    CHECK(r.find("\"claims\":[0]") != std::string::npos);
  }
}

TEST_CASE("500 articles") {
  std::vector<Article> many;
  for (int i = 0; i < 500; ++i) {
    const auto& src = test::demo_articles()[i % 5];
    many.push_back({"a" + std::to_string(i), "", src.text.substr(0, 1200 + (i % 7) * 100), ""});
  }
  compare_ok(many);
}

TEST_CASE("limits are checked up front, with the numbers in the message") {
  std::vector<Article> too_many(corroborate::kMaxArticles + 1);
  for (size_t i = 0; i < too_many.size(); ++i) too_many[i].id = std::to_string(i);
  CHECK(compare_json(too_many, {}).error == "5001 articles: at most 5000 can be compared at once");
  std::vector<Article> too_long = two(std::u16string(corroborate::kMaxTotalLength, u'a'), u"b");
  CHECK(compare_json(too_long, {}).error.find("at most 33554432 can be compared at once") != std::string::npos);
  std::vector<Article> long_id = two(u"x", u"y");
  long_id[0].id = std::string(2000, 'i');
  CHECK(compare_json(long_id, {}).error.find("limited to 1024 bytes") != std::string::npos);
}
