// corroborate_native: the engine as a native command, for tests and benchmarks that compare the
// native build with the WebAssembly one.  (Users get the CLI of the npm package, which runs the
// WebAssembly build.)
//   corroborate_native segment|compare BUNDLE.json [OPTIONS_JSON]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "corroborate/corroborate.h"

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (argc < 3 || (command != "segment" && command != "compare")) {
    std::fprintf(stderr, "usage: corroborate_native segment|compare BUNDLE.json [OPTIONS_JSON]\n");
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
