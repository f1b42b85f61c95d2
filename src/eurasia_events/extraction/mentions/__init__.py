"""Stage 1: mentions on a Doc: event triggers, actors, places and dates.

A :class:`MentionFinder` is built once per :class:`~eurasia_events.Extractor` from its
rules and gazetteer; :meth:`MentionFinder.find` returns a :class:`Mentions` table for a
Doc and also writes every mention to ``doc.spans`` (keys ``eurasia_triggers``,
``eurasia_actors``, ``eurasia_places``, ``eurasia_dates``) so they can be inspected or
rendered with displaCy.

- :mod:`._table`: the :class:`Mention` and :class:`Mentions` records;
- :mod:`.finder`: :class:`MentionFinder`, gazetteer names and trigger rules;
- :mod:`.persons`: persons with their titles and countries;
- :mod:`.organizations`: organizations the gazetteer does not know.
"""

from ._table import ACTOR_KINDS, Mention, Mentions
from .finder import MentionFinder
from .persons import find_persons

__all__ = ["ACTOR_KINDS", "Mention", "Mentions", "MentionFinder", "find_persons"]
