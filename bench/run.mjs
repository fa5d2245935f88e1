// `npm run bench`: corroborate against its peers, start-up, size, scaling and the browser; writes
// bench/results/<date>.json and the figures in BENCHMARKS.md.  Not part of `npm test`.
//
//   node bench/run.mjs                 everything (about 4 minutes on 2 vCPUs)
//   node bench/run.mjs --quick         fewer rounds and loads, sizes 10 and 50 only; results go to
//                                      build/bench/ and BENCHMARKS.md is left alone (a smoke test)
//   node bench/run.mjs --only=peers,size    some sections only (also kept out of bench/results)
//
// Sections: peers, startup (Node), browser (Chromium), size, scaling.  Run it on an idle machine:
// the timings are wall clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, BENCH, SCRATCH, machineInfo, buildFingerprint } from './lib.mjs';
import { runPeers } from './peers.mjs';
import { runNodeStartup, runBrowser } from './startup.mjs';
import { runSize } from './size.mjs';
import { runScaling } from './scaling.mjs';
import { checkTargets, renderMarkdown, writeMarkdown } from './report.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (section) => !only || only.includes(section);
const official = !quick && !only;   // only a full run goes to bench/results and BENCHMARKS.md

const log = (...a) => console.log(...a);
const started = performance.now();
const res = { machine: machineInfo() };
log(`corroborate benchmarks — ${res.machine.date}, ${res.machine.nproc} vCPU ${res.machine.cpu}, node ${res.machine.node}`);

if (want('size')) {
  log('== size');
  res.size = runSize();
  log(`  wasm + glue: ${res.size.total.raw} B raw, ${res.size.total.gzip} B gzip -9`);
}
if (want('peers')) {
  log('== peers: the five demo articles');
  res.peers = await runPeers(quick ? { rounds: 2, inner: 3 } : {});
  log(`  jsdiff / wasm ${res.peers.ratios.jsdiffOverWasm}×, dmp / wasm ${res.peers.ratios.dmpOverWasm}×, wasm / native ${res.peers.ratios.wasmOverNative}×`);
}
res.startup = {};
if (want('startup')) {
  log('== start-up in Node (fresh processes)');
  res.startup.node = runNodeStartup({ loads: quick ? 4 : 20 });
}
if (want('browser')) {
  log('== start-up and compare() in Chromium (fresh contexts)');
  res.startup.chromium = await runBrowser({ loads: quick ? 3 : 20 });
}
if (want('scaling')) {
  log('== scaling: generated articles');
  res.scaling = await runScaling({ sizes: quick ? [10, 50] : [10, 50, 200, 1000] });
}
res.targets = checkTargets(res);
res.loadAverageAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));
// Someone rebuilding in the same tree mid-run would mix two builds in one set of figures.
const after = buildFingerprint();
res.buildChangedDuringRun = JSON.stringify(after) !== JSON.stringify(res.machine.build);
if (res.buildChangedDuringRun) console.warn('WARNING: dist/ or the native binary changed during the run; the figures mix builds');
res.totalSeconds = Math.round((performance.now() - started) / 1000);

const day = res.machine.date.slice(0, 10);
const file = official ? path.join(BENCH, 'results', `${day}.json`) : path.join(SCRATCH, `results-${quick ? 'quick' : 'partial'}.json`);
res.file = path.relative(ROOT, file);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(res, null, 2) + '\n');
const md = renderMarkdown(res);
if (official) writeMarkdown(path.join(ROOT, 'BENCHMARKS.md'), md);
else fs.writeFileSync(path.join(SCRATCH, 'BENCHMARKS.partial.md'), md + '\n');

log('== targets');
for (const t of res.targets) log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value === null ? '–' : Number(t.value.toFixed(2))} ${t.unit} (${t.atLeast ? '≥' : '≤'} ${t.limit}) ${t.met ? '' : t.verdict}`);
log(`results: ${res.file}${official ? ', BENCHMARKS.md' : ''} (${res.totalSeconds} s)`);
