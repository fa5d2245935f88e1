import type { Article, Options, CompareResult, SegmentResult } from './index.js';

export interface WorkerComparatorOptions {
  /** Where to load corroborate-core.wasm from (default: next to the package's JS). */
  wasmUrl?: string | URL;
  /** Where to load the worker script from (default: worker-entry.js next to this file). */
  workerUrl?: string | URL;
}

/** The comparator running in a Web Worker: the same methods, returning promises. */
export interface WorkerComparator {
  compare(articles: Article[], options?: Options): Promise<CompareResult>;
  compareJson(articles: Article[], options?: Options): Promise<string>;
  segment(articles: Article[], options?: Options): Promise<SegmentResult>;
  dispose(): void;
}

/** Starts a Web Worker with its own engine. Browser only. */
export declare function createWorkerComparator(options?: WorkerComparatorOptions): Promise<WorkerComparator>;
