"""Spans of :mod:`eurasia_events.dates` that reach past one Matcher candidate: two days
framed as one range ("from Friday, August 6, to Wednesday, August 11") and a day that is
only the end of an event ("ends on Saturday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._patterns import words

if TYPE_CHECKING:
    from ._detect import _Cand


def _lower_at(doc, k: int) -> str:
    return doc[k].lower_ if 0 <= k < len(doc) else ""


def _is_single_day(cand: _Cand) -> bool:
    """Whether a candidate is one day: "May 29", "Saturday", "tomorrow"."""
    if cand.label == "CAL":
        return cand.data["gran"] == "day" and not cand.data.get("conn")
    return cand.label == "RELDAY" or (cand.label == "WEEKDAY" and "wd2" not in cand.data)


def _end_verb(doc, k: int, free) -> int | None:
    """The first token of an end verb right before token ``k`` ("ends (on)", "will conclude
    (on)", "wraps up (on)"), or None. A passive ("was closed on Monday") or a noun ("the
    end on") is no end verb."""
    w = words()
    v = k - 1 if free(k - 1) and doc[k - 1].lower_ == "on" else k
    if not free(v - 1):
        return None
    first = v - 1
    if doc[first].lower_ == "up" and free(first - 1) and doc[first - 1].lower_ in w["end_particle_verbs"]:
        first -= 1
    elif doc[first].lower_ not in w["end_verbs"]:
        return None
    before = doc[first - 1].lower_ if first > 0 else ""
    if before in w["passive_aux"] or before in w["determiners"]:
        return None
    return first


_JOINS = {"to": "to", "until": "until", "till": "until", "through": "until", "and": "and", "-": "-", "–": "-", "—": "-"}


def _join_ranges(doc, cands: list[_Cand]) -> list[_Cand]:
    """Two days framed as a range that no single pattern takes, one candidate: "from
    Friday, August 6, to Wednesday, August 11", "between Monday and Wednesday", "from
    Tuesday to Thursday", "on Thursday and Friday" (two days in a row). Not a change of
    date: "moved from Monday to Friday"."""
    out: list[_Cand] = []
    k = 0
    while k < len(cands):
        a = cands[k]
        b = cands[k + 1] if k + 1 < len(cands) else None
        joined = _joined(doc, a, b) if b is not None else None
        if joined is None:
            out.append(a)
            k += 1
        else:
            out.append(joined)
            k += 2
    return out


def _range_side(c: _Cand) -> str | None:
    """``CAL`` for one explicit day, ``WEEKDAY`` for a bare weekday, else None."""
    if c.label == "CAL" and c.data["gran"] == "day" and not c.data.get("conn") and c.mod in (None, "since", "until"):
        return "CAL"
    if c.label == "WEEKDAY" and c.data["rel"] is None and c.mod in (None, "since", "until"):
        return "WEEKDAY"
    return None


def _joined(doc, a: _Cand, b: _Cand) -> _Cand | None:
    """The range of ``a`` and ``b`` when the text frames them as one, else None."""
    if b.lo - a.j > 4:
        return None
    kind = _range_side(a)
    if kind is None or kind != _range_side(b):
        return None
    gap = [doc[t].lower_ for t in range(a.j, b.lo) if doc[t].text != ","]
    if b.mod == "until" and doc[b.lo].lower_ in _JOINS:
        gap.append(doc[b.lo].lower_)
    elif b.mod is not None:
        return None
    if len(gap) != 1 or gap[0] not in _JOINS:
        return None
    conn = _JOINS[gap[0]]
    if a.mod == "since" and doc[a.lo].lower_ == "from" and conn != "and":
        lo = a.lo
    elif a.mod is None and _lower_at(doc, a.lo - 1) == "between" and conn == "and":
        lo = a.lo - 1
    elif a.mod is None and kind == "WEEKDAY" and conn == "and" and gap == ["and"] and b.data["wd"] == (a.data["wd"] + 1) % 7:
        lo = a.lo  # "on Thursday and Friday": two days in a row, one span
    else:
        return None
    if any(_lower_at(doc, t) in words()["reschedule_verbs"] for t in range(lo - 4, lo)):
        return None  # "the vote was moved from Monday to Friday": two dates, not a range
    if kind == "WEEKDAY":
        data = {"wd": a.data["wd"], "rel": None, "wd2": b.data["wd"]}
        return attrs.evolve(a, j=b.j, data=data, lo=lo, mod=None, tense_lo=-1)
    data = dict(a.data)
    data.update(conn=conn, framed=True, m2=b.data["m"], d2=b.data["d"], y2=b.data["y"])
    if data["y"] is None and b.data["y"] is not None:  # "from Monday, December 30, to Friday, January 3, 2020"
        data["y"] = b.data["y"] - ((a.data["m"], a.data["d"]) > (b.data["m"], b.data["d"]))
        data["explicit"] = True
    return attrs.evolve(a, j=b.j, data=data, lo=lo, mod=None, tense_lo=-1)


