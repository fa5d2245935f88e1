// Every pair of annotated sentences from different articles of each annotated test story
// (tests/data/*.gold.json), compared alone as `corroborate batch` compares a line: how many of the
// same-claim pairs agree, how many of the others stay apart.  A larger pair set than the labelled
// ones, with ordinary "different" pairs (sentences of one story on other points).
//
//   node bench/tools/goldpairs.mjs [--threshold T]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createComparator } from '../../js/index.js';

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'data');
// Counts over all the annotated stories: tp/fn (same-claim pairs that agree / do not), fp/tn.
export function scoreGoldPairs(comparator, options = {}) {
  let tp = 0, fn = 0, fp = 0, tn = 0;
  for (const file of fs.readdirSync(DATA).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));
    const language = file.startsWith('fr-') ? 'fr' : 'en';
    const units = new Map();  // article + quote -> claim ids
    for (const claim of gold.claims) {
      for (const m of claim.members) {
        const key = `${m.article}\u0000${m.quote}`;
        if (!units.has(key)) units.set(key, new Set());
        units.get(key).add(claim.id);
      }
    }
    const list = [...units];
    for (let i = 0; i < list.length; ++i) {
      for (let j = i + 1; j < list.length; ++j) {
        const [a, ca] = list[i], [b, cb] = list[j];
        const [articleA, textA] = a.split('\u0000'), [articleB, textB] = b.split('\u0000');
        if (articleA === articleB) continue;
        const same = [...ca].some((c) => cb.has(c));
        const r = comparator.compare([{ id: 'a', text: textA, language }, { id: 'b', text: textB, language }], options);
        const [x, y] = r.articles.map((art) => new Set(art.sentences.flatMap((s) => s.claims ?? [])));
        const agreed = [...x].some((c) => y.has(c));
        if (same) agreed ? ++tp : ++fn;
        else agreed ? ++fp : ++tn;
      }
    }
  }
  return { tp, fn, fp, tn };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ti = process.argv.indexOf('--threshold');
  const comparator = await createComparator();
  const { tp, fn, fp, tn } = scoreGoldPairs(comparator, ti >= 0 ? { threshold: Number(process.argv[ti + 1]) } : {});
  const found = tp / (tp + fn), apart = tn / (tn + fp), P = tp / Math.max(1, tp + fp);
  console.log(`annotated pairs alone: same-claim ${tp + fn} (found ${found.toFixed(3)}), others ${fp + tn} ` +
    `(kept apart ${apart.toFixed(3)}); balanced accuracy ${((found + apart) / 2).toFixed(3)}, ` +
    `F1 ${((2 * P * found) / Math.max(1e-9, P + found)).toFixed(3)}`);
}
