"""Benchmark of :func:`eurasia_events.linking.link` on synthetic records with known clusters.

Prints the wall time of ``link`` and the pairwise precision and recall of its clustering
against the truth (``--by-type``: also per event type).

**Default generator: modelled on the extractor's output.** ~40 countries with three cities
and five officials each, ten organizations. True events over three years (about 30 a day
at 100,000 records): meetings, visits and signings on random days; summits from a
calendar (each organization's heads-of-state summit once a year, five of them also a
heads-of-government council, consecutive editions) and 150 named forums, each once a
year with consecutive editions. Events come in *stories* reported by the same articles:
a visit, the talks of the visit (70%) and documents signed (40%); a meeting and its
signings (20%); a summit and 0-4 bilateral talks on its sidelines. Each story has one to
six articles; an article reports the story's first event and each other one with
probability 1/2, one record per event (all of one ``source``). Several documents are
often signed on one day between the same two countries; the same ministers meet again
weeks later.

Each record varies as the extractor's records vary. Measured by running
``Extractor().extract(text, published=...)`` over the 80 texts of ``examples/articles``,
``../shared/corpus/seed-*`` and ``tests/extraction_cases.py`` (126 records):

=================================  ========  ==========================================
what                               measured  generator
=================================  ========  ==========================================
day or week date                   76%       77% (8% of all planned for a day)
month / season / year date         12%       11% (planned), year 60%, month 33%, season 7%
no date in the text                12%       12%: dated by the publication day (below)
  given a publication date: day D  11 of 12  11% (past, ongoing), ``date.text`` None
  still undated                    1 of 12   1%, and the planned records of the 11%
city / country only / no place     86/7/7%   86/7/7%
>= 2 sides: meetings               84%       each person kept with 0.92
>= 2 sides: visits                 95%       host country always, visitor 0.95
host person named in a visit       0 of 19   never (the talks are a Meeting record)
summit leaders named               0-15      each 0.35 of 6-12, host country 0.9
forums with no participant         33%       each speaker 0.4, organizer 0.2
persons with a full name           100%      100% (the spec: the fullest form in the text)
persons without a country          6%        6%; a person given as a country 4%
signings with a title (name)       3 of 29   10% (else name None)
untitled: evidence states subject  18 of 20  90% of reports, a news sentence in one of 8
  (records of one document)                  forms, the subject in 3-4 wordings per topic
summits / forums named             96/94%    95%
summits / forums with an edition   43/39%    40%
summits with organizations         83%       83%
records per article (with any)     1.6       1.3 (stories)
=================================  ========  ==========================================

**Publication dates.** Each article has one, and each of its records the status of its
event as of that date (``_status_on``: planned before the event starts, ongoing while it
runs, past from its last day). 22% of articles announce their story ahead of it, 1-7 days
(half), 8-30 days (35%) or 31-90 days (15%) before its first day (measured: 28 of 126
records planned); their dated records have a coarse date in 60% of cases (measured 15
coarse against 13 day-level planned records). The others report it after its last day:
the same day (35%), one day (35%), two (12%) or three days (8%) later, or as a later
feature 4-30 days later (10%); a quarter of the reports of a multi-day story come while it
runs (ongoing records). 12% of records give no date of their own (measured 12 of 126):
the extractor dates the day's news by the publication day with ``date.text`` None (spec;
measured: 11 of those 12 given a publication date, all day D itself, past or ongoing,
docs/linking.md "Publication windows"), so 11% of records (past or ongoing) get the
day D of their article, one or more days after the event as often as the report is, and
1% (with the planned records of the 11%) stay undated. Every other day-level date carries
the text it came from ("on Tuesday"). ``link`` gets the dates as ``published=``
(``--no-published``: not).
With ``--hard`` the records are exactly those of the first benchmark and each
record's article gets a date consistent with its status (planned: 1-90 days before the
event; else 0-3 days after, 10% 4-30); their dates get a text ("on Tuesday"), nothing
else changes (the same records, ids and random streams as before).

**``--hard``: the first benchmark's generator**, kept to compare: summits and forums on
random days (each organization's summit every few days, each of 25 forums every two weeks,
random editions), every record its own article, 30% of persons by surname only (a third
of those without a country), a host president in every visit, each participant kept with
0.7 (``--keep``), 10% coarse planned dates (month 70%), 3% undated, 20% without a place,
87% of signings titled.

Run:
    .venv/bin/python benchmarks/linking.py            # 100,000 records
    .venv/bin/python benchmarks/linking.py -n 20000 --seed 3 --by-type
    .venv/bin/python benchmarks/linking.py --hard     # the first generator
    .venv/bin/python benchmarks/linking.py --no-published   # link() without publication dates
"""

from __future__ import annotations

import argparse
import datetime
import random
import time
from collections import Counter

import attrs

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


def make_events_hard(world: World, rng: random.Random, start: datetime.date, days: int, n: int) -> list[Event]:
    """``n`` true events (status past, full information): the ``--hard`` generator."""
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


def _variant_hard(world: World, event: Event, rng: random.Random, source: str, keep_rate: float = 0.7) -> Event:
    """One article's record of ``event`` (the ``--hard`` generator)."""
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


def _lead(rng: random.Random) -> int:
    """Days an announcement comes before the event: 1-7 (50%), 8-30 (35%), 31-90 (15%)."""
    r = rng.random()
    return rng.randint(1, 7) if r < 0.5 else rng.randint(8, 30) if r < 0.85 else rng.randint(31, 90)


def _delay(rng: random.Random) -> int:
    """Days a report comes after the event's last day: 0-3 (90%), else a feature, 4-30."""
    r = rng.random()
    for delay, p in _REPORT_DELAY:
        if r < p:
            return delay
        r -= p
    return rng.randint(4, 30)


def make_records_hard(
    n: int, seed: int, years: int = 3, keep_rate: float = 0.7
) -> tuple[list[Event], list[int], dict[str, datetime.date]]:
    """``n`` records, the index of the true event of each and each article's publication
    date (the ``--hard`` generator: every record its own article, the record variation of
    the first benchmark). The records are those of the first benchmark; the publication
    dates (drawn from their own random stream) agree with each record's status: a planned
    record's article comes :func:`_lead` days before the event, any other
    :func:`_delay` days after it."""
    rng = random.Random(seed)
    pub_rng = random.Random(seed * 104729 + 5)
    world = World(rng)
    events = make_events_hard(world, rng, datetime.date(2022, 1, 1), years * 365, n // 2 + 1)
    records: list[Event] = []
    truth: list[int] = []
    published: dict[str, datetime.date] = {}
    article = 0
    for k, e in enumerate(events):
        for _ in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])):
            article += 1
            record = _variant_hard(world, e, rng, f"article-{article:07d}", keep_rate)
            if record.date is not None:
                # the article states its dates (the records are the first benchmark's; a
                # text None would make a same-day report look dated by its publication day)
                record = attrs.evolve(record, date=_with_text(record.date))
            records.append(record)
            truth.append(k)
            if record.status == "planned":
                published[record.source] = e.date.start - datetime.timedelta(days=_lead(pub_rng))
            else:
                published[record.source] = e.date.end + datetime.timedelta(days=_delay(pub_rng))
            if len(records) == n:
                return records, truth, published
    return records, truth, published


# --------------------------------------------------------------------------- the default generator
#
# Modelled on what the extractor emits (docs/linking.md, "Benchmark"): measured over the 80
# texts of examples/articles, the seed corpus and tests/extraction_cases.py (126 records).

_REPORT_DELAY = ((0, 0.35), (1, 0.35), (2, 0.12), (3, 0.08))  # else a feature, 4-30 days
_HOS_ORGS = ORGS  # every organization holds a heads-of-state summit a year ...
_HOG_ORGS = ("SCO", "CIS", "EAEU", "CSTO", "OTS")  # ... these also a heads-of-government council
_COMPANION_RATE = 0.5  # an article about a story also reports each of its other events


def _month_span(day: datetime.date) -> DateSpan:
    first = day.replace(day=1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return DateSpan(first, last, "month", text=first.strftime("%B"))


def _coarse_real(date: DateSpan, rng: random.Random) -> DateSpan:
    """A planned record's coarse date, in the measured mix: year 9, month 5, season 1 of 15."""
    day = date.start
    r = rng.random()
    if r < 0.6:
        return DateSpan(datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31), "year", text=str(day.year))
    if r < 0.93 or day.month in (12, 1, 2):
        return _month_span(day)
    first_month = {3: 3, 4: 3, 5: 3, 6: 6, 7: 6, 8: 6, 9: 9, 10: 9, 11: 9}[day.month]
    last = _month_span(datetime.date(day.year, first_month + 2, 1)).end
    return DateSpan(datetime.date(day.year, first_month, 1), last, "season", text="season")


class Calendar:
    """The recurring events of the world: organizations' summits and named forums, each
    once a year in about the same month, with consecutive editions."""

    def __init__(self, world: World, rng: random.Random, start: datetime.date, years: int) -> None:
        self.summits: list[tuple[Summit, list[tuple[str, str]]]] = []
        for org in ORGS:
            for level, title in ((0, "Summit"), (1, "Heads of Government Council")):
                if level and org not in _HOG_ORGS:
                    continue
                edition = rng.randint(2, 25)
                month = rng.randint(1, 12)
                for y in range(years):
                    day = datetime.date(start.year + y, month, rng.randint(1, 28))
                    host = rng.choice(world.members[org])
                    leaders = [(c, world.people[c][level][0]) for c in world.members[org]]
                    parts = [Participant.country_(host, host, "host")] + [
                        _person(world, c, level, "participant") for c in world.members[org]
                    ]
                    summit = Summit(
                        name=f"{org} {title}", edition=edition + y, organizations=[org], participants=parts,
                        place=Place(world.cities[host][0], host), date=_span(day, rng.choice([1, 2])),
                    )
                    self.summits.append((summit, leaders))
        self.forums: list[Forum] = []
        names = set()
        while len(names) < 150:
            c = rng.choice(COUNTRIES)
            name = f"{rng.choice(world.cities[c])} {rng.choice(FORUM_WORDS)} Forum"
            if name in names:
                continue
            names.add(name)
            edition = rng.randint(1, 20)
            month = rng.randint(1, 12)
            city = Place(name.split()[0], c)
            for y in range(years):
                day = datetime.date(start.year + y, month, rng.randint(1, 27))
                speakers = rng.sample(COUNTRIES, 4)
                parts = [Participant.country_(c, c, "organizer")] + [
                    _person(world, sp, rng.randint(0, 4), "speaker") for sp in speakers
                ]
                self.forums.append(Forum(name=name, edition=edition + y, participants=parts, place=city, date=_span(day, rng.choice([2, 3]))))


def _signings(world: World, rng: random.Random, a: str, b: str, rank: int, place: Place, day: datetime.date) -> list[Event]:
    """One to three documents signed on one day between the same two countries."""
    out: list[Event] = []
    for topic in rng.sample(TOPICS, rng.choice([1, 1, 2, 3])):
        cls = MemorandumSigned if rng.random() < 0.6 else AgreementSigned
        word = "Memorandum" if cls is MemorandumSigned else "Agreement"
        parts = [Participant.country_(a, a, "party"), Participant.country_(b, b, "party"), _person(world, a, rank, "signatory")]
        out.append(cls(name=f"{word} on {topic.capitalize()} Cooperation", participants=parts, place=place, date=_span(day, 1)))
    return out


def make_stories(world: World, rng: random.Random, start: datetime.date, years: int, n: int) -> list[list[Event]]:
    """About ``n`` true events in stories: a story's events are reported by the same
    articles (a visit, the talks of the visit and the documents signed; a summit and the
    bilateral talks on its sidelines). Summits and forums come from the :class:`Calendar`;
    the rest are meetings, visits and signings on random days."""
    days = years * 365
    cal = Calendar(world, rng, start, years)
    stories: list[list[Event]] = []
    for summit, leaders in cal.summits:
        story: list[Event] = [summit]
        for _ in range(rng.randint(0, 4)):  # bilateral talks on the sidelines
            (ca, _), (cb, _) = rng.sample(leaders, 2)
            level = 0 if summit.name.endswith("Summit") else 1
            story.append(Meeting(participants=[_person(world, ca, level, "participant"), _person(world, cb, level, "participant")],
                                 place=summit.place, date=_span(summit.date.start, 1)))
        stories.append(story)
    stories.extend([f] for f in cal.forums)
    count = sum(len(s) for s in stories)
    while count < n:
        day = start + datetime.timedelta(days=rng.randrange(days))
        kind = rng.choices(["Meeting", "Visit", "Signing"], [35, 20, 30])[0]
        a, b = rng.sample(COUNTRIES, 2)
        rank = rng.choice([0, 2, 2, 1, 3])
        if kind == "Meeting":
            city_country = a if rng.random() < 0.85 else rng.choice(COUNTRIES)
            place = Place(rng.choice(world.cities[city_country]), city_country)
            parts = [_person(world, a, rank, "participant"), _person(world, b, rank, "participant")]
            story = [Meeting(participants=parts, place=place, date=_span(day, 1))]
            if rng.random() < 0.2:
                story += _signings(world, rng, a, b, rank, place, day)
            stories.append(story)
            if rng.random() < 0.15:  # the same two sides meet again a few weeks later
                later = day + datetime.timedelta(days=rng.randint(20, 45))
                stories.append([Meeting(participants=parts, place=Place(world.cities[a][0], a), date=_span(later, 1))])
        elif kind == "Visit":
            place = Place(world.cities[b][0], b)
            span = _span(day, rng.choice([1, 2, 3]))
            story = [Visit(participants=[_person(world, a, rank, "visitor"), Participant.country_(b, b, "host")], place=place, date=span)]
            talks_day = day + datetime.timedelta(days=rng.randint(0, (span.end - span.start).days))
            if rng.random() < 0.7:  # the talks with the counterpart (the president receives a minister)
                host_rank = rank if rank <= 2 and rng.random() < 0.6 else 0
                story.append(Meeting(participants=[_person(world, a, rank, "participant"), _person(world, b, host_rank, "participant")],
                                     place=place, date=_span(talks_day, 1)))
            if rng.random() < 0.4:
                story += _signings(world, rng, a, b, rank, place, talks_day)
            stories.append(story)
        else:
            stories.append(_signings(world, rng, a, b, rank, Place(world.cities[a][0], a), day))
        count += len(stories[-1])
    return stories


# --------------------------------------------------------------------------- signing evidence
#
# A signing record's evidence is the sentence that reports it. Measured over the same 80
# texts: 26 of 29 signing records have no title; 20 of those describe one document and 18
# of the 20 say what it is about ("a memorandum of understanding on water management", "an
# agreement on allied relations"); the other 6 are counts and packages ("a number of
# documents were signed"), one of them with a subject. Outlets word a subject differently:
# "on cooperation in the field of education", "on educational cooperation", "an education
# memorandum"; some use another word ("healthcare", "medicine"; "civil aviation", "air
# services"), and some wordings of two subjects share a word ("railway transport" and
# "transport"; "atomic energy" and "energy").

_SUBJECT_RATE = 0.9  # measured: 18 of 20 records of one untitled document state its subject

COUNTRY_NAMES = dict(
    zip(
        COUNTRIES,
        """Russia|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Azerbaijan|Armenia|
        Georgia|Belarus|Ukraine|Moldova|Turkey|Iran|China|Mongolia|India|Pakistan|Afghanistan|
        Japan|South Korea|North Korea|Vietnam|Thailand|Malaysia|Indonesia|Singapore|
        Saudi Arabia|the UAE|Qatar|Egypt|Germany|France|Italy|Serbia|Hungary|Poland|Israel|
        Iraq|Syria""".replace("\n", "").replace("        ", "").split("|"),
    )
)

#: Per topic: noun phrases ("cooperation in the field of _", "a memorandum on _") and
#: modifiers ("_ cooperation", "an _ memorandum"), the first of each the plainest.
SUBJECT_WORDING = {
    "energy": (["energy", "the energy sector", "the fuel and energy complex", "power engineering"], ["energy"]),
    "education": (["education", "higher education", "education and science"], ["educational", "education"]),
    "health": (["health", "healthcare", "public health", "medicine"], ["medical", "health", "healthcare"]),
    "transport": (["transport", "transportation", "transport and logistics"], ["transport", "logistics"]),
    "customs": (["customs", "customs administration", "customs matters"], ["customs"]),
    "tourism": (["tourism", "travel and tourism", "tourist exchanges"], ["tourism", "tourist"]),
    "culture": (["culture", "culture and the arts", "cultural heritage"], ["cultural", "culture"]),
    "agriculture": (["agriculture", "the agro-industrial complex", "farming"], ["agricultural", "farm"]),
    "banking": (["banking", "banking supervision", "finance"], ["banking", "financial"]),
    "investment": (["investment", "investments", "the mutual protection of investments"], ["investment"]),
    "digital": (["digitalization", "the digital economy", "information technology"], ["digital", "ICT"]),
    "space": (["space exploration", "outer space", "space research"], ["space"]),
    "nuclear": (["the peaceful use of atomic energy", "nuclear energy", "nuclear power"], ["nuclear"]),
    "water": (["water resources", "water management", "the water sector"], ["water"]),
    "railways": (["railway transport", "railways", "rail transport"], ["railway", "rail"]),
    "aviation": (["civil aviation", "air services", "air transport"], ["aviation"]),
    "science": (["science", "science and technology", "scientific research"], ["scientific", "science"]),
    "sport": (["sport", "physical culture and sport", "sports"], ["sports", "sport"]),
    "youth": (["youth policy", "youth affairs", "youth exchanges"], ["youth"]),
    "media": (["mass media", "the media", "information and media"], ["media", "press"]),
}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _a(word: str) -> str:
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


def _pick(rng: random.Random, options: list[str]) -> str:
    """The first (plainest) wording half the time, else any."""
    return options[0] if rng.random() < 0.5 else rng.choice(options)


def _with_text(date: DateSpan) -> DateSpan:
    """``date`` with the text it came from ("on Tuesday", "on March 11-12"): a date that
    the article states, not one taken from its publication date (``text`` None)."""
    if date.granularity != "day" or date.start is None:
        return date
    if date.end == date.start:
        return attrs.evolve(date, text=f"on {_WEEKDAYS[date.start.weekday()]}")
    return attrs.evolve(date, text=f"on {date.start.strftime('%B')} {date.start.day}-{date.end.day}")


def _when(date: DateSpan | None, place: Place | None) -> str:
    """ "in Astana on Tuesday", "in March", "this year"... from the record's own date and place."""
    where = f"in {place.city} " if place and place.city else ""
    if date is None:
        return where.strip()
    if date.granularity == "day":
        # the day's news (text None): the sentence gives no date
        return f"{where}on {_WEEKDAYS[date.start.weekday()]}" if date.text is not None else where.strip()
    if date.granularity == "month":
        return f"{where}in {date.start.strftime('%B')}"
    if date.granularity == "season":
        return f"{where}in the {['winter', 'spring', 'summer', 'autumn'][date.start.month % 12 // 3]}"
    return f"{where}this year"


def signing_text(event: Event, record: Event, rng: random.Random) -> str:
    """The sentence of the article of ``record`` that reports the signing ``event`` (the
    true record): the parties, date, place and tense of ``record``, the subject of
    ``event`` worded in one of the outlets' ways (or left out)."""
    memorandum = isinstance(event, MemorandumSigned)
    topic = event.name.split()[2].lower() if event.name else None
    names = [COUNTRY_NAMES.get(p.code or "", p.name) for p in record.participants if p.kind == "country"]
    rng.shuffle(names)
    if len(names) >= 2:
        a, b = names[0], names[1]
        who = rng.choice([f"{a} and {b}", f"The foreign ministers of {a} and {b}", f"Officials of {a} and {b}"])
        between = f" between {a} and {b}"
    elif names:
        a = names[0]
        who = rng.choice([f"{a} and its partners", f"{a} and the visiting delegation"])
        between = f" by {a} and the visiting delegation"
    else:
        a, who, between = "the", "The sides", ""
    planned = record.status == "planned"
    signed, passive, also = (
        (rng.choice(["will sign", "are expected to sign"]), "will be signed", "will also sign") if planned
        else ("signed", "was signed", "also inked")
    )
    doc = rng.choice(["memorandum of understanding", "memorandum", "memorandum of cooperation"]) if memorandum else rng.choice(["agreement", "agreement", "intergovernmental agreement"])
    short = "memorandum" if memorandum else "agreement"
    when = _when(record.date, record.place)
    when_ = f" {when}" if when else ""
    if topic is None or rng.random() >= _SUBJECT_RATE:
        return rng.choice([
            f"{who} {signed} {_a(doc)}{when_}.",
            f"{_a(doc).capitalize()} {passive}{between}.",
            f"Following the talks, the parties {signed} {_a(doc)}, the press service said.",
        ])
    plain = doc.replace(" of cooperation", "")  # not "a memorandum of cooperation on water cooperation"
    nouns, mods = SUBJECT_WORDING[topic]
    noun, mod = _pick(rng, nouns), _pick(rng, mods)
    return rng.choice([
        f"{who} {signed} {_a(plain)} on cooperation in the field of {noun}{when_}.",
        f"{who} {signed} {_a(plain)} on {mod} cooperation{when_}.",
        f"{_a(mod).capitalize()} {short} {passive}{between}{when_}.",
        f"The sides {'will also sign' if planned else 'also signed'} {_a(doc)} in the sphere of {noun}.",
        f"{who} {signed} {_a(doc)} on {noun}{when_}, the {a} government said.",
        f"During the talks, the parties {signed} {_a(plain)} of cooperation in {noun}.",
        f"Among the documents {'to be signed' if planned else 'signed'}{when_} {'is' if planned else 'was'} {_a(doc)} on {noun}.",
        f"{who} {also} {_a(mod)} {short}, according to the press service.",
    ])


#: Chance that a record keeps each participant, by type and kind of participant (measured:
#: >= 2 sides in 84% of meetings, 95% of visits, 100% of memoranda; the host country in
#: every visit; 1-5 of a summit's leaders; no participant in a third of the forums).
_KEEP = {
    "Meeting": {"person": 0.92, "country": 0.92},
    "Visit": {"visitor": 0.95, "host": 1.0},
    "Summit": {"person": 0.35, "country": 0.9},
    "Forum": {"person": 0.4, "country": 0.2},
    "MemorandumSigned": {"party": 0.95, "signatory": 0.25},
    "AgreementSigned": {"party": 0.9, "signatory": 0.25},
}


def _status_on(event: Event, published: datetime.date) -> str:
    """The status of ``event`` as of ``published``: planned before it starts, ongoing
    while it lasts (not on its last day), past from its last day on."""
    if event.date.start > published:
        return "planned"
    if published < event.date.end:
        return "ongoing"
    return "past"


def _variant_real(
    event: Event, rng: random.Random, source: str, text_rng: random.Random | None = None,
    published: datetime.date | None = None,
) -> Event:
    """One article's record of ``event``, varied as the extractor's records vary; its
    status is the event's as of the article's publication date ``published``."""
    date = event.date
    status = _status_on(event, published) if published is not None else "past"
    r = rng.random()
    news = False
    if r < _NO_DATE_IN_TEXT:  # measured: 12 of 126 records give no date of their own
        # the day's news (spec: dated by the publication day, date.text null), else undated:
        # measured 11 of those 12 given a publication date; a planned one stays undated
        if published is not None and status != "planned" and r >= _UNDATED:
            date, news = DateSpan.day(published), True
        else:
            date = None
    elif status == "planned" and r < _NO_DATE_IN_TEXT + (1 - _NO_DATE_IN_TEXT) * _COARSE_PLANNED:  # "in March", "this year"
        date = _coarse_real(date, rng)
    elif status == "past" and r < 0.20 and date.end > date.start:  # one day of a longer event
        date = DateSpan.day(date.start + datetime.timedelta(days=rng.randint(0, (date.end - date.start).days)))
    if date is not None and not news and date.text is None:
        date = _with_text(date)  # a date the text gives ("on Tuesday")
    place = event.place
    r = rng.random()
    if r < 0.07:  # measured: city 86%, country only 7%, none 7%
        place = None
    elif r < 0.14:
        place = Place(None, place.country)
    keep = _KEEP[event.event_type]
    varied = []
    for p in event.participants:
        if rng.random() >= keep.get(p.role, keep.get(p.kind, 0.9)):
            continue
        if p.kind == "person" and rng.random() < 0.04:  # "the Turkish side"
            p = Participant.country_(p.country, p.country, "party" if p.role == "signatory" else p.role)
        elif p.kind == "person" and rng.random() < 0.06:  # measured: 9 of 154 persons without a country
            p = Participant.person(p.name, title=p.title, role=p.role)
        varied.append(p)
    rng.shuffle(varied)
    name, edition = event.name, event.edition
    if isinstance(event, (MemorandumSigned, AgreementSigned)):
        name = name if rng.random() < 0.1 else None  # measured: 3 of 29 signings titled
    elif name and rng.random() < 0.05:  # 22 of 23 summits, 17 of 18 forums named
        name = None
    if edition is not None and rng.random() >= 0.4:  # 10 of 23 summits, 7 of 18 forums
        edition = None
    text = f"{source}: report"
    record = type(event)(
        name=name,
        edition=edition,
        organizations=event.organizations if rng.random() < 0.83 else (),  # 19 of 23 summits
        participants=varied,
        place=place,
        date=date,
        status=status,
        evidence=[Evidence(0, len(text), text)],
        source=source,
    )
    if isinstance(event, (MemorandumSigned, AgreementSigned)) and text_rng is not None:
        text = signing_text(event, record, text_rng)
        record = attrs.evolve(record, evidence=[Evidence(0, len(text), text)])
    return record


#: Publication model (see the module docstring): the share of articles that announce
#: their story ahead of it; the delay of a report after the story's last day; the lead of
#: an announcement before its first day.
_ANNOUNCE_RATE = 0.22
#: Records whose text gives no date of their own (measured: 12 of 126 without a publication
#: date), and among them those that stay undated when the article has one (measured: 1 of
#: the 12, a summit mentioned in passing; the other 11 are the day's news, dated by the
#: publication day with ``date.text`` None, spec section 2).
_NO_DATE_IN_TEXT = 0.12
_UNDATED = 0.01
_COARSE_PLANNED = 0.6  # measured: 15 coarse against 13 day-level planned records
_DURING_RATE = 0.25  # a report of a multi-day story published while it runs


def publication_date(story: list[Event], rng: random.Random) -> datetime.date:
    """When an article about ``story`` (the events it reports) is published."""
    start = min(e.date.start for e in story)
    end = max(e.date.end for e in story)
    if rng.random() < _ANNOUNCE_RATE:  # an announcement: days to weeks ahead
        return start - datetime.timedelta(days=_lead(rng))
    if end > start and rng.random() < _DURING_RATE:  # while it runs
        return start + datetime.timedelta(days=rng.randint(0, (end - start).days - 1))
    return end + datetime.timedelta(days=_delay(rng))  # a report, or a later feature


def make_records(n: int, seed: int, years: int = 3) -> tuple[list[Event], list[int], dict[str, datetime.date]]:
    """``n`` records, the index of the true event of each and each article's publication
    date (the default generator).

    Each story has one to six articles; every article reports the story's first event and
    each other event of the story with probability 1/2, one record per event. Each article
    has a publication date (:func:`publication_date`) and its records the status of their
    event as of that date."""
    rng = random.Random(seed)
    text_rng = random.Random(seed * 7919 + 1)  # the evidence texts: the records stay as they were
    pub_rng = random.Random(seed * 104729 + 3)  # publication dates
    world = World(rng)
    stories = make_stories(world, rng, datetime.date(2022, 1, 1), years, n // 2 + 1)
    rng.shuffle(stories)
    records: list[Event] = []
    truth: list[int] = []
    published: dict[str, datetime.date] = {}
    article = 0
    k = 0
    for story in stories:
        base = k
        k += len(story)
        for _ in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])):
            article += 1
            source = f"article-{article:07d}"
            chosen = [m for m in range(len(story)) if m == 0 or rng.random() < _COMPANION_RATE]
            day = published[source] = publication_date([story[m] for m in chosen], pub_rng)
            for m in chosen:
                records.append(_variant_real(story[m], rng, source, text_rng, day))
                truth.append(base + m)
                if len(records) == n:
                    return records, truth, published
    return records, truth, published


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
    parser.add_argument("--keep", type=float, default=0.7, help="with --hard: chance that a record keeps each participant (default 0.7)")
    parser.add_argument("--years", type=int, default=3, help="span of the true events (default 3; more years, fewer events a day)")
    parser.add_argument("--hard", action="store_true", help="the first benchmark's generator (records vary more than the extractor's; summits and forums every few days)")
    parser.add_argument("--no-published", action="store_true", help="do not pass the articles' publication dates to link()")
    parser.add_argument("--by-type", action="store_true", help="also print precision and recall per event type")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.hard:
        records, truth, published = make_records_hard(args.n, args.seed, args.years, args.keep)
    else:
        records, truth, published = make_records(args.n, args.seed, args.years)
    t1 = time.perf_counter()
    clusters = link(records, published=None if args.no_published else published)
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
    if args.by_type:
        for name in sorted({r.event_type for r in records}):
            ks = [k for k, r in enumerate(records) if r.event_type == name]
            p, r = pairwise_scores([predicted[k] for k in ks], [truth[k] for k in ks])
            print(f"  {name:17s} records: {len(ks):7,}   precision: {p:.4f}   recall: {r:.4f}")


if __name__ == "__main__":
    main()
