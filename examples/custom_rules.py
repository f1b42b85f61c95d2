"""A custom event type with its own triggers, an extra field and a new city.

Defines ``MilitaryExercise`` (an :class:`eurasia_events.Event` subclass with a ``troops``
field), gives one Extractor trigger phrases for it and the town of Otar in its private
gazetteer, extracts the records of a short report and fills ``troops`` from the
sentences that mention the exercise.

Run:
    .venv/bin/python examples/custom_rules.py
"""

from __future__ import annotations

import datetime
import json
import re

import attrs
from spacy.tokens import Doc

import eurasia_events as ee
from eurasia_events.extraction import Extractor


@attrs.frozen(kw_only=True)
class MilitaryExercise(ee.Event):
    """Joint drills of the armed forces of two or more states."""

    troops: int | None = None


TEXT = (
    "ALMATY, September 12. /Steppe Wire/. Kazakhstan and Kyrgyzstan opened joint military "
    "exercises near Otar on Thursday, the Kazakh Defence Ministry said.\n\n"
    "About 1,500 troops and 200 units of equipment are taking part in the drills, which will "
    "last until September 20. Defence ministers of the two countries will watch the final "
    "stage of the exercises."
)

_TROOPS = re.compile(r"(\d[\d,]*)\s+(?:troops|servicemen|soldiers|military personnel)\b")


def add_troops(event: ee.Event, doc: Doc) -> ee.Event:
    """Fill ``troops`` of a MilitaryExercise from its evidence sentences."""
    if not isinstance(event, MilitaryExercise):
        return event
    for evidence in event.evidence:
        match = _TROOPS.search(doc.text[evidence.start : evidence.end])
        if match:
            return attrs.evolve(event, troops=int(match.group(1).replace(",", "")))
    return event


def main() -> None:
    extractor = Extractor()
    # Singular nouns can carry a name ("the Steppe Shield exercise") and be referred to again.
    extractor.add_triggers(MilitaryExercise, ["military exercise", "joint exercise"])
    # An unnamed plural noun trigger only refers back to an event found earlier; plural
    # trigger words that should start an event of their own are anchored as verbs.
    extractor.add_triggers(
        MilitaryExercise, ["military exercises", "joint exercises", "drills", "joint drills"], anchor="verb"
    )
    extractor.gazetteer.add_city("Otar", "KAZ")  # before the first extraction

    doc = extractor.nlp(TEXT)
    published = datetime.date(2024, 9, 12)
    events = [add_troops(e, doc) for e in extractor.events_from_doc(doc, published)]
    for event in events:
        print(json.dumps(event.to_dict(), ensure_ascii=False))


if __name__ == "__main__":
    main()
