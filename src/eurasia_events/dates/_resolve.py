"""Resolution of :mod:`eurasia_events.dates`: tense, publication date and discourse to days."""

from __future__ import annotations

import bisect
import calendar
import datetime
from collections.abc import Sequence
from typing import Any, Callable

import attrs

from ._detect import _Cand
from ._patterns import words

Date = datetime.date
_ONE = datetime.timedelta(days=1)

# --------------------------------------------------------------------------- ranges of units


def _last_day(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def _unit(gran: str, y: int, idx: int = 0) -> tuple[Date, Date]:
    """The days of unit ``idx`` of granularity ``gran`` in year ``y`` (month 1-12, quarter 1-4...).

    Raises:
        ValueError: the days fall outside :class:`datetime.date` (years 1-9999: the
            winter of year 1, a month of year 10000); the callers take it, as they take
            29 February in a common year, for "no such days".
    """
    if gran == "year":
        return Date(y, 1, 1), Date(y, 12, 31)
    if gran == "month":
        return Date(y, idx, 1), _last_day(y, idx)
    if gran == "quarter":
        return Date(y, 3 * idx - 2, 1), _last_day(y, 3 * idx)
    if gran == "half":
        return Date(y, 6 * idx - 5, 1), _last_day(y, 6 * idx)
    if gran == "season":  # idx: first month; winter Y is Dec Y-1 .. Feb Y
        if idx == 12:
            return Date(y - 1, 12, 1), _last_day(y, 2)
        return Date(y, idx, 1), _last_day(y, idx + 2)
    raise ValueError(gran)


def _week(day: Date) -> tuple[Date, Date]:
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def _distance(rng: tuple[Date, Date], pub: Date) -> int:
    if rng[0] <= pub <= rng[1]:
        return 0
    return min(abs((rng[0] - pub).days), abs((rng[1] - pub).days))


def _choose(
    make: Callable[[int], tuple[Date, Date] | None], pub: Date, how: str | None
) -> tuple[Date, Date] | None:
    """The occurrence of a yearless expression nearest ``pub`` that fits ``how``.

    ``how``: ``past`` (latest starting on or before pub), ``future`` (earliest ending on
    or after pub), ``last``/``next`` (strictly before/after), ``this`` (containing pub,
    else the coming one), None (nearest).
    """
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            rng = make(y)
        except ValueError:  # 29 February in a common year, or a year outside the calendar
            rng = None
        if rng is not None:
            cands.append(rng)
    if not cands:
        return None
    if how == "past":
        ok = [r for r in cands if r[0] <= pub]
        return ok[-1] if ok else cands[0]
    if how == "future":
        ok = [r for r in cands if r[1] >= pub]
        return ok[0] if ok else cands[-1]
    if how == "last":
        ok = [r for r in cands if r[1] < pub]
        return ok[-1] if ok else cands[0]
    if how == "next":
        ok = [r for r in cands if r[0] > pub]
        return ok[0] if ok else cands[-1]
    if how == "this":
        ok = [r for r in cands if r[1] >= pub]
        return ok[0] if ok else cands[-1]
    return min(cands, key=lambda r: (_distance(r, pub), r[0]))


def _cal_range(c: dict[str, Any], y: int) -> tuple[Date, Date] | None:
    """Days of a calendar expression whose first year is ``y``."""
    gran = c["gran"]
    if gran == "day":
        start = Date(y, c["m"], c["d"])
    elif gran == "month":
        start = _unit("month", y, c["m"])[0]
    else:
        start = Date(y, 1, 1)
    if "d2" not in c and "m2" not in c and "y2" not in c:
        if gran == "day":
            return start, start
        return _unit(gran, y, c["m"] or 0)
    y2 = c.get("y2") or y
    if gran == "day":
        end = Date(y2, c["m2"], c["d2"])
    elif gran == "month":
        end = _unit("month", y2, c["m2"])[1]
    else:
        end = Date(y2, 12, 31)
    if end < start and c.get("y2") is None:
        end = end.replace(year=end.year + 1) if not (end.month == 2 and end.day == 29) else Date(end.year + 1, 3, 1) - _ONE
    if end < start:
        return None
    return start, end


# --------------------------------------------------------------------------- tense


def _sentence_starts(doc) -> list[int]:
    starts = [0]
    n = len(doc)
    for k in range(n - 1):
        t = doc[k].text
        if t in (".", "!", "?", ";") or (doc[k].is_space and "\n" in t) or "\n\n" in doc[k].whitespace_:
            starts.append(k + 1)
    return starts


_CLAUSE_MARKS = frozenset([",", ";", ":", "—", "–", "(", ")"])


def _tense(lower: Sequence[str], starts: list[int], lo: int, hi: int) -> str | None:
    """The tense nearest to tokens ``lo:hi``: within their clause (between commas and
    other marks) when it has one, else within their sentence; past, future, present or
    None. ``lower``: the lower-case text of every token. "X will visit China from Nov. 27
    to 28, it was announced on Tuesday": the visit's clause is future."""
    w = words()
    s = starts[bisect.bisect_right(starts, lo) - 1]
    pos = bisect.bisect_right(starts, hi - 1)
    e = starts[pos] if pos < len(starts) else len(lower)
    cs = lo
    while cs > s and lower[cs - 1] not in _CLAUSE_MARKS:
        cs -= 1
    ce = hi
    while ce < e and lower[ce] not in _CLAUSE_MARKS:
        ce += 1
    if (cs, ce) != (s, e):
        found = _nearest_tense(lower, w, cs, ce, lo, hi)
        if found is not None:
            return found
    return _nearest_tense(lower, w, s, e, lo, hi)


def _nearest_tense(lower: Sequence[str], w: dict, s: int, e: int, lo: int, hi: int) -> str | None:
    best: tuple[int, int, str] | None = None
    future, past, present, reporting, not_ed = (
        w["tense_future"], w["tense_past"], w["tense_present"], w["tense_reporting"], w["not_past_ed"],
    )
    for k in range(s, e):
        if lo <= k < hi:
            continue
        low = lower[k]
        if low == "be":
            rank, tense = 0, "future"
        elif low in future:
            rank, tense = 0, "future"
        elif low in past:
            if low in ("held", "signed", "made", "adopted", "launched", "concluded", "completed", "approved") and k > s and lower[k - 1] in ("be", "to", "being"):
                continue
            if low == "last" and k > s and lower[k - 1] in ("will", "to", "would", "shall", "'ll"):
                continue  # "the visit will last until Wednesday": the verb, not "last week"
            rank, tense = 1, "past"
        elif low in reporting:
            rank, tense = 3, "past"
        elif low in present:
            rank, tense = 2, "present"
        elif len(low) > 4 and low.endswith("ed") and low.isalpha() and low not in not_ed:
            before = lower[k - 1] if k > s else ""
            if before in ("be", "to", "being"):
                continue
            rank, tense = (2, "present") if before in ("is", "are") else (1, "past")
        else:
            continue
        dist = (lo - k if k < lo else k - hi + 1) + (100 if rank == 3 else 0)
        key = (dist, rank, tense)
        if best is None or key < best:
            best = key
    return best[2] if best else None


# --------------------------------------------------------------------------- resolution


@attrs.define
class _State:
    pub: Date | None
    anchor_year: int | None = None
    last: tuple[Date, Date, str] | None = None


def _add_months(day: Date, n: int) -> Date:
    m = day.month - 1 + n
    y = day.year + m // 12
    return Date(y, m % 12 + 1, 1)


def _unit_of(unit: str, day: Date) -> tuple[Date, Date, str]:
    if unit == "day":
        return day, day, "day"
    if unit == "week":
        return (*_week(day), "week")
    if unit == "month":
        return (*_unit("month", day.year, day.month), "month")
    if unit == "weekend":
        sat = _week(day)[0] + datetime.timedelta(days=5)
        return sat, sat + _ONE, "day"
    if unit == "quarter":
        return (*_unit("quarter", day.year, (day.month - 1) // 3 + 1), "quarter")
    return Date(day.year, 1, 1), Date(day.year, 12, 31), "year"


def _shift(unit: str, day: Date, n: int) -> Date:
    if unit in ("day",):
        return day + datetime.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + datetime.timedelta(days=7 * n)
    if unit == "month":
        return _add_months(day, n)
    if unit == "quarter":
        return _add_months(day, 3 * n)
    return Date(day.year + n, 1, 1)


def _make(c: _Cand) -> Callable[[int], tuple[Date, Date] | None]:
    data = c.data
    if c.label == "CAL":
        return lambda y: _cal_range(data, y)
    gran, idx = data["gran"], data["idx"]
    return lambda y: _unit(gran, y, idx)


def _resolve(c: _Cand, st: _State, tense: str | None) -> tuple[Date | None, Date | None, str]:
    """(start, end, granularity) of a candidate, before its open-period modifier; no days
    (None, None) when they would fall outside the calendar of :class:`datetime.date`
    (years 1-9999): "next month" in a text published on 31 December 9999."""
    try:
        return _resolve_days(c, st, tense)
    except (ValueError, OverflowError):  # days out of the calendar (see _unit)
        return None, None, _granularity(c)


def _granularity(c: _Cand) -> str:
    """The granularity of a candidate whose days are unknown."""
    data = c.data
    return data.get("gran") or {"RELDAY": "day", "WEEKDAY": "day"}.get(c.label) or _unit_of(data.get("unit", "year"), Date(2000, 1, 1))[2]


def _resolve_days(c: _Cand, st: _State, tense: str | None) -> tuple[Date | None, Date | None, str]:
    """:func:`_resolve`, raising ValueError or OverflowError for days outside the calendar."""
    data, pub = c.data, st.pub
    label = c.label
    if label in ("CAL", "QUARTER", "HALF", "SEASON"):
        gran = data["gran"]
        make = _make(c)
        y = data.get("y")
        if y is not None:
            rng = make(y)
            return (rng[0], rng[1], gran) if rng else (None, None, gran)
        if data.get("yrel") is not None:
            base = st.anchor_year if (data["yrel"] == 0 and st.anchor_year and pub is None) else (pub.year if pub else None)
            if base is None:
                return None, None, gran
            rng = make(base + data["yrel"])
            return (rng[0], rng[1], gran) if rng else (None, None, gran)
        rel = data.get("rel")
        if rel is None and st.anchor_year is not None:
            # with a publication date, an earlier year carries over only into a past-tense
            # (or a later one into a future-tense) sentence: "in 2023 ... In September, they
            # signed"; a present-tense "runs from May 13" is about the publication year
            ok = pub is None or (tense == "past" and st.anchor_year <= pub.year) or (
                tense == "future" and st.anchor_year >= pub.year
            )
            rng = make(st.anchor_year) if ok else None
            # the year told before holds unless the tense rules it out: a future "in late
            # March" written in December 2010 after "9 December 2010" is March 2011
            if ok and not (rng and pub is not None and ((tense == "future" and rng[1] < pub) or (tense == "past" and rng[0] > pub))):
                return (rng[0], rng[1], gran) if rng else (None, None, gran)
        if pub is None:
            return None, None, gran
        how = rel if rel else ("past" if tense == "past" else "future" if tense == "future" else None)
        if c.weekday is not None and gran == "day":
            wd = c.weekday

            def make_wd(y: int, make=make):
                rng = make(y)
                return rng if rng and rng[0].weekday() == wd else None

            rng = _choose(make_wd, pub, how) or _choose(make, pub, how)
        else:
            rng = _choose(make, pub, how)
        return (rng[0], rng[1], gran) if rng else (None, None, gran)
    if pub is None and label not in ("ANAPH",):
        return None, None, _granularity(c)
    if label == "RELDAY":
        words_ = data["words"]
        if "yesterday" in words_:
            day = pub - (2 * _ONE if words_[0] == "the" else _ONE)
        elif "tomorrow" in words_:
            day = pub + (2 * _ONE if words_[0] == "the" else _ONE)
        else:
            day = pub
        return day, day, "day"
    if label == "RELUNIT":
        s, e, g = _unit_of(data["unit"], _shift(data["unit"], pub, data["rel"]))
        return s, e, g
    if label == "WEEKDAY":
        wd, rel = data["wd"], data["rel"]
        back = (pub.weekday() - wd) % 7
        fwd = (wd - pub.weekday()) % 7
        if rel == "last":
            day = pub - datetime.timedelta(days=back or 7)
        elif rel == "next":
            day = pub + datetime.timedelta(days=fwd or 7)
        elif tense == "future" or (rel == "this" and tense != "past"):
            day = pub + datetime.timedelta(days=fwd)
        elif tense == "past" or back <= fwd:
            day = pub - datetime.timedelta(days=back)
        else:
            day = pub + datetime.timedelta(days=fwd)
        return day, day, "day"
    if label == "AGO":
        s, e, g = _unit_of(data["unit"], _shift(data["unit"], pub, -data["n"]))
        return s, e, g
    if label == "ANAPH":
        unit, n, direction = data["unit"], data["n"], data["dir"]
        if st.last is not None and (unit != "day" or st.last[2] == "day"):
            base = st.last[1] if direction > 0 else st.last[0]  # dir 0 ("later in the day"): the start
        elif pub is not None:
            base = pub
        else:
            return None, None, unit
        s, e, g = _unit_of(unit, _shift(unit, base, n * direction))
        return s, e, g
    if label == "THEUNIT":
        base_year = st.anchor_year if st.anchor_year is not None else (pub.year if pub else None)
        unit = data["unit"]
        if unit == "year":
            if base_year is None:
                return None, None, "year"
            return Date(base_year, 1, 1), Date(base_year, 12, 31), "year"
        if pub is None:
            return None, None, unit
        s, e, g = _unit_of(unit, pub)
        return s, e, g
    return None, None, "day"


def _apply_mod(start: Date | None, end: Date | None, mod: str | None) -> tuple[Date | None, Date | None]:
    """The open period of "since", "until", "before", "after"; no bound past the calendar's
    first or last day ("before" 1 January of year 1)."""
    if mod == "since":
        return start, None
    if mod == "until":
        return None, end
    if mod == "before":
        return None, (start - _ONE if start is not None and start > Date.min else None)
    if mod == "after":
        return (end + _ONE if end is not None and end < Date.max else None), None
    return start, end


