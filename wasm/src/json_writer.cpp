#include "json_writer.h"

#include "text.h"

#include <array>
#include <charconv>
#include <cmath>

namespace corroborate {

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = 0;
  }
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  out_ += '{';
  first_.push_back(1);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_ += '}';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  out_ += '[';
  first_.push_back(1);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  out_ += ']';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  separate();
  out_ += '"';
  out_ += k;
  out_ += "\":";
  after_key_ = true;
  return *this;
}

void JsonWriter::append_quoted(std::string& out, std::string_view s) {
  out += '"';
  // copy what needs no escape in chunks; only quotes, backslashes and controls are escaped
  static constexpr auto kEscaped = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = t['\\'] = true;
    return t;
  }();
  size_t from = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kEscaped[c]) continue;
    out.append(s.data() + from, i - from);
    from = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:  // the other control characters
        out += "\\u00";
        out += "0123456789abcdef"[(c >> 4) & 0xF];
        out += "0123456789abcdef"[c & 0xF];
    }
  }
  out.append(s.data() + from, s.size() - from);
  out += '"';
}

JsonWriter& JsonWriter::value(std::string_view s) {
  separate();
  append_quoted(out_, s);
  return *this;
}

std::string JsonWriter::quoted(std::string_view s) {
  std::string out;
  append_quoted(out, s);
  return out;
}

JsonWriter& JsonWriter::value_quoted(std::string_view json) {
  separate();
  out_ += json;
  return *this;
}

JsonWriter& JsonWriter::value(int64_t v) {
  separate();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, static_cast<size_t>(end - buf));
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  separate();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value_fixed(double v, int decimals) {
  separate();
  append_fixed(out_, std::isfinite(v) ? v : 0, decimals);
  return *this;
}

}  // namespace corroborate
