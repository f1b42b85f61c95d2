"""States told as a region's group: "the leaders of the five Central Asian states", "the
Central Asian presidents", "the heads of state of Central Asia" stand for every state of the
region (the groups are ``region_groups`` in ``data/lexicon.json``)."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from ..lexicon import lexicon
from ._table import Mention

__all__ = ["region_groups"]

_PEOPLE = r"leaders|heads\s+of\s+states?|heads\s+of\s+government|presidents|(?:foreign\s+)?ministers|prime\s+ministers|premiers"
_STATES = r"states|nations|countries|republics"
_COUNT = r"(?:(?:all\s+)?(?:three|five|six|3|5|6)\s+)?"


#: "a tour of the five Central Asian states", "visits to all five Central Asian countries": a trip's
#: destinations told as a region name no leg of it (spec section 2: a leg is a state the text names)
_TRAVEL_TO = re.compile(r"\b(?:visits?|visited|visiting|tours?|toured|touring|trips?|travel\w*|journey\w*)\s+(?:to|of|in|across)?\s*(?:all\s+)?$", re.I)


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    groups = {}
    for item in lexicon()["region_groups"]:
        words, codes = item.split("=", 1)
        groups[" ".join(words.split())] = tuple(codes.split())
    region = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in groups), key=len, reverse=True))
    # the people of the region's states ("the leaders of the five Central Asian states", "heads of
    # state of Central Asia"), the region's people ("the Central Asian presidents") or its states
    # counted ("the five Central Asian countries"); a region named as a topic ("trade with Central
    # Asian countries") is none of these
    pattern = re.compile(
        rf"\b(?:(?:{_PEOPLE})\s+of\s+(?:the\s+)?{_COUNT}(?P<a>{region})(?:\s+(?:{_STATES}))?"
        rf"|(?:the\s+)?{_COUNT}(?P<b>{region})\s+(?:{_PEOPLE})"
        rf"|(?:the\s+)?(?:three|five|six|3|5|6)\s+(?P<c>{region})\s+(?:{_STATES}))\b",
        re.I,
    )
    return pattern, groups


def region_groups(doc: Doc) -> list[Mention]:
    """One country mention per state of each region group on ``doc``, all on the region's words."""
    pattern, groups = _pattern()
    out: list[Mention] = []
    for m in pattern.finditer(doc.text):
        key = next(g for g in ("a", "b", "c") if m.group(g))
        if _TRAVEL_TO.search(doc.text[max(0, m.start() - 40) : m.start()]):
            continue
        if not m.group(key)[:1].isupper():
            continue  # "the leaders of the caspian ...": a region's name is capitalised
        span = doc.char_span(m.start(key), m.end(key), alignment_mode="expand")
        if span is None:
            continue
        for code in groups[" ".join(m.group(key).lower().split())]:
            out.append(Mention("country", span.start, span.end, span.start_char, span.end_char, span.text, code, {"region": span.text}))
    return out
