"""Benchmark of :func:`eurasia_events.linking.link` on synthetic records with known clusters.

Generates true events over three years (meetings, visits, summits, forums, memoranda and
agreements between ~40 countries, their leaders and ministers and ~10 organizations) and,
for each, one to six articles' records with realistic variation: coarser or missing dates,
planned announcements a month or season ahead, missing or country-only places, a subset of
the participants, persons by surname only or replaced by their country, names reworded or
dropped. Several signings often happen on the same day between the same two countries,
told apart only by the document's title, and the same ministers meet again weeks later.

Prints the wall time of ``link`` and the pairwise precision and recall of its clustering
against the truth.

Run:
    .venv/bin/python benchmarks/linking.py            # 100,000 records
    .venv/bin/python benchmarks/linking.py -n 20000 --seed 3
"""

from __future__ import annotations

import argparse
import datetime
import random
import time
from collections import Counter

from eurasia_events.events import (
    AgreementSigned,
    DateSpan,
    Event,
    Evidence,
    Forum,
    Meeting,
    MemorandumSigned,
    Participant,
    Place,
    Summit,
    Visit,
)
from eurasia_events.linking import link

COUNTRIES = (
    "RUS KAZ UZB KGZ TJK TKM AZE ARM GEO BLR UKR MDA TUR IRN CHN MNG IND PAK AFG "
    "JPN KOR PRK VNM THA MYS IDN SGP SAU ARE QAT EGY DEU FRA ITA SRB HUN POL ISR IRQ SYR"
).split()
ORGS = ["SCO", "CIS", "EAEU", "CSTO", "BRICS", "OTS", "CICA", "ASEAN", "EEC", "UN"]
TOPICS = (
    "energy education health transport customs tourism culture agriculture banking "
    "investment digital space nuclear water railways aviation science sport youth media"
).split()
FORUM_WORDS = "Investment Energy Digital Transport Economic Media Youth Innovation Water Tourism".split()
SYLLABLES = "ka ri mo sa le vo ta ni ro du ga be ko mi zo pa ve lu shi an or el us".split()
FIRST = ["Ali", "Sergey", "Anna", "Kassym", "Ilham", "Nikol", "Recep", "Wang", "Narendra", "Olga", "Dmitry", "Aziz"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Economy Minister", "Energy Minister"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


class World:
    """Countries with cities and officials, organizations with members."""

    def __init__(self, rng: random.Random) -> None:
        self.cities = {c: [_word(rng, 3) + suffix for suffix in ("", "abad", "grad")] for c in COUNTRIES}
        used: set[str] = set()
        self.people: dict[str, list[tuple[str, str]]] = {}
        for c in COUNTRIES:
            staff = []
            for title in TITLES:
                while True:
                    surname = _word(rng, 3) + rng.choice(["ov", "ev", "yan", "li", "en", ""])
                    if surname not in used:
                        used.add(surname)
                        break
                staff.append((f"{rng.choice(FIRST)} {surname}", title))
            self.people[c] = staff
        self.members = {o: rng.sample(COUNTRIES, rng.randint(6, 12)) for o in ORGS}
        self.forums = [(f"{self.cities[c][0]} {rng.choice(FORUM_WORDS)} Forum", c) for c in rng.sample(COUNTRIES, 25)]


def _person(world: World, country: str, rank: int, role: str) -> Participant:
    name, title = world.people[country][rank]
    return Participant.person(name, title=title, country=country, role=role)


def _span(day: datetime.date, days: int) -> DateSpan:
    return DateSpan(day, day + datetime.timedelta(days=days - 1), "day")


def make_events(world: World, rng: random.Random, start: datetime.date, days: int, n: int) -> list[Event]:
    """``n`` true events (status past, full information)."""
    events: list[Event] = []
    while len(events) < n:
        day = start + datetime.timedelta(days=rng.randrange(days))
        kind = rng.choices(["Meeting", "Visit", "Summit", "Forum", "Signing"], [35, 20, 8, 7, 30])[0]
        a, b = rng.sample(COUNTRIES, 2)
        rank = rng.choice([0, 2, 2, 1, 3])
        if kind == "Meeting":
            city_country = a if rng.random() < 0.85 else rng.choice(COUNTRIES)
            parts = [_person(world, a, rank, "participant"), _person(world, b, rank, "participant")]
            events.append(Meeting(participants=parts, place=Place(rng.choice(world.cities[city_country]), city_country), date=_span(day, 1)))
            # the same two sides meet again a few weeks later
            if rng.random() < 0.15:
                later = day + datetime.timedelta(days=rng.randint(20, 45))
                events.append(Meeting(participants=parts, place=Place(world.cities[a][0], a), date=_span(later, 1)))
        elif kind == "Visit":
            parts = [_person(world, a, rank, "visitor"), Participant.country_(b, b, "host"), _person(world, b, 0, "participant")]
            events.append(Visit(participants=parts, place=Place(world.cities[b][0], b), date=_span(day, rng.choice([1, 2, 3]))))
        elif kind == "Summit":
            org = rng.choice(ORGS)
            host = rng.choice(world.members[org])
            parts = [Participant.country_(host, host, "host")] + [
                _person(world, c, 0, "participant") for c in world.members[org]
            ]
            events.append(
                Summit(
                    name=f"{org} Summit",
                    edition=rng.randint(1, 30),
                    organizations=[org],
                    participants=parts,
                    place=Place(world.cities[host][0], host),
                    date=_span(day, rng.choice([1, 2])),
                )
            )
        elif kind == "Forum":
            name, c = rng.choice(world.forums)
            speakers = rng.sample(COUNTRIES, 4)
            parts = [Participant.country_(c, c, "organizer")] + [_person(world, s, rng.randint(0, 4), "speaker") for s in speakers]
            events.append(
                Forum(name=name, edition=rng.randint(1, 15), participants=parts, place=Place(world.cities[c][0], c), date=_span(day, rng.choice([2, 3])))
            )
        else:
            # several documents the same day between the same two countries
            topics = rng.sample(TOPICS, rng.choice([1, 1, 2, 3]))
            place = Place(world.cities[a][0], a)
            for topic in topics:
                cls = MemorandumSigned if rng.random() < 0.6 else AgreementSigned
                word = "Memorandum" if cls is MemorandumSigned else "Agreement"
                parts = [Participant.country_(a, a, "party"), Participant.country_(b, b, "party"), _person(world, a, rank, "signatory")]
                events.append(cls(name=f"{word} on {topic.capitalize()} Cooperation", participants=parts, place=place, date=_span(day, 1)))
    return events[:n]


def _coarse(date: DateSpan, rng: random.Random) -> DateSpan:
    day = date.start
    if rng.random() < 0.7:
        first = day.replace(day=1)
        last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        return DateSpan(first, last, "month", text=first.strftime("%B"))
    if rng.random() < 0.5:
        return DateSpan(datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31), "year", text=str(day.year))
    month = day.month
    if month in (3, 4, 5):
        return DateSpan(datetime.date(day.year, 3, 1), datetime.date(day.year, 5, 31), "season", text="spring")
    if month in (6, 7, 8):
        return DateSpan(datetime.date(day.year, 6, 1), datetime.date(day.year, 8, 31), "season", text="summer")
    if month in (9, 10, 11):
        return DateSpan(datetime.date(day.year, 9, 1), datetime.date(day.year, 11, 30), "season", text="autumn")
    # winter (the season spans two years): the event's month. This used to be the first 28
    # days of the month, which left out an event on the 29th-31st: a planned record whose
    # date cannot contain its own true event.
    first = day.replace(day=1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return DateSpan(first, last, "month", text=first.strftime("%B"))


def _variant(world: World, event: Event, rng: random.Random, source: str, keep_rate: float = 0.7) -> Event:
    """One article's record of ``event``."""
    date = event.date
    status = "past"
    r = rng.random()
    if r < 0.10:
        status, date = "planned", _coarse(date, rng)
    elif r < 0.13:
        date = None
    elif r < 0.20 and date.end > date.start:
        date = DateSpan.day(date.start + datetime.timedelta(days=rng.randint(0, (date.end - date.start).days)))
    place = event.place
    r = rng.random()
    if r < 0.2:
        place = None
    elif r < 0.3:
        place = Place(None, place.country)
    parts = list(event.participants)
    keep = [p for p in parts if rng.random() < keep_rate] or [rng.choice(parts)]
    varied = []
    for p in keep:
        if p.kind == "person" and rng.random() < 0.3:
            p = Participant.person(p.name.split()[-1], country=p.country if rng.random() < 0.7 else None, role=p.role)
        elif p.kind == "person" and rng.random() < 0.1:
            p = Participant.country_(p.country, p.country, p.role)
        varied.append(p)
    rng.shuffle(varied)
    name = event.name
    if name and rng.random() < 0.25:
        if isinstance(event, (MemorandumSigned, AgreementSigned)):
            name = None if rng.random() < 0.5 else name.replace(" Cooperation", "")
        else:
            words = name.split()
            name = " ".join(words[:-1] + ["International", words[-1]]) if rng.random() < 0.5 else name
    edition = event.edition if rng.random() < 0.6 else None
    text = f"{source}: report"
    return type(event)(
        name=name,
        edition=edition,
        organizations=event.organizations if rng.random() < 0.8 else (),
        participants=varied,
        place=place,
        date=date,
        status=status,
        evidence=[Evidence(0, len(text), text)],
        source=source,
    )


def make_records(n: int, seed: int, years: int = 3, keep_rate: float = 0.7) -> tuple[list[Event], list[int]]:
    """``n`` records and the index of the true event of each."""
    rng = random.Random(seed)
    world = World(rng)
    events = make_events(world, rng, datetime.date(2022, 1, 1), years * 365, n // 2 + 1)
    records: list[Event] = []
    truth: list[int] = []
    article = 0
    for k, e in enumerate(events):
        for _ in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])):
            article += 1
            records.append(_variant(world, e, rng, f"article-{article:07d}", keep_rate))
            truth.append(k)
            if len(records) == n:
                return records, truth
    return records, truth


def pairwise_scores(predicted: list[int], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering (one label per record)."""

    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    both = pairs(Counter(zip(predicted, truth)))
    pred = pairs(Counter(predicted))
    true = pairs(Counter(truth))
    return (both / pred if pred else 1.0), (both / true if true else 1.0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=100_000, help="number of records (default 100,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=float, default=0.7, help="chance that a record keeps each participant (default 0.7)")
    parser.add_argument("--years", type=int, default=3, help="span of the true events (default 3; more years, fewer events a day)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    records, truth = make_records(args.n, args.seed, args.years, args.keep)
    t1 = time.perf_counter()
    clusters = link(records)
    t2 = time.perf_counter()
    label = {}
    for c_index, cluster in enumerate(clusters):
        for r in cluster.records:
            label[id(r)] = c_index
    predicted = [label[id(r)] for r in records]
    precision, recall = pairwise_scores(predicted, truth)
    events = len(set(truth))
    print(f"records: {len(records):,}  true events: {events:,} over {args.years} years ({events / (args.years * 365):.0f} a day)  clusters: {len(clusters):,}")
    print(f"generate: {t1 - t0:.1f} s   link: {t2 - t1:.1f} s")
    print(f"pairwise precision: {precision:.4f}   recall: {recall:.4f}")


if __name__ == "__main__":
    main()
