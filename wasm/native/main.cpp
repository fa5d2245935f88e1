// corroborate_native: the engine as a native command, for tests and benchmarks that compare the
// native build with the WebAssembly one, and for quick measures while developing.  (Users get the
// CLI of the npm package, which runs the WebAssembly build.)
//   corroborate_native segment|compare BUNDLE.json [OPTIONS_JSON]
//   corroborate_native batch [OPTIONS_JSON] < BUNDLES.jsonl   (one result, or {"error": ...}, per line)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "corroborate/corroborate.h"

namespace {

std::string error_line(const std::string& message) {
  std::string out = "{\"error\":\"";
  for (char c : message) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"}";
}

int batch(const corroborate::Options& options) {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto articles = corroborate::parse_bundle(line);
    if (!articles.ok()) {
      std::cout << error_line(articles.error) << '\n';
      continue;
    }
    auto result = corroborate::compare_json(articles.value, options);
    std::cout << (result.ok() ? result.value : error_line(result.error)) << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "batch") {
    auto options = corroborate::parse_options(argc > 2 ? argv[2] : "");
    if (!options.ok()) {
      std::fprintf(stderr, "corroborate: %s\n", options.error.c_str());
      return 1;
    }
    return batch(options.value);
  }
  if (argc < 3 || (command != "segment" && command != "compare")) {
    std::fprintf(stderr, "usage: corroborate_native segment|compare BUNDLE.json [OPTIONS_JSON]\n"
                         "       corroborate_native batch [OPTIONS_JSON] < BUNDLES.jsonl\n");
    return 2;
  }
  std::ifstream in(argv[2], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "corroborate: cannot read %s\n", argv[2]);
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  auto articles = corroborate::parse_bundle(ss.str());
  if (!articles.ok()) {
    std::fprintf(stderr, "corroborate: %s: %s\n", argv[2], articles.error.c_str());
    return 1;
  }
  auto options = corroborate::parse_options(argc > 3 ? argv[3] : "");
  if (!options.ok()) {
    std::fprintf(stderr, "corroborate: %s\n", options.error.c_str());
    return 1;
  }
  auto result = command == "segment" ? corroborate::segment_json(articles.value, options.value)
                                     : corroborate::compare_json(articles.value, options.value);
  if (!result.ok()) {
    std::fprintf(stderr, "corroborate: %s\n", result.error.c_str());
    return 1;
  }
  std::cout << result.value << '\n';
  return 0;
}
