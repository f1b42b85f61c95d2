"""Detection of :mod:`eurasia_events.dates`: Matcher candidates, their context checks and modifiers.

A candidate is a labelled token range with what its tokens say (day, month, year,
range sides, relative words); :mod:`eurasia_events._date_resolve` turns it into days.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

import attrs

from ._numeric import month_first, numeric
from ._patterns import ANCHOR, BREAK, GROUP_SHIFT, PART, matcher, token_classes, vocab_entry, words
from ._spans import _end_verb, _is_single_day, _join_ranges

Date = datetime.date

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
    tense_lo: int = -1  # first token the tense reading skips, when not ``lo`` ("ends on Friday": after "ends")


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


def _dashed_mod(word: str) -> str | None:
    """The modifier of "mid-", "early-", "late-" written apart from its year or month ("mid- 2014")."""
    if len(word) > 3 and word[-1] in _DASHES:
        return _INNER_MODS.get(word[:-1])
    return None


def _context_ok(doc, i: int, allowed: frozenset[str]) -> bool:
    """Whether the token before ``i`` lets a bare month, year or season be a date."""
    if i == 0:
        return False
    prev = doc[i - 1].lower_
    if _dashed_mod(prev):
        return True
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
        elif t in (",", "of", "the") or tok.is_space:
            pass  # a line break inside a date: "March\n4, 2021"
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
            f = numeric(t)
            if f is None:
                return None
            out.append(("F", f))
            other = month_first(t)
            if other is not None and other != f:
                out.append(("FM", other))  # "05/11/2009": day first, or month first as in American usage
        else:
            return None
        k += 1
    return out


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
        if len(left) - ("FM" in left) > 1 or right is not None:
            return None
        out_f = {"y": left["F"].year, "m": left["F"].month, "d": left["F"].day, "gran": "day", "explicit": True}
        if "FM" in left:
            out_f["month_first"] = left["FM"]
        return out_f
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


# --------------------------------------------------------------------------- validation

_NOT_AFTER_NUMBER = frozenset(
    "% percent per tonnes tons people delegates km kilometres kilometers dollars participants "
    "companies projects metres meters units times billion million thousand".split()
)
_REL_WORDS = {"last": "last", "next": "next", "this": "this", "coming": "next", "previous": "last", "past": "last"}
_OUTER_MODS = {
    "since": "since", "until": "until", "till": "until", "by": "before", "through": "until",
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


def _rel_year_tail(doc, i: int, j: int) -> tuple[int | None, int]:
    """(year offset, end of the calendar tokens) of a match ending in "last year", "(of)
    next year", "this year" ("in February last year"); (None, j) for any other match."""
    if j - i < 3 or doc[j - 1].lower_ != "year" or doc[j - 2].lower_ not in _REL_OF:
        return None, j
    core = j - 3 if doc[j - 3].lower_ == "of" else j - 2
    return _REL_OF[doc[j - 2].lower_], core


def _validate(doc, label: str, i: int, j: int) -> _Cand | None:
    w = words()
    while j > i and (doc[j - 1].lower_ in _TRAIL or doc[j - 1].is_space):
        j -= 1
    if j <= i:
        return None
    if label == "CAL":
        yrel, core = _rel_year_tail(doc, i, j)
        c = _parse_cal(doc, i, core)
        if c is None:
            return None
        conn = c.get("conn")
        if yrel is not None:
            if c["y"] is not None or conn or c["gran"] not in ("day", "month"):
                return None
            c["yrel"] = yrel
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
            ok = _context_ok(doc, i, w["month_context"]) or (
                i > 0 and doc[i - 1].lower_ in w["month_owners"] and _lower(doc, j) in w["month_event_nouns"]) or (  # "his February visit"
                i > 0 and doc[i - 1].lower_ == "on" and doc[i].text[:1].isupper() and _lower(doc, j) in (",", ".", ";"))  # "a summit on June, where"
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
            if y is None and rel is None and _lower(doc, j) == "of" and _lower(doc, j + 1) in w["months"]:
                return None  # "the second half of September" is a month
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
        if j - i == 1 and doc[i].text in ("Today", "Tomorrow", "Tonight") and i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].text.isalpha():
            return None  # "Russia Today", "Turkmenistan Today": a name, not a day
        if j - i == 1 and doc[i].text == "Today" and j + 1 < len(doc) and doc[j].text in ("'s", "’s") and doc[j + 1].text[:1].isupper() \
                and doc[j + 1].text.isalpha():
            return None  # "Today's Zaman reported": a newspaper's name, not the day
        return _Cand(label, i, j, {"words": [doc[k].lower_ for k in range(i, j)]})
    if label == "RELUNIT":
        if _lower(doc, i - 1) == "the" and doc[i].lower_ in ("last", "next", "this"):
            return None
        rel_word = doc[j - 2].lower_
        unit = doc[j - 1].lower_
        if rel_word == "the" and unit == "weekend":  # "over the weekend": the tense tells which
            return _Cand(label, i + 1, j, {"unit": unit, "rel": None})
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
            ahead = toks[0] == "in"  # "in two days": that many units after the publication day
            if ahead and unit not in ("day", "week"):
                return None  # ("grew in two years": how long, not when)
            n = toks[1] if ahead else toks[0]
            num = w["numbers"].get(n) or (int(n) if n.isdigit() else None)
            if not num:
                return None
            return _Cand(label, i, j, {"unit": unit, "n": -num if ahead else num})
        if toks[0] in ("later", "earlier") and toks[-1] == "day":
            # "later in the day": the day just told of; after a range, its first day (dir 0)
            return _Cand(label, i, j, {"unit": "day", "n": 0, "dir": 0})
        if toks[0] in ("the", "that"):
            if toks[0] == "that" or toks[1] == "same":
                # "the same day", "that day": the day just told of; after a range, its first day
                return _Cand(label, i, j, {"unit": unit, "n": 0, "dir": 0})
            direction = -1 if toks[-1] in ("before", "earlier") or toks[1] in ("previous", "preceding", "prior") else 1
            return _Cand(label, i, j, {"unit": unit, "n": 1, "dir": direction})
        n = toks[0]
        num = w["numbers"].get(n) or (int(n) if n.isdigit() else None)
        if not num:
            return None
        if toks[-1] in ("before", "after") and j < len(doc) and (doc[j].is_alpha or doc[j].like_num):
            return None  # "16 years after the previous visit": counted from an event, not from a date told
        direction = -1 if toks[-1] in ("before", "earlier") else 1
        return _Cand(label, i, j, {"unit": unit, "n": num, "dir": direction})
    if label == "NEXTN":
        # "the next two or three months": from the publication's unit to the last one named
        toks = [doc[k].lower_ for k in range(i, j)]
        unit = toks[-1].rstrip("s") if toks[-1] != "days" else "day"
        n = toks[-2]
        num = w["numbers"].get(n) or (int(n) if n.isdigit() else None)
        if not num or unit not in ("day", "week", "month", "year"):
            return None
        return _Cand(label, i, j, {"unit": unit, "n": num}, mod="approx")
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

    if cand.label == "RELUNIT" and cand.data["rel"] == 0 and free(k - 1) and doc[k - 1].lower_ in ("earlier", "later"):
        cand.tense_lo = k  # "earlier this year": that year, no modifier; "earlier" still tells the tense
        k -= 1
    if cand.mod is None:
        if free(k - 1) and doc[k - 1].lower_ in _INNER_MODS:
            cand.mod = _INNER_MODS[doc[k - 1].lower_]
            k -= 1
        elif free(k - 1) and _dashed_mod(doc[k - 1].lower_):
            cand.mod = _dashed_mod(doc[k - 1].lower_)
            k -= 1
        elif free(k - 2) and doc[k - 1].text in _DASHES and doc[k - 2].lower_ in _INNER_MODS:
            cand.mod = _INNER_MODS[doc[k - 2].lower_]
            k -= 2
        elif free(k - 3) and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ == "half" and doc[k - 3].lower_ in ("first", "second"):
            cand.mod = "early" if doc[k - 3].lower_ == "first" else "late"
            k -= 3
            if free(k - 1) and doc[k - 1].lower_ == "the":
                k -= 1
        elif free(k - 2) and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in _EDGE_MODS:
            cand.mod = _EDGE_MODS[doc[k - 2].lower_]
            k -= 2
            if free(k - 1) and doc[k - 1].lower_ == "the":
                k -= 1
    outer = None
    if free(k - 1) and doc[k - 1].lower_ in _OUTER_MODS:
        outer = _OUTER_MODS[doc[k - 1].lower_]
        k -= 1
    elif free(k - 2) and doc[k - 2].lower_ == "prior" and doc[k - 1].lower_ == "to":
        outer, k = "before", k - 2
    elif free(k - 2) and doc[k - 2].lower_ == "up" and doc[k - 1].lower_ in ("to", "until"):
        outer, k = "until", k - 2
    elif free(k - 1) and doc[k - 1].lower_ == "from" and cand.data.get("conn") is None:
        outer, k = "since", k - 1
    if outer is not None:
        if doc[k].lower_ == "by":  # a deadline: "by late 2016", "by the end of the year"
            cand.data["deadline"] = True
        if outer in ("since", "until", "before", "after") or cand.mod is None:
            cand.mod = outer
    elif _is_single_day(cand):
        verb = _end_verb(doc, k, free)
        if verb is not None:  # "ends on Saturday": known only by its end
            cand.mod = "until"
            cand.tense_lo = cand.tense_lo if cand.tense_lo >= 0 else k
            k = verb
    cand.lo = k


# --------------------------------------------------------------------------- finding

_LABEL_ORDER = {"CAL": 0, "QUARTER": 1, "HALF": 1, "SEASON": 1, "RELUNIT": 2, "RELDAY": 2, "NEXTN": 2, "WEEKDAY": 3, "ANAPH": 3, "AGO": 3, "THEUNIT": 4}


def _byte_class(test) -> bytes:
    """A regex character class of the class bytes that pass ``test``."""
    return b"[" + b"".join(re.escape(bytes([v])) for v in range(256) if test(v)) + b"]"


# a maximal run of PART tokens holding an ANCHOR one
_RUN = re.compile(
    _byte_class(lambda v: v & PART and not v & ANCHOR) + b"*" + _byte_class(lambda v: v & ANCHOR) + _byte_class(lambda v: v & PART) + b"*"
)
_BREAK = re.compile(_byte_class(lambda v: v & BREAK))


def _scan(doc) -> bytes:
    """The class byte of every token of a Doc (see :func:`~._date_patterns.token_classes`)."""
    from spacy.attrs import ORTH

    return token_classes(doc, doc.to_array(ORTH).tolist())


def _sentence_starts_of(classes: bytes) -> list[int]:
    """:func:`~._date_resolve._sentence_starts` from the class bytes of a Doc."""
    n = len(classes)
    return [0] + [m.start() + 1 for m in _BREAK.finditer(classes, 0, n - 1)]


def _matches(doc, classes: bytes | None, stop: int | None = None, orths: Sequence[int] | None = None) -> set[tuple[int, int, str]]:
    """(start, end, label) of every Matcher match: over the runs of ``classes`` that can
    hold a date (the same set as over the whole document), or over all of ``doc`` when
    ``classes`` is None. ``stop``: only runs before this token. ``orths``: the Doc's
    ``ORTH`` ids, when the caller has them.

    The date patterns read only the text of tokens (``TEXT``, ``LOWER``), so the matches
    of a run are those of its words wherever it stands: they are kept per vocabulary and
    word sequence ("on Monday", "12 October 2022"), and the Matcher runs only on a run
    not seen before."""
    strings = doc.vocab.strings
    if classes is None:
        return {(s, e, strings[mid]) for mid, s, e in matcher(doc.vocab)(doc)}
    entry = vocab_entry(doc.vocab)
    if orths is None:
        from spacy.attrs import ORTH

        orths = doc.to_array(ORTH).tolist()
    seen = entry.runs
    if len(seen) > _MAX_RUNS:
        seen.clear()
    out: set[tuple[int, int, str]] = set()
    for run in _RUN.finditer(classes, 0, len(classes) if stop is None else stop):
        a, b = run.span()
        bits = 0
        for value in classes[a:b]:
            bits |= value
        groups = bits >> GROUP_SHIFT
        key = (groups, *orths[a:b])
        found = seen.get(key)
        if found is None:
            found = seen[key] = tuple((strings[mid], s, e) for mid, s, e in entry.matcher(groups)(doc[a:b]))
        for label, s, e in found:
            out.add((s + a, e + a, label))
    return out


_MAX_RUNS = 50_000  # runs kept per vocabulary before the table starts over


def _candidates(doc, classes: bytes | None = None, stop: int | None = None, orths: Sequence[int] | None = None) -> list[_Cand]:
    """Valid, widened, non-overlapping candidates in text order.

    ``classes``: the class bytes of a Doc (:func:`_scan`) to match only where a date can
    be; None matches over the whole doc-like object. ``stop``: only matches before this
    token (with ``classes``). ``orths``: the Doc's ``ORTH`` ids, if at hand."""
    found = _matches(doc, classes, stop, orths)
    if not found:
        return []
    raw = sorted(found, key=lambda x: (x[0] - x[1], _LABEL_ORDER[x[2]], x[0]))
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
    return _join_ranges(doc, chosen)
