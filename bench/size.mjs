// Size: the .wasm and its JS glue (plus the JS API that loads them), raw and gzip -9, and what
// takes the room inside the .wasm: section sizes from `wasm-objdump -h` (Debian's wabt), the
// data segments from `wasm-objdump -x -j Data`, and the embedded ICU data package.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { ROOT, WASM, GLUE } from './lib.mjs';

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const sizes = (buf) => ({ raw: buf.length, gzip: gz(buf) });

// `wasm-objdump -h`: "     Code start=0x00001407 end=0x0009a1b7 (size=0x00098db0) count: 2085"
function sections(wasm) {
  const out = execFileSync('wasm-objdump', ['-h', WASM], { encoding: 'utf8' });
  const list = [];
  for (const m of out.matchAll(/^\s*(\w+) start=0x([0-9a-f]+) end=0x([0-9a-f]+) \(size=0x[0-9a-f]+\)(?: count: (\d+))?(?: "([^"]*)")?/gm)) {
    const [start, end] = [parseInt(m[2], 16), parseInt(m[3], 16)];
    list.push({ name: m[5] ? `${m[1]} "${m[5]}"` : m[1], count: m[4] ? Number(m[4]) : undefined,
      ...sizes(wasm.subarray(start, end)) });
  }
  return list.sort((a, b) => b.raw - a.raw);
}

function dataSegments() {
  const out = execFileSync('wasm-objdump', ['-x', '-j', 'Data', WASM], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const segs = [...out.matchAll(/segment\[(\d+)\] memory=\d+ size=(\d+)/g)].map((m) => Number(m[2]));
  const sorted = [...segs].sort((a, b) => b - a);
  return { segments: segs.length, bytes: segs.reduce((a, b) => a + b, 0), largest: sorted.slice(0, 5) };
}

// The ICU data package is linked in as one blob (split where it has runs of zeros, which the
// optimizer drops from the data segments); find the slim package wasm-deps.sh cached and check
// that its start is in the .wasm.
function icuData(wasm) {
  const cache = process.env.CORROBORATE_CACHE ?? path.join(os.homedir(), '.cache', 'corroborate');
  let dirs = [];
  try {
    dirs = fs.readdirSync(cache).filter((d) => d.startsWith('wasm-deps-'));
  } catch { return null; }
  for (const d of dirs) {
    const dataDir = path.join(cache, d, 'data');
    if (!fs.existsSync(dataDir)) continue;
    for (const f of fs.readdirSync(dataDir).filter((f) => /^icudt.*\.dat$/.test(f))) {
      const dat = fs.readFileSync(path.join(dataDir, f));
      if (wasm.indexOf(dat.subarray(0, 256)) >= 0) return { file: f, ...sizes(dat) };
    }
  }
  return null;
}

export function runSize() {
  const wasm = fs.readFileSync(WASM);
  const glue = fs.readFileSync(GLUE);
  const api = fs.readFileSync(path.join(ROOT, 'js', 'index.js'));
  const w = sizes(wasm), g = sizes(glue), a = sizes(api);
  // What a page downloads gzipped: each file compressed on its own, as a server would.
  return {
    wasm: w, glue: g, jsApi: a,
    total: { raw: w.raw + g.raw, gzip: w.gzip + g.gzip },
    totalWithApi: { raw: w.raw + g.raw + a.raw, gzip: w.gzip + g.gzip + a.gzip },
    sections: sections(wasm),
    data: dataSegments(),
    icuData: icuData(wasm),
    functions: null,   // no name section in the release build, so no per-function breakdown
  };
}
