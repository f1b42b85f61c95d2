"""The ``eurasia_events`` spaCy component in a pipeline of your own.

Adds the component to a blank English pipeline (it splits sentences itself when nothing
earlier in the pipeline does), with one extra rule file named in its config, sets each
article's publication date on ``doc._.published`` and prints ``doc._.events``. Then saves
the pipeline and loads it back: the component's rules are saved with it as ``rules.jsonl``.

Run:
    .venv/bin/python examples/spacy_component.py
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import spacy

ARTICLES = [
    (
        "2024-05-16",
        "BISHKEK, May 16. /Steppe Wire/. Kyrgyz Prime Minister Akylbek Japarov met with Turkish "
        "Vice President Cevdet Yilmaz in Bishkek on Thursday. The sides discussed a joint "
        "industrial park near the capital.",
    ),
    (
        "2024-10-02",
        "DUSHANBE, October 2. /Steppe Wire/. Uzbek Foreign Minister Bakhtiyor Saidov arrived in "
        "Dushanbe on Wednesday, the Tajik Foreign Ministry said.",
    ),
]

# "arrived in" is no built-in trigger: an extra rule file adds it for Visits.
RULES = [
    {"id": "arrived-in", "type": "Visit", "pattern": "arrived in", "anchor": "verb", "roles": {"before": "visitor"}},
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rule_file = Path(tmp) / "checkpoints.jsonl"
        rule_file.write_text("".join(json.dumps(r) + "\n" for r in RULES), encoding="utf-8")

        nlp = spacy.blank("en")
        nlp.add_pipe("eurasia_events", config={"rules": [str(rule_file)]})
        print("pipeline:", nlp.pipe_names)

        docs = []
        for published, text in ARTICLES:
            doc = nlp.make_doc(text)
            doc._.published = published
            docs.append(doc)
        for doc in nlp.pipe(docs):
            for event in doc._.events:
                print(event.type, event.date.start if event.date else None,
                      event.place.city if event.place else None,
                      [p.name for p in event.participants])

        saved = Path(tmp) / "pipeline"
        nlp.to_disk(saved)
        print("saved:", sorted(p.name for p in (saved / "eurasia_events").iterdir()))
        reloaded = spacy.load(saved)
        same = [d._.events for d in nlp.pipe(docs)] == [d._.events for d in reloaded.pipe(docs)]
        print("reloaded pipeline gives the same events:", same)


if __name__ == "__main__":
    main()
