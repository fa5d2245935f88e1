// Stage 4, align: the sentence similarity behind claims.
#include <doctest/doctest.h>

#include "align.h"

using corroborate::similarity;

TEST_CASE("similarity: identical sets score 1, one shared word is no evidence, rare words weigh more") {
  const std::vector<double> w = {0, 1, 1, 1, 9, 9};  // terms 4 and 5 are rare
  CHECK(similarity({1, 2, 4}, {1, 2, 4}, w) == doctest::Approx(1.0));
  CHECK(similarity({1, 2, 3}, {3, 4, 5}, w) == 0.0);                 // only term 3 in common
  const double common_pair = similarity({1, 2, 4, 5}, {1, 2, 3}, w);  // share two common terms
  const double rare_pair = similarity({1, 4, 5}, {3, 4, 5}, w);       // share two rare terms
  CHECK(rare_pair > common_pair);
  CHECK(similarity({}, {1, 2}, w) == 0.0);
}

TEST_CASE("similarity: a shared rounding cell is evidence at half weight, an unshared one costs nothing, and is no word in common") {
  const std::vector<double> w = {0, 1, 1, 1, 9, 9, 4};
  const std::vector<bool> cell = {false, false, false, false, false, false, true};  // term 6: "#~412000"
  // "412,318" (term 4 and cell 6) against "about 412,000" (term 5 and cell 6)
  const double rounded = similarity({1, 2, 4, 6}, {1, 2, 5, 6}, w, cell);
  CHECK(rounded > similarity({1, 2, 4}, {1, 2, 5}, w, cell));
  CHECK(rounded < similarity({1, 2, 4, 6}, {1, 2, 4, 6}, w, cell));
  CHECK(similarity({1, 2, 4, 6}, {1, 2, 4}, w, cell) == doctest::Approx(1.0));
  CHECK(similarity({1, 6}, {1, 6}, w, cell) == 0.0);  // one word and a figure's cell: no evidence
}

TEST_CASE("similarity: one word in common and a figure of one kind on each side make two short sentences one measure") {
  const std::vector<double> w = {0, 4, 1, 9, 9, 9, 1, 1, 1, 1, 1, 1};
  const std::vector<uint8_t> figure = {0, 0, 0, 2, 2, 1};  // 3, 4: percentages; 5: a count
  // "Turnout 46.1%" / "Turnout was just 41.6 per cent"
  CHECK(similarity({1, 3}, {1, 2, 4}, w, {}, figure) > 0.2);
  CHECK(similarity({1, 3}, {1, 2, 4}, w) == 0.0);  // (without the kinds: one word in common)
  CHECK(similarity({1, 3}, {1, 2, 5}, w, {}, figure) == 0.0);  // a percentage and a count
  CHECK(similarity({1, 3}, {1, 2, 3}, w, {}, figure) > 0.0);   // (the same figure: two terms in common)
  CHECK(similarity({1, 3, 4}, {1, 2, 4}, w, {}, figure) > 0.0);  // (the same figure and the word)
  CHECK(similarity({1, 3, 5}, {1, 2, 4}, w, {}, figure) == 0.0);  // two figures on one side: which answers?
  // a long sentence sharing one word packs other claims: no evidence
  CHECK(similarity({1, 3}, {1, 4, 6, 7, 8, 9, 10, 11, 2, 0}, w, {}, figure) == 0.0);
}
