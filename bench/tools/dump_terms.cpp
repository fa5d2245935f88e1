// dump_terms: the normalized sentences of a bundle as JSON lines, for prototyping alignment
// measures outside the engine (bench/tools/measures.py).  Not part of the package.
//   dump_terms BUNDLE.json > terms.jsonl
// Each line: article, index, start, end, content (not boilerplate or repeat), terms, and tokens as
// [key, stop, capitalized, surface, start].
#include <fstream>
#include <iostream>
#include <sstream>

#include "document.h"
#include "engine.h"
#include "json_writer.h"

using namespace corroborate;

int main(int argc, char** argv) {
  if (argc < 2) return std::cerr << "usage: dump_terms BUNDLE.json\n", 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto articles = parse_bundle(ss.str());
  if (!articles.ok()) return std::cerr << articles.error << '\n', 1;
  if (std::string err = validate_articles(articles.value); !err.empty()) return std::cerr << err << '\n', 1;
  // the documents as compare_json() has them before it aligns
  Vocabulary vocab;
  auto prepared = prepare_documents(articles.value, Options{}, vocab);
  if (!prepared.ok()) return std::cerr << prepared.error << '\n', 1;
  const std::vector<Document>& docs = prepared.value;
  for (const Document& doc : docs) {
    for (uint32_t s = 0; s < doc.seg.sentences.size(); ++s) {
      const Range r = doc.seg.sentences[s].range;
      const NormalizedSentence& ns = doc.norm.sentences[s];
      JsonWriter w;
      w.begin_object().key("article").value(doc.article->id).key("index").value(s);
      w.key("start").value(r.start).key("end").value(r.end).key("content").value(doc.is_content(s));
      w.key("terms").begin_array();
      for (uint32_t t : ns.terms) w.value(vocab.key(t));
      w.end_array().key("tokens").begin_array();
      for (uint32_t t = ns.first_token; t < ns.end_token; ++t) {
        const Token& tok = doc.norm.tokens[t];
        w.begin_array().value(vocab.key(tok.term)).value(int(tok.stop)).value(int(tok.capitalized));
        w.value(vocab.key(tok.surface)).value(tok.range.start).end_array();
      }
      std::cout << w.end_array().end_object().take() << '\n';
    }
  }
}
