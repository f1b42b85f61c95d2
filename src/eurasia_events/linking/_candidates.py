"""Blocking: the pairs of records worth comparing, through shared anchors (days, months,
names, sides), so linking stays near-linear in the number of records.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Sequence

from ._features import _PERSON_SIDED, _Feat

#: Types whose sides (countries / organizations represented) must agree: one record's sides
#: a subset of the other's. Summits and forums are many-sided; outlets name different subsets.
_SIDED_DEFAULT = frozenset({"Meeting", "Visit", "MemorandumSigned", "AgreementSigned"})

_NULL_POSTING_CAP = 200  # an undated record is not compared through an anchor this common

# --------------------------------------------------------------------------- blocking


def _anchors(f: _Feat) -> set[str]:
    out = {"s:" + s for s in f.sides}
    out.update("t:" + t[:4] for t in f.subject)  # a signing's subject stems (they meet on these)
    out.update("o:" + o for o in f.orgs)
    out.update("w:" + w for w in f.words)
    for p in f.persons:
        out.update("p:" + t for t in p.tokens)
    return out


def _month_anchors(f: _Feat) -> set[str]:
    """Anchors for month blocks, which are large: no single country, no first names."""
    out = {"o:" + o for o in f.orgs}
    out.update("w:" + w for w in f.words)
    out.update("p:" + p.last for p in f.persons)
    sides = sorted(f.sides)
    if len(sides) == 1:
        out.add("s:" + sides[0])
    elif len(sides) <= 6:
        out.update(f"ss:{x}|{y}" for n, x in enumerate(sides) for y in sides[n + 1 :])
    return out


def _null_anchors(f: _Feat) -> set[str]:
    """Anchors an undated record is looked up by: name words, or city with an actor."""
    out = {"w:" + w for w in f.words}
    # a signing by the start of each subject stem (stems that meet share their first four
    # letters) and a side
    out.update(f"t:{t[:4]}|{s}" for t in f.subject for s in f.sides)
    if f.city:
        out.update(f"c:{f.city}|{a}" for a in _anchors(f) if not a.startswith(("w:", "s:")))
    return out


def _months(lo: int, hi: int) -> list[tuple[int, int]]:
    a, b = datetime.date.fromordinal(lo), datetime.date.fromordinal(hi)
    out = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _candidate_pairs(feats: Sequence[_Feat], tol: int) -> set[int]:
    """Pairs of record indexes that share a type group, a time block and an anchor, each
    pair ``(i, j)``, ``i < j``, as the number ``i * len(feats) + j``."""
    n = len(feats)
    day: dict[tuple, list[int]] = defaultdict(list)
    month_fine: dict[tuple, list[int]] = defaultdict(list)
    month_coarse: dict[tuple, list[int]] = defaultdict(list)
    null_index: dict[tuple, list[int]] = defaultdict(list)
    window: dict[tuple, list[int]] = defaultdict(list)  # undated records with a publication window
    news: dict[tuple, list[int]] = defaultdict(list)  # records dated only by their publication day
    undated: list[tuple[int, list[list[int]]]] = []  # with the postings of their anchors
    # dated records of two to six sides by month and side, and the one-sided dated records
    # that look them up (fine ones only among the coarse: the day blocks pair fine ones)
    side_fine: dict[tuple, list[int]] = defaultdict(list)
    side_coarse: dict[tuple, list[int]] = defaultdict(list)
    one_sided: list[tuple[int, bool, list[tuple]]] = []
    # Every posting list below holds a record at most once (its keys are distinct), in
    # increasing order of index.
    for i, f in enumerate(feats):
        group = f.group
        postings = []
        for a in _null_anchors(f):
            posting = null_index[(group, a)]
            posting.append(i)
            postings.append(posting)
        if f.lo is None:
            undated.append((i, postings))
        if f.wlo is not None:
            # an undated or coarse record (a month, a season) with a publication window: in
            # the day blocks of its window, with a day record's anchors
            anchors = _anchors(f)
            if f.city:
                anchors.add("c:" + f.city)
            for d in range(f.wlo, f.whi + tol + 1):  # type: ignore[operator]
                for a in anchors:
                    window[(group, d, a)].append(i)
            if f.news:
                for a in anchors:
                    news[(group, f.pub, a)].append(i)
        if f.lo is None:
            continue
        hi = f.hi + tol  # type: ignore[operator]
        if f.fine:
            anchors = _anchors(f)
            if f.city and (group in _PERSON_SIDED or group not in _SIDED_DEFAULT):
                # one-sided reports of the two sides of talks; forum and summit reports that
                # name no one the other names
                anchors.add("c:" + f.city)
            for d in range(f.lo, hi + 1):
                for a in anchors:
                    day[(group, d, a)].append(i)
            target = month_fine
        else:
            target = month_coarse
        month_anchors = _month_anchors(f)
        months = _months(f.lo, hi)
        for ym in months:
            for a in month_anchors:
                target[(group, ym, a)].append(i)
        if 2 <= len(f.sides) <= 6:
            # met by one-sided records of the month (below): "talks with Kazakhstan in
            # March" and the Kazakhstan-Uzbekistan talks of March 12
            sides_target = side_fine if f.fine else side_coarse
            for ym in months:
                for side in f.sides:
                    sides_target[(group, ym, side)].append(i)
        elif len(f.sides) == 1:
            if f.wlo is not None and not f.fine:  # a coarse date: the months of its window
                months = _months(f.wlo, f.whi + tol)  # type: ignore[operator]
            one_sided.append((i, f.fine, [(group, ym, next(iter(f.sides))) for ym in months]))
    pairs: set[int] = set()
    add, update = pairs.add, pairs.update
    for members in day.values():
        m = len(members)
        if m == 2:
            add(members[0] * n + members[1])
        elif m > 2:
            for x in range(m - 1):
                base = members[x] * n
                update([base + y for y in members[x + 1 :]])
    for key, ws in window.items():
        # with the day-level records of those days only: two undated records need more
        # than their windows, and the undated lookup below finds those pairs
        js = day.get(key)
        if js:
            for i in ws:
                base = i * n
                update([base + j if i < j else j * n + i for j in js])
    for (g, d, a), ns in news.items():
        # the day's news of one day, and of that day and the next
        nxt = news.get((g, d + 1, a), ())
        for x, nx in enumerate(ns):
            base = nx * n
            update([base + ny for ny in ns[x + 1 :]])
            if nxt:
                update([base + ny if nx < ny else ny * n + nx for ny in nxt])
    for key, coarse in month_coarse.items():
        fine = month_fine.get(key, ())
        for x, cx in enumerate(coarse):
            base = cx * n
            update([base + cy for cy in coarse[x + 1 :]])
            if fine:
                update([base + fy if cx < fy else fy * n + cx for fy in fine])
    for i, fine, keys in one_sided:
        base = i * n
        for key in keys:
            for index in (side_coarse,) if fine else (side_coarse, side_fine):
                js = index.get(key)
                if js:
                    update([base + j if i < j else j * n + i for j in js])
    for i, postings in undated:
        base = i * n
        for posting in postings:
            if len(posting) > _NULL_POSTING_CAP:
                continue
            update([base + j if i < j else j * n + i for j in posting if j != i])
    return pairs
