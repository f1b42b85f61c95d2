"""One record per item of a list (spec section 2; issue #17): a meeting of one subject with each
counterpart listed ("met separately with A and B", "Meetings held with A, B and C"), a visit to
each state or city of a tour, a summit of each organization or city named; and the legs of a tour
that take its date."""

from __future__ import annotations

import re

import attrs
from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import NUMBER_WORDS
from ..mentions import Mention, Mentions
from ._candidate import Candidate
from ._series import city_editions, city_legs, date_right_after

__all__ = ["separately", "tour_dates"]


_HELD_WITH = re.compile(r"(?:were |have been |had been )?held with\b")
_JOINT = frozenset(["trilateral", "quadrilateral", "multilateral", "joint", "together", "jointly", "tripartite", "quadripartite"])


def separately(doc: Doc, cands: list[Candidate], mentions: Mentions) -> list[Candidate]:
    """One record per item of a list (spec section 2; issue #17):

    - "Lavrov met separately with A and B", "Tokayev met the prime ministers of A, B and
      C", "held meetings with A, B and C": one meeting of the subject with each
      counterpart named after the trigger, unless the meeting is said to be joint
      ("trilateral", "jointly", "the three leaders met");
    - "state visits to A, B and C", "will visit A, B and C", "a tour of A, B and C": one
      visit per state visited, each with the traveller.
    """
    dw = doc_words(doc)
    out = []
    for c in cands:
        near = set(dw.lower[max(0, c.trigger.start - 3) : c.trigger.end + 3])
        before = [(a, r) for a, r in c.participants if a.start < c.trigger.start]
        after = [(a, r) for a, r in c.participants if a.start > c.trigger.start]
        # "during the meetings with A, B and C", "Meetings held with A, B and C" (a readout's line with no subject)
        plural = c.trigger.text.lower() == "meetings" and (c.framed and dw.lower[c.trigger.end : c.trigger.end + 1] == ["with"]
                                                           or _HELD_WITH.match(dw.span_text(c.trigger.end, min(len(doc), c.trigger.end + 4)).lower()) is not None)
        meeting_of = c.rule.anchor == "noun" and dw.lower[c.trigger.end : c.trigger.end + 1] in (["of"], ["between"])  # "the meeting of the presidents of A, B and C", "talks between A and B": one
        one_state = near & {"separately", "separate"} and len(before) == 1 and before[0][0].kind == "demonym"  # "the Uzbek minister held separate talks"
        # "held a meeting with five officials from A, B and C": one meeting with the group counted
        counted = c.rule.anchor == "noun" and dw.lower[c.trigger.start - 1 : c.trigger.start] in (["a"], ["one"]) \
            and dw.lower[c.trigger.end : c.trigger.end + 1] == ["with"] and c.trigger.end + 1 < len(doc) \
            and (dw.lower[c.trigger.end + 1] in NUMBER_WORDS or dw.lower[c.trigger.end + 1].isdigit())
        if c.type == "Meeting" and not c.name and not near & _JOINT and not meeting_of and not counted and (_one_subject(before) or one_state or (plural and not before)):
            # "during the meetings with A, B and C" on a visit: the visitor's talks with each
            counterparts = [(a, r) for a, r in after if a.kind in ("person", "country", "demonym")]  # ("with her Kazakh and Uzbek counterparts")
            spans: dict[tuple[int, int], list[tuple[Mention, str]]] = {}
            for a, r in counterparts:  # ("the leaders of the Central Asian states": one group, its states on the same words)
                spans.setdefault((a.start, a.end), []).append((a, r))
            if len(spans) > 1 and (near & {"separately", "separate"} or len({a.kind for a, _ in counterparts}) == 1):
                for group in spans.values():
                    out.append(attrs.evolve(c, participants=before + group, organizations=list(c.organizations)))
                continue
        subjects = [(a, r) for a, r in before if a.kind == "person"]
        if c.type == "Meeting" and not c.name and len(subjects) > 1 and len(after) == 1 and after[0][0].kind == "person" \
                and {"respectively", "separately"} & set(dw.lower[c.trigger.end : min(len(doc), c.trigger.end + 12)]):
            # "A and B will meet with X respectively": each of them with X
            for pair in subjects:
                out.append(attrs.evolve(c, participants=[pair] + after, organizations=list(c.organizations)))
            continue
        near_orgs = [a for a, _ in c.participants if a.kind == "organization" and a.id and abs(a.start - c.trigger.start) <= 8]
        orgs = list(dict.fromkeys(c.organizations + [a.id for a in near_orgs]))
        by_city = city_editions(dw, c, mentions)
        if by_city:  # "the Vienna and Saint Petersburg summits": a summit in each city
            out.extend(by_city)
            continue
        if c.type in ("Summit", "Forum") and len(orgs) > 1 and c.trigger.text.lower() in ("summits", "forums"):
            # "attending Summits of BRICS and the SCO", "the BRICS and SCO summits": a summit of each organization
            noun = c.trigger.text[:-1].capitalize()
            rest = [(a, r) for a, r in c.participants if not (a.kind == "organization" and a.id in orgs)]
            for org in orgs:
                out.append(attrs.evolve(c, organizations=[org], name=f"{org} {noun}", participants=list(rest)))
            continue
        if c.type == "Visit":
            hosts = [(a, r) for a, r in after if a.kind == "country" and r == "host"]
            if len(hosts) > 1:
                others = [(a, r) for a, r in c.participants if (a, r) not in hosts]
                # "to A on July 10, B on July 11 and C on July 12": each leg its own day
                dated = {h[0].start: date_right_after(dw, mentions, h[0]) for h in hosts}
                own = sum(d is not None for d in dated.values()) > 1
                for host in hosts:
                    date = dated[host[0].start] if own else c.date
                    out.append(attrs.evolve(c, participants=others + [host], organizations=list(c.organizations), place=None,
                                            place_country=host[0].id, date=date or c.date))
                continue
            legs = city_legs(dw, mentions, c)
            if len(legs) > 1:  # "visited Baku in March and Tashkent in November": a visit to each city
                others = [(a, r) for a, r in c.participants if not (a.kind == "country" and r == "host")]
                for city, date in legs:
                    out.append(attrs.evolve(c, participants=list(others), organizations=list(c.organizations), place=city,
                                            place_country=None, date=date or c.date))
                continue
            visitors = [(a, r) for a, r in c.participants if a.kind == "person" and r == "visitor"]
            if len(visitors) > 1 and c.trigger.text.lower() == "visits" and not near & _JOINT:
                # "Presidents A, B and C will make state visits to China": a visit by each
                rest = [(a, r) for a, r in c.participants if (a, r) not in visitors]
                for visitor in visitors:
                    out.append(attrs.evolve(c, participants=rest + [visitor], organizations=list(c.organizations)))
                continue
        out.append(c)
    return out


def tour_dates(cands: list[Candidate]) -> None:
    """"Will embark on a tour of Central Asia next week, visiting Kazakhstan and Uzbekistan": legs
    with no date of their own take the tour's, told in the same sentence (spec section 2)."""
    visits = [c for c in cands if c.type == "Visit"]
    for leg in visits:
        if leg.date is not None:
            continue
        mine = {a.id for a, r in leg.participants if r == "visitor"}
        tour = next((c for c in visits if c is not leg and c.date is not None and c.tense == leg.tense
                     and mine & {a.id for a, r in c.participants if r == "visitor"}), None)
        if tour is not None:
            leg.date = tour.date



def _one_subject(before: list[tuple[Mention, str]]) -> bool:
    """One person (or one state) before the trigger: the one who meets the others."""
    persons = [a for a, _ in before if a.kind == "person"]
    return len(persons) == 1 or (not persons and len([a for a, _ in before if a.kind == "country"]) == 1)


