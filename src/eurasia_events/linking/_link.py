""":func:`link`: records of many articles grouped into clusters of one real-world event."""

from __future__ import annotations

import datetime
import gc
from collections import defaultdict
from typing import Any, Iterable, Mapping

from ..errors import InputTypeError, InputValueError
from ..model.events import Event, event_id
from ._candidates import _SIDED_DEFAULT, _candidate_pairs
from ._features import (
    _Feat,
    _features,
    _merge_feat,
    _news_day,
    _set_news_window,
    _set_window,
)
from ._merging import _STATUS_RANK, _merge
from ._rules import _most_covered, _Rules
from .clusters import EventCluster, LinkReason, TimelineEntry

__all__ = ["link"]


_SIGNING_DEFAULT = frozenset({"MemorandumSigned", "AgreementSigned"})

_MARGIN = 1  # a vague record picks the best of several clusters only when it leads by this

_MAX_JOINT = 8  # a vague record joins at most this many compatible clusters together

_STORY_BONUS = 2  # a candidate reported by the articles that report another event of the record's article

# --------------------------------------------------------------------------- link


def _as_date(value: Any, source: str) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputValueError(f"published[{source!r}] must be a date or an ISO date string, got {value!r}")


def link(
    records: Iterable[Event],
    *,
    explain: bool = True,
    published: Mapping[str, datetime.date | str] | None = None,
    compatible: Iterable[Iterable[str]] = (),
    tolerance_days: int = 0,
) -> list[EventCluster]:
    """Group records of the same real-world event, from different articles, into clusters.

    Two records are linked when nothing rules it out (same type or a declared compatible
    one; overlapping dates, or a coarse date containing the other; no different city,
    country, edition or organizations; for meetings, visits and signings one side's
    countries a subset of the other's; for signings no different parties, document
    titles or subjects, the subject read from the title and the evidence text) and something ties them (a shared participant, person by surname, side or
    organization, or names sharing half their words; an undated record needs shared name
    words, or the same city and a shared participant). Links are applied strongest first
    and only when the two clusters stay compatible as wholes, so a month-level record
    never joins two different day-level events. Every record is in exactly one cluster.

    Records are blocked by type group, day (day/week dates) or month (coarser dates, up
    to 13 months) and a shared anchor (country, organization, person name token, name
    word); undated records by name word or city plus actor. The work grows with the
    number of records that share a block, not with all pairs.

    Args:
        records: :class:`~eurasia_events.model.events.Event` records, with ``source`` set.
        explain: record the reasons of each link in ``EventCluster.reasons``.
        published: publication date per source; with it the timeline is in publication
            order, the merged status is that of the latest-published member, and a record
            without a day-level date is taken to describe an event within days of its
            article (past: ``PAST_WINDOW_DAYS`` before, planned: ``PLANNED_WINDOW_DAYS``
            after, ongoing: ``ONGOING_WINDOW_DAYS`` around): a day-level record in that
            window ties it ("published 2024-05-14, 1 day after") and outranks others. A
            record dated only by its publication day (one day, equal to it, ``date.text``
            None: the spec's day's news) gets that window instead of the exact day. A
            record with a window reported as past cannot be of a later event, one planned
            not of an earlier one, and one with no date of its own not of an event more
            than ``UNDATED_REACH_DAYS`` beyond its window.
        compatible: groups of type names that may describe the same event, e.g.
            ``[("Summit", "Meeting")]``; by default every type links only with itself.
        tolerance_days: how many days apart two dates may be and still overlap.

    Returns:
        The clusters, sorted by date, type and id.

    Raises:
        InputTypeError: a record is not an Event.
        InputValueError: a negative ``tolerance_days`` or an unreadable publication date.

    Example:
        >>> from eurasia_events.model import Forum
        >>> [len(c.records) for c in link([Forum(name="Baku Energy Forum", source="x"),
        ...                                Forum(name="Baku Energy Week Forum", source="y"),
        ...                                Forum(name="Tashkent Investment Forum", source="z")])]
        [2, 1]

    .. versionadded:: 0.1.0
    """
    # Linking builds a great many small long-lived objects (features, blocks, candidate
    # lists) and no reference cycles: with the cyclic garbage collector on, its full
    # passes over them and the caller's records took a third of the time.
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _link(records, explain, published, compatible, tolerance_days)
    finally:
        if enabled:
            gc.enable()


def _link(
    records: Iterable[Event],
    explain: bool,
    published: Mapping[str, datetime.date | str] | None,
    compatible: Iterable[Iterable[str]],
    tolerance_days: int,
) -> list[EventCluster]:
    records = list(records)
    for n, r in enumerate(records):
        if not isinstance(r, Event):
            raise InputTypeError(f"link() needs Event records; item {n} is a {type(r).__name__}: {r!r:.80}")
    if not isinstance(tolerance_days, int) or tolerance_days < 0:
        raise InputValueError(f"tolerance_days must be an integer >= 0, got {tolerance_days!r}")
    pub = {str(k): _as_date(v, str(k)) for k, v in (published or {}).items()}
    group_of: dict[str, str] = {}
    group_types: dict[str, list[str]] = defaultdict(list)
    for names in compatible:
        names = sorted(set(names))
        for name in names:
            group_of[name] = names[0]
    for name, g in group_of.items():
        group_types[g].append(name)
    rules = _Rules(tolerance_days, _SIDED_DEFAULT, _SIGNING_DEFAULT)

    ids = [r.id for r in records]

    def full_key(k: int) -> tuple:
        return (
            ids[k],
            records[k].source or "",
            records[k].status,
            [(e.start, e.end) for e in records[k].evidence],
            [(p.title or "", p.name) for p in records[k].participants],
        )

    # by the full key: by its first three parts, then the (rare) runs of equal ones by all
    heads = [(ids[k], r.source or "", r.status) for k, r in enumerate(records)]
    order = sorted(range(len(records)), key=heads.__getitem__)
    start = 0
    for end in range(1, len(order) + 1):
        if end == len(order) or heads[order[end]] != heads[order[start]]:
            if end - start > 1:
                order[start:end] = sorted(order[start:end], key=full_key)
            start = end
    recs = [records[k] for k in order]
    rec_ids = [ids[k] for k in order]
    feats = []
    for r in recs:
        g = group_of.get(r.event_type, r.event_type)
        f = _features(r, g, r.event_type in rules.signing)
        if r.source is not None and r.source in pub:
            if _news_day(r, pub[r.source]):
                _set_news_window(f, r.status, pub[r.source])
            else:
                _set_window(f, r.status, pub[r.source])
        feats.append(f)
    kinds = {g: rules.kind(group_types.get(g) or [g]) for g in {f.group for f in feats}}

    strong: list[tuple[int, int, int]] = []
    weak: dict[int, list[tuple[int, int]]] = defaultdict(list)
    specific = [rules.specific(f) for f in feats]
    n_recs = len(feats)
    conflict = rules.conflict
    pairs = _candidate_pairs(feats, tolerance_days)
    by_source: dict[str, list[int]] = defaultdict(list)  # the records of each article
    for k, r in enumerate(recs):
        if r.source is not None:
            by_source[r.source].append(k)
    # a vague record whose article has other records keeps its conflict-free candidates
    # that nothing else ties: the story may (below)
    companions = [r.source is not None and len(by_source[r.source]) > 1 for r in recs]
    for pair in pairs:
        i, j = divmod(pair, n_recs)
        a, b = feats[i], feats[j]
        if a.city and b.city and a.city != b.city:
            continue  # the commonest conflict, checked here first
        if conflict(a, b, kinds[a.group]) is not None:
            continue
        ev = rules.evidence(a, b, False)
        if ev is None:
            if companions[i] and not specific[i]:
                weak[i].append((0, j))
            if companions[j] and not specific[j]:
                weak[j].append((0, i))
            continue
        if specific[i] and specific[j]:
            strong.append((-ev[0], i, j))
        else:
            if not specific[i]:
                weak[i].append((ev[0], j))
            if not specific[j]:
                weak[j].append((ev[0], i))
    strong.sort()

    parent = list(range(len(recs)))
    size = [1] * len(recs)  # records per cluster (by root)
    notes: dict[tuple[int, int], str] = {}  # why a vague record joined, beyond the evidence
    summary: dict[int, _Feat] = {}
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(i: int, j: int) -> bool:
        ri, rj = find(i), find(j)
        if ri == rj:
            return False
        si, sj = summary.get(ri, feats[ri]), summary.get(rj, feats[rj])
        if rules.conflict(si, sj, kinds[si.group]) is not None:
            return False
        root, other = (ri, rj) if ri < rj else (rj, ri)
        parent[other] = root
        size[root] += size[other]
        summary[root] = _merge_feat(si, sj)
        summary.pop(other, None)
        links[root].extend(links.pop(other, []))
        links[root].append((min(i, j), max(i, j)))
        return True

    def joinable(roots: list[int]) -> bool:
        """Whether clusters could all be one event (no two of them conflict)."""
        merged = summary.get(roots[0], feats[roots[0]])
        for r in roots[1:]:
            other = summary.get(r, feats[r])
            if rules.conflict(merged, other, kinds[merged.group]) is not None:
                return False
            if merged.words and other.words and not (merged.words & other.words):
                return False  # two differently named events: a vague record joins neither
            merged = _merge_feat(merged, other)
        return True

    # 1. Links between specific records, strongest first.
    for _neg, i, j in strong:
        union(i, j)
    # 2. A vague record (no day-level date, one side only, an untitled signing...) joins
    #    a cluster that holds a specific record only when all its candidates of that kind
    #    are in that one cluster; with no such candidate, it joins its vague partners.
    anchored = {find(k) for k in range(len(recs)) if specific[k]}

    def decide(v: int) -> tuple[tuple, list[tuple[int, int]], str | None] | None:
        """Where vague record ``v`` goes: (priority, [(score, record)...], what besides
        the evidence decided it) or None."""
        here = find(v)
        if here in anchored:
            return None
        by_root: dict[int, tuple[int, int]] = {}
        for score, o in weak[v]:
            r = find(o)
            if r != here and (r not in by_root or (-score, o) < (-by_root[r][0], by_root[r][1])):
                by_root[r] = (score, o)
        # a cluster that conflicts with this record's cluster as a whole (another member
        # names a different city, other persons, another article's record...) is no candidate
        mine = summary.get(here, feats[here])
        for r in list(by_root):
            theirs = summary.get(r, feats[r])
            if rules.conflict(mine, theirs, kinds[mine.group]) is not None:
                del by_root[r]
                continue
            # the cluster as a whole may tie more than its best single member (one member
            # gives the edition, another the city)
            whole = rules.evidence(mine, theirs, False)
            if whole is not None and whole[0] > by_root[r][0]:
                by_root[r] = (whole[0], by_root[r][1])
        told: set[int] = set()  # candidates the story lifted
        if by_root:
            # the story: a candidate that articles reporting another event of this
            # record's article also report (the visit's talks; the summit's sidelines)
            story: set[str] = set()
            for src in mine.sources:
                for w in by_source[src]:
                    rw = find(w)
                    if rw != here:
                        story |= summary.get(rw, feats[rw]).sources
            story -= mine.sources
            if story:
                for r in by_root:
                    if not story.isdisjoint(summary.get(r, feats[r]).sources):
                        by_root[r] = (by_root[r][0] + _STORY_BONUS, by_root[r][1])
                        told.add(r)
        for r in [r for r in by_root if by_root[r][0] <= 0]:
            del by_root[r]  # conflict-free, but tied neither by evidence nor by the story
        strong_roots = sorted((r for r in by_root if r in anchored), key=lambda r: (-by_root[r][0], by_root[r][1]))
        ranked = strong_roots or sorted(by_root, key=lambda r: (-by_root[r][0], by_root[r][1]))
        if not ranked:
            return None
        best = by_root[ranked[0]][0]
        lead = best - by_root[ranked[1]][0] if len(ranked) > 1 else 10**6
        margin = _MARGIN if feats[v].words or feats[v].subject or feats[v].group not in rules.signing else 10**6
        note = None
        if lead >= margin:
            targets = [by_root[ranked[0]]]
            if ranked[0] in told:
                note = "the same story: articles that report another event of its article report this one"
        elif (covered := _most_covered(ranked, by_root, size, margin)) is not None:
            root, runner_up = covered
            targets = [by_root[root]]
            note = f"more widely reported than the other candidate(s): {size[root]} records against {runner_up}"
        elif len(ranked) <= _MAX_JOINT and joinable(ranked):
            targets = [by_root[r] for r in ranked]
        else:
            return None
        # surest first: one candidate, then the widest lead, then the best score
        return (-min(lead, 10**6), -best, bool(not strong_roots), v), targets, note

    for _pass in range(3):
        changed = False
        order = sorted((d[0], v) for v in weak if (d := decide(v)) is not None)
        for _key, v in order:
            d = decide(v)  # earlier joins of this pass may have changed the candidates
            if d is None:
                continue
            for _score, o in d[1]:
                was = find(o) in anchored or find(v) in anchored
                if union(v, o):
                    changed = True
                    if d[2] is not None:
                        notes[(min(v, o), max(v, o))] = d[2]
                    if was:
                        anchored.add(find(v))
        if not changed:
            break

    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(recs)):
        members[find(k)].append(k)
    clusters = []
    cluster_ids = []
    for root, ks in members.items():
        ms = [recs[k] for k in ks]  # already in the deterministic order
        pos = {k: n for n, k in enumerate(ks)}
        reasons: tuple[LinkReason, ...] = ()
        if explain:
            out = []
            for i, j in sorted(links.get(root, []), key=lambda p: (pos[p[0]], pos[p[1]])):
                ev = rules.evidence(feats[i], feats[j], True)
                why = [f"same type {recs[i].event_type}" if recs[i].event_type == recs[j].event_type
                       else f"compatible types {recs[i].event_type}, {recs[j].event_type}"]
                out.append(LinkReason(pos[i], pos[j], tuple(why + (ev[1] if ev else []) + ([notes[(i, j)]] if (i, j) in notes else []))))
            reasons = tuple(out)
        timeline = [TimelineEntry(m.source, m.status, m.date, pub.get(m.source or "")) for m in ms]
        if pub:
            timeline.sort(key=lambda t: (t.published or datetime.date.max, _STATUS_RANK[t.status], t.source or ""))
        else:
            timeline.sort(key=lambda t: (_STATUS_RANK[t.status], t.source or ""))
        event = _merge(ms, pub) if len(ms) > 1 else ms[0]
        clusters.append(EventCluster(event=event, records=tuple(ms), reasons=reasons, timeline=tuple(timeline)))
        cluster_ids.append(event_id(event) if len(ms) > 1 else rec_ids[ks[0]])  # the cluster's id

    def cluster_key(n: int) -> tuple:
        d = clusters[n].event.date
        return (d is None or d.start is None, d.start if d and d.start else datetime.date.min,
                clusters[n].event.event_type, cluster_ids[n])

    return [clusters[n] for n in sorted(range(len(clusters)), key=cluster_key)]
