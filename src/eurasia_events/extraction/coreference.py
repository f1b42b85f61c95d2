"""Stage 3b: event coreference across the whole article.

Merging (stage 3) reads the candidates in text order and joins each to a draft it can
refer to. Some mentions of one event still make drafts of their own: the headline and
the body, "the summit" after a paragraph about something else, "the meeting" whose
sentence also names a reporter, a council session named after its summit. This stage
compares the drafts of an article pairwise and merges two when they can be one event and
one of them refers to the other:

- *compatible*: the same type (or a leaders' council session and its summit); no two
  different dates, cities, countries, editions or names; not one planned and one past;
  not a "next" or "previous" one with one that is neither; for visits, the same visitor
  where both name one; for meetings, persons that one of them includes;
- *referring*: one of them has no name of its own or the same name, and is a definite or
  short mention ("the meeting", "this visit", a headline), or adds nothing the other does
  not have, or, for a summit, forum or visit, is the only other one of its kind around.

Two named events, two dated events or two sets of different people stay apart.
"""

from __future__ import annotations

import re

import attrs

from .assembly._names import title_case_words
from .merging import Draft, _chaired, _dates_conflict, _names_match, a_delegation, dated_with_its_tour, is_meal, of_an_earlier_year, told_earlier_that_day

__all__ = ["corefer"]

#: types that an article usually reports once; two compatible drafts are one event
_SINGULAR = frozenset(["Summit", "Forum", "Visit"])


def _tenses(d: Draft) -> set[str]:
    return {c.tense for c in d.candidates if c.tense in ("planned", "past")}


def _cities(d: Draft) -> set[str]:
    return {str(d.place.id)} if d.place is not None and d.place.id else set()


def _persons(d: Draft, role: str | None = None) -> set[str]:
    return {k[1] for k, (_, r) in d.participants.items() if k[0] == "person" and (role is None or r == role)}


def _hosts(d: Draft) -> set[str]:
    hosts = {k[1] for k, (_, r) in d.participants.items() if k[0] == "country" and r == "host"}
    if d.place is not None and isinstance(d.place.value, str):
        hosts.add(d.place.value)  # the country of its city
    return hosts | ({d.place_country} if d.place_country else set())


def _countries(d: Draft) -> set[str]:
    return {k[1] for k in d.participants if k[0] == "country"}


def _states(d: Draft) -> set[str]:
    """Its countries and its persons' countries."""
    out = _countries(d)
    for key, (actor, _) in d.participants.items():
        if key[0] == "person" and isinstance(actor.value, dict) and actor.value.get("country"):
            out.add(actor.value["country"])
    return out


def _upcoming_and_planned(a: Draft, b: Draft) -> bool:
    """"Wen's upcoming visits to A and B ... Wen will pay visits to A and B": set apart from
    others only as upcoming, the same as one told in the future tense."""
    marked, other = (a, b) if a.any_distinct else (b, a)
    return all(c.upcoming for c in marked.candidates if c.distinct) and _tenses(other) == {"planned"}


def _meal(d: Draft) -> bool:
    return any(is_meal(c) for c in d.candidates)


def _named_in(d: Draft, name: str) -> bool:
    """The other name is written where this one is ('the Conference on the Decade of Action
    "Water for Development"' ... 'the Conference "Water for Development"'): two names of one event."""
    quoted = tuple(q + name for q in ('"', "“", "«", "'"))
    return len(name) >= 12 and any(c.name and any(q in c.sentence_text for q in quoted) for c in d.candidates)


def _their_counterpart(a: Draft, b: Draft) -> bool:
    """"Held talks with his counterparts from A and B ... He described his talks with A's minister X": a
    definite mention whose new persons each stand for a state the other met by its name alone."""
    if a.name or not _persons(a) or not (b.first.definite or b.first.anaphoric):
        return False  # (not "the Trilateral Meeting of A, B and C ... held a meeting with B's minister": talks of their own)
    new = [actor for key, (actor, _) in b.participants.items() if key[0] == "person" and key[1] not in _persons(a)]
    unnamed = _countries(a) - (_states(a) - _countries(a))
    return bool(new) and all(isinstance(m.value, dict) and m.value.get("country") in unnamed for m in new)


def _labelled(d: Draft) -> bool:
    """A name that is only the organization and the noun ("the SCO conclave" -> "SCO Conclave"): no name of its own."""
    words = (d.name or "").split()
    return len(words) == 2 and words[0] in d.organizations


def _begun_tour_leg(a: Draft, b: Draft, drafts: list[Draft]) -> Draft | None:
    """"Left for a tour of A, B and C on October 10 ... began his two-day visit to C on Wednesday": a
    leg dated only with the day its tour began is the visit told later with days of its own (within
    a month after it). Returns the one of the two with its own days."""
    if a.type != "Visit" or b.type != "Visit" or a.date is None or b.date is None:
        return None
    legs = [d for d in (a, b) if dated_with_its_tour(d, drafts)]
    if len(legs) != 1:
        return None
    leg, own = legs[0], (b if legs[0] is a else a)
    day, told = leg.date.value, own.date.value
    if day.start is None or day.end != day.start or told.start is None or not 0 < (told.start - day.start).days <= 31:
        return None
    return own if _compatible(a, b, dates=False) else None


def _compatible(a: Draft, b: Draft, *, dates: bool = True) -> bool:
    if a.type != b.type or a.document or b.document:
        return False
    if a.any_distinct != b.any_distinct and not _upcoming_and_planned(a, b):
        return False
    if dates and _dates_conflict(a.date, b.date):
        return False
    if _cities(a) and _cities(b) and _cities(a) != _cities(b):
        return False
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    if a.edition and b.edition and a.edition != b.edition:
        return False
    if of_an_earlier_year(a.candidates, b.candidates) or of_an_earlier_year(b.candidates, a.candidates):
        return False
    if a.name and b.name and not _names_match(a.name, b.name) and not _named_in(a, b.name) and not _named_in(b, a.name):
        if not (set(a.organizations) & set(b.organizations)):
            return False
    if a.organizations and b.organizations and not set(a.organizations) & set(b.organizations):
        return False
    if {"planned", "past"} <= (_tenses(a) | _tenses(b)) and not (_tenses(a) & _tenses(b)):
        return False
    if a.type == "Visit":
        va, vb = _persons(a, "visitor"), _persons(b, "visitor")
        if va and vb and not va & vb:
            return False
        ha, hb = _hosts(a), _hosts(b)
        if ha and hb and not ha & hb:
            return False
        if (not va and vb and any(map(a_delegation, a.candidates))) or (not vb and va and any(map(a_delegation, b.candidates))):
            return False  # "X's visit" ... "a Qatari delegation is to visit": another party's trip
    first, later = (a, b) if a.first.trigger.start < b.first.trigger.start else (b, a)
    if told_earlier_that_day(later.first) and all(c.sent_index < later.first.sent_index for c in first.candidates):
        return False  # "X received Y. Earlier on Monday, the ministers held a separate meeting": another, before it
    if a.type == "Meeting":
        if _meal(a) != _meal(b):
            return False  # "a working dinner ... is its own" (spec section 5)
        pa, pb = _persons(a), _persons(b)
        if len(pa) > 1 and pa == pb and _chaired(a.participants.values()) != _chaired(b.participants.values()):
            return False  # a session its chairs chair is not their talks
        if pa and pb and not (pa <= pb or pb <= pa) and not _their_counterpart(a, b) and not _their_counterpart(b, a):
            return False
        ca, cb = _countries(a), _countries(b)
        if ca and cb and not (ca <= cb or cb <= ca):
            return False
    return True


def _weak(d: Draft) -> bool:
    """A mention that refers rather than introduces: definite or anaphoric, a headline, or
    one with nothing of its own (no name, side, place or date: "to hold private talks")."""
    if not (d.participants or d.name or d.place or d.place_country or d.date or d.organizations):
        return True
    return any(c.definite or c.anaphoric or c.sent_index <= 1 for c in d.candidates)


def _adds_nothing(b: Draft, a: Draft) -> bool:
    return (
        set(b.participants) <= set(a.participants)
        and set(b.organizations) <= set(a.organizations)
        and (b.name is None or _labelled(b) or (a.name is not None and _names_match(a.name, b.name)))
    )


def _refers(a: Draft, b: Draft, drafts: list[Draft]) -> bool:
    if a.type == "Meeting":
        # an article reports many meetings: only the same people, or a bare mention of
        # one ("the talks", a headline) with nothing of its own, is the same meeting
        pa, pb = _persons(a), _persons(b)
        if pa and pb:
            for x, y in ((a, b), (b, a)):
                if x.organizations and not y.organizations and (_countries(y) - _states(x) or (len(_persons(y)) >= 2 and not _persons(y) <= _persons(x))):
                    # "attend the SCO ministers' meeting ... talks with his Russian counterpart",
                    # "on the sidelines of the UN General Assembly session ... discussed with X": bilateral
                    return False
            return pa == pb or (pb < pa and _weak(b)) or (pa < pb and _weak(a)) or _their_counterpart(a, b) or _their_counterpart(b, a)
        if not pa and pb and _countries(a) and _states(b) <= _countries(a) and all(c.definite for c in b.candidates):
            # "a trilateral meeting of A, B and C was held ... A was represented at the meeting by X": its people
            return True
        # the later one refers back; or one with only the other's framework, day and city ("the CIS
        # ministers meet in Minsk on May 22", a caption, beside the session's own report)
        bare = [d for d, o in ((b, a), (a, b)) if not _persons(d) and (d.name is None or _labelled(d)) and (_weak(d) or (
            d.organizations and _adds_nothing(d, o) and (d.date and d.place and o.date and o.place or not (d.date or d.place or d.participants))))]
        if not bare:
            return False
        other = b if bare[0] is a else a
        if not any(k[0] in ("person", "country") for k in bare[0].participants) and _persons(other):
            return True  # "the ministers of the SCO met" ... "the six ministers - A, B, ... -": their meeting
        return _adds_nothing(bare[0], other) or bool(_countries(bare[0])) and _countries(bare[0]) <= _states(other)
    if _weak(b) or _weak(a) or _adds_nothing(b, a) or _adds_nothing(a, b):
        return True
    others = [d for d in drafts if d is not a and d is not b and d.type == a.type]
    return not others


def _repeated(a: Draft, b: Draft) -> bool:
    """The same sentence told twice (a page that repeats its headline): the same event."""
    if a.type != b.type:
        return False
    texts = {(c.sentence_text.strip(), c.trigger.start_char - c.sent_start_char, c.sent_index) for c in a.candidates if len(c.sentence_text.strip()) > 20}
    return any(
        text == c.sentence_text.strip() and offset == c.trigger.start_char - c.sent_start_char and index != c.sent_index
        for c in b.candidates
        for text, offset, index in texts
    )


def corefer(drafts: list[Draft]) -> list[Draft]:
    """The drafts with those that are one event merged, in order of first mention."""
    out: list[Draft] = []
    for d in drafts:
        targets = [a for a in reversed(out) if _repeated(a, d) or ((_compatible(a, d) or _begun_tour_leg(a, d, drafts)) and _refers(a, d, drafts))]
        # the nearest one, or the nearest called by the same noun ("consultations ... as a
        # result of the consultations") when the mention is bare
        noun = d.first.trigger.text.lower()
        same = [a for a in targets if any(c.trigger.text.lower() == noun for c in a.candidates)]
        theirs = [a for a in targets if _their_counterpart(a, d)]  # ("... his talks with the Tajik minister": those with Tajikistan)
        target = (theirs or same or targets or [None])[0] if _weak(d) else (targets or [None])[0]
        if target is None:
            out.append(d)
            continue
        own = _begun_tour_leg(target, d, drafts) if _dates_conflict(target.date, d.date) else None
        _join(target, d)
        if own is not None:
            target.date = own.date  # (the leg's own days, not the day its tour began)
    return _next_is_the_planned(_council_sessions(_headline_documents(out)))


#: "its next summit", "the next SCO summit": the body's edition after the last one held
_NEXT = re.compile(r"\bnext\s+(?:[\w-]+\s+){0,2}$", re.I)


def _next_is_the_planned(drafts: list[Draft]) -> list[Draft]:
    """"Xi will attend the SCO summit in Samarkand ... Its next summit is set for May 8 and 9
    in Samarkand": with no summit of the body told as held, its next one is the one planned."""
    out = list(drafts)
    for d in drafts:
        if d.type != "Summit" or _tenses(d) != {"planned"} or not all(c.distinct and _NEXT.search(c.lead_in) for c in d.candidates):
            continue
        summits = [o for o in out if o is not d and o.type == "Summit" and (not o.organizations or not d.organizations or set(o.organizations) & set(d.organizations))]
        planned = [o for o in summits if not o.any_distinct and _tenses(o) == {"planned"} and (not _cities(o) or not _cities(d) or _cities(o) == _cities(d))]
        if len(planned) == 1 and not any("past" in _tenses(o) for o in summits) and not _dates_conflict(planned[0].date, d.date):
            _join(planned[0], d)
            out.remove(d)
    return out


def _subheading(text: str) -> bool:
    """A line in title case with no closing stop ("Supreme Council Signs Key Agreements"): a
    heading over the paragraphs that tell its news."""
    if text.rstrip().endswith((".", "!", "?", ":", ";", ",", '"', "”")):
        return False
    return title_case_words(re.findall(r"[^\W\d_][\w'’-]*", text))


def _headline_documents(drafts: list[Draft]) -> list[Draft]:
    """"Russian, Turkmen presidents sign strategic partnership treaty" over "... signed a treaty on
    strategic partnership": the headline's document is the first one of its type the body tells
    with its states."""
    out = list(drafts)
    for h in drafts:
        c = h.first
        # (a title line, maybe told twice: the page's title and the story's headline; or a subheading in title case)
        sub = all(_subheading(x.sentence_text) and x.sent_index == c.sent_index for x in h.candidates) and c.sent_index > 0
        if not h.document or (c.sent_index > 2 and not sub) or any(x.sent_index > 3 and not sub or x.list_intro is not None
                                                                    or x.sentence_text.rstrip().endswith((".", "!", "?", ":", ";", ",")) for x in h.candidates):
            continue  # (not an item of a list of signed documents)
        body = next((d for d in out if d is not h and d.type == h.type and (d.first.sent_index > c.sent_index or sub) and _states(h) <= _states(d)
                     and not (h.name and d.name and not _names_match(h.name, d.name))), None)
        if body is None and h.type == "AgreementSigned" and not h.name and h.participants:
            # "A and B Secretariats Sign Agreement" over "A signed a Memorandum of Understanding with B": the first
            # document the body tells with the same sides, whatever the headline calls it
            first = next((d for d in out if d is not h and d.document and d.first.sent_index > c.sent_index), None)
            if first is not None and set(h.participants) <= set(first.participants) | {("country", s) for s in _states(first)}:
                body = first
        if body is not None:
            for cand in h.candidates if not sub else ():  # (a subheading only heads what the body tells)
                body.absorb(cand)
            for key, value in h.participants.items():
                body.participants.setdefault(key, value)
            out.remove(h)
    return out


def _join(target: Draft, d: Draft) -> None:
    """``d``'s mentions into ``target``, with the sides given to ``d`` as a whole ("the two
    presidents": from the article, not from a mention); a meeting joining a summit gives it
    no name."""
    for cand in d.candidates:
        target.absorb(cand if cand.type == target.type else attrs.evolve(cand, name=None))
    for key, value in d.participants.items():
        target.participants.setdefault(key, value)


_MINISTERS = re.compile(r"\bminister(?:s|ial)\b", re.I)


def _council_sessions(drafts: list[Draft]) -> list[Draft]:
    """A meeting with no people and no name of its own, in the city where the one summit of an
    organization's council is held, is that session ("the meeting of the Supreme Council is
    taking place in Bishkek" ... "said following a meeting in Bishkek")."""
    out = list(drafts)
    for d in drafts:
        if d.type == "Meeting" and d.name is None and not d.any_distinct:
            # "The leaders of the SCO member states hold a meeting in Yekaterinburg" (a caption under the summit's
            # report): many states, or the organization itself, meeting where and when its one summit is
            orgs = {k[1] for k in d.participants if k[0] == "organization"} | set(d.organizations)
            if _MINISTERS.search(d.first.lead_in):
                orgs = set()  # "the foreign ministers of the SCO met in Astana to prepare for the summit": its ministers' council
            summits = [o for o in out if o.type == "Summit" and o is not d and not o.any_distinct and not _dates_conflict(o.date, d.date)
                       and (not _cities(d) or not _cities(o) or _cities(o) == _cities(d)) and (orgs & (set(o.organizations) | {k[1] for k in o.participants if k[0] == "organization"}) or len(_countries(d)) >= 3)]
            if len(summits) == 1 and (orgs or _cities(d)):
                _join(summits[0], d)
                out.remove(d)
                continue
        if d.type == "Meeting" and d.name is None and not d.organizations and d.first.definite and d.first.trigger.text.lower() in ("meeting", "session", "gathering") \
                and all(c.definite or c.rule.anchor != "noun" for c in d.candidates) and len(_persons(d)) < 2:  # (not "the meeting of X with Y": their talks)
            # "Leaders of the SCO ended their summit ... Also present at the meeting was X": with no
            # meeting told before it, "the meeting" is the one summit or forum already told
            earlier = [o for o in out[: out.index(d)] if not o.document]
            frames = [o for o in earlier if o.type in ("Summit", "Forum") and not _dates_conflict(o.date, d.date)]
            if len(frames) == 1 and not any(o.type == "Meeting" for o in earlier):
                _join(frames[0], d)
                out.remove(d)
                continue
        if d.type == "Meeting" and _persons(d):
            # the leaders' talks on the day of their two states' council ("High-Level Strategic
            # Cooperation Council"), or told in its sentence: that summit's session
            sents = {c.sent_index for c in d.candidates}
            pairs = [s for s in out if s.type == "Summit" and len(_states(s)) == 2 and not s.organizations and _states(d) <= _states(s) and (
                (s.date is not None and d.date is not None and s.date.value.start == d.date.value.start)
                or (d.date is None and sents & {c.sent_index for c in s.candidates} and _persons(d) <= _persons(s))
                # "a visit that will include a summit with his counterpart" ... "the two will meet Friday"
                or (s.date is None and len(_persons(d)) >= 2 and _persons(d) == _persons(s) and not {"planned", "past"} <= (_tenses(s) | _tenses(d))))]
            if len(pairs) == 1:
                _join(pairs[0], d)
                out.remove(d)
                continue
        named = d.name and d.name.lower().split()[:-1] != (d.place.text.lower().split() if d.place is not None else [])
        if d.type != "Meeting" or named or _persons(d) or not _cities(d) or d.any_distinct or _MINISTERS.search(d.first.lead_in):
            continue  # (a name that is only its city, "the Astana meeting", is none; its ministers meet apart from it)
        summits = [s for s in out if s.type == "Summit" and s.organizations and _cities(s) == _cities(d) and not s.any_distinct
                   and not _dates_conflict(s.date, d.date) and not ({"planned", "past"} <= (_tenses(s) | _tenses(d)))]
        if len(summits) == 1:
            _join(summits[0], d)
            out.remove(d)
    return out
