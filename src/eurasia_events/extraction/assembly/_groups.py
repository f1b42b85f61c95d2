"""Group references: the words news uses for the sides of an event it has already named.

"the two leaders", "both sides", "the leaders of the six states", "all three countries",
"they". One pattern serves every stage that asks about them: assembly (is a meeting told
of both sides?), containment (did the two leaders sign?) and the sides stage (whose sides
does the reference stand for?).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["GROUP_REFERENCE", "PERSON_NOUNS", "group_signs", "persons_group_ends", "region_people_before", "their_before"]

_NUMBERS = r"two|three|four|five|six|seven|eight|nine|ten|\d+"
_PERSON_NOUNS = r"leaders|presidents|heads of state|heads of government|prime ministers|premiers|ministers|foreign ministers|heads of state and government"
_STATE_NOUNS = r"sides|parties|countries|nations|states|governments|delegations|member states|neighbours|neighbors"
#: "the two leaders", "both sides", "the leaders of the six states", "all three countries", "the two countries' leaders"
GROUP_REFERENCE = re.compile(
    rf"\b(?:(?P<they>[Tt]hey)(?=\s*(?:,[^,]{{0,30}},\s*)?(?:also\s+|then\s+|later\s+)?(?:signed|inked|held|met|exchanged)\b)"
    rf"|(?:the|both|all)\s+(?:(?P<n1>{_NUMBERS})\s+)?(?:(?:{_STATE_NOUNS})['’]s?\s+)?(?P<noun>{_PERSON_NOUNS}|{_STATE_NOUNS})"
    rf"(?:\s+of\s+(?:the|both|all)\s+(?P<n3>{_NUMBERS})\s+(?:{_STATE_NOUNS}))?"
    rf"|(?P<pnoun>leaders|heads of state|presidents)\s+of\s+(?:the|both|all)\s+(?:(?P<n2>{_NUMBERS})\s+)?(?:{_STATE_NOUNS}))\b",
    re.I,
)
#: the group nouns that name people rather than states
PERSON_NOUNS = frozenset(_PERSON_NOUNS.split("|"))
_SIGN_NEXT = re.compile(r"\s+(?:also\s+)?(?:signed|inked|sealed|exchanged)\b", re.I)


def _of_persons(m: re.Match[str]) -> bool:
    return bool(m.group("pnoun")) or re.sub(r"\s+", " ", (m.group("noun") or "").lower()) in PERSON_NOUNS


def group_signs(text: str) -> bool:
    """Whether a named group signs in ``text``: "the two leaders signed", "both sides
    also inked"."""
    return any(not m.group("they") and _SIGN_NEXT.match(text, m.end()) for m in GROUP_REFERENCE.finditer(text))


def persons_group_ends(text: str) -> bool:
    """Whether the last clause of ``text`` has a group of people as its subject: "during
    the visit, the two presidents will"."""
    return any(_of_persons(m) and not re.search(r"[.;]", text[m.end() :]) for m in GROUP_REFERENCE.finditer(text) if not m.group("they"))


_THEIR = re.compile(r"\b[Tt]heir\s+(?:\w+\s+)?$")


def their_before(text: str) -> bool:
    """Whether ``text`` (a sentence up to an event noun) ends in "their" and at most one more
    word: "Their talks", "their bilateral talks" are the talks of the people just named."""
    return bool(_THEIR.search(text))


def region_people_before(cand: Any) -> bool:
    """"the Central Asian leaders meeting": a meeting told whole by the region's people right before its noun."""
    return any(isinstance(a.value, dict) and a.value.get("region") and 0 <= cand.trigger.start - a.end <= 2 for a, _ in cand.participants)
