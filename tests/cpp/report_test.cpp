// Stage 6, report: the JSON writer behind every result.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <random>

#include "json_writer.h"
#include "text.h"

using corroborate::JsonWriter;

TEST_CASE("JSON writer: commas, keys, escapes of quotes, backslashes and control characters") {
  JsonWriter w;
  w.begin_object().key("a").value("x\"y\\z\n\x01").key("b").begin_array().value(1).value(true).end_array();
  w.key("c").begin_object().end_object().end_object();
  CHECK(w.take() == "{\"a\":\"x\\\"y\\\\z\\n\\u0001\",\"b\":[1,true],\"c\":{}}");
}

TEST_CASE("JSON writer: fixed decimals print as printf's %.3f does, ties to even") {
  auto fixed = [](double v, int decimals) {
    JsonWriter w;
    w.value_fixed(v, decimals);
    return w.take();
  };
  auto printf_fixed = [](double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return std::string(buf);
  };
  CHECK(fixed(0.0625, 3) == "0.062");
  CHECK(fixed(1.0, 3) == "1.000");
  CHECK(fixed(0.2049, 3) == "0.205");
  CHECK(fixed(-0.0001, 3) == printf_fixed(-0.0001, 3));
  CHECK(fixed(-2.5, 1) == "-2.5");
  CHECK(fixed(2.5, 0) == "2");
  CHECK(fixed(3.5, 0) == "4");
  CHECK(fixed(123456789.0625, 3) == printf_fixed(123456789.0625, 3));
  CHECK(fixed(4503599627370495.5, 0) == printf_fixed(4503599627370495.5, 0));
  CHECK(fixed(1e300, 3) == "1e+300");  // from 2^53 on, six significant digits (no score comes near)
  CHECK(fixed(std::nan(""), 3) == "0.000");
  std::mt19937_64 rng(20261122);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  int differ = 0;
  for (int i = 0; i < 200000; ++i) {
    const double v = i % 2 ? unit(rng) : i / 200000.0;
    differ += fixed(v, 3) != printf_fixed(v, 3);
  }
  CHECK(differ == 0);
}

TEST_CASE("numbers without printf: six significant digits as \"%.6g\" writes them, fixed decimals as \"%.*f\"") {
  auto six = [](double v) {
    std::string out;
    corroborate::append_six_digits(out, v);
    return out;
  };
  auto printf_six = [](double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return std::string(buf);
  };
  CHECK(six(16.2) == "16.2");
  CHECK(six(-350000) == "-350000");
  CHECK(six(1e15) == "1e+15");
  CHECK(six(1.5e-5) == "1.5e-05");
  CHECK(six(0.000123) == "0.000123");
  CHECK(six(0) == "0");
  CHECK(six(999999.6) == "1e+06");
  CHECK(six(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(six(std::nan("")) == "nan");
  std::mt19937_64 rng(20261203);
  std::uniform_real_distribution<double> mantissa(1.0, 10.0);
  std::uniform_int_distribution<int> exponent(-12, 20);
  int differ = 0;
  for (int i = 0; i < 100000; ++i) {
    const double v = (i % 3 ? 1 : -1) * mantissa(rng) * std::pow(10.0, exponent(rng));
    differ += six(v) != printf_six(v);
  }
  CHECK(differ == 0);
  // fixed decimals over the whole range below 2^53, against printf
  std::uniform_real_distribution<double> wide(0.0, 4e15);
  std::uniform_int_distribution<int> decimals(0, 9);
  differ = 0;
  for (int i = 0; i < 100000; ++i) {
    const double v = i % 2 ? wide(rng) / std::pow(10.0, decimals(rng)) : wide(rng);
    const int d = decimals(rng);
    std::string out;
    corroborate::append_fixed(out, v, d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", d, v);
    differ += out != buf;
  }
  CHECK(differ == 0);
}

TEST_CASE("numbers without strtod: read as strtod reads them, where they stop too") {
  auto read = [](const char* s, size_t want_used) {
    size_t used = 99;
    const double v = corroborate::read_number(s, &used);
    CHECK(used == want_used);
    return v;
  };
  CHECK(read("3.5", 3) == 3.5);
  CHECK(read("412.6", 5) == 412.6);
  CHECK(read("-350000", 7) == -350000);
  CHECK(read("1e+15", 5) == 1e15);
  CHECK(read("1.5e-05", 7) == 1.5e-5);
  CHECK(read("48h", 2) == 48);    // a duration's key: the number before its unit
  CHECK(read("54%", 2) == 54);
  CHECK(read("5.", 2) == 5);
  CHECK(read(".5", 2) == 0.5);
  CHECK(read("2e", 1) == 2);      // no exponent without its digits
  CHECK(read("~250", 0) == 0);    // no number: nothing read, as strtod reads none
  CHECK(read("", 0) == 0);
  CHECK(read(".", 0) == 0);
  // every number of up to 15 significant digits, as strtod reads it, to the bit
  std::mt19937_64 rng(20261206);
  std::uniform_int_distribution<long long> mantissa(0, 999999999999999LL);
  std::uniform_int_distribution<int> point(0, 15);
  int differ = 0;
  for (int i = 0; i < 100000; ++i) {
    std::string s = std::to_string(mantissa(rng));
    const size_t p = std::min<size_t>(point(rng), s.size());
    if (p > 0) s.insert(s.size() - p, ".");
    if (i % 4 == 0) s = "-" + s;
    size_t used = 0;
    const double v = corroborate::read_number(s, &used);
    char* end = nullptr;
    differ += v != std::strtod(s.c_str(), &end) || used != size_t(end - s.c_str());
  }
  CHECK(differ == 0);
}

TEST_CASE("JSON writer: a string quoted once is written as value() writes it") {
  JsonWriter a, b;
  const std::string id = "le \"Monde\"\\\t";
  const std::string q = JsonWriter::quoted(id);
  a.begin_array().value(id).value(id).end_array();
  b.begin_array().value_quoted(q).value_quoted(q).end_array();
  CHECK(a.take() == b.take());
}
