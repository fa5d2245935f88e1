// What the stages know about one article as it goes down the pipeline.
#pragma once

#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "normalize.h"
#include "segment.h"

namespace corroborate {

enum class SentenceKind : uint8_t { detail, agree, repeat, boilerplate };

struct Span {
  enum class Kind : uint8_t { detail, verbatim, conflict };
  Kind kind = Kind::detail;
  Range range;
  int32_t claim = -1;            // detail, conflict: the claim it belongs to
  std::vector<uint32_t> with;    // verbatim: the other articles (indexes) sharing the run
};

struct Document {
  const Article* article = nullptr;
  Language language = Language::en;
  Segmentation seg;
  NormalizedText norm;
  std::vector<SentenceKind> kinds;            // per sentence
  std::vector<std::vector<uint32_t>> claims;  // per sentence: claim ids, primary first
  std::vector<Span> spans;

  std::u16string_view text() const { return article->text; }
  bool is_content(size_t sentence) const {
    return kinds[sentence] == SentenceKind::detail || kinds[sentence] == SentenceKind::agree;
  }
};

struct ClaimMember {
  uint32_t article = 0;
  uint32_t sentence = 0;
  double similarity = 1;  // mean similarity to the claim's members in other articles
  // the clause through which the sentence states the claim, at that similarity (empty: all of
  // it), and the whole sentence's similarity, which its other clauses' figures are read by
  Range part;
  double whole_similarity = 1;
};

struct Conflict {
  uint32_t article = 0;
  Range range;
  std::string value;                // as written
  std::vector<std::string> others;  // the values the other articles give, as written
};

struct Claim {
  std::vector<ClaimMember> members;  // by article, then sentence
  uint32_t support = 0;              // distinct articles
  std::vector<Conflict> conflicts;
};

}  // namespace corroborate
