// Verbatim runs across articles: k-word shingles of folded word forms, hashed; every shingle found
// in another article marks its words, and marked words join into runs.
#include <algorithm>
#include <unordered_map>

#include "classify.h"

namespace corroborate {

namespace {

struct Position {
  uint32_t article, token;
};

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDULL;
}

}  // namespace

void mark_verbatim(std::vector<Document>& docs, uint32_t min_words) {
  if (min_words == 0) return;
  // the words of each article that may take part: all but boilerplate
  std::vector<std::vector<uint32_t>> words(docs.size());  // token indexes
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (uint32_t s = 0; s < docs[d].seg.sentences.size(); ++s)
      if (docs[d].kinds[s] != SentenceKind::boilerplate)
        for (uint32_t k = docs[d].norm.sentences[s].first_token; k < docs[d].norm.sentences[s].end_token; ++k)
          words[d].push_back(k);

  auto surface = [&](uint32_t d, uint32_t i) { return docs[d].norm.tokens[words[d][i]].surface; };
  auto shingle = [&](uint32_t d, uint32_t i) {
    uint64_t h = 0;
    for (uint32_t k = 0; k < min_words; ++k) h = mix(h, surface(d, i + k));
    return h;
  };
  auto same = [&](Position a, Position b) {
    for (uint32_t k = 0; k < min_words; ++k)
      if (surface(a.article, a.token + k) != surface(b.article, b.token + k)) return false;
    return true;
  };

  std::unordered_map<uint64_t, std::vector<Position>> index;
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (uint32_t i = 0; i + min_words <= words[d].size(); ++i) index[shingle(d, i)].push_back({d, i});

  for (uint32_t d = 0; d < docs.size(); ++d) {
    const uint32_t n = static_cast<uint32_t>(words[d].size());
    std::vector<std::vector<uint32_t>> with(n);  // per word: other articles sharing it
    for (uint32_t i = 0; i + min_words <= n; ++i) {
      for (const Position& p : index[shingle(d, i)]) {
        if (p.article == d || !same({d, i}, p)) continue;
        for (uint32_t k = i; k < i + min_words; ++k)
          if (std::find(with[k].begin(), with[k].end(), p.article) == with[k].end()) with[k].push_back(p.article);
      }
    }
    // join marked words into runs, not across a sentence of another kind
    for (uint32_t i = 0; i < n;) {
      if (with[i].empty()) {
        ++i;
        continue;
      }
      uint32_t j = i;
      std::vector<uint32_t> all;
      while (j < n && !with[j].empty() && (j == i || words[d][j] == words[d][j - 1] + 1)) {
        all.insert(all.end(), with[j].begin(), with[j].end());
        ++j;
      }
      std::sort(all.begin(), all.end());
      all.erase(std::unique(all.begin(), all.end()), all.end());
      const auto& toks = docs[d].norm.tokens;
      docs[d].spans.push_back({Span::Kind::verbatim, {toks[words[d][i]].range.start, toks[words[d][j - 1]].range.end}, -1, all});
      i = j;
    }
  }
}

}  // namespace corroborate
