// The engine's entry points: validated articles in, result JSON out, one stage after another.
#include <map>

#include "corroborate/corroborate.h"
#include "report.h"
#include "segment.h"

namespace corroborate {

Result<std::string> segment_json(const std::vector<Article>& articles, const Options& options) {
  using R = Result<std::string>;
  if (std::string err = validate_articles(articles); !err.empty()) return R::failure(err);
  std::map<Language, Segmenter> segmenters;  // one per language in use
  std::vector<Segmentation> segs;
  segs.reserve(articles.size());
  for (const Article& a : articles) {
    const Language lang = language_from_code(a.language.empty() ? options.language : a.language);
    auto& seg = segmenters.try_emplace(lang, lang).first->second;
    if (!seg.error().empty()) return R::failure(seg.error());
    segs.push_back(seg.segment(a.text));
  }
  R result;
  result.value = report_segmentation(articles, segs);
  return result;
}

}  // namespace corroborate
