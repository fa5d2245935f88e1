// A small streaming JSON writer: keys in the order written, integers and fixed-precision numbers
// only, so the same result prints byte-identically natively and in WebAssembly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);  // a name of the format: plain ASCII, written as is
  JsonWriter& value(std::string_view utf8);
  JsonWriter& value(const char* utf8) { return value(std::string_view(utf8)); }
  JsonWriter& value(int64_t v);
  JsonWriter& value(uint32_t v) { return value(int64_t(v)); }
  JsonWriter& value(int v) { return value(int64_t(v)); }
  JsonWriter& value(bool v);
  JsonWriter& value_fixed(double v, int decimals);
  // a string already quoted and escaped by quoted(): an id written thousands of times
  JsonWriter& value_quoted(std::string_view json);
  static std::string quoted(std::string_view utf8);

  std::string take() { return std::move(out_); }

 private:
  void separate();
  static void append_quoted(std::string& out, std::string_view utf8);
  std::string out_;
  std::string first_;  // per open container: 1 while nothing is written in it yet
  bool after_key_ = false;
};

}  // namespace corroborate
