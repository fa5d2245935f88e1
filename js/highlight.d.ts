import type { ResultArticle } from './index.js';

/** A text node and the offset of its first character in the compared text. */
export interface TextNodeOffset {
  node: Text;
  start: number;
}

export interface HighlightOptions {
  /** Text nodes and offsets (from extract()); default: the element's text nodes, offsets into its textContent. */
  map?: TextNodeOffset[];
  /** An extra class for every mark. */
  className?: string;
}

/**
 * Wraps the article's sentences and spans in <mark> elements (classes `corroborate`,
 * `corroborate-<kind>`, `corroborate-span-<kind>`; data-sentence, data-kind, data-support,
 * data-claims, data-spans, data-with). Returns the marks.
 */
export declare function highlight(element: Element, articleResult: ResultArticle, options?: HighlightOptions): HTMLElement[];

/** Removes the marks and joins the text nodes highlight() split: the DOM as it was. */
export declare function unhighlight(element: Element): void;

/** The text nodes under root with their offsets into root.textContent. */
export declare function textNodeMap(root: Node): TextNodeOffset[];

/**
 * The text of root as compare() wants it (one paragraph per line: a break between block elements)
 * with the map from its offsets back to the text nodes, for highlight(el, result, { map }).
 */
export declare function textWithMap(root: Node, accept?: (node: Text) => boolean): { text: string; map: TextNodeOffset[] };
