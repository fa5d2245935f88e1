// corroborate/highlight: marks a compare() result on the page that holds the article's text.
//
//   highlight(element, result.articles[i])       // offsets index element.textContent
//   highlight(element, articleResult, { map })   // offsets index textWithMap()'s or extract()'s text
//   unhighlight(element)                         // the DOM as it was
//
// Text is never re-inserted as HTML: existing text nodes are split at the result's offsets and
// the pieces wrapped in <mark> elements, so it works however the text is spread across <p>, <a>,
// <em>.  Each piece gets one <mark> carrying everything that covers it (sentence kind, spans), so
// marks never nest or cross element boundaries.

import { pieces } from './pieces.js';

const MARK_ATTR = 'data-corroborate';
const state = new WeakMap();  // element -> { marks, splits }

/** The text nodes under `root`, in document order, with their offsets into root.textContent. */
export function textNodeMap(root) {
  const doc = root.ownerDocument ?? root;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes = [];
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, start: offset });
    offset += n.data.length;
  }
  return nodes;
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

function blockOf(node, root) {
  for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (BLOCKS.has(e.tagName)) return e;
  return root;
}

/**
 * The text of `root` as compare() wants it -- one paragraph per line: a line break between block
 * elements (<p>, <li>, <h2>…), and the line breaks inside text nodes, which are only layout, as
 * spaces -- with the map from its offsets back to the text nodes, for highlight().
 * `accept(textNode)` may leave nodes out.
 */
export function textWithMap(root, accept = () => true) {
  const doc = root.ownerDocument ?? root;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const map = [];
  let text = '';
  let lastBlock = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!accept(n)) continue;
    const block = blockOf(n, root);
    if (lastBlock && block !== lastBlock && !text.endsWith('\n')) text += '\n';
    lastBlock = block;
    map.push({ node: n, start: text.length });
    text += n.data.replace(/[\n\r\u2028\u2029\v\f]/g, ' ');  // same length: offsets hold
  }
  return { text, map };
}

// Classes and data attributes for a piece: its sentence and the spans over it.
function describe({ sentence, index, spans }) {
  const classes = ['corroborate', `corroborate-${sentence.kind}`];
  const data = { sentence: String(index), kind: sentence.kind, support: String(sentence.support) };
  if (sentence.claims.length) data.claims = sentence.claims.join(' ');
  for (const sp of spans) {
    classes.push(`corroborate-span-${sp.kind}`);
    if (sp.kind === 'verbatim') data.with = sp.with.join(' ');
  }
  if (spans.length) data.spans = [...new Set(spans.map((sp) => sp.kind))].join(' ');
  return { classes: [...new Set(classes)], data };
}

/**
 * Wraps the sentences and spans of `articleResult` in <mark> elements inside `element`.
 * Options: `map` — an array of { node, start } (text nodes and the offset of their first
 * character in the compared text), as extract() returns; default: the text nodes of `element`,
 * offsets into element.textContent.  `className` — extra class for every mark.
 * Returns the marks created.  Highlighting an element again first removes the old marks.
 */
export function highlight(element, articleResult, options = {}) {
  if (!element || typeof element.ownerDocument === 'undefined') throw new TypeError('highlight: element must be a DOM element');
  if (!articleResult || !Array.isArray(articleResult.sentences)) throw new TypeError('highlight: articleResult must be one article of a compare() result');
  unhighlight(element);
  const doc = element.ownerDocument;
  const map = (options.map ?? textNodeMap(element)).map((m) => ({ ...m, end: m.start + m.node.data.length }));
  const record = { marks: [], splits: new Map() };  // original node -> its pieces, in order

  // Work from the last piece to the first so earlier offsets stay valid while nodes split.
  const all = pieces(articleResult).map((p) => ({ ...p, ...describe(p) })).reverse();
  for (const p of all) {
    for (let k = map.length - 1; k >= 0; k--) {
      const m = map[k];
      if (m.end <= p.start || m.start >= p.end) continue;
      const from = Math.max(p.start, m.start) - m.start;
      const to = Math.min(p.end, m.end) - m.start;
      // the node that holds [from, to) of m: m.node itself or a piece split off it earlier
      const list = record.splits.get(m.node) ?? [{ node: m.node, offset: 0 }];
      record.splits.set(m.node, list);
      let at = list.length - 1;
      while (at > 0 && list[at].offset > from) at--;
      let target = list[at].node;
      const base = list[at].offset;
      if (to - base < target.data.length) {
        const rest = target.splitText(to - base);
        list.splice(at + 1, 0, { node: rest, offset: to });
      }
      if (from > base) {
        const mid = target.splitText(from - base);
        list.splice(at + 1, 0, { node: mid, offset: from });
        target = mid;
      }
      if (target.parentNode?.hasAttribute?.(MARK_ATTR)) continue;  // already wrapped
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, '');
      mark.className = [...p.classes, options.className].filter(Boolean).join(' ');
      for (const [key, value] of Object.entries(p.data)) mark.dataset[key] = value;
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      record.marks.push(mark);
    }
  }
  state.set(element, record);
  return record.marks;
}

/** Removes the marks highlight() made in `element` and joins the text nodes it split. */
export function unhighlight(element) {
  const record = state.get(element);
  if (!record) return;
  for (const mark of record.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (const [original, list] of record.splits) {
    original.data = list.map((p) => p.node.data).join('');
    for (const p of list) if (p.node !== original) p.node.parentNode?.removeChild(p.node);
  }
  state.delete(element);
}
