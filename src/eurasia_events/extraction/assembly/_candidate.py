"""The stage-2 record, :class:`Candidate`, and the sentence and token tables assembly reads."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import attrs
from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..mentions import Mention, Mentions

__all__ = ["Candidate"]


@attrs.define

class Candidate:
    """One mention of an event, with the arguments found around its trigger."""

    type: str
    trigger: Mention
    sent_index: int
    sent_start_char: int
    sent_end_char: int
    phrase_start: int
    phrase_end: int
    name: str | None = None
    edition: int | None = None
    organizations: list[str] = attrs.Factory(list)
    participants: list[tuple[Mention, str]] = attrs.Factory(list)
    place: Mention | None = None
    place_country: str | None = None
    date: Mention | None = None
    tense: str | None = None  # "planned", "ongoing", "past" or None
    anaphoric: bool = False
    definite: bool = False  # "the summit" with no name: refers back when a summit was named before
    framed: bool = False  # "on the sidelines of the summit": a frame for another event
    contains: bool = False  # "at the summit", "during the visit": the others happen inside it
    distinct: bool = False  # "the next summit": never the antecedent of "the summit"
    upcoming: bool = False  # distinct only as "upcoming"/"forthcoming": one with a planned mention
    list_intro: int | None = None  # on an item of a list of signed documents ("- Agreement on ..."): where the list's intro line starts
    reference_only: bool = False  # "the summit's", "summit platform", plural "visits": joins, never starts
    document: str | None = None
    until: Mention | None = None  # "which will continue until October 24"
    sentence_text: str = ""
    attendance: bool = False  # a sentence with no trigger that says who attended
    companions: bool = False  # an attendance sentence that says who travels with a visitor ("accompanied by")
    heads: bool = False  # an attendance sentence that says who headed the delegations ("headed by"): joins talks too
    evidence: list[tuple[int, int]] = attrs.Factory(list)

    @property
    def rule(self) -> Any:
        """The trigger rule."""
        return self.trigger.value

    @property
    def lead_in(self) -> str:
        """The sentence's text before the trigger ("Ahead of the summit, the ministers " for "met")."""
        return self.sentence_text[: self.trigger.start_char - self.sent_start_char]


#: the words before an event noun that put a day told next before the event ("Ahead of the summit, on
#: Tuesday, X met Y", "Prior to the summit, on July 18, he toured ..."): that day is not the event's
BEFORE_THE_EVENT = re.compile(r"\b(?:prior to|ahead of|before|on the eve of|in the run-up to)(?: the| this| its| their)?(?: \S+)?\s*$", re.I)
#: an event put off (spec section 5: planned, with no date until a new one is told)
POSTPONED = frozenset(["postponed", "delayed", "deferred"])
#: the verbs of going somewhere ("will travel to Russia", "left for Baku")
TRAVEL = frozenset(["travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying",
                    "go", "goes", "went", "head", "heads", "headed", "left", "leave", "leaves", "leaving", "depart", "departs", "departed"])
def travelled_to(dw: Any, start: int) -> bool:
    """A place or state told as where one goes ("will travel to Russia", "left for Baku")."""
    return start > 1 and dw.lower[start - 1] in ("to", "for") and dw.lower[start - 2] in TRAVEL


#: what one attends, by the word that opens it ("after attending", "after taking part in"): first word -> phrase
ATTENDING = {"attending": "attending", "participating": "participating in", "taking": "taking part in", "addressing": "addressing", "chairing": "chairing"}
#: "arrived in X from Y after attending the summit": an event told as what came before the day's news
AFTER_ATTENDING = re.compile(rf"\bafter (?:{'|'.join(ATTENDING.values())})(?: the| a| an| his| her| their)?(?: \S+){{0,4}}\s*$", re.I)

#: talks told only by what was said in them ("discussed trade with X", "exchanged views with X"):
#: talks when a person is named after "with"
DISCUSSION_RULES = frozenset(["meeting-discussed", "meeting-exchanged-views"])


class _Sent(NamedTuple):
    """A sentence's token range and character offsets (what the stages read of a ``Span``)."""

    start: int
    end: int
    start_char: int
    end_char: int


def _sentences(doc: Doc) -> list[_Sent]:
    """The sentences of a Doc that hold more than whitespace."""
    w = doc_words(doc)
    return [_Sent(s, e, *w.chars(s, e)) for s, e in w.sents if any(t.strip() for t in w.text[s:e])]


def _window(doc: Doc, start: int, end: int) -> list[str]:
    dw = doc_words(doc)
    return dw.lower[max(0, start) : max(0, end)]


@attrs.frozen

class _Index:
    """Token-position lookups over a document's mentions, built once per document."""

    orgs: dict[int, Mention]  # organization, country and demonym mentions by token
    places_at: frozenset[int]  # first tokens of cities and countries
    person_at: frozenset[int]  # tokens of persons, their titles included
    titles: frozenset[int]  # tokens of persons' titles
    dates_at: frozenset[int]  # first tokens of dates

    @classmethod
    def of(cls, mentions: Mentions) -> _Index:
        actors = mentions.actors
        return cls(
            orgs={i: m for m in actors if m.kind in ("organization", "country", "demonym") for i in range(m.start, m.end)},
            places_at=frozenset({m.start for m in mentions.places} | {m.start for m in actors if m.kind == "country"}),
            person_at=frozenset(i for m in actors if m.kind == "person" for i in range(_actor_start(m), m.end)),
            titles=frozenset(_title_tokens_of(actors)),
            dates_at=frozenset(m.start for m in mentions.dates),
        )


def _prev_word(dw: Any, k: int) -> int:
    """The index of the word before token ``k``, over line breaks ("in\nIstanbul"); -1 at the start."""
    k -= 1
    while k >= 0 and dw.text[k].isspace():
        k -= 1
    return k


def _infinitive_in(dw: Any, lo: int, hi: int) -> bool:
    """Whether the words ``lo`` to ``hi`` hold "to" and a lower-case verb ("to raise", "to join"),
    not "to the" or "to Moscow": a clause of its own."""
    words = dw.lower[lo:hi]
    return any(w == "to" and k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1] not in ("the", "a", "an")
               and dw.text[lo + k + 1][:1].islower() for k, w in enumerate(words))


def _actor_start(actor: Mention) -> int:
    """Where an actor's mention begins, its title included ("Kazakh President Tokayev")."""
    if actor.kind == "person" and isinstance(actor.value, dict):
        span = actor.value.get("title_span")
        if span and span[1] == actor.start:
            return span[0]
    return actor.start


def _dateline_range(mentions: Mentions) -> tuple[int, int]:
    d = mentions.dateline
    return (d.start_char, d.end_char) if d is not None else (-1, -1)


def _title_tokens_of(actors: list[Mention]) -> set[int]:
    """Tokens of the titles of these person mentions."""
    out: set[int] = set()
    for m in actors:
        if m.kind == "person" and isinstance(m.value, dict) and m.value.get("title_span"):
            a, b = m.value["title_span"]
            if b == m.start or a == m.end + 1 or (a, b) == (m.start, m.end):
                out.update(range(a, b))
    return out


def visit_of_office(dw: Any, cand: Candidate, person: Mention) -> bool:
    """"the visit of the President of Turkmenistan, Serdar Berdimuhamedow, to Tajikistan", "the visit
    of the National Leader of the people of Turkmenistan, Mr. X": the office, then its holder."""
    between = dw.lower[cand.trigger.end : person.start]
    if not between or between[0] not in ("of", "by") or len(between) > 12:
        return False
    if between[1:2] == ["the"] and _actor_start(person) == cand.trigger.end + 2:
        return True
    return between[-1] in (",", "mr.", "mr", "h.e.") and not set(between) & {"to", "and", "with", ";", "in", "on"}
