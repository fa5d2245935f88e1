// Stage 6, report: the results as JSON -- what the CLI prints and what the JS API parses.
#pragma once

#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "document.h"
#include "segment.h"

namespace corroborate {

// {"version":1,"articles":[{"id","paragraphs":[{start,end}],"sentences":[{start,end,paragraph,
// words:[[start,end],...]}]}]}
std::string report_segmentation(const std::vector<Article>& articles, const std::vector<Segmentation>& segs);

// The result of compare(): per article its sentences (kind, claims, support) and spans (detail,
// verbatim, conflict), the claims with their members and conflicts, and counts.
std::string report_comparison(const std::vector<Document>& docs, const std::vector<Claim>& claims);

}  // namespace corroborate
