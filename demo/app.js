// The demo page: a story's coverage by several outlets in columns, compared by the engine in a Web
// Worker and marked with the package's highlighter; the claim panel, the claims view, controls.
// Article text only ever goes into the page as text nodes, never as HTML.
import { createWorkerComparator } from '../js/worker.js';
import { renderHtml } from '../js/report-html.js';
import { renderColumns, applyResult, renderLegend } from './render.js';
import { renderClaimsTable, renderOnlyIn, wireTabs } from './claims.js';
import { Selection } from './selection.js';
import { wireOwnArticles, wireThreshold, wireExports } from './controls.js';

const STORY_URL = new URL('stories/raid-on-x.json', import.meta.url);
const $ = (id) => document.getElementById(id);

const columns = $('columns');
const status = $('status');
const selection = new Selection({ columns, panel: $('panel') });
const state = { story: null, title: '', articles: [], views: [], result: null, off: new Set(), runs: 0 };
let comparator = null;
let latest = 0;  // the newest comparison asked for; older answers are dropped

const threshold = wireThreshold(() => show(state.articles, state.title, { fresh: false }).catch(fail));

/**
 * Compares `articles` in the Worker and shows the result.  `fresh`: new articles, so the columns
 * are built anew.  Rejects if the engine refuses them (the page keeps what it showed).
 */
async function show(articles, title, { fresh }) {
  if (!comparator) throw new Error('The engine is still loading: try again in a moment.');
  const token = ++latest;
  const shown = status.textContent;
  document.body.dataset.busy = 'true';
  status.textContent = 'Comparing…';
  const t0 = performance.now();
  let result;
  try {
    result = await comparator.compare(articles, { threshold: threshold() });
  } catch (err) {
    if (token === latest) status.textContent = shown;
    throw err;
  } finally {
    if (token === latest) delete document.body.dataset.busy;
  }
  const ms = performance.now() - t0;
  if (token !== latest) return;
  const previous = fresh ? null : selection.current;
  if (fresh) {
    state.views = renderColumns(columns, articles);
    Object.assign(state, { articles, title });
    $('story').textContent = title;
    $('back').hidden = articles === state.story.articles;
  }
  state.result = result;
  applyResult(state.views, result);

  const ctx = {
    articles, result, views: state.views,
    index: new Map(articles.map((a, i) => [a.id, i])),
    claims: new Map(result.claims.map((c) => [c.id, c])),
  };
  renderLegend($('legend'), result, articles.length, state.off, toggleKind);
  const table = renderClaimsTable($('claims-view'), ctx, (id) => selection.selectClaim(id));
  renderOnlyIn($('only-view'), ctx, (id) => selection.selectClaim(id));
  $('tab-claims').textContent = `All claims (${result.claims.length})`;
  $('tab-only').textContent = `Only in one outlet (${result.claims.filter((c) => c.support === 1).length})`;
  selection.reset(ctx, table);
  if (previous?.article !== undefined) selection.selectSentence(previous.article, previous.sentence);

  const s = result.stats;
  status.textContent = `${articles.length} articles · ${s.sentences} sentences · ${plural(s.sharedClaims, 'claim')} made by 2+ outlets · compared in ${ms.toFixed(0)} ms (WebAssembly, in a Web Worker)`;
  status.classList.remove('error');
  document.body.dataset.ready = 'true';
  document.body.dataset.runs = String(++state.runs);
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function toggleKind(kind, on) {
  if (on) state.off.delete(kind);
  else state.off.add(kind);
  columns.classList.toggle(`off-${kind}`, !on);
}

function fail(err) {
  status.textContent = `Could not compare: ${err.message}`;
  status.classList.add('error');
  if (!state.result) document.body.dataset.ready = 'error';
  console.warn(err);
}

async function main() {
  wireTabs([$('tab-claims'), $('tab-only')]);
  wireOwnArticles({ onArticles: (articles) => show(articles, `Your articles (${articles.length})`, { fresh: true }) });
  wireExports(() => state.result && { articles: state.articles, result: state.result, title: state.title }, renderHtml);
  $('collapse-boilerplate').addEventListener('change', (e) => columns.classList.toggle('collapse-boilerplate', e.target.checked));
  $('back').addEventListener('click', () => show(state.story.articles, state.story.story, { fresh: true }).catch(fail));
  try {
    const [worker, story] = await Promise.all([
      createWorkerComparator(),
      fetch(STORY_URL).then((r) => {
        if (!r.ok) throw new Error(`${STORY_URL.pathname}: HTTP ${r.status}`);
        return r.json();
      }),
    ]);
    comparator = worker;
    state.story = story;
    await show(story.articles, story.story ?? 'Demo story', { fresh: true });
  } catch (err) {
    status.textContent = `Could not load: ${err.message}`;
    status.classList.add('error');
    document.body.dataset.ready = 'error';
    throw err;
  }
}

main();
