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
