import type { TextNodeOffset } from './highlight.js';

export interface Extracted {
  title: string;
  byline: string;
  lang: string;
  /** The article's text, one paragraph per line. */
  text: string;
  /** The page's text nodes with the offset of their first character in `text`. */
  map: TextNodeOffset[];
}

/** The article of a live page (Mozilla Readability), with a map back to its text nodes; null if none. */
export declare function extract(doc?: Document, options?: Record<string, unknown>): Extracted | null;
