/** One article: a unique id, an optional display label, and plain text (paragraphs on lines). */
export interface Article {
  id: string;
  label?: string;
  text: string;
  /** Language hint; defaults to the options' language. */
  language?: 'en' | 'fr';
  /** The day it came out, an ISO 8601 date or date and time ("2026-02-04", "2026-02-04T09:30:00Z"):
   *  "yesterday", "last month", "this year", "next year", "hier", "l'an dernier" are read as the
   *  dates they name.
   *  Anything else is ignored. */
  published?: string | null;
}

export interface Options {
  /** Language of articles without a hint: "en", "fr", or "auto" (the default: each article's
   *  own, told from its function words). */
  language?: 'en' | 'fr' | 'auto';
  /** Similarity (0–1] from which two sentences of different articles state one claim. Default 0.15;
   *  lowered by up to 30% in a story of fewer than twelve content sentences. */
  threshold?: number;
  /** Shortest run of words shared word for word reported as verbatim (2–100). Default 8. */
  verbatimMinWords?: number;
}

export type SentenceKind = 'agree' | 'detail' | 'repeat' | 'boilerplate';

export interface ResultSentence extends Range {
  kind: SentenceKind;
  /** Claim ids, the primary one (most outlets) first; empty for boilerplate and repeats. */
  claims: number[];
  /** Outlets making the sentence's primary claim (this one included); 0 for boilerplate and repeats. */
  support: number;
}

export type ResultSpan =
  | (Range & { kind: 'detail'; claim: number })
  | (Range & { kind: 'conflict'; claim: number })
  | (Range & { kind: 'verbatim'; with: string[] });

export interface ResultArticle {
  id: string;
  sentences: ResultSentence[];
  spans: ResultSpan[];
}

export interface ClaimMember {
  article: string;
  /** Index into that article's sentences. */
  sentence: number;
  /** Mean similarity to the claim's members in other articles. */
  similarity: number;
}

export interface Conflict extends Range {
  article: string;
  /** The value as this article writes it. */
  value: string;
  /** The differing values the other articles give. */
  others: string[];
}

export interface Claim {
  id: number;
  support: number;
  members: ClaimMember[];
  conflicts: Conflict[];
}

export interface CompareResult {
  version: 1;
  articles: ResultArticle[];
  claims: Claim[];
  /** Counts: sentences by kind; `verbatim` and `conflicts` count spans (one per marked run or value). */
  stats: {
    articles: number; sentences: number; claims: number; sharedClaims: number;
    agree: number; detail: number; repeat: number; boilerplate: number;
    verbatim: number; conflicts: number;
  };
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
  /** Compares the articles: agreement, detail, repeats, boilerplate, verbatim runs, conflicts. */
  compare(articles: Article[], options?: Options): CompareResult;
  /** compare() as the engine's JSON text, byte-identical to the native build's. */
  compareJson(articles: Article[], options?: Options): string;
  /** Splits each article into paragraphs, sentences and words. Throws on invalid articles. */
  segment(articles: Article[], options?: Options): SegmentResult;
  /** Bytes of the engine's heap in use now (what a leak would make grow). */
  heapInUse(): number;
  /** The engine's limits, checked before any work: articles per call, UTF-16 code units in all, bytes of an id. */
  readonly limits: { maxArticles: number; maxTotalLength: number; maxIdLength: number };
  /** Frees the engine's memory; the comparator cannot be used afterwards. */
  dispose(): void;
}

/** Loads the WebAssembly engine (one instance per comparator). */
export declare function createComparator(options?: ComparatorOptions): Promise<Comparator>;

/** Throws a TypeError or RangeError naming the article and field when `articles` is invalid. */
export declare function validateArticles(articles: unknown, limits?: { maxArticles?: number; maxTotalLength?: number }): asserts articles is Article[];
