"""Who travels on a visit, where the visit's own sentence does not say: the traveller a
pronoun stands for ("He will then travel to Russia"), the one who arrived in the sentence
before ("X arrived in Baku on Monday. ... During the two-day visit, ..."), and trips home,
which visit no host."""

from __future__ import annotations

import re
from typing import Any, Callable

import attrs

from .coreference import _hosts
from .mentions import Mention, Mentions
from .assembly._arrivals import ARRIVED
from .assembly._context import TOLD_BY
from .merging import Draft, a_delegation, dated_with_its_tour

__all__ = ["arrival_before", "arrival_days", "fronted_travellers", "home_trip", "pronoun_speakers", "pronoun_travellers", "sequence_legs", "tours"]


def _home(actor: Mention) -> str | None:
    """A person's state, where the text or the gazetteer gives one."""
    return actor.value.get("country") if actor.kind == "person" and isinstance(actor.value, dict) else None


def home_trip(d: Draft) -> bool:
    """"The Kazakh president will leave for Astana": a trip home, or in one's own state, is no
    visit (spec section 2: a visit is to a host); true when every visitor is of the host state."""
    hosts = _hosts(d)
    homes = [_home(a) for k, (a, r) in d.participants.items() if k[0] == "person" and r == "visitor"]
    return d.type == "Visit" and bool(homes) and len(hosts) == 1 and all(h is not None and h in hosts for h in homes)


_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\b(?:(?!\b(?:and|but|while|which|who)\b)[^.;])*$", re.I)


#: "following his official visit to Brussels": the visit of the sentence's subject
_HIS_VISIT = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)


def possessive_travellers(drafts: list[Draft]) -> None:
    """"X discussed ... following his official visit to Brussels with Y": a visit told with "his"
    and no visitor of its own is made by the person named first in its sentence."""
    for d in drafts:
        c = d.first
        if d.type != "Visit" or d.participants.keys() - {k for k, (_, r) in d.participants.items() if r == "host"} \
                or not _HIS_VISIT.search(c.lead_in):
            continue
        named = sorted((a for o in drafts if o is not d for x in o.candidates if x.sent_start_char == c.sent_start_char
                        for a, _ in x.participants if a.kind == "person" and a.end <= c.trigger.start), key=lambda a: a.start)
        if named:
            d.participants.setdefault(("person", named[0].id), (named[0], "visitor"))


def pronoun_travellers(drafts: list[Draft]) -> None:
    """"He will then travel to Russia": a visit whose traveller is a pronoun is made by the
    visitor of the visit told before it (the article's traveller)."""
    for i, d in enumerate(drafts):
        if d.type != "Visit" or any(k[0] == "person" and r == "visitor" for k, (_, r) in d.participants.items()):
            continue
        c = d.first
        taken = c.rule.id == "visit-take-to"  # "a tour that will take him to A": him, the traveller
        if not taken and not _PRONOUN_SUBJECT.search(c.lead_in):
            continue
        if a_delegation(c):
            continue  # "He said a Qatari delegation is to visit Kazakhstan": the delegation travels, not he
        if taken:  # "Turkmenistan is the first stop of his tour, which will take him to A": a stop, not a visitor
            for key in [k for k, (_, r) in d.participants.items() if k[0] == "country" and r == "visitor"]:
                del d.participants[key]
        earlier = [o for o in drafts[:i] if o.type == "Visit" and o.first.trigger.start < c.trigger.start]
        hosts = _hosts(d)
        for o in reversed(earlier):  # (no one travels to his own state: "He will go on to Samarkand" is the guest's trip)
            visitors = [(k, a) for k, (a, r) in o.participants.items() if k[0] == "person" and r == "visitor" and _home(a) not in hosts]
            if visitors:
                for key, actor in visitors:
                    d.participants.setdefault(key, (actor, "visitor"))
                break


_HE_IS = re.compile(r"\s*(?:(?:He|She)\s+(?:is|was|will be|arrived|came)|(?:This|It)\s+is\s+(?:his|her))\b")
_DURING_THE_VISIT = re.compile(r"\s*(?:During|In the course of|As part of) (?:the|this|his|her) (?:[\w-]+ ){0,3}?visit\b")
_ARRIVED = "|".join(sorted(ARRIVED))
_ARRIVAL = re.compile(rf"\b(?:{_ARRIVED})\s+(?:here\s+)?in\b")


#: an arrival told in any tense ("is arriving in Dushanbe today", "will arrive in Jeddah on Tuesday", "will fly to Astana")
_ARRIVING = re.compile(rf"\b(?:(?:{_ARRIVED}|arriving|will arrive)\s+(?:here\s+)?in|will (?:fly|travel|head) to)\b")


def arrival_days(drafts: list[Draft], mentions: Mentions, text: str) -> None:
    """"Putin is arriving in Dushanbe today. ... Putin will pay a working visit to Tajikistan": a visit
    with no day of its own begins on the day its visitor is said to arrive in its city or state
    (spec section 5: an event known by the day it began), wherever the article tells the arrival.
    A leg of a tour dated only as the whole tour is ("a state visit to A, B and C next week") begins
    on the day the visitor is said to arrive there ("On Tuesday, he will fly to Astana"); an arrival
    told with a title and no name ("The President of Korea will arrive in Ashgabat on Monday") is
    the one visitor's of the article."""
    # (who arrives, in which state, on which day: read once per arrival, not once per visit)
    told: list[tuple[str | None, str | None, Mention]] = []
    for arrival in _ARRIVING.finditer(text):
        begin, end = _sentence_before(text, arrival.start() + 1), _sentence_end(text, arrival.end())
        people = [a for a in mentions.actors if a.kind == "person" and begin <= a.start_char < arrival.start()]
        where = next((m for m in (*mentions.places, *mentions.actors) if arrival.end() < m.start_char <= arrival.end() + 5
                      and m.kind in ("city", "country")), None)
        days = [m for m in mentions.dates if begin <= m.start_char < end and m.value.granularity == "day" and m.value.start is not None
                and not _said_on(text, begin, m.start_char)  # ("has arrived in Russia, a senator said on Monday")
                and (m.start_char >= arrival.end() or (_FRONTED_DAY.match(text, begin, m.start_char) is not None
                                                       and not _OTHER_CLAUSE.search(text, m.end_char, arrival.start())))]
        if days:  # ("On Tuesday, he will fly to Astana and hold a summit on Wednesday": the day told first)
            state = (where.value if where.kind == "city" else where.id) if where is not None else None
            told.append((people[-1].id if people else None, state, days[0]))
    if not told:
        return
    travellers = {k[1] for d in drafts if d.type == "Visit" for k, (_, r) in d.participants.items() if k[0] == "person" and r == "visitor"}
    for d in drafts:
        if d.type != "Visit":
            continue
        visitors = {k[1] for k, (_, r) in d.participants.items() if k[0] == "person" and r == "visitor"}
        hosts = _hosts(d)
        day = next((day for who, state, day in told if (who in visitors or (who is None and len(travellers) == 1 and visitors == travellers))
                    and state in hosts), None)
        if day is None:
            continue
        whole = d.date.value if d.date is not None else None
        if whole is None or (_tour_wide(d, drafts, mentions) and whole.start is not None and whole.start < day.value.start <= (whole.end or whole.start)):
            # (the tour's days hold the arrival, or are told after it, as its end; not a tour that began and
            # ended on an earlier day, whose legs take that first day, nor days that begin with the arrival)
            d.date = day


#: a day told before the verb, at the start of its sentence ("On Tuesday, ..."), and what ends its clause
_FRONTED_DAY = re.compile(r"\s*(?:On\s+)?$")
_OTHER_CLAUSE = re.compile(rf";|\b(?:{_ARRIVED})\b")


def _said_on(text: str, begin: int, at: int) -> bool:
    """"..., the minister said on Monday": the day of the statement, not of the arrival."""
    words = re.findall(r"[\w']+", text[max(begin, at - 40) : at].lower())
    words = words[:-1] if words[-1:] == ["on"] else words
    return bool(words) and words[-1] in TOLD_BY


def _tour_wide(d: Draft, drafts: list[Draft], mentions: Mentions) -> bool:
    """A visit's date that is the whole tour's: told for another leg too, or in a sentence
    that names none of its host states ("will wrap up their visit on 15 June")."""
    if dated_with_its_tour(d, drafts):
        return True
    c = next((c for c in d.candidates if c.date is d.date), None)
    if c is None or d.date.value.granularity != "day":
        return c is not None
    hosts = _hosts(d)
    return not any(c.sent_start_char <= m.start_char < c.sent_end_char and m.kind in ("city", "country")
                   and (m.id in hosts or m.value in hosts) for m in (*mentions.places, *mentions.actors))


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence (or line) holding character ``start`` ends."""
    ends = [k for k in (text.find(". ", start), text.find("\n", start)) if k != -1]
    return min(ends) if ends else len(text)


def _sentence_before(text: str, end: int) -> int:
    """Where the sentence (or line) that ends right before character ``end`` begins."""
    return max(text.rfind(". ", 0, max(0, end - 2)), text.rfind("\n", 0, max(0, end - 1))) + 1


def arrival_before(drafts: list[Draft], mentions: Mentions, text: str) -> None:
    """"X arrived in Islamabad on Thursday. He is on a two-day visit to Pakistan" ("This is his first
    visit to ..."): the one who arrived, told in the sentence before, is the visitor, and the day of the
    arrival begins the visit."""
    for d in drafts:
        c = d.first
        during = _DURING_THE_VISIT.match(c.sentence_text)  # "X arrived in Baku on Monday. ... During the two-day visit, ..."
        if d.type != "Visit" or not (_HE_IS.match(c.sentence_text) or during):
            continue
        begin = _sentence_before(text, c.sent_start_char)
        arrival = _ARRIVAL.search(text, begin, c.sent_start_char)
        if arrival is None and during and begin > 1:  # (or the sentence before that one: "He was welcomed at the airport by ...")
            begin = _sentence_before(text, begin)
            arrival = _ARRIVAL.search(text, begin, c.sent_start_char)
        if during and arrival is None:
            continue
        people = [a for a in mentions.actors if a.kind == "person" and a.id and begin <= a.start_char < (arrival.start() if arrival else begin)]
        visitors = {k[1] for k, (_, r) in d.participants.items() if k[0] == "person" and r == "visitor"}
        if not people or (visitors and people[0].id not in visitors):
            continue
        d.participants.setdefault(("person", people[0].id), (people[0], "visitor"))
        city = next((m for m in mentions.places if m.start_char >= arrival.end() and m.kind == "city"), None)
        if during and d.place is None and d.place_country is None and city is not None and city.start_char - arrival.end() <= 2:
            d.place = city  # "arrived in Baku": where the visit told after it is
        days = [m for m in mentions.dates if arrival.end() <= m.start_char < c.sent_start_char and m.value.granularity == "day"]
        if d.date is None and days:
            d.date = days[0]


#: a sentence whose subject is a pronoun, after an opening phrase at most ("Later on Monday, he met ...")
_HE_OPENS = re.compile(r"\s*(?:(?:He|She)|[A-Z][^,.;]{0,40},\s*(?:[Hh]e|[Ss]he))\b(?:\s+\w+){0,3}?\s*$")

#: a sentence whose subject is "he" or "she"
_HE_STARTS = re.compile(r"\s*(?:He|She)\s+[a-z]")

#: a clause joined to the one before, whose subject is a pronoun: ", and in July, he met"
_HE_JOINED = re.compile(r",\s*(?:and|but|then|while)\s+(?:[^,.;]{0,30},\s*)?(?:he|she)\b(?:\s+\w+){0,3}?\s*$")


def pronoun_speakers(drafts: list[Draft], people: list[Mention], text: str) -> None:
    """"X held talks with Y. He also met the Speaker, Z": talks whose subject is a pronoun are
    held by the person the sentences before name first (the subject of the story just told)."""
    for d in drafts:
        c = d.first
        lead = c.lead_in
        joined = _HE_JOINED.search(lead) if d.type == "Meeting" else None
        if joined is not None:  # "X paid a visit to China, and in July, he met Y": the subject of the clause before
            subject = next((p for p in people if c.sent_start_char <= p.start_char < c.sent_start_char + joined.start() and p.id), None)
            if subject is not None:
                d.participants.setdefault(("person", subject.id), (subject, "participant"))
            continue
        if d.type != "Meeting" or not _HE_OPENS.match(lead):
            continue
        end = c.sent_start_char
        for _ in range(3):  # the nearest sentence before that names a person
            start = _sentence_before(text, end)
            named = [p for p in people if start <= p.start_char < end and p.id]
            if named and _HE_STARTS.match(text, start):
                named = []  # ("He held talks with Y. He discussed trade with Z": the same "he", named further back)
            if named:
                d.participants.setdefault(("person", named[0].id), (named[0], "participant"))
                break
            if start <= 1:
                break
            end = start



#: a sentence that opens with the subject's own trip: "During his visit to Qatar, ...", "On his first trip to the region, ...", "As part of
#: her official visit to Baku, ...", "On the second day of his state visit, ...", "While on a visit to
#: Tokyo, ...", "While visiting Tokyo, ..."
_FRONTED_TRIP = re.compile(
    r"\s*(?:(?:During|In the course of|As part of|Within the framework of|In the framework of|On the \w+ day of|On)\s+(?:his|her|their)\s+"
    r"|While\s+(?:on\s+(?:a|an|his|her|their)\s+|visiting\b))[^,.;]{0,80},\s*"
)
_SUBJECT_EVENTS = frozenset(["Meeting", "Summit", "Forum"])


def fronted_travellers(drafts: list[Draft], mentions: Mentions) -> None:
    """"During his visit to Qatar, President X held talks with Y", "While on a visit to Tokyo, X met
    Y": the trip told in the opening phrase is the main clause's subject's, who is its visitor (not a
    host of it) and a side of the talks the clause tells."""
    people = [a for a in mentions.actors if a.kind == "person" and a.id]
    for d in drafts:
        if d.type != "Visit":
            continue
        for c in d.candidates:
            m = _FRONTED_TRIP.match(c.sentence_text)
            if m is None or not c.trigger.start_char - c.sent_start_char < m.end():
                continue
            frame_end = c.sent_start_char + m.end()
            # the subject: the first person named after the comma, with his title before him at most
            subject = next((a for a in people if frame_end <= a.start_char <= frame_end + 60), None)
            if subject is None or any(o.type != "Visit" and frame_end <= x.trigger.start_char < subject.start_char
                                      for o in drafts for x in o.candidates if x.sent_index == c.sent_index):
                continue
            key = ("person", subject.id)
            d.participants[key] = (subject, "visitor")
            for o in drafts:  # the talks of the main clause: the subject is a side of them
                if o.type in _SUBJECT_EVENTS and key not in o.participants and any(
                        x.sent_index == c.sent_index and x.trigger.start_char > subject.start_char for x in o.candidates):
                    o.participants[key] = (subject, "participant")
            break


def tours(drafts: list[Draft]) -> list[tuple[Mention, list[int]]]:
    """The legs of each tour dated as a whole ("will visit A, B and C from Feb. 3-6"), in the
    order the tour lists them, with the tour's date."""
    out: dict[int, tuple[Mention, list[int]]] = {}
    for i, d in enumerate(drafts):
        if d.type == "Visit" and d.date is not None:
            out.setdefault(id(d.date), (d.date, []))[1].append(i)
    return [(m, legs) for m, legs in out.values() if len(legs) > 1]


def sequence_legs(drafts: list[Draft], spans: dict, told: list[tuple[Mention, list[int]]], lasting: Callable[[Draft, Any], Any]) -> None:
    """"Will visit A, B and C from Feb. 3-6 ... will leave for B on Monday ... On Tuesday, will start a
    visit to C": each leg runs from the day it begins to the day the next one begins; the first from
    the tour's first day, the last to the tour's last (spec section 5: the legs of a tour)."""
    for tour, legs in told:
        whole = tour.value.to_span()
        if whole.granularity != "day" or whole.start is None or whole.end is None:
            continue
        own = []
        for i in legs:  # the leg's own days: its date if no longer the tour's, or a day one of its mentions tells
            day = spans[i] if drafts[i].date is not tour else next(
                (lasting(drafts[i], c.date.value.to_span()) for c in drafts[i].candidates if c.date is not None and c.date is not tour), None)
            own.append(day if day is not None and day.granularity == "day" and day.start is not None and whole.start <= day.start <= whole.end else None)
        begins = [s.start if s is not None else None for s in own]
        starts = [b for b in begins if b is not None]
        if not starts or starts != sorted(starts) or len(set(starts)) != len(starts):
            continue  # (no leg with a day of its own, or days told out of the tour's order)
        for k, i in enumerate(legs):
            after = next((b for b in begins[k + 1 :] if b is not None), None)
            if own[k] is not None:
                end = after if after is not None else whole.end
                # (a single day runs to the next leg's; "On Tuesday, he will start a two-day visit to C" keeps its days)
                spans[i] = attrs.evolve(own[k], end=end) if own[k].end == own[k].start and end >= own[k].start else own[k]
            elif k == 0 and after is not None:
                spans[i] = attrs.evolve(whole, end=after)
            elif k == len(legs) - 1 and begins[k - 1] is not None:
                spans[i] = attrs.evolve(whole, start=spans[legs[k - 1]].end)

