"""Token patterns of :mod:`eurasia_events.dates`: the word lists and the cached Matcher.

The Matcher only proposes candidate spans with a label; :mod:`eurasia_events.dates`
checks their context, widens them by modifiers and resolves them. Patterns are written on
the tokens of ``spacy.blank("en")``, whose tokenizer every English pipeline shares.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["words", "matcher", "blank_tokenizer", "LABELS"]

LABELS = ("CAL", "QUARTER", "HALF", "SEASON", "RELDAY", "RELUNIT", "WEEKDAY", "ANAPH", "AGO", "THEUNIT")


@functools.lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The lists of ``data/dates_words.json``: dicts stay dicts, lists become frozensets."""
    path = resources.files("eurasia_events") / "data" / "dates_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        out[key] = value if isinstance(value, dict) else frozenset(value)
    out["days"] = _day_strings()
    out["years"] = frozenset(str(y) for y in range(1900, 2101))
    return out


def _day_strings() -> dict[str, int]:
    days: dict[str, int] = {}
    for d in range(1, 32):
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        days[str(d)] = d
        days[f"{d}{suffix}"] = d
        if d < 10:
            days[f"0{d}"] = d
    return days


@functools.lru_cache(maxsize=1)
def blank_tokenizer():
    """The tokenizer of ``spacy.blank("en")``, built once."""
    import spacy

    return spacy.blank("en").tokenizer


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    w = words()
    month = {"LOWER": {"IN": sorted(w["months"])}}
    day = {"TEXT": {"IN": sorted(w["days"])}}
    year = {"TEXT": {"IN": sorted(w["years"])}}
    year_opt = {"TEXT": {"IN": sorted(w["years"])}, "OP": "?"}
    conn = {"LOWER": {"IN": sorted(w["connectors"])}}
    comma = {"TEXT": ",", "OP": "?"}
    of_opt = {"LOWER": "of", "OP": "?"}
    dash = {"TEXT": {"IN": ["-", "–", "—", "‑"]}}
    num2 = {"TEXT": {"REGEX": r"^\d{1,2}$"}}
    dayrange = {"TEXT": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)?[-–—‑]\d{1,2}(?:st|nd|rd|th)?$"}}
    yearrange = {"TEXT": {"REGEX": r"^(?:19|20)\d\d[-–—‑/](?:(?:19|20)\d\d|\d\d)$"}}
    numeric = {"TEXT": {"REGEX": r"^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})$"}}
    modyear = {"LOWER": {"REGEX": r"^(?:mid|early|late)[-–](?:19|20)\d\d$"}}
    modmonth = {"LOWER": {"REGEX": r"^(?:mid|early|late)[-–][a-z]+\.?$"}}
    ordinal = {"LOWER": {"IN": sorted(w["ordinals"])}}
    the_opt = {"LOWER": "the", "OP": "?"}
    season = {"LOWER": {"IN": sorted(w["seasons"])}}
    weekday = {"LOWER": {"IN": sorted(w["weekdays"])}}
    unit = {"LOWER": {"IN": ["day", "week", "month", "year", "quarter", "weekend"]}}
    units = {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}}
    number = {"LOWER": {"IN": sorted(w["numbers"]) + [str(n) for n in range(1, 100)]}}

    # "of 2024", "2024", "of the year", "of this year", "of the current year", ...
    year_suffixes: list[list[dict[str, Any]]] = [
        [],
        [of_opt, year],
        [
            {"LOWER": "of"},
            {"LOWER": {"IN": ["the", "this", "next", "last", "that", "current", "same", "coming", "previous", "following"]}, "OP": "+"},
            {"LOWER": "year"},
        ],
    ]
    p: dict[str, list[list[dict[str, Any]]]] = {k: [] for k in LABELS}
    p["CAL"] += [
        [day, of_opt, month, comma, year_opt],
        [month, day, comma, year_opt],
        [month, day, conn, day, comma, year_opt],
        [month, dayrange, comma, year_opt],
        [day, conn, day, of_opt, month, comma, year_opt],
        [dayrange, month, comma, year_opt],
        [month, day, comma, year_opt, conn, month, day, comma, year_opt],
        [day, of_opt, month, comma, year_opt, conn, day, of_opt, month, comma, year_opt],
        [month, of_opt, comma, year],
        [month],
        [month, year_opt, conn, month, comma, year_opt],
        [year],
        [year, conn, year],
        [yearrange],
        [numeric],
        [year, dash, num2, dash, num2],
        [modyear],
        [modmonth, comma, year_opt],
    ]
    for suffix in year_suffixes:
        p["QUARTER"].append([the_opt, ordinal, {"LOWER": "quarter"}, *suffix])
        p["HALF"].append([the_opt, ordinal, {"LOWER": "half"}, *suffix])
        p["SEASON"].append([the_opt, season, *suffix])
    p["QUARTER"].append([{"TEXT": {"REGEX": r"^[Qq][1-4]$"}}, year_opt])
    p["HALF"].append([{"TEXT": {"REGEX": r"^H[12]$"}}, year])
    p["SEASON"].append([season, comma, year, dash, year])
    p["SEASON"].append([season, {"TEXT": {"REGEX": r"^(?:19|20)\d\d[-–—‑/](?:(?:19|20)\d\d|\d\d)$"}}])
    p["RELDAY"] += [
        [{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
        [{"LOWER": "the"}, {"LOWER": "day"}, {"LOWER": "before"}, {"LOWER": "yesterday"}],
        [{"LOWER": "the"}, {"LOWER": "day"}, {"LOWER": "after"}, {"LOWER": "tomorrow"}],
        [{"LOWER": "this"}, {"LOWER": {"IN": ["morning", "afternoon", "evening"]}}],
    ]
    p["RELUNIT"] += [
        [{"LOWER": {"IN": ["last", "next", "this", "coming"]}}, unit],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["current", "coming", "past"]}}, unit],
    ]
    p["WEEKDAY"] += [[{"LOWER": {"IN": ["last", "next", "this", "coming"]}, "OP": "?"}, weekday]]
    p["ANAPH"] += [
        [{"LOWER": "the"}, unit, {"LOWER": {"IN": ["before", "after", "earlier", "later"]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "preceding", "same", "prior"]}}, unit],
        [{"LOWER": "that"}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
        [number, units, {"LOWER": {"IN": ["later", "earlier", "before", "after"]}}],
    ]
    p["AGO"] += [[number, units, {"LOWER": "ago"}]]
    p["THEUNIT"] += [[{"LOWER": "the"}, {"LOWER": {"IN": ["year", "month", "week"]}}]]
    return p


_MATCHERS: dict[int, tuple[Any, Any]] = {}


def matcher(vocab: Any):
    """The date Matcher for ``vocab``, compiled once per vocabulary."""
    entry = _MATCHERS.get(id(vocab))
    if entry is not None and entry[0] is vocab:
        return entry[1]
    from spacy.matcher import Matcher

    m = Matcher(vocab, validate=False)
    for label, patterns in _patterns().items():
        if patterns:
            m.add(label, patterns)
    if len(_MATCHERS) >= 8:  # vocabularies are few; keep the cache bounded anyway
        _MATCHERS.clear()
    _MATCHERS[id(vocab)] = (vocab, m)
    return m
