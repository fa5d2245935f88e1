#include "report.h"

#include "json_writer.h"

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
