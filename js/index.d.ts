/** One article: a unique id, an optional display label, and plain text (paragraphs on lines). */
export interface Article {
  id: string;
  label?: string;
  text: string;
  /** Language hint; defaults to the options' language ("en"). */
  language?: 'en' | 'fr';
}

export interface Options {
  /** Default language of articles without a hint. Default "en". */
  language?: 'en' | 'fr';
}

/** A half-open range of UTF-16 code units, [start, end), into an article's text. */
export interface Range {
  start: number;
  end: number;
}

export interface SegmentedSentence extends Range {
  /** Index into the article's paragraphs. */
  paragraph: number;
  /** The sentence's words (letters, numbers, ideographs) as [start, end) pairs. */
  words: Array<[number, number]>;
}

export interface SegmentedArticle {
  id: string;
  paragraphs: Range[];
  sentences: SegmentedSentence[];
}

export interface SegmentResult {
  version: 1;
  articles: SegmentedArticle[];
}

export interface ComparatorOptions {
  /** Where to load corroborate-core.wasm from (default: next to the package's JS). */
  wasmUrl?: string | URL;
}

export declare class Comparator {
  /** Splits each article into paragraphs, sentences and words. Throws on invalid articles. */
  segment(articles: Article[], options?: Options): SegmentResult;
  /** Frees the engine's memory; the comparator cannot be used afterwards. */
  dispose(): void;
}

/** Loads the WebAssembly engine (one instance per comparator). */
export declare function createComparator(options?: ComparatorOptions): Promise<Comparator>;

/** Throws a TypeError or RangeError naming the article and field when `articles` is invalid. */
export declare function validateArticles(articles: unknown): asserts articles is Article[];
