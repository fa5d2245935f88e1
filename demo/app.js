// The demo page: the five-outlet story in columns, compared by the engine in the page.
// Article text only ever goes into the page as text nodes, never as HTML.
import { createComparator } from '../js/index.js';

const STORY_URL = new URL('stories/raid-on-x.json', import.meta.url);
const KINDS = ['agree', 'detail', 'repeat', 'boilerplate'];
const SPAN_KINDS = ['detail', 'verbatim', 'conflict'];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The sentence's text, with the spans inside it as <mark>s (pieces cut at every span edge).
function sentenceContent(text, sentence, spans) {
  const inside = spans.filter((sp) => sp.start < sentence.end && sp.end > sentence.start);
  const cuts = new Set([sentence.start, sentence.end]);
  for (const sp of inside) {
    cuts.add(Math.max(sp.start, sentence.start));
    cuts.add(Math.min(sp.end, sentence.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = inside.filter((sp) => sp.start <= a && sp.end >= b);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(text.slice(a, b)));
      continue;
    }
    const mark = el('mark', [...new Set(covering.map((sp) => `span-${sp.kind}`))].join(' '), text.slice(a, b));
    const verbatim = covering.find((sp) => sp.kind === 'verbatim');
    if (verbatim) mark.title = `word for word in: ${verbatim.with.join(', ')}`;
    nodes.push(mark);
  }
  return nodes;
}

// One column: the article's paragraphs, each sentence a focusable span coloured by its kind.
function renderColumn(article, segmented, compared, outlets) {
  const column = el('section', 'column');
  column.dataset.article = article.id;
  column.append(el('h2', '', article.label ?? article.id));
  column.append(el('p', 'meta', [article.published, article.byline].filter(Boolean).join(' · ')));
  const { text } = article;
  const paragraphs = segmented.paragraphs.map(() => el('p'));
  const cursor = segmented.paragraphs.map((p) => p.start);  // how far each paragraph is filled
  segmented.sentences.forEach((s, i) => {
    const c = compared.sentences[i];
    const p = paragraphs[s.paragraph];
    if (s.start > cursor[s.paragraph]) p.append(text.slice(cursor[s.paragraph], s.start));
    const span = el('span', `sentence kind-${c.kind}`);
    span.append(...sentenceContent(text, c, compared.spans));
    Object.assign(span.dataset, { index: i, kind: c.kind, support: c.support, claims: c.claims.join(' ') });
    if (c.kind === 'agree') span.style.setProperty('--support', String((c.support - 1) / Math.max(1, outlets - 1)));
    span.title = c.kind === 'agree' ? `${c.support} of ${outlets} outlets make this claim` : c.kind;
    span.tabIndex = 0;
    p.append(span);
    cursor[s.paragraph] = s.end;
  });
  column.append(...paragraphs);
  return column;
}

function renderLegend(stats) {
  const legend = document.getElementById('legend');
  legend.replaceChildren(
    ...KINDS.map((k) => el('span', `key kind-${k}`, `${k} ${stats[k]}`)),
    ...SPAN_KINDS.map((k) => el('span', `key span-${k}`, `${k} ${k === 'detail' ? '' : stats[k === 'verbatim' ? 'verbatim' : 'conflicts']}`.trim())),
  );
}

// Hover or focus a sentence: its claim's sentences light up in every column.
function linkClaims(columns) {
  const light = (target) => {
    for (const n of columns.querySelectorAll('.lit')) n.classList.remove('lit');
    const claim = target?.dataset.claims?.split(' ')[0];
    if (!claim) return columns.classList.remove('focused');
    columns.classList.add('focused');
    for (const n of columns.querySelectorAll('.sentence')) {
      if (n.dataset.claims.split(' ').includes(claim)) n.classList.add('lit');
    }
  };
  columns.addEventListener('mouseover', (e) => light(e.target.closest('.sentence')));
  columns.addEventListener('focusin', (e) => light(e.target.closest('.sentence')));
  columns.addEventListener('mouseleave', () => light(null));
}

async function main() {
  const status = document.getElementById('status');
  try {
    const [comparator, story] = await Promise.all([
      createComparator(),
      fetch(STORY_URL).then((r) => r.json()),
    ]);
    document.getElementById('story').textContent = story.story ?? '';
    const t0 = performance.now();
    const segmented = comparator.segment(story.articles);
    const compared = comparator.compare(story.articles);
    const ms = performance.now() - t0;
    const columns = document.getElementById('columns');
    const n = story.articles.length;
    columns.replaceChildren(...story.articles.map((a, i) => renderColumn(a, segmented.articles[i], compared.articles[i], n)));
    renderLegend(compared.stats);
    linkClaims(columns);
    const s = compared.stats;
    status.textContent = `${n} articles · ${s.sentences} sentences · ${s.sharedClaims} claims made by two outlets or more · compared in ${ms.toFixed(1)} ms in WebAssembly`;
    document.body.dataset.ready = 'true';
  } catch (err) {
    status.textContent = `Could not load: ${err.message}`;
    status.classList.add('error');
    document.body.dataset.ready = 'error';
    throw err;
  }
}

main();
