// libFuzzer target: arbitrary bytes as a JSON bundle.  Must give an error or a result, never crash;
// a result must be valid JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <simdjson.h>

#include "corroborate/corroborate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto articles = corroborate::parse_bundle(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!articles.ok()) return 0;
  auto result = corroborate::compare_json(articles.value, {});
  if (!result.ok()) return 0;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(result.value).get(root) != simdjson::SUCCESS) __builtin_trap();
  return 0;
}
