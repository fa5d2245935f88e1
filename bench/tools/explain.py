#!/usr/bin/env python3
"""What a score.py figure is made of (a development aid; not part of the package): the claim pairs
missed (FN) and wrongly made (FP), the boilerplate units missed and the content units marked
boilerplate, by the same matching rules as ../shared/eval/score.py.

    node js/cli.js compare BUNDLE > build/r.json
    python3 bench/tools/explain.py build/r.json --bundle BUNDLE --gold GOLD [--only fn,fp,boiler]
"""
import argparse, importlib.util, itertools, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('score', os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

ap = argparse.ArgumentParser()
ap.add_argument('result')
ap.add_argument('--bundle', required=True)
ap.add_argument('--gold', required=True)
ap.add_argument('--only', default='fn,fp,boiler')
a = ap.parse_args()
only = set(a.only.split(','))
gold, bundle, res = (json.load(open(p)) for p in (a.gold, a.bundle, a.result))
texts = {x['id']: x['text'] for x in bundle['articles']}
by_id = {x['id']: x for x in res['articles']}


def sentences(art, s, e):
    return [x for x in by_id[art]['sentences'] if score.overlap(s, e, x['start'], x['end']) > 0]


def claims_of(art, s, e):
    out = set()
    for x in sentences(art, s, e):
        ov = score.overlap(s, e, x['start'], x['end'])
        if ov * 2 >= e - s or ov * 2 >= x['end'] - x['start']:
            out |= set(x.get('claims') or [])
    return out


units = {}
for c in gold['claims']:
    for m in c['members']:
        s, e = score.locate(texts[m['article']], m['quote'], m.get('occurrence', 1))
        units.setdefault((m['article'], s, e), set()).add(c['id'])
# (offsets are UTF-16 code units: sliced as such, so that text after an emoji shows where it is)
show = lambda u: f"{u[0]}: {texts[u[0]].encode('utf-16-le')[2 * u[1]:2 * u[2]].decode('utf-16-le', 'replace')[:150]}"
for u, v in itertools.combinations(units, 2):
    if u[0] == v[0]:
        continue
    g, p = bool(units[u] & units[v]), bool(claims_of(*u) & claims_of(*v))
    if g and not p and 'fn' in only:
        print(f"FN {sorted(units[u] & units[v])}\n   {show(u)}\n   {show(v)}")
    if p and not g and 'fp' in only:
        print(f"FP gold {sorted(units[u])} / {sorted(units[v])}\n   {show(u)}\n   {show(v)}")
if 'boiler' in only:
    # (score.py's rules: a unit counts as marked when half of it or more is)
    def marked(art, s, e):
        return sum(score.overlap(s, e, x['start'], x['end']) for x in sentences(art, s, e)
                   if x['kind'] == 'boilerplate') * 2 >= e - s
    for b in gold['boilerplate']:
        s, e = score.locate(texts[b['article']], b['quote'], b.get('occurrence', 1))
        if not marked(b['article'], s, e):
            kinds = [x['kind'] for x in sentences(b['article'], s, e)]
            print(f"BOILER MISSED {b['article']}: {b['quote'][:100]!r} -> {kinds}")
    for u in units:
        if marked(*u):
            print(f"CONTENT AS BOILER {show(u)}")
