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

test('the demo shows five columns, compared in the page, sentences coloured by kind', async () => {
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
  // every kind the story has shows up, agreeing sentences carry their support
  const kinds = await page.$$eval('.sentence', (ns) => ns.map((n) => n.dataset.kind));
  for (const k of ['agree', 'detail', 'repeat', 'boilerplate']) assert.ok(kinds.includes(k), `some ${k} sentence`);
  const supports = await page.$$eval('.sentence.kind-agree', (ns) => ns.map((n) => Number(n.dataset.support)));
  assert.ok(supports.every((s) => s >= 2) && Math.max(...supports) >= 4);
  assert.ok(await page.$$eval('mark.span-verbatim', (ns) => ns.length) > 0);
  // hovering a sentence lights up its claim in other columns
  const lead = page.locator('.column[data-article="brief"] .kind-agree').first();
  await lead.hover();
  const lit = await page.$$eval('.sentence.lit', (ns) => new Set(ns.map((n) => n.closest('.column').dataset.article)).size);
  assert.ok(lit >= 3, `claim lit in ${lit} columns`);
  await page.mouse.move(0, 0);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'demo.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
