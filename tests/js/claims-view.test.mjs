// The demo's claims table: which version of a claim names its row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimText } from '../../demo/claims.js';
import { createComparator } from '../../js/index.js';
import { loadStory } from './helpers.mjs';

test('a claim\'s row is named by the version making the fewest claims, so a lead packing several does not name them all', async () => {
  const comparator = await createComparator();
  const story = loadStory();
  const result = comparator.compare(story.articles);
  const ctx = { articles: story.articles, result, index: new Map(story.articles.map((a, i) => [a.id, i])) };
  const sentenceOf = (m) => result.articles[ctx.index.get(m.article)].sentences[m.sentence];
  const textOf = (m) => { const s = sentenceOf(m); return story.articles[ctx.index.get(m.article)].text.slice(s.start, s.end); };
  for (const claim of result.claims) {
    const label = claimText(ctx, claim);
    const chosen = claim.members.find((m) => textOf(m) === label);
    assert.ok(chosen, `claim ${claim.id}: its label is one of its versions`);
    const fewest = Math.min(...claim.members.map((m) => sentenceOf(m).claims.length));
    assert.equal(sentenceOf(chosen).claims.length, fewest, `claim ${claim.id}: "${label.slice(0, 60)}…"`);
  }
  comparator.dispose();
});
