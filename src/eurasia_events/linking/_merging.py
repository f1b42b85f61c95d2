"""One merged record per cluster: the most informative name, date, place and participants."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Iterable, Mapping, Sequence

import attrs

from ..model.events import GRANULARITIES, ROLES, DateSpan, Event, Participant, Place
from ..model.ids import norm as _norm
from ._features import _news_day, _Person, _person_tokens, _same_person

_STATUS_RANK = {"planned": 0, "ongoing": 1, "past": 2}

_ROLE_RANK = {role: i for i, role in enumerate(ROLES)}  # host first, participant last

_GRAN_RANK = {g: i for i, g in enumerate(GRANULARITIES)}

# --------------------------------------------------------------------------- merging


def _informativeness(e: Event) -> tuple:
    gran = _GRAN_RANK.get(e.date.granularity, 9) if e.date and e.date.start else 99
    return (
        e.name is None,
        e.edition is None,
        gran,
        not (e.place and e.place.city),
        not (e.place and e.place.country),
        -len(e.participants),
        -len(e.organizations),
    )


def _best_date(members: Sequence[Event], published: Mapping[str, datetime.date] | None = None) -> DateSpan | None:
    # (date, dated only by the publication day): of two day-level dates, one the text
    # states wins over one taken from the publication day (the day's news)
    dated = [
        (m.date, bool(published) and _news_day(m, published.get(m.source or "")))  # type: ignore[union-attr]
        for m in members
        if m.date is not None and m.date.start is not None
    ]
    if not dated:
        return next((m.date for m in members if m.date is not None), None)
    votes = Counter((d.start, d.end, d.granularity, d.mod) for d, _ in dated)

    def rank(item: tuple[DateSpan, bool]) -> tuple:
        d, news = item
        return (
            _GRAN_RANK.get(d.granularity, 9),
            news,
            d.mod is not None,
            -votes[(d.start, d.end, d.granularity, d.mod)],
            -((d.end or d.start) - d.start).days,  # type: ignore[operator]
            d.start,
        )

    return min(dated, key=rank)[0]


def _best_place(members: Sequence[Event]) -> Place | None:
    places = [m.place for m in members if m.place is not None and (m.place.city or m.place.country)]
    if not places:
        return None
    votes = Counter((_norm(p.city), p.country) for p in places)
    return min(places, key=lambda p: (p.city is None, p.country is None, -votes[(_norm(p.city), p.country)], _norm(p.city)))


def _merge_participants(ordered: Sequence[Event]) -> tuple[Participant, ...]:
    groups: list[list[Participant]] = []
    index: dict[tuple[str, str], int] = {}
    person_groups: list[tuple[_Person, int]] = []
    for e in ordered:
        for p in e.participants:
            if p.kind == "person":
                tokens = _person_tokens(p.name)
                me = _Person(frozenset(tokens), tokens[-1] if tokens else _norm(p.name), p.country, p.name)
                for other, g in person_groups:
                    if _same_person(me, other):
                        groups[g].append(p)
                        break
                else:
                    person_groups.append((me, len(groups)))
                    groups.append([p])
                continue
            key = p.key if p.kind == "country" else (p.kind, _norm(p.name))
            if key in index:
                groups[index[key]].append(p)
            else:
                index[key] = len(groups)
                groups.append([p])
    merged = []
    for g in groups:
        roles = _count(p.role for p in g if p.role != "participant")
        role = min(roles, key=lambda r: (-roles[r], _ROLE_RANK[r])) if roles else "participant"
        first = g[0]
        if first.kind == "person":
            name = max((p.name for p in g), key=lambda n: (len(_person_tokens(n)), len(n)))
            titles = _count(p.title for p in g if p.title)
            countries = _count(p.country for p in g if p.country)
            merged.append(
                Participant.person(
                    name,
                    title=min(titles, key=lambda t: (-titles[t], t)) if titles else None,
                    country=min(countries, key=lambda c: (-countries[c], c)) if countries else None,
                    role=role,
                )
            )
        else:
            merged.append(attrs.evolve(first, role=role))
    return tuple(merged)


def _count(items: Iterable[str]) -> dict[str, int]:
    """How often each item occurs, in the order of first occurrence (a plain Counter)."""
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def _merge(members: Sequence[Event], published: Mapping[str, datetime.date]) -> Event:
    types = Counter(m.event_type for m in members)
    top = max(types.values())
    ordered = sorted(members, key=_informativeness)  # stable: members are already sorted
    main_type = next(m.event_type for m in ordered if types[m.event_type] == top)
    best = next(m for m in ordered if m.event_type == main_type)
    named = next((m for m in ordered if m.name), None)
    edition = next((m.edition for m in ordered if m.edition is not None), None)
    orgs = sorted({o for m in members for o in m.organizations})
    if published and any(m.source in published for m in members):
        latest = max(
            members,
            key=lambda m: (published.get(m.source or "", datetime.date.min), _STATUS_RANK[m.status]),
        )
        status = latest.status
    else:
        status = max((m.status for m in members), key=_STATUS_RANK.__getitem__)
    evidence = tuple(ev for m in members for ev in m.evidence)
    return attrs.evolve(
        best,
        name=named.name if named else None,
        edition=edition,
        organizations=orgs,
        participants=_merge_participants([best] + [m for m in ordered if m is not best]),
        place=_best_place(ordered),
        date=_best_date(ordered, published),
        status=status,
        evidence=evidence,
        source=None,
    )
