// The engine's stages before alignment, shared by compare_json() and the bench tools.
#pragma once

#include <vector>

#include "corroborate/corroborate.h"
#include "document.h"

namespace corroborate {

// Segments and normalizes each article, resolves relative dates, links acronyms and demonyms,
// and marks boilerplate and repeats: the documents as align() takes them.  The articles must
// outlive the documents (each points to its own); they must have passed validate_articles().
// Fails only when a language's segmenter or normalizer could not be made.
Result<std::vector<Document>> prepare_documents(const std::vector<Article>& articles, const Options& options,
                                                Vocabulary& vocab);

}  // namespace corroborate
