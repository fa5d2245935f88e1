// The demo in Debian's Chromium, driven by playwright-core: it loads, the WebAssembly engine
// segments the five articles in the page, and every column shows its sentences.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../../scripts/serve.mjs';
import { ROOT, loadStory } from '../js/helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'build', 'screenshots');
let server, browser, base;

before(async () => {
  server = createServer();
  const port = await listen(server, 0);
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the demo shows five columns of segmented text, computed in the page', async () => {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/demo/`);
  await page.waitForSelector('body[data-ready]', { timeout: 30000 });
  assert.equal(await page.getAttribute('body', 'data-ready'), 'true', await page.textContent('#status'));

  const story = loadStory();
  const columns = await page.$$eval('.column', (cols) => cols.map((c) => ({
    id: c.dataset.article,
    sentences: c.querySelectorAll('.sentence').length,
    paragraphs: [...c.querySelectorAll('p:not(.meta)')].map((p) => p.textContent),
  })));
  assert.deepEqual(columns.map((c) => c.id), story.articles.map((a) => a.id));
  for (const [i, a] of story.articles.entries()) {
    assert.ok(columns[i].sentences > 10, `${a.id}: sentence marks`);
    // no text lost: the column's paragraphs are the article's non-blank lines
    const lines = a.text.split(/\r\n|[\n\r\u2028\u2029]/).map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(columns[i].paragraphs, lines, `${a.id}: text shown whole`);
  }
  assert.match(await page.textContent('#status'), /5 articles · \d+ sentences/);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'demo.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
