"""Person mentions from title + name patterns, with title and country from the text.

"Russian President Vladimir Putin", "Deputy Foreign Minister of Russia Andrey Rudenko",
"Timur Zevakhin, deputy director of ...", "Mr Putin": a run of capitalised words is a
person when a title stands right before or after it, when it starts with an honorific, or
when the gazetteer knows it. A later bare surname ("Putin said") links to the same person.
No trained model is needed; a trained pipeline's PERSON entities are used when present.
"""

from __future__ import annotations

import datetime
from typing import Any

from spacy.tokens import Doc

from ..lexicon import lexicon
from ...text.fold import fold
from ...text.tokens import remembered
from ...text.tokens import words as doc_words
from ._table import Mention

__all__ = ["find_persons"]

_MAX_TITLE_TOKENS = 18
_PARTICLES = frozenset(["bin", "ibn", "bint", "al", "el", "ul", "van", "von", "de", "der", "da", "di", "du", "la", "le"])


def _is_name_word(text: str, low: str, lex: dict[str, frozenset[str]]) -> bool:
    if len(text) < 2 or not text[0].isupper() or not text.replace("'", "").replace("’", "").isalpha():
        return False
    if text.isupper() and len(text) <= 5:  # acronyms: SCO, TASS
        return False
    return low not in lex["title_words"] and low not in lex["not_name_words"]


_NAME_WORDS: dict[tuple[str, str], bool] = {}  # (text, lower) -> _is_name_word, for the lexicon's lists
_NAME_WORDS_MAX = 100_000  # a real corpus's vocabulary keeps growing: start afresh past this


def _name_words(texts: list[str], lower: list[str], lex: dict[str, frozenset[str]]) -> list[bool]:
    """:func:`_is_name_word` of each token, computed once per word form."""
    return remembered(_NAME_WORDS, list(zip(texts, lower)), lambda k: _is_name_word(texts[k], lower[k], lex), _NAME_WORDS_MAX)


def _name_runs(doc: Doc, taken: list[bool], lex: dict[str, frozenset[str]]) -> list[tuple[int, int]]:
    """Maximal runs of name tokens, hyphen-joined parts included ("Kassym-Zhomart")."""
    w = doc_words(doc)
    texts, lower, idx = w.text, w.lower, w.idx
    name = _name_words(texts, lower, lex)
    runs: list[tuple[int, int]] = []
    n = len(texts)
    j = 0
    for i in [k for k, (is_name, is_taken) in enumerate(zip(name, taken)) if is_name and not is_taken]:
        if i < j:
            continue  # inside the run just found
        j = i + 1
        while j < n:
            if not taken[j] and name[j]:
                j += 1
            elif lower[j] in _PARTICLES and j + 1 < n and not taken[j + 1] and name[j + 1]:
                j += 2  # "Tamim bin Hamad Al Thani"
            elif (
                texts[j] == "-"
                and j + 1 < n
                and idx[j - 1] + len(texts[j - 1]) == idx[j] and idx[j] + 1 == idx[j + 1]  # no space around it
                and name[j + 1]
            ):
                j += 2  # "Kassym-Zhomart"
            else:
                break
        runs.append((i, j))
    return runs


def _title_left(doc: Doc, start: int, actors_at: dict[int, Mention], lex, persons_at: set[int] = frozenset()) -> tuple[int, bool]:
    """Scan left from a name over a title phrase; return (title start, found a title word)."""
    dw = doc_words(doc)
    i = start - 1
    found = False
    first = start
    steps = 0
    while i >= 0 and steps < _MAX_TITLE_TOKENS and i not in persons_at:
        text = dw.text[i]
        low = dw.lower[i]
        actor = actors_at.get(i)
        if actor is not None and actor.kind in ("organization", "country", "demonym"):
            first = actor.start
            i = actor.start - 1
            steps += 1
            continue
        if low in lex["title_words"]:
            found = True
            first = i
        elif low in lex["title_connectors"] or (text[:1].isupper() and text.isalpha()) or text in ("(", ")", "-"):
            if not found and low in lex["title_connectors"] and i == start - 1:
                break  # "met with X": a connector right before the name is no title
        else:
            break
        i -= 1
        steps += 1
    if not found:
        return start, False
    # a title phrase begins at its first capitalised word or title word
    while first < start and dw.lower[first] in lex["title_connectors"]:
        first += 1
    return first, True


def _title_right(doc: Doc, end: int, lex) -> tuple[int, bool]:
    """", Deputy Director of ...": a title after a comma; return (title end, found)."""
    dw = doc_words(doc)
    if end + 1 >= len(doc) or dw.text[end] != ",":
        return end, False
    j = end + 1
    if dw.lower[j] in ("the", "a") and j + 1 < len(doc):
        j += 1
    k = j
    found = False
    while k < len(doc) and k - j < _MAX_TITLE_TOKENS:
        text = dw.text[k]
        low = dw.lower[k]
        if low in lex["title_words"]:
            found = True
        elif not (low in lex["title_connectors"] or text[:1].isupper() or text in "()-'s"):
            break
        k += 1
    if not found:
        return end, False
    while k > j and dw.lower[k - 1] in lex["title_connectors"]:
        k -= 1
    return k, True


def _country_in(span_tokens: range, actors_at: dict[int, Mention]) -> str | None:
    for i in span_tokens:
        actor = actors_at.get(i)
        if actor is not None and actor.kind in ("country", "demonym"):
            return actor.id
    return None


def _clean_title(doc: Doc, start: int, end: int, actors_at: dict[int, Mention], lex) -> str | None:
    """The title words without a leading demonym/country and a trailing 'of Russia'."""
    dw = doc_words(doc)
    lower, texts = dw.lower, dw.text
    toks = list(range(start, end))
    while toks and (
        (toks[0] in actors_at and actors_at[toks[0]].kind in ("country", "demonym"))
        or lower[toks[0]] in lex["title_connectors"]
        or texts[toks[0]] in ("'s", "’s")
    ):
        toks.pop(0)
    while toks and (
        (toks[-1] in actors_at and actors_at[toks[-1]].kind in ("country", "demonym"))
        or lower[toks[-1]] in lex["title_connectors"]
        or lower[toks[-1]] in lex["honorifics"]
        or texts[toks[-1]] in ",("
    ):
        toks.pop()
    if not toks:
        return None
    text = dw.span_text(toks[0], toks[-1] + 1)
    return text[:1].upper() + text[1:]


def find_persons(doc: Doc, actors: list[Mention], gazetteer: Any, published: datetime.date | None) -> list[Mention]:
    """Person mentions of ``doc``; ``actors`` are the gazetteer mentions found so far.

    Gazetteer person mentions in ``actors`` are completed with title and country and
    removed from that list; every person mention is returned.
    """
    dw = doc_words(doc)
    lex = lexicon()
    taken = [False] * len(doc)
    actors_at: dict[int, Mention] = {}
    known = [m for m in actors if m.kind == "person"]
    for m in actors:
        if m.kind != "person":
            for i in range(m.start, m.end):
                taken[i] = True
                actors_at[i] = m
    actors[:] = [m for m in actors if m.kind != "person"]
    candidates: list[tuple[int, int, str]] = []  # (start, end, how)
    for m in known:
        candidates.append((m.start, m.end, "gazetteer"))
    known_tokens = {i for m in known for i in range(m.start, m.end)}
    ents = {(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"} if doc.has_annotation("ENT_IOB") else set()
    for start, end in _name_runs(doc, taken, lex):
        if not known_tokens.isdisjoint(range(start, end)):
            continue  # overlaps a gazetteer name
        if start > 0 and dw.lower[start - 1] == "the" and end - start >= 3:
            start = end - 2  # "the Milli Majlis Sahiba Gafarova": an institution, then the name
        candidates.append((start, end, "run"))
    persons: list[Mention] = []
    person_tokens: set[int] = set()
    by_surname: dict[str, Mention] = {}
    for start, end, how in sorted(candidates):
        left, has_left = _title_left(doc, start, actors_at, lex, person_tokens)
        right, has_right = _title_right(doc, end, lex)
        honorific = start > 0 and dw.lower[start - 1] in lex["honorifics"]
        words = [dw.text[i] for i in range(start, end) if dw.text[i] != "-"]
        is_ent = (start, end) in ents
        surname_key = fold(words[-1])
        earlier = by_surname.get(surname_key)
        if how == "run" and not (has_left or has_right or honorific or is_ent):
            person = gazetteer.person(dw.span_text(start, end), on=published) if _looks_like_name(words) else None
            if person is None and not (earlier and len(words) == 1):
                continue
        if len(words) == 1 and not (has_left or honorific or earlier or how == "gazetteer"):
            person = gazetteer.person(words[0], on=published)
            if person is None:
                continue
        title = None
        country = None
        title_span = (start, start)
        if has_left:
            title_span = (left, start)
            title = _clean_title(doc, left, start, actors_at, lex)
            # the title's own country first ("Kazakh President X"), then one just before it
            # ("Russia's President X"), not one ending the previous clause
            country = _country_in(range(left, start), actors_at) or _country_in(range(max(0, left - 2), left), actors_at)
        elif has_right:
            title_span = (end + 1, right)
            title = _clean_title(doc, end + 1, right, actors_at, lex)
            country = _country_in(range(end + 1, right), actors_at)
        name = dw.span_text(start, end)
        if len(words) == 1 and earlier is not None:
            name = earlier.id or name
            info = earlier.value
            title = title or info.get("title")
            country = country or info.get("country")
        else:
            entry = gazetteer.person(name, on=published)
            if entry is not None:
                if len(words) == 1:
                    name = entry.name  # "President Tokayev": the full name; else the text's own spelling
                country = country or entry.country
                title = title or entry.title
        start_char, end_char = dw.chars(start, end)
        mention = Mention(
            "person", start, end, start_char, end_char, dw.string[start_char:end_char], name,
            {"name": name, "title": title, "country": country, "title_span": title_span},
        )
        persons.append(mention)
        for t in words[-1:]:
            by_surname.setdefault(fold(t), mention)
        for i in range(start, end):
            taken[i] = True
            person_tokens.add(i)
    # later bare surnames ("Putin said", "Putin's proposal")
    texts, lower = dw.text, dw.lower
    for i in [k for k, text in enumerate(texts) if not taken[k] and text[:1].isupper()]:
        text, low = texts[i], lower[i]
        earlier = by_surname.get(fold(text))
        if earlier is None and low not in lex["not_name_words"] and text.isalpha():
            # a family name written first ("Xi" for Xi Jinping): ask the gazetteer
            entry = gazetteer.person(text, on=published)
            earlier = next((p for p in persons if entry is not None and p.id == entry.name), None)
        if earlier is not None and earlier.start < i:
            persons.append(Mention("person", i, i + 1, *dw.chars(i, i + 1), text, earlier.id, earlier.value))
    persons.extend(_title_anaphors(doc, persons, taken, actors_at, lex))
    persons.sort(key=lambda m: m.start)
    return persons


def _title_anaphors(doc: Doc, persons: list[Mention], taken: list[bool], actors_at: dict[int, Mention], lex) -> list[Mention]:
    """"the Secretary General", "the Russian minister" with no name: the last person
    mentioned before whose title has that head word."""
    dw = doc_words(doc)
    out: list[Mention] = []
    if not persons:
        return out
    n = len(doc)
    synonyms = dict(item.split("=", 1) for item in lex["title_synonyms"])
    i = 0
    for the in [k for k, low in enumerate(dw.lower) if low == "the"]:
        if the < i or taken[the]:
            continue  # inside a title just read, or part of a name
        i = the
        j = i + 1
        while j < n and j in actors_at and actors_at[j].kind in ("organization", "demonym", "country"):
            j = actors_at[j].end
        k = j
        while k < n and dw.lower[k] in lex["title_words"] and not taken[k]:
            k += 1
        plural = k > j and dw.lower[k - 1] in ("ministers", "presidents", "leaders", "heads", "premiers", "ambassadors", "officials")
        if plural or k == j or (k < n and _is_name_word(dw.text[k], dw.lower[k], lex)) or (k < n and dw.lower[k] in ("of", "'s")):
            i += 1
            continue
        head = dw.lower[k - 1]
        heads = set(synonyms[head].split(",")) if head in synonyms else {head}
        for p in reversed(persons):
            title = (p.value or {}).get("title") or ""
            if p.start < i and heads & set(title.lower().replace("-", " ").split()):
                start_char, end_char = dw.chars(i, k)
                text = dw.string[start_char:end_char]
                out.append(Mention("person", i, k, start_char, end_char, text, p.id, dict(p.value, title_span=(i, k))))
                break
        i = k
    return out


def _looks_like_name(words: list[Any]) -> bool:
    return 2 <= len(words) <= 4
