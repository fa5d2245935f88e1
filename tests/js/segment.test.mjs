// The JS API over the built WebAssembly module: createComparator() and segment().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createComparator } from '../../js/index.js';
import { ROOT, BUNDLE_PATH, loadStory, sentenceTexts } from './helpers.mjs';

let comparator;
before(async () => { comparator = await createComparator(); });
after(() => comparator.dispose());

test('segments the five demo articles into sentences whose offsets index the JS strings', () => {
  const story = loadStory();
  const result = comparator.segment(story.articles);
  assert.equal(result.version, 1);
  assert.deepEqual(result.articles.map((a) => a.id), story.articles.map((a) => a.id));
  for (const [i, a] of story.articles.entries()) {
    const seg = result.articles[i];
    assert.ok(seg.sentences.length > 10, `${a.id} has sentences`);
    for (const s of seg.sentences) {
      const t = a.text.slice(s.start, s.end);
      assert.equal(t, t.trim(), 'sentences are trimmed');
      assert.ok(t.length > 0);
      for (const [ws, we] of s.words) assert.ok(ws >= s.start && we <= s.end && we > ws);
    }
  }
  const truthout = sentenceTexts(story.articles[0].text, result.articles[0]);
  assert.ok(truthout.includes('Did you know that Truthout is a nonprofit and independently funded by readers like you?'));
});

test('"The U.K. also launched an investigation." stays one sentence; "Mr." does not split', () => {
  const text = 'The U.K. also launched an investigation. Mr. Musk did not reply.';
  const [seg] = comparator.segment([{ id: 'a', text }]).articles;
  assert.deepEqual(sentenceTexts(text, seg), ['The U.K. also launched an investigation.', 'Mr. Musk did not reply.']);
});

test('French articles segment with French rules', () => {
  const text = 'M. Dupont est arrivé. Il a parlé aux enquêteurs.';
  const [seg] = comparator.segment([{ id: 'fr', text, language: 'fr' }]).articles;
  assert.deepEqual(sentenceTexts(text, seg), ['M. Dupont est arrivé.', 'Il a parlé aux enquêteurs.']);
});

test('offsets are UTF-16 code units: emoji and accents', () => {
  const text = 'Hi 👋 there. Élysée said no.';
  const [seg] = comparator.segment([{ id: 'e', text }]).articles;
  assert.deepEqual(seg.sentences.map((s) => [s.start, s.end]), [[0, 12], [13, 28]]);
  assert.deepEqual(seg.sentences[0].words, [[0, 2], [6, 11]]);
  assert.equal(text.slice(...seg.sentences[1].words[0]), 'Élysée');
});

test('empty text gives no sentences; no articles gives no results', () => {
  assert.deepEqual(comparator.segment([{ id: 'a', text: '' }]).articles[0].sentences, []);
  assert.deepEqual(comparator.segment([]).articles, []);
});

test('bad input throws an error naming the article and field, and the comparator keeps working', () => {
  assert.throws(() => comparator.segment('nope'), TypeError);
  assert.throws(() => comparator.segment([{ text: 'x' }]), { name: 'TypeError', message: /article 0: "id"/ });
  assert.throws(() => comparator.segment([{ id: 'a', text: 5 }]), { name: 'TypeError', message: /"a".*"text"/ });
  assert.throws(() => comparator.segment([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]),
    { name: 'RangeError', message: /article 1 \("a"\): duplicate id/ });
  assert.throws(() => comparator.segment([{ id: 'a', text: 'bad \uD800 here' }]),
    { name: 'RangeError', message: /unpaired surrogate/ });
  assert.throws(() => comparator.segment([{ id: 'a', text: 'x' }], { language: 'de' }), /language/);
  const [seg] = comparator.segment([{ id: 'a', text: 'Still works. Yes.' }]).articles;
  assert.equal(seg.sentences.length, 2);
});

test('a disposed comparator says so', async () => {
  const c = await createComparator();
  c.dispose();
  assert.throws(() => c.segment([]), /disposed/);
});

test('the WebAssembly build and the native build print byte-identical JSON for the demo bundle', () => {
  const native = execFileSync(path.join(ROOT, 'build', 'native', 'corroborate_native'), ['segment', BUNDLE_PATH], {
    encoding: 'utf8', maxBuffer: 64 << 20,
  });
  const story = loadStory();
  const wasm = JSON.stringify(comparator.segment(story.articles));
  assert.equal(wasm, native.trimEnd());
});

test('createComparator({ wasmUrl }) loads the engine from elsewhere, and says so when it is missing', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-wasm-'));
  const copy = path.join(dir, 'engine.wasm');
  fs.copyFileSync(path.join(ROOT, 'dist', 'corroborate-core.wasm'), copy);
  const c = await createComparator({ wasmUrl: new URL(`file://${copy}`) });
  assert.equal(c.segment([{ id: 'a', text: 'One. Two.' }]).articles[0].sentences.length, 2);
  c.dispose();
  await assert.rejects(createComparator({ wasmUrl: new URL(`file://${path.join(dir, 'missing.wasm')}`) }), /ENOENT|no such file/);
  // a damaged file (cut short) is an error, not a promise that never settles
  const cut = path.join(dir, 'cut.wasm');
  fs.writeFileSync(cut, fs.readFileSync(copy).subarray(0, 5000));
  await assert.rejects(createComparator({ wasmUrl: new URL(`file://${cut}`) }), WebAssembly.CompileError);
  // and a module that is not this engine's (an import the glue does not provide, "a"."zz")
  const other = path.join(dir, 'other.wasm');
  fs.writeFileSync(other, Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 8, 1, 1, 97, 2, 122, 122, 0, 0]));
  await assert.rejects(createComparator({ wasmUrl: new URL(`file://${other}`) }), WebAssembly.LinkError);
});
