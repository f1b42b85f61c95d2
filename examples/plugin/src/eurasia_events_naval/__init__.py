"""An example eurasia_events plugin: the NavalExercise event type.

Announced in ``pyproject.toml`` under the entry-point group ``eurasia_events.plugins``
as ``naval``; ``eurasia_events.Extractor(plugins=["naval"])`` loads it.
"""

from __future__ import annotations

from importlib import resources

import attrs

from eurasia_events import Event
from eurasia_events.extraction import Plugin

__all__ = ["NavalExercise", "plugin"]


@attrs.frozen(kw_only=True)
class NavalExercise(Event):
    """Joint exercises of the navies of two or more states."""

    #: number of ships taking part, where a user hook fills it; None by default.
    ships: int | None = None


plugin = Plugin(
    name="naval",
    rules=resources.files(__name__) / "rules.jsonl",
    types=[NavalExercise],
    gazetteer=[{"kind": "city", "name": "Bautino", "country": "KAZ", "aliases": ["Fort-Shevchenko port"]}],
)
