"""The record model, at the bottom of the package: nothing here imports the stages above.

- :mod:`.events`: :class:`~.events.Event`, the six built-in types, the value classes
  (:class:`~.events.Participant`, :class:`~.events.Place`, :class:`~.events.DateSpan`,
  :class:`~.events.Evidence`) and :func:`~.events.event_id`;
- :mod:`.ids`: the normalization and digest behind the stable ids;
- :mod:`.codes`: CAMEO and PLOVER codes of records.
"""

from __future__ import annotations

from .codes import actor_pairs, code_table, situation, to_cameo, to_plover
from .events import (
    GRANULARITIES,
    KINDS,
    MODIFIERS,
    ROLES,
    STATUSES,
    AgreementSigned,
    DateSpan,
    Event,
    Evidence,
    Forum,
    Meeting,
    MemorandumSigned,
    Participant,
    Place,
    Summit,
    Visit,
    event_class,
    event_from_dict,
    event_id,
    event_types,
)

__all__ = [
    "GRANULARITIES", "KINDS", "MODIFIERS", "ROLES", "STATUSES",
    "Event", "Summit", "Visit", "Meeting", "Forum", "MemorandumSigned", "AgreementSigned",
    "Participant", "Place", "DateSpan", "Evidence",
    "event_class", "event_from_dict", "event_id", "event_types",
    "actor_pairs", "code_table", "situation", "to_cameo", "to_plover",
]
