// Start-up: createComparator() cold, in Node (a fresh process per load) and in Chromium (a fresh
// browser context per load: its own HTTP and code caches, so nothing compiled is reused), each
// followed by the first compare() of the five demo articles.  Chromium also gives the steady
// compare() time on the main thread, and through the Worker API (corroborate/worker).
import http from 'node:http';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../scripts/serve.mjs';
import { BENCH, CHROMIUM, CHROMIUM_ARGS, summary, tail } from './lib.mjs';

const summarize = (runs, keys) => Object.fromEntries(keys.map((k) => [k, summary(runs.map((r) => r[k]))]));

export function runNodeStartup({ loads = 20, log = console.log } = {}) {
  // Interleaved variants: a plain cold start; one that warms up on a two-sentence compare()
  // first (one-time set-up inside the engine); one with V8's optimizing tier off (--liftoff-only),
  // to see what background TurboFan compilation costs the first calls on two cores.
  const variants = [['plain', [], []], ['tinyFirst', [], ['--warmup-tiny']], ['liftoffOnly', ['--liftoff-only'], []]];
  const runs = Object.fromEntries(variants.map(([k]) => [k, []]));
  for (let i = 0; i < loads; i++) {
    for (const [kind, nodeArgs, args] of variants) {
      const r = spawnSync(process.execPath, [...nodeArgs, path.join(BENCH, 'startup-child.mjs'), ...args], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`startup-child: ${tail(r.stderr)}`);
      runs[kind].push(JSON.parse(r.stdout));
    }
  }
  const out = {
    loads,
    ...summarize(runs.plain, ['importMs', 'createMs', 'firstCompareMs', 'secondCompareMs']),
    withTinyWarmup: summarize(runs.tinyFirst, ['tinyMs', 'firstCompareMs']),
    liftoffOnly: summarize(runs.liftoffOnly, ['createMs', 'firstCompareMs', 'secondCompareMs']),
  };
  log(`  node: createComparator ${out.createMs.median} ms, first compare ${out.firstCompareMs.median} ms ` +
    `(after a tiny one ${out.withTinyWarmup.firstCompareMs.median} ms; --liftoff-only ${out.liftoffOnly.firstCompareMs.median} ms)`);
  return out;
}

// The repository's static server (scripts/serve.mjs), plus one blank same-origin page at /bench/
// from which the timing code imports /js/index.js as any page would.
function benchServer() {
  const handler = createServer().listeners('request')[0];
  return http.createServer((req, res) => {
    if (req.url === '/bench/') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
      });
      res.end('<!doctype html><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">');
    } else {
      handler(req, res);
    }
  });
}

// Runs in the page.  Everything up to createComparator() is what a page pays to start.
async function pageRun({ storyUrl, warmRuns }) {
  const { articles } = await (await fetch(storyUrl)).json();
  const t0 = performance.now();
  const { createComparator } = await import(new URL('/js/index.js', location.href).href);
  const t1 = performance.now();
  const comparator = await createComparator();
  const t2 = performance.now();
  comparator.compare(articles);
  const t3 = performance.now();
  const warm = [];
  for (let i = 0; i < warmRuns; i++) {
    const a = performance.now();
    comparator.compare(articles);
    warm.push(performance.now() - a);
  }
  const wasmEntry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
  comparator.dispose();
  return { importMs: t1 - t0, createMs: t2 - t1, startMs: t2 - t0, firstCompareMs: t3 - t2, warm,
    wasmFetchMs: wasmEntry ? wasmEntry.responseEnd - wasmEntry.startTime : null };
}

// The same through corroborate/worker: compare() in a Web Worker, timed as the page sees it
// (post, work, transfer, parse); the main thread is free meanwhile.
async function workerRun({ storyUrl, warmRuns }) {
  const { articles } = await (await fetch(storyUrl)).json();
  const t0 = performance.now();
  const { createWorkerComparator } = await import(new URL('/js/worker.js', location.href).href);
  const comparator = await createWorkerComparator();
  const t1 = performance.now();
  await comparator.compare(articles);
  const t2 = performance.now();
  const warm = [];
  for (let i = 0; i < warmRuns; i++) {
    const a = performance.now();
    await comparator.compare(articles);
    warm.push(performance.now() - a);
  }
  comparator.dispose();
  return { startMs: t1 - t0, firstCompareMs: t2 - t1, warm };
}

export async function runBrowser({ loads = 20, warmRuns = 5, log = console.log } = {}) {
  const server = benchServer();
  const port = await listen(server, 0);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // One cold load: a new context (own HTTP and code caches), a new page, one run of `fn`.
    const coldLoad = async (fn) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${base}/bench/`);
        const r = await page.evaluate(fn, { storyUrl: '/demo/stories/raid-on-x.json', warmRuns });
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
        return r;
      } finally {
        await context.close();
      }
    };
    const runs = [], workerRuns = [];
    let workerError = null;
    for (let i = 0; i < loads; i++) {   // main thread and worker loads interleaved
      runs.push(await coldLoad(pageRun));
      if (workerError) continue;
      try {
        workerRuns.push(await coldLoad(workerRun));
      } catch (e) {
        workerError = String(e.message ?? e).split('\n')[0];   // e.g. no Worker API in this checkout
      }
    }
    const out = {
      loads,
      browserVersion: browser.version(),
      ...summarize(runs, ['importMs', 'createMs', 'startMs', 'firstCompareMs', 'wasmFetchMs']),
      // compare() on the page's main thread after the first call (warmRuns per load, all loads)
      warmCompareMs: summary(runs.flatMap((r) => r.warm)),
      // compare() on the main thread blocks the page for its whole duration; corroborate/worker
      // (if this checkout has it) moves it off the main thread
      worker: workerError ? { error: workerError } : {
        loads: workerRuns.length,
        ...summarize(workerRuns, ['startMs', 'firstCompareMs']),
        warmCompareMs: summary(workerRuns.flatMap((r) => r.warm)),
      },
    };
    log(`  chromium: start ${out.startMs.median} ms (createComparator ${out.createMs.median} ms), ` +
      `first compare ${out.firstCompareMs.median} ms, warm compare ${out.warmCompareMs.median} ms`);
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
