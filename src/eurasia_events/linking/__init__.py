"""Stable event ids and cross-article linking of records of the same real-world event.

:func:`event_id` gives a record a deterministic id from its normalized content;
:func:`link` groups records from different articles that describe the same real-world
event into :class:`EventCluster` objects, each with a merged best-evidence record, the
reasons why its members were linked and the event's status over time. The rules are in
``docs/linking.md``.

Example:
    >>> import datetime
    >>> from eurasia_events.model import Meeting, Participant, Place, DateSpan
    >>> lav = Participant.person("Sergey Lavrov", country="RUS")
    >>> fid = Participant.person("Hakan Fidan", country="TUR")
    >>> a = Meeting(participants=[lav, fid], place=Place("Antalya", "TUR"),
    ...             date=DateSpan.day(datetime.date(2024, 3, 2)), source="a.txt")
    >>> b = Meeting(participants=[Participant.person("Lavrov", country="RUS")],
    ...             date=DateSpan(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31), "month"),
    ...             status="planned", source="b.txt")
    >>> [c.sources for c in link([a, b])]
    [('a.txt', 'b.txt')]
    >>> a.id == Meeting(participants=[fid, lav], place=Place("Antalya", "TUR"),
    ...                 date=DateSpan.day(datetime.date(2024, 3, 2)), source="c.txt").id
    True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import sys
import types
from typing import Any

from ..model.events import event_id
from ..model.ids import ID_VERSION
from . import settings
from ._link import link
from .clusters import EventCluster, LinkReason, TimelineEntry

__all__ = [
    "ID_VERSION",
    "event_id",
    "link",
    "EventCluster",
    "LinkReason",
    "TimelineEntry",
    "COVERAGE_RATIO",
    "PAST_WINDOW_DAYS",
    "PLANNED_WINDOW_DAYS",
    "ONGOING_WINDOW_DAYS",
    "UNDATED_REACH_DAYS",
]


def _knob(name: str) -> property:
    def get(_module: types.ModuleType) -> Any:
        return getattr(settings, name)

    def put(_module: types.ModuleType, value: Any) -> None:
        setattr(settings, name, value)

    return property(get, put, doc=f"``settings.{name}``, read and set through the package.")


class _Package(types.ModuleType):
    """The package's knobs (``linking.COVERAGE_RATIO = 0``) live in :mod:`.settings`:
    reading or setting them here reads or sets them there, where the rules read them."""


for _name in settings.__all__:
    setattr(_Package, _name, _knob(_name))
sys.modules[__name__].__class__ = _Package
