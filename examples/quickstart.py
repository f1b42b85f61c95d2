"""Quick start: extract the events of the bundled example articles and print them.

Run:
    python examples/quickstart.py
"""

from __future__ import annotations

from pathlib import Path

import eurasia_events as ee

ARTICLES = Path(__file__).parent / "articles"
PUBLISHED = {
    "sco_summit_astana.txt": "2024-07-04",
    "lavrov_visit_tashkent.txt": "2024-03-12",
    "eurasian_forum_bishkek.txt": "2025-05-27",
    "cica_ministers_baku.txt": "2025-10-15",
}


def main() -> None:
    extractor = ee.Extractor()  # build once, reuse for every article
    for path in sorted(ARTICLES.glob("*.txt")):
        events = extractor.extract(path.read_text(encoding="utf-8"), published=PUBLISHED.get(path.name))
        print(f"== {path.name}: {len(events)} events")
        for event in events:
            when = f"{event.date.start}..{event.date.end}" if event.date and event.date.start else "date unknown"
            where = ", ".join(x for x in (event.place.city, event.place.country) if x) if event.place else "place unknown"
            print(f"  {event.type:<16} {event.name or '-'} | {where} | {when} | {event.status}")
            for p in event.participants:
                print(f"      {p.role:<11} {p.kind:<12} {p.name} {p.code or p.country or ''}".rstrip())


if __name__ == "__main__":
    main()
