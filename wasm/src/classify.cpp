// Agreement, detail words and conflicts, read off the claims.
#include "classify.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace corroborate {

void mark_agreement(std::vector<Document>& docs, const std::vector<Claim>& claims) {
  for (uint32_t d = 0; d < docs.size(); ++d) {
    Document& doc = docs[d];
    for (uint32_t s = 0; s < doc.seg.sentences.size(); ++s) {
      if (!doc.is_content(s)) continue;
      // counterpart terms: everything the same claims say in other articles
      std::set<uint32_t> elsewhere;
      bool agreed = false;
      for (uint32_t c : doc.claims[s]) {
        for (const ClaimMember& m : claims[c].members) {
          if (m.article == d) continue;
          agreed = true;
          const auto& terms = docs[m.article].norm.sentences[m.sentence].terms;
          elsewhere.insert(terms.begin(), terms.end());
        }
      }
      doc.kinds[s] = agreed ? SentenceKind::agree : SentenceKind::detail;
      if (!agreed) continue;

      // detail words: maximal runs of content words no counterpart has; function words inside a
      // run are taken along ("on 20 April"), at its edges left out
      const NormalizedSentence& ns = doc.norm.sentences[s];
      const int32_t primary = static_cast<int32_t>(doc.claims[s].front());
      // A lone common word ("recent", "use") is wording, not detail: a run needs two content
      // words, or a name or number ("Europol", "20 April").
      int64_t run_start = -1, run_end = -1;
      uint32_t run_words = 0;
      bool run_specific = false;
      auto flush = [&] {
        if (run_start >= 0 && (run_words >= 2 || run_specific))
          doc.spans.push_back({Span::Kind::detail, {uint32_t(run_start), uint32_t(run_end)}, primary, {}});
        run_start = run_end = -1;
        run_words = 0;
        run_specific = false;
      };
      for (uint32_t k = ns.first_token; k < ns.end_token; ++k) {
        const Token& t = doc.norm.tokens[k];
        if (t.stop) continue;
        if (elsewhere.count(t.term)) {
          flush();
        } else {
          if (run_start < 0) run_start = t.range.start;
          run_end = t.range.end;
          ++run_words;
          run_specific = run_specific || t.numeric || (t.capitalized && k != ns.first_token);
        }
      }
      flush();
    }
  }
}

namespace {

std::string slice_utf8(const Document& doc, Range r) { return utf16_to_utf8(doc.text().substr(r.start, r.size())); }

// The values of one kind (and unit) in a sentence.
std::vector<const Value*> values_like(const NormalizedSentence& s, const Value& like) {
  std::vector<const Value*> out;
  for (const Value& v : s.values)
    if (v.kind == like.kind && (v.kind == Value::Kind::date || v.unit == like.unit)) out.push_back(&v);
  return out;
}

constexpr double kCloseVersions = 0.35;

// Two values that really differ: on a field both state (a less precise one does not conflict).
bool differ(const Value& a, const Value& b) {
  if (a.kind == Value::Kind::number) {
    if (a.approximate || b.approximate || a.unit == 0) return false;
    const double big = std::max(std::fabs(a.number), std::fabs(b.number));
    return big > 0 && std::fabs(a.number - b.number) > 0.01 * big;
  }
  if (a.year && b.year && a.year != b.year) return true;
  if (a.month && b.month && a.month != b.month) return true;
  return a.month && a.month == b.month && a.day && b.day && a.day != b.day;
}

}  // namespace

void find_conflicts(std::vector<Document>& docs, std::vector<Claim>& claims, const Vocabulary&) {
  for (uint32_t c = 0; c < claims.size(); ++c) {
    Claim& claim = claims[c];
    if (claim.support < 2) continue;
    for (const ClaimMember& m : claim.members) {
      const Document& doc = docs[m.article];
      const NormalizedSentence& ns = doc.norm.sentences[m.sentence];
      for (const Value& v : ns.values) {
        // Only a sentence's single value of a kind is compared: with several, which one answers
        // which cannot be told.
        if (values_like(ns, v).size() != 1) continue;
        std::vector<std::string> others;
        for (const ClaimMember& o : claim.members) {
          // values correspond only between close versions of a claim: two long sentences that
          // share one point may give dates of different events
          if (o.article == m.article || m.similarity < kCloseVersions || o.similarity < kCloseVersions) continue;
          const Document& other = docs[o.article];
          auto theirs = values_like(other.norm.sentences[o.sentence], v);
          if (theirs.size() != 1) continue;
          if (differ(v, *theirs[0])) others.push_back(slice_utf8(other, theirs[0]->range));
        }
        if (others.empty()) continue;
        std::sort(others.begin(), others.end());
        others.erase(std::unique(others.begin(), others.end()), others.end());
        claim.conflicts.push_back({m.article, v.range, others});
        docs[m.article].spans.push_back({Span::Kind::conflict, v.range, static_cast<int32_t>(c), {}});
      }
    }
  }
}

}  // namespace corroborate
