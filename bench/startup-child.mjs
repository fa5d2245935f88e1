// One cold start in a fresh node process (run by startup.mjs): import of the JS API,
// createComparator() (read + compile + instantiate the .wasm, ICU data included), then the first
// and second compare() of the five demo articles.  Prints one JSON line.
//
//   node bench/startup-child.mjs [--warmup-tiny]
// --warmup-tiny runs a two-sentence compare() before the five articles, to tell one-time set-up
// inside the engine (lazy ICU objects, lazy wasm compilation) from the work on the story.
import fs from 'node:fs';
import { STORY_PATH } from './lib.mjs';

const articles = JSON.parse(fs.readFileSync(STORY_PATH, 'utf8')).articles;
const t0 = performance.now();
const { createComparator } = await import('../js/index.js');
const t1 = performance.now();
const comparator = await createComparator();
const t2 = performance.now();
let tiny = null;
if (process.argv.includes('--warmup-tiny')) {
  comparator.compare([{ id: 'a', text: 'Police raided the offices.' }, { id: 'b', text: 'The offices were raided by police.' }]);
  tiny = performance.now() - t2;
}
const t3 = performance.now();
comparator.compare(articles);
const t4 = performance.now();
comparator.compare(articles);
const t5 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, createMs: t2 - t1, tinyMs: tiny, firstCompareMs: t4 - t3, secondCompareMs: t5 - t4 }));
