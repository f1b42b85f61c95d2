"""Date mentions in English news: find them, and resolve them to ranges of days.

:func:`find_dates` finds explicit dates ("12 October 2022", "Oct. 12", "2022-10-12"),
ranges ("October 12-13", "from 12 to 14 May"), relative days and weeks ("yesterday",
"on Monday", "last week"), months, quarters, halves, seasons and years ("in September",
"in the first quarter", "this summer", "in early 2024") and open periods ("since 2020"),
and resolves each against the publication date, the tense of its sentence and the dates
told before it in the same text. :func:`find_dateline` finds the dateline
("ASTANA, April 29. /TASS/"), which anchors the text when no publication date is given.

Detection runs a cached spaCy Matcher over blank English tokens; resolution is plain
Python. dateparser is only consulted by :func:`coerce_published` for date strings that
are neither ISO nor RFC 2822.

Example:
    >>> from eurasia_events.dates import find_dates
    >>> [(m.text, str(m.start), str(m.end)) for m in find_dates(
    ...     "The summit will be held on October 12-13.", published="2022-09-01")]
    [('October 12-13', '2022-10-12', '2022-10-13')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import datetime
import email.utils
import functools
import re
from typing import Any, Callable, Sequence

import attrs

from ._date_patterns import blank_tokenizer, matcher, words
from .errors import InputTypeError, PublishedDateError
from .events import DateSpan

__all__ = ["DateMention", "find_dates", "find_dateline", "parse_dateline", "coerce_published"]

Date = datetime.date
_ONE = datetime.timedelta(days=1)


@attrs.frozen
class DateMention:
    """One date expression of a text and the range of days it stands for.

    Args:
        start_char: offset of the first character in the text.
        end_char: offset after the last character (exclusive).
        text: ``text[start_char:end_char]``.
        start: first day, or None (open start, or year unknown).
        end: last day, or None (open end, or year unknown).
        granularity: ``day``, ``week``, ``month``, ``quarter``, ``half``, ``season`` or ``year``.
        mod: None or ``since``, ``until``, ``before``, ``after``, ``early``, ``mid``, ``late``, ``approx``.
        tense: ``past``, ``future``, ``present`` or None: the tense of the sentence around it.

    Example:
        >>> import datetime
        >>> DateMention(0, 9, "yesterday", datetime.date(2024, 7, 3), datetime.date(2024, 7, 3), "day").to_span().to_dict()
        {'start': '2024-07-03', 'end': '2024-07-03', 'granularity': 'day', 'text': 'yesterday'}
    """

    start_char: int
    end_char: int
    text: str
    start: Date | None
    end: Date | None
    granularity: str
    mod: str | None = None
    tense: str | None = None

    def to_span(self) -> DateSpan:
        """The record model's :class:`~eurasia_events.events.DateSpan` for this mention."""
        return DateSpan(self.start, self.end, self.granularity, self.text, self.mod)


# --------------------------------------------------------------------------- published


@functools.lru_cache(maxsize=1)
def _date_data_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def coerce_published(value: Any, argument: str = "published") -> Date | None:
    """Read a publication date given as None, a date, a datetime or a string.

    Strings may be ISO ("2024-07-04", "2024-07-04T10:00:00"), RFC 2822 as in feeds
    ("Thu, 04 Jul 2024 10:00:00 GMT") or another full explicit date ("4 July 2024").

    Args:
        value: the value to read.
        argument: the argument's name, for the error message.

    Returns:
        The date, or None for None.

    Raises:
        InputTypeError: ``value`` is not None, a date or a string.
        PublishedDateError: a string that is not a full date.

    Example:
        >>> coerce_published("2024-07-04T10:00:00")
        datetime.date(2024, 7, 4)
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise InputTypeError(
            f"{argument} must be None, a datetime.date, a datetime.datetime or an ISO date string, "
            f"got {type(value).__name__}: {value!r}"
        )
    text = value.strip()
    if _ISO.match(text):
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            pass
    else:
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
        if re.search(r"\b(?:19|20)\d\d\b", text) and not re.search(r"(?i)\b(ago|yesterday|today|tomorrow|next|last)\b", text):
            try:
                data = _date_data_parser().get_date_data(text)
            except Exception:  # dateparser raises assorted errors on odd input
                data = None
            if data is not None and data.date_obj is not None and data.period == "day":
                return data.date_obj.date()
    raise PublishedDateError(
        f"{argument} must be a date such as '2024-07-04' (ISO), a datetime.date or None; "
        f"cannot read {value!r} as a date"
    )


# --------------------------------------------------------------------------- ranges of units


def _last_day(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def _valid_year(y: int) -> bool:
    return 1 <= y - 1 and y + 1 <= 9999


def _unit(gran: str, y: int, idx: int = 0) -> tuple[Date, Date] | None:
    """The days of unit ``idx`` of granularity ``gran`` in year ``y`` (month 1-12, quarter 1-4...)."""
    if not 2 <= y <= 9998:
        return None
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
        except ValueError:  # 29 February
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


# --------------------------------------------------------------------------- candidates


@attrs.define
class _Cand:
    """A matched expression before resolution."""

    label: str
    i: int  # first token of the core
    j: int  # after the last token of the core
    data: dict[str, Any]
    lo: int = -1  # first token after widening by modifiers (-1: not widened yet)
    mod: str | None = None
    weekday: int | None = None


_RANGE_CONN_NEEDS_BETWEEN = frozenset({"and", "&"})
_DASHES = frozenset({"-", "–", "—", "‑"})
_TRAIL = frozenset({",", "-", "–", "—", "‑", "of"})


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _near_year_or_month(doc, i: int) -> bool:
    w = words()
    for k in range(max(0, i - 4), i):
        t = doc[k].text
        if t in w["years"] or (doc[k].lower_ in w["months"] and _is_cap(t)):
            return True
    return False


def _context_ok(doc, i: int, allowed: frozenset[str]) -> bool:
    """Whether the token before ``i`` lets a bare month, year or season be a date."""
    if i == 0:
        return False
    prev = doc[i - 1].lower_
    if prev not in allowed:
        return False
    if prev in _DASHES:
        return i >= 2 and doc[i - 2].lower_ in ("mid", "early", "late")
    if prev in ("and", "or", "to", ","):
        return _near_year_or_month(doc, i - 1)
    return True


def _atoms(tokens) -> list[tuple[str, Any]] | None:
    """Calendar tokens as atoms: ("M", m), ("D", d), ("Y", y), ("C", word), ("F", date), ("MOD", m)."""
    w = words()
    months, days, years = w["months"], w["days"], w["years"]
    out: list[tuple[str, Any]] = []
    n = len(tokens)
    k = 0
    while k < n:
        tok = tokens[k]
        t, low = tok.text, tok.lower_
        if low in months:
            if not (_is_cap(t)):
                return None
            out.append(("M", months[low]))
        elif t in days:
            out.append(("D", days[t]))
        elif t in years:
            if k + 4 < n + 0 and k + 4 <= n - 1 and tokens[k + 1].text in _DASHES and tokens[k + 3].text in _DASHES:
                try:
                    out.append(("F", Date(int(t), int(tokens[k + 2].text), int(tokens[k + 4].text))))
                except ValueError:
                    return None
                k += 5
                continue
            out.append(("Y", int(t)))
        elif low in w["connectors"]:
            out.append(("C", low))
        elif t in (",", "of", "the"):
            pass
        elif re.match(r"^\d{1,2}(?:st|nd|rd|th)?[-–—‑]\d{1,2}(?:st|nd|rd|th)?$", t):
            a, b = re.split(r"[-–—‑]", t)
            out += [("D", days.get(a)), ("C", "-"), ("D", days.get(b))]
            if None in (days.get(a), days.get(b)):
                return None
        elif re.match(r"^(?:19|20)\d\d[-–—‑/](?:(?:19|20)\d\d|\d\d)$", t):
            a, b = re.split(r"[-–—‑/]", t)
            y2 = int(b) if len(b) == 4 else int(a[:2] + b)
            out += [("Y", int(a)), ("C", "-"), ("Y", y2)]
        elif re.match(r"^(?:mid|early|late)[-–]", low):
            mod, rest = re.split(r"[-–]", low, maxsplit=1)
            out.append(("MOD", mod))
            if rest in years:
                out.append(("Y", int(rest)))
            elif rest in months and len(rest) > 2:
                out.append(("M", months[rest]))
            else:
                return None
        elif re.match(r"^\d", t):
            f = _numeric(t)
            if f is None:
                return None
            out.append(("F", f))
        else:
            return None
        k += 1
    return out


def _numeric(t: str) -> Date | None:
    parts = [int(p) for p in re.split(r"[-/.]", t)]
    try:
        if parts[0] > 31:
            return Date(parts[0], parts[1], parts[2])
        a, b, y = parts
        if "/" in t and a <= 12 < b:  # 10/25/2022 is American
            return Date(y, a, b)
        return Date(y, b, a)  # 12.10.2022 and 12/10/2022: day first
    except (ValueError, IndexError):
        return None


def _parse_cal(doc, i: int, j: int) -> dict[str, Any] | None:
    """Split calendar atoms at a connector into two (day, month, year) sides."""
    atoms = _atoms(doc[i:j])
    if not atoms:
        return None
    mod = None
    if atoms[0][0] == "MOD":
        mod = atoms.pop(0)[1]
    sides: list[dict[str, Any]] = [{}]
    conn = None
    for kind, val in atoms:
        if kind == "C":
            if conn is not None or not sides[0]:
                return None
            conn = val
            sides.append({})
            continue
        if kind in sides[-1] or kind == "MOD":
            return None
        sides[-1][kind] = val
    if conn is not None and not sides[1]:
        return None
    left = sides[0]
    right = sides[1] if conn else None
    if "F" in left:
        if len(left) > 1 or right is not None:
            return None
        return {"y": left["F"].year, "m": left["F"].month, "d": left["F"].day, "gran": "day", "explicit": True}
    if right is not None:
        if "F" in right:
            return None
        # what one side lacks it takes from the other
        for key in ("M", "Y"):
            if key not in left and key in right:
                left[key] = right[key]
        if "M" not in right and "M" in left:
            right["M"] = left["M"]
        if set(left) - {"Y"} != set(right) - {"Y"}:
            return None
    gran = "day" if "D" in left else "month" if "M" in left else "year"
    if gran == "day" and "M" not in left:
        return None
    out = {"y": left.get("Y"), "m": left.get("M"), "d": left.get("D"), "gran": gran, "mod": mod, "conn": conn}
    out["explicit"] = left.get("Y") is not None
    if right is not None:
        out.update(y2=right.get("Y"), m2=right.get("M"), d2=right.get("D"))
    return out


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


# --------------------------------------------------------------------------- validation

_NOT_AFTER_NUMBER = frozenset(
    "% percent per tonnes tons people delegates km kilometres kilometers dollars participants "
    "companies projects metres meters units times billion million thousand".split()
)
_REL_WORDS = {"last": "last", "next": "next", "this": "this", "coming": "next", "previous": "last", "past": "last"}
_OUTER_MODS = {
    "since": "since", "until": "until", "till": "until", "by": "until", "through": "until",
    "before": "before", "after": "after", "around": "approx", "about": "approx",
    "approximately": "approx", "circa": "approx", "c.": "approx", "roughly": "approx",
}
_INNER_MODS = {"early": "early", "mid": "mid", "late": "late"}
_EDGE_MODS = {"end": "late", "close": "late", "beginning": "early", "start": "early", "outset": "early", "middle": "mid"}
_REL_OF = {"the": 0, "this": 0, "current": 0, "same": 0, "that": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}


def _lower(doc, k: int) -> str:
    return doc[k].lower_ if 0 <= k < len(doc) else ""


def _year_suffix(doc, i: int, j: int) -> tuple[int | None, int | None]:
    """(explicit year, relative year offset) of a trailing "2024" / "of 2024" / "of next year"."""
    years = words()["years"]
    last = doc[j - 1].text
    if last in years:
        return int(last), None
    if doc[j - 1].lower_ == "year" and j - i >= 3:
        k = j - 2
        rel = 0
        while k > i and doc[k].lower_ != "of":
            rel = _REL_OF.get(doc[k].lower_, rel) if rel == 0 else rel
            k -= 1
        return None, rel
    return None, None


def _validate(doc, label: str, i: int, j: int) -> _Cand | None:
    w = words()
    while j > i and doc[j - 1].lower_ in _TRAIL:
        j -= 1
    if j <= i:
        return None
    if label == "CAL":
        c = _parse_cal(doc, i, j)
        if c is None:
            return None
        conn = c.get("conn")
        between = _lower(doc, i - 1) == "between"
        if conn in _RANGE_CONN_NEEDS_BETWEEN and not between:
            if not (c["gran"] == "day" and c.get("m2") == c["m"] and c.get("d2") == (c["d"] or 0) + 1):
                return None
        if conn == "until" and c["gran"] != "day":
            return None
        nxt = _lower(doc, j)
        if c["gran"] == "day" and nxt in _NOT_AFTER_NUMBER:
            return None
        if c["gran"] == "month" and c["y"] is None and c.get("mod") is None:
            if not conn and _lower(doc, i - 1) in _REL_WORDS and _lower(doc, i - 2) != "the":
                c["rel"] = _REL_WORDS[_lower(doc, i - 1)]
                cand = _Cand(label, i - 1, j, c)
                cand.lo = i - 1
                return cand
            ok = _context_ok(doc, i, w["month_context"])
            if ok and doc[i].lower_ == "may" and _lower(doc, i - 1) in ("by", "and", "or", "to", "about"):
                ok = False
            if not ok:
                return None
        if c["gran"] == "year" and c.get("mod") is None:
            prev = _lower(doc, i - 1)
            if nxt in _NOT_AFTER_NUMBER or nxt in w["name_nouns"]:
                return None
            nxt_word = j < len(doc) and doc[j].is_alpha and (doc[j].is_lower or doc[j].is_title)
            if prev in w["determiners"]:
                if conn or not (j < len(doc) and doc[j].is_alpha and doc[j].is_lower):
                    return None
            elif conn in _DASHES and not nxt_word and doc[i - 1].is_alpha if i > 0 else conn in _DASHES:
                pass  # "covers 2021-2023."
            elif not (_context_ok(doc, i, w["year_context"]) or between):
                return None
        cand = _Cand(label, i, j, c, mod=c.get("mod"))
        cand.lo = i
        if conn in ("to", "and", "&", "-", "–", "—", "‑", "through", "till", "until") and _lower(doc, i - 1) in ("from", "between"):
            cand.lo = i - 1
            cand.data["framed"] = True
        elif c["gran"] == "day":  # "on Wednesday, October 12"
            p = i - 1
            if p >= 0 and doc[p].text == ",":
                p -= 1
            if p >= 0 and doc[p].lower_ in w["weekdays"] and _is_cap(doc[p].text):
                cand.weekday = w["weekdays"][doc[p].lower_]
                cand.lo = p
        return cand
    if label in ("QUARTER", "HALF", "SEASON"):
        if doc[i].lower_ == "the":
            i += 1
        y, rel = _year_suffix(doc, i, j)
        first = doc[i]
        data: dict[str, Any] = {"y": y, "yrel": rel, "gran": label.lower()}
        if first.text[:1] in "QqH" and len(first.text) == 2:
            data["idx"] = int(first.text[1])
        elif label == "SEASON":
            season = first.lower_
            data["idx"] = w["seasons"][season]
            if data["idx"] == 12 and y is not None and j - i >= 3 and doc[j - 1].text in w["years"]:
                pass  # "winter 2023-2024": the year of its January
            m = re.match(r"^(?:19|20)\d\d[-–—‑/]((?:19|20)?\d\d)$", doc[j - 1].text)
            if m:
                b = m.group(1)
                data["y"] = int(b) if len(b) == 4 else int(doc[j - 1].text[:2] + b)
                y = data["y"]
            if data["idx"] != 12 and j - i >= 3 and doc[j - 2].text in _DASHES:
                return None  # "summer 2023-2024" is not a season
            if y is None and rel is None:
                prev = _lower(doc, i - 1)
                if prev in _REL_WORDS:
                    data["rel"] = _REL_WORDS[prev]
                    cand = _Cand(label, i - 1, j, data)
                    cand.lo = i - 1
                    return cand
                if prev == "the":
                    prev = _lower(doc, i - 2)
                    if _lower(doc, j) == "of" and season == "fall":
                        return None
                if prev not in w["season_context"] or (season == "fall" and prev not in ("in", "during", "by", "until", "since", "this", "last", "next", "late", "early", "of", "for", "through", "throughout")):
                    return None
                if prev in ("-",) and _lower(doc, i - 2) not in _INNER_MODS:
                    return None
        else:
            ordinal = w["ordinals"][first.lower_]
            if ordinal < 0 and _lower(doc, i - 1) != "the" and y is None and rel is None:
                return None  # "last quarter" is the one before this one
            top = 4 if label == "QUARTER" else 2
            if ordinal > top:
                return None
            data["idx"] = top if ordinal < 0 else ordinal
        gran = label.lower()
        data["gran"] = gran
        cand = _Cand(label, i, j, data)
        cand.lo = i
        return cand
    if label == "RELDAY":
        return _Cand(label, i, j, {"words": [doc[k].lower_ for k in range(i, j)]})
    if label == "RELUNIT":
        if _lower(doc, i - 1) == "the" and doc[i].lower_ in ("last", "next", "this"):
            return None
        rel_word = doc[j - 2].lower_
        unit = doc[j - 1].lower_
        if rel_word == "past" or (unit == "day" and rel_word in ("last", "this")):
            return None
        if unit == "day":
            return _Cand("ANAPH", i, j, {"unit": "day", "n": 1, "dir": 1})
        rel = {"last": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[rel_word]
        return _Cand(label, i, j, {"unit": unit, "rel": rel})
    if label == "WEEKDAY":
        wd = doc[j - 1]
        if not _is_cap(wd.text):
            return None
        rel = _REL_WORDS.get(doc[i].lower_) if j - i == 2 else None
        if rel is None and j - i == 2:
            return None
        return _Cand(label, i, j, {"wd": w["weekdays"][wd.lower_], "rel": rel})
    if label in ("ANAPH", "AGO"):
        toks = [doc[k].lower_ for k in range(i, j)]
        unit = next(t for t in toks if t.rstrip("s") in ("day", "week", "month", "year", "quarter", "weekend"))
        unit = unit.rstrip("s") if unit != "days" else "day"
        if unit not in ("day", "week", "month", "year"):
            return None
        if label == "AGO":
            n = toks[0]
            num = w["numbers"].get(n) or (int(n) if n.isdigit() else None)
            if not num:
                return None
            return _Cand(label, i, j, {"unit": unit, "n": num})
        if toks[0] in ("the", "that"):
            if toks[0] == "that" or toks[1] == "same":
                direction = 0
            elif toks[-1] in ("before", "earlier") or toks[1] in ("previous", "preceding", "prior"):
                direction = -1
            else:
                direction = 1
            return _Cand(label, i, j, {"unit": unit, "n": 1 if direction else 0, "dir": direction or 1})
        n = toks[0]
        num = w["numbers"].get(n) or (int(n) if n.isdigit() else None)
        if not num or (toks[0] in ("a", "an") and doc[i].text[:1].isupper() and False):
            return None
        direction = -1 if toks[-1] in ("before", "earlier") else 1
        return _Cand(label, i, j, {"unit": unit, "n": num, "dir": direction})
    if label == "THEUNIT":
        if _lower(doc, i - 1) == "of" and _lower(doc, i - 2) in _EDGE_MODS:
            return _Cand(label, i, j, {"unit": doc[j - 1].lower_})
        return None
    return None


def _widen(doc, cand: _Cand, taken: bytearray) -> None:
    """Take modifiers before the expression into it: "since", "mid-", "the end of", "on Monday,"."""
    k = cand.lo if 0 <= cand.lo < cand.i else cand.i
    if cand.label in ("ANAPH", "AGO") or cand.data.get("framed"):
        cand.lo = k
        return

    def free(n: int) -> bool:
        return n >= 0 and not taken[n]

    if cand.mod is None:
        if free(k - 1) and doc[k - 1].lower_ in _INNER_MODS:
            cand.mod = _INNER_MODS[doc[k - 1].lower_]
            k -= 1
        elif free(k - 2) and doc[k - 1].text in _DASHES and doc[k - 2].lower_ in _INNER_MODS:
            cand.mod = _INNER_MODS[doc[k - 2].lower_]
            k -= 2
        elif free(k - 2) and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in _EDGE_MODS:
            cand.mod = _EDGE_MODS[doc[k - 2].lower_]
            k -= 2
            if free(k - 1) and doc[k - 1].lower_ == "the":
                k -= 1
    outer = None
    if free(k - 1) and doc[k - 1].lower_ in _OUTER_MODS:
        outer = _OUTER_MODS[doc[k - 1].lower_]
        if not (outer == "until" and doc[k - 1].lower_ in ("by", "through") and cand.label == "CAL" and cand.data.get("gran") == "month" and cand.mod is None and cand.data.get("y") is None and False):
            k -= 1
    elif free(k - 2) and doc[k - 2].lower_ == "prior" and doc[k - 1].lower_ == "to":
        outer, k = "before", k - 2
    elif free(k - 2) and doc[k - 2].lower_ == "up" and doc[k - 1].lower_ in ("to", "until"):
        outer, k = "until", k - 2
    elif free(k - 1) and doc[k - 1].lower_ == "from" and cand.data.get("conn") is None:
        outer, k = "since", k - 1
    if outer is not None:
        if outer == "until" and cand.mod in ("late",) or outer in ("since", "until", "before", "after"):
            cand.mod = outer
        elif cand.mod is None:
            cand.mod = outer
    cand.lo = k


# --------------------------------------------------------------------------- tense


def _sentence_starts(doc) -> list[int]:
    starts = [0]
    n = len(doc)
    for k in range(n - 1):
        t = doc[k].text
        if t in (".", "!", "?", ";") or (doc[k].is_space and "\n" in t) or "\n\n" in doc[k].whitespace_:
            starts.append(k + 1)
    return starts


def _tense(doc, starts: list[int], lo: int, hi: int) -> str | None:
    """The tense nearest to tokens ``lo:hi`` within their sentence: past, future, present or None."""
    import bisect

    w = words()
    s = starts[bisect.bisect_right(starts, lo) - 1]
    pos = bisect.bisect_right(starts, hi - 1)
    e = starts[pos] if pos < len(starts) else len(doc)
    best: tuple[int, int, str] | None = None
    future, past, present, reporting, not_ed = (
        w["tense_future"], w["tense_past"], w["tense_present"], w["tense_reporting"], w["not_past_ed"],
    )
    for k in range(s, e):
        if lo <= k < hi:
            continue
        low = doc[k].lower_
        if low == "be":
            rank, tense = 0, "future"
        elif low in future:
            rank, tense = 0, "future"
        elif low in past:
            if low in ("held", "signed", "made", "adopted", "launched", "concluded", "completed", "approved") and k > s and doc[k - 1].lower_ in ("be", "to", "being"):
                continue
            rank, tense = 1, "past"
        elif low in reporting:
            rank, tense = 3, "past"
        elif low in present:
            rank, tense = 2, "present"
        elif len(low) > 4 and low.endswith("ed") and low.isalpha() and low not in not_ed:
            before = doc[k - 1].lower_ if k > s else ""
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
        return (*_unit("month", day.year, day.month), "month")  # type: ignore[misc]
    if unit == "weekend":
        sat = _week(day)[0] + datetime.timedelta(days=5)
        return sat, sat + _ONE, "day"
    if unit == "quarter":
        return (*_unit("quarter", day.year, (day.month - 1) // 3 + 1), "quarter")  # type: ignore[misc]
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
    """(start, end, granularity) of a candidate, before its open-period modifier."""
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
            ok = pub is None or not (
                (tense == "future" and st.anchor_year < pub.year) or (tense == "past" and st.anchor_year > pub.year)
            )
            if ok:
                rng = make(st.anchor_year)
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
        gran = {"RELDAY": "day", "WEEKDAY": "day"}.get(label) or _unit_of(data.get("unit", "year"), Date(2000, 1, 1))[2]
        return None, None, gran
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
            base = st.last[1] if direction > 0 else st.last[0]
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
    if mod == "since":
        return start, None
    if mod == "until":
        return None, end
    if mod == "before":
        return None, (start - _ONE if start is not None else None)
    if mod == "after":
        return (end + _ONE if end is not None else None), None
    return start, end


# --------------------------------------------------------------------------- finding

_LABEL_ORDER = {"CAL": 0, "QUARTER": 1, "HALF": 1, "SEASON": 1, "RELUNIT": 2, "RELDAY": 2, "WEEKDAY": 3, "ANAPH": 3, "AGO": 3, "THEUNIT": 4}


def _candidates(doc) -> list[_Cand]:
    """Valid, widened, non-overlapping candidates in text order."""
    m = matcher(doc.vocab)
    raw = m(doc)
    if not raw:
        return []
    strings = doc.vocab.strings
    raw = sorted({(s, e, strings[mid]) for mid, s, e in raw}, key=lambda x: (x[0] - x[1], _LABEL_ORDER[x[2]], x[0]))
    taken = bytearray(len(doc))
    chosen: list[_Cand] = []
    for s, e, label in raw:
        if any(taken[s:e]):
            # a shorter match inside a chosen one; only its untaken remainder could count
            continue
        cand = _validate(doc, label, s, e)
        if cand is None:
            continue
        lo = min(cand.lo, cand.i) if cand.lo >= 0 else cand.i
        if any(taken[lo:cand.j]):
            continue
        cand.lo = lo
        for k in range(lo, cand.j):
            taken[k] = 1
        chosen.append(cand)
    for cand in chosen:  # modifiers, once every expression has its tokens
        for k in range(cand.lo, cand.j):
            taken[k] = 0
        _widen(doc, cand, taken)
        for k in range(cand.lo, cand.j):
            taken[k] = 1
    chosen.sort(key=lambda c: c.lo)
    return chosen


_DATELINE_PREFIX = re.compile(
    r"^[\s*#_>\[\]\"]*(?:(?:date|dated|published|posted|updated)\s*:?\s*"
    r"|[A-Z][\w.'’\-]*(?:[ \-][A-Za-z][\w.'’\-]*){0,3}\s*(?:\([^)\n]{0,40}\)\s*)?,\s*)?$"
)
_DATELINE_SUFFIX = re.compile(r"^(?:[ \t]*[.,:]?[ \t]*(?:/|\(|—|–|-|\*|\||\n|$|\d{1,2}[:.]\d\d|[A-Z]{2,})|\.\s+[A-Z\"“])")
_DATELINE_WINDOW = 400


def _dateline_cand(text: str, doc, cands: Sequence[_Cand]) -> _Cand | None:
    for c in cands:
        start = doc[c.lo].idx
        if start > _DATELINE_WINDOW:
            return None
        if c.label != "CAL" or c.data.get("gran") != "day" or c.mod is not None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text.count("\n", 0, line_start) > 8:
            return None
        end = doc[c.j - 1].idx + len(doc[c.j - 1].text)
        if _DATELINE_PREFIX.match(text[line_start:start]) and _DATELINE_SUFFIX.match(text[end : end + 12]):
            return c
    return None


def _tokens(text: str | Any):
    if isinstance(text, str):
        return blank_tokenizer()(text)
    if hasattr(text, "vocab") and hasattr(text, "text") and hasattr(text, "__getitem__"):
        return text
    raise InputTypeError(f"text must be a str or a spaCy Doc, got {type(text).__name__}: {text!r:.80}")


def find_dates(text: Any, published: Date | datetime.datetime | str | None = None) -> list[DateMention]:
    """Every date expression of ``text``, resolved to a range of days.

    Args:
        text: the text, or a spaCy ``Doc`` of any English pipeline (its tokens are reused;
            offsets index ``doc.text``).
        published: the publication date that relative expressions ("yesterday", "in
            September") are resolved against. When None, a dateline with a full date
            ("MOSCOW, 12 October 2022") is used instead.

    Returns:
        Mentions sorted by ``start_char``, not overlapping.

    Raises:
        InputTypeError: ``text`` is neither a str nor a Doc, or ``published`` has a wrong type.
        PublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> [(m.text, m.start.isoformat(), m.granularity) for m in find_dates(
        ...     "Trade grew in 2023. In September, the sides signed a deal.", published="2024-07-04")]
        [('2023', '2023-01-01', 'year'), ('September', '2023-09-01', 'month')]

    .. versionadded:: 0.1.0
    """
    pub = coerce_published(published)
    doc = _tokens(text)
    cands = _candidates(doc)
    if not cands:
        return []
    return _mentions(doc, cands, pub)


def _mentions(doc, cands: Sequence[_Cand], pub: Date | None) -> list[DateMention]:
    text = doc.text
    dateline = _dateline_cand(text, doc, cands)
    st = _State(pub)
    if pub is None and dateline is not None and dateline.data.get("y") is not None:
        start, _end, _g = _resolve(dateline, st, None)
        st.pub = start
    starts = _sentence_starts(doc)
    out: list[DateMention] = []
    for c in cands:
        tense = None if c is dateline else _tense(doc, starts, c.lo, c.j)
        try:
            start, end, gran = _resolve(c, st, tense)
        except (ValueError, OverflowError):
            start, end, gran = None, None, c.data.get("gran", "day")
        if start is not None:
            explicit = c.data.get("y") is not None or c.data.get("yrel") not in (None,) or (
                c.label == "RELUNIT" and c.data["unit"] == "year"
            ) or (c.label == "AGO" and c.data["unit"] == "year")
            if explicit and c.mod not in ("since", "until", "before", "after") and c.data.get("y2") is None:
                st.anchor_year = start.year
            st.last = (start, end, gran)
        start, end = _apply_mod(start, end, c.mod)
        s_char, e_char = _char_span(doc, c)
        out.append(DateMention(s_char, e_char, text[s_char:e_char], start, end, gran, c.mod, tense))
    return out


def _char_span(doc, c: _Cand) -> tuple[int, int]:
    """Character offsets of a candidate; a sentence's full stop after "Feb." stays outside."""
    last = doc[c.j - 1]
    e_char = last.idx + len(last.text)
    if last.text.endswith(".") and last.lower_ in words()["months"]:
        nxt = doc[c.j] if c.j < len(doc) else None
        if nxt is None or nxt.is_space or nxt.text[:1].isupper() or "\n" in last.whitespace_:
            e_char -= 1
    return doc[c.lo].idx, e_char


def find_dateline(text: Any, published: Date | datetime.datetime | str | None = None) -> DateMention | None:
    """The dateline of a news text ("ASTANA, April 29. /TASS/", "MOSCOW, Oct 12 (Reuters) -").

    Args:
        text: the text or a spaCy Doc.
        published: resolves a dateline without a year; without it such a dateline has
            ``start`` None.

    Returns:
        The dateline's date mention, or None when the text opens without one.

    Example:
        >>> find_dateline("MOSCOW, October 12, 2022. /TASS/. Talks began.").start
        datetime.date(2022, 10, 12)
    """
    pub = coerce_published(published)
    if isinstance(text, str):
        cut = text.find("\n", _DATELINE_WINDOW)
        head = text if cut < 0 else text[:cut]
        doc = blank_tokenizer()(head)
    else:
        doc = _tokens(text)
    cands = _candidates(doc)
    line = _dateline_cand(doc.text, doc, cands)
    if line is None:
        return None
    st = _State(pub)
    start, end, gran = _resolve(line, st, None)
    s_char, e_char = _char_span(doc, line)
    return DateMention(s_char, e_char, doc.text[s_char:e_char], start, end, gran, None, None)


def parse_dateline(text: Any) -> Date | None:
    """The full date of the text's dateline, or None (no dateline, or one without a year).

    Example:
        >>> parse_dateline("12 October 2022, 14:30 - The forum opened in Astana.")
        datetime.date(2022, 10, 12)
        >>> parse_dateline("ASTANA, April 29. /TASS/. The forum opened.") is None
        True
    """
    line = find_dateline(text)
    return line.start if line is not None else None
