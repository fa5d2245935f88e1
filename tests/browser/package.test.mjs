// The package's browser parts in Chromium: the highlighter on text split across nested inline
// elements, and the Web Worker giving the same result as the main thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../../scripts/serve.mjs';
import { loadStory } from '../js/helpers.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
let server, browser, page, csp;

before(async () => {
  server = createServer({ roots: ['js', 'dist', 'tests'] });
  const port = await listen(server, 0);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`http://127.0.0.1:${port}/tests/browser/fixtures/highlight.html`);
  csp = response.headers()['content-security-policy'];
  await page.waitForFunction(() => window.ready === true);
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('highlight() marks sentences and spans across nested inline elements; unhighlight() restores the DOM', async () => {
  const out = await page.evaluate(async () => {
    const { createComparator, highlight, unhighlight, textWithMap } = window.api;
    const story = document.getElementById('story');
    const other = document.getElementById('other');
    const before = story.innerHTML;
    const nodesBefore = [];
    for (const w = document.createTreeWalker(story, NodeFilter.SHOW_TEXT); w.nextNode();) nodesBefore.push(w.currentNode);
    // the text with a line per paragraph, and the map from its offsets to the text nodes
    const mine = textWithMap(story);
    const comparator = await createComparator();
    const result = comparator.compare([{ id: 'story', text: mine.text }, { id: 'other', text: textWithMap(other).text }]);
    const marks = highlight(story, result.articles[0], { map: mine.map });
    const sentences = result.articles[0].sentences.map((s) => mine.text.slice(s.start, s.end));
    // each sentence's marks, joined, give back exactly its text
    const bySentence = {};
    for (const m of story.querySelectorAll('mark[data-corroborate]')) {
      bySentence[m.dataset.sentence] = (bySentence[m.dataset.sentence] ?? '') + m.textContent;
    }
    const insideLink = story.querySelector('a mark[data-corroborate]') !== null;
    const insideEm = story.querySelector('em mark[data-corroborate]') !== null;
    const kinds = [...story.querySelectorAll('mark[data-corroborate]')].map((m) => m.dataset.kind);
    const textAfter = story.textContent;  // marks add no text
    unhighlight(story);
    const nodesAfter = [];
    for (const w = document.createTreeWalker(story, NodeFilter.SHOW_TEXT); w.nextNode();) nodesAfter.push(w.currentNode);
    return {
      marks: marks.length, sentences, bySentence, insideLink, insideEm, kinds, textKept: textAfter === story.textContent,
      restored: story.innerHTML === before,
      sameNodes: nodesBefore.length === nodesAfter.length && nodesBefore.every((n, i) => n === nodesAfter[i]),
      left: story.querySelectorAll('mark').length,
    };
  });
  assert.ok(out.marks > 3);
  for (const [i, text] of out.sentences.entries()) assert.equal(out.bySentence[i], text, `sentence ${i} marked whole`);
  assert.ok(out.insideLink, 'marks inside <a>');
  assert.ok(out.insideEm, 'marks inside <em>');
  assert.ok(out.kinds.includes('agree'));
  assert.ok(out.kinds.includes('boilerplate'), 'the donation appeal');
  assert.equal(out.left, 0);
  assert.ok(out.restored, 'innerHTML as before');
  assert.ok(out.sameNodes, 'the very same text nodes as before');
});

test('everything runs under a Content-Security-Policy without unsafe-eval', async () => {
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-eval'(?<!wasm-unsafe-eval')|unsafe-inline/);
  const ok = await page.evaluate(async () => (await window.api.createComparator()).compare([{ id: 'a', text: 'Works.' }]).articles.length);
  assert.equal(ok, 1);
});

test('the Web Worker gives the same result as the main thread, and errors keep their type', async () => {
  const story = loadStory();
  const out = await page.evaluate(async (articles) => {
    const { createComparator, createWorkerComparator } = window.api;
    const main = await createComparator();
    const worker = await createWorkerComparator();
    const a = main.compare(articles);
    const b = await worker.compare(articles);
    const json = await worker.compareJson(articles);
    let error = null;
    try {
      await worker.compare([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }]);
    } catch (e) {
      error = `${e.name}: ${e.message}`;
    }
    const after = await worker.compare([{ id: 'a', text: 'Still working.' }]);
    worker.dispose();
    return { same: JSON.stringify(a) === JSON.stringify(b), sameJson: json === main.compareJson(articles), error, after: after.articles.length };
  }, story.articles);
  assert.ok(out.same);
  assert.ok(out.sameJson);
  assert.match(out.error, /^RangeError: .*duplicate id/);
  assert.equal(out.after, 1);
});
