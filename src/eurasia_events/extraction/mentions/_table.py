"""The stage-1 mention table: :class:`Mention` and :class:`Mentions`."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

import attrs

__all__ = ["Mention", "Mentions", "ACTOR_KINDS"]

ACTOR_KINDS = ("country", "demonym", "organization", "person")

_DATELINE_HEAD = 400  # where a dateline may open a line: the head that find_dateline reads
_DATELINE_AFTER = re.compile(r"\s*[:(]|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)|\s+[-\u2013\u2014]{1,2}\s")


@attrs.define(slots=True)
class Mention:
    """One mention on a Doc.

    ``kind`` is ``"trigger"``, ``"country"``, ``"demonym"``, ``"organization"``,
    ``"person"``, ``"city"`` or ``"date"``; ``start``/``end`` are token offsets;
    ``id`` the canonical id (alpha-3 code, organization id, person name, geonameid);
    ``value`` the object behind it (a :class:`~eurasia_events.extraction.rules.Rule` for triggers,
    a ``DateMention`` for dates, a gazetteer object or a dict for actors, the country's
    alpha-3 code for cities).
    """

    kind: str
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    id: str | None = None
    value: Any = None

    def overlaps(self, other: Mention) -> bool:
        """True when the two mentions share a token."""
        return self.start < other.end and other.start < self.end


@attrs.define
class Mentions:
    """All stage-1 mentions of one Doc, each list sorted by position."""

    triggers: list[Mention] = attrs.Factory(list)
    actors: list[Mention] = attrs.Factory(list)
    places: list[Mention] = attrs.Factory(list)
    dates: list[Mention] = attrs.Factory(list)
    dateline: Any = None  # a DateMention, or None
    _starts: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def in_range(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of a list (``"actors"``, ``"places"``...) inside token range [start, end)."""
        return [m for m in self.starting(kind, start, end) if m.end <= end]

    def starting(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of a list whose first token lies in [start, end), in list order.

        The lists are kept in text order, so this is a binary search, not a scan: stages
        that ask it once per sentence stay linear in the length of the text.
        """
        items = getattr(self, kind)
        cached = self._starts.get(kind)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            starts = [m.start for m in items]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            cached = self._starts[kind] = (items, len(items), starts if ordered else None)
        starts = cached[2]
        if starts is None:
            return [m for m in items if start <= m.start < end]
        return items[bisect_left(starts, start) : bisect_left(starts, end)]

    def dateline_city(self, text: str) -> Mention | None:
        """The city a dateline opens with ("ISLAMABAD:", "MOSCOW, December 14 (Itar-Tass) --"): in
        the text's first 60 characters, or opening one of the lines of its head, below a
        headline, a byline or a time ("BEIJING, Nov. 23 (Xinhua) --", "BISHKEK. KAZINFORM -")."""
        for m in self.places:
            if m.start_char > _DATELINE_HEAD:
                break
            if m.kind != "city":
                continue
            after = text[m.end_char : m.end_char + 2]
            if m.start_char <= 60 and (m.text.isupper() or after[:1] in (":", ",", "(")) and "." not in text[max(0, m.start_char - 40) : m.start_char]:
                return m
            line = text[text.rfind("\n", 0, m.start_char) + 1 : m.start_char]
            if not line.strip() and (m.text.isupper() and len(m.text) > 3 or _DATELINE_AFTER.match(text, m.end_char)):
                return m
        return None
