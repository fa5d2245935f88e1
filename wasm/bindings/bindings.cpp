// The only file that knows about Emscripten: exposes the engine to JS through Embind.
//
// JS hands articles over one at a time as UTF-16 strings (no UTF-8 round trip, offsets stay JS
// indices) or as a whole JSON bundle, then asks for a result.  Results come back as JSON text,
// the very bytes the native build prints, which the JS side decodes (TextDecoder: Embind's own
// std::string return reads the bytes one by one in JS, twice) and parses.  Errors come back as
// {"error": "..."}; nothing throws across the boundary, so the module stays usable after one.
#include <emscripten/bind.h>
#include <malloc.h>

#include "corroborate/corroborate.h"
#include "../src/json_writer.h"

namespace corroborate {
namespace {

std::string error_json(const std::string& message) {
  JsonWriter w;
  w.begin_object().key("error").value(message).end_object();
  return w.take();
}

class Core {
 public:
  // Drops the articles and the last result.
  void clear() {
    articles_.clear();
    std::string().swap(result_);
  }

  // Returns "" when added, else why not.
  std::string add(std::string id, std::string label, std::u16string text, std::string language, std::string published) {
    Article a{std::move(id), std::move(label), std::move(text), std::move(language), std::move(published)};
    if (a.label.empty()) a.label = a.id;
    articles_.push_back(std::move(a));
    return {};
  }

  // Replaces the articles with those of a JSON bundle; "" when loaded, else why not.
  std::string load_bundle(std::string json) {
    auto parsed = parse_bundle(json);
    if (!parsed.ok()) return parsed.error;
    articles_ = std::move(parsed.value);
    return {};
  }

  // The result's UTF-8 bytes, as a Uint8Array over the module's memory: valid until the next call
  // into the module (which may move or grow the memory), so the caller decodes it at once.
  emscripten::val segment(std::string options_json) { return run(segment_json, options_json); }
  emscripten::val compare(std::string options_json) { return run(compare_json, options_json); }

 private:
  using Stage = Result<std::string> (*)(const std::vector<Article>&, const Options&);
  emscripten::val run(Stage stage, const std::string& options_json) {
    auto options = parse_options(options_json);
    if (!options.ok()) {
      result_ = error_json(options.error);
    } else {
      auto result = stage(articles_, options.value);
      result_ = result.ok() ? std::move(result.value) : error_json(result.error);
    }
    return emscripten::val(emscripten::typed_memory_view(result_.size(), reinterpret_cast<const uint8_t*>(result_.data())));
  }

  std::vector<Article> articles_;
  std::string result_;
};

// Bytes of the wasm heap in use (for leak tests: memory itself only ever grows).
size_t heap_in_use() { return mallinfo().uordblks; }

}  // namespace
}  // namespace corroborate

EMSCRIPTEN_BINDINGS(corroborate) {
  emscripten::class_<corroborate::Core>("Core")
      .constructor<>()
      .function("clear", &corroborate::Core::clear)
      .function("add", &corroborate::Core::add)
      .function("loadBundle", &corroborate::Core::load_bundle)
      .function("segment", &corroborate::Core::segment)
      .function("compare", &corroborate::Core::compare);
  emscripten::function("heapInUse", &corroborate::heap_in_use);
  emscripten::constant("maxArticles", corroborate::kMaxArticles);
  emscripten::constant("maxTotalLength", corroborate::kMaxTotalLength);
  emscripten::constant("maxIdLength", corroborate::kMaxIdLength);
}
