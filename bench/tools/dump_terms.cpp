// dump_terms: the normalized sentences of a bundle as JSON lines, for prototyping alignment
// measures outside the engine (bench/tools/*.py).  Not part of the package.
//   dump_terms BUNDLE.json > terms.jsonl
#include <fstream>
#include <iostream>
#include <sstream>

#include "classify.h"
#include "document.h"
#include "normalize.h"
#include "segment.h"

using namespace corroborate;

static std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
    else out += c;
  }
  return out + "\"";
}

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto articles = parse_bundle(ss.str());
  if (!articles.ok()) return std::cerr << articles.error << '\n', 1;
  Vocabulary vocab;
  std::vector<Document> docs(articles.value.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    Document& doc = docs[i];
    doc.article = &articles.value[i];
    doc.language = language_from_code(doc.article->language.empty() ? "en" : doc.article->language);
    static Segmenter seg(doc.language);
    static Normalizer norm(doc.language);
    doc.seg = seg.segment(doc.text());
    doc.norm = norm.normalize(doc.text(), doc.seg, vocab);
  }
  mark_boilerplate(docs, vocab);
  mark_repeats(docs);
  for (size_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d];
    for (size_t s = 0; s < doc.seg.sentences.size(); ++s) {
      const auto& sen = doc.seg.sentences[s];
      const auto& ns = doc.norm.sentences[s];
      std::cout << "{\"article\":" << quoted(doc.article->id) << ",\"index\":" << s << ",\"start\":" << sen.range.start
                << ",\"end\":" << sen.range.end << ",\"content\":" << (doc.is_content(s) ? "true" : "false")
                << ",\"terms\":[";
      for (size_t k = 0; k < ns.terms.size(); ++k) std::cout << (k ? "," : "") << quoted(vocab.key(ns.terms[k]));
      std::cout << "],\"tokens\":[";
      for (uint32_t t = ns.first_token; t < ns.end_token; ++t) {
        const Token& tok = doc.norm.tokens[t];
        std::cout << (t > ns.first_token ? "," : "") << "[" << quoted(vocab.key(tok.term)) << "," << (tok.stop ? 1 : 0)
                  << "," << (tok.capitalized ? 1 : 0) << "," << quoted(vocab.key(tok.surface)) << "," << tok.range.start << "]";
      }
      std::cout << "]}\n";
    }
  }
}
