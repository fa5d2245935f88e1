// compare() through the JS API over the built WebAssembly module, on the demo story and small cases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createComparator } from '../../js/index.js';
import { ROOT, BUNDLE_PATH, loadStory } from './helpers.mjs';

let comparator;
before(async () => { comparator = await createComparator(); });
after(() => comparator.dispose());

const KINDS = new Set(['agree', 'detail', 'repeat', 'boilerplate']);

test('the demo story: every sentence has one kind, claims link outlets, offsets index the text', () => {
  const story = loadStory();
  const result = comparator.compare(story.articles);
  assert.equal(result.version, 1);
  assert.equal(result.articles.length, 5);
  for (const [i, a] of story.articles.entries()) {
    const r = result.articles[i];
    assert.equal(r.id, a.id);
    for (const s of r.sentences) {
      assert.ok(KINDS.has(s.kind), s.kind);
      assert.ok(s.start < s.end && s.end <= a.text.length);
      if (s.kind === 'agree') assert.ok(s.support >= 2 && s.claims.length >= 1);
      if (s.kind === 'boilerplate' || s.kind === 'repeat') assert.deepEqual(s.claims, []);
    }
    for (const sp of r.spans) assert.ok(sp.start < sp.end && sp.end <= a.text.length);
  }
  // the story's lead claim: the raid, made by all five outlets
  const lead = result.claims.find((c) => c.members.some((m) =>
    story.articles[4].text.slice(...['start', 'end'].map((k) => result.articles[4].sentences[m.sentence]?.[k]))
      .startsWith('French police have raided the Paris offices') && m.article === 'brief'));
  assert.ok(lead, 'the brief report\'s lead sentence is in a claim');
  assert.ok(lead.support >= 4, `support ${lead.support}`);
  // claims list members whose sentences point back at them
  for (const c of result.claims) {
    for (const m of c.members) {
      const art = result.articles.find((a) => a.id === m.article);
      assert.ok(art.sentences[m.sentence].claims.includes(c.id));
    }
  }
  const s = result.stats;
  for (const k of ['agree', 'detail', 'repeat', 'boilerplate', 'verbatim']) assert.ok(s[k] > 0, k);
  // the outlets give no figure that contradicts another's: the dates they give in shared claims
  // are of different events ("began in January 2025" / "denying the accusations in July")
  assert.equal(s.conflicts, 0);
});

test('the regulator quote three outlets reprint is verbatim in each of them', () => {
  const story = loadStory();
  const result = comparator.compare(story.articles);
  for (const id of ['truthout', 'ap-based', 'dmr-news']) {
    const i = story.articles.findIndex((a) => a.id === id);
    const text = story.articles[i].text;
    const at = text.indexOf('raise deeply troubling questions');
    const span = result.articles[i].spans.find((sp) => sp.kind === 'verbatim' && sp.start <= at && at < sp.end);
    assert.ok(span, `${id}: verbatim span over the quote`);
    assert.ok(span.with.length >= 2, `${id}: shared with ${span.with}`);
  }
});

test('paraphrase pairs: the same claim in other words agrees, an unrelated one does not', () => {
  const same = comparator.compare([
    { id: 'a', text: "Paris prosecutors have raided the offices of Elon Musk's social media platform X." },
    { id: 'b', text: "French police have raided X's offices in Paris." },
  ]);
  assert.deepEqual(same.articles.map((a) => a.sentences[0].kind), ['agree', 'agree']);
  assert.equal(same.claims.length, 1);
  assert.equal(same.claims[0].support, 2);
  const different = comparator.compare([
    { id: 'a', text: 'Musk called the raid a political attack.' },
    { id: 'b', text: 'Ofcom said it was still gathering evidence.' },
  ]);
  assert.deepEqual(different.articles.map((a) => a.sentences[0].kind), ['detail', 'detail']);
});

test('labelled sentence pairs, each compared alone: pairs of the same words with the roles swapped are kept apart; no set falls below its accuracy', () => {
  // tests/data/sentence-pairs*.jsonl: sets 2, 3, 5, 6 and 7 were written by people who saw neither
  // the engine nor its output (5 and 6 on 2026-12-03, 7 on 2026-12-04; 6 was scored only once the
  // rules it checks were in).  Floors: each set's accuracy on 2026-12-07 (after a hedge with its own
  // verb kept three more different claims apart), less one pair; the role-swap rule's first floors
  // were 0.688, 0.537, 0.633, 0.75, 0.636, 0.683 and, for set 7 when first scored, 0.675.  Sets 8,
  // 9 and 10 were written on 2026-12-07, after all that tuning, by people who saw neither the
  // engine nor the other sets, and asked for heavy paraphrases and different claims in many shared
  // words: their floors are their first scores, which no change to the engine had seen (0.606,
  // 0.469 and 0.619; answering "different" every time scores 0.550 on each, see QUALITY.md).
  const floors = {
    '': 0.738, '-2': 0.75, '-3': 0.717, '-4': 0.917, '-5': 0.807, '-6': 0.825, '-7': 0.783,
    '-8': 0.606, '-9': 0.469, '-10': 0.619,
  };
  const words = (t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu).sort().join(' ');
  let swapped = 0, apart = 0;
  for (const [suffix, floor] of Object.entries(floors)) {
    const file = path.join(ROOT, 'tests', 'data', `sentence-pairs${suffix}.jsonl`);
    const pairs = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    let right = 0;
    for (const p of pairs) {
      const r = comparator.compare([{ id: 'a', text: p.a, language: p.lang }, { id: 'b', text: p.b, language: p.lang }]);
      const [ca, cb] = r.articles.map((a) => new Set(a.sentences.flatMap((s) => s.claims ?? [])));
      const same = [...ca].some((c) => cb.has(c));
      if (same === p.same) right++;
      if (!p.same && words(p.a) === words(p.b)) swapped++, apart += same ? 0 : 1;
    }
    assert.ok(right / pairs.length >= floor - 1 / pairs.length, `sentence-pairs${suffix}: accuracy ${(right / pairs.length).toFixed(3)}`);
  }
  // (20 such pairs: 15 kept apart; the rest are passives -- "were exposed", "ont été envoyés" -- which
  // the rule leaves alone, and figures swapped, which it does not read as roles)
  assert.ok(swapped >= 20 && apart >= 15, `${apart} of ${swapped} role-swapped pairs kept apart`);
});

test('options: threshold changes the result; bad options are clear errors', () => {
  const story = loadStory();
  const loose = comparator.compare(story.articles, { threshold: 0.1 });
  const strict = comparator.compare(story.articles, { threshold: 0.6 });
  assert.ok(loose.stats.agree > strict.stats.agree);
  assert.throws(() => comparator.compare(story.articles, { threshold: 2 }), /threshold/);
  assert.throws(() => comparator.compare(story.articles, { verbatimMinWords: 1 }), /verbatimMinWords/);
  assert.throws(() => comparator.compare(story.articles, { thresold: 0.2 }), /unknown option "thresold"/);
  assert.throws(() => comparator.compare(story.articles, 'fast'), TypeError);
  assert.equal(comparator.compare([{ id: 'a', text: 'Still works.' }]).articles[0].sentences.length, 1);
});

test('language: told from the text by default, so a French story needs no hint; "auto", "en", "fr" accepted', () => {
  const story = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/fr-incendie.json'), 'utf8'));
  const bare = story.articles.map(({ language, ...a }) => a);
  const hinted = comparator.compareJson(story.articles.map((a) => ({ ...a, language: 'fr' })));
  assert.equal(comparator.compareJson(bare), hinted);
  assert.equal(comparator.compareJson(bare, { language: 'auto' }), hinted);
  assert.equal(comparator.compareJson(bare, { language: 'fr' }), hinted);
  assert.notEqual(comparator.compareJson(bare, { language: 'en' }), hinted);  // forced: read as English
  assert.throws(() => comparator.compare(bare, { language: 'de' }), /"en", "fr" or "auto"/);
});

test('published: "last year" is read against the day an article came out; a non-string is a clear error', () => {
  const article = (id, text, published) => ({ id, text, published });
  const conflicts = (r) => r.stats.conflicts;
  const lastYear = 'Prosecutors in Oslo said the tax inquiry into Lumen began last year.';
  const in2024 = 'Prosecutors in Oslo said the tax inquiry into Lumen began in 2024.';
  // 2025 against 2024: a conflict; with no date, "last year" is only words
  assert.ok(conflicts(comparator.compare([article('a', lastYear, '2026-02-04'), article('b', in2024)])) > 0);
  assert.equal(conflicts(comparator.compare([article('a', lastYear, '2025-02-04'), article('b', in2024)])), 0);
  assert.equal(conflicts(comparator.compare([article('a', lastYear), article('b', in2024)])), 0);
  assert.equal(conflicts(comparator.compare([article('a', lastYear, null), article('b', in2024)])), 0);
  assert.equal(conflicts(comparator.compare([article('a', lastYear, '4 February 2026'), article('b', in2024)])), 0);
  assert.throws(() => comparator.compare([article('a', lastYear, 20260204)]), /"published" must be a string/);
  assert.ok(conflicts(comparator.compare([article('a', lastYear, '2026-02-04T08:00:00Z'), article('b', in2024)])) > 0);
});

test('wasm and native print byte-identical JSON for the demo story, and it is the same every time', () => {
  const native = execFileSync(path.join(ROOT, 'build', 'native', 'corroborate_native'), ['compare', BUNDLE_PATH], {
    encoding: 'utf8', maxBuffer: 64 << 20,
  });
  const story = loadStory();
  const wasm = comparator.compareJson(story.articles);
  assert.equal(wasm, native.trimEnd());
  assert.equal(comparator.compareJson(story.articles), wasm);
});
