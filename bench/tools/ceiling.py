#!/usr/bin/env python3
"""The best claim-pair F1 that any engine keeping at most K sentences of an article in one claim
could score against an annotation (a development aid; not part of the package).

score.py counts a pair of annotated sentences of two articles as found when the two share a claim.
An annotation often gives one article two sentences or more in one claim (a lead that packs
several claims, and the body sentence that tells one of them again), and a sentence in several
claims. An engine that, like this one (design.md, "at most one sentence per article per claim"),
puts one sentence per article in each claim must leave out the pairs of the others. This finds,
for each claim, which of an article's sentences to keep so that the most annotated pairs are still
found, everything else being perfect (an exact search): no engine under that rule scores more.

    python3 bench/tools/ceiling.py [--per-article K] GOLD.json ...
"""
import argparse, collections, itertools, json

NODES = 200000  # past this, a range: the best found, and a bound no choice exceeds


def unit(member):  # an annotated sentence, as score.py tells them apart
    return member['article'], member['quote'], member.get('occurrence', 1)


def ones(mask):
    return bin(mask).count('1')


def units_of(gold):
    units = collections.defaultdict(set)
    for c in gold['claims']:
        for m in c['members']:
            units[unit(m)].add(c['id'])
    return units


def ceiling(gold, k):
    units = units_of(gold)
    wanted = [frozenset((u, v)) for u, v in itertools.combinations(units, 2) if u[0] != v[0] and units[u] & units[v]]
    if not wanted:
        return 1.0, 0
    bit = {p: 1 << i for i, p in enumerate(wanted)}
    # Per claim: the annotated pairs it keeps for each way of choosing which k sentences of each
    # article stay in it (as a bit set).  A claim's choice touches only its own pairs, so the best
    # is the choice per claim whose pairs, together, are the most: found by branch and bound.
    options = []
    for c in gold['claims']:
        by = collections.defaultdict(list)
        for m in c['members']:
            u = unit(m)
            if u not in by[m['article']]:
                by[m['article']].append(u)
        slots = [list(itertools.combinations(us, min(k, len(us)))) for us in by.values()]
        masks = set()
        for chosen in itertools.product(*slots):
            mask = 0
            for a, b in itertools.combinations(chosen, 2):
                for u in a:
                    for v in b:
                        mask |= bit.get(frozenset((u, v)), 0)
            masks.add(mask)
        options.append(sorted(masks, key=lambda m: -ones(m)))
    fixed = 0
    for masks in options:
        if len(masks) == 1:
            fixed |= masks[0]
    free = [masks for masks in options if len(masks) > 1]
    free.sort(key=len)
    rest = [0] * (len(free) + 1)  # what the claims from i on could add at most
    for i in range(len(free) - 1, -1, -1):
        rest[i] = rest[i + 1]
        for m in free[i]:
            rest[i] |= m
    got = fixed  # a first answer, greedily, so that the search cuts early
    for masks in free:
        got |= max(masks, key=lambda m: ones(got | m))
    best, nodes = ones(got), 0

    def bound(i, got):  # what the claims from i on can bring at most: all their pairs, or each its best
        return min(ones(got | rest[i]), ones(got) + sum(max(ones(m & ~got) for m in masks) for masks in free[i:]))

    def search(i, got):
        nonlocal best, nodes
        nodes += 1
        if nodes > NODES or bound(i, got) <= best:
            return
        if i == len(free):
            best = ones(got)
            return
        for m in sorted(free[i], key=lambda m: -ones(got | m)):
            search(i + 1, got | m)

    search(0, fixed)
    if nodes > NODES:  # (not proved: the best found and what no choice can exceed)
        return tuple(2 * r / (1 + r) for r in (best / len(wanted), bound(0, fixed) / len(wanted))), len(wanted)
    recall = best / len(wanted)
    return 2 * recall / (1 + recall), len(wanted)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--per-article', type=int, default=1)
    ap.add_argument('gold', nargs='+')
    a = ap.parse_args()
    values = []
    for path in a.gold:
        f1, pairs = ceiling(json.load(open(path)), a.per_article)
        if isinstance(f1, tuple):
            print(f'{path}: {pairs} annotated pairs, best claim-pair F1 {f1[0]:.3f} to {f1[1]:.3f} (search cut short)')
            f1 = f1[1]
        else:
            print(f'{path}: {pairs} annotated pairs, best claim-pair F1 {f1:.3f}')
        values.append(f1)
    if len(values) > 1:
        print(f'mean over {len(values)}: {sum(values) / len(values):.4f} (lowest {min(values):.3f}; a range counts its top)')


if __name__ == '__main__':
    main()
