// Scores corroborate on labelled sentence pairs (tests/data/sentence-pairs.jsonl by default): each
// pair is compared alone, as `corroborate batch` sees one line, and counts as "same claim" when
// the two sentences share a claim.  Prints precision, recall, F1 and accuracy per language, for
// each file, and over all the files when there are several; for pairs labelled with a `kind`
// (sets 8, 9 and 10: "same", "diff" for another fact of the story, "near" for a near miss), how many
// of each kind it gets right.
//
//   node bench/tools/pairs.mjs [PAIRS.jsonl ...] [--threshold T] [--errors]
import { fileURLToPath } from 'node:url';
import { createComparator } from '../../js/index.js';
import { readJsonLines } from '../lib.mjs';

const args = process.argv.slice(2);
const ti = args.indexOf('--threshold');
const options = ti >= 0 ? { threshold: Number(args[ti + 1]) } : {};
const showErrors = args.includes('--errors');
const files = args.filter((a, i) => !a.startsWith('--') && !(ti >= 0 && i === ti + 1));
if (!files.length) files.push(fileURLToPath(new URL('../../tests/data/sentence-pairs.jsonl', import.meta.url)));

const comparator = await createComparator();
const report = (name, tally, kinds = {}) => {
  console.log(`sentence pairs: ${name}`);
  const right = Object.entries(kinds).map(([k, t]) => `${k} ${t.right}/${t.of}`);
  if (right.length) console.log(`right by kind: ${right.join(', ')}`);
  for (const [key, t] of Object.entries(tally)) {
    const P = t.tp / Math.max(1, t.tp + t.fp), R = t.tp / Math.max(1, t.tp + t.fn);
    const F = P + R ? (2 * P * R) / (P + R) : 0;
    const acc = (t.tp + t.tn) / (t.tp + t.fp + t.fn + t.tn);
    console.log(`${key}: pairs=${t.tp + t.fp + t.fn + t.tn} P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)} accuracy=${acc.toFixed(3)}`);
  }
};
const total = {}, totalKinds = {};
for (const file of files) {
  const pairs = readJsonLines(file);
  const tally = {}, kinds = {};
  for (const p of pairs) {
    const r = comparator.compare([{ id: 'a', text: p.a, language: p.lang }, { id: 'b', text: p.b, language: p.lang }], options);
    const claims = (art) => new Set(art.sentences.flatMap((s) => s.claims ?? []));
    const [ca, cb] = r.articles.map(claims);
    const predicted = [...ca].some((c) => cb.has(c));
    const outcome = predicted ? (p.same ? 'tp' : 'fp') : (p.same ? 'fn' : 'tn');
    for (const [t, key] of [[tally, p.lang], [tally, 'all'], [total, p.lang], [total, 'all']]) {
      (t[key] ??= { tp: 0, fp: 0, fn: 0, tn: 0 })[outcome]++;
    }
    if (p.kind) {
      for (const t of [kinds, totalKinds]) {
        const k = (t[p.kind] ??= { right: 0, of: 0 });
        k.of++;
        if (predicted === p.same) k.right++;
      }
    }
    if (showErrors && predicted !== p.same) console.log(`${p.same ? 'FN' : 'FP'} ${p.id}\n   ${p.a}\n   ${p.b}`);
  }
  report(file, tally, kinds);
}
if (files.length > 1) report(`all ${files.length} files`, total, totalKinds);
