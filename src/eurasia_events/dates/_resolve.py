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
    if how == "this":  # "this winter", told in January: the one under way; "this January", told in June: this year's
        now = [r for r in cands if r[0] <= pub <= r[1]]
        same = [r for r in cands if r[0].year == pub.year]
        if now or same:
            return (now or same)[0]
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
_ASIDE = 12  # the longest parenthesis a clause reads across: "the Organization (SCO) held in Tashkent"
_FOLLOWING = 2  # how much farther a tense word after the date counts than one before it
_MODALS = frozenset(["will", "'ll", "shall", "would"])


def _clause(lower: Sequence[str], s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of tokens ``lo:hi`` within the sentence ``s:e``: up to the nearest commas
    or other marks, reading across a short parenthesis that the tokens are not in."""
    cs = lo
    while cs > s and lower[cs - 1] not in _CLAUSE_MARKS:
        cs -= 1
        if cs > s and lower[cs - 1] == ")":
            opening = _matching(lower, cs - 1, max(s, cs - 1 - _ASIDE), -1, "(")
            if opening is not None:
                cs = opening
    ce = hi
    while ce < e and lower[ce] not in _CLAUSE_MARKS:
        ce += 1
        if ce < e and lower[ce] == "(":
            closing = _matching(lower, ce, min(e, ce + _ASIDE + 1), 1, ")")
            if closing is not None:
                ce = closing + 1
    return cs, ce


def _matching(lower: Sequence[str], at: int, stop: int, step: int, bracket: str) -> int | None:
    """The index of ``bracket`` from ``at`` towards ``stop`` (exclusive), or None."""
    for k in range(at + step, stop, step):
        if lower[k] == bracket:
            return k
        if lower[k] in (",", ";", "(", ")"):
            return None
    return None


def _tense(lower: Sequence[str], starts: list[int], lo: int, hi: int) -> str | None:
    """The tense of tokens ``lo:hi`` (see :class:`_Tenses`); ``lower``: the lower-case
    text of every token, ``starts``: the first token of every sentence."""
    return _Tenses(lower, starts)(lo, hi)


_Mark = tuple[int, str] | None
_OPEN_QUOTES = frozenset(['"', "“", "«"])
_CLOSE_QUOTES = frozenset(['"', "”", "»"])
_TITLE_MAX = 12  # tokens: a longer quotation is someone's words, whose tense may be the date's
_UNREAD = object()  # a token not yet read as a tense word


class _Tenses:
    """The tenses of the date mentions of one text; each token is read once as a tense
    word (:func:`_word_tense`), however many mentions share its sentence."""

    __slots__ = ("_marks", "_titles", "lower", "starts", "w")

    def __init__(self, lower: Sequence[str], starts: list[int]) -> None:
        self.lower = lower
        self.starts = starts
        self.w = words()
        self._marks: list[Any] = [_UNREAD] * len(lower)
        self._titles: set[int] | None = None

    def titles(self) -> set[int]:
        """Tokens inside a short quotation (a title: 'the Declaration "Next Step in the
        Partnership"'), whose words tell no tense of a date outside it."""
        if self._titles is None:
            self._titles = set()
            lower, k = self.lower, 0
            while k < len(lower):
                if lower[k] in _OPEN_QUOTES:
                    close = next((j for j in range(k + 1, min(len(lower), k + _TITLE_MAX + 2)) if lower[j] in _CLOSE_QUOTES), None)
                    if close is not None:
                        self._titles.update(range(k + 1, close))
                        k = close
                k += 1
        return self._titles

    def mark(self, k: int) -> _Mark:
        """(rank, tense) of token ``k`` as a tense word, or None."""
        found = self._marks[k]
        if found is _UNREAD:
            found = self._marks[k] = _word_tense(self.lower, self.w, k)
        return found

    def __call__(self, lo: int, hi: int) -> str | None:
        """The tense nearest to tokens ``lo:hi``: within their clause (between commas and
        other marks) when it has one, else within their sentence; past, future, present
        or None. "X will travel to Laos from March 3 to 5, the ministry said on Friday":
        the visit's clause is future. A purpose infinitive before the date governs it
        ("invited the leaders to attend the forum in June": future)."""
        lower, starts = self.lower, self.starts
        s = starts[bisect.bisect_right(starts, lo) - 1]
        pos = bisect.bisect_right(starts, hi - 1)
        e = starts[pos] if pos < len(starts) else len(lower)
        cs, ce = _clause(lower, s, e, lo, hi)
        if lo - 2 >= cs and lower[lo - 1] in ("to", "until", "till", "for") and lower[lo - 2] in self.w["reschedule_verbs"]:
            return "future"  # "has been postponed to November 12": the new date is to come
        if lo - 2 >= cs and lower[lo - 1] == "in" and lower[lo - 2] in self.w["month_event_nouns"] \
                and all(self.mark(k) is None for k in range(hi, ce)):
            return None  # "reached consensus on the summit in June": the event's own time, the nearest June, not the verb's
        purpose = self._purpose(cs, lo)
        if purpose is not None:
            return purpose or None
        if (cs, ce) != (s, e):
            found = self._nearest(cs, ce, lo, hi)
            if found is not None:
                return found
        return self._nearest(s, e, lo, hi)

    def _purpose(self, cs: int, lo: int) -> str | None:
        """``future`` when the nearest verb before token ``lo`` in its clause is a purpose
        infinitive ("to attend", "to take part", "to hold") that looks ahead: its own verb
        is not past, or is one of intent ("invited", "proposed", "agreed"); ``""`` (no
        tense: the nearest day) when that verb is "was" or "were" ("was to visit Baku on
        September 10": a plan told in the past, its day either side of the publication).
        None otherwise: a past or present tense word between them ("to attend the forum that
        opened in June"), or a past motion ("flew to Kazan to attend the fair in May")."""
        lower, w = self.lower, self.w
        k = lo - 1
        while k > cs:
            if lower[k - 1] == "to" and lower[k] in w["purpose_verbs"]:
                break
            between = self.mark(k)
            if between is not None and between[1] != "future":  # "the next summit" does not stop it
                return None
            k -= 1
        else:
            return None
        for g in range(k - 2, cs - 1, -1):
            found = self.mark(g)
            if found is None:
                continue
            if g == k - 2 and lower[g] in ("was", "were"):
                return ""
            if found[1] == "past" and lower[g] not in w["prospective_verbs"]:
                return None
            return "future"
        return "future"

    def _nearest(self, s: int, e: int, lo: int, hi: int) -> str | None:
        """The tense of the nearest tense word of ``s:e`` outside ``lo:hi``. A word after
        the date counts as :data:`_FOLLOWING` tokens farther: the verb a date follows is
        usually its own ("the fair that opened on Monday will close"); a reporting verb
        counts only when no other word is there, or when the date follows it ("said on
        Monday that the talks will go on")."""
        best: tuple[int, int, str] | None = None
        titles = self.titles()
        inside = lo in titles
        for k in range(s, e):
            if lo <= k < hi or (k in titles and not inside):
                continue
            found = self.mark(k)
            if found is None:
                continue
            rank, tense = found
            if rank == 1 and _participle(self.lower, self.w, k, s, e):
                continue
            said_on = rank == 3 and (k == lo - 1 or (k == lo - 2 and self.lower[k + 1] == "on"))
            dist = (lo - k if k < lo else k - hi + 1 + _FOLLOWING) + (100 if rank == 3 and not said_on else 0)
            key = (dist, rank, tense)
            if best is None or key < best:
                best = key
        return best[2] if best else None


#: the words after which "'s" is "is" ("it's", "there's"); after a noun it is a possessive
_IS_AFTER = frozenset(["it", "he", "she", "that", "there", "what", "who", "here", "where", "this"])


def _word_tense(lower: Sequence[str], w: dict, k: int) -> _Mark:
    """(rank, tense) of token ``k`` as a tense word, or None: future and "be" rank 0, past
    1, present 2, reporting verbs 3."""
    low = lower[k]
    before = lower[k - 1] if k > 0 else ""
    if low == "be":
        return 0, "future"
    if low in w["tense_future"]:
        if low == "later" and k + 1 < len(lower) and lower[k + 1] in ("on", "that"):
            return None  # "later on Monday, he met": later that day, whatever its tense
        if low == "ahead" and k + 1 < len(lower) and lower[k + 1] == "of":
            return None  # "shook hands ahead of their talks on Monday": before them, whatever its tense
        if low in ("plan", "plans", "schedule") and (before in w["determiners"] or before in w["name_nouns"]):
            return None  # "signed an action plan on Monday": the document, no plan to do something
        if low in ("next", "upcoming") and before in w["determiners"] and k > 1 and lower[k - 2] in w["tense_past"]:
            return None  # "held the next round of consultations on June 10": the round after the last, held
        return None if before == "to" else (0, "future")  # "met on Monday to prepare": an infinitive
    if low in w["tense_past"]:
        if before in ("be", "being") or (low in ("held", "signed", "made", "adopted", "launched", "concluded", "completed", "approved") and before == "to"):
            return None  # "(to) be hosted by Baku on 15 October": a passive infinitive, no past
        if low == "last" and before in ("will", "to", "would", "shall", "'ll"):
            return None  # "the visit will last until Wednesday": the verb, not "last week"
        return 1, "past"
    if low in w["tense_reporting"]:
        return 3, "past"
    if low in w["tense_present"]:
        if low in ("'s", "’s") and before not in _IS_AFTER:
            return None  # "in Kazakhstan's Turkestan": a possessive, no "is"
        return 2, "present"
    if len(low) > 4 and low.endswith("ed") and low.isalpha() and low not in w["not_past_ed"]:
        if before in ("be", "to", "being"):
            return None
        return (2, "present") if before in ("is", "are") else (1, "past")
    return None


def _participle(lower: Sequence[str], w: dict, k: int, s: int, e: int) -> bool:
    """Whether the past form at ``k`` is a participle after a noun, not the verb of its
    clause ``s:e``: a modal comes before it in the clause, no relative pronoun right
    before it, and a preposition right after it ("will attend the meeting held in
    Tashkent"; not "who will meet on Monday held talks")."""
    low = lower[k]
    if k + 1 >= e or k == s or lower[k + 1] not in w["participle_prepositions"]:
        return False
    if not (low.endswith("ed") or low in w["participles"]) or lower[k - 1] in ("that", "which", "who"):
        return False
    return any(lower[t] in _MODALS for t in range(s, k))


# --------------------------------------------------------------------------- resolution


@attrs.define
class _State:
    """What the text told so far: the publication date, the year to carry over, the last
    mention's days and the last day-level mention's days (for "the same day")."""

    pub: Date | None
    anchor_year: int | None = None
    last: tuple[Date, Date, str] | None = None
    last_day: tuple[Date, Date, str] | None = None

    def told(self, start: Date, end: Date, gran: str) -> None:
        """Remember a resolved mention for the anaphora after it."""
        self.last = (start, end, gran)
        if gran == "day":
            self.last_day = self.last


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
            other = data.get("month_first")
            if rng and other is not None and pub is not None and abs((other - pub).days) < abs((rng[0] - pub).days):
                rng = (other, other)  # "05/11/2009" in a report of May 11, 2009: month first
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
        rel = data["rel"]
        if rel is None:  # "over the weekend": the one before the report (a weekend's own report: that one), or the coming one
            rel = 0 if pub.weekday() >= 5 or tense == "future" else -1
        base = pub + _ONE if data["unit"] == "week" and rel == 0 and pub.weekday() == 6 and tense == "future" else pub
        # ("will attend the summit this week", told on a Sunday: the week that begins the next day)
        s, e, g = _unit_of(data["unit"], _shift(data["unit"], base, rel))
        return s, e, g
    if label == "WEEKDAY":
        wd, rel = data["wd"], data["rel"]
        back = (pub.weekday() - wd) % 7
        fwd = (wd - pub.weekday()) % 7
        if "wd2" in data:  # "from Tuesday to Thursday": the first day by the tense, the last after it
            first, _, _ = _resolve_days(_Cand(label, c.i, c.j, {"wd": wd, "rel": rel}), st, tense)
            return first, first + datetime.timedelta(days=(data["wd2"] - wd) % 7), "day"
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
    if label == "NEXTN":  # "in the next two or three months": this month to the last one named
        unit = data["unit"]
        start = _unit_of(unit, pub)[0]
        end, gran = _unit_of(unit, _shift(unit, pub, data["n"] - 1))[1:]  # the current one is the first
        return start, end, gran
    if label == "ANAPH":
        unit, n, direction = data["unit"], data["n"], data["dir"]
        last = st.last_day if unit == "day" else st.last
        if last is not None:
            base = last[1] if direction > 0 else last[0]  # dir 0 ("the same day"): the start
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


def _apply_mod(start: Date | None, end: Date | None, mod: str | None, deadline: bool = False) -> tuple[Date | None, Date | None]:
    """The open period of "since", "until", "before", "after"; no bound past the calendar's
    first or last day ("before" 1 January of year 1). A ``deadline`` ("by late 2016", mod
    ``before``) ends on the period's last day, as "until" does (spec section 5)."""
    if mod == "since":
        return start, None
    if mod == "until" or (mod == "before" and deadline):
        return None, end
    if mod == "before":
        return None, (start - _ONE if start is not None and start > Date.min else None)
    if mod == "after":
        return (end + _ONE if end is not None and end < Date.max else None), None
    return start, end


