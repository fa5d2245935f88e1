// The engine's entry points: validated articles in, result JSON out, one stage after another.
#include <map>

#include "align.h"
#include "classify.h"
#include "corroborate/corroborate.h"
#include "document.h"
#include "engine.h"
#include "lexicon.h"
#include "normalize.h"
#include "report.h"
#include "segment.h"

namespace corroborate {

namespace {

// Break iterators and stemmers per language.  Creating them costs more than a small comparison,
// so they are made once and kept (the engine runs on one thread).
struct Tools {
  std::map<Language, Segmenter> segmenters;
  std::map<Language, Normalizer> normalizers;
  Segmenter& segmenter(Language l) { return segmenters.try_emplace(l, l).first->second; }
  Normalizer& normalizer(Language l) { return normalizers.try_emplace(l, l).first->second; }
  // what a call learnt about its words is of no use to the next one
  void forget() {
    for (auto& [l, n] : normalizers) n.forget();
  }
};

Tools& tools() {
  static Tools kept;
  return kept;
}

// The article's hint, else the options' language, else ("auto", the default) the text's own.
Language language_of(const Article& a, const Options& options) {
  if (!a.language.empty()) return language_from_code(a.language);
  if (options.language == "auto") return detect_language(a.text);
  return language_from_code(options.language);
}

// Per term id of `vocab`, the kinds of exclusive outcome its concept names (bits; 0: none).
std::vector<outcome::Kinds> outcome_kinds_by_term(const Vocabulary& vocab) {
  std::vector<outcome::Kinds> out(vocab.size(), 0);
  for (uint32_t id = 0; id < vocab.size(); ++id)
    if (const std::string& key = vocab.key(id); !key.empty() && key[0] == '~')
      out[id] = outcome_kinds(key);
  return out;
}

}  // namespace

Result<std::string> segment_json(const std::vector<Article>& articles, const Options& options) {
  using R = Result<std::string>;
  if (std::string err = validate_articles(articles); !err.empty()) return R::failure(err);
  std::vector<Segmentation> segs;
  segs.reserve(articles.size());
  for (const Article& a : articles) {
    Segmenter& seg = tools().segmenter(language_of(a, options));
    if (!seg.error().empty()) return R::failure(seg.error());
    segs.push_back(seg.segment(a.text));
  }
  R result;
  result.value = report_segmentation(articles, segs);
  return result;
}

// (The stages called here and in compare_json() are [[gnu::noinline]] where they are defined: each
// stays a function of its own in the WebAssembly module, which V8 compiles on a first call much
// faster than one function holding them all; see CMakeLists.txt.)
Result<std::vector<Document>> prepare_documents(const std::vector<Article>& articles, const Options& options,
                                                Vocabulary& vocab) {
  using R = Result<std::vector<Document>>;
  R result;
  std::vector<Document>& docs = result.value;
  docs.resize(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {  // segment, normalize
    Document& doc = docs[i];
    doc.article = &articles[i];
    doc.language = language_of(articles[i], options);
    Segmenter& seg = tools().segmenter(doc.language);
    Normalizer& norm = tools().normalizer(doc.language);
    if (!seg.error().empty()) return R::failure(seg.error());
    if (!norm.error().empty()) return R::failure(norm.error());
    doc.seg = seg.segment(doc.text());
    doc.norm = norm.normalize(doc.text(), doc.seg, vocab);
  }
  resolve_relative_dates(docs, vocab);
  link_acronyms(docs);
  link_demonyms(docs, vocab);
  mark_boilerplate(docs, vocab);  // classify, the part that needs no claims
  mark_repeats(docs);
  return result;
}

Result<std::string> compare_json(const std::vector<Article>& articles, const Options& options) {
  using R = Result<std::string>;
  if (std::string err = validate_articles(articles); !err.empty()) return R::failure(err);
  Vocabulary vocab;
  auto prepared = prepare_documents(articles, options, vocab);
  if (!prepared.ok()) return R::failure(prepared.error);
  std::vector<Document>& docs = prepared.value;
  // per term: a figure's rounding cell, or the kind of figure it is (1 a count, 2 a percentage)
  std::vector<bool> rounding(vocab.size(), false);
  std::vector<uint8_t> figure(vocab.size(), 0);
  for (uint32_t id = 0; id < vocab.size(); ++id) {
    const std::string& key = vocab.key(id);
    rounding[id] = is_rounding_key(key);
    if (!rounding[id] && key.size() > 1 && key[0] == '#') figure[id] = key.back() == '%' ? 2 : 1;
  }
  const std::vector<outcome::Kinds> outcome = outcome_kinds_by_term(vocab);
  // (per word id: `value` for each of `words` that the story uses)
  auto mark = [&](auto& out, const std::vector<std::string_view>& words, auto value) {
    for (std::string_view w : words)
      if (uint32_t id = vocab.find(std::string(w))) out[id] = value;
  };
  auto marking = [&](const std::vector<std::string_view>& words) {
    std::vector<bool> out(vocab.size(), false);
    mark(out, words, true);
    return out;
  };
  std::vector<uint8_t> speech(vocab.size(), 0);
  mark(speech, attribution_words(), uint8_t{1});
  mark(speech, subject_pronouns(), uint8_t{2});
  std::vector<uint8_t> negation(vocab.size(), 0);
  std::vector<uint8_t> hedge(vocab.size(), 0);
  std::vector<uint8_t> polar(vocab.size(), 0);
  std::vector<uint8_t> scope(vocab.size(), 0);
  for (uint32_t id = 0; id < vocab.size(); ++id) {
    negation[id] = negation_role(vocab.key(id));
    hedge[id] = hedge_kind(vocab.key(id));
    polar[id] = polar_side(vocab.key(id));
    scope[id] = negation_scope_of(vocab.key(id));
  }
  std::vector<Claim> claims =
      align(docs, {options.threshold, outcome, std::move(rounding), std::move(figure),
                   marking(passive_auxiliaries()), marking(passive_agents()), std::move(speech), std::move(negation),
                   std::move(hedge),
                   std::move(polar), std::move(scope)});
  mark_agreement(docs, claims);  // classify, from the claims
  mark_verbatim(docs, options.verbatim_min_words);
  find_conflicts(docs, claims, vocab, outcome);
  tools().forget();
  R result;
  result.value = report_comparison(docs, claims);
  return result;
}

}  // namespace corroborate
