#include "align.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace corroborate {

namespace {

struct Ref {
  uint32_t article, sentence;
  friend bool operator<(const Ref& a, const Ref& b) {
    return a.article != b.article ? a.article < b.article : a.sentence < b.sentence;
  }
  friend bool operator==(const Ref& a, const Ref& b) = default;
};

struct Edge {
  Ref a, b;
  double sim;
};

double norm_of(const std::vector<uint32_t>& terms, const std::vector<double>& weight) {
  double w = 0;
  for (uint32_t t : terms) w += weight[t];
  return w;
}

}  // namespace

double similarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, const std::vector<double>& weight) {
  double shared = 0;
  uint32_t common = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else shared += weight[a[i]], ++common, ++i, ++j;
  }
  // one word in common ("Share", "Musk") is no evidence of one claim
  if (common < 2) return 0;
  const double wa = norm_of(a, weight), wb = norm_of(b, weight);
  return wa > 0 && wb > 0 ? shared / std::sqrt(wa * wb) : 0;
}

std::vector<Claim> align(std::vector<Document>& docs, const AlignOptions& options) {
  // Content sentences and their terms.
  std::vector<Ref> refs;
  size_t max_term = 0;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    docs[d].claims.assign(docs[d].seg.sentences.size(), {});
    for (uint32_t s = 0; s < docs[d].seg.sentences.size(); ++s) {
      if (!docs[d].is_content(s)) continue;
      refs.push_back({d, s});
      for (uint32_t t : docs[d].norm.sentences[s].terms) max_term = std::max<size_t>(max_term, t);
    }
  }
  auto terms_of = [&](Ref r) -> const std::vector<uint32_t>& { return docs[r.article].norm.sentences[r.sentence].terms; };

  // IDF over the content sentences, smooth (with two sentences every term still counts), squared:
  // a claim is told by its rarer words -- a name, a number, "Europol" -- more than by "X" or "said".
  std::vector<uint32_t> df(max_term + 1, 0);
  for (Ref r : refs)
    for (uint32_t t : terms_of(r)) ++df[t];
  const double n = static_cast<double>(refs.size());
  std::vector<double> weight(max_term + 1, 0);
  for (size_t t = 0; t <= max_term; ++t)
    if (df[t]) {
      const double idf = std::log((n + 1) / (df[t] + 1)) + 1;
      weight[t] = idf * idf;
    }

  // Candidates through the rarer terms: a term in more than a fifth of all sentences (and more
  // than 40) finds no pairs on its own -- it still counts in the similarity.
  const uint32_t max_postings = std::max<uint32_t>(40, static_cast<uint32_t>(n / 5));
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings;  // term -> indexes into refs
  for (uint32_t i = 0; i < refs.size(); ++i)
    for (uint32_t t : terms_of(refs[i]))
      if (df[t] <= max_postings) postings[t].push_back(i);

  std::vector<Edge> edges;
  std::vector<uint32_t> seen(refs.size(), UINT32_MAX);
  for (uint32_t i = 0; i < refs.size(); ++i) {
    for (uint32_t t : terms_of(refs[i])) {
      auto it = postings.find(t);
      if (it == postings.end()) continue;
      for (uint32_t j : it->second) {
        if (j <= i || refs[j].article == refs[i].article || seen[j] == i) continue;
        seen[j] = i;
        double sim = similarity(terms_of(refs[i]), terms_of(refs[j]), weight);
        if (sim >= options.threshold) edges.push_back({refs[i], refs[j], sim});
      }
    }
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    if (!(x.a == y.a)) return x.a < y.a;
    return x.b < y.b;
  });

  // Greedy grouping, strongest pairs first.
  constexpr size_t kMaxClaimsPerSentence = 3;
  constexpr double kLinkage = 0.75;  // share of a claim's members a newcomer must match
  std::vector<std::vector<Ref>> groups;
  std::map<Ref, std::vector<uint32_t>> groups_of;
  auto sim_of = [&](Ref x, Ref y) { return similarity(terms_of(x), terms_of(y), weight); };
  auto can_join = [&](Ref x, const std::vector<Ref>& g) {
    uint32_t linked = 0;
    for (Ref m : g) {
      if (m.article == x.article) return false;
      if (sim_of(x, m) >= options.threshold) ++linked;
    }
    return linked >= kLinkage * static_cast<double>(g.size());
  };
  auto together = [&](Ref x, Ref y) {
    for (uint32_t g : groups_of[x])
      if (std::find(groups[g].begin(), groups[g].end(), y) != groups[g].end()) return true;
    return false;
  };
  for (const Edge& e : edges) {
    if (together(e.a, e.b)) continue;
    bool placed = false;
    for (auto [x, y] : {std::pair{e.a, e.b}, std::pair{e.b, e.a}}) {
      for (uint32_t g : groups_of[x]) {
        if (groups_of[y].size() < kMaxClaimsPerSentence && can_join(y, groups[g])) {
          groups[g].push_back(y);
          groups_of[y].push_back(g);
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
    if (!placed && groups_of[e.a].size() < kMaxClaimsPerSentence && groups_of[e.b].size() < kMaxClaimsPerSentence) {
      groups.push_back({e.a, e.b});
      groups_of[e.a].push_back(static_cast<uint32_t>(groups.size() - 1));
      groups_of[e.b].push_back(static_cast<uint32_t>(groups.size() - 1));
    }
  }
  for (Ref r : refs)
    if (groups_of[r].empty()) groups.push_back({r});

  // Number the claims in reading order.
  for (auto& g : groups) std::sort(g.begin(), g.end());
  std::sort(groups.begin(), groups.end());
  std::vector<Claim> claims(groups.size());
  for (uint32_t c = 0; c < groups.size(); ++c) {
    Claim& claim = claims[c];
    uint32_t last_article = UINT32_MAX;
    for (Ref m : groups[c]) {
      double total = 0;
      uint32_t count = 0;
      for (Ref o : groups[c])
        if (o.article != m.article) total += sim_of(m, o), ++count;
      claim.members.push_back({m.article, m.sentence, count ? total / count : 1.0});
      if (m.article != last_article) ++claim.support, last_article = m.article;
      docs[m.article].claims[m.sentence].push_back(c);
    }
  }
  // Each sentence's primary claim first: the one most outlets make.
  for (Document& doc : docs)
    for (auto& list : doc.claims)
      std::stable_sort(list.begin(), list.end(), [&](uint32_t x, uint32_t y) { return claims[x].support > claims[y].support; });
  return claims;
}

}  // namespace corroborate
