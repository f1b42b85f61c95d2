"""Stage 2: :func:`assemble`, a :class:`Candidate` per trigger that reports an event."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention, Mentions
from ._actors import people_of, sent_by
from ._arguments import TO_ATTEND, _attach_arguments
from ._groups import persons_group_ends, region_people_before
from ._candidate import DISCUSSION_RULES, Candidate, _dateline_range, _Index, _Sent, _sentences, _title_tokens_of, _window
from ._arrivals import leg_of_arrival, visit_of_arrival
from ._types import leaders_session
from ._context import came_from, visits_a_sight
from ._names import _expand_name, _name_and_edition, edition_of
from ._roles import _SPEECH, attributive_visit
from ._separate import separately, tour_dates
from ._series import documents_about_documents, elided_documents, elided_editions, series_items
from ._lists import THESE_ARE, _items_of_signing, list_intro
from ._tense import _filtered, _is_generic, _tense

__all__ = ["assemble"]


#: the determiner and modifiers between a frame's words and the event noun ("during the latter's two-day state")
_FRAME_TAIL = r"( the| this| that| his| her| their| the (?:latter|former) 's|(?: the)? [a-z-]+ 's)?( state| official| working| [a-z]+-day| recent| first| annual| regular){0,2}$"

_FRAME = re.compile(
    r"((?:sidelines|margins?) of(?: an?)?|decisions? of|outcomes? of|results? of|eve of|ahead of|"
    r"\bat|\bduring|\balongside|part of|day of|days of|end of|opening of|following|\bafter|\bbefore|\bonce|prior to|preparations? for|within|framework of|run-up to)"
    + _FRAME_TAIL
)

_CONTAINS = re.compile(r"((?:sidelines|margins?) of(?: an?)?|\bat|\bduring|\balongside|part of|day of|days of|end of|within|framework of|course of)" + _FRAME_TAIL)
#: "the visit programme includes X": what the programme lists happens during the visit
_PROGRAMME_AFTER = re.compile(r"(?:'s)?\s*program(?:me)?\s+(?:also\s+)?(?:includes|included|will include|envisages|provides for)\b", re.I)

_BODY = re.compile(r"\b(committee|commission|council|board|working group|subcommittee|general assembly)$", re.I)

#: a body's name, with what it is of or on ("the CIS Council of Foreign Ministers", "the X Commission on Trade")
_BODY_NAMED = re.compile(r"\b(?:committee|commission|council|board|working group|subcommittee|general assembly)(?:\s+(?:of|on|for)\s.*)?$", re.I)

_BODY_HELD = re.compile(
    r"(?:The\s+)?((?:[A-Z][\w-]*\s+)+(?:Committee|Commission|Council|Board|Working Group))\s+(?:held|holds|will hold|is holding)\s+(?:a|an|its)(?:\s+\w+)?\s*$"
)

_DISTINCT = re.compile(r"\b(?:(?:next|upcoming|forthcoming|future|previous|last|past)(?: (?:commission|council|committee|joint|state|official|working))?"
                       r"|(?:first|second|third)(?: (?:commission|council|committee|joint))?)$")  # ("the last state visit", not "the first official visit")
_UPCOMING = re.compile(r"\b(upcoming|forthcoming)$")
#: "China recently signed a similar energy deal with Kazakhstan", "are to sign a number of other agreements":
#: another event of the kind just told
_SIMILAR = re.compile(r"\b(?:(?:a|an|another) similar(?: [\w-]+){0,3}|(?:of|many|several|some|two|three|four|five) other)$")

#: after a definite event noun: more people of the event told before ("the meeting was also attended by X")
_ATTENDED_BY = re.compile(r"(?:was|were|had been) (?:also )?(?:attended|joined) by\b")
#: a past participle of an outcome before the event noun: "the consensus reached at the Bishkek summit"
_REACHED_AT = re.compile(r"\b(?:reached|agreed|adopted|achieved|taken|made|signed|concluded) (?:at|during) the$")
#: after "the Council's": its session, the event itself ("the Supreme Council's regular meeting")
_SESSION_NOUNS = frozenset(["meeting", "session", "sitting", "summit"])
# a trigger noun used as a modifier ("the summit platform") or a possessive ("the forum's")
_MODIFIED = frozenset([
    "'s", "’s", "platform", "platforms", "format", "formats", "mechanism", "process", "member", "members",
    "countries", "states", "nations", "framework", "secretariat", "organizer", "organizers", "agenda",
    "participants", "chairmanship", "venue", "hall", "host", "hosts", "season", "diplomacy", "site",
])


def assemble(doc: Doc, mentions: Mentions) -> list[Candidate]:
    """Candidate events of a Doc, one per surviving trigger, in text order."""
    dw = doc_words(doc)
    sents = _sentences(doc)
    sent_at = {sent.start: si for si, sent in enumerate(sents)}  # sentences of whitespace alone are left out
    dateline = _dateline_range(mentions)
    triggers_by_sent: dict[int, list[Mention]] = {}
    for trig in mentions.triggers:
        triggers_by_sent.setdefault(sent_at.get(dw.sent_start[trig.start], 0), []).append(trig)
    quoted = _quoted_tokens(doc)
    index = _Index.of(mentions)
    trigger_starts = {t.start for t in mentions.triggers}
    candidates: list[Candidate] = []
    attendance = _attendance_candidates(doc, sents, triggers_by_sent, mentions, quoted)
    boilerplate = _boilerplate(doc, sents)
    for si, trigs in sorted(list(triggers_by_sent.items()) + [(si, []) for si in attendance]):
        if si in boilerplate:
            continue
        if not trigs:
            candidates.append(attendance[si])
            continue
        sent = sents[si]
        sent_cands: list[Candidate] = []
        listed: list[Candidate] = []  # "the previous summits were held in A in 2002 and B in 2007"
        for trig in trigs:
            if dateline[0] <= trig.start_char < dateline[1]:
                continue
            if _filtered(doc, sent, trig, mentions):
                continue
            rule = trig.value
            p_start, p_end = (trig.start, trig.end)
            name, edition, orgs = None, None, []
            if rule.name:  # an organization that is an event: its name is the event's
                name = rule.name
                edition = next((edition_of(t) for t in dw.text[max(sent.start, trig.start - 2) : trig.start] if edition_of(t)), None)
            elif rule.anchor == "noun":
                p_start, p_end = _expand_name(doc, trig, mentions, sent, trigger_starts, index)
                name, edition, orgs = _name_and_edition(doc, trig, p_start, p_end, mentions)
            session_of = _SESSION_OF.search(" ".join(dw.lower[max(sent.start, trig.start - 5) : trig.start]))
            if rule.type == "Summit" and rule.id not in ("summit-noun", None) and session_of and _title_cased(trig.text):
                # "the 7th meeting of the Supreme Interstate Council": a session the council names
                name = name or trig.text
                edition = edition or next((edition_of(t) for t in dw.text[max(sent.start, trig.start - 5) : trig.start] if edition_of(t)), None)
            items = series_items(doc, sent, trig, mentions, si, candidates)
            if items:
                listed.extend(items)
                continue
            if _is_generic(doc, sent, trig, name):
                continue
            body = _BODY.search(dw.span_text(p_start, p_end))
            if rule.id == "meeting-session-of" and orgs and body and (name is None or not _BODY_NAMED.search(name)):
                name = f"{orgs[0]} {body.group(1).title()}"  # "the 77th session of the United Nations (UN) General Assembly"
            elif rule.id == "meeting-session-of" and name is None and p_end - trig.end >= 2 and dw.text[trig.end][:1].isupper() \
                    and _BODY_NAMED.search(dw.span_text(trig.end, p_end)):
                name = dw.span_text(trig.end, p_end)  # "a session of the CIS Council of Foreign Ministers", "of the X Commission on Trade"
            joint_body = _JOINT_BODY.match(dw.span_text(trig.end, min(sent.end, trig.end + 8)))  # "of the Kyrgyz-Uzbek intergovernmental commission"
            if rule.id == "meeting-session-of" and not (name and _BODY_NAMED.search(name)) and not joint_body:
                continue  # "the plenary session of the forum", "the session of the committee"
            if name is None and rule.type == "Meeting" and rule.anchor == "noun":
                body = _BODY_HELD.search(dw.span_text(sent.start, trig.start))
                if body:  # "The CICA Senior Officials Committee held a meeting": the body names it
                    name = body.group(1)
                    orgs = [m.id for m in mentions.actors if m.kind == "organization" and m.id
                            and sent.start_char + body.start(1) <= m.start_char < sent.start_char + body.end(1)]
            # ("during the two-day state visit": the hyphen is a token of its own)
            lead = _owners_start(dw, sent, p_start, mentions)
            before = " ".join(_window(doc, max(sent.start, lead - 7), lead)).replace(" - ", "-")
            nxt = dw.lower[trig.end] if trig.end < len(doc) else ""
            if nxt in ("'s", "’s") and _SESSION_NOUNS & set(dw.lower[trig.end + 1 : min(sent.end, trig.end + 4)]):
                nxt = ""  # "the Supreme Council's regular meeting": the council's session is the event itself
            plural = rule.anchor == "noun" and trig.text.lower() in lexicon()["plural_event_nouns"]
            ministerial = rule.type == "Summit" and trig.text.lower() in ("summit", "summits") and (
                dw.lower[max(sent.start, trig.start - 2) : trig.start].count("ministerial")
                or _OF_MINISTERS.match(dw.span_text(trig.end, min(sent.end, trig.end + 8)).strip().lower()))
            if not orgs:  # "the summit of the organization's foreign ministers": the organization just named
                orgs = _organization_referred(dw, mentions, p_start, min(sent.end, p_end + 6))
            cand = Candidate(
                type="Meeting" if ministerial else rule.type,  # "a summit between ministers", "a ministerial summit": ministers meet (spec section 2)
                trigger=trig,
                sent_index=si,
                sent_start_char=sent.start_char,
                sent_end_char=sent.end_char,
                phrase_start=p_start,
                phrase_end=p_end,
                name=name,
                edition=edition,
                organizations=orgs,
                tense="past" if _REACHED_AT.search(before) and rule.anchor == "noun" else _tense(doc, sent, trig, p_end),
                framed=bool(_FRAME.search(before)),
                contains=bool(_CONTAINS.search(before)) or (rule.type == "Visit" and bool(_PROGRAMME_AFTER.match(dw.span_text(trig.end, min(sent.end, trig.end + 6))))),
                distinct=bool(_DISTINCT.search(before) or _SIMILAR.search(before)) or rule.id == "meeting-next-session",
                upcoming=bool(_UPCOMING.search(before)),
                reference_only=rule.anchor == "noun" and (nxt in _MODIFIED or (name is None and plural and not orgs and rule.type != "Visit")
                                                          or _organized(doc, sent, p_start)),
                document=rule.document,
                evidence=[(sent.start_char, sent.end_char)],
                sentence_text=dw.span_text(sent.start, sent.end),
            )
            sent_cands.append(cand)
        for cand in sent_cands:
            if cand.edition and cand.name is None and cand.type not in ("Summit", "Forum"):
                cand.edition = None  # "his second trip to Russia" is no edition
        sent_cands = _drop_nested(doc, sent_cands)
        _attach_arguments(doc, sent, sent_cands, mentions, quoted, index)
        came_from(dw, sent, sent_cands, mentions)
        for cand in sent_cands:
            leaders_session(dw, sent, cand, mentions, index.titles)
        items = _items_of_signing(dw, sent, lexicon())
        for cand in sent_cands:
            _city_hosts(dw, cand)
            if items and cand.document:
                cand.place, cand.place_country = None, None  # "They include agreements on a road in Samarkand": a topic's place
        kinds = lexicon()["generic_event_adjectives"]
        for cand in sent_cands:
            k = cand.phrase_start - 1  # ("the ministerial meeting", "the bilateral talks": the determiner before the kind)
            while k > sent.start and dw.lower[k] in kinds:
                k -= 1
            if k - 3 >= sent.start and dw.lower[k] in ("day", "days", "hour", "week") and dw.lower[k - 1] == "-":
                k -= 3  # ("the three-day visit": its length told between)
                while k > sent.start and dw.lower[k] in kinds:
                    k -= 1
            if k - 2 >= sent.start and dw.lower[k - 1 : k + 1] == ["holding", "of"]:
                k -= 2  # "hailed the holding of political consultations": the consultations told
            prev = dw.lower[k] if k >= sent.start else ""
            persons = [a for a, _ in cand.participants if a.kind == "person" and a.start > cand.trigger.start]
            # "today's meeting will give momentum": the day's meeting already told, and what is said of it is no tense of its own
            of_the_day = prev in ("'s", "’s") and cand.phrase_start - 2 >= sent.start and dw.lower[cand.phrase_start - 2] in _DAYS
            if of_the_day and cand.rule.anchor == "noun":
                cand.tense = None
            cand.definite = (
                cand.rule.anchor == "noun" and cand.name is None and not cand.organizations
                and (prev in lexicon()["anaphor_words"] or of_the_day)
                and not (cand.type == "Meeting" and cand.rule.type == "Summit")  # ("the summit of the foreign ministers": told by whose it is)
            )
            # ("the meeting was also attended by X and Y": the meeting told before, with more people)
            after = dw.lower[cand.trigger.end] if cand.trigger.end < len(doc) else ""
            # ("the talks between Turkmenistan and Tajikistan": told whole by their sides, no reference back)
            between = cand.type == "Meeting" and after == "between" and len([a for a, _ in cand.participants if a.start > cand.trigger.start and a.kind in ("country", "demonym")]) >= 2
            # ("the Central Asian leaders' meeting": told whole by the region's people)
            grouped = region_people_before(cand)
            between = between or grouped
            attending = dw.lower[max(sent.start, cand.phrase_start - 2) : cand.phrase_start][:1] in (["attending"], ["joining"])  # "Also attending the meeting were X, Y"
            cand.anaphoric = cand.definite and not between and (
                not persons or cand.type == "Meeting" and (attending or bool(_ATTENDED_BY.match(dw.span_text(cand.trigger.end, min(sent.end, cand.trigger.end + 5)).lower()))))
            if cand.anaphoric and cand.document and after in ("of", "on") and set(dw.lower[max(sent.start, cand.phrase_start - 4) : cand.phrase_start]) & lexicon()["sign_words"]:
                cand.anaphoric = False  # "ended with the signing of the Protocol of the session": a document told, not referred to
            sides_after = persons or (after == "with" and [a for a, _ in cand.participants if a.kind in ("country", "demonym") and a.start > cand.trigger.start])
            lead_in = cand.lead_in
            grouped = grouped or (cand.type == "Meeting" and lead_in.split()[-1:] in (["held"], ["hold"], ["holds"]) and persons_group_ends(lead_in))  # ("the leaders of the two countries held meetings")
            if cand.reference_only and (sides_after or grouped) and not cand.anaphoric and after not in _MODIFIED and not _organized(doc, sent, cand.phrase_start):
                cand.reference_only = False  # "the meetings with A and B", "held meetings with the ministers of A, B and C", "with the Tajik leadership"
        intro = list_intro(dw.string, sent.start_char, lexicon()["sign_words"]) if any(c.document for c in sent_cands) else None
        if intro is None and items and THESE_ARE.match(dw.span_text(sent.start, sent.end)):
            intro = dw.chars(dw.sent_start[sent.start - 1], sent.start)[0]  # "18 documents were signed. These are A and B": its documents
        for cand in sent_cands:
            if cand.document:
                cand.list_intro = intro
                cand.anaphoric = cand.anaphoric and intro is None  # ("- the Plan for X": an item named, not a reference)
            if cand.document and (_signing_as_subject(doc, sent, cand) or (_signed_told(dw, sent, cand) and any(c.document for c in candidates))):
                cand.reference_only = True  # "The signing of the deal will boost trade", "the newly signed deals cover ...": said of a signing
        head = min((c.trigger.start for c in sent_cands if c.document), default=None)
        if intro is not None and head is not None:  # an item of the list: event nouns after its document are its topic ("- Memorandum
            for cand in sent_cands:  # on a joint fair", "- Minutes of the meeting of X"): they join, never start
                # (a leaders' council named there is the session just held: coreference merges it by its name)
                cand.reference_only = cand.reference_only or (not cand.document and cand.type != "Summit" and cand.trigger.start > head)
        visit_of_arrival(dw, sents, si, sent_cands, candidates, mentions)
        leg_of_arrival(dw, sent, sent_cands, mentions)
        sent_cands = _fold_into_summit(documents_about_documents(dw, sent_cands))
        sent_cands = separately(doc, sent_cands, mentions)
        sent_cands = _discussed_at(dw, sent, sent_cands)
        tour_dates(sent_cands)
        for cand in list(sent_cands):  # "... and the second in Tehran in 2007": the editions told without the noun
            listed.extend(elided_editions(doc, sent, cand, mentions) + elided_documents(doc, sent, cand))  # ("and another on visas")
        # ("during his visit, he held talks": talks of their own; "met with visiting President X": the talks are the news)
        visits = [c for c in sent_cands if c.type == "Visit" and not c.contains and not attributive_visit(doc, c)]
        for cand in sent_cands:
            if cand.type == "Meeting" and visits and cand.name is None:
                persons = {a.id for a, _ in cand.participants if a.kind == "person"}
                visitors = {a.id for v in visits for a, _ in v.participants if a.kind == "person"}
                said_of_both = not persons and persons_group_ends(cand.lead_in)
                attended = TO_ATTEND.search(" ".join(dw.lower[max(sent.start, cand.phrase_start - 4) : cand.phrase_start]))  # ("a visit to attend a conclave of X")
                # ("hold meetings with the leaders of A, B, C and D": the states listed, each a meeting of its own (split above))
                several = sum(o.type == "Meeting" and o.trigger.start == cand.trigger.start for o in sent_cands) >= 2 \
                    or len({a.id for a, _ in cand.participants if a.kind in ("country", "demonym") and a.start > cand.trigger.start}) >= 2
                if persons <= visitors and not said_of_both and not region_people_before(cand) and not attended and not several:  # ("during the visit, the two presidents will hold talks": theirs)
                    cand.reference_only = True  # "paid a visit to X, where he met with the leadership"
        candidates.extend(sent_cands + listed)
    return candidates


#: the nouns that refer back to an organization ("the organization's", "the bloc's")
_ORGANIZATION_NOUNS = frozenset(["organization", "organisation", "bloc", "alliance", "grouping"])


def _organization_referred(dw: Any, mentions: Mentions, start: int, end: int) -> list[str]:
    """"The summit of the organization's foreign ministers", "the bloc's meeting": the organization
    named last before, in the sentence or the two before it (none if the text has named none)."""
    at = next((k for k in range(max(1, start - 2), end - 1) if dw.lower[k] in _ORGANIZATION_NOUNS
               and dw.lower[k - 1] in ("the", "this") and dw.lower[k + 1] in ("'s", "’s")), None)
    if at is None:
        return []
    floor = dw.sent_start[at]
    for _ in range(2):  # (back to the start of the sentence before, twice)
        floor = dw.sent_start[floor - 1] if floor > 0 else 0
    named = [m for m in mentions.starting("actors", floor, at) if m.kind == "organization" and m.id
             and not (isinstance(m.value, dict) and m.value.get("unknown"))]
    return [named[-1].id] if named else []


#: "a summit of ministers", "of the organization's foreign ministers", "between SCO defence ministers": ministers meet (not prime ministers)
_OF_MINISTERS = re.compile(r"(?:of|between|among)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?<!prime )ministers\b")


def _owners_start(dw: Any, sent: _Sent, start: int, mentions: Mentions) -> int:
    """Where an event noun's phrase begins with the organization or state it is of ("on the margins of a
    Shanghai Cooperation Organisation (SCO) conclave", "of the SCO foreign ministers' meeting"): the
    words before them frame the event."""
    actors = mentions.starting("actors", sent.start, start)
    ends = {m.end: m for m in actors if m.kind in ("organization", "country", "demonym")}
    ends.update({k: m for m in actors if (k := people_of(dw, m)) > m.end})  # ("the SCO foreign ministers' meeting")
    while True:
        if start in ends:
            start = ends[start].start
        elif dw.text[start - 1] == ")" and start - 1 in ends and dw.text[ends[start - 1].start - 1] == "(":
            start = ends[start - 1].start - 1  # ("... Organisation (SCO)")
        else:
            return start


#: a body of two states told by their compound ("the Kyrgyz-Uzbek intergovernmental commission"), capitalised or not
_JOINT_BODY = re.compile(r"^\s*(?:the\s+)?[A-Z]\w+\s*[-–]\s*[A-Z]\w+\s+(?:[\w-]+\s+){0,2}(?i:commission|committee|council)\b")


_HOST_VERBS = frozenset(["host", "hosts", "hosted", "hosting"])


def _discussed_at(dw: Any, sent: _Sent, cands: list[Candidate]) -> list[Candidate]:
    """"The presidents discussed their relations at the summit": what they did at it, no meeting of
    its own; they take part in the summit. (Not "X discussed trade with Y at the summit": their talks.)"""
    out = []
    for c in cands:
        at = None if c.rule.id not in DISCUSSION_RULES else next((
            o for o in cands if o.type in ("Summit", "Forum") and o.trigger.start > c.trigger.end
            and dw.lower[max(sent.start, o.phrase_start - 2) : o.phrase_start] == ["at", "the"]), None)
        if at is not None and "with" not in dw.lower[c.trigger.end : at.phrase_start]:
            at.participants.extend((a, "participant") for a, _ in c.participants if (a, "participant") not in at.participants)
            continue
        out.append(c)
    return out


def _city_hosts(dw: Any, cand: Candidate) -> None:
    """"The Russian city of Sochi hosted the forum", "a conference hosted in Istanbul": the state of
    the city that hosts an event is its host."""
    place = cand.place
    if cand.type not in ("Summit", "Forum", "Meeting") or place is None or place.kind != "city" or not isinstance(place.value, str):
        return
    t = cand.trigger
    before = dw.lower[place.end : cand.phrase_start] if place.end <= cand.phrase_start and cand.phrase_start - place.end <= 6 else []
    after = dw.lower[t.end : place.start] if t.end <= place.start and place.start - t.end <= 3 else []
    if not (_HOST_VERBS & set(before) or (after and after[0] in _HOST_VERBS and after[-1] in ("in", "by"))):
        return
    if any(a.kind in ("country", "demonym") and a.id == place.value for a, _ in cand.participants):
        return
    role = "host" if cand.type == "Summit" else "organizer"
    cand.participants.append((Mention("country", place.start, place.end, place.start_char, place.end_char, place.text, place.value), role))


#: "thanked X for the organization of the work of the meeting": said of an event, told as the thing organized
_WORK_OF = re.compile(r"\b(?:organization|organisation|hosting)\s+of\s+(?:the\s+work\s+of\s+)?the$")


def _organized(doc: Doc, sent: _Sent, start: int) -> bool:
    """The event whose phrase starts at ``start`` is told as the thing organized or hosted."""
    return bool(_WORK_OF.search(" ".join(_window(doc, max(sent.start, start - 7), start))))


_DAYS = frozenset(["today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

_WEIGHT_OF = re.compile(r"\b(?:importance|significance|role|value|meaning|relevance)\s+of\s+the\s+signing\s+of(?:\s+the|\s+a|\s+an)?$")
_SIGNING_OF = re.compile(r"(?:^|\s)the signing of(?: the| a| an| these| this| those| its| their)?$")
_SAID_OF = frozenset(["will", "would", "has", "have", "is", "are", "marks", "marked", "can", "could", "should", "may", "might", "became", "becomes", "opens", "gives", "shows",
                      "demonstrates", "reflects", "testifies", "confirms", "underlines", "signifies", "represents", "indicates", "proves", "serves"])
_HAPPENED = frozenset(["took", "was", "were", "held", "followed", "ended", "concluded", "crowned", "capped"])


_SIGNED_BEFORE = re.compile(r"\bthe (?:newly |recently |just |previously )?signed (?:[\w-]+ )?$", re.I)
_SIGNED_AFTER = re.compile(r"^\s*(?:signed|inked)\s+(?:today|yesterday|earlier|during the (?:visit|talks))\b", re.I)


def _signed_told(dw: Any, sent: _Sent, cand: Candidate) -> bool:
    """"the newly signed deals", "the documents signed today": documents told as signed before, in a
    sentence about them, not a signing of their own."""
    lead = dw.span_text(max(sent.start, cand.phrase_start - 4), cand.phrase_start)
    after = dw.span_text(cand.trigger.end, min(sent.end, cand.trigger.end + 6))
    return bool(_SIGNED_BEFORE.search(lead + " ")) or (dw.lower[max(sent.start, cand.phrase_start - 1)] == "the" and bool(_SIGNED_AFTER.match(after)))


def _signing_as_subject(doc: Doc, sent: _Sent, cand: Candidate) -> bool:
    """"The signing of X will boost trade", "... has historical significance": the signing
    is the subject of what is said of it; "the signing of X took place" reports one."""
    dw = doc_words(doc)
    lead = " ".join(_window(doc, max(sent.start, cand.phrase_start - 7), cand.phrase_start))
    if not _SIGNING_OF.search(lead):
        return False
    if _WEIGHT_OF.search(lead):
        return True  # "stressed how much the signing of the treaty mattered": said of a signing
    for k in range(cand.phrase_end, min(sent.end, cand.phrase_end + 25)):
        w = dw.lower[k]
        if w in _HAPPENED:
            return False
        if w in _SAID_OF:
            return True
    return False


_SESSION_OF = re.compile(r"\b(?:meeting|session|sitting)\s+of(?:\s+the)?$")


def _title_cased(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in ("of", "the", "for", "on", "and")]
    return bool(words) and all(w[:1].isupper() for w in words)


def _boilerplate(doc: Doc, sents: list[_Sent]) -> set[int]:
    """Sentences of a block of links to other articles ("Related readings:" and the lines
    after it, up to the next paragraph): headlines of other news, not this article's."""
    dw = doc_words(doc)
    headers = lexicon()["boilerplate_headers"]
    text = dw.string
    out: set[int] = set()
    inside = False
    for si, sent in enumerate(sents):
        first_line = text[sent.start_char : sent.end_char].split("\n", 1)[0]
        before = text[: sent.start_char]
        gap = before[len(before.rstrip()) :]
        if inside and gap.count("\n") >= 2:
            inside = False  # a new paragraph ends the block
        if first_line.strip().rstrip(":").strip().lower() in headers:
            inside = True
        if inside:
            out.add(si)
    return out


def _attendance_candidates(doc: Doc, sents: list[_Sent], triggers_by_sent: dict[int, list[Mention]], mentions: Mentions, quoted: set[int]) -> dict[int, Candidate]:
    """Sentences without a trigger that say who attended ("X, Y and Z took part in the
    talks"): their persons join the summit or forum just mentioned (see merging)."""
    dw = doc_words(doc)
    from ..rules import Rule

    words = lexicon()["attendance_words"]
    out: dict[int, Candidate] = {}
    for si, sent in enumerate(sents):
        if si == 0 or any(t.value.id not in DISCUSSION_RULES or not _filtered(doc, sent, t, mentions) for t in triggers_by_sent.get(si, [])):
            continue  # a sentence with a trigger reports its own event ("discussed" alone is attendance)
        low = " " + re.sub(r"[^\w\s-]+", " ", dw.span_text(sent.start, sent.end).lower()) + " "
        group_list = bool(_GROUP_LIST.search(dw.span_text(sent.start, sent.end)))  # "the six foreign ministers - A, B, ... -"
        if not group_list and not any(f" {w} " in low for w in words):
            continue
        actors = [m for m in mentions.starting("actors", sent.start, sent.end) if m.start not in quoted]
        kinds: tuple[str, ...] = ("person",)
        if re.search(r"\b(representatives|delegations|delegates)\b", low):
            kinds = ("person", "organization", "country")
        elif not any(m.kind == "person" for m in actors) and sum(m.kind == "country" for m in actors) >= 2:
            kinds = ("country",)  # "A, B and C have confirmed their participation"
        titled = _title_tokens_of(actors)
        starts = {m.start for m in actors if m.kind == "person"}
        persons = [m for m in actors if m.kind in kinds and not (
            m.kind == "country" and (m.start in titled or m.end in starts)  # "President of Afghanistan Ashraf Ghani": his
        ) and not (m.kind == "person" and sent_by(dw, m, sent.start))]
        if not persons:
            continue
        chaired = bool(re.search(r"\bchaired by\b", low))  # "It was co-chaired by X and Y": the chairs of the talks just told
        first, first_text = sent.start, dw.text[sent.start]
        trig = Mention("trigger", first, first + 1, *dw.chars(first, first + 1), first_text, "Event",
                       Rule(type="Event", pattern=first_text, id="attendance", anchor="verb"))
        cand = Candidate(type="Event", trigger=trig, sent_index=si, sent_start_char=sent.start_char, sent_end_char=sent.end_char,
                         phrase_start=first, phrase_end=first + 1, evidence=[(sent.start_char, sent.end_char)],
                         sentence_text=dw.span_text(sent.start, sent.end), attendance=True,
                         companions=any(f" {w} " in low for w in lexicon()["companion_words"]),
                         heads=group_list or chaired or any(f" {w} " in low for w in lexicon()["delegation_heads"]))
        role = "chair" if chaired else "speaker" if _SPEECH.search(dw.span_text(sent.start, sent.end).lower()) else "participant"
        cand.participants = [(p, role) for p in persons]
        out[si] = cand
    return out


#: people named as a group, then listed after a dash or colon: they are the group, the sides of the event just told
_GROUP_LIST = re.compile(
    r"\b(?:the|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:foreign\s+ministers|ministers|leaders|heads\s+of\s+state|heads\s+of\s+government|presidents|prime\s+ministers|premiers)\s*[-–—:]\s",
    re.I,
)

_AHEAD_OF = re.compile(r"\b(?:prepare|prepares|preparing|preparations?|ahead|eve|run-up)\s+(?:for|of|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I)


def _fold_into_summit(cands: list[Candidate]) -> list[Candidate]:
    """"Leaders met in Astana for the SCO Summit": a meeting verb without named persons in
    a sentence that names a summit is that summit; its place and date go to the summit."""
    summits = [c for c in cands if c.type in ("Summit", "Forum") and not c.framed and not c.distinct
               and not _AHEAD_OF.search(c.lead_in)]
    if not summits:
        return cands
    out = []
    for c in cands:
        # "will host the 16th meeting of the X Cooperation Forum": a session that is the named forum itself
        session_of = None
        if c.type == "Meeting" and c.rule.anchor == "noun" and re.match(r"\s*of\s", c.sentence_text[c.trigger.end_char - c.sent_start_char :]):
            session_of = next((o for o in summits if o.type == "Forum" and o.name and 0 < o.phrase_start - c.trigger.end <= 3), None)
        if c.type == "Meeting" and (session_of is not None or c.rule.anchor == "verb" and not any(a.kind == "person" for a, _ in c.participants)):
            target = session_of or summits[0]
            target.edition = target.edition or c.edition
            target.place = target.place or c.place
            target.place_country = target.place_country or c.place_country
            target.date = target.date or (c.date if session_of is None else None)
            for actor, role in c.participants:
                if actor.kind == "country":
                    target.participants.append((actor, role))
            continue
        out.append(c)
    return out

_QUOTE_MARKS = frozenset(["“", "«", '"', "”", "»"])


def _quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (speech, titles)."""
    dw = doc_words(doc)
    inside: set[int] = set()
    open_at = None
    for i in [k for k, t in enumerate(dw.text) if t in _QUOTE_MARKS or "\n\n" in t]:
        t = dw.text[i]
        if t in ("“", "«") or (t == '"' and open_at is None):
            open_at = i
        elif t in ("”", "»", '"') and open_at is not None:
            inside.update(range(open_at, i + 1))
            open_at = None
        elif "\n\n" in t:
            open_at = None  # a quotation does not run over a paragraph break unclosed
    return inside


def _drop_nested(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"the meeting of the CIS Council of Heads of State": the Summit wins over the Meeting;
    a trigger inside another candidate's name ("Business Forum" in a name) is dropped."""
    dw = doc_words(doc)
    out = []
    for c in cands:
        inside = [
            o for o in cands
            if o is not c and o.phrase_start <= c.trigger.start and c.trigger.end <= o.phrase_end
            and not (o.trigger.start <= c.trigger.start and c.trigger.end <= o.trigger.end)
        ]
        if c.type == "Meeting" and c.trigger.value.anchor == "noun":
            following = [o for o in cands if o.type == "Summit" and 0 < o.trigger.start - c.trigger.end <= 8]
            if following and all(
                dw.lower[i] in ("of", "the", "(", ")") or dw.text[i][:1].isupper() for i in range(c.trigger.end, following[0].trigger.start)
            ):
                continue
        if inside and c.name is None and any(o.type != c.type or o.name for o in inside):
            continue
        if visits_a_sight(dw, c):
            continue  # "will visit the Independence Monument": a sight on the trip
        out.append(c)
    return out
