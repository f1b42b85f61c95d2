"""Stage 2: a trigger plus the mentions around it becomes a candidate event.

For every trigger that survives the filters (hedges, negations, generic mentions, phone
calls, unsigned documents), :func:`assemble` gathers from its sentence: the event's
name and edition, the framework organizations, participants with roles, a place and a
date. Candidates of one real event are merged in stage 3 (:mod:`eurasia_events.merging`).
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

import attrs
from spacy.tokens import Doc

from ._lexicon import lexicon
from ._tokens import words as doc_words
from .mentions import Mention, Mentions

__all__ = ["Candidate", "assemble", "edition_of"]

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "thirtieth": 30,
}
_ROMAN = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")
_ORDINAL_NUM = re.compile(r"^(\d{1,3})(st|nd|rd|th)$", re.I)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_FRAME = re.compile(
    r"(sidelines of|margins of|margin of|decisions? of|outcomes? of|results? of|eve of|ahead of|"
    r"\bat|\bduring|part of|day of|days of|end of|opening of|following|\bafter|\bbefore|preparations? for|within|framework of|run-up to)"
    r"( the| this| that| his| her| their)?( state| official| working| two-day| three-day| recent| first)?$"
)
_CONTAINS = re.compile(
    r"(sidelines of|margins of|margin of|\bat|\bduring|part of|day of|days of|end of|within|framework of|course of)"
    r"( the| this| that| his| her| their)?( state| official| working| two-day| three-day| recent| first)?$"
)
_ARRIVED = re.compile(r" (arrived|arrives) .*\| ")  # before the trigger, in the window _tense reads
_CONTINUES = re.compile(r"\b(continues|is under way|is underway|are under way)\b")
_STARTED_TODAY = re.compile(
    r"\b(opened|opens|began|begins|started|kicked off|got under way|commenced|arrived)\b[^|]{0,60}\b(today|this morning|earlier in the day)\b"
)
_BODY = re.compile(r"\b(committee|commission|council|board|working group|subcommittee)$", re.I)
_BODY_HELD = re.compile(
    r"(?:The\s+)?((?:[A-Z][\w-]*\s+)+(?:Committee|Commission|Council|Board|Working Group))\s+(?:held|holds|will hold|is holding)\s+(?:a|an|its)(?:\s+\w+)?\s*$"
)
_DISTINCT = re.compile(r"\b(next|upcoming|forthcoming|future|previous|last|past|first|second|third)$")
# a trigger noun used as a modifier ("the summit platform") or a possessive ("the forum's")
_MODIFIED = frozenset([
    "'s", "’s", "platform", "platforms", "format", "formats", "mechanism", "process", "member", "members",
    "countries", "states", "nations", "framework", "secretariat", "organizer", "organizers", "agenda",
    "participants", "chairmanship", "venue", "hall", "host", "hosts", "season", "diplomacy", "site",
])
_GENERIC_DOC_WORDS = frozenset(["memorandum", "memoranda", "of", "understanding", "cooperation", "agreement", "agreements",
                                "mou", "treaty", "the", "on", "a", "an", "and", "joint", "statement", "contract", "protocol"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "each", "every", "any"])


def edition_of(token_text: str) -> int | None:
    """The ordinal a token expresses: "VI" 6, "16th" 16, "sixth" 6; else None.

    Example:
        >>> edition_of("XVI"), edition_of("3rd"), edition_of("Twelfth"), edition_of("May")
        (16, 3, 12, None)
    """
    text = token_text.strip()
    if not text:
        return None
    if text.lower() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text.lower()]
    m = _ORDINAL_NUM.match(text)
    if m:
        value = int(m.group(1))
        return value or None
    if text.isupper() and _ROMAN.match(text) and len(text) <= 6:
        total, prev = 0, 0
        for ch in reversed(text):
            v = _ROMAN_VALUES[ch]
            total = total - v if v < prev else total + v
            prev = max(prev, v)
        return total or None
    return None


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
    reference_only: bool = False  # "the summit's", "summit platform", plural "visits": joins, never starts
    document: str | None = None
    until: Mention | None = None  # "which will continue until October 24"
    sentence_text: str = ""
    attendance: bool = False  # a sentence with no trigger that says who attended
    evidence: list[tuple[int, int]] = attrs.Factory(list)

    @property
    def rule(self) -> Any:
        """The trigger rule."""
        return self.trigger.value


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


def _expand_name(doc: Doc, trig: Mention, mentions: Mentions, sent: _Sent, trigger_starts: set[int], index: _Index) -> tuple[int, int]:
    """The capitalised phrase that names the event around a noun trigger."""
    dw = doc_words(doc)
    orgs, places_at, person_at = index.orgs, index.places_at, index.person_at
    start, end = trig.start, trig.end
    # left: capitalised words, ordinals, organization and country names ("the VI CICA", "Russia-Central Asia")
    i = start - 1
    while i >= sent.start:
        if i in orgs:
            start = orgs[i].start
            i = start - 1
            continue
        text, low = dw.text[i], dw.lower[i]
        if low in _DETERMINERS or low in lexicon()["generic_determiners"]:
            break
        capital = text[:1].isupper() and (text.isalpha() or dw.like_num[i] or "-" in text)
        dash = text in ("-", "–") and i - 1 >= sent.start and dw.text[i - 1][:1].isupper()
        if capital or dash or edition_of(text) is not None:
            start = i
            i -= 1
            continue
        break
    # right: "of the <Capitalised ...> (ACR)", ": KazanForum", a quoted title
    j = end
    while j < sent.end:
        text, low = dw.text[j], dw.lower[j]
        if j in person_at:
            break  # "the state visit of Mongolian President X": a visitor, not a name
        if j in index.dates_at:
            break  # "the Eurasian Economic Forum on Monday": a date, not a name
        if j in trigger_starts and j != trig.start:
            other = next((m for m in mentions.triggers if m.start == j), None)
            if other is not None and other.value.type == trig.value.type and dw.text[j - 1] in (":", "-", "–"):
                end = other.end  # "Forum Russia - Islamic World: KazanForum"
            break
        if j in orgs:
            j = orgs[j].end
            end = j
            continue
        if text[:1].isupper() and (text.isalpha() or dw.like_num[j] or "-" in text):
            j += 1
            end = j
            continue
        if low in ("in", "at") and (j + 1) in places_at:
            break
        if low == "and" and (j + 1) in orgs and (j - 1) in orgs:
            j = orgs[j + 1].end  # "the Forum of Regions of Russia and Belarus"
            end = j
            continue
        if low in ("of", "on", "for", "the", "in", "-", "–", ":") and j + 1 < sent.end and (
            dw.text[j + 1][:1].isupper() or dw.lower[j + 1] == "the" or (j + 1) in orgs
        ):
            j += 1
            continue
        if text in ("(",) and j + 2 < sent.end and dw.text[j + 2] == ")" and dw.text[j + 1].isupper():
            j += 3
            end = j
            continue
        if low in ("titled", "entitled", "called", "named") and trig.end == end and j + 1 < sent.end and dw.text[j + 1] in ('"', "“", "«"):
            j += 1
            continue
        if text in ('"', "“", "«", "'") and trig.end - end <= 0 and all(dw.lower[x] in ("titled", "entitled", "called", "named") for x in range(trig.end, j)):
            k = j + 1
            while k < len(doc) and dw.text[k] not in ('"', "”", "»", "'") and k - j < 25:
                k += 1
            if k < len(doc) and k > j + 1:
                end = k + 1
            break
        break
    # do not end on a connector
    while end > trig.end and dw.lower[end - 1] in ("of", "the", "and", "in", "on", "for", "-", ":"):
        end -= 1
    return start, end


def _name_and_edition(doc: Doc, trig: Mention, start: int, end: int, mentions: Mentions) -> tuple[str | None, int | None, list[str]]:
    """Canonical short name, edition and framework organizations of a named event."""
    dw = doc_words(doc)
    texts, lower = dw.text, dw.lower
    tokens = range(start, end)
    edition = None
    for i in tokens:
        value = edition_of(texts[i])
        if value is not None and i < trig.start + 1:
            edition = value
            break
    orgs = [m for m in mentions.in_range("actors", start, end) if m.kind == "organization"]
    org_ids = list(dict.fromkeys(m.id for m in orgs if m.id))
    if edition is not None and trig.value.type not in ("Summit", "Forum") and not any(texts[i][:1].isupper() for i in tokens if edition_of(texts[i]) is None):
        edition = None  # "his first trip": not an edition
    has_capital = any(texts[i][:1].isupper() for i in tokens if i not in range(trig.start, trig.end)) or (
        trig.text[:1].isupper() and start < trig.start
    )
    quoted = any(texts[i] in ('"', "“", "«") for i in tokens)
    if trig.end - trig.start > 1 and trig.text[:1].isupper() and trig.start > dw.sent_start[start]:
        has_capital = True
    if trig.value.document and all(lower[i] in _GENERIC_DOC_WORDS for i in tokens):
        return None, edition, org_ids
    if not has_capital and not quoted:
        return None, edition, org_ids
    if quoted:
        inner = [i for i in tokens if i > trig.end - 1 and texts[i] not in ('"', "“", "”", "«", "»")]
        while inner and lower[inner[0]] in ("titled", "entitled", "called", "named"):
            inner = inner[1:]
        if inner:
            return dw.span_text(inner[0], inner[-1] + 1), edition, org_ids
    head = dw.span_text(trig.start, trig.end)
    inside_org = any(o.start <= trig.start and trig.end <= o.end for o in orgs)
    if inside_org:  # "the Eurasian Intergovernmental Council": the body's own name
        org = next(o for o in orgs if o.start <= trig.start and trig.end <= o.end)
        return org.text, edition, org_ids
    if orgs and any(o.start >= trig.end for o in orgs) and not any(texts[i][:1].isupper() and i not in range(trig.start, trig.end) and not any(o.start <= i < o.end for o in orgs) and edition_of(texts[i]) is None for i in tokens):
        # "the VI Summit of the Conference on ... (CICA)" -> "VI CICA Summit"
        ordinal = next((texts[i] for i in tokens if edition_of(texts[i]) is not None), None)
        org_name = org_ids[0] if org_ids else orgs[0].text
        parts = ([ordinal] if ordinal else []) + ([] if org_name in head.split() else [org_name]) + [_title(head)]
        return " ".join(parts), edition, org_ids
    text_tokens = [i for i in tokens if lower[i] not in ("the",)]
    if (
        len(text_tokens) > 1
        and edition_of(texts[text_tokens[0]]) is not None
        and not texts[text_tokens[0]][:1].isupper()
        and not any(o.start == text_tokens[1] for o in orgs)
    ):
        text_tokens = text_tokens[1:]  # "the 16th ... Forum": the edition; "24th SCO Summit" keeps it
    if text_tokens and text_tokens[0] == trig.start and trig.text[:1].islower() and len(text_tokens) > 3:
        # "meeting of the CSTO Council of Foreign Ministers": the body's name is the meeting's
        k = trig.end
        while k < end and dw.lower[k] in ("of", "the"):
            k += 1
        if k > trig.end and k < end and dw.text[k][:1].isupper():
            text_tokens = [i for i in tokens if i >= k]
    if not text_tokens or not (
        texts[text_tokens[0]][:1].isupper() or texts[text_tokens[0]][:1].isdigit() or quoted or edition_of(texts[text_tokens[0]])
    ):
        return None, edition, org_ids
    first_tok, last_tok = text_tokens[0], text_tokens[-1]
    base, end_char = dw.chars(first_tok, last_tok + 1)
    name = dw.string[base:end_char]
    for org in sorted(orgs, key=lambda o: -o.start_char):  # full names become ids: "VI CICA Summit"
        if org.id and org.text != org.id and org.start_char >= base:
            a, b = org.start_char - base, org.end_char - base
            name = name[:a] + org.id + name[b:]
    name = " ".join(name.split())
    if org_ids and trig.text.islower() and name.endswith(" " + trig.text):
        name = name[: -len(trig.text)] + _title(trig.text)  # "the CSTO summit" -> "CSTO Summit"
    name = re.sub(r"\s*\(\s*[A-Z]{2,8}\s*\)", "", name).replace(" : ", ": ").replace(" , ", ", ")
    if name.lower() == head.lower():
        return None, edition, org_ids
    return name, edition, org_ids


def _title(words: str) -> str:
    small = ("of", "the", "and", "on", "for", "in")
    return " ".join(w if w.lower() in small else w[:1].upper() + w[1:] for w in words.split())


def _cue(window: str, lex: dict[str, frozenset[str]], tenses: tuple[str, ...]) -> str | None:
    """The first tense, in the order given, whose cue phrase stands in ``window`` (space-padded)."""
    for tense in tenses:
        if _cue_pattern(lex[f"{tense}_words"]).search(window):
            return tense
    return None


@functools.lru_cache(maxsize=32)
def _cue_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """One expression for " phrase " of any of ``phrases``; the space before stays outside the
    match so that cues sharing a space ("will hold talks") are found as with ``in``."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return re.compile(f"(?<= )(?:{alternatives})(?= )") if phrases else re.compile(r"(?!)")


def _tense(doc: Doc, sent: _Sent, trig: Mention, phrase_end: int | None = None) -> str | None:
    dw = doc_words(doc)
    lex = lexicon()
    lower = dw.lower
    text = " " + " ".join(lower[sent.start : max(sent.start, trig.start)] + lower[max(sent.start, trig.end) : sent.end]) + " "
    after = max(trig.end, phrase_end or trig.end)  # after a quoted title: 'conference "..." opened today'
    near = " " + " ".join(_window(doc, max(sent.start, trig.start - 8), trig.start) + ["|"] + _window(doc, after, min(sent.end, after + 8))) + " "
    if trig.value.anchor == "verb" and any(x in lex["past_words"] for x in dw.lower[trig.start : trig.end]):
        return "past"  # "received", "met"
    lead = dw.lower[max(sent.start, trig.start - 4) : trig.start]
    for k in range(len(lead) - 1, -1, -1):  # the verb that governs the noun: "held talks", "will hold a meeting"
        if lead[k] in ("held", "conducted", "had"):
            return "past"
        if lead[k] in ("hold", "holds", "holding", "conduct"):
            return "planned" if (k > 0 and lead[k - 1] in ("will", "to", "shall")) else None
        if lead[k] not in ("a", "an", "the", "its", "their", "his", "her", "joint", "bilateral", "official", "informal", "separate", "trilateral", "extended", "narrow", "brief", "further", "regular", "political", "intergovernmental"):
            break
    k = after
    while k < sent.end and (dw.text[k] in ("(", ")") or dw.text[k].isupper() or dw.like_num[k]):
        k += 1  # "(COP29)"
    if k < sent.end and dw.lower[k] in ("opened", "began", "kicked", "started", "commenced", "got"):
        return "ongoing"  # "The forum opened in Baku on Monday": begun, not said to be over
    wide = " ".join(_window(doc, after, min(sent.end, after + 16)))
    if _STARTED_TODAY.search(near) or _STARTED_TODAY.search(wide):
        return "ongoing"
    if trig.value.type == "Visit" and _ARRIVED.search(near):
        return "ongoing"  # "arrived in Moscow on Tuesday on an official visit": begun, not over
    tense = _cue(near, lex, ("ongoing", "planned", "past"))
    if tense:
        return tense
    if _CONTINUES.search(text):
        return "ongoing"  # "the visit, which began on Monday, continues"
    tense = _cue(text, lex, ("planned", "past"))
    if tense:
        return tense
    if any(low in lex["past_words"] or (low.endswith("ed") and len(text) > 4) for text, low in zip(dw.text[trig.start : trig.end], dw.lower[trig.start : trig.end])):
        return "past"  # "met", "visited", "was received by"
    return None


def _filtered(doc: Doc, sent: _Sent, trig: Mention, mentions: Mentions) -> bool:
    """True when the trigger is hedged, negated, a phone call or an unsigned document."""
    dw = doc_words(doc)
    lex = lexicon()
    rule = trig.value
    before = _window(doc, max(sent.start, trig.start - 6), trig.start)
    after = _window(doc, trig.end, min(sent.end, trig.end + 4))
    if any(w in lex["negation_words"] for w in before[-6:]):
        return True
    if rule.type == "Meeting" and any(w in lex["phone_words"] for w in before[-3:] + after[:2]):
        return True
    if rule.document:
        sign_positions = [i for i in range(sent.start, sent.end) if dw.lower[i] in lex["sign_words"]]
        near = [i for i in sign_positions if abs(i - trig.start) <= 14]
        if not near:
            return True
        around = set()
        for i in near:
            around.update(_window(doc, max(sent.start, i - 5), i))
        if around & lex["hedge_words"] or around & lex["negation_words"]:
            return True
        return False
    if any(w in lex["hedge_words"] for w in before[-5:]):
        return True
    if rule.type in ("Visit", "Meeting") and any(x.startswith("invit") for x in dw.lower[sent.start : trig.start]):
        return True  # "invited X to visit Russia at a convenient time": an invitation, not a plan
    return False


def _is_generic(doc: Doc, sent: _Sent, trig: Mention, name: str | None) -> bool:
    dw = doc_words(doc)
    if name:
        return False
    lex = lexicon()
    prev = dw.lower[trig.start - 1] if trig.start > sent.start else ""
    if prev in lex["generic_determiners"]:
        return True
    if prev == "of" and trig.start - 2 >= sent.start and dw.lower[trig.start - 2] in lex["generic_of"]:
        return True
    return False


def _people_from(doc: Doc, actor: Mention) -> bool:
    """"scholars from Russia and Kazakhstan": a country after "from" that is not a delegation's."""
    dw = doc_words(doc)
    i = actor.start - 1
    while i > 0 and (dw.text[i][:1].isupper() or dw.lower[i] in ("and", ",", "the")):
        i -= 1
    if dw.lower[i] != "from":
        return False
    before = set(dw.lower[max(0, i - 4) : i])
    return not before & {"delegation", "delegations", "representatives", "officials", "leaders", "ministers", "heads"}


_SIDE_CUES = frozenset(["between", "with", "by", "among", "signed", "inked"])


def _chain_word(doc: Doc, start: int) -> str:
    """The word before a coordinated list of names: "between" in "between A, B and the C"."""
    dw = doc_words(doc)
    i = start - 1
    skip = {"the", "and", ",", "of", "'s", "’s", "state", "national", "public"} | lexicon()["org_name_cues"]
    while i > 0 and (dw.text[i][:1].isupper() or dw.lower[i] in skip):
        i -= 1
    return dw.lower[i] if i >= 0 else ""


def _cue_before(doc: Doc, start: int) -> str | None:
    """The verb of "<verb> by" before a (possibly coordinated) actor: "organized by the A and the B"."""
    dw = doc_words(doc)
    i = start - 1
    steps = 0
    while i > 0 and steps < 25:
        text, low = dw.text[i], dw.lower[i]
        if low == "by":
            return dw.lower[i - 1]
        if not (text[:1].isupper() or low in ("the", "and", ",", "of", "for", "on", "&", "-", "together", "with", "jointly") or text in ('"', "“", "”")):
            return None
        i -= 1
        steps += 1
    return None


def _actor_start(actor: Mention) -> int:
    """Where an actor's mention begins, its title included ("Kazakh President Tokayev")."""
    if actor.kind == "person" and isinstance(actor.value, dict):
        span = actor.value.get("title_span")
        if span and span[1] == actor.start:
            return span[0]
    return actor.start


_CHAIR_BEFORE = re.compile(r"(chaired by|chairmanship of|presided over by|chaired|chair)$")
_HOST_BEFORE = re.compile(r"(its host,|the host,|host country)$")
_SPEECH_AFTER = re.compile(r"\b(remarks|speech|address|keynote)\b")
_FRAMEWORK_BEFORE = re.compile(r"(within|framework of|auspices of|under|member states of|members of|member countries of|member nations of)( the)?$")


def _role_for(candidate: Candidate, actor: Mention, side: str, doc: Doc) -> str:
    """Role of an actor from the rule's hints and the words right before the actor."""
    dw = doc_words(doc)
    rule = candidate.rule
    start = _actor_start(actor)
    prev = " ".join(dw.lower[max(0, start - 3) : start])
    if _CHAIR_BEFORE.search(prev) or "chairmanship" in dw.span_text(actor.end, actor.end + 2).lower():
        return "chair"
    if actor.start < candidate.trigger.start and candidate.trigger.start - actor.end <= 8:
        verbs = set(dw.lower[actor.end : candidate.trigger.start])
        if verbs & {"chaired", "chairs", "chairing", "presided", "co-chaired"}:
            return "chair"
        if verbs & {"hosted", "hosts", "hosting"} and candidate.type != "Visit":
            return "organizer" if candidate.type == "Forum" else "host"
        if verbs & {"organized", "organised", "organizes", "convened"}:
            return "organizer"
    cue = _cue_before(doc, start)
    if cue in ("chaired", "co-chaired", "presided", "moderated"):
        return "chair"
    if cue in ("organized", "organised", "co-organized", "co-organised", "convened", "initiated", "sponsored"):
        return "organizer" if candidate.type in ("Forum", "Meeting") else "host"
    if cue == "hosted":
        return "organizer" if candidate.type == "Forum" else "host"
    if _HOST_BEFORE.search(prev) or dw.span_text(actor.end, actor.end + 3).lower().startswith(", the host"):
        return "host"
    if actor.kind == "person" and candidate.type in ("Forum", "Meeting", "Summit"):
        lo, hi = sorted((actor.end, candidate.trigger.start))
        between = " ".join(dw.lower[lo:hi]) if hi - lo <= 12 else ""
        around = " ".join(dw.lower[max(0, actor.start - 2) : actor.start]) + " " + " ".join(
            dw.lower[actor.end : actor.end + 3]
        )
        after_trigger = " ".join(dw.lower[candidate.trigger.end : candidate.trigger.end + 5])
        if _SPEECH.search(between) or _SPEECH.search(around) or (actor.start < candidate.trigger.start and _SPEECH_AFTER.search(after_trigger)):
            return "speaker"  # "opened the roundtable with welcoming remarks"
    if candidate.type == "Visit" and (prev.endswith(" by") or prev.endswith(" of") and start == candidate.trigger.end + 1):
        return "visitor"  # "visits by the Secretary General", "the state visit of President X"
    if candidate.document:
        if actor.kind == "person":
            return "signatory"
        return "party"
    hint = rule.role_for(side)
    if hint == "host" and actor.kind == "person" and candidate.type == "Visit":
        return "host"
    if hint:
        return hint
    return "participant"


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
    for si, trigs in sorted(list(triggers_by_sent.items()) + [(si, []) for si in attendance]):
        if not trigs:
            candidates.append(attendance[si])
            continue
        sent = sents[si]
        sent_cands: list[Candidate] = []
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
            if _is_generic(doc, sent, trig, name):
                continue
            if rule.id == "meeting-session-of" and not (name and _BODY.search(name)):
                continue  # "the plenary session of the forum", "the session of the UN General Assembly"
            if name is None and rule.type == "Meeting" and rule.anchor == "noun":
                body = _BODY_HELD.search(dw.span_text(sent.start, trig.start))
                if body:  # "The CICA Senior Officials Committee held a meeting": the body names it
                    name = body.group(1)
                    orgs = [m.id for m in mentions.actors if m.kind == "organization" and m.id
                            and sent.start_char + body.start(1) <= m.start_char < sent.start_char + body.end(1)]
            before = " ".join(_window(doc, max(sent.start, p_start - 4), p_start))
            nxt = dw.lower[trig.end] if trig.end < len(doc) else ""
            plural = rule.anchor == "noun" and trig.text.lower() in lexicon()["plural_event_nouns"]
            cand = Candidate(
                type=rule.type,
                trigger=trig,
                sent_index=si,
                sent_start_char=sent.start_char,
                sent_end_char=sent.end_char,
                phrase_start=p_start,
                phrase_end=p_end,
                name=name,
                edition=edition,
                organizations=orgs,
                tense=_tense(doc, sent, trig, p_end),
                framed=bool(_FRAME.search(before)),
                contains=bool(_CONTAINS.search(before)),
                distinct=bool(_DISTINCT.search(before)),
                reference_only=rule.anchor == "noun" and (nxt in _MODIFIED or (name is None and plural and not orgs)),
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
        for cand in sent_cands:
            prev = dw.lower[cand.phrase_start - 1] if cand.phrase_start > sent.start else ""
            persons = [a for a, _ in cand.participants if a.kind == "person" and a.start > cand.trigger.start]
            cand.definite = (
                cand.rule.anchor == "noun" and cand.name is None and not cand.organizations
                and prev in lexicon()["anaphor_words"]
            )
            cand.anaphoric = cand.definite and not persons
            after = dw.lower[cand.trigger.end] if cand.trigger.end < len(doc) else ""
            if cand.reference_only and persons and not cand.anaphoric and after not in _MODIFIED:
                cand.reference_only = False  # "the meetings with A and B"
        sent_cands = _fold_into_summit(sent_cands)
        sent_cands = _separately(doc, sent_cands)
        visits = [c for c in sent_cands if c.type == "Visit"]
        for cand in sent_cands:
            if cand.type == "Meeting" and visits and cand.name is None:
                persons = {a.id for a, _ in cand.participants if a.kind == "person"}
                visitors = {a.id for v in visits for a, _ in v.participants if a.kind == "person"}
                if persons <= visitors:
                    cand.reference_only = True  # "paid a visit to X, where he met with the leadership"
        candidates.extend(sent_cands)
    return candidates


def _attendance_candidates(doc: Doc, sents: list[_Sent], triggers_by_sent: dict[int, list[Mention]], mentions: Mentions, quoted: set[int]) -> dict[int, Candidate]:
    """Sentences without a trigger that say who attended ("X, Y and Z took part in the
    talks"): their persons join the summit or forum just mentioned (see merging)."""
    dw = doc_words(doc)
    from .rules import Rule

    words = lexicon()["attendance_words"]
    out: dict[int, Candidate] = {}
    for si, sent in enumerate(sents):
        if si in triggers_by_sent or si == 0:
            continue
        low = " " + dw.span_text(sent.start, sent.end).lower() + " "
        if not any(f" {w} " in low for w in words):
            continue
        kinds = ("person", "organization", "country") if re.search(r"\b(representatives|delegations|delegates)\b", low) else ("person",)
        persons = [m for m in mentions.starting("actors", sent.start, sent.end) if m.kind in kinds and m.start not in quoted]
        if not persons:
            continue
        first, first_text = sent.start, dw.text[sent.start]
        trig = Mention("trigger", first, first + 1, *dw.chars(first, first + 1), first_text, "Event",
                       Rule(type="Event", pattern=first_text, id="attendance", anchor="verb"))
        cand = Candidate(type="Event", trigger=trig, sent_index=si, sent_start_char=sent.start_char, sent_end_char=sent.end_char,
                         phrase_start=first, phrase_end=first + 1, evidence=[(sent.start_char, sent.end_char)],
                         sentence_text=dw.span_text(sent.start, sent.end), attendance=True)
        role = "speaker" if _SPEECH.search(dw.span_text(sent.start, sent.end).lower()) else "participant"
        cand.participants = [(p, role) for p in persons]
        out[si] = cand
    return out


def _separately(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Lavrov met separately with A and B": one meeting per counterpart."""
    dw = doc_words(doc)
    out = []
    for c in cands:
        near = set(dw.lower[max(0, c.trigger.start - 2) : c.trigger.end + 2])
        after = [(a, r) for a, r in c.participants if a.kind == "person" and a.start > c.trigger.start]
        if c.type == "Meeting" and "separately" in near and len(after) > 1:
            before = [(a, r) for a, r in c.participants if a.start < c.trigger.start]
            for pair in after:
                out.append(attrs.evolve(c, participants=before + [pair], organizations=list(c.organizations)))
            continue
        out.append(c)
    return out


def _fold_into_summit(cands: list[Candidate]) -> list[Candidate]:
    """"Leaders met in Astana for the SCO Summit": a meeting verb without named persons in
    a sentence that names a summit is that summit; its place and date go to the summit."""
    summits = [c for c in cands if c.type in ("Summit", "Forum") and not c.framed and not c.distinct]
    if not summits:
        return cands
    out = []
    for c in cands:
        if c.type == "Meeting" and c.rule.anchor == "verb" and not any(a.kind == "person" for a, _ in c.participants):
            target = summits[0]
            target.place = target.place or c.place
            target.place_country = target.place_country or c.place_country
            target.date = target.date or c.date
            for actor, role in c.participants:
                if actor.kind == "country":
                    target.participants.append((actor, role))
            continue
        out.append(c)
    return out


def _dateline_range(mentions: Mentions) -> tuple[int, int]:
    d = mentions.dateline
    return (d.start_char, d.end_char) if d is not None else (-1, -1)


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
                dw.lower[i] in ("of", "the") or dw.text[i][:1].isupper() for i in range(c.trigger.end, following[0].trigger.start)
            ):
                continue
        if inside and c.name is None and any(o.type != c.type or o.name for o in inside):
            continue
        out.append(c)
    return out


_REPORTING = frozenset(["said", "reported", "stated", "noted", "announced", "told", "added", "stressed", "emphasized",
                        "emphasised", "recalled", "informed", "confirmed", "according", "wrote", "believes", "says"])
_AT_EVENT = frozenset(["at", "during", "addressing", "sidelines", "margins", "speaking", "speech", "opening", "closing", "chaired", "attending"])
_TOPIC_AFTER_ON = frozenset(["the", "issues", "ways", "prospects", "cooperation", "trade", "security", "regional", "bilateral"])
_SIDE_NOUNS = frozenset(["side", "sides", "delegation", "delegations", "government", "party", "parties", "leadership",
                         "chairmanship", "presidency", "authorities", "counterparts"])
_SPEECH = re.compile(
    r"\b(said|says|stated|speak|spoke|speaks|speaking|address|addresses|addressing|addressed|remarks|speech|told|delivered|emphasi[sz]ed|stressed)\b"
)
_NON_EVENT_MODS = frozenset(["since", "until", "before", "after"])


def _title_tokens_of(actors: list[Mention]) -> set[int]:
    """Tokens of the titles of these person mentions."""
    out: set[int] = set()
    for m in actors:
        if m.kind == "person" and isinstance(m.value, dict) and m.value.get("title_span"):
            a, b = m.value["title_span"]
            if b == m.start or a == m.end + 1 or (a, b) == (m.start, m.end):
                out.update(range(a, b))
    return out


def _topic_between(doc: Doc, start: int, end: int, lex: dict[str, frozenset[str]]) -> bool:
    dw = doc_words(doc)
    texts = dw.text
    return any(texts[i] in lex["topic_words"] for i in range(start, end) if texts[i] != "on" or i + 1 < end and dw.lower[i + 1] in _TOPIC_AFTER_ON)


def _reported(doc: Doc, actor: Mention, cand: Candidate) -> bool:
    """The actor is the source of a report about the event ("X reported that ... signed")."""
    dw = doc_words(doc)
    if actor.start >= cand.trigger.start:
        return False
    words = dw.lower[actor.end : cand.trigger.start]
    for k, w in enumerate(words):
        if w == "that" and any(x in _REPORTING for x in words[max(0, k - 3) : k]):
            return True
    # "Tokayev said the next summit would be held in China": a report, not attendance
    if any(w in _REPORTING for w in words) and not set(words) & _AT_EVENT:
        return True
    return False


def _quoted_source(doc: Doc, actor: Mention, cand: Candidate) -> bool:
    """"..., Kremlin aide Yury Ushakov told reporters": the source of a statement about the event."""
    dw = doc_words(doc)
    if actor.start <= cand.trigger.start:
        return False
    after = set(dw.lower[actor.end : actor.end + 2])
    between = set(dw.lower[cand.trigger.end : _actor_start(actor)])
    return bool(after & _REPORTING) and not between & _AT_EVENT


def _attach_arguments(doc: Doc, sent: _Sent, cands: list[Candidate], mentions: Mentions, quoted: set[int], index: _Index) -> None:
    dw = doc_words(doc)
    if not cands:
        return
    lo, hi = sent.start, max([sent.end] + [c.phrase_end for c in cands])
    dl = _dateline_range(mentions)
    actors = [m for m in mentions.starting("actors", lo, hi) if m.start not in quoted]
    places = [m for m in mentions.starting("places", lo, hi) if not dl[0] <= m.start_char < dl[1] and m.start not in quoted]
    dates = [
        m for m in mentions.starting("dates", lo, hi)
        if not dl[0] <= m.start_char < dl[1] and getattr(m.value, "mod", None) not in _NON_EVENT_MODS
        and not _statement_date(doc, m)
    ]
    titles = set(index.titles)  # this sentence may add "the CICA Secretary General" forms
    heads = [c for c in cands if not c.framed] or cands
    first = min(c.trigger.start for c in heads)
    phrase_of = {i: c for c in cands for i in range(c.phrase_start, c.phrase_end)}
    person_ends = {m.end - 1 for m in actors if m.kind == "person"}
    clauses = _clause_starts(doc, sent)
    lex = lexicon()
    for actor in actors:
        if actor.kind != "person" and actor.end < len(doc) and dw.lower[actor.end] in lex["title_words"]:
            titles.update(range(actor.start, actor.end))  # "the CICA Secretary General", "Russian Foreign Minister"
        if actor.kind != "person" and actor.start in titles:
            for cand in cands:
                if cand.type == "Visit" and actor.kind == "organization" and actor.start < cand.trigger.start and actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)  # "the CICA Secretary General ... paid a visit"
            continue
        if actor.kind == "demonym":
            # "the Russian side", "the Kazakh delegation" name a country; "Russian President" does not
            nxt = dw.lower[actor.end] if actor.end < len(doc) else ""
            if nxt not in _SIDE_NOUNS:
                continue
        if actor.start in phrase_of:
            continue  # part of an event's own name: a framework organization
        if actor.kind == "country" and actor.start > 0 and dw.lower[actor.start - 1] in ("in", "at"):
            continue  # "a meeting in Uzbekistan": a place, not a side
        if actor.kind == "country" and actor.start > 1 and dw.lower[actor.start - 1] == "of" and (actor.start - 2) in person_ends:
            continue  # "Presidents Sadyr Japarov of Kyrgyzstan": the person's country
        if actor.kind == "country" and actor.end + 1 < len(doc) and dw.text[actor.end] in ("'s", "’s") and dw.lower[actor.end + 1] not in lex["title_words"] | _SIDE_NOUNS:
            continue  # "northwest China's Xinjiang", "Russia's state corporation Rosatom": not a side
        if actor.kind == "country" and _people_from(doc, actor):
            continue  # "experts from Russia and Kazakhstan" are not the states
        if actor.kind == "organization" and actor.end < len(doc) and dw.lower[actor.end] in lex["umbrella_nouns"] and actor.start < first:
            for cand in heads:  # "the upcoming CICA events: A, B and C"
                if actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)
            continue
        owners = _owners(actor, heads, first, clauses)
        start = _actor_start(actor)
        of_owner = [c for c in cands if start == c.trigger.end + 1 and dw.lower[c.trigger.end] in ("of", "by")]
        if of_owner:
            owners = of_owner  # "during the state visit of Ilham Aliyev": the visit's, even as a frame
        if actor.kind == "person" and actor.end < len(doc) and dw.text[actor.end] in ("'s", "’s"):
            poss = [c for c in cands if 0 < c.trigger.start - actor.end <= 4]
            if poss:
                owners = poss  # "Xi Jinping's state visit"
        for cand in owners:
            if not cand.document and actor.start > cand.trigger.end and _topic_between(doc, cand.trigger.end, actor.start, lex):
                continue  # "met with X to discuss CICA's role": a topic, not a side
            if cand.document and actor.start > cand.trigger.end and _chain_word(doc, _actor_start(actor)) not in _SIDE_CUES:
                continue  # "an agreement on the UN centre for Afghanistan": a topic, not a party
            if actor.kind == "organization" and _framework_context(doc, actor):
                if actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)
                continue
            if cand.framed and actor.kind != "person":
                continue  # "X said ... during the forum": only people attend a frame
            if actor.kind == "organization" and actor.id in cand.organizations:
                continue
            if _reported(doc, actor, cand) or _quoted_source(doc, actor, cand):
                continue
            side = "before" if actor.start < cand.trigger.start else "after"
            cand.participants.append((actor, _role_for(cand, actor, side, doc)))
    for framer in (c for c in cands if c.framed and c.type == "Meeting"):
        for cand in heads:
            if cand.document:
                framer.participants.extend((a, "participant") for a, r in cand.participants if a.kind == "person")
    for cand in cands:
        if cand.type == "Visit":
            _relative_visitor(doc, sent, cand, actors)
    for cand in cands:  # "Almaty and Bishkek signed a sister-city agreement": cities as sides
        if cand.document:
            for m in places:
                if m.start < cand.trigger.start and (m.start == sent.start or dw.lower[m.start - 1] not in lexicon()["place_prepositions"]) and _chain_word(doc, m.start) not in ("in", "at", "to"):
                    if not m.text.isupper() and m.end < len(doc) and (dw.lower[m.end] == "and" or dw.lower[m.end] in lexicon()["sign_words"]):
                        cand.participants.append((m, "party"))
    # the organizations of a framing event ("following the meeting of the CIS Council") frame the others
    for framer in (c for c in cands if c.framed):
        for cand in heads:
            if cand is not framer and cand.document:
                sides = {a.id for a, _ in cand.participants}
                cand.organizations.extend(o for o in framer.organizations if o not in cand.organizations and o not in sides)
    untils = [m for m in mentions.starting("dates", lo, hi) if getattr(m.value, "mod", None) == "until"]
    for cand in cands:
        if cand.document:  # "a plan for 2024-2025": how long the document runs, not when it was signed
            validity = {m.start for m in dates if m.start > 0 and dw.lower[m.start - 1] in ("for", "through", "till") and m.value.granularity == "year"}
            if validity:
                dates = [m for m in dates if m.start not in validity]
    _assign_dates(cands, cands, dates, untils)
    _assign_places(doc, cands, heads, places, actors)


def _statement_date(doc: Doc, m: Mention) -> bool:
    """"..., the minister said on Saturday": the day of the statement, not of the event."""
    dw = doc_words(doc)
    words = dw.lower[max(0, m.start - 4) : m.start]
    if words and words[-1] == "on":
        words = words[:-1]
    return bool(words) and (words[-1] in _REPORTING or words[-1] in ("reporters", "journalists", "briefing"))


def _relative_visitor(doc: Doc, sent: _Sent, cand: Candidate, actors: list[Mention]) -> None:
    """"X received Y, who is in Ashgabat on a working visit": Y is the visitor, not X."""
    dw = doc_words(doc)
    who = [i for i in range(sent.start, cand.trigger.start) if dw.lower[i] == "who" and i > 0 and dw.text[i - 1] == ","]
    if not who:
        return
    rel = who[-1]
    kept = [(a, r) for a, r in cand.participants if a.start >= rel]
    kept += [(a, "visitor") for a in actors if a.kind == "person" and a.end == rel - 1]
    cand.participants = kept


def _assign_dates(cands: list[Candidate], heads: list[Candidate], items: list[Mention], untils: list[Mention] = ()) -> None:
    """Each date goes to the nearest event trigger before it (else the nearest after it);
    events left without one take a date that stands before every trigger of the sentence
    ("the events in 2023, namely A in September, B and C")."""
    after: dict[int, list[Mention]] = {}
    ahead: dict[int, list[Mention]] = {}
    for m in items:
        before = [c for c in heads if c.trigger.start < m.start]
        if before:
            after.setdefault(id(max(before, key=lambda c: c.trigger.start)), []).append(m)
        else:
            ahead.setdefault(id(min(heads, key=lambda c: c.trigger.start)), []).append(m)
    first = min(c.trigger.start for c in cands)
    umbrella = [m for m in items if m.end <= first]
    for cand in cands:
        mine = after.get(id(cand)) or ahead.get(id(cand))
        later = [m for m in untils if m.start > cand.trigger.start]
        if later:
            cand.until = later[0]
        if mine:
            cand.date = min(mine, key=lambda m: abs(m.start - cand.trigger.start))
            cand.date = _until(cand.date, [m for m in untils if m.start > cand.date.start])
        elif umbrella:
            cand.date = umbrella[-1]


def _until(date: Mention, later: list[Mention]) -> Mention:
    """"opened today and will run until May 29": a start day and a later "until" day make a range."""
    dm = date.value
    nxt = next((m for m in later if getattr(m.value, "mod", None) == "until"), None)
    if nxt is None or dm.granularity != "day" or getattr(dm, "mod", None) or nxt.value.granularity != "day":
        return date
    end = nxt.value.end
    if dm.start is None or end is None or end < dm.start:
        return date
    import attrs

    merged = attrs.evolve(dm, end=end, end_char=nxt.value.end_char, text=f"{dm.text} ... {nxt.value.text}")
    return Mention("date", date.start, nxt.end, date.start_char, nxt.end_char, merged.text, None, merged)


def _assign_places(doc: Doc, cands: list[Candidate], heads: list[Candidate], places: list[Mention], actors: list[Mention]) -> None:
    """Each "in/at/to <city or country>" goes to the nearest trigger before it (else the
    nearest one); events without one share the place of the sentence's head event."""
    dw = doc_words(doc)
    preps = lexicon()["place_prepositions"]

    def after_prep(m: Mention) -> bool:  # "in Astana", "to the United Arab Emirates"
        if m.start > 1 and dw.lower[m.start - 1] == "the":
            return dw.lower[m.start - 2] in preps
        return m.start > 0 and dw.lower[m.start - 1] in preps

    def after_phrase(m: Mention) -> bool:  # "the Ministerial Meeting of the CICA, Nur-Sultan, October 12"
        return any(
            0 <= m.start - c.phrase_end <= 4 and all(t in ",()" or t.isspace() for t in dw.text[c.phrase_end : m.start])
            for c in cands
        )

    def visited(m: Mention) -> bool:  # "visited Dushanbe"
        return m.start > 0 and dw.lower[m.start - 1] in ("visited", "visiting", "toured", "visit")

    def hosting(m: Mention) -> bool:  # "Kuala Lumpur also hosted the summit"
        words = dw.lower[m.end : m.end + 3]
        return bool(set(words[:2]) & {"hosted", "hosts", "host"}) and m.end < min(c.trigger.start for c in cands)

    lex = lexicon()

    def topical(m: Mention) -> bool:  # "discussed security in Afghanistan"
        owner_starts = [c.trigger.end for c in cands if c.trigger.end <= m.start]
        return bool(owner_starts) and any(t in lex["topic_words"] and t != "on" for t in dw.text[max(owner_starts) : m.start])

    titled = _title_tokens_of(actors)
    spots = [m for m in places if (after_prep(m) or after_phrase(m) or hosting(m) or visited(m)) and not topical(m) and m.start not in titled]
    spots += [m for m in actors if m.kind == "country" and (after_prep(m) or visited(m)) and not topical(m) and m.start not in titled]
    owned: dict[int, list[Mention]] = {}
    for m in spots:
        before = [c for c in cands if c.trigger.start < m.start]
        best = max(before, key=lambda c: c.trigger.start) if before else min(cands, key=lambda c: c.trigger.start)
        if hosting(m):
            best = min((c for c in cands if c.trigger.start > m.start), key=lambda c: c.trigger.start)
        owned.setdefault(id(best), []).append(m)
    for cand in cands:
        mine = owned.get(id(cand), [])
        cities = [m for m in mine if m.kind == "city"]
        if cities:
            cand.place = min(cities, key=lambda m: abs(m.start - cand.trigger.start))
        elif mine:
            cand.place_country = min(mine, key=lambda m: abs(m.start - cand.trigger.start)).id
    for m in spots:  # "a visit to Moscow, where he will take part in a meeting of the Council"
        if m.kind == "city" and m.end + 1 < len(doc) and dw.text[m.end] == "," and dw.lower[m.end + 1] == "where":
            for cand in cands:
                if cand.trigger.start > m.end and cand.place is None and cand.place_country is None:
                    cand.place = m
    shared = next((c for c in cands if c.place is not None and not c.distinct), None)
    for cand in cands:
        if cand.document and cand.place is None and cand.place_country is None and shared is not None:
            cand.place = shared.place  # "held talks in Astana and signed a memorandum"


def _clause_starts(doc: Doc, sent: _Sent) -> list[int]:
    """Token positions where a new clause begins: after ';' and after ', and' / ', while'."""
    lex = lexicon()
    verbs = lex["sign_words"] | lex["past_words"] | {"will", "held", "met", "hold", "meet"}
    starts = [sent.start]
    w = doc_words(doc)
    for i in range(sent.start, sent.end - 1):
        if w.text[i] == ";":
            starts.append(i + 1)
        elif w.text[i] == "," and w.lower[i + 1] in ("and", "while", "whereas", "but"):
            # only a clause with a verb of its own: ", and Iran and Tajikistan signed ..."
            if any(x in verbs for x in w.lower[i + 2 : min(sent.end, i + 12)]):
                starts.append(i + 1)
    return starts


def _owners(actor: Mention, cands: list[Candidate], first: int, clauses: list[int] | None = None) -> list[Candidate]:
    if clauses and len(clauses) > 1:
        import bisect

        k = bisect.bisect_right(clauses, actor.start) - 1
        lo, hi = clauses[k], clauses[k + 1] if k + 1 < len(clauses) else 10**9
        same = [c for c in cands if lo <= c.trigger.start < hi]
        if same:
            cands, first = same, min(c.trigger.start for c in same)
    if actor.start < first:
        return cands
    before = [c for c in cands if c.trigger.start <= actor.start]
    if before:
        return [max(before, key=lambda c: c.trigger.start)]
    return [min(cands, key=lambda c: c.trigger.start)]


def _framework_context(doc: Doc, actor: Mention) -> bool:
    dw = doc_words(doc)
    prev = " ".join(dw.lower[max(0, actor.start - 5) : actor.start])
    return bool(_FRAMEWORK_BEFORE.search(prev))


