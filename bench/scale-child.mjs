// One size of the scaling benchmark in a fresh node process (run by scaling.mjs), so that peak
// memory belongs to this size alone.  compare() is run twice, then again (up to 20 times in all)
// while the total stays under 3 s; the time reported is the median after the first call, whose
// code is still cold (lazy compilation, tier-up), so that every size is timed alike.  The peak
// memory reported is the process's peak RSS after exactly two calls (a cold one and a warm one),
// and the previous call's result is collected before each call (outside the timing), so that the
// figure does not depend on how many calls fitted in the time budget: without both, the garbage
// of earlier results counted, and one build measured 431-514 MB on 1,000 articles by whether two
// or three calls fitted (394-448 MB with them: V8 collects inside the result's JSON.parse or
// not).  Prints one JSON line.
//
//   node --expose-gc bench/scale-child.mjs BUNDLE.json
import fs from 'node:fs';

// The engine's WebAssembly.Memory is not part of the API; catch it as the module is
// instantiated to read its size (it only grows, so its size afterwards is its peak).
let memory = null;
const findMemory = (result) => {
  const instance = result.instance ?? result;
  memory ??= Object.values(instance.exports).find((x) => x instanceof WebAssembly.Memory) ?? null;
  return result;
};
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = (...args) => instantiate(...args).then(findMemory);
// (js/index.js instantiates it with `new WebAssembly.Instance` under Node)
WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
  construct: (target, args, newTarget) => findMemory(Reflect.construct(target, args, newTarget)),
});
if (WebAssembly.instantiateStreaming) {
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(findMemory);
}

const { createComparator } = await import('../js/index.js');
const { articles } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const comparator = await createComparator();
const rssBefore = process.memoryUsage().rss;

const runs = [], jsonRuns = [];
const PEAK_AFTER_CALLS = 2;
let rssPeakSampled = rssBefore, resultChars = 0, stats = null, maxRssAfterTwo = null;
const started = performance.now();
do {
  // compare() is JSON.parse(compareJson()); timing the two halves also gives the result's size.
  globalThis.gc?.();   // (with --expose-gc: the last call's result goes before this one starts)
  const t0 = performance.now();
  const json = comparator.compareJson(articles);
  const t1 = performance.now();
  const result = JSON.parse(json);
  const t2 = performance.now();
  runs.push(t2 - t0);
  jsonRuns.push(t1 - t0);
  rssPeakSampled = Math.max(rssPeakSampled, process.memoryUsage().rss);   // with the result still alive
  resultChars = json.length;
  stats = result.stats;
  if (runs.length === PEAK_AFTER_CALLS) maxRssAfterTwo = process.resourceUsage().maxRSS * 1024;
} while (runs.length < 2 || (runs.length < 20 && performance.now() - started < 3000));

console.log(JSON.stringify({
  runs,
  jsonRuns,
  rssBeforeBytes: rssBefore,
  rssPeakSampledBytes: rssPeakSampled,
  // getrusage's ru_maxrss: the true peak RSS of the process, including moments inside compare(),
  // after the first two calls, and after all of them
  maxRssBytes: maxRssAfterTwo,
  maxRssAllRunsBytes: process.resourceUsage().maxRSS * 1024,
  wasmMemoryBytes: memory ? memory.buffer.byteLength : null,
  resultChars,
  stats,
}));
