// A word-overlap baseline for the labelled sentence pairs (a development aid; not part of the
// package): a pair is "same claim" when the Jaccard overlap of its two sentences' words (lower
// case, letters and digits) reaches a threshold.  The threshold is the one that scores best on the
// --train files; each other file is then scored with it, beside the best threshold for that file
// alone and the share of its pairs that are different claims (answering "different" every time).
// It tells how much of a set plain word overlap already decides.
//
//   node bench/tools/overlap.mjs --train TRAIN.jsonl [--train TRAIN.jsonl ...] FILE...
//   (sets 1-7 against 8 and 9: node bench/tools/overlap.mjs $(for f in tests/data/sentence-pairs{,-[2-7]}.jsonl;
//    do echo --train $f; done) tests/data/sentence-pairs-[89].jsonl)
import { readJsonLines } from '../lib.mjs';

const args = process.argv.slice(2);
const trainFiles = [], testFiles = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--train' && i + 1 < args.length) trainFiles.push(args[++i]);
  else testFiles.push(args[i]);
}
if (!trainFiles.length || args.includes('--help')) {
  console.error('usage: node bench/tools/overlap.mjs --train TRAIN.jsonl [--train TRAIN.jsonl ...] FILE...');
  process.exit(2);
}

const words = (t) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const load = (file) =>
  readJsonLines(file).map((p) => {
    const a = words(p.a), b = words(p.b);
    const shared = [...a].filter((w) => b.has(w)).length;
    return { overlap: shared / (a.size + b.size - shared || 1), same: p.same };
  });
const accuracy = (pairs, t) => pairs.filter((p) => (p.overlap >= t) === p.same).length / pairs.length;
const thresholds = Array.from({ length: 96 }, (_, i) => (i + 2) / 100);
const best = (pairs) => thresholds.reduce((b, t) => (accuracy(pairs, t) > accuracy(pairs, b) ? t : b), thresholds[0]);

const train = trainFiles.flatMap(load);
const t = best(train);
console.log(`train (${train.length} pairs): best threshold ${t.toFixed(2)}, accuracy ${accuracy(train, t).toFixed(3)}`);
for (const file of testFiles) {
  const pairs = load(file);
  const own = best(pairs);
  const different = pairs.filter((p) => !p.same).length / pairs.length;
  console.log(`${file}: accuracy ${accuracy(pairs, t).toFixed(3)} at the train threshold; ` +
    `${accuracy(pairs, own).toFixed(3)} at its own best (${own.toFixed(2)}); "different" every time ${different.toFixed(3)}`);
}
