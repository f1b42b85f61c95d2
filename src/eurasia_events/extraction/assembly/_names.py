"""An event's name and edition from the words around its trigger: "the 24th SCO Summit",
"the VI Summit of CICA", "the Astana International Forum".
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention, Mentions
from ._candidate import _Index, _Sent

__all__ = ["edition_of", "title_case_words"]


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

_GENERIC_DOC_WORDS = frozenset(["memorandum", "memoranda", "of", "understanding", "cooperation", "agreement", "agreements",
                                "mou", "treaty", "the", "on", "a", "an", "and", "joint", "statement", "contract", "protocol"])

_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "your", "my", "each", "every", "any"])


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


#: words that open a sentence with a capital but name nothing: "Following talks ...", "After negotiations ..."
_OPENERS = frozenset(["following", "after", "before", "during", "upon", "ahead", "prior", "amid", "since", "at", "in", "on", "with", "through",
                      "bilateral", "separate", "further", "earlier", "later", "today", "yesterday"])


def _expand_name(doc: Doc, trig: Mention, mentions: Mentions, sent: _Sent, trigger_starts: set[int], index: _Index) -> tuple[int, int]:
    """The capitalised phrase that names the event around a noun trigger."""
    dw = doc_words(doc)
    orgs, places_at, person_at = index.orgs, index.places_at, index.person_at
    start, end = trig.start, trig.end
    # a headline in title case ("Caspian States Ink Three Agreements") capitalises every
    # word: there only organization names and ordinals can be part of an event's name
    titlecase = _title_case_line(dw, sent)
    # left: capitalised words, ordinals, organization and country names ("the VI CICA", "Russia-Central Asia")
    i = start - 1
    if i - 1 >= sent.start and dw.lower[i] in lexicon()["org_event_modifiers"] and (i - 1) in orgs and orgs[i - 1].kind == "organization":
        i -= 1  # "the CIS informal summit", "the SCO jubilee summit": the organization's, a word between
    while i >= sent.start:
        if i in person_at:
            break  # "President Vladimir Putin visits Astana": the subject of a verb, never a name's words
        if any(m.start <= i < m.end and getattr(m.value, "granularity", None) == "month" for m in mentions.dates):
            break  # "his February visit": when, not a name's word
        if i in orgs:
            start = orgs[i].start
            i = start - 1
            continue
        text, low = dw.text[i], dw.lower[i]
        if low in _DETERMINERS or low in lexicon()["generic_determiners"] or (i == sent.start and (low in _OPENERS or (dw.like_num[i] and text.isalpha()))):
            break  # ("Following talks in Minsk, ...", "Ten documents were signed": a sentence's opening word, not a name's)
        if text == ")" and i - 2 > sent.start and dw.text[i - 2] == "(" and dw.text[i - 1].isupper() and (i - 3) in orgs:
            i -= 3  # "the Economic Cooperation Organization (ECO) Summit"
            continue
        capital = text[:1].isupper() and (text.isalpha() or dw.like_num[i] or "-" in text) and not titlecase
        dash = text in ("-", "–") and i - 1 >= sent.start and dw.text[i - 1][:1].isupper() and not titlecase
        # "the Heart of Asia conference", "the Friends of Europe forum": 'of' between capitalised words
        linked = (low == "of" or (low == "and" and (i - 1) not in trigger_starts)) and start == i + 1 and i - 1 >= sent.start and dw.text[i - 1][:1].isupper() and dw.text[i - 1].isalpha() \
            and (i - 1) not in orgs and dw.lower[i - 1] not in _DETERMINERS and dw.lower[i - 1] not in _OPENERS and not titlecase and i - 1 > sent.start
        if capital or dash or linked or edition_of(text) is not None:
            start = i
            i -= 1
            continue
        break
    # right: "of the <Capitalised ...> (ACR)", ": KazanForum", a quoted title; never for a
    # visit, whose words on the right say where it goes ("will visit Kazakhstan")
    j = end if trig.value.type != "Visit" and dw.lower[end - 1] != "with" else sent.end  # ("an audience with the Emperor": a side, not a name)
    while j < sent.end:
        text, low = dw.text[j], dw.lower[j]
        if j in person_at:
            break  # "the state visit of Mongolian President X": a visitor, not a name
        if j in index.dates_at:
            break  # "the Eurasian Economic Forum on Monday": a date, not a name
        if j in trigger_starts and j != trig.start and not any(
                m.start == j and m.value.id in _COUNCIL_NAMES for m in mentions.triggers):  # ("a meeting of the CSTO Council of Foreign Ministers": its name)
            other = next((m for m in mentions.triggers if m.start == j), None)
            if other is not None and other.value.type == trig.value.type and dw.text[j - 1] in (":", "-", "–"):
                end = other.end  # "Forum Russia - Islamic World: KazanForum"
            break
        if j in orgs:
            j = orgs[j].end
            end = j
            continue
        if text[:1].isupper() and (text.isalpha() or dw.like_num[j] or "-" in text) and not titlecase:
            j += 1
            end = j
            continue
        if text in ("'", "’") and j + 1 < sent.end and dw.text[j - 1].endswith("s") and dw.text[j - 1][:1].isupper() and dw.text[j + 1][:1].isupper() and not titlecase:
            j += 1  # "the CSTO Defence Ministers' Council"
            continue
        if low in ("in", "at") and (j + 1) in places_at:
            break
        if low == "and" and (j + 1) in orgs and (j - 1) in orgs:
            j = orgs[j + 1].end  # "the Forum of Regions of Russia and Belarus"
            end = j
            continue
        if low in ("of", "on", "for", "the", "in", "-", "–", ":") and j + 1 < sent.end and (
            dw.text[j + 1][:1].isupper() or dw.lower[j + 1] == "the" or (j + 1) in orgs
        ) and not (low in ("-", "–", ":") and dw.lower[j + 1] == "the"):  # "the Conference - the Government House": a venue
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


_MINOR_WORDS = frozenset(["of", "the", "and", "in", "on", "for", "to", "with", "at", "a", "an", "by", "from", "as", "vs", "over"])


def title_case_words(words: list[str]) -> bool:
    """Words of a headline in title case: 4 to 16 of them, short function words apart, each capitalised."""
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    return 4 <= len(content) <= 16 and all(w[:1].isupper() for w in content)


def _title_case_line(dw: Any, sent: _Sent) -> bool:
    """A headline whose words are all capitalised: a line of 4 to 16 words, short function
    words apart, not ended by a full stop (a sentence full of names is no headline)."""
    tokens = [t for t in dw.text[sent.start : sent.end] if t.strip()]
    if not tokens or tokens[-1] in (".", "!", "?", '"', "”"):
        return False
    return title_case_words([w for w in tokens if w.isalpha()])


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
    orgs = [m for m in mentions.in_range("actors", start, end) if m.kind == "organization" and not (isinstance(m.value, dict) and m.value.get("unknown"))]
    org_ids = list(dict.fromkeys(m.id for m in orgs if m.id))
    if edition is not None and trig.value.type not in ("Summit", "Forum") and not any(texts[i][:1].isupper() for i in tokens if edition_of(texts[i]) is None):
        edition = None  # "his first trip": not an edition
    plain = lexicon()["generic_event_adjectives"]  # "Political consultations were held": capitalised only as the sentence's first word
    has_capital = any(texts[i][:1].isupper() and not (i == dw.sent_start[i] and lower[i] in plain) for i in tokens if i not in range(trig.start, trig.end)) or (
        trig.text[:1].isupper() and start < trig.start
    )
    quoted = any(texts[i] in ('"', "“", "«") for i in tokens)
    if trig.end - trig.start > 1 and trig.text[:1].isupper() and trig.start > dw.sent_start[start]:
        has_capital = True
    if trig.value.document and all(lower[i] in _GENERIC_DOC_WORDS for i in tokens):
        return None, edition, org_ids
    if not has_capital and not quoted:
        return None, edition, org_ids
    states = [m for m in mentions.in_range("actors", start, trig.start) if m.kind in ("country", "demonym")]
    states += [m for m in mentions.in_range("places", start, trig.start)]
    covered = {i for m in states for i in range(m.start, m.end)}
    if trig.text.islower() and states and end == trig.end and all(i in covered or texts[i] in ("-", "–", "—", "the") for i in range(start, trig.start)):
        return None, edition, org_ids  # "Russia-China talks", "the Shanghai summit": sides or a place, not a name
    if quoted:
        inner = [i for i in tokens if i > trig.end - 1 and texts[i] not in ('"', "“", "”", "«", "»")]
        while inner and lower[inner[0]] in ("titled", "entitled", "called", "named"):
            inner = inner[1:]
        if inner and (not any(texts[i][:1].isupper() or texts[i][:1].isdigit() for i in inner) or texts[inner[0]][:1].islower()):
            # 'called the talks "warm"', 'the summit "is a reflection of ..."': praise or a quoted predicate, not a title
            return None, edition, org_ids
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
        body = any(o.start >= k for o in orgs) or any(lower[i] in _BODY_WORDS for i in tokens if i >= k)
        if k > trig.end and k < end and dw.text[k][:1].isupper() and body:
            text_tokens = [i for i in tokens if i >= k]
        elif k > trig.end and k < end and dw.text[k][:1].isupper():
            return None, edition, org_ids  # "the meeting of the heads of state of Central Asia": a region, no body's name
    if not text_tokens or not (
        texts[text_tokens[0]][:1].isupper() or texts[text_tokens[0]][:1].isdigit() or quoted or edition_of(texts[text_tokens[0]])
    ):
        return None, edition, org_ids
    demonyms = {i for m in mentions.in_range("actors", start, end) if m.kind == "demonym" for i in range(m.start, m.end)}
    if trig.text.islower() and not org_ids and all(
        i in demonyms or not texts[i][:1].isupper() or texts[i] in ("-", "–") for i in text_tokens if i not in range(trig.start, trig.end)
    ):
        return None, edition, org_ids  # "a Russian forum", "the Russian-French deals": described by states, not named
    first_tok, last_tok = text_tokens[0], text_tokens[-1]
    base, end_char = dw.chars(first_tok, last_tok + 1)
    name = dw.string[base:end_char]
    for org in sorted(orgs, key=lambda o: -o.start_char):  # full names become ids: "VI CICA Summit"
        if org.id and org.text != org.id and org.start_char >= base:
            a, b = org.start_char - base, org.end_char - base
            name = name[:a] + org.id + name[b:]
    name = " ".join(w for w in name.split() if w not in lexicon()["org_event_modifiers"])  # "CIS informal summit" -> "CIS Summit"
    if org_ids and trig.text.islower() and name.endswith(" " + trig.text):
        name = name[: -len(trig.text)] + _title(trig.text)  # "the CSTO summit" -> "CSTO Summit"
    name = re.sub(r"\s*\(\s*[A-Z]{2,8}\s*\)", "", name).replace(" : ", ": ").replace(" , ", ", ")
    if name.lower() == head.lower():
        return None, edition, org_ids
    return name, edition, org_ids


_COUNCIL_NAMES = frozenset(["meeting-ministerial-council", "meeting-council-of-ministers"])
_BODY_WORDS = frozenset(["council", "commission", "committee", "assembly", "conference", "forum", "board", "organization", "organisation",
                         "union", "community", "cooperation", "dialogue", "parliament", "group", "format", "ministers", "states"])


def _title(words: str) -> str:
    small = ("of", "the", "and", "on", "for", "in")
    return " ".join(w if w.lower() in small else w[:1].upper() + w[1:] for w in words.split())
