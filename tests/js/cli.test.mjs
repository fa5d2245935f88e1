// The CLI (package bin): compare and batch, through the WebAssembly build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, BUNDLE_PATH } from './helpers.mjs';

const CLI = path.join(ROOT, 'js', 'cli.js');
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });

test('compare prints a valid result for the demo bundle', () => {
  const r = run(['compare', BUNDLE_PATH]);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.articles.length, 5);
  assert.ok(result.stats.agree > 0);
});

test('compare takes .txt files, id = file name', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
  fs.writeFileSync(path.join(dir, 'one.txt'), 'French police raided the offices of X in Paris on Tuesday.');
  fs.writeFileSync(path.join(dir, 'two.txt'), 'Prosecutors searched the Paris offices of X on Tuesday.');
  const r = run(['compare', path.join(dir, 'one.txt'), path.join(dir, 'two.txt')]);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.deepEqual(result.articles.map((a) => a.id), ['one.txt', 'two.txt']);
  assert.equal(result.claims[0].support, 2);
});

test('bad input: a one-line message and a non-zero exit', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, '{"articles": [');
  let r = run(['compare', bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^corroborate: .*bad\.json: not valid JSON/);
  const latin1 = path.join(dir, 'latin1.txt');
  fs.writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  r = run(['compare', latin1]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not valid UTF-8/);
  r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command/);
  r = run(['compare', path.join(dir, 'missing.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read/);
});

test('batch: one result per line, an error object for a bad line, and it goes on', () => {
  const lines = [
    JSON.stringify({ articles: [{ id: 'a', text: 'Police raided the offices of X in Paris.' }, { id: 'b', text: "X's Paris offices were raided by police." }] }),
    'not json',
    JSON.stringify([{ id: 'x', text: 'y' }, { id: 'x', text: 'z' }]),
    JSON.stringify({ articles: [{ id: 'a', text: 'Musk called it a political attack.' }, { id: 'b', text: 'Ofcom is still gathering evidence.' }] }),
  ].join('\n');
  const r = run(['batch'], lines + '\n');
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 4);
  assert.equal(out[0].claims.filter((c) => c.support === 2).length, 1);
  assert.match(out[1].error, /^line 2: not valid JSON/);
  assert.match(out[2].error, /^line 3: .*duplicate id/);
  assert.equal(out[3].claims.filter((c) => c.support === 2).length, 0);
});

test('batch: a bundle\'s "published" dates read "last year" (2025 against 2024: a conflict)', () => {
  const bundle = (published) => JSON.stringify({ articles: [
    { id: 'a', text: 'Prosecutors in Oslo said the tax inquiry into Lumen began last year.', published },
    { id: 'b', text: 'Prosecutors in Oslo said the tax inquiry into Lumen began in 2024.' },
  ] });
  const r = run(['batch'], [bundle('2026-02-04'), bundle('2025-02-04'), bundle(7)].join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.ok(out[0].stats.conflicts > 0);
  assert.equal(out[1].stats.conflicts, 0);
  assert.match(out[2].error, /^line 3: .*"published" must be a string/);
});

test('--help shows usage and examples', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /corroborate compare/);
  assert.match(r.stdout, /Examples:/);
  assert.match(r.stdout, /"published"/);  // the bundle's fields, the day of publication among them
});

test('--format html: a self-contained report that carries no article markup', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
  const bundle = path.join(dir, 'hostile.json');
  fs.writeFileSync(bundle, JSON.stringify({ articles: [
    { id: 'a', label: 'A <b>bold</b> outlet', text: 'Police raided the offices of X in Paris. <script>alert(1)</script> <img src=x onerror=alert(2)>' },
    { id: 'b', text: 'The offices of X in Paris were raided by police on Tuesday.' },
  ] }));
  const r = run(['compare', bundle, '--format', 'html']);
  assert.equal(r.status, 0, r.stderr);
  const html = r.stdout;
  assert.match(html, /^<!doctype html>/);
  assert.doesNotMatch(html, /<script|<img|<b>/i);
  const text = html.replace(/<\/?span[^>]*>/g, '');  // the article text, escaped, across its marks
  assert.match(text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(text, /&lt;img src=x onerror=alert\(2\)&gt;/);
  assert.match(html, /A &lt;b&gt;bold&lt;\/b&gt; outlet/);
  assert.doesNotMatch(html, /(src|href)=["']?(https?:)?\/\//, 'nothing loaded from the network');
  assert.match(html, /class="s agree/);
  assert.equal(run(['batch', '--format', 'html']).status, 2);
});
