#!/usr/bin/env bash
# Quality figures while working (`npm run eval`; needs ../shared/eval/score.py beside the repo):
# the demo story against the annotation in ../shared/eval/, the 111 annotated test stories
# against the developers' own annotations (tests/data/*.gold.json, same format), then the labelled
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
for story in en-derailment fr-incendie en-recall fr-tempete en-resign fr-usine en-outage fr-municipales en-final fr-epidemie en-heatwave fr-rachat en-verdict fr-transfert en-breach fr-remaniement en-ratedecision fr-saisie en-collision en-trial fr-maternite en-dementia fr-immeuble en-match en-wildfire fr-greve-transports en-bill fr-plan-social en-launch fr-bassine en-earnings en-monsoon fr-etude en-byelection fr-noyade en-bridge fr-electricite fr-musee en-spill en-landing fr-bac en-tribute fr-manif en-ruling fr-carambolage en-fares fr-cyclisme en-aid en-science fr-sante en-police en-keynote fr-festival fr-inflation en-fine en-ransomware fr-perquisition en-railstrike fr-autocar en-protest en-eruption fr-eboulement en-doping en-hospital fr-motion en-layoffs fr-corruption en-stranding fr-pollution en-drone fr-cyberattaque en-foodrecall en-avalanche fr-seisme en-ferry fr-compagnie en-mine fr-barrage en-budget fr-fouilles en-escape fr-ours en-pipeline fr-prix-litteraire en-extradition fr-grele en-zoo en-blast fr-deraillement en-settlement en-itoutage fr-assises en-marathon en-formula fr-inondations en-council en-study fr-feu en-tariff en-viral fr-franco fr-scrape fr-direct en-judgment en-derby en-preprint fr-senat fr-rugby en-outbreak en-shooting fr-agriculteurs; do
  echo "== test story $story, its annotation (tests/data/$story.gold.json)"
  node js/cli.js compare "tests/data/$story.json" > "build/result-$story.json"
  python3 "$SCORE" "build/result-$story.json" --bundle "tests/data/$story.json" --gold "tests/data/$story.gold.json"
done
node bench/tools/pairs.mjs
node bench/tools/pairs.mjs tests/data/sentence-pairs-2.jsonl
node bench/tools/pairs.mjs tests/data/sentence-pairs-3.jsonl
node bench/tools/pairs.mjs tests/data/sentence-pairs-4.jsonl
node bench/tools/pairs.mjs tests/data/sentence-pairs-5.jsonl
node bench/tools/pairs.mjs tests/data/sentence-pairs-6.jsonl
node bench/tools/pairs.mjs tests/data/sentence-pairs-7.jsonl
node bench/tools/goldpairs.mjs
