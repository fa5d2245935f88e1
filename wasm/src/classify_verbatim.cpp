// Verbatim runs across articles: k-word shingles of folded word forms, hashed; every shingle found
// in another article marks its words, and marked words join into runs.  Each shingle keeps the
// list of articles it occurs in, so the cost grows with the text and the sharing, not with the
// number of copies squared.
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

void mark_verbatim(std::vector<Document>& docs, uint32_t min_words) {
  if (min_words == 0) return;
  // the words of each article that may take part: all but boilerplate, as token indexes
  std::vector<std::vector<uint32_t>> words(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (uint32_t s = 0; s < docs[d].seg.sentences.size(); ++s)
      if (docs[d].kinds[s] != SentenceKind::boilerplate)
        for (uint32_t k = docs[d].norm.sentences[s].first_token; k < docs[d].norm.sentences[s].end_token; ++k)
          words[d].push_back(k);

  // shingle hashes per article, and the articles each shingle occurs in (ascending, once each)
  std::vector<std::vector<uint64_t>> shingles(docs.size());
  std::unordered_map<uint64_t, std::vector<uint32_t>> articles_with;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const auto& w = words[d];
    if (w.size() < min_words) continue;
    auto& h = shingles[d];
    h.resize(w.size() - min_words + 1);
    for (size_t i = 0; i < h.size(); ++i) {
      uint64_t x = min_words;
      for (uint32_t k = 0; k < min_words; ++k) x = mix(x, docs[d].norm.tokens[w[i + k]].surface);
      h[i] = x;
      auto& list = articles_with[x];
      if (list.empty() || list.back() != d) list.push_back(d);
    }
  }

  std::vector<uint32_t> stamp(docs.size(), UINT32_MAX);  // union of article lists, per run
  uint32_t run_id = 0;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const auto& w = words[d];
    const auto& h = shingles[d];
    // words covered by a shared shingle (a difference array, then its running sum)
    std::vector<int32_t> delta(w.size() + 1, 0);
    std::vector<bool> shared(h.size(), false);
    for (size_t i = 0; i < h.size(); ++i) {
      if (articles_with[h[i]].size() < 2) continue;
      shared[i] = true;
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
      for (size_t s = i + 1 >= min_words ? i + 1 - min_words : 0; s < j && s < h.size(); ++s) {
        if (!shared[s]) continue;
        for (uint32_t a : articles_with[h[s]])
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
