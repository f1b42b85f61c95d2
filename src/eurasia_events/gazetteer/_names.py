"""The name index: every surface form of the gazetteer, keyed as it is matched on a Doc.

Private to :mod:`eurasia_events.gazetteer`. The extractor finds names on a Doc by joining
the folded texts of a run of tokens ("Nur", "-", "Sultan" -> ``"nur-sultan"``) and
looking the join up here; a form's key is made the same way from its own tokens (blank
English tokenization, :func:`~eurasia_events.text.fold.fold` per token). Kinds are
indexed in a fixed order and the first id of a key wins, so a country name beats a city
alias: organizations, countries, demonyms, persons, cities.
"""

from __future__ import annotations

from typing import Iterable

from ..text.fold import fold, phrase_tokens

__all__ = ["KIND_ORDER", "NameIndex", "build_names", "merge_names"]

#: The kinds in the order they claim keys; each has a one-letter code in the index.
KIND_ORDER = ("organization", "country", "demonym", "person", "city")
#: ``town`` is a city whose form needs a place word before it in running text.
_CODES = {"organization": "o", "country": "c", "demonym": "d", "person": "p", "city": "g", "town": "t"}
_KINDS = {code: kind for kind, code in _CODES.items()}
_RANK = {"o": 0, "c": 1, "d": 2, "p": 3, "g": 4, "t": 4}
#: Longer forms are not matched.
MAX_NAME_TOKENS = 16


def _needs_tokens(surface: str) -> bool:
    return any(not c.isalnum() and not c.isspace() for c in surface)


def name_tokens(surface: str) -> list[str]:
    """The folded tokens of a surface form, as they are matched on a Doc."""
    return [fold(t) for t in phrase_tokens(surface)] if _needs_tokens(surface) else fold(surface).split()


def build_names(forms: Iterable[tuple[str, str, str]]) -> tuple[dict[str, str], dict[str, int]]:
    """``(names, first)`` from ``(kind, form, id)`` items in :data:`KIND_ORDER` order.

    ``names`` maps a key to its kind's code and id (``"c" + "KAZ"``); ``first`` maps the
    first folded token of any form to the most tokens a form starting with it has, so
    that a scan knows how far to look. Forms that do not start with a capital or a digit
    are left out.
    """
    names: dict[str, str] = {}
    first: dict[str, int] = {}
    for kind, surface, ident in forms:
        if not surface or not surface[0].isupper() and not surface[0].isdigit():
            continue
        toks = name_tokens(surface)
        if not toks or len(toks) > MAX_NAME_TOKENS:
            continue
        k = "".join(toks)
        # every spelling must be findable ("Ulaan Baatar", "Ulaanbaatar"), the first id wins
        if first.get(toks[0], 0) < len(toks):
            first[toks[0]] = len(toks)
        if k not in names:
            names[k] = _CODES[kind] + ident
    return names, first


def merge_names(base: tuple[dict[str, str], dict[str, int]], own: tuple[dict[str, str], dict[str, int]]) -> tuple[dict[str, str], dict[str, int]]:
    """The index of a gazetteer with its own entries over the bundled ones.

    An own form of a kind comes before the bundled forms of that kind, so it wins a key
    unless the bundled key belongs to an earlier kind (a country name still beats a
    user's city alias).
    """
    names = dict(base[0])
    for k, value in own[0].items():
        old = names.get(k)
        if old is None or _RANK[value[0]] <= _RANK[old[0]]:
            names[k] = value
    first = dict(base[1])
    for tok, n in own[1].items():
        if first.get(tok, 0) < n:
            first[tok] = n
    return names, first


class NameIndex:
    """A read-only view of ``(names, first)``: :meth:`get` a key, :meth:`longest` a first token."""

    __slots__ = ("names", "first")

    def __init__(self, names: dict[str, str], first: dict[str, int]) -> None:
        self.names = names
        self.first = first

    def get(self, key: str) -> tuple[str, str] | None:
        """``(kind, id)`` of a key; kind ``"town"`` is a city that needs a place word."""
        value = self.names.get(key)
        return None if value is None else (_KINDS[value[0]], value[1:])

    def longest(self, token: str) -> int:
        """The most tokens of a form that starts with this folded token (0: none)."""
        return self.first.get(token, 0)

    def __len__(self) -> int:
        return len(self.names)
