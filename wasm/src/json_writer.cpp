#include "json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

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
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
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
  if (!std::isfinite(v)) v = 0;
  char buf[64];
  double scaled = 0;
  int64_t scale = 1;
  for (int d = 0; d < decimals && d < 9; ++d) scale *= 10;
  if (decimals >= 1 && decimals <= 9 && std::fabs(v) < 1e6)
    scaled = std::fabs(v) * static_cast<double>(scale);
  // in integers (snprintf's "%.*f" costs more than the rest of a claim member's output), unless
  // the product lands near a tie, which only the exact decimal expansion decides
  if (scaled > 0 && std::fabs(scaled - std::floor(scaled) - 0.5) > 1e-6) {
    const int64_t n = static_cast<int64_t>(std::nearbyint(scaled));
    char* p = buf;
    if (std::signbit(v)) *p++ = '-';
    p = std::to_chars(p, buf + sizeof buf, n / scale).ptr;
    *p++ = '.';
    const int64_t frac = n % scale;
    for (int64_t digit = scale / 10; digit >= 1; digit /= 10) *p++ = static_cast<char>('0' + (frac / digit) % 10);
    out_.append(buf, static_cast<size_t>(p - buf));
  } else {
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    out_ += buf;
  }
  return *this;
}

}  // namespace corroborate
