#!/usr/bin/env bash
# Quality figures while working (`npm run eval`; needs ../shared/eval/score.py beside the repo):
# the demo story against the annotation in ../shared/eval/, every annotated test story (111 today)
# against the developers' own annotations (tests/data/*.gold.json, same format) and their means, then the labelled
# sentence pairs and every pair of the stories' annotated sentences, each pair compared alone as
# `corroborate batch` sees one line.
set -euo pipefail
cd "$(dirname "$0")/.."
SCORE=../shared/eval/score.py
[ -f "$SCORE" ] || { echo "eval: $SCORE not found (it comes with the project's inputs, beside the repo)" >&2; exit 1; }
mkdir -p build
echo "== demo story (raid-on-x), shared annotation"
node js/cli.js compare demo/stories/raid-on-x.json > build/result.json
python3 "$SCORE" build/result.json
: > build/eval-stories.txt
for gold in tests/data/*.gold.json; do
  story=$(basename "$gold" .gold.json)
  echo "== test story $story, its annotation ($gold)"
  node js/cli.js compare "tests/data/$story.json" > "build/result-$story.json"
  python3 "$SCORE" "build/result-$story.json" --bundle "tests/data/$story.json" --gold "$gold" | tee build/eval-story.txt
  echo "$story $(tail -1 build/eval-story.txt) $(grep '^claim pairs:' build/eval-story.txt | cut -d' ' -f3-6)" >> build/eval-stories.txt
done
# the stories' means: claim-pair F1 (all, English, French), boilerplate F1, repeats and verbatim runs
python3 - build/eval-stories.txt <<'PY'
import re, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def field(r, k):
    return next(x.split('=', 1)[1] for x in r if x.startswith(k + '='))
def mean(xs):
    return sum(xs) / len(xs) if xs else float('nan')
pf = {r[0]: float(field(r, 'pairF1')) for r in rows}
bf = [float(field(r, 'boilerF1')) for r in rows]
rep = [tuple(map(int, re.match(r'(\d+)/(\d+)\+(\d+)fp', field(r, 'repeat')).groups())) for r in rows]
ver = [tuple(map(int, field(r, 'verbatim').split('/'))) for r in rows]
# pooled over the stories' claim pairs (true pairs from each story's recall)
gold = sum(int(field(r, 'gold')) for r in rows)
predicted = sum(int(field(r, 'predicted')) for r in rows)
found = sum(int(field(r, 'gold')) * float(field(r, 'R')) for r in rows)
print(f"== {len(rows)} test stories: mean claim-pair F1 {mean(list(pf.values())):.4f} "
      f"(English {mean([v for k, v in pf.items() if k.startswith('en-')]):.4f}, "
      f"French {mean([v for k, v in pf.items() if k.startswith('fr-')]):.4f}; pooled "
      f"P {found / max(1, predicted):.3f} R {found / max(1, gold):.3f}), "
      f"mean boilerplate F1 {mean(bf):.4f}, repeats {sum(r[0] for r in rep)}/{sum(r[1] for r in rep)} "
      f"+{sum(r[2] for r in rep)} false, verbatim {sum(v[0] for v in ver)}/{sum(v[1] for v in ver)}")
PY
node bench/tools/pairs.mjs tests/data/sentence-pairs*.jsonl
node bench/tools/goldpairs.mjs
