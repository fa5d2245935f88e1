// Nothing leaks across calls: 1,000 compares leave the wasm heap as they found it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createComparator } from '../../js/index.js';
import { loadStory } from './helpers.mjs';

test('1,000 compare() calls (and failing ones) leave the heap in use where it was', async () => {
  const comparator = await createComparator();
  const story = loadStory();
  const small = story.articles.map((a) => ({ ...a, text: a.text.slice(0, 1500) }));
  comparator.compare(small);  // warm up: static tables, ICU caches
  const start = comparator.heapInUse();
  for (let i = 0; i < 1000; i++) {
    comparator.compare(small);
    if (i % 100 === 0) assert.throws(() => comparator.compare(small, { threshold: -1 }));
  }
  const end = comparator.heapInUse();
  assert.ok(end <= start + 4096, `heap in use grew from ${start} to ${end} bytes`);
  comparator.dispose();
});
