// corroborate/worker: the comparator in a Web Worker, so a page stays responsive while it works.
//
//   const comparator = await createWorkerComparator();
//   const result = await comparator.compare(articles, options);   // same result as the main thread
//   comparator.dispose();
const ERRORS = { TypeError, RangeError, Error };

/**
 * Starts a Worker with its own engine.  Options: `wasmUrl` as for createComparator();
 * `workerUrl` to load the worker script from elsewhere (default: next to this file).
 */
export async function createWorkerComparator(options = {}) {
  if (typeof Worker !== 'function') throw new Error('corroborate/worker needs Web Workers (in Node, use the main API)');
  // written out in full so that bundlers (Vite, webpack) see the worker and bundle it
  const worker = options.workerUrl
    ? new Worker(options.workerUrl, { type: 'module' })
    : new Worker(new URL('./worker-entry.js', import.meta.url), { type: 'module' });
  const comparator = new WorkerComparator(worker);
  const init = {};
  if (options.wasmUrl) init.wasmUrl = String(new URL(String(options.wasmUrl), globalThis.location?.href));
  await comparator._call('init', [init]);
  return comparator;
}

class WorkerComparator {
  #worker;
  #pending = new Map();
  #next = 0;
  #failed = null;

  constructor(worker) {
    this.#worker = worker;
    worker.onmessage = ({ data }) => {
      const p = this.#pending.get(data.id);
      if (!p) return;
      this.#pending.delete(data.id);
      if (data.error) {
        const E = ERRORS[data.error.name] ?? Error;
        p.reject(new E(data.error.message));
      } else if (data.json) {
        const text = new TextDecoder().decode(data.json);
        p.resolve(data.parse ? JSON.parse(text) : text);
      } else {
        p.resolve(data.result);
      }
    };
    worker.onerror = (e) => {
      // a worker that failed answers nothing more: later calls reject at once
      this.#failed = new Error(`corroborate worker failed: ${e.message ?? 'error'}; create a new comparator`);
      for (const p of this.#pending.values()) p.reject(this.#failed);
      this.#pending.clear();
    };
  }

  _call(method, args) {
    if (!this.#worker) return Promise.reject(new Error('this comparator has been disposed'));
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, method, args });
    });
  }

  /** compare() in the worker; resolves to the same result as the main-thread API. */
  compare(articles, options = {}) { return this._call('compare', [articles, options]); }
  /** compareJson() in the worker. */
  compareJson(articles, options = {}) { return this._call('compareJson', [articles, options]); }
  /** segment() in the worker. */
  segment(articles, options = {}) { return this._call('segment', [articles, options]); }

  /** Stops the worker. */
  dispose() {
    this.#worker?.terminate();
    this.#worker = null;
    for (const p of this.#pending.values()) p.reject(new Error('this comparator has been disposed'));
    this.#pending.clear();
  }
}
