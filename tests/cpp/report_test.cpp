// Stage 6, report: the JSON writer behind every result.
#include <doctest/doctest.h>

#include <cstdio>
#include <random>

#include "json_writer.h"

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
  CHECK(fixed(1e300, 3) == printf_fixed(1e300, 3));
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

TEST_CASE("JSON writer: a string quoted once is written as value() writes it") {
  JsonWriter a, b;
  const std::string id = "le \"Monde\"\\\t";
  const std::string q = JsonWriter::quoted(id);
  a.begin_array().value(id).value(id).end_array();
  b.begin_array().value_quoted(q).value_quoted(q).end_array();
  CHECK(a.take() == b.take());
}
