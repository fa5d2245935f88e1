// Peers on the same work: the 10 pairs of the five demo articles through jsdiff's diffWords and
// diff-match-patch, against one compare() of the five articles (wasm in this process, and the
// native CLI), in interleaved rounds so that drift in machine load hits every contestant alike.
// Also what each finds, so that speed is not bought with a worse answer.
import fs from 'node:fs';
import path from 'node:path';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { createComparator } from '../js/index.js';
import { STORY_PATH, SCRATCH, loadStory, timeIt, timeNative, summary, median, round, countWords, WORD_RE } from './lib.mjs';

export const pairsOf = (n) => {
  const pairs = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
};

export function jsdiffPair(a, b) {
  return diffWords(a, b);
}

export function dmpPair(a, b) {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;   // no time limit: the exact diff, as the brief asks
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

// Words jsdiff marks as common: the words of its unchanged parts.  (Counting tokens in the parts
// is exact for diffWords, whose parts are whole words.)
function jsdiffCommon(a, b) {
  const parts = jsdiffPair(a, b);
  const common = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + countWords(p.value), 0);
  return { common, wordsA: countWords(a), wordsB: countWords(b) };
}

// diff-match-patch works on characters and may cut inside a word; a word counts as common when
// all of its characters lie in EQUAL segments (on each side separately).
function dmpCommon(a, b) {
  const diffs = dmpPair(a, b);
  const inA = new Uint8Array(a.length), inB = new Uint8Array(b.length);
  let i = 0, j = 0;
  for (const [op, text] of diffs) {
    if (op === 0) {
      inA.fill(1, i, i + text.length);
      inB.fill(1, j, j + text.length);
    }
    if (op !== 1) i += text.length;
    if (op !== -1) j += text.length;
  }
  const commonWords = (s, mask) => {
    let n = 0;
    for (const m of s.matchAll(WORD_RE)) if (mask.subarray(m.index, m.index + m[0].length).every((x) => x)) n++;
    return n;
  };
  const cA = commonWords(a, inA), cB = commonWords(b, inB);
  return { common: (cA + cB) / 2, commonA: cA, commonB: cB, wordsA: countWords(a), wordsB: countWords(b) };
}

// What corroborate finds, for the whole set and for one pair: words of sentences that agree.
function corroborateFindings(articles, result) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let contentSentences = 0, agreeSentences = 0, contentWords = 0, agreeWords = 0;
  const sentenceWords = new Map();   // "id#index" -> words
  for (const ra of result.articles) {
    const text = byId.get(ra.id).text;
    ra.sentences.forEach((s, k) => {
      const w = countWords(text.slice(s.start, s.end));
      sentenceWords.set(`${ra.id}#${k}`, w);
      if (s.kind !== 'agree' && s.kind !== 'detail') return;   // content sentences only
      contentSentences++;
      contentWords += w;
      if (s.kind === 'agree') {
        agreeSentences++;
        agreeWords += w;
      }
    });
  }
  // For a pair: the words of each article's sentences that share a claim with the other article.
  const pairShare = (idA, idB) => {
    const linked = new Set();
    for (const c of result.claims) {
      const ids = new Set(c.members.map((m) => m.article));
      if (!ids.has(idA) || !ids.has(idB)) continue;
      for (const m of c.members) if (m.article === idA || m.article === idB) linked.add(`${m.article}#${m.sentence}`);
    }
    const wordsIn = (id) => [...linked].filter((k) => k.startsWith(`${id}#`)).reduce((n, k) => n + sentenceWords.get(k), 0);
    const wA = wordsIn(idA), wB = wordsIn(idB);
    const totalA = countWords(byId.get(idA).text), totalB = countWords(byId.get(idB).text);
    return { linkedWordsA: wA, linkedWordsB: wB, share: round((wA + wB) / (totalA + totalB), 3) };
  };
  return {
    contentSentences, agreeSentences, sentenceCoverage: round(agreeSentences / contentSentences, 3),
    contentWords, agreeWords, wordCoverage: round(agreeWords / contentWords, 3),
    claims: result.stats.claims, sharedClaims: result.stats.sharedClaims, verbatim: result.stats.verbatim,
    pairShare,
  };
}

function findings(articles, result) {
  const pairs = pairsOf(articles.length);
  const peers = {};
  for (const [name, fn] of [['jsdiff', jsdiffCommon], ['diff-match-patch', dmpCommon]]) {
    const all = pairs.map(([i, j]) => {
      const r = fn(articles[i].text, articles[j].text);
      // Dice-style share: common words over the words of both articles.
      return { pair: [articles[i].id, articles[j].id], ...r, share: round((2 * r.common) / (r.wordsA + r.wordsB), 3) };
    });
    const closest = all.reduce((best, x) => (x.share > best.share ? x : best));
    peers[name] = { closest, pairs: all.map((x) => ({ pair: x.pair, share: x.share })) };
  }
  const ours = corroborateFindings(articles, result);
  const [idA, idB] = peers.jsdiff.closest.pair;
  const { pairShare, ...set } = ours;
  return {
    peers,
    corroborate: { ...set, closestPair: { pair: [idA, idB], ...pairShare(idA, idB) } },
  };
}

/** Runs the comparison; `rounds` interleaved rounds, each with `inner` runs of the fast ones. */
export async function runPeers({ rounds = 7, inner = 10, log = console.log } = {}) {
  const articles = loadStory().articles;
  const pairs = pairsOf(articles.length);
  fs.mkdirSync(SCRATCH, { recursive: true });
  const empty = path.join(SCRATCH, 'empty.json');
  fs.writeFileSync(empty, '{"articles":[]}');

  const comparator = await createComparator();
  const first = timeIt(() => comparator.compare(articles));   // the cold call: reported apart
  const t = { jsdiff: [], dmp: [], wasm: [], wasmJson: [], nativeWall: [], nativeEmpty: [] };
  // Warm-up: one set of everything, not recorded (JIT, page cache).
  for (const [i, j] of pairs) jsdiffPair(articles[i].text, articles[j].text);
  for (const [i, j] of pairs) dmpPair(articles[i].text, articles[j].text);
  timeNative(['compare', STORY_PATH]);
  timeNative(['compare', empty]);

  for (let r = 0; r < rounds; r++) {
    t.jsdiff.push(timeIt(() => { for (const [i, j] of pairs) jsdiffPair(articles[i].text, articles[j].text); }));
    for (let k = 0; k < inner; k++) {
      t.wasm.push(timeIt(() => comparator.compare(articles)));
      t.wasmJson.push(timeIt(() => comparator.compareJson(articles)));
      // The empty bundle right next to the real one: the same process start-up, nothing to do.
      t.nativeEmpty.push(timeNative(['compare', empty]));
      t.nativeWall.push(timeNative(['compare', STORY_PATH]));
    }
    t.dmp.push(timeIt(() => { for (const [i, j] of pairs) dmpPair(articles[i].text, articles[j].text); }));
    log(`  round ${r + 1}/${rounds}: jsdiff ${t.jsdiff.at(-1).toFixed(0)} ms, dmp ${t.dmp.at(-1).toFixed(0)} ms, ` +
      `wasm ${median(t.wasm.slice(-inner)).toFixed(1)} ms, native ${(median(t.nativeWall.slice(-inner)) - median(t.nativeEmpty.slice(-inner))).toFixed(1)} ms`);
  }
  const result = comparator.compare(articles);
  comparator.dispose();

  const native = median(t.nativeWall) - median(t.nativeEmpty);
  const wasm = median(t.wasm);
  const ms = {
    jsdiff: summary(t.jsdiff), diffMatchPatch: summary(t.dmp),
    wasmCompare: summary(t.wasm), wasmCompareJson: summary(t.wasmJson), wasmFirstCompare: round(first, 3),
    nativeWall: summary(t.nativeWall), nativeEmptyBundle: summary(t.nativeEmpty), native: round(native, 3),
  };
  return {
    input: { articles: articles.length, pairs: pairs.length, words: articles.reduce((n, a) => n + countWords(a.text), 0) },
    rounds, inner, ms,
    ratios: {
      jsdiffOverWasm: round(median(t.jsdiff) / wasm, 1),
      dmpOverWasm: round(median(t.dmp) / wasm, 1),
      jsdiffOverNative: round(median(t.jsdiff) / native, 1),
      dmpOverNative: round(median(t.dmp) / native, 1),
      wasmOverNative: round(wasm / native, 2),
      wasmJsonOverNative: round(median(t.wasmJson) / native, 2),
    },
    findings: findings(articles, result),
  };
}
