// corroborate/extract: the article text of a live page, with a map back to its text nodes, so a
// compare() result can be highlighted on the original page (highlight(el, result, { map })).
//
// Mozilla's Readability picks the article out of a clone of the page.  To find its way back, every
// element of the page is numbered (a temporary data attribute, removed at once from the page);
// the text nodes of the elements that survive in Readability's result are the article.
import { Readability } from '@mozilla/readability';
import { textWithMap } from './highlight.js';

const ID = 'data-corroborate-extract';

/**
 * Extracts the article of `doc` (default: the current document).
 * Returns { title, byline, lang, text, map } where `text` has one paragraph per line and `map`
 * lists the page's text nodes with the offset of their first character in `text`; or null when
 * Readability finds no article.  Options are passed on to Readability.
 */
export function extract(doc = globalThis.document, options = {}) {
  if (!doc || typeof doc.cloneNode !== 'function') throw new TypeError('extract: a DOM Document is required');
  const elements = [...doc.body.querySelectorAll('*')];
  elements.forEach((e, i) => e.setAttribute(ID, String(i)));
  let clone;
  try {
    clone = doc.cloneNode(true);
  } finally {
    for (const e of elements) e.removeAttribute(ID);
  }
  const article = new Readability(clone, { ...options, serializer: (el) => el }).parse();
  if (!article || !article.content) return null;

  const kept = new Set();
  for (const e of article.content.querySelectorAll(`[${ID}]`)) kept.add(elements[Number(e.getAttribute(ID))]);

  // The page's text nodes whose element Readability kept, in order, one paragraph per line.
  const { text, map } = textWithMap(doc.body, (n) => kept.has(n.parentElement));
  return { title: article.title ?? '', byline: article.byline ?? '', lang: article.lang ?? '', text, map };
}
