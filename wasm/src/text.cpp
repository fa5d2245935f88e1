#include "text.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cmath>

#include <unicode/uchar.h>

namespace corroborate {

std::u16string_view past_elision(std::u16string_view word) {
  for (size_t q = 1; q <= 2 && q + 1 < word.size() && !is_apostrophe(word[0]); ++q)
    if (is_apostrophe(word[q])) return word.substr(q + 1);
  return word;
}

char16_t unaccented_upper(char16_t c) {
  c = static_cast<char16_t>(u_toupper(c));
  return c >= 0xC0 && c <= 0xDC ? static_cast<char16_t>("AAAAAAACEEEEIIIIDNOOOOOxOUUUU"[c - 0xC0]) : c;
}

bool utf8_to_utf16(std::string_view in, std::u16string& out) {
  out.clear();
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  for (size_t i = 0; i < n;) {
    uint32_t c = s[i];
    int extra;
    uint32_t min;
    if (c < 0x80) { out.push_back(char16_t(c)); ++i; continue; }
    else if ((c & 0xE0) == 0xC0) { extra = 1; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; c &= 0x07; min = 0x10000; }
    else return false;
    if (i + extra >= n) return false;
    for (int k = 1; k <= extra; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      c = (c << 6) | (s[i + k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(char16_t(0xD800 + (c >> 10)));
      out.push_back(char16_t(0xDC00 + (c & 0x3FF)));
    } else {
      out.push_back(char16_t(c));
    }
    i += extra + 1;
  }
  return true;
}

std::string utf16_to_utf8(std::u16string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    uint32_t c = in[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < in.size() && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x80) {
      out.push_back(char(c));
    } else if (c < 0x800) {
      out.push_back(char(0xC0 | (c >> 6)));
      out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(char(0xE0 | (c >> 12)));
      out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(char(0x80 | (c & 0x3F)));
    } else {
      out.push_back(char(0xF0 | (c >> 18)));
      out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(char(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

size_t find_lone_surrogate(std::u16string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    char16_t c = t[i];
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < t.size() && t[i + 1] >= 0xDC00 && t[i + 1] <= 0xDFFF) {
      ++i;
      continue;
    }
    return i;
  }
  return std::u16string_view::npos;
}

void append_six_digits(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += v != v ? "nan" : v > 0 ? "inf" : "-inf";
    return;
  }
  char buf[40];
  char* p = buf;
  if (std::signbit(v)) *p++ = '-';
  // x = |v| * 10^-exponent in [100000, 1000000), rounded to a whole number of six digits
  double x = std::fabs(v);
  int exponent = 5;
  if (x != 0) {
    while (x >= 1e6) x /= 10, ++exponent;
    while (x < 1e5) x *= 10, --exponent;
  }
  int64_t digits = static_cast<int64_t>(std::nearbyint(x));
  if (digits == 1000000) digits = 100000, ++exponent;
  if (x == 0) exponent = 0;
  char d[8] = {};
  const int n = static_cast<int>(std::to_chars(d, d + sizeof d, digits).ptr - d);  // 6, or 1 for 0
  int significant = n;
  while (significant > 1 && d[significant - 1] == '0') --significant;
  if (exponent >= -4 && exponent < 6) {  // fixed: "0.000123", "16.2", "350000"
    if (exponent < 0) {
      *p++ = '0', *p++ = '.';
      for (int k = -1; k > exponent; --k) *p++ = '0';
      for (int k = 0; k < significant; ++k) *p++ = d[k];
    } else {
      for (int k = 0; k <= exponent; ++k) *p++ = k < n ? d[k] : '0';
      if (significant > exponent + 1) {
        *p++ = '.';
        for (int k = exponent + 1; k < significant; ++k) *p++ = d[k];
      }
    }
  } else {  // "1.5e-05", "1e+15"
    *p++ = d[0];
    if (significant > 1) {
      *p++ = '.';
      for (int k = 1; k < significant; ++k) *p++ = d[k];
    }
    *p++ = 'e', *p++ = exponent < 0 ? '-' : '+';
    if (std::abs(exponent) < 10) *p++ = '0';
    p = std::to_chars(p, buf + sizeof buf, std::abs(exponent)).ptr;
  }
  out.append(buf, p);
}

void append_fixed(std::string& out, double v, int decimals) {
  const double a = std::fabs(v);
  if (!(a < 0x1p53)) {
    append_six_digits(out, v);
    return;
  }
  decimals = decimals < 0 ? 0 : decimals > 9 ? 9 : decimals;
  int64_t scale = 1;
  for (int k = 0; k < decimals; ++k) scale *= 10;
  double whole = std::floor(a), units = std::floor((a - whole) * static_cast<double>(scale));  // a - whole: exact
  // the exact fraction against the half unit: fma rounds once, so its sign is exact
  const double rest = std::fma(a - whole, static_cast<double>(scale), -(units + 0.5));
  const double last = decimals ? units : whole;
  if (rest > 0 || (rest == 0 && std::fmod(last, 2) != 0)) units += 1;
  if (units >= static_cast<double>(scale)) whole += 1, units -= static_cast<double>(scale);
  char buf[40];
  char* p = buf;
  if (std::signbit(v)) *p++ = '-';
  p = std::to_chars(p, buf + sizeof buf, static_cast<int64_t>(whole)).ptr;
  if (decimals) {
    *p++ = '.';
    const int64_t u = static_cast<int64_t>(units);
    for (int64_t digit = scale / 10; digit >= 1; digit /= 10) *p++ = static_cast<char>('0' + (u / digit) % 10);
  }
  out.append(buf, p);
}

double read_number(std::string_view s, size_t* used) {
  auto digit = [&](size_t at) { return at < s.size() && s[at] >= '0' && s[at] <= '9'; };
  size_t i = s.starts_with('-') || s.starts_with('+') ? 1 : 0;
  // all the digits as one integer (exact up to 2^53), and the power of ten that scales it
  double digits = 0;
  int exponent = 0, count = 0;
  for (; digit(i); ++i, ++count) digits = digits * 10 + (s[i] - '0');
  if (i < s.size() && s[i] == '.')
    for (++i; digit(i); ++i, ++count, --exponent) digits = digits * 10 + (s[i] - '0');
  if (count == 0) {
    if (used) *used = 0;
    return 0;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    const size_t from = i + 1 + (i + 1 < s.size() && (s[i + 1] == '-' || s[i + 1] == '+'));
    size_t j = from;
    int e = 0;
    for (; digit(j); ++j) e = std::min(e * 10 + (s[j] - '0'), 999);
    if (j > from) exponent += s[i + 1] == '-' ? -e : e, i = j;
  }
  if (used) *used = i;
  double scale = 1;
  for (int k = 0; k < std::abs(exponent) && scale < 1e308; ++k) scale *= 10;
  const double v = exponent < 0 ? digits / scale : digits * scale;
  return s[0] == '-' ? -v : v;
}

}  // namespace corroborate
