"""Stage 3: merge the candidates that mention the same real-world event.

Candidates are read in text order. Each one joins the most recent draft of the same
type that it can refer to (same name, shared framework organization, an anaphor such
as "the summit", the same sides), or starts a new draft. Distinct meetings stay
distinct: a meeting with a new person is a new meeting.
"""

from __future__ import annotations

import re
from typing import Iterable

import attrs

from ..text.fold import fold
from .assembly import Candidate
from .assembly._groups import their_before
from .lexicon import NUMBER_WORDS
from .mentions import Mention

__all__ = ["Draft", "merge", "ROLE_PRECEDENCE"]

_MINISTERIAL = re.compile(r"\b(ministers?|ministerial|officials|committee|commission|experts|deputies|business|youth)\b", re.I)

#: When one actor gets several roles in the mentions of one event, the first listed wins.
ROLE_PRECEDENCE = ("host", "chair", "visitor", "speaker", "organizer", "signatory", "party", "participant")
_GRANULARITY_ORDER = ("day", "week", "month", "quarter", "half", "season", "year")


@attrs.define
class Draft:
    """One real-world event under construction: the union of its candidates."""

    type: str
    candidates: list[Candidate] = attrs.Factory(list)
    name: str | None = None
    edition: int | None = None
    organizations: list[str] = attrs.Factory(list)
    participants: dict[tuple[str, str], tuple[Mention, str]] = attrs.Factory(dict)
    place: Mention | None = None
    place_country: str | None = None
    date: Mention | None = None
    until: Mention | None = None
    document: str | None = None
    #: the event whose sides a group reference of this one took ("the two leaders signed")
    antecedent: Draft | None = attrs.field(default=None, repr=False, eq=False)
    _cache: tuple[int, tuple[int, bool]] = attrs.field(default=(-1, (0, False)), init=False, repr=False, eq=False)

    @property
    def first(self) -> Candidate:
        """The earliest mention."""
        return self.candidates[0]

    @property
    def persons(self) -> set[str]:
        """Canonical names of the persons taking part."""
        return {k[1] for k in self.participants if k[0] == "person"}

    @property
    def last_start(self) -> int:
        """Token position of the latest mention."""
        return self._summary()[0]

    @property
    def any_distinct(self) -> bool:
        """True when a mention of it says it is distinct ("met separately")."""
        return self._summary()[1]

    def _summary(self) -> tuple[int, bool]:
        # candidates are only ever appended: recomputed when their number changes
        n = len(self.candidates)
        if self._cache[0] != n:
            self._cache = (n, (max(c.trigger.start for c in self.candidates), any(c.distinct for c in self.candidates)))
        return self._cache[1]

    def absorb(self, cand: Candidate) -> None:
        """Add one candidate's evidence and arguments (a reference-only mention adds evidence)."""
        self.candidates.append(cand)
        if cand.reference_only:
            if self.type in ("Summit", "Forum"):
                self.take_people(cand)  # "X and Y spoke at the summit's opening": the people of its session take part
            return
        if cand.name and (self.name is None or _better_name(cand, self)):
            self.name = cand.name
        if cand.edition and not self.edition:
            self.edition = cand.edition
        for org in cand.organizations:
            if org not in self.organizations:
                self.organizations.append(org)
        for actor, role in cand.participants:
            key = actor_key(actor)
            old = self.participants.get(key)
            if old is None or ROLE_PRECEDENCE.index(role) < ROLE_PRECEDENCE.index(old[1]):
                self.participants[key] = (old[0] if old else actor, role)
        if self.place is None and cand.place is not None:
            self.place = cand.place
        if self.place_country is None and cand.place_country is not None:
            self.place_country = cand.place_country
        if cand.date is not None and (self.date is None or _finer(cand.date, self.date) or (self.type != "Visit" and _narrower_span(cand.date, self.date))):
            self.date = cand.date
        self.until = self.until or cand.until
        self.document = self.document or cand.document


    def take_people(self, cand: Candidate) -> None:
        """Add the persons of a mention that refers to this event without adding to it otherwise
        ("the summit's opening", "the conference" that is the summit): they take part in it."""
        for actor, role in cand.participants:
            if actor.kind == "person":
                self.participants.setdefault(actor_key(actor), (actor, role))


def actor_key(actor: Mention) -> tuple[str, str]:
    """(kind, canonical id) of an actor mention; demonyms count as their country."""
    kind = "country" if actor.kind == "demonym" else actor.kind
    return (kind, actor.id or actor.text)


def _better_name(cand: Candidate, draft: Draft) -> bool:
    if cand.edition and not draft.edition:
        return True
    return False


def _granularity_rank(m: Mention) -> int:
    g = getattr(m.value, "granularity", "year")
    return _GRANULARITY_ORDER.index(g) if g in _GRANULARITY_ORDER else len(_GRANULARITY_ORDER)


def _finer(new: Mention, old: Mention) -> bool:
    """A date that bounds the event on both sides beats a deadline or an end ("wraps up on
    Thursday" after "October 22-24"); else the finer granularity wins."""
    new_bound, old_bound = (getattr(m.value, "mod", None) in ("before", "until") for m in (new, old))
    if new_bound != old_bound:
        return old_bound
    if _granularity_rank(new) == _granularity_rank(old) and _spans(new, old):
        return True
    return _granularity_rank(new) < _granularity_rank(old)


def _narrower_span(new: Mention, old: Mention) -> bool:
    """"will pay a visit on July 2-4 and take part in the summit" then "the summit will be held on July 3-4":
    days of their own inside the span the event was first told with."""
    nv, ov = new.value, old.value
    if None in (nv.start, nv.end, ov.start, ov.end) or nv.granularity != "day" or ov.granularity != "day" or nv.end == nv.start:
        return False
    return ov.start <= nv.start and nv.end <= ov.end and (nv.start, nv.end) != (ov.start, ov.end)


def _spans(new: Mention, old: Mention) -> bool:
    """A span of days holding the one day already known ("left on Sunday for the forum" then
    "the forum, held from April 8 to 11") is the event's whole span."""
    nv, ov = new.value, old.value
    if None in (nv.start, nv.end, ov.start) or nv.end == nv.start:
        return False
    return (ov.end or ov.start) == ov.start and nv.start <= ov.start <= nv.end


#: head nouns that name the same kind of session ("the SCO conclave" ... "the SCO meeting")
_SESSION_SYNONYMS = {"conclave": "meeting", "gathering": "meeting", "meetings": "meeting"}


def _names_match(a: str, b: str) -> bool:
    fa, fb = (" ".join(_SESSION_SYNONYMS.get(w, w) for w in fold(x).split()) for x in (a, b))
    if fa == fb or fa in fb or fb in fa:
        return True
    wa, wb = set(fa.split()), set(fb.split())
    return len(wa & wb) >= max(2, (min(len(wa), len(wb)) + 1) // 2 + 1)


def _dates_conflict(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None:
        return False
    va, vb = a.value, b.value
    if None in (va.start, vb.start):
        return False
    a_end = va.end or va.start
    b_end = vb.end or vb.start
    return a_end < vb.start or b_end < va.start


def _same_days(a: Mention | None, b: Mention | None) -> bool:
    """Two dates of the same known days."""
    if a is None or b is None or a.value is None or b.value is None:
        return False
    return a.value.start is not None and (a.value.start, a.value.end) == (b.value.start, b.value.end)


_POSSESSIVE_END = re.compile(r"(?:'s|’s)\s+(?:(?:state|official|working|recent)\s+)?$")


def _whose(cand: Candidate, draft: Draft) -> bool:
    """"X's visit" with no date of its own, after a visit by X was told: a reference to that one."""
    if cand.date is not None or not _POSSESSIVE_END.search(cand.lead_in):
        return False
    owner = next((a for a, _ in cand.participants if a.kind == "person" and a.end <= cand.trigger.start), None)
    return owner is not None and actor_key(owner)[1] in draft.persons


def is_plural(noun: str) -> bool:
    """'MoUs', 'agreements', 'memoranda' (the last word of a trigger)."""
    word = noun.split()[-1].lower() if noun.split() else ""
    return word in ("memoranda", "documents") or (word.endswith("s") and not word.endswith("ss") and len(word) > 3)


_WITH = re.compile(r"\s+(?:with|between)\b", re.I)


def of_an_earlier_year(told: list[Candidate], other: list[Candidate]) -> bool:
    """"X is meeting Y on the sidelines of the forum ... In 2022, they also met at the forum": mentions
    all told in the past of a year are an earlier edition than one told with no past and no date."""
    return all(c.tense == "past" and c.date is not None and getattr(c.date.value, "granularity", None) == "year" for c in told) \
        and not any(c.tense == "past" or c.date is not None for c in other)


#: a sentence that opens on what came before the event just told, on its day
_EARLIER_THAT_DAY = re.compile(r"\s*(?:Earlier|Prior to that|Before that)\b(?:\s+(?:on\s+\w+|that day|in the day|today|this morning))?\s*,", re.I)


def told_earlier_that_day(cand: Candidate) -> bool:
    """An event told, with no "the", in a sentence that opens on what came before the one just told
    ("Earlier on Tuesday, ... ahead of the unofficial CIS summit": what came before the summit told, not another)."""
    if cand.definite or not _EARLIER_THAT_DAY.match(cand.sentence_text):
        return False
    return not _AHEAD_OF_THE.search(cand.lead_in)


#: "ahead of the unofficial CIS summit": an event told as known, what came earlier is told before it
_AHEAD_OF_THE = re.compile(r"\b(?:ahead of|prior to|before|on the eve of)\s+(?:the|this|its|their)\b[^,.;]{0,40}$", re.I)


def _refers_to(cand: Candidate, draft: Draft) -> bool:
    if cand.distinct or draft.any_distinct:
        return False
    listed = any(c.list_intro is not None for c in draft.candidates)
    if cand.list_intro is None and listed and is_plural(cand.trigger.text):
        return False  # "X and Y signed the documents" after a list: all of them, not its last item
    if cand.document and cand.definite and draft.document and cand.trigger.text.lower().startswith("document"):
        return True  # "the document was signed by ...": the signing just reported, memorandum or not
    if cand.type != draft.type:
        return False
    if told_earlier_that_day(cand) and all(c.sent_index < cand.sent_index for c in draft.candidates):
        return False  # "X received Y. Earlier on Monday, the ministers held a separate meeting": another, before it
    if is_meal(cand) != any(is_meal(c) for c in draft.candidates):
        return False  # a working dinner is a meeting of its own (spec section 5)
    if _dates_conflict(cand.date, draft.date):
        return False
    if cand.tense == "planned" and draft.date is not None and not any(c.tense in ("planned", "ongoing") for c in draft.candidates) \
            and any(c.tense == "past" for c in draft.candidates) and not _same_days(cand.date, draft.date) and not _whose(cand, draft):
        # (not '"Today's visit will strengthen our ties"' on the day the visit took place, nor "X's visit will give
        # impetus to ties" after X's visit was told: that visit, its effect told in the future)
        return False  # "the first expo was held in 2011" ... "leaders will attend the expo": the next one
    if cand.tense == "past" and cand.date is not None and not any(c.tense in ("past", "ongoing", None) for c in draft.candidates):
        return False  # "a visit that will include a summit" ... "their first summit was held in 2017": an earlier one
    if cand.tense == "past" and not cand.definite and draft.date is not None and all(c.tense == "planned" for c in draft.candidates):
        return False  # "will attend the meeting on Oct. 26-27" ... "in September, X met Y": what has happened is not what is to come
    if of_an_earlier_year([cand], draft.candidates):
        return False
    if cand.place is not None and draft.place is not None and cand.place.id != draft.place.id and cand.type in ("Summit", "Forum"):
        return False  # "the next meeting of the Council will be held in Moscow" ... "the meeting of the Council in Bishkek"
    if cand.edition and draft.edition:
        return cand.edition == draft.edition and not (
            cand.organizations and draft.organizations and not set(cand.organizations) & set(draft.organizations)
        )
    if cand.type == "Summit" and set(cand.organizations) & set(draft.organizations) and not (cand.name and draft.name and cand.edition and draft.edition):
        return True  # "the 24th SCO Summit" ... "the meeting of the SCO Council of Heads of State"
    if cand.name and draft.name:
        if cand.organizations and draft.organizations and not set(cand.organizations) & set(draft.organizations):
            return False  # "the Council of Heads of Government of the CIS, and the Council of Heads of Government of the SCO": two
        return _names_match(cand.name, draft.name)
    if cand.document:
        if cand.list_intro is not None and any(c.list_intro is not None for c in draft.candidates):
            return False  # two items of a list of signed documents
        if cand.list_intro is not None and all(is_plural(c.trigger.text) for c in draft.candidates):
            return False  # "eight documents were signed. These include: - the Plan for X": one item, not all of them
        count = count_of(cand)
        if count is not None and cand.type == draft.type and count in {count_of(c) for c in draft.candidates}:
            return True  # "signed three agreements" ... "the five nations signed three agreements"
        signers = {actor_key(a)[1] for a, _ in cand.participants if a.kind == "person"}
        if signers and draft.persons and not signers & draft.persons:
            return False  # "The MoU between A and B was signed by X and Y": another document
        if _uncounted(cand) and all(_uncounted(c) and c.trigger.text.lower() == cand.trigger.text.lower() for c in draft.candidates) \
                and cand.tense in {c.tense for c in draft.candidates} \
                and {actor_key(a) for a, _ in cand.participants if a.kind != "person"} <= set(draft.participants):
            return True  # "witnessed the signing of several memoranda" ... "were followed by signing of memoranda": one signing
        if not is_plural(cand.trigger.text) and all(is_plural(c.trigger.text) for c in draft.candidates) and (cand.participants or cand.name) \
                and not any(0 <= cand.trigger.start - c.trigger.end <= 3 for c in draft.candidates):  # not "memorandums (MoU)"
            return False  # "signed agreements and MoUs" ... "The MoU between A and B on X": one of them, a record of its own
        if cand.anaphoric or cand.definite:
            return True
        if not is_plural(cand.trigger.text) and any(c.sent_index == cand.sent_index and not is_plural(c.trigger.text) and c.trigger.end < cand.trigger.start
                                                    and "(" not in cand.sentence_text[c.trigger.end_char - c.sent_start_char : cand.trigger.start_char - c.sent_start_char]
                                                    for c in draft.candidates):
            return False  # "signed an agreement on transit and a protocol on customs": two documents of one sentence
        parties = {actor_key(a) for a, _ in cand.participants}
        return bool(parties) and parties <= set(draft.participants)
    if cand.organizations and draft.organizations and not (set(cand.organizations) & set(draft.organizations)):
        return False
    persons = {actor_key(a)[1] for a, _ in cand.participants if a.kind == "person"}
    if cand.type == "Meeting" and len(persons) > 1 and persons == draft.persons and _chaired(cand.participants) != _chaired(draft.participants.values()):
        return False  # "the commissions, chaired by X and Y, will hold a meeting": a session of its own, not X and Y's talks
    if cand.type == "Meeting":
        if cand.organizations and not draft.organizations and len(draft.persons) >= 2 and not draft.persons <= persons:
            return False  # "his meeting with X" ... "to attend the CSTO Council's meeting": the body's session, not the talks
        if cand.anaphoric or (cand.trigger.value.anchor == "noun" and not persons):
            return cand.anaphoric
        if (cand.definite and not cand.name and cand.participants and not draft.participants
                and cand.sent_index - max(c.sent_index for c in draft.candidates) <= 1 and not _WITH.match(cand.sentence_text[cand.trigger.end_char - cand.sent_start_char :])):
            return True  # "the meeting was attended by X and Y" right after a meeting told with no sides (not "the meeting with X")
        countries = {actor_key(a) for a, _ in cand.participants if a.kind in ("country", "demonym")}
        if countries and not countries <= set(draft.participants):
            return False  # "met the prime ministers of A, B and C": a meeting each
        return bool(persons) and persons <= draft.persons
    if cand.type == "Visit":
        hosts = {actor_key(a) for a, r in cand.participants if r == "host" and a.kind == "country"}
        draft_hosts = {k for k, (_, r) in draft.participants.items() if r == "host" and k[0] == "country"}
        # "arrived in Tashkent for a visit": Uzbekistan hosts it
        if cand.place is not None and isinstance(cand.place.value, str):
            hosts.add(("country", cand.place.value))
        if draft.place is not None and isinstance(draft.place.value, str):
            draft_hosts.add(("country", draft.place.value))
        if hosts and draft_hosts and not hosts & draft_hosts:
            return False  # the legs of a tour
        if cand.place is not None and draft.place is not None and cand.place.id != draft.place.id:
            return False  # "three days in Tashkent" ... "a two-day visit to Samarkand": two legs in one country
        if not persons and draft.persons and a_delegation(cand):
            return False  # "X's visit" ... "a Qatari delegation is to visit Kazakhstan": another party's trip
        return not persons or not draft.persons or bool(persons & draft.persons)
    if cand.organizations and draft.organizations:
        return True
    if cand.anaphoric or cand.definite:
        return True
    return not cand.name and not cand.organizations and not draft.name and not draft.organizations


#: number words news writes counts and lengths with ("three agreements", "a two-day visit")
#: a number right before the noun, up to three words apart ("20 intergovernmental and interdepartmental documents"), with no number between
_COUNT = re.compile(r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?:(?!(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b))[\w-]+\s+){0,3}$", re.I)


#: a delegation told as new ("a Qatari delegation from ... is scheduled to", "a business delegation will")
_A_DELEGATION = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}delegations?\b(?![^,;]*\b(?:led|headed)\s+by\b)", re.I)


def _uncounted(c: Candidate) -> bool:
    """Documents told in the plural with no count, name or list ("several agreements", "memoranda")."""
    return c.document and is_plural(c.trigger.text) and count_of(c) is None and not c.name and c.list_intro is None


def a_delegation(c: Candidate) -> bool:
    """A visit told of a delegation introduced as new ("a Qatari delegation is scheduled to visit"):
    no trip of the person whose visit was told before."""
    return bool(_A_DELEGATION.search(c.lead_in))


def _chaired(participants: Iterable[tuple[Mention, str]]) -> bool:
    """Every person of the sides chairs: the session of a body, not the talks of its chairs."""
    roles = [r for a, r in participants if a.kind == "person"]
    return bool(roles) and all(r == "chair" for r in roles)


def is_meal(c: Candidate) -> bool:
    """A working dinner, lunch or luncheon: a meeting of its own (spec section 5)."""
    return (c.rule.id or "").startswith("meeting-dinner")


def count_of(c: Candidate) -> int | None:
    """The number a plural document noun is counted by ("nine cooperation agreements")."""
    if not c.trigger.text.lower().endswith("s"):
        return None
    m = _COUNT.search(c.lead_in)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


#: "the talks opened with a closed session", "began with a meeting in a narrow format": a session of what was told
_OPENED_WITH = re.compile(r"\s+(?:opened|began|started|kicked off)\s+with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:session|meeting|sitting)\b")


def merge(candidates: list[Candidate]) -> list[Draft]:
    """Group candidates into drafts, one per real-world event, in order of first mention.

    An anaphoric candidate ("the forum") with no draft of its type to refer to joins
    the most recent summit or forum draft when there is one, else it is dropped: a bare
    "the meeting" with no antecedent and no arguments is not an event.
    """
    drafts: list[Draft] = []
    for cand in candidates:
        recent = sorted(drafts, key=lambda d: d.last_start, reverse=True)
        if cand.type == "Event":
            # "the event", "the ceremony": the event just mentioned, whatever its type
            # ("will meet leaders at the event": not the meeting its own sentence reports)
            near = [
                d for d in recent
                if cand.sent_index - max(c.sent_index for c in d.candidates) <= 2
                and (not cand.attendance or d.type in ("Summit", "Forum") or (cand.companions and d.type == "Visit")
                     or (cand.heads and d.type == "Meeting") or (d.type == "Meeting" and bool(d.organizations) and not cand.companions
                         and all(a.kind == "country" for a, _ in cand.participants)))  # ("ministers of A, B and C take part in it")
                and (d.type in ("Summit", "Forum") or any(c.sent_index != cand.sent_index for c in d.candidates)
                     or not any(o.type in ("Summit", "Forum") for o in recent))
                and not (d.document and cand.trigger.text.lower().split()[-1] in ("session", "sitting", "gathering"))
                and (d.type != "Visit" or cand.companions)
            ]  # ("the session" is no signing; a trip is no "event" unless "accompanied by")
            frames = [d for d in recent if d.type in ("Summit", "Forum") and not d.first.distinct]
            if not near and len(frames) == 1 and not cand.attendance:
                near = frames  # "at the event", paragraphs later: the one summit or forum reported
            if near:
                if cand.companions and near[0].type == "Visit":  # "accompanied by X and Y": visitors too
                    # (not the host's people: "PM Khan, accompanied by his ministers, received the guest")
                    hosts = {k[1] for k, (_, r) in near[0].participants.items() if k[0] == "country" and r == "host"} | (
                        {near[0].place_country} if near[0].place_country else set())
                    cand = attrs.evolve(cand, participants=[(a, "visitor") for a, _ in cand.participants if a.kind == "person"
                                                            and not (isinstance(a.value, dict) and a.value.get("country") in hosts)])
                near[0].absorb(cand)
            continue
        target = next((d for d in recent if _refers_to(cand, d)), None)
        if target is None:
            target = _enclosing_summit(cand, drafts)
            if target is not None and cand.date is not None and _session(cand):
                cand = attrs.evolve(cand, date=None)  # the day of one of its sessions: not the summit's days
        if target is None and cand.type == "Meeting" and cand.definite and not cand.name and not cand.distinct:
            persons_after = [a for a, _ in cand.participants if a.kind == "person" and a.start > cand.trigger.start]
            opened = _OPENED_WITH.match(cand.sentence_text[cand.trigger.end_char - cand.sent_start_char :])
            if not persons_after or opened:  # "took part in the talks" right after a summit: the summit
                # ("The talks opened with a closed session that included X and Y": the summit's first session)
                target = next((d for d in recent if d.type in ("Summit", "Forum") and not d.first.distinct
                               and cand.sent_index - max(c.sent_index for c in d.candidates) <= 2), None)
        their = cand.type == "Meeting" and their_before(cand.lead_in) \
            and any(sum(k[0] == "person" for k in d.participants) >= 2 and 0 <= cand.sent_index - max(c.sent_index for c in d.candidates) <= 1 for d in recent)
        trip = next((d for d in recent if d.type == "Visit"), None) if cand.type == "Meeting" and cand.anaphoric and cand.trigger.text.lower() in ("talks", "negotiations") else None
        sides = [(a, "participant") for a, r in trip.participants.values() if r in ("visitor", "host")] if trip is not None else []
        host = (trip.place_country or (trip.place.value if trip.place is not None and isinstance(trip.place.value, str) else None)) if trip is not None else None
        if host and sides and not any(a.kind == "country" and a.id == host for a, _ in sides):
            t = trip.first.trigger  # the state visited, placed where the visit is told
            sides.append((Mention("country", t.start, t.end, t.start_char, t.end_char, t.text, host), "participant"))
        if target is None and len(sides) >= 2 and not any(d.type == "Meeting" for d in recent) and not (cand.date or cand.place or cand.place_country):
            # "The delegation of Uzbekistan visited Ashgabat ... Following the talks, ...": the visit's talks, between its visitor and host
            target = Draft(type=cand.type)
            drafts.append(target)
            cand = attrs.evolve(cand, participants=list(cand.participants) + sides)
        if target is None and cand.anaphoric and cand.type == "Forum" and not cand.name \
                and not any(d.type in ("Summit", "Forum") and not d.first.distinct for d in recent):
            # "to attend a conclave of the SCO defence ministers ... In his address at the conference on Wednesday": that session
            target = next((d for d in recent if d.type == "Meeting" and d.organizations and not d.first.distinct
                           and 0 <= cand.sent_index - max(c.sent_index for c in d.candidates) <= 2), None)
            if target is not None:
                cand = attrs.evolve(cand, type="Meeting")
        if target is None and (cand.anaphoric or cand.reference_only) and not their:  # ("Their talks ended with ...": the talks of the two just named)
            # ("the first summit between Japan and the five Central Asian states": named by its own sides, no reference)
            own_sides = cand.trigger.text.lower() in ("summit", "summits") and sum(
                a.start >= cand.trigger.end and a.kind in ("country", "demonym") for a, _ in cand.participants) >= 2
            if cand.anaphoric and not (cand.date or cand.place or cand.place_country or own_sides):
                # "the forum" with no forum before it: the summit or forum just mentioned
                target = next((d for d in recent if d.type in ("Summit", "Forum") and not d.first.distinct), None)
                if target is not None and cand.type in ("Summit", "Forum"):
                    target.candidates.append(cand)
                    target.take_people(cand)  # "Karzai, ... and Aliyev, the host of the conference": its people
                elif target is not None and any(a.kind == "person" for a, _ in cand.participants):
                    target.take_people(cand)  # "An informal meeting of the leaders ... The meeting was attended by X, Y": the summit's
                continue
            if cand.reference_only:
                continue
        if target is None:
            target = Draft(type=cand.type)
            drafts.append(target)
        target.absorb(cand)
    _legs_of_their_own(drafts)
    return drafts


def dated_with_its_tour(d: Draft, drafts: list[Draft]) -> bool:
    """A visit dated with the whole tour's days: a date mention another leg shares ("state visits
    to A, B and C from Monday through Saturday")."""
    return d.date is not None and any(o is not d and o.type == "Visit" and o.date is d.date for o in drafts)


def _legs_of_their_own(drafts: list[Draft]) -> None:
    """"State visits to A, B and C from Monday through Saturday ... a visit to A on Monday and Tuesday":
    a leg dated only with the whole tour takes the days told for it alone."""
    for d in drafts:
        if d.type != "Visit" or d.date is None or not (dated_with_its_tour(d, drafts) or _dated_as_a_trip(d)):
            continue  # (a trip dated only by a mention that refers back has no days to narrow)
        own = [c.date for c in d.candidates if c.date is not None and c.date is not d.date and _narrower_span(c.date, d.date)]
        if own:
            d.date = own[0]


def _dated_as_a_trip(d: Draft) -> bool:
    """"will visit two countries on 11-14 October ... A visit to A will take place on 11-12 October": the
    visit's date told only by a mention with no host or place, the whole trip's."""
    told = [c for c in d.candidates if c.date is d.date]
    return bool(told) and not any(c.place or c.place_country or any(r == "host" for _, r in c.participants) for c in told)


#: the formats of a summit's sessions ("a 10-member meeting", "the extended meeting", "a closed-door session")
_FORMAT = re.compile(
    r"\b(?:\d+-member|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-member|extended|expanded|enlarged|"
    r"narrow|narrow-format|closed-door|closed|restricted|plenary|full-format|limited-format)\s+(?:format\s+|attendance\s+|composition\s+)?$",
    re.I,
)


def _session(cand: Candidate) -> bool:
    """A meeting named by a summit session's format ("a 10-member meeting")."""
    at = cand.trigger.start_char - cand.sent_start_char
    return cand.type == "Meeting" and bool(_FORMAT.search(cand.sentence_text[max(0, at - 30) : at]))


def _enclosing_summit(cand: Candidate, drafts: list[Draft]) -> Draft | None:
    """A meeting that is the summit itself: "the leaders of A, B and C met" right after the
    summit is mentioned, or "the meeting of the <organization's> council" of that summit."""
    if cand.type != "Meeting" or cand.distinct:
        return None  # ("the next session": another one)
    at = cand.trigger.start_char - cand.sent_start_char  # (a verb's subject: "the Council of Foreign Ministers of the OTS will gather")
    if cand.name and _MINISTERIAL.search(cand.name) or _MINISTERIAL.search(cand.sentence_text[max(0, at - (60 if cand.rule.anchor == "verb" else 12)) : at]):
        return None  # "the CSTO Council of Foreign Ministers", "a joint ministerial meeting of the GCC" are not its summit
    summits = [d for d in drafts if d.type == "Summit" and not d.first.distinct]
    if not summits:
        return None
    last = summits[-1]
    kinds = {a.kind for a, _ in cand.participants}
    countries = [a for a, _ in cand.participants if a.kind == "country"]
    recent = cand.sent_index - max(c.sent_index for c in last.candidates) <= 2
    if recent and kinds == {"country"} and len(countries) >= 2 and not cand.name:
        return last
    persons = [a for a, _ in cand.participants if a.kind == "person"]
    if recent and not countries and (len(persons) <= 1 or len(persons) >= 3) and not cand.name and _session(cand):
        # "opened a 10-member meeting", "an extended meeting" right after the summit: its sessions (not two
        # leaders' talks in a narrow format, a meeting of their own)
        return last
    if cand.organizations:
        for d in reversed(summits):
            if set(cand.organizations) <= set(d.organizations) and "person" not in kinds:
                return d
    return None
