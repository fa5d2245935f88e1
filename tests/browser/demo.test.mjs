// The demo in Debian's Chromium, driven by playwright-core: the five-outlet story compared in a Web
// Worker, marked with the highlighter; the claim panel on hover and keyboard, the claims view, the
// kind toggles, the threshold slider, your own articles (and hostile ones), the exports.
// Screenshots go to build/screenshots/ (demo.png, panel.png, claims.png, laptop.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../../scripts/serve.mjs';
import { createComparator } from '../../js/index.js';
import { ROOT, loadStory } from '../js/helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'build', 'screenshots');
const story = loadStory();
let server, browser, base, engine;

before(async () => {
  server = createServer();
  const port = await listen(server, 0);
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  engine = await createComparator();  // the same engine on the main thread, for expected values
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  engine?.dispose();
  await browser?.close();
  server?.close();
});

// A fresh page on the demo, the first result shown; `errors` collects page errors.
async function openDemo(viewport = { width: 1600, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/demo/`);
  await page.waitForSelector('body[data-ready]', { timeout: 30000 });
  assert.equal(await page.getAttribute('body', 'data-ready'), 'true', await page.textContent('#status'));
  return { page, errors };
}

const legendCounts = (page) => page.$$eval('.legend .key', (keys) =>
  Object.fromEntries(keys.map((k) => [k.dataset.kind, Number(k.querySelector('.count').textContent)])));
// true when, in every column, the first lit sentence is inside the column's scroll box
const litInView = () => [...document.querySelectorAll('.column-body')].every((body) => {
  const m = body.querySelector('mark.lit');
  if (!m) return true;
  const r = m.getBoundingClientRect();
  const b = body.getBoundingClientRect();
  return r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
});
const runs = (page) => page.evaluate(() => Number(document.body.dataset.runs));
const waitForRun = (page, after) => page.waitForFunction((n) => Number(document.body.dataset.runs) > n, after, { timeout: 30000 });

test('the demo: five columns compared in a Worker, text whole, marks by kind, a legend with counts', async () => {
  const { page, errors } = await openDemo();
  const expected = engine.compare(story.articles);

  const columns = await page.$$eval('.column', (cols) => cols.map((c) => ({
    id: c.dataset.article,
    title: c.querySelector('h2').textContent,
    date: c.querySelector('time')?.dateTime,
    paragraphs: [...c.querySelectorAll('.column-body p')].map((p) => p.textContent),
    kinds: [...c.querySelectorAll('mark.first')].map((m) => m.dataset.kind),
  })));
  assert.deepEqual(columns.map((c) => c.id), story.articles.map((a) => a.id));
  for (const [i, a] of story.articles.entries()) {
    assert.equal(columns[i].title, a.label);
    assert.equal(columns[i].date, a.published);
    // no text lost: the column's paragraphs are the article's non-blank lines
    const lines = a.text.split(/\r\n|[\n\r\u2028\u2029]/).map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(columns[i].paragraphs, lines, `${a.id}: text shown whole`);
    // one keyboard stop per sentence, in reading order, with the kind the engine gives
    assert.deepEqual(columns[i].kinds, expected.articles[i].sentences.map((s) => s.kind), `${a.id}: sentence kinds`);
  }
  assert.match(await page.textContent('#status'), /^5 articles · 160 sentences · \d+ claims/);

  // the legend counts what the engine found, and the story has every kind but conflicts
  const counts = await legendCounts(page);
  const st = expected.stats;
  assert.deepEqual(
    { agree: counts.agree, detail: counts.detail, repeat: counts.repeat, boilerplate: counts.boilerplate, verbatim: counts.verbatim, conflict: counts.conflict },
    { agree: st.agree, detail: st.detail, repeat: st.repeat, boilerplate: st.boilerplate, verbatim: st.verbatim, conflict: st.conflicts });
  for (const k of ['agree', 'detail', 'repeat', 'boilerplate', 'verbatim', 'added']) assert.ok(counts[k] > 0, `some ${k}`);
  assert.ok(await page.$$eval('mark.corroborate-span-verbatim', (ns) => ns.length) > 0);
  // agreeing sentences are shaded by support: 5/5 darker than 2/5
  const shade = (support) => page.$eval(`mark.first.corroborate-agree[data-support="${support}"]`,
    (m) => Number(getComputedStyle(m).backgroundColor.match(/[\d.]+\)$/)[0].slice(0, -1)));
  assert.ok(await shade(5) > await shade(2), 'support shading');
  assert.equal(await page.$eval('mark.last.corroborate-agree[data-support="5"]', (m) => m.dataset.badge), '5/5');

  await page.screenshot({ path: path.join(SHOTS, 'demo.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('article text never goes in as HTML: no innerHTML & co. in the demo', () => {
  for (const file of fs.readdirSync(path.join(ROOT, 'demo')).filter((f) => f.endsWith('.js'))) {
    const source = fs.readFileSync(path.join(ROOT, 'demo', file), 'utf8');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/, file);
  }
});

test('hovering a sentence lights its claim in every column that makes it, the panel names the outlets', async () => {
  const { page, errors } = await openDemo();
  const expected = engine.compare(story.articles);
  const labels = new Map(story.articles.map((a) => [a.id, a.label]));
  // a sentence of the short report whose claim three or four outlets make (so some do not)
  const s = expected.articles[4].sentences.findIndex((x) => x.kind === 'agree' && x.support >= 3 && x.support < 5);
  const claim = expected.claims.find((c) => c.id === expected.articles[4].sentences[s].claims[0]);
  await page.locator(`.column[data-article="brief"] mark.first[data-sentence="${s}"]`).hover();
  await page.waitForSelector('#panel[data-claim]:not([data-claim=""])');

  const lit = await page.$$eval('mark.lit', (ns) => [...new Set(ns.map((n) => `${n.closest('.column').dataset.article}:${n.dataset.sentence}`))]);
  assert.deepEqual(lit.sort(), claim.members.map((m) => `${m.article}:${m.sentence}`).sort());
  assert.ok(new Set(lit.map((k) => k.split(':')[0])).size >= 3);
  // the other columns scroll (smoothly) to their versions
  await page.waitForFunction(litInView, null, { timeout: 5000 });
  // the other sentences fade (over a 0.12 s transition, so the opacity is read once it has run)
  const faded = await page.waitForFunction(() => {
    const m = document.querySelector('.column[data-article="truthout"] mark.first:not(.lit)');
    return m && Number(getComputedStyle(m).opacity) < 1;
  }, null, { timeout: 2000 }).then(() => true, () => false);
  assert.ok(faded, 'the other sentences fade');

  const panel = await page.$eval('#panel', (p) => ({
    title: p.querySelector('h2').textContent,
    made: [...p.querySelectorAll('.who-yes .chip')].map((c) => c.textContent.replace(/^\W+/, '')),
    missing: [...p.querySelectorAll('.who-no .chip')].map((c) => c.textContent.replace(/^\W+/, '')),
    versions: [...p.querySelectorAll('.version .goto')].map((b) => b.textContent),
    added: p.querySelectorAll('.version .w-added').length,
  }));
  const makers = new Set(claim.members.map((m) => m.article));
  assert.match(panel.title, new RegExp(`${claim.support} of 5 outlets`));
  assert.deepEqual(panel.made, story.articles.filter((a) => makers.has(a.id)).map((a) => a.label));
  assert.deepEqual(panel.missing, story.articles.filter((a) => !makers.has(a.id)).map((a) => a.label));
  assert.deepEqual(panel.versions, claim.members.map((m) => labels.get(m.article)));
  const detailWords = claim.members.some((m) => expected.articles.find((a) => a.id === m.article).spans
    .some((sp) => sp.kind === 'detail' && sp.claim === claim.id));
  assert.equal(panel.added > 0, detailWords, 'the words only one version has are emphasised');
  await page.screenshot({ path: path.join(SHOTS, 'panel.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('by keyboard: sentences are focus stops with a visible ring; Enter shows the claim, arrows move, Escape clears', async () => {
  const { page, errors } = await openDemo();
  // Tab from the top of the page reaches the first sentence of the first column
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('mark.first'))) break;
  }
  const focused = () => page.evaluate(() => {
    const m = document.activeElement;
    return { article: m.closest('.column')?.dataset.article, sentence: Number(m.dataset.sentence), outline: getComputedStyle(m).outlineStyle };
  });
  assert.deepEqual(await focused(), { article: 'truthout', sentence: 0, outline: 'solid' });
  // focus alone shows the sentence's claim in the panel
  await page.waitForSelector('#panel .version.origin');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused()).sentence, 1);
  // Enter on an agreeing sentence: the panel shows its claim and the other columns scroll to it
  const agree = await page.$eval('.column[data-article="truthout"] mark.first.corroborate-agree[data-support="5"]', (m) => Number(m.dataset.sentence));
  await page.focus(`.column[data-article="truthout"] mark.first[data-sentence="${agree}"]`);
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('#panel h2'), /5 of 5 outlets/);
  assert.equal(await page.$$eval('.column', (cols) => cols.filter((c) => c.querySelector('mark.lit')).length), 5);
  // → goes to the same claim in the next column
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused()).article, 'ap-based');
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('lit')));
  await page.keyboard.press('Escape');
  assert.equal(await page.$$eval('mark.lit', (ns) => ns.length), 0);
  assert.equal(await page.textContent('#panel h2'), 'How to read this');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the claims view: a coverage matrix sortable by support; a row scrolls each column to its sentence', async () => {
  const { page, errors } = await openDemo();
  const expected = engine.compare(story.articles);
  assert.equal(await page.$$eval('.matrix tbody tr', (rows) => rows.length), expected.claims.length);
  // ✓ marks with text alternatives
  const first = await page.$eval('.matrix tbody tr', (tr) => [...tr.querySelectorAll('td.col-outlet')].map((td) => td.textContent));
  const c0 = new Set(expected.claims[0].members.map((m) => m.article));
  assert.deepEqual(first, story.articles.map((a) => (c0.has(a.id) ? `✓made by ${a.label}` : `·not in ${a.label}`)));

  await page.click('.matrix th button[data-sort="support"]');
  const supports = await page.$$eval('.matrix tbody tr', (rows) => rows.map((r) => Number(r.dataset.support)));
  assert.deepEqual(supports, [...supports].sort((a, b) => b - a));
  assert.equal(await page.getAttribute('.matrix th.col-support', 'aria-sort'), 'descending');
  await page.click('.matrix th button[data-sort="support"]');
  assert.equal(await page.getAttribute('.matrix th.col-support', 'aria-sort'), 'ascending');
  await page.click('.matrix th button[data-sort="support"]');

  // a claim the Truthout article makes far down its column
  const claim = [...expected.claims].reverse().find((c) => c.support >= 3 && c.members.some((m) => m.article === 'truthout'));
  const sentence = claim.members.find((m) => m.article === 'truthout').sentence;
  await page.click(`.matrix tbody tr[data-claim="${claim.id}"] button.go`);
  const view = await page.$eval(`.column[data-article="truthout"] mark.first[data-sentence="${sentence}"]`, (m) => {
    const body = m.closest('.column-body');
    const r = m.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return { scrollTop: body.scrollTop, inView: r.top >= b.top && r.top < b.bottom, lit: m.classList.contains('lit') };
  });
  assert.ok(view.scrollTop > 0, 'the column scrolled');
  assert.ok(view.inView && view.lit, 'its sentence is in view and lit');
  assert.ok(await page.$eval(`.matrix tr[data-claim="${claim.id}"]`, (tr) => tr.classList.contains('selected')));
  assert.match(await page.textContent('#panel h2'), new RegExp(`Claim ${claim.id + 1} `));
  await page.screenshot({ path: path.join(SHOTS, 'claims.png') });

  // "only in …": the claims one outlet alone makes, per outlet
  await page.click('#tab-only');
  const only = await page.$$eval('#only-view .only', (ss) => ss.map((s) => [s.dataset.article, s.querySelectorAll('li').length]));
  assert.deepEqual(only, story.articles.map((a) => [a.id, expected.claims.filter((c) => c.support === 1 && c.members[0].article === a.id).length]));
  assert.ok(only.some(([, n]) => n > 0));
  assert.deepEqual(errors, []);
  await page.close();
});

test('controls: kinds toggle on and off, boilerplate collapses, the threshold slider re-runs the comparison', async () => {
  const { page, errors } = await openDemo();
  const bg = () => page.$eval('mark.first.corroborate-agree', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(await bg(), 'rgba(0, 0, 0, 0)');
  await page.click('.key[data-kind="agree"]');
  assert.equal(await page.getAttribute('.key[data-kind="agree"]', 'aria-pressed'), 'false');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await page.click('.key[data-kind="agree"]');
  assert.notEqual(await bg(), 'rgba(0, 0, 0, 0)');

  const boilerplateShown = () => page.$$eval('mark.corroborate-boilerplate', (ns) => ns.filter((n) => n.getClientRects().length > 0).length);
  assert.ok(await boilerplateShown() > 0);
  await page.check('#collapse-boilerplate');
  assert.equal(await boilerplateShown(), 0);
  await page.uncheck('#collapse-boilerplate');

  const before = await runs(page);
  const agree = (await legendCounts(page)).agree;
  await page.locator('#threshold').fill('0.3');
  await waitForRun(page, before);
  const expected = engine.compare(story.articles, { threshold: 0.3 });
  const counts = await legendCounts(page);
  assert.notEqual(counts.agree, agree);
  assert.equal(counts.agree, expected.stats.agree);
  assert.equal(await page.textContent('#threshold-value'), '0.30');
  assert.equal(await page.$$eval('mark.first.corroborate-agree', (ns) => ns.length), expected.stats.agree);
  assert.deepEqual(errors, []);
  await page.close();
});

// Opens the dialog, pastes `text` and submits it.
async function paste(page, text) {
  await page.click('#open-own');
  await page.fill('#own-text', text);
  await page.click('#own-submit');
}

test('your own articles: pasted pairs replace the story; fewer than 2, more than 20 or bad JSON say why', async () => {
  const { page, errors } = await openDemo();
  await paste(page, 'Only one article here.');
  await page.waitForFunction(() => document.getElementById('own-error').textContent !== '');
  assert.match(await page.textContent('#own-error'), /only 1 article.*at least 2/);
  await page.fill('#own-text', Array.from({ length: 21 }, (_, i) => `Article number ${i + 1}.`).join('\n---\n'));
  await page.click('#own-submit');
  await page.waitForFunction(() => /21/.test(document.getElementById('own-error').textContent));
  assert.match(await page.textContent('#own-error'), /21 articles.*at most 20/);
  await page.fill('#own-text', '{"articles": [{"id": "a", "text": "x"},');
  await page.click('#own-submit');
  await page.waitForFunction(() => /JSON/.test(document.getElementById('own-error').textContent));
  assert.match(await page.textContent('#own-error'), /not valid JSON/);
  assert.equal(await page.$$eval('.column', (cs) => cs.length), 5, 'the story stays until articles are accepted');

  const before = await runs(page);
  await page.fill('#own-text', [
    'Police arrested 12 people in central Paris on Tuesday after the protest against the pension reform.',
    'The mayor said the city was calm.',
    '--- Evening Wire',
    'Police arrested 15 people in central Paris on Tuesday after the protest against the pension reform.',
    'Subscribe to our newsletter!',
  ].join('\n'));
  await page.click('#own-submit');
  await waitForRun(page, before);
  assert.equal(await page.$eval('#own', (d) => d.open), false);
  assert.deepEqual(await page.$$eval('.column h2', (hs) => hs.map((h) => h.textContent)), ['Article 1', 'Evening Wire']);
  assert.equal(await page.$$eval('.column mark.first.corroborate-agree', (ns) => ns.length), 2);
  assert.match(await page.textContent('#status'), /^2 articles · 4 sentences/);
  const counts = await legendCounts(page);
  assert.equal(counts.conflict, 2);
  // the conflicting numbers, side by side in the panel
  await page.locator('.column mark.first.corroborate-agree').first().hover();
  await page.waitForSelector('#panel .conflicts');
  assert.deepEqual(await page.$$eval('#panel .conflict-cell', (cs) => cs.map((c) => [c.querySelector('.outlet').textContent, c.querySelector('.value').textContent])),
    [['Article 1', '12'], ['Evening Wire', '15']]);
  // and back to the story
  assert.equal(await page.isVisible('#back'), true);
  const again = await runs(page);
  await page.click('#back');
  await waitForRun(page, again);
  assert.equal(await page.$$eval('.column', (cs) => cs.length), 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile articles and labels stay text: no element is made from them, no script runs', async () => {
  const { page, errors } = await openDemo();
  const img = '<img src=x onerror="window.pwned=1">';
  const script = '<script>window.pwned=2</script>';
  const text1 = `French police have raided the Paris offices of the platform X on Tuesday ${img} in a criminal probe.`;
  const text2 = `French police raided the Paris offices of the platform X on Tuesday ${script} as part of a criminal probe.`;
  let before = await runs(page);
  await paste(page, `${text1}\n---\n${text2}`);
  await waitForRun(page, before);
  const check = async () => {
    assert.equal(await page.$$eval('img', (ns) => ns.length), 0);
    assert.equal(await page.$$eval('body script', (ns) => ns.length), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  };
  await check();
  assert.deepEqual(await page.$$eval('.column-body', (bs) => bs.map((b) => b.textContent)), [text1, text2]);
  // the same in a JSON bundle, with the markup in the labels too
  before = await runs(page);
  await paste(page, JSON.stringify({ articles: [
    { id: 'a', label: img, text: text1 },
    { id: 'b', label: script, text: text2 },
  ] }));
  await waitForRun(page, before);
  await check();
  assert.deepEqual(await page.$$eval('.column h2', (hs) => hs.map((h) => h.textContent)), [img, script]);
  await page.locator('.column mark.first').first().hover();
  await page.waitForSelector('#panel .version');
  await page.click('#tab-only');
  await check();

  // the exports: the result as JSON, and the HTML report with the text escaped
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(json.suggestedFilename(), 'corroborate-result.json');
  const result = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(result.articles.map((a) => a.id), ['a', 'b']);
  const [html] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  assert.equal(html.suggestedFilename(), 'corroborate-report.html');
  const report = fs.readFileSync(await html.path(), 'utf8');
  assert.ok(report.includes('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;') && !report.includes(img));
  assert.ok(!report.includes(script));
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a laptop screen (1280×800) the five columns fit side by side, each scrolling on its own', async () => {
  const { page, errors } = await openDemo({ width: 1280, height: 800 });
  const layout = await page.evaluate(() => ({
    pageWidth: document.scrollingElement.scrollWidth,
    pageHeight: document.scrollingElement.scrollHeight,
    columns: [...document.querySelectorAll('.column-body')].map((b) => {
      const r = b.getBoundingClientRect();
      return { width: r.width, height: r.height, right: r.right, scrolls: b.scrollHeight > b.clientHeight && getComputedStyle(b).overflowY === 'auto' };
    }),
  }));
  assert.ok(layout.pageWidth <= 1280 && layout.pageHeight <= 800, 'the page itself does not scroll');
  for (const c of layout.columns) {
    assert.ok(c.width >= 220 && c.height >= 200, `column ${c.width}×${c.height}`);
    assert.ok(c.scrolls);
  }
  await page.locator('.column[data-article="ap-based"] mark.first.corroborate-agree').nth(2).hover();
  await page.waitForSelector('#panel .version');
  await page.waitForFunction(litInView, null, { timeout: 5000 });
  await page.screenshot({ path: path.join(SHOTS, 'laptop.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('your own articles as files: dropped on the page (.txt and a .json bundle) or chosen', async () => {
  const { page, errors } = await openDemo();
  // drops a list of [name, text] as files on the page
  const drop = (files) => page.evaluate((list) => {
    const data = new DataTransfer();
    for (const [name, text] of list) data.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('main').dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, files);
  const a = 'French police raided the Paris offices of the social media platform X on Tuesday morning.';
  const b = 'On Tuesday morning French police raided the Paris offices of the social media platform X.';
  await drop([['lonely.txt', a]]);
  await page.waitForFunction(() => document.getElementById('own').open);
  assert.match(await page.textContent('#own-error'), /only 1 article/);
  await page.click('#own-cancel');

  let before = await runs(page);
  await drop([['le-monde.txt', a], ['reuters.txt', b]]);
  await waitForRun(page, before);
  assert.deepEqual(await page.$$eval('.column', (cs) => cs.map((c) => [c.dataset.article, c.querySelector('h2').textContent])),
    [['le-monde.txt', 'le-monde'], ['reuters.txt', 'reuters']]);
  assert.equal(await page.$$eval('mark.first.corroborate-agree', (ns) => ns.length), 2);

  before = await runs(page);
  await drop([['bundle.json', JSON.stringify({ articles: [{ id: 'x', label: 'X news', text: a }, { id: 'y', label: 'Y news', text: b }, { id: 'z', label: 'Z news', text: b }] })]]);
  await waitForRun(page, before);
  assert.deepEqual(await page.$$eval('.column h2', (hs) => hs.map((h) => h.textContent)), ['X news', 'Y news', 'Z news']);

  await drop([['broken.json', '{"articles": [}']]);
  await page.waitForFunction(() => document.getElementById('own').open);
  assert.match(await page.textContent('#own-error'), /broken\.json is not valid JSON/);

  before = await runs(page);
  await page.setInputFiles('#own-files', [
    { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from(a) },
    { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from(b) },
  ]);
  await waitForRun(page, before);
  assert.deepEqual(await page.$$eval('.column h2', (hs) => hs.map((h) => h.textContent)), ['one', 'two']);
  assert.equal(await page.$eval('#own', (d) => d.open), false);
  assert.deepEqual(errors, []);
  await page.close();
});
