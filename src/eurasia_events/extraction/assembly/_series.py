"""Editions told as one list: "the three previous summits were held in A in 2002, B in
2007 and C in 2010" is three events, each with its own place and date (spec section 2:
one record per listed event), as is "the next meetings will be held in A in October, as well
as in B in May" (planned ones); so is "the first summit was held in A in 2005 and the second
in B in 2010", whose later editions leave out the noun, and "the Vienna and Saint Petersburg
summits", told by their cities."""

from __future__ import annotations

from typing import Any

import attrs

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention, Mentions
from ._candidate import Candidate, _Sent
from ._names import edition_of

#: what links a plural event noun to the list of its venues ("were held in", "took place in")
_HELD = frozenset(["held", "hosted", "convened", "organized", "organised"])
#: between a venue and its date ("Ankara in 2009", "Baku on May 3", "Tehran (2007)")
_TO_DATE = frozenset(["in", "on", "(", ","])
#: "and subsequent ones were held in ...": the later editions of the one just told
_LATER = frozenset(["subsequent", "later", "following", "other", "next"])
#: between two items of the list ("..., as well as in B in May and in C in November")
_BETWEEN = frozenset([",", "and", ")", ";", "while", "then", "as", "well", "in"])


def series_items(doc: Doc, sent: _Sent, trig: Mention, mentions: Mentions, si: int, earlier: list[Candidate]) -> list[Candidate]:
    """One past candidate per "place date" (or "date place") pair listed after a plural event noun
    and "held in" or "took place in".

    A plural "meetings" right after a named summit or forum ("It was the fourth Caspian
    summit. The three previous meetings were held in ...") is that series: its items take
    the summit's type, name and organizations. Fewer than two dated venues: no series.
    """
    dw = doc_words(doc)
    rule = trig.value
    if rule.anchor != "noun" or rule.type == "Visit" or dw.lower[trig.start] not in lexicon()["plural_event_nouns"]:
        return []  # ("the next meetings of the heads of state": the plural noun heads the trigger)
    k = trig.end
    while k < min(sent.end, trig.end + 4) and dw.lower[k] not in _HELD and dw.lower[k : k + 2] != ["took", "place"]:
        k += 1
    if k >= min(sent.end, trig.end + 4):
        return []
    k += 2 if dw.lower[k] == "took" else 1
    if k >= sent.end or dw.lower[k] != "in":
        return []
    tense = "planned" if {"will", "would", "to"} & set(dw.lower[trig.end : k]) else "past"  # "will be held in A in May"
    venues, dates = _venues_and_dates(mentions, k, sent.end)
    items = _pairs(dw, sent, k + 1, venues, dates)
    if len(items) < 2:
        return []
    kind, name, orgs = rule.type, None, []
    frame = next((c for c in reversed(earlier) if c.type in ("Summit", "Forum") and c.name and si - c.sent_index <= 1), None)
    if frame is not None and rule.type == "Meeting":
        kind, name, orgs = frame.type, frame.name, list(frame.organizations)
    return [_edition(dw, sent, trig, si, kind, name, orgs, None, venue, date, tense) for venue, date in items]


def _pairs(dw: Any, sent: _Sent, k: int, venues: dict[int, Mention], dates: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """The (venue, date) pairs listed from token ``k`` ("A in 2002, B in 2007", "in 2002 in A, in 2007 in B")."""
    items: list[tuple[Mention, Mention]] = []

    def aside(k: int) -> int:  # "in Ashgabat (Turkmenistan)": the venue's state, said aside
        if k + 2 < sent.end and dw.lower[k] == "(" and k + 1 in venues and dw.lower[venues[k + 1].end] == ")":
            return venues[k + 1].end + 1
        return k

    while k < sent.end:
        date = dates.get(k)
        if date is not None:  # "in 2002 in Ashgabat, in 2007 in Tehran": the date first
            j = date.end
            while j < sent.end and j - date.end < 2 and j not in venues and dw.lower[j] in _TO_DATE:
                j += 1
            venue = venues.get(j)
            if venue is None:
                break
            k = venue.end
        else:
            venue = venues.get(k)
            if venue is None:
                break
            j = said = aside(venue.end)
            while j < sent.end and j - said < 2 and j not in dates and dw.lower[j] in _TO_DATE:
                j += 1
            date = dates.get(j)
            if date is None:
                break
            k = date.end
        items.append((venue, date))
        k = aside(k)
        while k < sent.end and dw.lower[k] in _BETWEEN:
            k += 1
    return items


def _venues_and_dates(mentions: Mentions, lo: int, hi: int) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """The places (and countries) and the dates of tokens ``lo`` to ``hi``, by where they start."""
    venues = {m.start: m for m in mentions.starting("places", lo, hi)}
    venues.update({m.start: m for m in mentions.starting("actors", lo, hi) if m.kind == "country" and m.start not in venues})
    return venues, {m.start: m for m in mentions.starting("dates", lo, hi)}


def _edition(dw: Any, sent: _Sent, trig: Mention, si: int, kind: str, name: str | None, orgs: list[str],
             edition: int | None, venue: Mention, date: Mention | None, tense: str) -> Candidate:
    """One listed edition: held in its venue (a city, else the state that hosts it) on its date."""
    city = venue.kind == "city"
    return Candidate(
        type=kind, trigger=trig, sent_index=si, sent_start_char=sent.start_char, sent_end_char=sent.end_char,
        phrase_start=trig.start, phrase_end=trig.end, name=name, edition=edition, organizations=list(orgs),
        participants=[] if city else [(venue, "host")], place=venue if city else None,
        place_country=None if city else venue.id, date=date, tense=tense, distinct=True,
        evidence=[(sent.start_char, sent.end_char)], sentence_text=dw.span_text(sent.start, sent.end),
    )


def _past_its_state(dw: Any, venue: Mention, venues: dict[int, Mention]) -> int:
    """Where the words after a city resume past its state, written after a comma ("in Baku,
    Azerbaijan in 2010"): the token after the state, else right after the city."""
    state = venues.get(venue.end + 1) if venue.kind == "city" and venue.end < len(dw.lower) and dw.lower[venue.end] == "," else None
    if state is not None and state.kind == "country" and state.id == venue.value:
        return state.end
    return venue.end


def elided_editions(doc: Doc, sent: _Sent, cand: Candidate, mentions: Mentions) -> list[Candidate]:
    """"The first summit was held in A in 2005 and the second (one) in B in 2010" (or "and subsequent
    ones in 2007 in B, in 2009 in C"): one past candidate, of the candidate's kind, per later edition
    told with a venue and a date."""
    dw = doc_words(doc)
    if cand.type not in ("Summit", "Forum", "Meeting") or cand.rule is None or cand.rule.anchor != "noun":
        return []
    venues, dates = _venues_and_dates(mentions, cand.trigger.end, sent.end)
    out: list[Candidate] = []
    k = cand.trigger.end
    while k < sent.end - 4:
        if dw.lower[k] in (",", "and", "while") and dw.lower[k + 1] in _LATER and dw.lower[k + 2] == "ones":
            # "and subsequent ones were held in 1994 in A, in 1995 in B": each listed pair one more edition
            j = k + 3
            while j < sent.end and dw.lower[j] in ("were", "held", "took", "place", "have", "been"):
                j += 1
            pairs = _pairs(dw, sent, j + 1, venues, dates) if j < sent.end and dw.lower[j] == "in" else []
            out += [_edition(dw, sent, cand.trigger, cand.sent_index, cand.type, cand.name, cand.organizations, None, venue, date, "past")
                    for venue, date in pairs]
            break
        if not (dw.lower[k] in (",", "and", "while") and dw.lower[k + 1] == "the" and edition_of(dw.text[k + 2])):
            k += 1
            continue
        edition, j = edition_of(dw.text[k + 2]), k + 3
        j += dw.lower[j] == "one"
        while j < sent.end and dw.lower[j] in ("was", "were", "held", "took", "place", "-", "–", "—"):
            j += 1
        early = (dates.get(j) or dates.get(j + 1)) if j < sent.end and dw.lower[j] == "in" else None
        if early is not None and early.end < sent.end and dw.lower[early.end] in ("in", ","):
            j = early.end + (dw.lower[early.end] == ",")  # "the second - in November 2019 in Tashkent": the date first
        venue = venues.get(j + 1) if j < sent.end and dw.lower[j] == "in" else None
        if venue is None:
            k += 1
            continue
        j = resume = _past_its_state(dw, venue, venues)
        while j < sent.end and j - resume < 2 and j not in dates and dw.lower[j] in _TO_DATE:
            j += 1
        date = early or dates.get(j)
        out.append(_edition(dw, sent, cand.trigger, cand.sent_index, cand.type, cand.name, cand.organizations, edition, venue, date, "past"))
        k = date.end if date is not None else venue.end
    return out


#: what makes a document noun the topic of the document before it ("a protocol on implementation of the Agreement")
_ABOUT = frozenset(["of", "on", "to", "under", "over", "amending", "implementing", "regarding", "concerning"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "its", "their"])


def documents_about_documents(dw: Any, cands: list[Candidate]) -> list[Candidate]:
    """"A protocol on implementation of the Road Transport Agreement", "an agreement on recognition
    of the Management Program for X": a document noun in the topic of the document told just
    before it says what that one is about; it is no signing of its own."""
    out: list[Candidate] = []
    for c in cands:
        k = c.phrase_start - 1
        k -= k >= 0 and dw.lower[k] in _DETERMINERS
        about = c.document and k >= 0 and dw.lower[k] in _ABOUT and any(
            o.document and o is not c and o.trigger.end <= c.phrase_start
            and not {"and", ";", ",", ".", "signed", "sign", "also"} & set(dw.lower[o.trigger.end : c.phrase_start])
            for o in cands)
        if not about:
            out.append(c)
    return out


def elided_documents(doc: Doc, sent: _Sent, cand: Candidate) -> list[Candidate]:
    """"signed an agreement on customs and another on visas": one more document of the candidate's
    kind, told by "another" and its topic, with the same sides and circumstances."""
    dw = doc_words(doc)
    if not cand.document:
        return []
    for k in range(cand.phrase_end, min(sent.end - 1, cand.phrase_end + 12)):
        if dw.lower[k] in (".", ";", ":"):
            break
        if dw.lower[k] == "another" and dw.lower[k - 1] in ("and", ",") and dw.lower[k + 1] in ("on", "for", "with", "between", "in"):
            a, b = dw.chars(k, k + 1)
            trigger = Mention("trigger", k, k + 1, a, b, dw.text[k], cand.type, cand.rule)
            return [attrs.evolve(cand, trigger=trigger, phrase_start=k, phrase_end=k + 1, name=None,
                                 participants=list(cand.participants), organizations=list(cand.organizations))]
    return []


def city_editions(dw: Any, c: Candidate, mentions: Mentions) -> list[Candidate]:
    """"the Vienna and Saint Petersburg summits": a summit in each city the plural noun follows."""
    if c.type not in ("Summit", "Forum") or c.trigger.text.lower() not in ("summits", "forums"):
        return []
    cities = [m for m in mentions.starting("places", c.phrase_start, c.trigger.start) if m.kind == "city" and m.end <= c.trigger.start]
    if len(cities) < 2 or not all(w in ("and", ",", "the") for k in range(len(cities) - 1) for w in dw.lower[cities[k].end : cities[k + 1].start]):
        return []
    noun = c.trigger.text[:-1].lower()
    return [attrs.evolve(c, name=f"{city.text} {noun}", place=city, place_country=None, participants=list(c.participants),
                         organizations=list(c.organizations)) for city in cities]


def city_legs(dw: Any, mentions: Mentions, c: Candidate) -> list[tuple[Mention, Mention | None]]:
    """The cities a visit goes to, told one after another after its trigger ("visited Baku in March
    and Tashkent in November", "will visit Baku and Tashkent"), each with its own date: legs when
    the cities are in different states or each has its date; else [] (one trip to one state)."""
    if c.place is None or c.place.kind != "city" or c.place.start < c.trigger.end:
        return []
    legs, city = [], c.place
    while city is not None:
        date = date_right_after(dw, mentions, city)
        legs.append((city, date))
        end = k = date.end if date is not None else city.end
        while k < len(dw.lower) and dw.lower[k] in (",", "and"):
            k += 1  # (the next city only after "," or "and")
        city = next((m for m in mentions.starting("places", k, k + 1) if m.kind == "city"), None) if k > end else None
    states = {m.value for m, _ in legs}
    return legs if len(legs) > 1 and (len(states) == len(legs) or all(d is not None for _, d in legs)) else []


def date_right_after(dw: Any, mentions: Mentions, actor: Mention) -> Mention | None:
    """The date written right after an actor ("Turkmenistan on July 10")."""
    for m in mentions.starting("dates", actor.end, actor.end + 3):
        if all(dw.lower[i] in ("on", "in", ",") for i in range(actor.end, m.start)):
            return m
    return None
