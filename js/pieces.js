// The stretches of an article a result marks: one piece per stretch between any two sentence or
// span boundaries, with the sentence and the spans that cover it.  Shared by the highlighter,
// the HTML report and the demo, so they agree on what covers what.

/** [{ start, end, index, sentence, spans }] in text order, for one article of a compare() result. */
export function pieces(articleResult) {
  const out = [];
  const spans = articleResult.spans ?? [];
  articleResult.sentences.forEach((sentence, index) => {
    const inside = spans.filter((sp) => sp.start < sentence.end && sp.end > sentence.start);
    const cuts = new Set([sentence.start, sentence.end]);
    for (const sp of inside) {
      cuts.add(Math.max(sentence.start, sp.start));
      cuts.add(Math.min(sentence.end, sp.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < points.length; k++) {
      const [start, end] = [points[k], points[k + 1]];
      out.push({ start, end, index, sentence, spans: inside.filter((sp) => sp.start <= start && sp.end >= end) });
    }
  });
  return out;
}
