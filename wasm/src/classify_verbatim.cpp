// Verbatim runs across articles: k-word shingles of folded word forms, hashed; every shingle found
// in another article marks its words, and marked words join into runs.  Each shingle knows the
// articles it occurs in, so the cost grows with the text and the sharing, not with the number of
// copies squared.
#include <algorithm>
#include <unordered_map>

#include "classify.h"

namespace corroborate {

namespace {

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  h *= 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 32);
}

}  // namespace

[[gnu::noinline]] void mark_verbatim(std::vector<Document>& docs, uint32_t min_words) {
  if (min_words == 0) return;
  // the words of each article that may take part: all but boilerplate, as token indexes
  std::vector<std::vector<uint32_t>> words(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (uint32_t s = 0; s < docs[d].seg.sentences.size(); ++s)
      if (docs[d].kinds[s] != SentenceKind::boilerplate)
        for (uint32_t k = docs[d].norm.sentences[s].first_token; k < docs[d].norm.sentences[s].end_token; ++k)
          words[d].push_back(k);

  // The shingles of every article, hashed.
  std::vector<std::vector<uint64_t>> hashes(docs.size());
  size_t total = 0;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const auto& w = words[d];
    if (w.size() < min_words) continue;
    auto& h = hashes[d];
    h.resize(w.size() - min_words + 1);
    for (size_t i = 0; i < h.size(); ++i) {
      uint64_t x = min_words;
      for (uint32_t k = 0; k < min_words; ++k) x = mix(x, docs[d].norm.tokens[w[i + k]].surface);
      h[i] = x;
    }
    total += h.size();
  }

  // An open-addressing table over the hashes: the first article each occurs in, whether another
  // article has it too, and (for those) its group.  Two passes over flat arrays, no sorting.
  size_t capacity = 16;
  while (capacity < 2 * total) capacity *= 2;
  struct Slot {
    uint64_t hash = 0;
    uint32_t first = UINT32_MAX;  // UINT32_MAX: empty
    uint32_t group = UINT32_MAX;
    bool shared = false;
  };
  std::vector<Slot> table(capacity);
  auto slot_of = [&](uint64_t h) -> Slot& {
    size_t i = (h ^ (h >> 29)) & (capacity - 1);
    while (table[i].first != UINT32_MAX && table[i].hash != h) i = (i + 1) & (capacity - 1);
    return table[i];
  };
  for (uint32_t d = 0; d < docs.size(); ++d) {
    for (uint64_t h : hashes[d]) {
      Slot& s = slot_of(h);
      if (s.first == UINT32_MAX) s.hash = h, s.first = d;
      else if (s.first != d) s.shared = true;
    }
  }
  // groups: shingles found in more than one article, each with its articles (ascending)
  std::vector<std::vector<uint32_t>> articles_of;
  std::vector<std::vector<uint32_t>> group_of(docs.size());  // per article and position
  for (uint32_t d = 0; d < docs.size(); ++d) {
    group_of[d].assign(hashes[d].size(), UINT32_MAX);
    for (size_t i = 0; i < hashes[d].size(); ++i) {
      Slot& s = slot_of(hashes[d][i]);
      if (!s.shared) continue;
      if (s.group == UINT32_MAX) s.group = static_cast<uint32_t>(articles_of.size()), articles_of.emplace_back();
      auto& list = articles_of[s.group];
      if (list.empty() || list.back() != d) list.push_back(d);
      group_of[d][i] = s.group;
    }
  }
  std::vector<Slot>().swap(table);

  // Equal article lists (copied text mostly occurs in the same articles) share one id, so that a
  // run merges each distinct list once however often its shingles repeat it.
  std::vector<uint32_t> list_of(articles_of.size());
  uint32_t lists = 0;
  {
    std::unordered_map<uint64_t, std::vector<uint32_t>> seen;  // hash of a list -> groups holding it
    for (uint32_t g = 0; g < articles_of.size(); ++g) {
      uint64_t h = articles_of[g].size();
      for (uint32_t a : articles_of[g]) h = mix(h, a);
      auto& candidates = seen[h];
      auto same = std::find_if(candidates.begin(), candidates.end(),
                               [&](uint32_t other) { return articles_of[other] == articles_of[g]; });
      if (same != candidates.end()) {
        list_of[g] = list_of[*same];
      } else {
        list_of[g] = lists++;
        candidates.push_back(g);
      }
    }
  }

  std::vector<uint32_t> stamp(docs.size(), UINT32_MAX);  // union of article lists, per run
  std::vector<uint32_t> list_stamp(lists, UINT32_MAX);
  uint32_t run_id = 0;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const auto& w = words[d];
    const auto& groups = group_of[d];
    // words covered by a shared shingle (a difference array, then its running sum)
    std::vector<int32_t> delta(w.size() + 1, 0);
    for (size_t i = 0; i < groups.size(); ++i) {
      if (groups[i] == UINT32_MAX) continue;
      ++delta[i];
      --delta[i + min_words];
    }
    std::vector<bool> covered(w.size(), false);
    for (size_t i = 0, depth = 0; i < w.size(); ++i) covered[i] = (depth += delta[i]) > 0;

    // runs: covered words that follow each other in the text (not across a boilerplate sentence)
    for (size_t i = 0; i < w.size();) {
      if (!covered[i]) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < w.size() && covered[j] && w[j] == w[j - 1] + 1) ++j;
      // the other articles of every shared shingle that overlaps the run
      std::vector<uint32_t> with;
      ++run_id;
      for (size_t s = i + 1 >= min_words ? i + 1 - min_words : 0; s < j && s < groups.size(); ++s) {
        if (groups[s] == UINT32_MAX || list_stamp[list_of[groups[s]]] == run_id) continue;
        list_stamp[list_of[groups[s]]] = run_id;
        for (uint32_t a : articles_of[groups[s]])
          if (a != d && stamp[a] != run_id) stamp[a] = run_id, with.push_back(a);
      }
      std::sort(with.begin(), with.end());
      const auto& toks = docs[d].norm.tokens;
      docs[d].spans.push_back({Span::Kind::verbatim, {toks[w[i]].range.start, toks[w[j - 1]].range.end}, -1, with});
      i = j;
    }
  }
}

}  // namespace corroborate
