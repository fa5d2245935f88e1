// Hostile and huge input through the WebAssembly build: clear errors or correct results, the
// same bytes as the native build, and a module that keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createComparator } from '../../js/index.js';
import { ROOT, loadStory } from './helpers.mjs';

const HOSTILE = path.join(ROOT, 'tests', 'data', 'hostile.json');
let comparator;
before(async () => { comparator = await createComparator(); });
after(() => comparator.dispose());

// Offsets inside the text and never inside a surrogate pair.
function checkOffsets(articles, result) {
  for (const [i, r] of result.articles.entries()) {
    const text = articles[i].text;
    const boundary = (k) => k === 0 || k >= text.length || !(/[\uDC00-\uDFFF]/.test(text[k]) && /[\uD800-\uDBFF]/.test(text[k - 1]));
    let last = 0;
    for (const s of r.sentences) {
      assert.ok(s.start >= last && s.start < s.end && s.end <= text.length);
      assert.ok(boundary(s.start) && boundary(s.end), `${r.id}: sentence [${s.start}, ${s.end})`);
      last = s.end;
    }
    for (const s of r.spans) assert.ok(s.start < s.end && s.end <= text.length && boundary(s.start) && boundary(s.end));
  }
}

test('RTL, CJK, Thai, emoji ZWJ, combining marks, NUL, mixed line breaks: correct, and native = wasm', () => {
  const { articles } = JSON.parse(fs.readFileSync(HOSTILE, 'utf8'));
  const json = comparator.compareJson(articles);
  checkOffsets(articles, JSON.parse(json));
  const native = execFileSync(path.join(ROOT, 'build', 'native', 'corroborate_native'), ['compare', HOSTILE], { encoding: 'utf8' });
  assert.equal(json, native.trimEnd());
});

test('a 20 MB article and a 200,000-character sentence are compared, offsets sound', () => {
  const story = loadStory();
  const base = story.articles.map((a) => a.text).join('\n');
  const huge = base.repeat(Math.ceil(20e6 / base.length)).slice(0, 20e6);
  const result = comparator.compare([{ id: 'huge', text: huge }, story.articles[1]]);
  assert.equal(result.articles[0].sentences.at(-1).end <= huge.length, true);
  assert.ok(result.stats.repeat > 1000, 'the copies are repeats');
  const words = ['police', 'raid', 'office', 'paris', 'musk', 'platform', 'inquiry', 'data'];
  let long = '';
  for (let i = 0; long.length < 200000; i++) long += words[(i * 7 + (i >> 2)) % 8] + ' ';
  long = long.slice(0, 200000);
  const r2 = comparator.compare([{ id: 'long', text: long }, { id: 'b', text: 'Police raided the Paris office.' }]);
  assert.equal(r2.articles[0].sentences.length, 1);
  checkOffsets([{ text: long }, { text: 'Police raided the Paris office.' }], r2);
});

test('limits: too many articles or too much text is a RangeError before any copying, then it works on', () => {
  const { maxArticles, maxTotalLength } = comparator.limits;
  assert.equal(maxArticles, 5000);
  assert.equal(maxTotalLength, 32 * 1024 * 1024);
  const many = Array.from({ length: maxArticles + 1 }, (_, i) => ({ id: String(i), text: 'x' }));
  assert.throws(() => comparator.compare(many), { name: 'RangeError', message: /5001 articles: at most 5000/ });
  const big = 'a'.repeat(maxTotalLength);
  assert.throws(() => comparator.compare([{ id: 'a', text: big }, { id: 'b', text: 'b' }]), { name: 'RangeError', message: /at most 33554432/ });
  assert.throws(() => comparator.compare([{ id: 'i'.repeat(2000), text: 'x' }]), /limited to 1024 bytes/);
  assert.equal(comparator.compare([{ id: 'a', text: 'Fine. Really.' }]).articles[0].sentences.length, 2);
});

test('500 articles, one article, empty ones', () => {
  const story = loadStory();
  const many = Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, text: story.articles[i % 5].text.slice(0, 1500 + (i % 7) * 100) }));
  const r = comparator.compare(many);
  assert.equal(r.articles.length, 500);
  assert.ok(r.claims.some((c) => c.support >= 100));
  assert.equal(comparator.compare([story.articles[0]]).stats.agree, 0);
  assert.deepEqual(comparator.compare([{ id: 'a', text: '' }, { id: 'b', text: '' }]).claims, []);
});

test('the same input gives byte-identical output 100 times', () => {
  const { articles } = loadStory();
  const first = comparator.compareJson(articles);
  for (let i = 0; i < 100; i++) assert.equal(comparator.compareJson(articles), first);
});
