// The package as users get it: `npm pack`, install the tarball into an empty project, then
// (a) import and compare under Node, (b) bundle a page with Vite and run it in Chromium,
// (c) run the CLI through npx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../../scripts/serve.mjs';
import { ROOT, BUNDLE_PATH } from '../js/helpers.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
let project, tarball;

before(() => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT));
  tarball = path.join(tmp, packed[0].filename);
  project = path.join(tmp, 'consumer');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--prefer-offline', tarball], project);
});

test('the tarball holds the built wasm and JS, types, README and LICENSE, and nothing else', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
  for (const f of ['dist/corroborate-core.wasm', 'dist/corroborate-core.js', 'js/index.js', 'js/index.d.ts', 'js/cli.js',
    'js/worker.js', 'js/highlight.js', 'js/extract.js', 'README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(f), f);
  assert.deepEqual(files.filter((f) => !/^(dist|js)\//.test(f) && !['README.md', 'LICENSE', 'package.json'].includes(f)), []);
});

test('(a) Node: import the installed package and compare', () => {
  const script = `import { createComparator } from 'corroborate';
const c = await createComparator();
const r = c.compare([{ id: 'a', text: "Paris prosecutors have raided the offices of Elon Musk's social media platform X." },
                     { id: 'b', text: "French police have raided X's offices in Paris." }]);
console.log(JSON.stringify(r.claims.map((k) => k.support)));`;
  fs.writeFileSync(path.join(project, 'node-test.mjs'), script);
  const out = execFileSync(process.execPath, ['node-test.mjs'], { cwd: project, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), [2]);
});

test('(c) the CLI through npx', () => {
  const out = execFileSync('npx', ['--no-install', 'corroborate', 'compare', BUNDLE_PATH], { cwd: project, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(JSON.parse(out).articles.length, 5);
});

test('(b) a page bundled by Vite: extract, compare, highlight on the page, Worker equal', async () => {
  const src = path.join(ROOT, 'tests', 'browser', 'fixtures', 'consumer');
  for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(project, f));
  const { build } = await import('vite');  // the repository's vite@7, building the consumer project
  await build({ root: project, logLevel: 'warn', configFile: false, build: { outDir: 'site', emptyOutDir: true } });
  const server = createServer({ root: path.join(project, 'site'), roots: null });
  const port = await listen(server, 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => window.outcome !== undefined, null, { timeout: 30000 });
    const out = await page.evaluate(() => window.outcome);
    assert.equal(out.error, undefined, out.error);
    assert.deepEqual(errors, []);
    assert.match(out.text, /French police have raided the Paris offices/);
    assert.doesNotMatch(out.text, /Subscribe to our newsletter/, 'the footer is not the article');
    assert.ok(out.marks > 0 && out.agree >= 2, JSON.stringify(out));
    assert.ok(out.workerSame);
    assert.equal(out.navMarked, false);
    assert.match(out.markedText, /raided the Paris offices/);
  } finally {
    await browser.close();
    server.close();
  }
});
