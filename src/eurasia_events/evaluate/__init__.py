"""The built-in evaluator: compare predicted event records with a human annotation.

Implements section 4 of the spec (``EVENTS.md``). Per article, predicted and annotated
records are paired one to one, only within a type, by the highest total agreement of
name, date, place and participants (an exact assignment, deterministic); a pair needs at
least one of: overlapping dates, the same city, a shared participant, or names sharing
half their words. From the pairs come event P/R/F1, date and place accuracy,
participant P/R/F1 and slot P/R/F1, per type and overall.

:func:`score` is pure and works on the spec's JSON dicts; :func:`evaluate` reads an
annotated folder, runs an extractor and calls :func:`score`.

Example:
    >>> gold = [{"type": "Summit", "name": "SCO Summit", "place": {"city": "Astana", "country": "KAZ"}}]
    >>> pred = [{"type": "Summit", "name": "SCO summit", "place": {"city": "Astana", "country": "KAZ"}}]
    >>> report = score([("a1", gold, pred, None)], gazetteer=None)
    >>> report.overall.f1, report.overall.place_accuracy
    (1.0, 1.0)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from ._evaluate import Report, evaluate, load_gold, score

__all__ = ["Report", "evaluate", "load_gold", "score"]
