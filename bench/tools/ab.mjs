// A/B timing of two builds of the engine in one process: the current tree's (js/ and dist/) and
// another copy of the package (a directory holding its js/ and dist/, e.g. copied before a change).
// Calls alternate, so both see the same moments of a noisy VM; prints each build's times and the
// median after the first two calls.  Output is not compared: check that with `cmp` on the JSON.
//
//   node bench/tools/ab.mjs OTHER_PACKAGE_DIR [BUNDLE.json] [ROUNDS]
//   (BUNDLE defaults to build/bench/generated-1000.json, made by `npm run bench`; ROUNDS to 8)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [other, bundle = 'build/bench/generated-1000.json', rounds = '8'] = process.argv.slice(2);
if (!other) {
  console.error('usage: node bench/tools/ab.mjs OTHER_PACKAGE_DIR [BUNDLE.json] [ROUNDS]');
  process.exit(2);
}
const load = async (dir) => (await import(pathToFileURL(path.resolve(dir, 'js/index.js')).href)).createComparator();
const builds = [
  { name: 'other', comparator: await load(other), ms: [] },
  { name: 'this', comparator: await load(new URL('../..', import.meta.url).pathname), ms: [] },
];
const { articles } = JSON.parse(fs.readFileSync(bundle, 'utf8'));
for (let i = 0; i < Number(rounds); i++) {
  for (const b of i % 2 ? builds : [...builds].reverse()) {
    const t0 = performance.now();
    b.comparator.compareJson(articles);
    b.ms.push(performance.now() - t0);
  }
}
const median = (xs) => {
  const s = xs.slice(2).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
for (const b of builds)
  console.log(`${b.name.padEnd(5)} median ${median(b.ms).toFixed(0)} ms   (${b.ms.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`this / other: ${(median(builds[1].ms) / median(builds[0].ms)).toFixed(3)}`);
