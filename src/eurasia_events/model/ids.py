"""Stable content ids of records: what :func:`~eurasia_events.model.events.event_id` hashes.

The id of a record is a digest of its normalized content (type, name, edition,
organizations, date, place, participants); this module holds the normalization and the
digest, and knows records only by their attributes, so the record classes can use it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .events import Event, Participant

__all__ = ["ID_VERSION", "content_id", "norm"]

#: Bumped whenever the content that :func:`content_id` hashes changes.
ID_VERSION = 1

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces ("Türkiye's" -> "turkiye s")."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NON_ALNUM.sub(" ", text).strip()


def _participant_id(p: Participant) -> tuple[str, str, str]:
    if p.kind == "country":
        ident = p.code or ""
    elif p.kind == "person":
        ident = norm(p.name) + ("|" + p.country if p.country else "")
    else:
        ident = norm(p.name)
    return (p.kind, ident, p.role)


def _id_payload(event: Event) -> dict[str, Any]:
    date = event.date
    place = event.place
    return {
        "v": ID_VERSION,
        "type": event.event_type,
        "name": norm(event.name) or None,
        "edition": event.edition,
        "organizations": sorted({norm(o) for o in event.organizations}),
        "date": None
        if date is None
        else [
            date.start.isoformat() if date.start else None,
            date.end.isoformat() if date.end else None,
            date.granularity,
            date.mod,
        ],
        "place": None if place is None else [norm(place.city) or None, place.country],
        "participants": sorted({_participant_id(p) for p in event.participants}),
    }


def content_id(event: Event) -> str:
    """``<type in lower case>-<16 hex digits>``: a 64-bit BLAKE2b digest of the normalized content."""
    text = json.dumps(_id_payload(event), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest = hashlib.blake2b(text.encode("ascii"), digest_size=8).hexdigest()
    return f"{event.event_type.lower()}-{digest}"
