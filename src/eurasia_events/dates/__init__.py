"""Date mentions in English news: find them, and resolve them to ranges of days.

:func:`find_dates` finds explicit dates ("12 October 2022", "Oct. 12", "2022-10-12"),
ranges ("October 12-13", "from 12 to 14 May", "from Friday, August 6, to Wednesday,
August 11"), relative days and weeks ("yesterday", "on Monday", "last week", "in the next
two or three months"), months, quarters, halves, seasons and years ("in September", "in
the first quarter", "this summer", "in early 2024"), open periods ("since 2020", "ends on
Saturday") and deadlines ("by late 2016"),
and resolves each against the publication date, the tense of its sentence and the dates
told before it in the same text. :func:`find_dateline` finds the dateline
("ASTANA, April 29. /TASS/"), which anchors the text when no publication date is given.

Detection runs a cached spaCy Matcher over blank English tokens, only on the runs of
tokens that can hold a date (a pre-scan classes each token once per vocabulary);
resolution is plain Python. dateparser is only consulted by :func:`coerce_published` for date strings that
are neither ISO nor RFC 2822.

Example:
    >>> from eurasia_events.dates import find_dates
    >>> [(m.text, str(m.start), str(m.end)) for m in find_dates(
    ...     "The summit will be held on October 12-13.", published="2022-09-01")]
    [('October 12-13', '2022-10-12', '2022-10-13')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from .find import DateMention, coerce_published, find_dateline, find_dates, parse_dateline

__all__ = ["DateMention", "coerce_published", "find_dateline", "find_dates", "parse_dateline"]
