// Sorting through one comparator type.  Each std::sort or std::stable_sort of its own element type
// and comparator costs the module some 1 to 3 KB gzip; these sorts of few items (the claims, their
// members, a sentence's claims, an article's spans) share one instantiation, over indices.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace corroborate {

// Whether item i of `items` comes before item j.
using IndexLess = bool (*)(const void* items, uint32_t i, uint32_t j);

// Orders indices by `less`, ties by index: sorting indices that ascend is then a stable sort.
struct ByIndex {
  const void* items;
  IndexLess less;
  bool operator()(uint32_t i, uint32_t j) const { return less(items, i, j) || (!less(items, j, i) && i < j); }
};

// The indices of `n` items in the order `less` puts them (stable).
inline std::vector<uint32_t> sorted_order(const void* items, size_t n, IndexLess less) {
  std::vector<uint32_t> order(n);
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), ByIndex{items, less});
  return order;
}

// Sorts `items` by `less` (stable).
template <typename T>
void sort_by_index(std::vector<T>& items, IndexLess less) {
  const std::vector<uint32_t> order = sorted_order(items.data(), items.size(), less);
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (uint32_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace corroborate
