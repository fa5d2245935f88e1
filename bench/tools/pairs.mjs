// Scores corroborate on labelled sentence pairs (tests/data/sentence-pairs.jsonl by default): each
// pair is compared alone, as `corroborate batch` sees one line, and counts as "same claim" when
// the two sentences share a claim.  Prints precision, recall, F1 and accuracy per language.
//
//   node bench/tools/pairs.mjs [PAIRS.jsonl] [--threshold T] [--errors]
import fs from 'node:fs';
import { createComparator } from '../../js/index.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^[0-9.]+$/.test(a)) ??
  new URL('../../tests/data/sentence-pairs.jsonl', import.meta.url);
const ti = args.indexOf('--threshold');
const options = ti >= 0 ? { threshold: Number(args[ti + 1]) } : {};
const showErrors = args.includes('--errors');

const comparator = await createComparator();
const pairs = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const tally = {};
console.log(`sentence pairs: ${file instanceof URL ? 'tests/data/sentence-pairs.jsonl' : file}`);
for (const p of pairs) {
  const r = comparator.compare([{ id: 'a', text: p.a, language: p.lang }, { id: 'b', text: p.b, language: p.lang }], options);
  const claims = (art) => new Set(art.sentences.flatMap((s) => s.claims ?? []));
  const [ca, cb] = r.articles.map(claims);
  const predicted = [...ca].some((c) => cb.has(c));
  for (const key of [p.lang, 'all']) {
    const t = (tally[key] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
    t[predicted ? (p.same ? 'tp' : 'fp') : (p.same ? 'fn' : 'tn')]++;
  }
  if (showErrors && predicted !== p.same) console.log(`${p.same ? 'FN' : 'FP'} ${p.id}\n   ${p.a}\n   ${p.b}`);
}
for (const [key, t] of Object.entries(tally)) {
  const P = t.tp / Math.max(1, t.tp + t.fp), R = t.tp / Math.max(1, t.tp + t.fn);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const acc = (t.tp + t.tn) / (t.tp + t.fp + t.fn + t.tn);
  console.log(`${key}: pairs=${t.tp + t.fp + t.fn + t.tn} P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} accuracy=${acc.toFixed(3)}`);
}
