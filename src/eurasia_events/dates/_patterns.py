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

from ..text.tokens import remembered

__all__ = ["words", "matcher", "vocab_entry", "blank_tokenizer", "token_classes", "LABELS", "PART", "ANCHOR", "BREAK", "GROUPS"]

LABELS = ("CAL", "QUARTER", "HALF", "SEASON", "RELDAY", "RELUNIT", "WEEKDAY", "ANAPH", "AGO", "THEUNIT", "NEXTN")


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
    """The tokenizer of the default pipeline (``spacy.blank("en")`` with the library's glued-token
    splits), built once: a text reads the same as a Doc of :func:`~eurasia_events.text.pipeline.make_nlp`."""
    from ..text.pipeline import make_nlp

    return make_nlp(None).tokenizer


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    w = words()
    month = {"LOWER": {"IN": sorted(w["months"])}}
    day = {"TEXT": {"IN": sorted(w["days"])}}
    year = {"TEXT": {"IN": sorted(w["years"])}}
    year_opt = {"TEXT": {"IN": sorted(w["years"])}, "OP": "?"}
    conn = {"LOWER": {"IN": sorted(w["connectors"])}}
    comma = {"TEXT": ",", "OP": "?"}
    rel_year = {"LOWER": {"IN": ["last", "next", "this", "previous", "coming"]}}  # "in February last year"
    line = {"TEXT": {"REGEX": r"\A[ \t]*\n[ \t]*\Z"}, "OP": "?"}  # a line break inside a date, not a paragraph's
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
        [day, of_opt, line, month, comma, line, year_opt],
        [month, line, day, comma, line, year_opt],
        [month, day, conn, day, comma, year_opt],
        [month, dayrange, comma, year_opt],
        [day, conn, day, of_opt, month, comma, year_opt],
        [dayrange, month, comma, year_opt],
        [month, day, comma, year_opt, conn, month, day, comma, year_opt],
        [day, of_opt, month, comma, year_opt, conn, day, of_opt, month, comma, year_opt],
        [month, of_opt, comma, year],
        [month, of_opt, rel_year, {"LOWER": "year"}],
        [day, of_opt, month, of_opt, rel_year, {"LOWER": "year"}],
        [month, day, of_opt, rel_year, {"LOWER": "year"}],
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
        # "over the weekend", "at the weekend": the weekend nearest in the tense's direction
        [{"LOWER": {"IN": ["over", "at", "during"]}}, {"LOWER": "the"}, {"LOWER": "weekend"}],
    ]
    p["WEEKDAY"] += [[{"LOWER": {"IN": ["last", "next", "this", "coming"]}, "OP": "?"}, weekday]]
    p["ANAPH"] += [
        [{"LOWER": "the"}, unit, {"LOWER": {"IN": ["before", "after", "earlier", "later"]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "preceding", "same", "prior"]}}, unit],
        [{"LOWER": "that"}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}],
        # "later in the day", "earlier that day": the day just told of
        [{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": "day"}],
        [{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": "that"}, {"LOWER": "day"}],
        [number, units, {"LOWER": {"IN": ["later", "earlier", "before", "after"]}}],
    ]
    p["AGO"] += [[number, units, {"LOWER": "ago"}], [{"LOWER": "in"}, number, units]]  # "two days ago"; "in two days": ahead
    # "the next two or three months", "the coming five years"
    upcoming = {"LOWER": {"IN": ["next", "coming"]}}
    p["NEXTN"] += [
        [{"LOWER": "the"}, upcoming, number, units],
        [{"LOWER": "the"}, upcoming, number, {"LOWER": {"IN": ["or", "to"]}}, number, units],
    ]
    p["THEUNIT"] += [[{"LOWER": "the"}, {"LOWER": {"IN": ["year", "month", "week"]}}]]
    return p


# --------------------------------------------------------------------------- pre-scan
#
# The Matcher costs about 9 µs per token (44 patterns, most with IN sets or REGEX
# predicates evaluated in Python), yet few tokens of a news text can be part of a date.
# Every token is classed once per vocabulary (by its ORTH, a dict look-up per token and
# document); the Matcher then runs only on the maximal runs of tokens that some pattern
# token accepts (no match can cross any other token) and that hold an anchor: each
# pattern's rarest required token (a month, a year, a weekday, a season, "quarter",
# "week", "ago"...), which every match of it has. On such a run only the patterns of the
# groups whose anchors it holds are run. Matches depend only on their own tokens, so the
# set of matches is exactly the one of the whole Matcher over the whole document.

PART = 1  # some pattern token accepts this token
ANCHOR = 2  # the anchor of some pattern (always with PART)
BREAK = 4  # ".", "!", "?", ";" or a line break: the end of a sentence for the tense
GROUP_SHIFT = 3  # bit GROUP_SHIFT + g: the anchor of a pattern of GROUPS[g]
GROUPS = (("CAL",), ("QUARTER", "HALF", "SEASON"), ("RELDAY", "RELUNIT", "ANAPH", "AGO", "THEUNIT", "NEXTN"), ("WEEKDAY",))

# Words so frequent that a pattern token accepting one of them is a poor anchor.
_COMMON = frozenset(
    "the of , and or to a an this that these last next coming current past following previous "
    "same prior preceding before after earlier later & through till until first second third "
    "fourth final latter one two three - – — ‑".split()
)

# Words frequent in news that a rarer neighbour anchors better ("summer" of "summer of the year").
_FREQUENT = frozenset("day days week weeks month months year years".split())


def _accepts(spec: dict[str, Any]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What one pattern token accepts: (TEXT values, LOWER values, TEXT regexes, LOWER regexes)."""
    text: set[str] = set()
    lower: set[str] = set()
    text_re: list[str] = []
    lower_re: list[str] = []
    for key, value in spec.items():
        if key == "OP":
            if value not in ("1", "+", "?", "*"):
                raise ValueError(f"date pattern operator {value!r} is not known to the pre-scan")
            continue
        if key not in ("TEXT", "ORTH", "LOWER"):
            raise ValueError(f"date pattern attribute {key!r} is not known to the pre-scan")
        literal, regex = (text, text_re) if key in ("TEXT", "ORTH") else (lower, lower_re)
        if isinstance(value, str):
            literal.add(value)
        elif set(value) == {"IN"}:
            literal.update(value["IN"])
        elif set(value) == {"REGEX"}:
            regex.append(value["REGEX"])
        else:
            raise ValueError(f"date pattern predicate {value!r} is not known to the pre-scan")
    return frozenset(text), frozenset(lower), tuple(text_re), tuple(lower_re)


class _TokenTest:
    """Whether a token (its text and lower form) is accepted by any of some pattern tokens."""

    def __init__(self, specs: list[dict[str, Any]]) -> None:
        import re

        text: set[str] = set()
        lower: set[str] = set()
        text_re: set[str] = set()
        lower_re: set[str] = set()
        for spec in specs:
            t, lo, tr, lr = _accepts(spec)
            text |= t
            lower |= lo
            text_re.update(tr)
            lower_re.update(lr)
        self.text = frozenset(text)
        self.lower = frozenset(lower)
        self.text_re = tuple(re.compile(r) for r in sorted(text_re))
        self.lower_re = tuple(re.compile(r) for r in sorted(lower_re))

    def __call__(self, text: str, lower: str) -> bool:
        return (
            text in self.text
            or lower in self.lower
            or any(r.search(text) for r in self.text_re)
            or any(r.search(lower) for r in self.lower_re)
        )


@functools.lru_cache(maxsize=1)
def _probes() -> frozenset[str]:
    """Strings to weigh a REGEX pattern token by: every literal of the patterns, 0 to 99."""
    out = {str(n) for n in range(100)}
    for patterns in _patterns().values():
        for pattern in patterns:
            for spec in pattern:
                text, lower, _text_re, _lower_re = _accepts(spec)
                out |= text | lower
    return frozenset(out)


def _anchor(pattern: list[dict[str, Any]]) -> dict[str, Any]:
    """The pattern's rarest required token: one that takes no common word, no bare number
    and no frequent word if it can, then the one of the fewest values (a REGEX counts the
    probe strings it takes)."""
    required = [spec for spec in pattern if spec.get("OP", "1") in ("1", "+")]
    if not required:
        raise ValueError(f"date pattern {pattern!r} has no required token for the pre-scan")
    return min(required, key=lambda spec: _rarity(json.dumps(spec, sort_keys=True)))


@functools.lru_cache(maxsize=None)
def _rarity(spec_json: str) -> tuple[bool, bool, bool, int]:
    """How common the words a pattern token takes are (see :func:`_anchor`); patterns share
    tokens, so each distinct token is weighed once."""
    spec = json.loads(spec_json)
    test = _TokenTest([spec])
    text, lower, _text_re, _lower_re = _accepts(spec)
    words = text | lower
    return (
        any(test(w, w) for w in _COMMON),
        any(test(str(n), str(n)) for n in range(100)),
        any(test(w, w) for w in _FREQUENT),
        len(words) + sum(1 for probe in _probes() - words if test(probe, probe.lower())),
    )


@functools.lru_cache(maxsize=1)
def _token_tests() -> tuple[_TokenTest, tuple[_TokenTest, ...]]:
    """(part, anchors): the test of :data:`PART` tokens and that of the anchors of each group."""
    patterns = _patterns()
    if sorted(label for group in GROUPS for label in group) != sorted(patterns):
        raise ValueError("every date label belongs to exactly one pre-scan group")
    part = _TokenTest([spec for ps in patterns.values() for pattern in ps for spec in pattern])
    anchors = tuple(_TokenTest([_anchor(pattern) for label in group for pattern in patterns[label]]) for group in GROUPS)
    return part, anchors


def token_class(text: str, lower: str, is_space: bool) -> int:
    """The :data:`PART`, :data:`ANCHOR`, group and :data:`BREAK` bits of a token."""
    part, anchors = _token_tests()
    out = 0
    if part(text, lower):
        out |= PART
        for g, anchor in enumerate(anchors):
            if anchor(text, lower):
                out |= ANCHOR | (1 << (GROUP_SHIFT + g))
    if text in (".", "!", "?", ";") or (is_space and "\n" in text):
        out |= BREAK
    return out


class _VocabEntry:
    """The compiled Matchers of one vocabulary and its token classes by ORTH id."""

    __slots__ = ("classes", "matchers", "runs", "vocab")

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.classes: dict[int, int] = {}
        self.matchers: dict[int, Any] = {}
        self.runs: dict[tuple[int, ...], tuple[tuple[str, int, int], ...]] = {}  # see _date_detect._matches

    def matcher(self, groups: int) -> Any:
        """The Matcher of the patterns of the groups in bit set ``groups``, built once."""
        m = self.matchers.get(groups)
        if m is None:
            from spacy.matcher import Matcher

            m = Matcher(self.vocab, validate=False)
            patterns = _patterns()
            for g, labels in enumerate(GROUPS):
                if groups >> g & 1:
                    for label in labels:
                        if patterns[label]:
                            m.add(label, patterns[label])
            self.matchers[groups] = m
        return m


_MATCHERS: dict[int, _VocabEntry] = {}
_MAX_CLASSES = 200_000  # token classes kept per vocabulary before the table starts over
ALL_GROUPS = (1 << len(GROUPS)) - 1


def vocab_entry(vocab: Any) -> _VocabEntry:
    """The Matchers and token classes of ``vocab``."""
    entry = _MATCHERS.get(id(vocab))
    if entry is not None and entry.vocab is vocab:
        return entry
    if len(_MATCHERS) >= 8:  # vocabularies are few; keep the cache bounded anyway
        _MATCHERS.clear()
    entry = _VocabEntry(vocab)
    _MATCHERS[id(vocab)] = entry
    return entry


def matcher(vocab: Any):
    """The date Matcher for ``vocab`` (every pattern), compiled once per vocabulary."""
    return vocab_entry(vocab).matcher(ALL_GROUPS)


def token_classes(doc: Any, orths: list[int]) -> bytes:
    """The class bits of every token of ``doc`` (``orths``: its ORTH ids), one byte a token."""
    def compute(k: int) -> int:
        tok = doc[k]
        return token_class(tok.text, tok.lower_, tok.is_space)

    return bytes(remembered(vocab_entry(doc.vocab).classes, orths, compute, _MAX_CLASSES))
