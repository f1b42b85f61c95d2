"""The features of a record that linking compares: names, sides, persons, subjects, and
the window of days its event can fall in (its date, or its publication day and tense).
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Any, NamedTuple

import attrs

from ..model.events import Event
from ..model.ids import norm as _norm
from . import settings
from ._subjects import _subject

#: Words that say what kind of event or document a name is, not which one; they do not
#: count when comparing names ("SCO Summit" and "Astana Summit" share nothing).
_GENERIC_NAME_WORDS = frozenset(
    """the of and on in for a an at to with between by from
    summit summits forum meeting meetings visit talks session council conference congress
    roundtable expo international official state working heads head government governments
    memorandum memorandums memoranda understanding cooperation agreement agreements treaty
    protocol declaration joint document documents contract roadmap intergovernmental
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth""".split()
)

_ROMAN_OR_ORDINAL = re.compile(r"^(?:[ivxl]{1,6}|\d+(?:st|nd|rd|th)?)$")

#: Types where two records naming different persons for the same country are different
#: events (the presidents' talks and the foreign ministers' talks of one day).
_PERSON_SIDED = frozenset({"Meeting", "Visit"})

_FINE_MAX_DAYS = 31  # a day/week-granularity span up to this long is blocked by day

_COARSE_MAX_DAYS = 400  # a longer or open span is as weak as no date

# --------------------------------------------------------------------------- normalizing


@functools.lru_cache(maxsize=1 << 16)

def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(
        w for w in _norm(name).split() if w not in _GENERIC_NAME_WORDS and not _ROMAN_OR_ORDINAL.match(w)
    )


@functools.lru_cache(maxsize=1 << 16)

def _person_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _norm(name).split() if len(t) > 1)

# --------------------------------------------------------------------------- features


class _Person(NamedTuple):
    tokens: frozenset[str]
    last: str
    country: str | None
    label: str


@attrs.define(slots=True)

class _Feat:
    """What linking looks at, for one record or (merged) for a cluster."""

    group: str
    lo: int | None  # date ordinals; None: no bounded date
    hi: int | None
    fine: bool
    city: str | None
    country: str | None
    edition: int | None
    orgs: frozenset[str]
    sides: frozenset[str]
    parties: frozenset[str]
    words: frozenset[str]
    keys: frozenset[tuple[str, str]]
    persons: tuple[_Person, ...]
    sources: frozenset[str] = frozenset()  # articles of the record(s): one record per event per article
    subject: frozenset[str] = frozenset()  # a signing's subject stems (title and evidence)
    pub: int | None = None  # publication date (ordinal) of a record with a window
    wlo: int | None = None  # publication window (ordinals) of a record without a day-level date
    whi: int | None = None
    news: bool = False  # dated only by its article's publication day (the day's news)
    # what the publication date and tense rule out (ordinals): reported as past on D, the
    # event started by D (``after`` = D); announced on D, it ends on D or later (``before`` =
    # D); with no date of its own, it is also within UNDATED_REACH_DAYS of the window
    after: int | None = None
    before: int | None = None


def _features(event: Event, group: str, signing: bool) -> _Feat:
    lo = hi = None
    fine = False
    date = event.date
    if date is not None and date.start is not None and date.end is not None:
        span = (date.end - date.start).days
        if span <= _COARSE_MAX_DAYS:
            lo, hi = date.start.toordinal(), date.end.toordinal()
            fine = date.granularity in ("day", "week") and span <= _FINE_MAX_DAYS and date.mod is None
    place = event.place
    orgs = {_norm(o) for o in event.organizations}
    sides: set[str] = set()
    parties: set[str] = set()
    keys: set[tuple[str, str]] = set()
    persons: list[_Person] = []
    for p in event.participants:
        side = None
        if p.kind == "country":
            side = p.code
            keys.add(("country", p.code or ""))
        elif p.kind == "organization":
            side = "org:" + _norm(p.name)
            orgs.add(_norm(p.name))
            keys.add(("organization", _norm(p.name)))
        else:
            tokens = _person_tokens(p.name)
            if tokens:
                persons.append(_Person(frozenset(tokens), tokens[-1], p.country, p.name))
            side = p.country
        if side:
            sides.add(side)
            if p.role in ("party", "signatory") and signing:
                parties.add(side)
    return _Feat(
        group=group,
        lo=lo,
        hi=hi,
        fine=fine,
        city=_norm(place.city) or None if place else None,
        country=place.country if place else None,
        edition=event.edition,
        orgs=frozenset(orgs),
        sides=frozenset(sides),
        parties=frozenset(parties),
        words=_name_words(event.name),
        keys=frozenset(keys),
        persons=tuple(persons),
        sources=frozenset((event.source,)) if event.source is not None else frozenset(),
        subject=frozenset(_subject(event)) if signing else frozenset(),
    )


def _merge_feat(a: _Feat, b: _Feat) -> _Feat:
    if a.lo is None:
        lo, hi = b.lo, b.hi
    elif b.lo is None:
        lo, hi = a.lo, a.hi
    else:
        lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)  # type: ignore[type-var]
    return _Feat(
        group=a.group,
        lo=lo,
        hi=hi,
        fine=a.fine or b.fine,
        city=a.city or b.city,
        country=a.country or b.country,
        edition=a.edition if a.edition is not None else b.edition,
        orgs=a.orgs | b.orgs,
        sides=a.sides | b.sides,
        parties=a.parties | b.parties,
        words=a.words | b.words,
        keys=a.keys | b.keys,
        persons=a.persons + b.persons,
        sources=a.sources | b.sources,
        subject=a.subject | b.subject,
        news=a.news and b.news,
        after=_opt(min, a.after, b.after),
        before=_opt(max, a.before, b.before),
        **_merge_window(a, b),
    )


def _opt(fn: Any, x: int | None, y: int | None) -> int | None:
    return y if x is None else x if y is None else fn(x, y)


def _merge_window(a: _Feat, b: _Feat) -> dict[str, int | None]:
    """The publication window of two merged records: the intersection of both (none
    when they do not meet), else the one there is."""
    if a.wlo is None:
        return {"pub": b.pub, "wlo": b.wlo, "whi": b.whi}
    if b.wlo is None:
        return {"pub": a.pub, "wlo": a.wlo, "whi": a.whi}
    lo, hi = max(a.wlo, b.wlo), min(a.whi, b.whi)  # type: ignore[type-var]
    if lo > hi:
        return {"pub": None, "wlo": None, "whi": None}
    return {"pub": a.pub, "wlo": lo, "whi": hi}


def _set_window(f: _Feat, status: str, published: datetime.date) -> None:
    """Give a record without a day-level date the window of days its article's publication
    date allows (see ``PAST_WINDOW_DAYS``), and what its tense rules out: reported as past
    on D, the event began by D; announced (planned) on D, it is not over before D. A record
    with no date of its own (undated, or the day's news) is also of an event at most
    ``UNDATED_REACH_DAYS`` beyond its window."""
    if f.fine:
        return
    d = published.toordinal()
    if status == "planned":
        lo, hi = d, d + settings.PLANNED_WINDOW_DAYS
        f.before = d
        if f.lo is None:
            f.after = hi + settings.UNDATED_REACH_DAYS
    elif status == "ongoing":
        lo, hi = d - settings.ONGOING_WINDOW_DAYS, d + settings.ONGOING_WINDOW_DAYS
    else:
        lo, hi = d - settings.PAST_WINDOW_DAYS, d
        f.after = d
        if f.lo is None:
            f.before = lo - settings.UNDATED_REACH_DAYS
    if f.lo is not None:  # a coarse date: the part of it the window allows
        lo, hi = max(lo, f.lo), min(hi, f.hi)  # type: ignore[type-var]
        if lo > hi:
            return
    f.pub, f.wlo, f.whi = d, lo, hi


def _news_day(event: Event, published: datetime.date | None) -> bool:
    """Whether ``event`` is dated only by its article's publication day: the spec dates the
    day's news by the publication date with ``date.text`` null."""
    date = event.date
    return (
        published is not None
        and date is not None
        and date.text is None
        and date.mod is None
        and date.granularity == "day"
        and date.start == published
        and date.end == published
    )


def _set_news_window(f: _Feat, status: str, published: datetime.date) -> None:
    """A record dated only by its publication day D is not known to be of day D: a report
    published on D is of an event in the days before it (or after it, planned). It gets
    the publication window instead of the exact day."""
    f.lo = f.hi = None
    f.fine = False
    f.news = True
    _set_window(f, status, published)


def _window_fit(a: _Feat, b: _Feat, tol: int, explain: bool = True) -> tuple[int, str] | None:
    """Whether the day-level date of one record falls in the publication window of the
    other: (days between it and the publication date, "published D, n days after"; ""
    unless ``explain``)."""
    for w, f in ((a, b), (b, a)):
        if w.wlo is None or w.fine or not f.fine or f.lo is None:
            continue
        if max(w.wlo, f.lo) > min(w.whi, f.hi) + tol:  # type: ignore[type-var, operator]
            continue
        d = w.pub
        if f.hi < d:  # type: ignore[operator]
            delta, rel = d - f.hi, "after"  # type: ignore[operator]
        elif f.lo > d:  # type: ignore[operator]
            delta, rel = f.lo - d, "before"  # type: ignore[operator]
        else:
            delta, rel = 0, ""
        if not explain:
            return delta, ""
        when = f"{delta} day{'s' if delta != 1 else ''} {rel}" if delta else "the same day"
        what = "dated only by its publication" if w.news else "published"
        return delta, f"{what} {datetime.date.fromordinal(d).isoformat()}, {when}"  # type: ignore[arg-type]
    return None


def _news_meet(a: _Feat, b: _Feat) -> bool:
    """Whether two records dated only by their publication days can report one event: the
    days at most one apart and the windows meeting."""
    return (
        a.pub is not None and b.pub is not None and abs(a.pub - b.pub) <= 1
        and max(a.wlo, b.wlo) <= min(a.whi, b.whi)  # type: ignore[type-var]
    )


def _window_bonus(delta: int) -> int:
    """How much a date in the publication window counts: most reports are of the day
    before or the day itself."""
    return 3 if delta <= 1 else 2 if delta <= 3 else 1


def _same_person(a: _Person, b: _Person) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return a.last == b.last or a.tokens <= b.tokens or b.tokens <= a.tokens


def _sides_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a <= b or b <= a:
        return True
    return min(len(a), len(b)) >= 3 and len(a & b) * 2 >= len(a | b)
