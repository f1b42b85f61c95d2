"""Which event each event happens inside: talks during a visit, a signing at a summit or
after talks, a forum on a visitor's trip. The records take the place and date of their
container where they have none of their own (spec section 5)."""

from __future__ import annotations

import re

from .assembly._arguments import TO_ATTEND
from .assembly._groups import group_signs
from .coreference import _states
from .merging import Draft, _dates_conflict

__all__ = ["containers", "event_tense"]

_CONTAINERS = ("Visit", "Summit", "Forum")
#: "On the sidelines, X met Y", "on its margins": the sidelines of the event just told, not named again
_SIDELINES = re.compile(r"\b(?:on|at) (?:the|its|their) (?:sidelines|margins|sideline)\b(?! of)", re.I)
#: "on the sidelines of the meeting of the Council": a frame told right before its event noun
_ON_SIDELINES = re.compile(r"\b(?:sidelines|sideline|margins)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}$", re.I)
#: how many sentences a readout of talks on one event's sidelines may run past the last talks it told
_CHAIN_GAP = 3
_TWO_SIDES = re.compile(r"\b(the two|both) (countries|sides|nations|states|governments|parties)\b", re.I)


def event_tense(draft: Draft) -> str | None:
    """The tense an event is told in: its first mention's, or "ongoing" when one of its
    first two mentions says it has begun."""
    tenses = [c.tense for c in draft.candidates if c.tense]
    if "ongoing" in tenses[:2]:
        return "ongoing"
    return tenses[0] if tenses else None


_BODY_OUTCOME = re.compile(r"\b(?:results? of|outcomes? of|following|upshot of)\s+(?:the\s+)?(?:work|activities)\s+of\s+the\s+[^,.;]{3,80},\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_OUTCOME_OF = re.compile(r"\b(?:results? of|outcomes? of|following|after|end of|upshot of)(?: the| this| that| these| their| his| her| its)?(?: [\w-]+){0,2}\s*$", re.I)


def _told_from(d: Draft) -> int:
    """Where the story first tells an event: its first mention after the headline, when the
    headline names it too ("TALKS HELD IN ISLAMABAD" over "a delegation visited Pakistan ...
    and was received by the President")."""
    c = d.first
    if c.sent_index == 0 and not c.sentence_text.rstrip().endswith((".", "!", "?", '"')):
        return min((x.trigger.start for x in d.candidates if x.sent_index > 0), default=c.trigger.start)
    return c.trigger.start


def _background(d: Draft, other: Draft) -> bool:
    """"The two countries signed a treaty in 1997": a month or year of its own, where the talks
    it follows have none, dates another occasion."""
    return d.date is not None and other.date is None and getattr(d.date.value, "granularity", None) in ("year", "month")


def _made_for(between: str) -> bool:
    """A visit made for the event told right after it: "a visit to Baku on May 4 to attend the summit"."""
    m = TO_ATTEND.search(between.lower())
    return m is not None and len(between[m.end() :].split()) <= 4


def _other_year(a: Draft, b: Draft) -> bool:
    """Whether two events are dated in different years ("In August 2008, X paid a visit ... In September
    this year, X met Y in New York": no talks of that visit)."""
    if a.date is None or b.date is None:
        return False
    va, vb = a.date.value, b.date.value
    if None in (va.start, vb.start):
        return False
    return (va.end or va.start).year < vb.start.year or (vb.end or vb.start).year < va.start.year


def _visitor_states(visit: Draft) -> set[str]:
    """The states of a visit's visitors (countries, or persons' countries)."""
    out = set()
    for key, (actor, role) in visit.participants.items():
        if role != "visitor":
            continue
        if key[0] == "country":
            out.add(key[1])
        elif key[0] == "person" and isinstance(actor.value, dict) and actor.value.get("country"):
            out.add(actor.value["country"])
    return out


def _signed_by_others(d: Draft, visit: Draft) -> bool:
    """A document between states none of which is the visitor's ("China recently signed a similar
    deal with Kazakhstan", told in a story of a Turkmen leader's visit to China): not signed on it;
    nor at a signing between other states."""
    states = _states(d)
    if d.document and visit.document:  # ("... signed an energy deal. China recently signed a similar deal with Kazakhstan")
        others = _states(visit)
        return len(states) >= 2 and len(others) >= 2 and not states <= others
    visitors = _visitor_states(visit) if visit.type == "Visit" else set()
    return bool(d.document) and len(states) >= 2 and bool(visitors) and not visitors & states


def containers(drafts: list[Draft]) -> dict[int, Draft]:
    """For each draft, the event it happens inside: one sharing a sentence with it, or,
    for a meeting, the last visit mentioned before it."""
    out: dict[int, Draft] = {}
    chain: tuple[Draft, set[tuple[str, str]], int] | None = None  # the frame of the last talks told on its sidelines
    for i, d in enumerate(drafts):
        if d.type in ("Summit", "Forum"):
            if d.date is None and not d.first.distinct:
                sents = {c.sent_index for c in d.candidates}
                # "will pay a visit to Baku on October 14-15 to attend the Summit": the summit the visit is for
                told = [o for o in drafts if o.type == "Visit" and o.date is not None and any(
                    c.sent_index == x.sent_index and c.trigger.end_char <= x.trigger.start_char
                    and _made_for(c.sentence_text[c.trigger.end_char - c.sent_start_char : x.trigger.start_char - c.sent_start_char])
                    for c in o.candidates for x in d.candidates)]
                # "The visit programme includes a session of the Supreme Council", "will hold a summit during his
                # visit to Kazakhstan": during the visit
                told += [o for o in drafts if o.type == "Visit" and any(c.contains and c.sent_index in sents for c in o.candidates)]
                if told:
                    out[i] = told[0]
                    continue
            if d.date is None and d.place is None and d.place_country is None and not d.first.distinct:
                # "During the visit ... X will also take part in the Business Forum": the visitor's forum, on his trip
                persons = {k for k in d.participants if k[0] == "person"}
                trips = [o for o in drafts if o.type == "Visit" and o.first.trigger.start < d.first.trigger.start
                         and persons & {k for k, (_, r) in o.participants.items() if r == "visitor"}
                         and {event_tense(o), event_tense(d)} != {"planned", "past"}]
                if trips:
                    out[i] = trips[-1]
            if i not in out and d.place is None and d.place_country is None and not d.first.distinct:
                # "a business forum takes place on the sidelines of the Council's session": at that session
                sents = {c.sent_index for c in d.candidates}
                frames = [o for o in drafts if o is not d and o.type in ("Summit", "Forum", "Meeting") and not o.document
                          and any(c.framed and c.sent_index in sents and _ON_SIDELINES.search(c.lead_in)
                                  for c in o.candidates)]
                if frames:
                    out[i] = frames[0]
            continue
        sents = {c.sent_index for c in d.candidates}
        start = d.first.trigger.start
        if d.document and d.antecedent is not None and d.antecedent in drafts and d.antecedent.type in ("Meeting", "Visit", "Summit", "Forum") \
                and not _dates_conflict(d.date, d.antecedent.date) and not _background(d, d.antecedent):
            out[i] = d.antecedent  # "the two leaders signed": at the talks where they were named
            continue
        for other in drafts:
            if other is d or not sents & {c.sent_index for c in other.candidates if c.contains}:
                continue
            own = {c.trigger.start for c in d.candidates}  # (a list's items share one frame: none contains another)
            framing = any(c.contains and c.sent_index in sents and c.trigger.start not in own for c in other.candidates)
            if (other.type in _CONTAINERS and other.type != d.type) or (other.type == "Meeting" and d.type == "Meeting" and framing):
                out[i] = other  # "during the visit", "on the sidelines of the ministers' meeting, X held talks with Y"
                break
        if i not in out and d.document:
            # "As a result of the political consultations, a protocol was signed": at those talks
            outcome = next((o for o in drafts if o.type in ("Meeting", "Visit", "Forum") and any(
                c.sent_index in sents and _OUTCOME_OF.search(c.lead_in)
                for c in o.candidates)), None)
            if outcome is not None:
                out[i] = outcome
                continue
            c = d.first
            body = _BODY_OUTCOME.search(c.lead_in)
            sessions = [o for o in drafts if o.type in ("Meeting", "Summit") and not o.document and o.last_start < start]
            if body is not None and sessions:
                # "Following the Intergovernmental Commission's work, the protocol was signed":
                # at the commission's session just reported, which is no party
                out[i] = ([o for o in sessions if o.date is not None] or sessions)[-1]
                at = c.sent_start_char + body.start()
                for key in [k for k, (a, r) in d.participants.items() if a.kind == "organization" and at <= a.start_char < c.trigger.start_char]:
                    del d.participants[key]
                continue
        if i not in out and d.document and not any(k[0] == "person" for k in d.participants) and group_signs(d.first.sentence_text):
            # "The leaders signed a joint statement": the people of the talks just reported
            # ("the leaders of the three states signed" after "the meeting of the presidents of A, B and C": its states)
            earlier = [o for o in drafts if not o.document and o.last_start < start and not _background(d, o) and (
                any(k[0] == "person" for k in o.participants) or sum(k[0] == "country" for k in o.participants) >= 2)]
            if earlier:
                out[i] = earlier[-1]
                persons = any(k[0] == "person" for k in earlier[-1].participants)
                for key, (actor, role) in earlier[-1].participants.items():
                    if key[0] == "person":
                        d.participants.setdefault(key, (actor, "signatory"))
                    elif key[0] == "country" and not persons:
                        d.participants.setdefault(key, (actor, "party"))
        if i not in out and d.type == "Meeting" and d.place is None and d.place_country is None:
            persons = {k for k in d.participants if k[0] == "person"}
            # "X is to address the summit and hold talks with Y": talks at the summit X attends
            frames = [o for o in drafts if o.type in ("Summit", "Forum") and not o.first.distinct
                      and sents & {c.sent_index for c in o.candidates} and persons & set(o.participants)] if d.date is None else []
            if frames:
                out[i] = frames[0]
                continue
            # "X held talks on the sidelines of the UN General Assembly session. X discussed ... with A, B and C":
            # the talks told next are on the same sidelines
            first = min(sents)
            frames = [o for o in drafts if (o.type in ("Summit", "Forum") or (o.type == "Meeting" and o.organizations)) and o is not d
                      and not o.first.distinct and any(c.contains and 0 < first - c.sent_index <= 1 for c in o.candidates)]
            framed = {c.sent_index for o in frames for c in o.candidates if c.contains}
            there = {k for o in drafts for c in o.candidates if c.sent_index in framed for k in (("person", a.id) for a, _ in c.participants if a.kind == "person")}
            frames = frames if persons & there else []
            subject = persons & there
            if not frames and chain is not None and persons & chain[1] and 0 < first - chain[2] <= _CHAIN_GAP and not any(
                    (o.date is not None or o.place is not None) and event_tense(o) != "planned"
                    and any(chain[2] < c.sent_index < first for c in o.candidates) for o in drafts):
                # "... with A, B and C. ... X also discussed ... with D": the readout of the same person's talks
                # goes on, on the same sidelines, with no other dated or placed event told between
                frames, subject = [chain[0]], chain[1]
            if frames:
                out[i] = frames[-1]
                chain = (frames[-1], subject, max(sents) if chain is None or chain[0] is not frames[-1] else max(chain[2], *sents))
                continue
        if i not in out and d.type == "Meeting" and _SIDELINES.search(d.first.lead_in):
            # "... met in Bishkek for their annual meeting. On the sidelines, X held talks with Y": the sidelines of the event just told
            frames = [o for o in drafts if o is not d and not o.document and o.type in ("Summit", "Forum", "Meeting")
                      and not o.first.distinct and o.last_start < start]
            if frames:
                out[i] = max(frames, key=lambda o: o.last_start)
                continue
        if i not in out and d.type in ("Meeting", "MemorandumSigned", "AgreementSigned"):
            visits = [o for o in drafts if o.type == "Visit" and (o.first.trigger.start < _told_from(d) or sents & {c.sent_index for c in o.candidates})
                      and not (((o.any_distinct and event_tense(o) == "planned") or any(c.upcoming for c in o.candidates))
                               and event_tense(d) not in ("planned", None))  # (talks held are not "during X's upcoming visit")
                      and not (_background(o, d) and any(c.sent_index in sents and _OUTCOME_OF.search(c.lead_in)
                                                         for c in o.candidates))]  # ("discussed ... following his visit to X in May": after it, not during)
            states = _states(d)
            visits = [o for o in visits if not _signed_by_others(d, o) and not _other_year(o, d)]
            # on a tour, the leg in the state of the people met ("talks with President Karimov")
            own = [o for o in visits if states & {k[1] for k, (_, r) in o.participants.items() if k[0] == "country" and r == "host"}]
            # (the trip of one of its people: "X will meet Y to prepare for Z's visit" is on X's trip, not Z's)
            theirs = [o for o in own or visits if set(d.participants) & {k for k, (_, r) in o.participants.items() if r == "visitor"}]
            if own or visits:
                out[i] = (theirs or own or visits)[-1]
        if i not in out and d.type == "Meeting":
            # "Rahmon received Hakala ... The EU envoy is in Dushanbe on a visit": the visitor's talks
            for other in drafts:
                visitors = {k for k, (_, role) in other.participants.items() if role == "visitor" and k[0] == "person"}
                # not a visit only promised after talks told as done ("X promised to visit Mongolia")
                promised = event_tense(other) == "planned" and event_tense(d) != "planned" and other.first.trigger.start > start
                if other.type == "Visit" and visitors & set(d.participants) and not promised:
                    out[i] = other
                    break
        if i not in out and d.type == "Meeting":
            # "signed ... following talks": the talks share the signing's place and day
            signings = [o for o in drafts if o.document and sents & {c.sent_index for c in o.candidates}]
            if signings:
                out[i] = signings[0]
        if i not in out and d.document and d.place is None and d.place_country is None:
            # "The two countries also signed two memoranda": the signing just before, in its place
            earlier = [o for o in drafts if o.document and o is not d and o.last_start < start
                       and d.first.sent_index - max(c.sent_index for c in o.candidates) <= 1 and not _signed_by_others(d, o)]
            if earlier:
                out[i] = earlier[-1]
                if not any(k[0] == "country" for k in d.participants) and _TWO_SIDES.search(d.first.sentence_text):
                    for key, (actor, role) in earlier[-1].participants.items():
                        if role == "party" and key[0] == "country":  # the two countries, not the agencies that signed
                            d.participants.setdefault(key, (actor, "party"))
        if i not in out and d.document and d.place is None and d.place_country is None:
            # "a package of documents was signed following the session": the summit just reported
            frames = [o for o in drafts if o.type in _CONTAINERS and o.first.trigger.start < d.last_start and not o.first.distinct
                      and not _signed_by_others(d, o)]
            if frames:
                out[i] = frames[-1]
                continue
            # "X and Y held talks in Ashgabat on Friday. An agreement on trade was signed.": signed at
            # the talks just told, in the sentence before, with no other event between
            first = d.first.sent_index
            talks = [o for o in drafts if o.type == "Meeting" and not o.first.distinct and len(_states(o)) >= 2
                     and any(0 < first - c.sent_index <= 1 for c in o.candidates)]
            between = [o for o in drafts if not o.document and o not in talks and any(0 < first - c.sent_index <= 1 for c in o.candidates)]
            if len(talks) == 1 and not between:
                out[i] = talks[0]
    return out
