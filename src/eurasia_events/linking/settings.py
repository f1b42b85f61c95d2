"""The linking knobs that ``docs/linking.md`` documents, read at call time.

Set them on :mod:`eurasia_events.linking` (``linking.COVERAGE_RATIO = 0``) or here; the
package forwards reads and writes of these names to this module.
"""

from __future__ import annotations

__all__ = ["COVERAGE_RATIO", "PAST_WINDOW_DAYS", "PLANNED_WINDOW_DAYS", "ONGOING_WINDOW_DAYS", "UNDATED_REACH_DAYS"]


#: Of candidates that tie, a vague record joins the one that at least this many times as
#: many records report as any other (0: never).
COVERAGE_RATIO = 2

#: Publication windows (``link(published=...)``): an article reports a past event within
#: days of it, announces a planned one ahead of it and reports an ongoing one while it
#: lasts. A record with no day-level date from an article published on day D is taken to
#: describe an event in [D - PAST, D] (past), [D, D + PLANNED] (planned) or
#: [D - ONGOING, D + ONGOING] (ongoing). The window relaxes what an undated record needs
#: to link and ranks its candidates; it rules out only what the tense does (a past event
#: that began after D, a planned one over before D) and, for a record with no date of its
#: own, an event more than UNDATED_REACH_DAYS beyond it.
PAST_WINDOW_DAYS = 7

PLANNED_WINDOW_DAYS = 30

ONGOING_WINDOW_DAYS = 2

#: How far beyond its publication window the event of a record without a date of its own
#: can be: a passing mention of an older event, or a feature long after it.
UNDATED_REACH_DAYS = 365
