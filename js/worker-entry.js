// Runs inside the Web Worker that corroborate/worker starts: one comparator, answering messages
// { id, method, args } with { id, result } or { id, error: { name, message } }.
import { createComparator } from './index.js';

let comparator = null;

self.onmessage = async ({ data }) => {
  const { id, method, args } = data;
  try {
    if (method === 'init') {
      comparator = await createComparator(args[0] ?? {});
      self.postMessage({ id, result: true });
      return;
    }
    if (!comparator) throw new Error('the worker has no comparator');
    if (method !== 'compare' && method !== 'segment' && method !== 'compareJson') throw new Error(`unknown method ${method}`);
    // the result travels as JSON text in a transferable buffer: one copy, no structured clone
    const json = method === 'compareJson' || method === 'compare'
      ? comparator.compareJson(...args)
      : JSON.stringify(comparator.segment(...args));
    const bytes = new TextEncoder().encode(json);
    self.postMessage({ id, json: bytes.buffer, parse: method !== 'compareJson' }, [bytes.buffer]);
  } catch (err) {
    self.postMessage({ id, error: { name: err?.name ?? 'Error', message: err?.message ?? String(err) } });
  }
};
