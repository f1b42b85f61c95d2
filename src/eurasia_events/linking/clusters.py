"""What :func:`~eurasia_events.linking.link` returns: :class:`EventCluster`, with its
:class:`LinkReason` and :class:`TimelineEntry` items.
"""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple

import attrs

from ..model.events import DateSpan, Event, event_id

__all__ = ["EventCluster", "LinkReason", "TimelineEntry"]


# --------------------------------------------------------------------------- public results


class LinkReason(NamedTuple):
    """Why two members of a cluster were linked: indexes into ``EventCluster.records``."""

    i: int
    j: int
    reasons: tuple[str, ...]


class TimelineEntry(NamedTuple):
    """One article's view of the event: its source, the status it reports and its date."""

    source: str | None
    status: str
    date: DateSpan | None
    published: datetime.date | None = None


def _date_dict(date: DateSpan | None) -> dict[str, Any] | None:
    return date.to_dict() if date is not None else None


@attrs.frozen

class EventCluster:
    """Records of one real-world event from one or more articles.

    Attributes:
        event: the merged best-evidence record (see ``docs/linking.md``, "Merging").
        records: the members, in a deterministic order (by id, then source).
        reasons: for each link used, the two members (indexes into ``records``) and why.
        timeline: each member's source, status and date, planned reports first (or by
            publication date when :func:`link` was given them).

    Example:
        >>> from eurasia_events.model import Forum
        >>> c = link([Forum(name="Caspian Forum", source="a"), Forum(name="Caspian Forum", source="b")])[0]
        >>> c.sources, c.reasons[0].reasons[0]
        (('a', 'b'), 'same type Forum')
    """

    event: Event
    records: tuple[Event, ...]
    reasons: tuple[LinkReason, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the members, sorted (records without a source left out)."""
        return tuple(sorted({r.source for r in self.records if r.source is not None}))

    @property
    def id(self) -> str:
        """The merged record's :func:`event_id`."""
        return event_id(self.event)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: id, merged event, members (id, source, status, date),
        sources, reasons and timeline."""
        return {
            "id": self.id,
            "event": self.event.to_dict(),
            "members": [
                {"id": r.id, "source": r.source, "status": r.status, "date": _date_dict(r.date)}
                for r in self.records
            ],
            "sources": list(self.sources),
            "reasons": [{"a": r.i, "b": r.j, "reasons": list(r.reasons)} for r in self.reasons],
            "timeline": [
                {
                    "source": t.source,
                    "status": t.status,
                    "date": _date_dict(t.date),
                    "published": t.published.isoformat() if t.published else None,
                }
                for t in self.timeline
            ],
        }
