// corroborate's JS API: loads the WebAssembly engine and hands it articles.
//
//   const comparator = await createComparator();
//   const { articles } = comparator.segment([{ id: 'a', text: '…' }, …]);
//
// Offsets in every result are UTF-16 code units, half-open [start, end): they index JS strings
// and DOM text nodes directly.
import createCoreModule from '../dist/corroborate-core.js';

const DEFAULT_WASM_URL = new URL('../dist/corroborate-core.wasm', import.meta.url);

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

async function readFileInNode(url) {
  // getBuiltinModule keeps bundlers from trying to resolve 'node:fs' for the browser.
  const fs = process.getBuiltinModule?.('fs') ?? (await import(/* @vite-ignore */ `${'node:'}fs`));
  return fs.readFileSync(url);
}

/**
 * Loads the engine.  Options: `wasmUrl` (string or URL) to load the .wasm from somewhere other
 * than next to this file.
 */
export async function createComparator(options = {}) {
  const wasmUrl = options.wasmUrl ? new URL(String(options.wasmUrl), DEFAULT_WASM_URL) : DEFAULT_WASM_URL;
  if (!isNode || wasmUrl.protocol !== 'file:') {
    const locateFile = (path) => (path.endsWith('.wasm') ? wasmUrl.href : path);
    return new Comparator(await createCoreModule({ locateFile }));
  }
  // A file: compiled and instantiated here, at once (nothing to stream); the glue's asynchronous
  // instantiation would wait on V8's compile threads, some 2 ms more.  A damaged file throws a
  // CompileError, a module that is not this engine's a LinkError.
  const module = new WebAssembly.Module(await readFileInNode(wasmUrl));
  let failure = null;
  const instantiateWasm = (imports, receive) => {
    try {
      const instance = new WebAssembly.Instance(module, imports);
      receive(instance);
      return instance.exports;
    } catch (e) {
      failure = e;  // (thrown below; thrown here, the glue would log it and never settle)
      return {};
    }
  };
  const ready = createCoreModule({ instantiateWasm });  // (it calls instantiateWasm before it returns)
  if (failure) throw failure;
  return new Comparator(await ready);
}

function describe(index, article) {
  const id = article && typeof article.id === 'string' && article.id ? ` ("${article.id.slice(0, 80)}")` : '';
  return `article ${index}${id}`;
}

const isWellFormed = (s) =>
  typeof s.isWellFormed === 'function' ? s.isWellFormed() : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/**
 * Checks articles as given by a caller; throws TypeError / RangeError naming the article and field.
 * `limits` ({ maxArticles, maxTotalLength }) are the engine's, checked before any text is copied.
 */
export function validateArticles(articles, limits = {}) {
  if (!Array.isArray(articles)) throw new TypeError('articles must be an array of { id, text } objects');
  if (limits.maxArticles !== undefined && articles.length > limits.maxArticles)
    throw new RangeError(`${articles.length} articles: at most ${limits.maxArticles} can be compared at once`);
  const seen = new Set();
  let total = 0;
  articles.forEach((a, i) => {
    if (a === null || typeof a !== 'object') throw new TypeError(`${describe(i, a)} must be an object`);
    if (typeof a.id !== 'string' || a.id === '') throw new TypeError(`${describe(i, a)}: "id" must be a non-empty string`);
    if (typeof a.text !== 'string') throw new TypeError(`${describe(i, a)}: "text" must be a string`);
    if (a.label !== undefined && typeof a.label !== 'string') throw new TypeError(`${describe(i, a)}: "label" must be a string`);
    if (a.language !== undefined && a.language !== 'en' && a.language !== 'fr')
      throw new RangeError(`${describe(i, a)}: "language" must be "en" or "fr"`);
    if (a.published != null && typeof a.published !== 'string')
      throw new TypeError(`${describe(i, a)}: "published" must be a string (an ISO 8601 date: "2026-02-04")`);
    if (seen.has(a.id)) throw new RangeError(`${describe(i, a)}: duplicate id`);
    seen.add(a.id);
    if (!isWellFormed(a.text)) throw new RangeError(`${describe(i, a)}: "text" has an unpaired surrogate`);
    total += a.text.length;
  });
  if (limits.maxTotalLength !== undefined && total > limits.maxTotalLength)
    throw new RangeError(`the articles hold ${total} characters (UTF-16 code units): at most ${limits.maxTotalLength} can be compared at once`);
}

// The engine's answer, UTF-8 bytes over its memory (valid until the next call into it), as text.
const utf8 = new TextDecoder();

// The engine answers {"error": …} instead of throwing; compareJson() hands the text on as is.
function checkJson(json) {
  if (json.startsWith('{"error":')) throw new Error(JSON.parse(json).error);
  return json;
}

export class Comparator {
  #wasm;
  #core;

  constructor(wasm) {
    this.#wasm = wasm;
    this.#core = new wasm.Core();
  }

  /** The engine's limits: { maxArticles, maxTotalLength (UTF-16 code units), maxIdLength (bytes) }. */
  get limits() {
    const w = this.#wasm;
    return { maxArticles: w.maxArticles, maxTotalLength: w.maxTotalLength, maxIdLength: w.maxIdLength };
  }

  #load(articles) {
    validateArticles(articles, this.limits);
    this.#core.clear();
    for (const a of articles) this.#core.add(a.id, a.label ?? a.id, a.text, a.language ?? '', a.published ?? '');
  }

  /**
   * Splits each article into paragraphs, sentences and words.
   * Returns { version, articles: [{ id, paragraphs: [{start,end}], sentences: [{start, end,
   * paragraph, words: [[start, end], …]}] }] }.
   */
  segment(articles, options = {}) {
    return JSON.parse(this.#run('segment', articles, options));
  }

  #run(stage, articles, options) {
    if (this.#core === null) throw new Error('this comparator has been disposed');
    if (options === null || typeof options !== 'object' || Array.isArray(options))
      throw new TypeError('options must be an object');
    this.#load(articles);
    try {
      return checkJson(utf8.decode(this.#core[stage](JSON.stringify(options))));
    } finally {
      this.#core.clear();
    }
  }

  /**
   * Compares the articles: which sentences agree (and with how many outlets), add detail, repeat
   * text or are boilerplate; verbatim runs and conflicting values.  Returns the result object
   * (see README, "The result").  Options: { threshold, verbatimMinWords, language }.
   */
  compare(articles, options = {}) {
    return JSON.parse(this.compareJson(articles, options));
  }

  /** The same as compare(), as the JSON text the engine prints (byte-identical to the native build). */
  compareJson(articles, options = {}) {
    return this.#run('compare', articles, options);
  }

  /** Bytes of the engine's heap in use now (what a leak would make grow). */
  heapInUse() {
    return this.#wasm.heapInUse();
  }

  /** Frees the engine's memory; the comparator cannot be used afterwards. */
  dispose() {
    if (this.#core) this.#core.delete();
    this.#core = null;
  }
}
