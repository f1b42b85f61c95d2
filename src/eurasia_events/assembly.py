"""Stage 2: a trigger plus the mentions around it becomes a candidate event.

For every trigger that survives the filters (hedges, negations, generic mentions, phone
calls, unsigned documents), :func:`assemble` gathers from its sentence: the event's
name and edition, the framework organizations, participants with roles, a place and a
date. Candidates of one real event are merged in stage 3 (:mod:`eurasia_events.merging`).
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from spacy.tokens import Doc, Span

from ._lexicon import lexicon
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
    r"\bat|\bduring|following|\bafter|\bbefore|preparations? for|within|framework of|run-up to)( the| this| that)?$"
)
_DISTINCT = re.compile(r"\b(next|upcoming|forthcoming|future|previous|last|past|first|second|third)$")
_NAME_HEADS = frozenset(["summit", "forum", "conference", "congress", "roundtable", "expo", "meeting", "council", "symposium", "session", "table"])


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
    framed: bool = False  # "on the sidelines of the summit": a frame for another event
    distinct: bool = False  # "the next summit": never the antecedent of "the summit"
    document: str | None = None
    evidence: list[tuple[int, int]] = attrs.Factory(list)

    @property
    def rule(self) -> Any:
        """The trigger rule."""
        return self.trigger.value


def _sentences(doc: Doc) -> list[Span]:
    return list(doc.sents)


def _window(doc: Doc, start: int, end: int) -> list[str]:
    return [t.lower_ for t in doc[max(0, start) : max(0, end)]]


def _clause_bounds(doc: Doc, sent: Span, start: int, end: int) -> tuple[int, int]:
    """The clause around a trigger: sentence limits cut at ';' and at ', which'."""
    left = sent.start
    for i in range(start - 1, sent.start - 1, -1):
        if doc[i].text in (";", ":"):
            left = i + 1
            break
    right = sent.end
    for i in range(end, sent.end):
        if doc[i].text == ";":
            right = i
            break
    return left, right


def _expand_name(doc: Doc, trig: Mention, mentions: Mentions, sent: Span) -> tuple[int, int]:
    """The capitalised phrase that names the event around a noun trigger."""
    orgs = {i: m for m in mentions.actors if m.kind in ("organization", "country", "demonym") for i in range(m.start, m.end)}
    start, end = trig.start, trig.end
    # left: capitalised words, ordinals, organization and country names ("the VI CICA", "Russia-Central Asia")
    i = start - 1
    while i >= sent.start:
        if i in orgs:
            start = orgs[i].start
            i = start - 1
            continue
        tok = doc[i]
        if tok.lower_ in ("the", "a", "an"):
            break
        capital = tok.text[:1].isupper() and (tok.is_alpha or tok.like_num or "-" in tok.text)
        dash = tok.text in ("-", "–") and i - 1 >= sent.start and doc[i - 1].text[:1].isupper()
        if capital or dash or edition_of(tok.text) is not None:
            start = i
            i -= 1
            continue
        break
    # right: "of the <Capitalised ...> (ACR)", ": KazanForum", a quoted title
    j = end
    while j < sent.end:
        tok = doc[j]
        if j in orgs:
            j = orgs[j].end
            end = j
            continue
        if tok.text[:1].isupper() and (tok.is_alpha or tok.like_num or "-" in tok.text):
            j += 1
            end = j
            continue
        if tok.lower_ in ("of", "on", "for", "the", "and", "in", "-", "–", ":") and j + 1 < sent.end and (
            doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ == "the" or (j + 1) in orgs
        ):
            j += 1
            continue
        if tok.text in ("(",) and j + 2 < sent.end and doc[j + 2].text == ")" and doc[j + 1].is_upper:
            j += 3
            end = j
            continue
        if tok.text in ('"', "“", "«", "'") and trig.end == end:
            k = j + 1
            while k < sent.end and doc[k].text not in ('"', "”", "»", "'") and k - j < 25:
                k += 1
            if k < sent.end and k > j + 1:
                end = k + 1
            break
        break
    # do not end on a connector
    while end > trig.end and doc[end - 1].lower_ in ("of", "the", "and", "in", "on", "for", "-", ":"):
        end -= 1
    return start, end


def _name_and_edition(doc: Doc, trig: Mention, start: int, end: int, mentions: Mentions) -> tuple[str | None, int | None, list[str]]:
    """Canonical short name, edition and framework organizations of a named event."""
    edition = None
    for tok in doc[start:end]:
        value = edition_of(tok.text)
        if value is not None and tok.i < trig.start + 1:
            edition = value
            break
    orgs = [m for m in mentions.actors if m.kind == "organization" and m.start >= start and m.end <= end]
    org_ids = list(dict.fromkeys(m.id for m in orgs if m.id))
    tokens = doc[start:end]
    has_capital = any(t.text[:1].isupper() for t in tokens if t.i not in range(trig.start, trig.end)) or (
        trig.text[:1].isupper() and start < trig.start
    )
    quoted = any(t.text in ('"', "“", "«") for t in tokens)
    if not has_capital and not quoted:
        return None, edition, org_ids
    if quoted:
        inner = [t for t in tokens if t.i > trig.end - 1 and t.text not in ('"', "“", "”", "«", "»")]
        if inner:
            return doc[inner[0].i : inner[-1].i + 1].text, edition, org_ids
    head = doc[trig.start : trig.end].text
    if orgs and not any(t.text[:1].isupper() and t.i not in range(trig.start, trig.end) and not any(o.start <= t.i < o.end for o in orgs) and edition_of(t.text) is None for t in tokens):
        # "the VI Summit of the Conference on ... (CICA)" -> "VI CICA Summit"
        ordinal = next((t.text for t in tokens if edition_of(t.text) is not None), None)
        parts = ([ordinal] if ordinal else []) + [org_ids[0] if org_ids else orgs[0].text] + [_title(head)]
        return " ".join(parts), edition, org_ids
    text_tokens = [t for t in tokens if t.lower_ not in ("the",)]
    if text_tokens and edition_of(text_tokens[0].text) is not None and text_tokens[0].text[:1].isdigit():
        text_tokens = text_tokens[1:]
    if not text_tokens:
        return None, edition, org_ids
    name = doc[text_tokens[0].i : text_tokens[-1].i + 1].text
    name = re.sub(r"\s*\(([A-Z]{2,8})\)", "", name)
    if name.lower() == head.lower():
        return None, edition, org_ids
    return name, edition, org_ids


def _title(word: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in word.split())


def _tense(doc: Doc, sent: Span, trig: Mention) -> str | None:
    lex = lexicon()
    words = [t.lower_ for t in sent]
    text = " " + " ".join(words) + " "
    near = " " + " ".join(_window(doc, trig.start - 8, trig.end + 8)) + " "
    for phrase in lex["ongoing_words"]:
        if f" {phrase} " in near:
            return "ongoing"
    for phrase in lex["planned_words"]:
        if f" {phrase} " in near:
            return "planned"
    for phrase in lex["past_words"]:
        if f" {phrase} " in text:
            return "past"
    return None


def _filtered(doc: Doc, sent: Span, trig: Mention, mentions: Mentions) -> bool:
    """True when the trigger is hedged, negated, a phone call or an unsigned document."""
    lex = lexicon()
    rule = trig.value
    before = _window(doc, max(sent.start, trig.start - 6), trig.start)
    after = _window(doc, trig.end, min(sent.end, trig.end + 4))
    if any(w in lex["negation_words"] for w in before[-4:]):
        return True
    if rule.type == "Meeting" and any(w in lex["phone_words"] for w in before[-3:] + after[:2]):
        return True
    if rule.document:
        sign_positions = [t.i for t in sent if t.lower_ in lex["sign_words"]]
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
    return False


def _is_generic(doc: Doc, sent: Span, trig: Mention, name: str | None) -> bool:
    if name:
        return False
    lex = lexicon()
    prev = doc[trig.start - 1].lower_ if trig.start > sent.start else ""
    if prev in lex["generic_determiners"]:
        return True
    return False


def _role_for(candidate: Candidate, actor: Mention, side: str, doc: Doc) -> str:
    """Role of an actor from the rule's hints and the words right before the actor."""
    rule = candidate.rule
    prev = " ".join(t.lower_ for t in doc[max(0, actor.start - 3) : actor.start])
    if re.search(r"(chaired by|chairmanship of|presided over by|chaired|chair)$", prev) or "chairmanship" in doc[actor.end : actor.end + 2].text.lower():
        return "chair"
    if re.search(r"(organi[sz]ed by|hosted by|convened by)$", prev):
        return "organizer" if candidate.type == "Forum" else "host"
    if re.search(r"(its host,|the host,|host country)$", prev) or doc[actor.end : actor.end + 3].text.lower().startswith(", the host"):
        return "host"
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
    sents = _sentences(doc)
    sent_of = {}
    for si, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = si
    dateline_end = mentions.dateline.end_char if mentions.dateline is not None else -1
    triggers_by_sent: dict[int, list[Mention]] = {}
    for trig in mentions.triggers:
        triggers_by_sent.setdefault(sent_of.get(trig.start, 0), []).append(trig)
    candidates: list[Candidate] = []
    for si, trigs in sorted(triggers_by_sent.items()):
        sent = sents[si]
        sent_cands: list[Candidate] = []
        for trig in trigs:
            if trig.start_char < dateline_end:
                continue
            if _filtered(doc, sent, trig, mentions):
                continue
            rule = trig.value
            p_start, p_end = (trig.start, trig.end)
            name, edition, orgs = None, None, []
            if rule.anchor == "noun":
                p_start, p_end = _expand_name(doc, trig, mentions, sent)
                name, edition, orgs = _name_and_edition(doc, trig, p_start, p_end, mentions)
            if _is_generic(doc, sent, trig, name):
                continue
            prev = doc[p_start - 1].lower_ if p_start > sent.start else ""
            anaphoric = rule.anchor == "noun" and name is None and not orgs and prev in lexicon()["anaphor_words"]
            before = " ".join(_window(doc, max(sent.start, p_start - 4), p_start))
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
                tense=_tense(doc, sent, trig),
                anaphoric=anaphoric,
                framed=bool(_FRAME.search(before)),
                distinct=bool(_DISTINCT.search(before)),
                document=rule.document,
                evidence=[(sent.start_char, sent.end_char)],
            )
            sent_cands.append(cand)
        sent_cands = _drop_nested(doc, sent_cands)
        _attach_arguments(doc, sent, sent_cands, mentions)
        candidates.extend(sent_cands)
    return candidates


def _drop_nested(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"the meeting of the CIS Council of Heads of State": the Summit wins over the Meeting;
    a trigger inside another candidate's name ("Business Forum" in a name) is dropped."""
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
                t.lower_ in ("of", "the") or t.text[:1].isupper() for t in doc[c.trigger.end : following[0].trigger.start]
            ):
                continue
        if inside and c.name is None and any(o.type != c.type or o.name for o in inside):
            continue
        out.append(c)
    return out


def _attach_arguments(doc: Doc, sent: Span, cands: list[Candidate], mentions: Mentions) -> None:
    if not cands:
        return
    actors = [m for m in mentions.actors if sent.start <= m.start < sent.end]
    places = [m for m in mentions.places if sent.start <= m.start < sent.end and m.start_char >= _dateline_end(mentions)]
    dates = [m for m in mentions.dates if sent.start <= m.start < sent.end and m.start_char >= _dateline_end(mentions)]
    heads = [c for c in cands if not c.framed] or cands
    first = min(c.trigger.start for c in heads)
    for actor in actors:
        if actor.kind == "demonym":
            # "the Russian side", "the Kazakh delegation" name a country; "Russian President" does not
            nxt = doc[actor.end].lower_ if actor.end < len(doc) else ""
            if nxt not in ("side", "delegation", "delegations", "government", "party", "parties", "leadership", "chairmanship", "presidency"):
                continue
        owners = _owners(actor, heads, first)
        for cand in owners:
            if cand.phrase_start <= actor.start and actor.end <= cand.phrase_end:
                continue  # part of the event's own name: a framework organization
            if actor.kind == "organization" and actor.id in cand.organizations:
                continue
            if actor.kind == "organization" and _framework_context(doc, actor):
                if actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)
                continue
            side = "before" if actor.start < cand.trigger.start else "after"
            cand.participants.append((actor, _role_for(cand, actor, side, doc)))
    for cand in cands:
        cand.place, cand.place_country = _place_for(doc, cand, places, actors, mentions)
        cand.date = _nearest(cand, dates)


def _dateline_end(mentions: Mentions) -> int:
    return mentions.dateline.end_char if mentions.dateline is not None else -1


def _owners(actor: Mention, cands: list[Candidate], first: int) -> list[Candidate]:
    if actor.start < first:
        return cands
    before = [c for c in cands if c.trigger.start <= actor.start]
    if before:
        return [max(before, key=lambda c: c.trigger.start)]
    return [min(cands, key=lambda c: c.trigger.start)]


def _framework_context(doc: Doc, actor: Mention) -> bool:
    prev = " ".join(t.lower_ for t in doc[max(0, actor.start - 5) : actor.start])
    return bool(re.search(r"(within|framework of|sidelines of|margins of|auspices of|under)( the)?$", prev))


def _place_for(doc: Doc, cand: Candidate, places: list[Mention], actors: list[Mention], mentions: Mentions) -> tuple[Mention | None, str | None]:
    preps = lexicon()["place_prepositions"]
    def ok(m: Mention) -> bool:
        return m.start > 0 and doc[m.start - 1].lower_ in preps
    cities = [m for m in places if ok(m)]
    if cities:
        best = min(cities, key=lambda m: abs(m.start - cand.trigger.start))
        return best, None
    countries = [m for m in actors if m.kind == "country" and ok(m) and m.start > cand.trigger.start]
    if countries:
        best = min(countries, key=lambda m: abs(m.start - cand.trigger.start))
        return None, best.id
    return None, None


def _nearest(cand: Candidate, items: list[Mention]) -> Mention | None:
    if not items:
        return None
    return min(items, key=lambda m: (abs(m.start - cand.trigger.start), m.start))
