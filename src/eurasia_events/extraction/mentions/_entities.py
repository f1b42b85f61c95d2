"""What a trained pipeline's PERSON entities may add to the names the rules find.

A trained model tags some bodies and places as PERSON ("the report of Realnoe Vremya",
"took place in Veliky Novgorod", "the steel giant Arcelor Mittal"). Its PERSON counts
as a cue for a name only where a person can stand.
"""

from __future__ import annotations

from typing import Any

__all__ = ["person_entity_fits"]

#: words after which a capitalised run names a place or a body, not a person
_NOT_BEFORE_PEOPLE = frozenset(["in", "at", "of", "from", "to", "giant", "company", "companies", "corporation", "newspaper", "agency"])


def person_entity_fits(words: Any, start: int, end: int) -> bool:
    """True when the entity ``words.lower[start:end]`` may be a person: not right after a
    place or body word, and not a possessive ("Arcelor Mittal's subsidiary")."""
    lower = words.lower
    if start > 0 and lower[start - 1] in _NOT_BEFORE_PEOPLE:
        return False
    return not (end < len(lower) and lower[end] in ("'s", "’s"))
