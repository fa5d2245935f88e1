// The demo page: the five-outlet story in columns, segmented by the engine in the page.
// Article text only ever goes into the page as text nodes (textContent), never as HTML.
import { createComparator } from '../js/index.js';

const STORY_URL = new URL('stories/raid-on-x.json', import.meta.url);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// One column: the article's paragraphs, each sentence in its own focusable span.
function renderColumn(article, segmented) {
  const column = el('section', 'column');
  column.dataset.article = article.id;
  column.append(el('h2', '', article.label ?? article.id));
  column.append(el('p', 'meta', [article.published, article.byline].filter(Boolean).join(' · ')));
  const { text } = article;
  const paragraphs = segmented.paragraphs.map(() => el('p'));
  const cursor = segmented.paragraphs.map((p) => p.start);  // how far each paragraph is filled
  segmented.sentences.forEach((s, i) => {
    const p = paragraphs[s.paragraph];
    if (s.start > cursor[s.paragraph]) p.append(text.slice(cursor[s.paragraph], s.start));
    const span = el('span', 'sentence', text.slice(s.start, s.end));
    Object.assign(span.dataset, { index: i, start: s.start, end: s.end, words: s.words.length });
    span.tabIndex = 0;
    p.append(span);
    cursor[s.paragraph] = s.end;
  });
  column.append(...paragraphs);
  return column;
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
    const result = comparator.segment(story.articles);
    const ms = performance.now() - t0;
    const columns = document.getElementById('columns');
    columns.replaceChildren(...story.articles.map((a, i) => renderColumn(a, result.articles[i])));
    const sentences = result.articles.reduce((n, a) => n + a.sentences.length, 0);
    status.textContent = `${story.articles.length} articles · ${sentences} sentences · segmented in ${ms.toFixed(1)} ms in WebAssembly`;
    document.body.dataset.ready = 'true';
  } catch (err) {
    status.textContent = `Could not load: ${err.message}`;
    status.classList.add('error');
    document.body.dataset.ready = 'error';
    throw err;
  }
}

main();
