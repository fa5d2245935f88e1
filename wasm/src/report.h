// Stage 6, report: the results as JSON -- what the CLI prints and what the JS API parses.
#pragma once

#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "segment.h"

namespace corroborate {

// {"version":1,"articles":[{"id","paragraphs":[{start,end}],"sentences":[{start,end,paragraph,
// words:[[start,end],...]}]}]}
std::string report_segmentation(const std::vector<Article>& articles, const std::vector<Segmentation>& segs);

}  // namespace corroborate
