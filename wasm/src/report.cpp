#include "report.h"

#include <algorithm>

#include "json_writer.h"
#include "order.h"

namespace corroborate {

namespace {

void write_range(JsonWriter& w, Range r) { w.key("start").value(r.start).key("end").value(r.end); }

}  // namespace

std::string report_segmentation(const std::vector<Article>& articles, const std::vector<Segmentation>& segs) {
  JsonWriter w;
  w.begin_object().key("version").value(1).key("articles").begin_array();
  for (size_t a = 0; a < articles.size(); ++a) {
    const Segmentation& s = segs[a];
    w.begin_object().key("id").value(articles[a].id);
    w.key("paragraphs").begin_array();
    for (Range p : s.paragraphs) {
      w.begin_object();
      write_range(w, p);
      w.end_object();
    }
    w.end_array().key("sentences").begin_array();
    for (const Sentence& sen : s.sentences) {
      w.begin_object();
      write_range(w, sen.range);
      w.key("paragraph").value(sen.paragraph).key("words").begin_array();
      for (uint32_t i = sen.first_word; i < sen.end_word; ++i)
        w.begin_array().value(s.words[i].range.start).value(s.words[i].range.end).end_array();
      w.end_array().end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().end_object();
  return w.take();
}

}  // namespace corroborate

namespace corroborate {

namespace {

const char* kind_name(SentenceKind k) {
  switch (k) {
    case SentenceKind::agree: return "agree";
    case SentenceKind::detail: return "detail";
    case SentenceKind::repeat: return "repeat";
    case SentenceKind::boilerplate: return "boilerplate";
  }
  return "detail";
}

const char* span_name(Span::Kind k) {
  switch (k) {
    case Span::Kind::detail: return "detail";
    case Span::Kind::verbatim: return "verbatim";
    case Span::Kind::conflict: return "conflict";
  }
  return "detail";
}

}  // namespace

[[gnu::noinline]] std::string report_comparison(const std::vector<Document>& docs, const std::vector<Claim>& claims) {
  JsonWriter w;
  uint32_t counts[4] = {0, 0, 0, 0}, sentences = 0, verbatim = 0, conflicts = 0;
  // ids are written once per claim member, conflict and verbatim partner: escaped once
  std::vector<std::string> ids;
  ids.reserve(docs.size());
  for (const Document& doc : docs) ids.push_back(JsonWriter::quoted(doc.article->id));
  w.begin_object().key("version").value(1).key("articles").begin_array();
  for (const Document& doc : docs) {
    w.begin_object().key("id").value(doc.article->id).key("sentences").begin_array();
    for (size_t s = 0; s < doc.seg.sentences.size(); ++s) {
      const SentenceKind kind = doc.kinds[s];
      ++counts[static_cast<int>(kind)];
      ++sentences;
      uint32_t support = 0;
      w.begin_object();
      write_range(w, doc.seg.sentences[s].range);
      w.key("kind").value(kind_name(kind)).key("claims").begin_array();
      for (uint32_t c : doc.claims[s]) {
        w.value(c);
        support = std::max(support, claims[c].support);
      }
      w.end_array().key("support").value(support).end_object();
    }
    w.end_array().key("spans").begin_array();
    const auto order = sorted_order(doc.spans.data(), doc.spans.size(), [](const void* items, uint32_t i, uint32_t j) {
      const Span& a = static_cast<const Span*>(items)[i];
      const Span& b = static_cast<const Span*>(items)[j];
      if (a.range.start != b.range.start) return a.range.start < b.range.start;
      if (a.range.end != b.range.end) return a.range.end < b.range.end;
      return a.kind < b.kind;
    });
    for (uint32_t i : order) {
      const Span* sp = &doc.spans[i];
      verbatim += sp->kind == Span::Kind::verbatim;
      conflicts += sp->kind == Span::Kind::conflict;
      w.begin_object();
      write_range(w, sp->range);
      w.key("kind").value(span_name(sp->kind));
      if (sp->claim >= 0) w.key("claim").value(int64_t(sp->claim));
      if (sp->kind == Span::Kind::verbatim) {
        w.key("with").begin_array();
        for (uint32_t a : sp->with) w.value_quoted(ids[a]);
        w.end_array();
      }
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().key("claims").begin_array();
  uint32_t shared = 0;
  for (size_t c = 0; c < claims.size(); ++c) {
    const Claim& claim = claims[c];
    shared += claim.support > 1;
    w.begin_object().key("id").value(int64_t(c)).key("support").value(claim.support).key("members").begin_array();
    for (const ClaimMember& m : claim.members) {
      w.begin_object().key("article").value_quoted(ids[m.article]).key("sentence").value(m.sentence);
      w.key("similarity").value_fixed(m.similarity, 3).end_object();
    }
    w.end_array().key("conflicts").begin_array();
    for (const Conflict& k : claim.conflicts) {
      w.begin_object().key("article").value_quoted(ids[k.article]);
      write_range(w, k.range);
      w.key("value").value(k.value);
      w.key("others").begin_array();
      for (const auto& o : k.others) w.value(o);
      w.end_array().end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().key("stats").begin_object();
  w.key("articles").value(uint32_t(docs.size())).key("sentences").value(sentences);
  w.key("claims").value(uint32_t(claims.size())).key("sharedClaims").value(shared);
  w.key("agree").value(counts[int(SentenceKind::agree)]).key("detail").value(counts[int(SentenceKind::detail)]);
  w.key("repeat").value(counts[int(SentenceKind::repeat)]).key("boilerplate").value(counts[int(SentenceKind::boilerplate)]);
  w.key("verbatim").value(verbatim).key("conflicts").value(conflicts);
  w.end_object().end_object();
  return w.take();
}

}  // namespace corroborate
