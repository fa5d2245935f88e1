// The articles as columns, and the result of compare() marked on them with the package's highlighter.
// Each article's text goes in as one <p> per line holding one text node, and the map of those text
// nodes ({ node, start }) lets highlight() place the result's offsets exactly.
import { highlight } from '../js/highlight.js';
import { el, formatDate } from './dom.js';

const LINE_BREAK = /\r\n|[\n\v\f\r\x85\u2028\u2029]/g;

/** The kinds the legend lists: what each looks like, what it means and how many the result has. */
export const KINDS = [
  { kind: 'agree', label: 'agree', hint: 'claim made by 2+ outlets', count: (st) => st.agree },
  { kind: 'detail', label: 'detail', hint: 'claim only this outlet makes', count: (st) => st.detail },
  { kind: 'added', label: 'added words', hint: 'words the other versions lack', count: (st, r) => spanCount(r, 'detail') },
  { kind: 'verbatim', label: 'verbatim', hint: 'copied word for word', count: (st) => st.verbatim },
  { kind: 'conflict', label: 'conflict', hint: 'numbers, dates or names differ', count: (st) => st.conflicts },
  { kind: 'repeat', label: 'repeat', hint: 'said twice in one article', count: (st) => st.repeat },
  { kind: 'boilerplate', label: 'boilerplate', hint: 'page furniture, not compared', count: (st) => st.boilerplate },
];

const spanCount = (result, kind) => result.articles.reduce((n, a) => n + a.spans.filter((s) => s.kind === kind).length, 0);

/** The outlet's name as the page shows it. */
export const labelOf = (article) => article.label || article.id;

/** Builds one column per article in `container`; returns a view per article for applyResult(). */
export function renderColumns(container, articles) {
  const views = articles.map(renderColumn);
  container.replaceChildren(...views.map((v) => v.column));
  return views;
}

function renderColumn(article, index) {
  const column = el('section', 'column');
  column.dataset.article = article.id;
  const headingId = `column-${index}`;
  column.setAttribute('aria-labelledby', headingId);

  const head = el('header', 'column-head');
  const h2 = el('h2', '', labelOf(article));
  h2.id = headingId;
  const meta = el('p', 'meta');
  if (article.published) {
    const time = el('time', '', formatDate(article.published));
    time.dateTime = String(article.published);
    meta.append(time);
  }
  if (article.byline) meta.append(`${article.published ? ' · ' : ''}${article.byline}`);
  const mix = el('div', 'mix');
  mix.setAttribute('role', 'img');
  const summary = el('p', 'summary');
  head.append(h2, meta, mix, summary);

  // the text: one <p> per non-blank line, one text node per <p>, mapped to its offset in the text
  const body = el('div', 'column-body');
  const map = [];
  const paragraphs = [];
  const text = article.text;
  let lineStart = 0;
  const addLine = (lineEnd) => {
    const line = text.slice(lineStart, lineEnd);
    const content = line.trim();
    if (content) {
      const start = lineStart + (line.length - line.trimStart().length);
      const node = document.createTextNode(content);
      const p = el('p');
      p.append(node);
      body.append(p);
      map.push({ node, start });
      paragraphs.push({ p, start, end: start + content.length });
    }
  };
  for (const m of text.matchAll(LINE_BREAK)) {
    addLine(m.index);
    lineStart = m.index + m[0].length;
  }
  addLine(text.length);

  column.append(head, body);
  return { article, column, body, map, paragraphs, mix, summary, marks: new Map() };
}

/**
 * Marks one compare() result on the columns: highlight() per column, then the first mark of each
 * sentence becomes its keyboard stop, agreeing sentences get their support shade and badge, and
 * each column header its mix of kinds.
 */
export function applyResult(views, result) {
  const outlets = result.articles.length;
  views.forEach((view, i) => {
    const articleResult = result.articles[i];
    const marks = highlight(view.body, articleResult, { map: view.map });
    view.marks = new Map();
    for (const mark of marks) {
      const s = Number(mark.dataset.sentence);
      if (!view.marks.has(s)) view.marks.set(s, []);
      view.marks.get(s).push(mark);
    }
    for (const list of view.marks.values()) list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    articleResult.sentences.forEach((s, k) => {
      const list = view.marks.get(k);
      if (!list) return;
      const [first] = list;
      const last = list[list.length - 1];
      first.tabIndex = 0;  // one keyboard stop per sentence, in reading order
      first.setAttribute('role', 'button');
      first.classList.add('first');
      first.setAttribute('aria-label', `${sentenceText(view.article, s)} (${describeKind(s, outlets)})`);
      last.classList.add('last');
      if (s.kind === 'agree') {
        const shade = String((s.support - 1) / Math.max(1, outlets - 1));
        for (const m of list) m.style.setProperty('--support', shade);
        last.dataset.badge = `${s.support}/${outlets}`;
      }
      for (const m of list) m.title = describeKind(s, outlets);
    });
    // paragraphs that are nothing but boilerplate collapse with it
    for (const para of view.paragraphs) {
      const inside = articleResult.sentences.filter((s) => s.start < para.end && s.end > para.start);
      para.p.classList.toggle('all-boilerplate', inside.length > 0 && inside.every((s) => s.kind === 'boilerplate'));
    }
    renderMix(view, articleResult);
  });
}

/** The text of sentence `s` of `article`. */
export const sentenceText = (article, s) => article.text.slice(s.start, s.end);

/** "agree: 4 of 5 outlets make this claim", "detail: only this outlet", … */
export function describeKind(s, outlets) {
  switch (s.kind) {
    case 'agree': return `agree: ${s.support} of ${outlets} outlets make this claim`;
    case 'detail': return 'detail: only this outlet makes this claim';
    case 'repeat': return 'repeat: the article already said this, word for word';
    case 'boilerplate': return 'boilerplate: page furniture, not compared';
    default: return s.kind;
  }
}

// The column header's bar: how the article's sentences split into kinds.
function renderMix(view, articleResult) {
  const counts = { agree: 0, detail: 0, repeat: 0, boilerplate: 0 };
  for (const s of articleResult.sentences) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
  const parts = Object.entries(counts).filter(([, n]) => n > 0);
  view.mix.replaceChildren(...parts.map(([kind, n]) => {
    const part = el('span', `mix-${kind}`);
    part.style.flexGrow = String(n);
    part.title = `${n} ${kind}`;
    return part;
  }));
  const total = articleResult.sentences.length;
  view.mix.setAttribute('aria-label', parts.map(([k, n]) => `${n} ${k}`).join(', '));
  const content = total - counts.boilerplate - counts.repeat;
  view.summary.replaceChildren(el('strong', '', String(counts.agree)), `/${content} corroborated`);
  view.summary.title = `${counts.agree} of the ${content} sentences that are not boilerplate or repeats make a claim another outlet makes too (${total} sentences in all)`;
}

/** The legend: one toggle per kind with its count. `onToggle(kind, on)`. */
export function renderLegend(container, result, outlets, off, onToggle) {
  const keys = KINDS.map(({ kind, label, hint, count }) => {
    const n = count(result.stats, result);
    const button = el('button', `key key-${kind}`);
    button.type = 'button';
    button.dataset.kind = kind;
    button.setAttribute('aria-pressed', String(!off.has(kind)));
    button.title = `${hint} — click to ${off.has(kind) ? 'show' : 'hide'} these marks`;
    const swatch = el('span', 'swatch');
    swatch.setAttribute('aria-hidden', 'true');
    if (kind === 'agree') {
      // the support scale, 2 of N … N of N
      swatch.classList.add('scale');
      for (let s = 2; s <= Math.max(2, outlets); s++) {
        const step = el('span');
        step.style.setProperty('--support', String((s - 1) / Math.max(1, outlets - 1)));
        swatch.append(step);
      }
    }
    const name = el('span', 'name', label);
    const num = el('span', 'count', String(n));
    const hintEl = el('span', 'hint', kind === 'agree' ? `${hint}: 2/${outlets} light … ${outlets}/${outlets} strong` : hint);
    button.append(swatch, name, ' ', num, hintEl);
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      button.title = `${hint} — click to ${on ? 'hide' : 'show'} these marks`;
      onToggle(kind, on);
    });
    return button;
  });
  container.replaceChildren(...keys);
}
