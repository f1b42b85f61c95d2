"""Stage 4: drafts to records with canonical ids, dates, places and status.

Places become GeoNames cities and alpha-3 countries, actors get canonical names from the
gazetteer, events placed inside another event (talks during a visit, a signing at a
summit) take its place and date, the article's main news takes the dateline or
publication date, and the status is read from the date against the publication date and,
where that does not decide, from the tense around the trigger.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from importlib import resources
from typing import Any

from ..model.events import DateSpan, Event, Evidence, Participant, Place, event_class
from .assembly._candidate import AFTER_ATTENDING, BEFORE_THE_EVENT, Candidate
from .assembly._tense import TRAVEL_RULES
from .containment import containers as find_containers
from .containment import event_tense as _tense
from .coreference import _states
from .document_lists import listed_documents
from .mentions import Mention, Mentions
from .lexicon import NUMBER_WORDS
from .merging import Draft
from .news_day import caption_date, digest_period, first_paragraph, lead_date, lead_is_an_account, then_that_day
from .sides import named_counterparts, resolve_groups, signing_parties
from .visit_days import summits_on_visit_days, visits_by_their_talks, visits_for_an_event
from .travellers import arrival_before, arrival_days, fronted_travellers, home_trip, possessive_travellers, pronoun_speakers, pronoun_travellers, sequence_legs, tours

__all__ = ["status_of", "to_events"]

_ROLE_ORDER = {"host": 0, "chair": 1, "visitor": 2, "speaker": 3, "organizer": 4, "signatory": 5, "party": 6, "participant": 7}


def status_of(span: DateSpan | None, tense: str | None, published: datetime.date | None) -> str:
    """``past``, ``ongoing`` or ``planned`` from the date and the tense.

    Example:
        >>> import datetime
        >>> d = datetime.date
        >>> status_of(DateSpan(d(2024, 7, 1), d(2024, 7, 31), "month"), None, d(2024, 5, 2))
        'planned'
        >>> status_of(None, "ongoing", None)
        'ongoing'
    """
    if span is not None and published is not None and span.start is not None:
        end = span.end or (published if span.mod == "since" else span.start)
        if end < published:
            if tense == "planned":
                return "planned"  # where the date and the tense disagree, the tense decides (spec section 5)
            # "the visit, which began on Monday, continues": begun and not over
            return "ongoing" if tense == "ongoing" and span.granularity == "day" and span.start == end else "past"
        if span.start > published:
            return "planned"
        if span.start <= published < end:
            if tense == "planned" and (span.granularity != "day" or span.start == published):
                # "will visit Pakistan later this year": some day of the period, still to come;
                # "will pay a visit on March 10-11", told on the 10th: the tense decides (spec section 1)
                return "planned"
            if tense == "past" and span.granularity != "day":
                return "past"  # "visited Doha earlier this month": some day of the period, already over
            return "ongoing"  # begun and running past the publication day
        if tense == "planned" and span.start < published:
            return "ongoing"  # begun before the day of the news and ending on it ("will close the summit today")
        if tense in ("planned", "past"):
            return tense
        return "ongoing"
    if span is not None and published is not None and span.start is None and span.end is not None and tense not in ("planned", "ongoing"):
        # known only by its end or a deadline: "the fair ends on Saturday" is under way; "closed on May 2", over
        return "past" if span.end < published else ("planned" if span.mod == "before" else "ongoing")
    if tense in ("planned", "ongoing"):
        return tense
    return "past"


#: an event held by video, not a guest joining one by video ("joined via videoconference")
_VIRTUAL = re.compile(r"\b(?:in (?:a |an )?(?:virtual|online|video ?conference|video-conference) (?:format|mode)|(?:held|host|hosts|hosted|hold|holds|convened|took place) (?:\w+ ){0,4}?(?:online|virtually))\b", re.I)

_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|airbase|air base|airfield)\b", re.I)
_UPON_ARRIVAL = re.compile(r"\b(?:upon|on|after|following)\s+(?:(?:his|her|their|the)\s+)?arrival\b", re.I)
_ARRIVED_IN = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands)\s+(?:at\s+[^.,;]{3,50}?\s+)?in\s+(?:the\s+)?$", re.I)  # ("arrived at the PM's House in X")
_STORY_REACH = 1500  # characters after a visit's first sentence in which its story names its city
#: an event told as done before the day's news ("China recently signed a deal with X")
_BEFORE_NOW = re.compile(r"\b(?:recently|previously)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|previously|before that|in the past|last|ago|since|former|formerly|recalled|recall|back in|once)\b", re.I)


def _city_place(city: Any) -> Place:
    """The record's place for a gazetteer city (own and curated venues have no GeoNames id)."""
    return Place(city=city.name, country=city.country, geonameid=city.geonameid if city.geonameid > 0 else None)


@functools.lru_cache(maxsize=1)
def _shared_venues() -> dict[str, list[str]]:
    raw = json.loads((resources.files("eurasia_events") / "data" / "venues.json").read_text(encoding="utf-8"))
    return raw["shared_venues"]


def _place(draft: Draft, gazetteer: Any) -> Place | None:
    if draft.place is not None:
        city = gazetteer.city_by_id(draft.place.id)
        states = _shared_venues().get(re.sub(r"^the\s+", "", " ".join(draft.place.text.lower().split())))
        if city is not None and states:
            # "held talks with his Russian counterpart in the White House": the seat of government of a side
            sides = _states(draft)
            own = [code for code in states if code in sides]
            capital = gazetteer.capital(own[0]) if len(own) == 1 else None
            city = capital if capital is not None else city if city.country in sides or not sides else None
        if city is not None:
            return _city_place(city)
    if draft.place_country:
        return Place(city=None, country=draft.place_country)
    hosts = {k[1] for k, (_, r) in draft.participants.items() if k[0] == "country" and r == "host"}
    if draft.type in ("Summit", "Forum", "Visit") and len(hosts) == 1:
        return Place(city=None, country=next(iter(hosts)))  # "Turkmenistan hosted the summit": in Turkmenistan; a visit, in the state visited
    return None


def _participant(actor: Mention, role: str, gazetteer: Any) -> Participant | None:
    if actor.kind == "person":
        info = actor.value or {}
        return Participant.person(actor.id or actor.text, info.get("title"), info.get("country"), role)
    if actor.kind in ("country", "demonym"):
        country = gazetteer.country_by_code(actor.id) if actor.id else None
        if country is None:
            return None
        return Participant.country_(country.name, country.code, role)
    if actor.kind == "organization":
        return Participant.organization(actor.id or actor.text, role)
    if actor.kind == "city":  # a city as a side of a signed document
        city = gazetteer.city_by_id(actor.id) if actor.id else None
        return Participant.organization(city.name if city else actor.text, role)
    return None


#: after the event's noun: "(the visit) will last two days", "is to last three days"
_LASTS = re.compile(r"\s+(?:will|is to|is going to|is expected to)\s+last\s+(?P<n>two|three|four|five|six|seven|\d{1,2})\s+days\b", re.I)

#: a stated length ("two-day", "36-hour", "week-long"): days ``n`` or hours ``h``
_LENGTH = r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]days?(?:[- ]long)?|(?P<h>\d{2,3})[- ]hours?(?:[- ]long)?|week-long)\s+"
_DURATION = re.compile(_LENGTH + r"(?:(?!and\b|or\b|then\b|visits?\b|trips?\b|tours?\b|talks\b|summit\b|forum\b)[A-Za-z-]+\s+){0,2}$", re.I)
#: "a three-day trip (of the Gulf) that will take her to": the length of the tour a leg is told in
_TOUR_THAT = re.compile(_LENGTH + r"(?:[\w-]+\s+){0,2}(?:tour|trip|journey)\b(?:\s+of(?:\s+[\w-]+){1,3})?\s+(?:that|which)\s+(?:will\s+)?$", re.I)


#: right before "a two-day visit": it is over ("after completing his", "wrapped up her", "concluded their")
#: after the event noun, the verb that ends it: "the two-day forum (of X) ended (in Astana) on Friday"
_ENDS_AFTER = re.compile(r"^[^.;,]{0,80}?\b(?:ended|concluded|closed|wrapped up|came to an end|came to a close)\b", re.I)
_LEG_OF = re.compile(r"\bleg\s+of\s+(?:his|her|their|its|a|an|the)\s+$", re.I)
_ENDED_BY = re.compile(
    r"\b(?:after|following|upon|on)?\s*(?:complet(?:ed|ing|es)|conclud(?:ed|ing|es)|wrap(?:ped|ping|s) up|end(?:ed|ing|s)|after|following)"
    r"(?:\s+(?:his|her|their|its|a|an|the))?\s*$", re.I)


def _travel_to_events(drafts: list[Draft]) -> list[Draft]:
    """"Will travel to Dushanbe" after the summit in Dushanbe was told: the traveller goes to
    the summit (a participant), not on a visit of the state."""
    out = []
    for d in drafts:
        if d.type == "Visit" and d.place is not None and all(c.rule.id in TRAVEL_RULES for c in d.candidates):
            start = d.first.trigger.start
            frames = [o for o in drafts if o.type in ("Summit", "Forum") and o.place is not None and o.place.id == d.place.id
                      and o.first.trigger.start < start and not o.first.distinct]
            if frames:
                for key, (actor, role) in d.participants.items():
                    if key[0] == "person" and role == "visitor":
                        frames[-1].participants.setdefault(key, (actor, "participant"))
                continue
        out.append(d)
    return out


def _legs_until_next(drafts: list[Draft], spans: list[DateSpan | None], containers: dict[int, Draft]) -> None:
    """Legs of a tour told as a dated list ("to Russia on July 8, Turkmenistan on July 10
    and Kyrgyzstan on July 11"), each known by its day: a leg lasts until the next begins,
    and what it holds with no day of its own ("where he will hold talks with X") spans it too."""
    legs: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        span = spans[i]
        if d.type != "Visit" or span is None or span.granularity != "day" or span.start is None or span.mod or (span.end and span.end != span.start):
            continue
        for key, (_, role) in d.participants.items():
            if key[0] == "person" and role == "visitor":
                legs.setdefault(key[1], []).append(i)
    for visits in legs.values():
        visits.sort(key=lambda i: spans[i].start)
        for a, b in zip(visits, visits[1:]):
            first, second = spans[a], spans[b]
            told_together = abs(drafts[a].first.sent_index - drafts[b].first.sent_index) <= 1
            hosts_a = {k for k, (_, r) in drafts[a].participants.items() if r == "host"}
            hosts_b = {k for k, (_, r) in drafts[b].participants.items() if r == "host"}
            if told_together and hosts_a and hosts_b and not hosts_a & hosts_b and 0 < (second.start - first.start).days <= 7 \
                    and not _DURATION_BEFORE.search(drafts[a].first.sentence_text):
                spans[a] = DateSpan(first.start, second.start, "day", first.text)
                for k, held in enumerate(drafts):
                    if containers.get(k) is drafts[a] and spans[k] == first and held.date is None:
                        spans[k] = spans[a]


_DURATION_BEFORE = re.compile(r"\b(?:one|1)[- ]day\b", re.I)




_ALSO = re.compile(r"(?:\balso\b[^,.;]{0,40}|^\s*(?:The same day|On the same day|Later|Earlier|Afterwards|Then|Later that day|Earlier in the day|Later in the day),[^.;]{0,80})$")


def _also_there(drafts: list[Draft], places: dict[int, Place | None], containers: dict[int, Draft]) -> None:
    """"X met Y in Baku ... X also held talks with Z", "The same day, ... talks with Z": talks told as more of the day, placed nowhere, are
    where the same person's talks told just before were (unless they are inside a trip or summit of their own)."""
    for i, d in enumerate(drafts):
        c = d.first
        if d.type != "Meeting" or places[i] is not None or (i in containers and places[drafts.index(containers[i])] is not None) or not _ALSO.search(c.lead_in):
            continue
        mine = {k for k in d.participants if k[0] == "person"}
        before = [k for k, o in enumerate(drafts) if o is not d and o.type in ("Meeting", "Visit") and places[k] is not None
                  and 0 <= c.sent_index - o.first.sent_index <= 3 and mine & {x for x in o.participants if x[0] == "person"}]
        if before:
            places[i] = places[max(before, key=lambda k: drafts[k].first.sent_index)]


def _in_lead(d: Draft, opening: tuple[int, int] | None) -> bool:
    """Whether an event is first told in the story's lead: its first three sentences, or its first
    paragraph below a headline, a byline and a date line (``opening``, from ``first_paragraph``)."""
    return d.first.sent_index <= 2 or (opening is not None and opening[0] <= d.first.sent_start_char < opening[1])


def _told_aside(c: Candidate) -> bool:
    """A mention told as what came before or around the day's news, not the news itself ("Ahead of the
    summit, on Tuesday, X met Y", "arrived ... after attending the summit", "China recently signed a
    similar deal")."""
    before = c.lead_in
    return bool(BEFORE_THE_EVENT.search(before) or AFTER_ATTENDING.search(before) or _BEFORE_NOW.search(before))


def _with_duration(d: Draft, span: DateSpan | None) -> DateSpan | None:
    """A stated length sets the end from a known start day (spec section 5): "a two-day
    visit" from Thursday ends on Friday; "week-long" is seven days; "a 36-hour visit" two."""
    if span is None or span.granularity != "day" or span.start is None or span.mod or (span.end and span.end != span.start):
        return span
    for c in d.candidates:
        at = c.trigger.start_char - c.sent_start_char
        m = _DURATION.search(c.sentence_text[:at])  # "a two-day (official) visit": right before the trigger
        if m is None and c.rule.id == "visit-take-to":  # "set off on a three-day trip that will take her to A and B": the tour's length
            m = _TOUR_THAT.search(c.sentence_text[:at])
        if m is None:  # "the visit will last two days"
            m = _LASTS.match(c.sentence_text[c.trigger.end_char - c.sent_start_char :])
            if m is not None:
                n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n").lower()]
                return DateSpan(span.start, span.start + datetime.timedelta(days=n - 1), "day", span.text) if 1 < n <= 31 else span
        if m is None or _LEG_OF.search(c.sentence_text[: m.start()]):
            continue  # ("on the first leg of his eight-day tour": the tour's length, not the leg's)
        if m.group("h") is not None:  # "a 36-hour visit" from Wednesday: Wednesday and Thursday
            n = -(-int(m.group("h")) // 24)
        else:
            n = 7 if m.group("n") is None else int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n").lower()]
        # "left for home on Thursday after completing his two-day visit", "the two-day forum ended on Friday": the last day
        ended = _ENDED_BY.search(c.sentence_text[: m.start()]) or _ENDS_AFTER.match(c.sentence_text[c.trigger.end_char - c.sent_start_char :])
        if 1 < n <= 31 and ended:
            return DateSpan(span.start - datetime.timedelta(days=n - 1), span.start, "day", span.text)
        if 1 < n <= 31:
            return DateSpan(span.start, span.start + datetime.timedelta(days=n - 1), "day", span.text)
    return span


_LEADERS_OF = re.compile(r"\b(?:leaders|heads of state|heads of government|heads of state and government|presidents)(?: of the member states)? of(?: the)?\s*$", re.I)


def _coarser(own: DateSpan, frame: DateSpan) -> bool:
    """A week or month that holds a container's days, which date the event more finely."""
    return own.granularity in ("week", "month") and frame.granularity == "day" and None not in (own.start, own.end, frame.start, frame.end) \
        and own.start <= frame.start and frame.end <= own.end and not own.mod


def _frames(d: Draft, org: Mention) -> bool:
    """The organization is named in the event's name phrase ("Summit of the ECO"), right
    before its trigger ("the ECO summit"), or as the body whose leaders hold it ("Leaders
    of the SCO ended their summit")."""
    return any(0 <= c.trigger.start - org.end <= 1 or c.phrase_start <= org.start < c.phrase_end + 12 and org.start > c.trigger.start
               or (d.type == "Summit" and org.end <= c.trigger.start and _LEADERS_OF.search(c.sentence_text[: org.start_char - c.sent_start_char]))
               for c in d.candidates if c.sent_start_char <= org.start_char < c.sent_end_char)


def _praise_only(d: Draft, span: DateSpan | None, place: Place | None) -> bool:
    """"The Astana International Forum has become an important platform": a named event
    praised, with no time, place or participant of its own, is not an event."""
    from .lexicon import lexicon

    if d.participants or place is not None or d.date is not None or d.type not in ("Forum", "Summit"):
        return False
    praise = lexicon()["praise_words"]
    return all(any(f" {w} " in f" {c.sentence_text.lower()} " for w in praise) for c in d.candidates)


def to_events(
    drafts: list[Draft],
    mentions: Mentions,
    text: str,
    published: datetime.date | None,
    gazetteer: Any,
    source: str | None = None,
) -> list[Event]:
    """Build the records of a document from its drafts."""
    dateline = mentions.dateline
    if dateline is None and published is None:
        dateline = caption_date(mentions, text)
    anchor = published or (dateline.start if dateline is not None else None)
    drafts = _travel_to_events(drafts)
    containers = find_containers(drafts)
    pronoun_travellers(drafts)
    possessive_travellers(drafts)
    fronted_travellers(drafts, mentions)
    tour_dates = tours(drafts)  # (before a leg takes a day of its own)
    arrival_before(drafts, mentions, text)
    arrival_days(drafts, mentions, text)
    people = [m for m in mentions.actors if m.kind == "person"]
    pronoun_speakers(drafts, people, text)
    resolve_groups(drafts, gazetteer, containers, people)
    named_counterparts(drafts, people, text)
    signing_parties(drafts, containers, gazetteer)
    intros = listed_documents(drafts, text)
    spans: dict[int, DateSpan | None] = {}
    places: dict[int, Place | None] = {}
    for i, d in enumerate(drafts):
        spans[i] = _with_duration(d, d.date.value.to_span()) if d.date is not None else None
        places[i] = _place(d, gazetteer)
    sequence_legs(drafts, spans, tour_dates, _with_duration)
    for i, d in enumerate(drafts):  # "will host the summit virtually", "held in an online format": no place (spec section 5)
        if d.type != "Visit" and any(_VIRTUAL.search(c.sentence_text) for c in d.candidates):
            places[i] = None
    # (a visit placed only by its host state: no city the story merely names later is its city)
    by_host = {i for i, d in enumerate(drafts) if d.type == "Visit" and d.place is None and d.place_country is None and places[i] is not None}
    # a visit to a country whose talks are placed in one of its cities: that city
    for i, d in enumerate(drafts):
        if d.type != "Visit" or (places[i] is not None and places[i].city):
            continue
        for k, other in enumerate(drafts):
            if other is d or containers.get(k) is not d or places[k] is None or not places[k].city:
                continue
            if places[i] is None or places[k].country == places[i].country:
                places[i] = places[k]
                break
    # "X is on a state visit to Russia. He arrived in Moscow on Saturday": the city of the arrival
    arrivals = [m for m in mentions.places if _ARRIVED_IN.search(text[max(0, m.start_char - 70) : m.start_char])]
    for i, d in enumerate(drafts):
        if d.type != "Visit" or places[i] is None or places[i].city:
            continue
        for m in arrivals:  # (told in the visit's sentence or within a few lines of it)
            city = gazetteer.city_by_id(m.id) if m.id else None
            near = any(c.sent_start_char - 300 <= m.start_char < c.sent_end_char + 300 for c in d.candidates)
            if city is not None and city.country == places[i].country and near:
                places[i] = _city_place(city)
                break
    # "X arrived in Xi'an on May 17 ... Upon arrival, the two leaders held talks": where the arrival told before was
    for i, d in enumerate(drafts):
        if places[i] is None and d.type == "Meeting" and _UPON_ARRIVAL.search(d.first.lead_in):
            told = [city for m in arrivals if d.first.sent_start_char - 400 <= m.start_char < d.first.trigger.start_char
                    and (city := gazetteer.city_by_id(m.id or "")) is not None]
            places[i] = _city_place(told[-1]) if told else None
    # "X arrived in Turkmenistan ... was greeted at the airport of Ashgabat": the one city of the
    # host state that the story names after the visit's first mention (a dateline tells where the report was filed)
    filed = mentions.dateline_city(text)
    for i, d in enumerate(drafts):
        if d.type != "Visit" or places[i] is None or places[i].city or i in by_host:
            continue
        begin = d.first.sent_start_char
        found = {}
        for m in mentions.places:  # (not an airport's name: "greeted at Mehrabad airport")
            city = gazetteer.city_by_id(m.id) if m.id and m is not filed and begin <= m.start_char < begin + _STORY_REACH else None
            if city is not None and _AIRPORT_AFTER.match(text, m.end_char) and getattr(gazetteer.capital(city.country), "geonameid", None) != city.geonameid:
                city = None  # (a capital's own airport, "Dushanbe International Airport", is in the capital)
            if city is not None and city.country == places[i].country:
                found[city.geonameid] = city
        if len(found) == 1:
            places[i] = _city_place(next(iter(found.values())))
    # "BISHKEK -- X arrived in Kyrgyzstan on Monday": the lead's event, under way or done and placed only
    # in the dateline city's state, is in that city (the dateline alone places nothing, nor a coming event)
    home = gazetteer.city_by_id(filed.id) if filed is not None and filed.id else None
    opening = first_paragraph(text)
    for i, d in enumerate(drafts):
        if home is not None and places[i] is not None and not places[i].city \
                and places[i].country == home.country and _in_lead(d, opening) and _tense(d) != "planned":
            places[i] = _city_place(home)
        # "YEREVAN -- The Armenian prime minister received X": talks the dateline state's own leader hosts, placed nowhere
        hosts = {(a.value or {}).get("country") if a.kind == "person" and isinstance(a.value, dict) else a.id
                 for a, r in d.participants.values() if r == "host"} - {None}
        if home is not None and places[i] is None and d.type == "Meeting" and hosts == {home.country} \
                and _in_lead(d, opening) and _tense(d) != "planned" and i not in containers:
            places[i] = _city_place(home)
    # "arrived in Tashkent for a visit that will include a summit with his counterpart": a
    # summit or forum told in the sentence of a visit, with no place of its own, is where the visit is
    for i, d in enumerate(drafts):
        if d.type not in ("Summit", "Forum") or places[i] is not None or d.any_distinct:
            continue
        sents = {c.sent_index for c in d.candidates}
        for k, other in enumerate(drafts):
            if other.type == "Visit" and places[k] is not None and sents & {c.sent_index for c in other.candidates}:
                places[i] = places[k]
                break
        # "X met Y in Samarkand ... The meeting took place on the sidelines of the SCO summit": where what it holds is
        held = {places[k] for k in range(len(drafts)) if containers.get(k) is d and places[k] is not None and places[k].city}
        if places[i] is None and len(held) == 1:
            places[i] = held.pop()
    visits_by_their_talks(drafts, containers, spans)
    visits_for_an_event(drafts, places, spans)
    summits_on_visit_days(drafts, places, spans)
    undated_news = [
        i for i, d in enumerate(drafts)
        if spans[i] is None and _tense(d) != "planned" and not (i in containers and spans[drafts.index(containers[i])] is not None)
        and not all(_told_aside(c) for c in d.candidates)
    ]
    period = digest_period(mentions, text)
    lead = lead_date(mentions, text, anchor)
    account = lead_is_an_account(mentions, text)
    for i in undated_news:
        d = drafts[i]
        if period is not None:
            spans[i] = DateSpan(period.start, period.end, period.granularity, period.text)
        elif (len(undated_news) == 1 or _in_lead(d, opening)) and not account:
            if lead is not None:
                spans[i] = lead.to_span()  # a lead date has no mod
            elif dateline is not None:
                spans[i] = DateSpan(dateline.start, dateline.end, dateline.granularity, dateline.text)
            elif published is not None:
                spans[i] = DateSpan(published, published, "day", None)
    # "DUSHANBE. X is expected to attend the summit in the capital of Tajikistan": a coming event in the
    # dateline's city, told in the lead with no date, is the day's news where the report was filed
    here = mentions.dateline_city(text)
    for i, d in enumerate(drafts):
        if spans[i] is None and here is not None and d.first.sent_index <= 2 and _tense(d) == "planned" \
                and places[i] is not None and str(places[i].geonameid) == here.id and not d.any_distinct and i not in containers:
            spans[i] = DateSpan(published, published, "day", None) if published is not None else None
            undated_news.append(i)
    news = [i for i in undated_news if spans[i] is not None]
    if lead is not None:  # "X on September 20 received Y ... X and Y attended the signing of ...": the lead's news, dated by the lead
        news += [i for i, d in enumerate(drafts) if i not in undated_news and d.first.sent_index <= 2 and _tense(d) in ("past", "ongoing")
                 and spans[i] is not None and (spans[i].start, spans[i].end) == (lead.start, lead.end)]
    if news:  # "... An agreement on trade was also signed.": further signings and talks of the day's news, told further down
        for i in undated_news:
            d = drafts[i]
            parent = containers.get(i)
            if spans[i] is None and (d.document or d.type == "Meeting") and (parent is None or spans[drafts.index(parent)] is None) and not d.any_distinct \
                    and _tense(d) in ("past", "ongoing") and not any(_EARLIER.search(c.sentence_text) for c in d.candidates):
                spans[i] = spans[news[0]]
                news.append(i)
    for i in undated_news:  # "X was signed at the 5th Summit": the summit is on the day of the news it holds
        framing = {c.sent_index for c in drafts[i].candidates if c.contains}
        if spans[i] is None and framing:
            same = next((j for j in news if drafts[j].type not in ("Summit", "Forum")
                         and framing & {c.sent_index for c in drafts[j].candidates}), None)
            if same is not None:
                spans[i] = spans[same]
    for i in undated_news:  # "X also met with Y": the same person's other talks of the day's news
        if spans[i] is None and drafts[i].type in ("Meeting", "Visit"):
            mine = {k for k in drafts[i].participants if k[0] == "person"}
            same = next((j for j in news if mine & {k for k in drafts[j].participants if k[0] == "person"}), None)
            if same is not None:
                spans[i] = spans[same]
    _also_there(drafts, places, containers)
    then_that_day(drafts, spans, mentions, text)
    for i, d in enumerate(drafts):
        parent = containers.get(i)
        if parent is None:
            continue
        j = drafts.index(parent)
        if d.document and parent.type in ("Summit", "Forum"):
            sides = {key[1] for key in d.participants}
            d.organizations.extend(o for o in parent.organizations if o not in d.organizations and o not in sides)
        if parent.type in ("Summit", "Forum"):
            # leaders who meet or sign at a summit take part in it
            for key, (actor, role) in d.participants.items():
                if actor.kind == "person" and key not in parent.participants:
                    parent.participants[key] = (actor, "participant")
        if parent.type == "Visit" and d.type == "Meeting":
            # talks during a visit: the visitor who leads it takes part in them (not every
            # member of the delegation that "accompanies" him)
            leader = next(((key, actor) for key, (actor, role) in parent.participants.items() if role == "visitor" and key[0] == "person"), None)
            leaders = [leader] if leader else [(key, actor) for key, (actor, role) in parent.participants.items() if role == "visitor"]
            for key, actor in leaders:
                if key not in d.participants:
                    d.participants[key] = (actor, "participant")
        if places[i] is None or (places[i].city is None and places[j] is not None and places[j].city and places[j].country == places[i].country):
            places[i] = places[j]  # (a state visit to China at the summit in Shanghai: Shanghai)
        if spans[j] is not None and (spans[i] is None or (d.date is parent.date and spans[i].granularity == "day") or _coarser(spans[i], spans[j])):
            # not dated further, or dated only by the day its container begins ("arrived on
            # Wednesday for a three-day visit and held talks"), or only by a week or month holding
            # the container's days ("talks later this week on the sidelines of the summit on October 6-7"): those days
            spans[i] = spans[j]
    for i, d in enumerate(drafts):
        span = spans[i]
        if d.until is not None and span is not None and span.granularity == "day" and span.start is not None:
            end = d.until.value.end
            if end is not None and end > (span.end or span.start):
                spans[i] = DateSpan(span.start, end, "day", span.text, span.mod)
    _legs_until_next(drafts, spans, containers)
    for item, intro in intros.items():  # items of "six documents were signed:" take its day and place
        spans[item] = spans[item] if drafts[item].date is not None else spans[intro] or spans[item]
        places[item] = places[item] or places[intro]
    events: list[Event] = []
    for i, d in enumerate(drafts):
        if _praise_only(d, spans[i], places[i]) or i in intros.values() or home_trip(d):
            continue  # a count that introduces the list of its documents gives the listed ones (spec section 5)
        if d.type in ("Summit", "Forum") and not d.organizations:
            # "the 13th Summit Meeting of the Economic Cooperation Organization": the
            # organization whose summit it is frames it; it is no side (spec section 2)
            framing = next((a for a, r in d.participants.values() if a.kind == "organization" and r == "participant" and a.id
                            and not (isinstance(a.value, dict) and a.value.get("unknown"))), None)
            if framing is not None and _frames(d, framing):
                d.organizations.append(framing.id)
        participants: dict[tuple[str, str], Participant] = {}
        for actor, role in d.participants.values():
            if role == "speaker" and d.type != "Forum" and actor.kind == "person":
                role = "participant"  # "X said during the talks", "told the summit": a speaker takes part; speakers are a forum's
            p = _participant(actor, role, gazetteer)
            if p is None or (p.kind == "organization" and p.name in d.organizations):
                continue
            if d.type == "Visit" and role == "participant" and isinstance(actor.value, dict) and actor.value.get("region"):
                continue  # "to attend the Central Asian leaders' meeting": the people of the event visited
            old = participants.get(p.key)
            if old is None or _ROLE_ORDER[p.role] < _ROLE_ORDER[old.role]:
                participants[p.key] = p
        if d.type == "Visit" and any(p.kind == "person" and p.role == "visitor" for p in participants.values()):
            # a visit with a person as visitor ("Xi Jinping's state visit") lists its visitors and
            # the host state: not the countries around him, and not the host's people, who go on
            # the meetings of the talks (spec section 5)
            participants = {
                k: p for k, p in participants.items()
                if not (p.kind in ("person", "organization") and p.role != "visitor" or p.kind == "country" and p.role == "visitor")
            }
        if not d.document and d.type != "Visit":
            # "Putin met Uzbekistan's Mirziyoyev": a state is a side of talks only where none
            # of its people is named (spec section 2); its host role stays, and a summit keeps
            # the states its text lists as attending ("heads of state of A, B and C")
            dropped = ("participant", "speaker") if d.type != "Summit" else ("speaker",)
            represented = {p.country for p in participants.values() if p.kind == "person" and p.country}
            # (a region's states, "the Central Asian leaders", are no list of attending states)
            regional = {a.id for a, _ in d.participants.values() if a.kind == "country" and isinstance(a.value, dict) and a.value.get("region")}
            participants = {
                k: p for k, p in participants.items()
                if not (p.kind == "country" and p.code in represented and (p.role in dropped or p.role == "participant" and p.code in regional))
            }
        if d.type == "Meeting" and not d.organizations and (not participants or (
                not d.name and len(participants) == 1 and next(iter(participants.values())).role == "chair")):
            # "during the meeting", "last year's meeting": a meeting needs named sides (spec section 5);
            # "X chaired a working meeting on ...": one official at the head of his own staff
            continue
        place = places[i]
        if d.type == "Visit" and not participants and place is None and not d.organizations:
            continue  # "will make a foreign trip next month": no one, nowhere
        if d.type in ("Summit", "Visit") and place is not None and place.country:
            key = ("country", place.country)
            country = gazetteer.country_by_code(place.country)
            if country is not None and (key not in participants or participants[key].role == "participant"):
                participants[key] = Participant.country_(country.name, country.code, "host")
        status = status_of(spans[i], _tense(d), anchor)
        evidence = sorted({(c.sent_start_char, c.sent_end_char) for c in d.candidates})
        cls = event_class(d.type)
        events.append(
            cls(
                name=d.name,
                edition=d.edition,
                organizations=tuple(d.organizations),
                participants=tuple(sorted(participants.values(), key=lambda p: _ROLE_ORDER[p.role])),
                place=place,
                date=spans[i],
                status=status,
                evidence=tuple(Evidence(s, e, text[s:e]) for s, e in evidence),
                trigger=d.first.trigger.text,
                source=source,
            )
        )
    return events
