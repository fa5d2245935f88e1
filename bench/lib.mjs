// Shared by the benchmark modules: paths, timing and statistics helpers, a seeded RNG, a word
// counter and the machine / version description that goes with every result.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH = path.join(ROOT, 'bench');
export const STORY_PATH = path.join(ROOT, 'demo', 'stories', 'raid-on-x.json');
export const NATIVE = path.join(ROOT, 'build', 'native', 'corroborate_native');
export const WASM = path.join(ROOT, 'dist', 'corroborate-core.wasm');
export const GLUE = path.join(ROOT, 'dist', 'corroborate-core.js');
// Generated corpora and scratch files: under build/ (ignored by git), never committed.
export const SCRATCH = path.join(ROOT, 'build', 'bench');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export const loadStory = () => JSON.parse(fs.readFileSync(STORY_PATH, 'utf8'));
// the JSON values of a JSON Lines file, blank lines skipped (the labelled pair sets)
export const readJsonLines = (file) =>
  fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const round = (x, digits = 2) => (x === null || x === undefined ? x : Number(x.toFixed(digits)));

/** Summary of a list of timings (ms): median, min, max and the count. */
export function summary(xs) {
  return { median: round(median(xs), 3), min: round(Math.min(...xs), 3), max: round(Math.max(...xs), 3), n: xs.length };
}

/** Runs fn once and returns the elapsed wall time in ms. */
export function timeIt(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words as the peers and our summaries count them: runs of letters/digits, with inner
// apostrophes, dots and commas kept ("X’s", "U.S", "23,000") -- close to ICU's word segments.
export const WORD_RE = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
export const countWords = (s) => (s.match(WORD_RE) ?? []).length;

/** Least-squares slope of log(y) against log(x): the growth exponent. */
export function logLogSlope(xs, ys) {
  const lx = xs.map(Math.log), ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length, my = ly.reduce((a, b) => a + b) / ly.length;
  let num = 0, den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

/**
 * Wall time (ms) of one run of the native CLI.  stdout goes to /dev/null so that what we time
 * is the engine plus writing its JSON, not node reading a pipe.  null if it ran out of time.
 */
export function timeNative(args, timeoutMs = 0) {
  const devnull = fs.openSync('/dev/null', 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(NATIVE, args, { stdio: ['ignore', devnull, 'pipe'], timeout: timeoutMs });
    const ms = performance.now() - t0;
    if (r.error?.code === 'ETIMEDOUT') return null;
    if (r.status !== 0) throw new Error(`corroborate_native ${args.join(' ')}: exit ${r.status}: ${tail(String(r.stderr))}`);
    return ms;
  } finally {
    fs.closeSync(devnull);
  }
}

/** The end of a child's stderr, short enough for an error message (the glue prints whole lines of minified JS). */
export const tail = (text, max = 400) => {
  const t = text.trim();
  return t.length > max ? `…${t.slice(-max)}` : t;
};

/** Hashes of what is measured, taken before and after a run: a rebuild in between shows. */
export function buildFingerprint() {
  const sha = (f) => {
    try {
      return crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex').slice(0, 16);
    } catch {
      return null;
    }
  };
  return { wasm: sha(WASM), glue: sha(GLUE), native: sha(NATIVE) };
}

function firstLine(cmd, args) {
  try {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return (r.stdout || r.stderr || '').split('\n').find((l) => l.trim())?.trim() ?? null;
  } catch {
    return null;
  }
}

const pkgVersion = (name) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** The machine, the tool versions and the date, recorded with every result. */
export function machineInfo() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  let commit = null, uncommitted = null;
  try {   // read-only git commands: the commit, and which files differ from it
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    uncommitted = execFileSync('git', ['diff', '--name-only', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch { /* not a checkout */ }
  return {
    date: new Date().toISOString(),
    nproc: Number(firstLine('nproc', [])),
    cpu: cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    loadAverage: os.loadavg().map((x) => round(x, 2)),
    os: `${firstLine('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'])}, Linux ${os.release()}`,
    node: process.version,
    emcc: firstLine('emcc', ['--version']),
    gxx: firstLine('g++', ['--version']),
    chromium: firstLine(CHROMIUM, ['--version']),
    packages: { diff: pkgVersion('diff'), 'diff-match-patch': pkgVersion('diff-match-patch'), 'playwright-core': pkgVersion('playwright-core') },
    commit,
    uncommitted,
    build: buildFingerprint(),
  };
}
