// Scaling: 10, 50, 200 and 1,000 generated articles of ~800 words (bench/generate.mjs, fixed
// seed).  Each size runs compare() in a fresh node process (time, peak RSS, wasm memory) and the
// native CLI on the same bundle; the growth exponent is the log-log slope of time against size.
// Peers (jsdiff, diff-match-patch) over all pairs: a sample of pairs is timed, and the whole set
// is run only while its projection stays under 60 s.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { generate, DEFAULT_SEED } from './generate.mjs';
import { jsdiffPair, dmpPair } from './peers.mjs';
import { BENCH, SCRATCH, rng, timeIt, timeNative, median, round, logLogSlope, countWords, tail } from './lib.mjs';

const PEER_LIMIT_MS = 60_000;
const PEER_SAMPLE = 6;              // pairs timed per size to project the whole set
// Time limits per size, so that `npm run bench` stays under ~10 minutes; a size that runs out
// of time is reported as "> limit" with the peak memory it had reached.  BENCH_SCALE_TIMEOUT_S
// raises the limit for a full measurement.
const CHILD_TIMEOUT_MS = 1000 * Number(process.env.BENCH_SCALE_TIMEOUT_S ?? 150);
const NATIVE_TIMEOUT_MS = 1000 * Number(process.env.BENCH_SCALE_TIMEOUT_S ?? 150);

const peakRss = (pid) => {   // VmHWM: the process's peak RSS so far, in bytes
  try {
    return 1024 * Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)/m)[1]);
  } catch {
    return 0;
  }
};

// Runs scale-child.mjs on one bundle; watches its peak RSS from outside, so that a run stopped
// at the time limit still tells how much memory it had taken.
function runChild(bundle) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(BENCH, 'scale-child.mjs'), bundle], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', peak = 0, timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), 250);
    const timer = setTimeout(() => {
      timedOut = true;
      peak = Math.max(peak, peakRss(child.pid));
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const peakMB = round(peak / 2 ** 20, 1);
      if (timedOut) resolve({ error: `> ${CHILD_TIMEOUT_MS / 1000} s (stopped)`, timedOut: true, limitMs: CHILD_TIMEOUT_MS, peakRssSoFarMB: peakMB });
      else if (code !== 0) resolve({ error: `exit ${code ?? signal}: ${tail(stderr, 200)}`, peakRssSoFarMB: peakMB });
      else resolve(JSON.parse(stdout));
    });
  });
}

// Native wall time minus an empty bundle's; repeated (up to 5 runs) while under 2 s in all.
function nativeRun(bundle, empty) {
  const base = median([timeNative(['compare', empty]), timeNative(['compare', empty]), timeNative(['compare', empty])]);
  const walls = [];
  const started = performance.now();
  do {
    const wall = timeNative(['compare', bundle], NATIVE_TIMEOUT_MS);
    if (wall === null) return { error: `> ${NATIVE_TIMEOUT_MS / 1000} s (stopped)` };
    walls.push(wall);
  } while (walls.length < 5 && performance.now() - started < 2000);
  const wall = median(walls);
  return { wallMs: round(wall, 1), emptyMs: round(base, 2), ms: round(wall - base, 1), runs: walls.length };
}

// Times PEER_SAMPLE random pairs (fixed seed); runs every pair if allowed and the projection
// stays under the limit.
function peerAtSize(name, fn, articles, r, allowFull) {
  const n = articles.length, pairs = (n * (n - 1)) / 2;
  const sample = [];
  for (let k = 0; k < Math.min(PEER_SAMPLE, pairs); k++) {
    const i = Math.floor(r() * n);
    let j = Math.floor(r() * (n - 1));
    if (j >= i) j++;
    sample.push(timeIt(() => fn(articles[i].text, articles[j].text)));
  }
  const perPair = sample.reduce((a, b) => a + b) / sample.length;
  const projectedMs = perPair * pairs;
  const out = { peer: name, pairs, samplePairs: sample.length, msPerPair: round(perPair, 2), projectedMs: round(projectedMs, 0) };
  if (allowFull && projectedMs <= PEER_LIMIT_MS) {
    out.ms = round(timeIt(() => {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) fn(articles[i].text, articles[j].text);
    }), 0);
  }
  return out;
}

export async function runScaling({ sizes = [10, 50, 200, 1000], log = console.log } = {}) {
  fs.mkdirSync(SCRATCH, { recursive: true });
  const empty = path.join(SCRATCH, 'empty.json');
  fs.writeFileSync(empty, '{"articles":[]}');
  const all = generate(Math.max(...sizes), DEFAULT_SEED);   // sizes are prefixes of one corpus
  const r = rng(7);
  const peersDone = { jsdiff: false, 'diff-match-patch': false };
  const rows = [];
  for (const n of sizes) {
    const articles = all.slice(0, n);
    const bundle = path.join(SCRATCH, `generated-${n}.json`);
    fs.writeFileSync(bundle, JSON.stringify({ articles }));
    const words = articles.reduce((k, a) => k + countWords(a.text), 0);
    const wasm = await runChild(bundle);
    const row = { articles: n, words, bundleBytes: fs.statSync(bundle).size, wasm };
    if (!wasm.error) {
      row.wasm = {
        firstMs: round(wasm.runs[0], 1),
        ms: round(median(wasm.runs.length > 1 ? wasm.runs.slice(1) : wasm.runs), 1),   // after the cold first call
        compareJsonMs: round(median(wasm.jsonRuns.length > 1 ? wasm.jsonRuns.slice(1) : wasm.jsonRuns), 1),
        runs: wasm.runs.length,
        maxRssMB: round(wasm.maxRssBytes / 2 ** 20, 1),              // after two calls (see scale-child.mjs)
        maxRssAllRunsMB: round(wasm.maxRssAllRunsBytes / 2 ** 20, 1),
        rssSampledPeakMB: round(wasm.rssPeakSampledBytes / 2 ** 20, 1),
        rssBeforeCompareMB: round(wasm.rssBeforeBytes / 2 ** 20, 1),
        wasmMemoryMB: round(wasm.wasmMemoryBytes / 2 ** 20, 1),
        resultMB: round(wasm.resultChars / 2 ** 20, 1),
        stats: wasm.stats,
      };
    }
    row.native = nativeRun(bundle, empty);
    row.peers = [];
    for (const [name, fn] of [['jsdiff', jsdiffPair], ['diff-match-patch', dmpPair]]) {
      // once a peer has passed 60 s it is only projected (from a smaller sample) at larger sizes
      const p = peerAtSize(name, fn, articles, r, !peersDone[name]);
      if (p.ms === undefined) peersDone[name] = true;
      row.peers.push(p);
    }
    log(`  ${n} articles: wasm ${row.wasm.error ?? `${row.wasm.ms} ms, ${row.wasm.maxRssMB} MB RSS`}, ` +
      `native ${row.native.ms} ms; ` + row.peers.map((p) => `${p.peer} ${p.ms ?? `~${p.projectedMs} (projected)`} ms`).join(', '));
    rows.push(row);
  }
  const ok = rows.filter((x) => !x.wasm.error);
  const okNative = rows.filter((x) => !x.native.error);
  const slope = (rs, pick) => (rs.length >= 2 ? round(logLogSlope(rs.map((x) => x.articles), rs.map(pick)), 2) : null);
  const last2 = ok.slice(-2);
  const stepSlope = last2.length === 2
    ? round(Math.log(last2[1].wasm.ms / last2[0].wasm.ms) / Math.log(last2[1].articles / last2[0].articles), 2) : null;
  const exp = slope(ok, (x) => x.wasm.ms);
  return {
    seed: DEFAULT_SEED,
    rows,
    growth: {
      wasmExponent: exp,
      wasmDoublingFactor: exp === null ? null : round(2 ** exp, 2),
      wasmExponentLastStep: stepSlope,
      wasmDoublingFactorLastStep: stepSlope === null ? null : round(2 ** stepSlope, 2),
      nativeExponent: slope(okNative, (x) => Math.max(x.native.ms, 0.1)),
      resultSizeExponent: slope(ok, (x) => x.wasm.resultMB),
    },
  };
}
