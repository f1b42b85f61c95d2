"""Person mentions from title + name patterns, with title and country from the text.

"Russian President Vladimir Putin", "Timur Zevakhin, deputy director of ...", "Mr Putin": a
run of capitalised words is a person when a title stands right before or after it, when it
starts with an honorific, or when the gazetteer knows it (or a trained pipeline's PERSON, see
``_entities``). Names keep the text's spelling ("R. Meredov", "N. Enkhtaivan") without a
patronymic. All mentions of one person (full name, transliteration variant, initials, a later
bare surname) share one name: the fullest form written in the text."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..lexicon import lexicon
from ...text.fold import fold, surname_skeleton
from ...text.tokens import remembered
from ...text.tokens import words as doc_words
from ._anaphors import title_anaphors
from ._entities import person_entity_fits
from ._table import Mention

__all__ = ["find_persons"]

_MAX_TITLE_TOKENS = 18
_PARTICLES = frozenset(["bin", "ibn", "bint", "al", "el", "ul", "van", "von", "de", "der", "da", "di", "du", "la", "le"])
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "R.", "S.M." (one token each)
_DIGRAPH = re.compile(r"^(?:[CKSZ]h|Ts|Y[aeou]|Dj)$")  # "Zh", "Sh", "Yu": a Cyrillic letter's initial, its full stop a token of its own
_GLUED = re.compile(r"^((?:[A-Z][a-z]?\.){1,3})([A-Z][^\W\d_]+)$")  # "N.Enkhtaivan"
_INITIAL_WORD = re.compile(r"^(?:(?:[A-Z][a-z]?\.)+|[A-Z])$")
_ROMAN = frozenset(["II", "III", "IV", "VI", "VII", "VIII"])  # regnal numbers: "Abdullah II"
# patronymics: one word ("Kemelevich", "Nikolaevna", "Serikuly"), or the father's name and a marker ("Heydar oglu")
_PATRONYMIC = re.compile(r"(?:vich|vych|ovna|evna|ivna|ichna|yich|uly|kyzy|qizi)$", re.IGNORECASE)
_PATRONYMIC_MARKERS = frozenset(["oglu", "ogly", "oghlu", "uulu", "uly", "kyzy", "gyzy", "qizi", "gizi"])
# lower-case nouns that stay inside a title before a name: "Governor of the Kurgan region X", "Speaker of the Mongolian parliament X"
_TITLE_NOUNS = frozenset(["region", "oblast", "province", "district", "city", "republic", "office", "port", "autonomous", "okrug", "krai", "county",
                          "municipality", "governorate", "prefecture", "parliament", "senate", "government", "ministry", "chamber"])
# words after a hyphen that make an adjective of a name ("Nur Otan-run"), not a syllable of it ("Kim Dong-yeon")
_NOT_SYLLABLES = frozenset(["run", "born", "up", "off", "like", "style", "type", "wide", "free", "made", "only"])
_TITLE_ACRONYMS = frozenset(["PM", "FM", "EAM", "VP", "DPM"])  # in capitals only: "PM Koizumi", not "5 pm"
# a counterpart's title is the other person's, its country its own ("his Tajik counterpart X")
_COUNTERPARTS = frozenset(["counterpart", "counterparts", "colleague", "colleagues"])
# words that never open a title, though the lexicon lists them as no names: dates, function words
_NOT_MODIFIERS = frozenset([w.lower() for w in [*calendar.month_name[1:], *calendar.day_name]] + ["today", "tomorrow", "yesterday", "new", "old"]) | STOP_WORDS
_SURNAME_FIRST = frozenset(["CHN", "KOR", "PRK", "TWN", "VNM"])  # "Li Zhaoxing", "Kim Dong-yeon"
# transliteration variants folded away when two spellings of a surname are compared (spec section 4)
_DASHES = ("-", "–", "—")


def _is_name_word(text: str, low: str, lex: dict[str, frozenset[str]]) -> bool:
    if len(text) < 2 or not text[0].isupper() or not text.replace("'", "").replace("’", "").isalpha():
        return False
    if text.isupper() and len(text) <= 5:  # acronyms: SCO, TASS
        return False
    return low not in lex["title_words"] and low not in lex["not_name_words"] and low not in lex["headline_words"]


_NAME_WORDS: dict[tuple[str, str], bool] = {}  # (text, lower) -> _is_name_word, for the lexicon's lists
_NAME_WORDS_MAX = 100_000  # a real corpus's vocabulary keeps growing: start afresh past this


def _name_words(texts: list[str], lower: list[str], lex: dict[str, frozenset[str]]) -> list[bool]:
    """:func:`_is_name_word` of each token, computed once per word form."""
    return remembered(_NAME_WORDS, list(zip(texts, lower)), lambda k: _is_name_word(texts[k], lower[k], lex), _NAME_WORDS_MAX)


def _skeleton(word: str) -> str:
    """A surname with its transliteration variants folded: "Mirziyoev" and "Mirziyoyev" are alike."""
    return surname_skeleton(fold(word))


def _variant(surname: str, other: str) -> bool:
    """Two spellings of one surname ("Toqaev"/"Tokayev", "Ramonov"/"Rahmonov"), not two ("Aslov"/"Muhriddin")."""
    a, b = _skeleton(surname), _skeleton(other)
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] in (b[i + 1 :], b[i:]) or a[i:] == b[i + 1 :]


def _is_initial(word: str) -> bool:
    return bool(_INITIAL_WORD.match(word))


def _initials(texts: list[str], idx: list[int], name: list[bool]) -> list[int]:
    """For each token, how many tokens an initial starting there takes (0: none): "R.", "S.M."
    one; "Zh" + "." two; a bare capital ("S Jaishankar") one, unless among others ("H E")."""
    n = len(texts)
    out = [0] * n
    for k, t in enumerate(texts):
        if _INITIAL.match(t):
            out[k] = 1
        elif _DIGRAPH.match(t) and k + 2 < n and texts[k + 1] == "." and idx[k] + len(t) == idx[k + 1] and name[k + 2]:
            out[k] = 2
        elif len(t) == 1 and t.isupper() and t not in "AI" and k + 1 < n and name[k + 1] and not (k and len(texts[k - 1]) == 1 and texts[k - 1].isupper()):
            out[k] = 1
    return out


def _name_runs(doc: Doc, taken: list[bool], lex: dict[str, frozenset[str]]) -> list[tuple[int, int]]:
    """Maximal runs of name tokens: initials, particles ("bin", "von der"), hyphen-joined parts
    ("Kassym-Zhomart", "Dong-yeon") and a regnal number ("Abdullah II") included."""
    w = doc_words(doc)
    texts, lower, idx = w.text, w.lower, w.idx
    name = _name_words(texts, lower, lex)
    glued = [bool(_GLUED.match(t)) for t in texts]
    initial = _initials(texts, idx, name)
    runs: list[tuple[int, int]] = []
    n = len(texts)
    joined = lambda k: idx[k - 1] + len(texts[k - 1]) == idx[k] and idx[k] + 1 == idx[k + 1]  # "-" without spaces
    particle = lambda k: lower[k] in _PARTICLES or lower[k] in _PATRONYMIC_MARKERS
    j = 0
    for i in range(n):
        if i < j or taken[i] or not (name[i] or glued[i] or initial[i]) or (i > 1 and texts[i - 1] == "-" and joined(i - 1)):
            continue  # (the second half of a hyphenated word: "Turkic-Speaking")
        j = last = i  # the run ends after its last name word
        words = 0
        while j < n and not taken[j]:
            if not texts[j].strip() and texts[j].count("\n") <= 1 and j > i and j + 1 < n and w.sent_start[j + 1] != j + 1 and (name[j + 1] or initial[j + 1]):
                j += 1  # "Wilfrido\nV. Villacorta": a line break inside a name
            elif initial[j] == 2:
                j += 2  # "Zh" + "."
            elif name[j] or glued[j]:
                j, last, words = j + 1, j + 1, words + 1
            elif initial[j]:
                j += 1
            elif particle(j) and j > i:
                k = j
                while k < n and particle(k) and not taken[k]:
                    k += 1
                if not (k < n and not taken[k] and name[k]):
                    break
                j, last, words = k + 1, k + 1, words + 1  # "Tamim bin Hamad Al Thani", "Ursula von der Leyen"
            elif texts[j] == "-" and j > i and j + 1 < n and not taken[j + 1] and joined(j):
                nxt = texts[j + 1]
                syllable = nxt.isalpha() and nxt.islower() and len(nxt) <= 5 and not nxt.endswith("ed") and nxt not in _NOT_SYLLABLES
                if not (name[j + 1] or (syllable and words >= 2 and last == j)):
                    break
                j = last = j + 2  # "Kassym-Zhomart", "Kim Dong-yeon", "Prayut Chan-o-cha"
            else:
                if texts[j] in _ROMAN and last == j and words:
                    last = j + 1
                break
        if last > i:
            runs.append((i, last))
        j = max(j, i + 1)
    return runs


def _run_words(dw: Any, start: int, end: int) -> list[tuple[int, str]]:
    """(first token, text) of each word of a name: "Kassym-Jomart" one, "Zh" + "." one, "N.Enkhtaivan" two."""
    texts = dw.text
    out: list[list[Any]] = []
    k = start
    while k < end:
        t, m = texts[k], _GLUED.match(texts[k])
        pair = k + 1 < end and ((t in ("-", "‑") and bool(out)) or (bool(_DIGRAPH.match(t)) and texts[k + 1] == "."))
        if pair and t in ("-", "‑"):
            out[-1][1] += "-" + texts[k + 1]
        elif pair:
            out.append([k, t + "."])  # "Zh" + "."
        elif t.strip():
            out.extend([[k, m.group(1)], [k, m.group(2)]] if m else [[k, t]])
        k += 2 if pair else 1
    return [(k, t) for k, t in out]


def _without_patronymic(words: list[str]) -> list[str]:
    """The name without a patronymic between the given name and the surname."""
    out, i = list(words), 1
    while len(words) > 2 and not any(map(_is_initial, words)) and i < len(out) - 1 and len(out) > 2:
        low = fold(out[i])
        if low in _PATRONYMIC_MARKERS and i >= 2:
            del out[i - 1 : i + 1]  # "Heydar oglu"
            i -= 1
        elif len(low) >= 6 and _PATRONYMIC.search(low):
            # ("Gennady Kazakevich Arkadievich": the surname ends like one, the patronymic comes last)
            del out[i + 1 if i == len(out) - 2 and len(fold(out[-1])) >= 6 and _PATRONYMIC.search(fold(out[-1])) else i]
        else:
            i += 1
    return out if len(out) >= 2 else words


def _compatible(words: list[str], other: str) -> bool:
    """Whether a name's first word starts like a given name of ``other`` ("Rashd"/"R."/"Rashid", "Tayyip")."""
    return bool(words) and fold(words[0])[:1] in [fold(w)[:1] for w in other.replace("-", " ").split()[:-1]]


_TITLE_MODIFIERS = frozenset(["first", "deputy", "vice"])  # title words that qualify an office ("First Deputy Prime Minister")


def _title_left(doc: Doc, start: int, end: int, actors_at: dict[int, Mention], lex, persons_at: set[int] = frozenset()) -> tuple[int, bool]:
    """Scan left from a name over a title phrase; return (title start, found a title word).

    It may hold organizations, countries, capitalised words, connectors, brackets, dashes, a few
    lower-case place nouns ("the Kurgan region") and one comma between two offices or before the name.
    """
    dw = doc_words(doc)
    texts, lowers = dw.text, dw.lower
    i, first, found, steps = start - 1, start, False, 0
    saved: tuple[bool, int] | None = None  # the phrase before a comma was crossed
    found_after = False
    while i >= dw.sent_start[start] and steps < _MAX_TITLE_TOKENS and i not in persons_at:
        text, low, actor = texts[i], lowers[i], actors_at.get(i)
        if not text.strip():
            i -= 1  # a line break inside the title ("Chinese Foreign\nMinister")
            continue
        if actor is not None and actor.kind in ("organization", "country", "demonym"):
            if actor.end < start and lowers[actor.end] == "and":
                break  # "X of Turkmenistan and UN Deputy Secretary-General Y": the end of the previous item
            first, i, steps = actor.start, actor.start - 1, steps + 1
            continue
        if low in lex["headline_words"] or (low == "and" and found and (i + 1) in actors_at and actors_at[i + 1].kind in ("country", "demonym")):
            break  # "... Hosts Dinner in Honor of President X": a headline's verb; "the Turkish leader and Azerbaijani President X": another's
        if low in _TITLE_MODIFIERS and not found:
            break  # "the first High-Level Council session": an ordinal, no office without its noun
        if low in lex["title_words"] or text in _TITLE_ACRONYMS:
            found, first, found_after = True, i, saved is not None
        elif text == ",":
            before = lowers[i - 1] in lex["title_words"] or lowers[i - 1] in _TITLE_NOUNS or texts[i - 1][:1].isupper() or (i - 1) in actors_at
            if saved is not None or i == 0 or not before or (texts[i - 1].islower() and found):
                break  # (and "with the Kazakh president, Iranian President X": a title of its own after the comma)
            if i == start - 1 and not (end >= len(texts) or texts[end] in (",", ".", ")", ";", "(") or lowers[end] in ("and", "who")):
                break  # "the Speaker of the National Assembly, Alen Simonyan, and ...": a name that closes the apposition
            if i < start - 1 and not any(lowers[k] in lex["title_words"] for k in range(i + 1, min(i + 3, start))) \
                    and not (i + 2 < start and texts[i + 1][:1].isupper() and lowers[i + 2] in ("and", ",")):
                break  # "Kazakhstan, Foreign Minister X": the comma ends another clause (not "Minister of Culture, Crafts and Tourism X")
            saved = (found, first)
        elif low in lex["title_connectors"] or (text[:1].isupper() and text.replace("’", "").replace("'", "").isalpha()) or text in ("(", ")", *_DASHES) \
                or low in _TITLE_NOUNS or low in lex["honorifics"]:  # ("Defence Minister Col. Gen. X")
            if not found and low in lex["title_connectors"] and i == start - 1:
                break  # "met with X": a connector right before the name is no title
        else:
            break
        i, steps = i - 1, steps + 1
    if saved is not None and not found_after:
        found, first = saved
    if not found:
        return start, False
    # a title phrase begins at its first capitalised word or title word
    while first < start and (lowers[first] in lex["title_connectors"] or texts[first] in (",", ")", *_DASHES) or not texts[first].strip()):
        first += 1
    return _modifiers_before(dw, first, actors_at, lex, persons_at), True


def _modifiers_before(dw: Any, first: int, actors_at: dict[int, Mention], lex, persons_at: set[int]) -> int:
    """Extend a title over the words that qualify its first title word ("Foreign Minister",
    "Pakistani foreign minister"): no-name words of the lexicon that are no dates or function
    words, and a country or demonym before them."""
    texts, lowers = dw.text, dw.lower
    out, k = first, first - 1
    while k >= dw.sent_start[first] and k not in persons_at and k not in actors_at:
        text, low = texts[k], lowers[k]
        if text.strip() and not (
            text.isalpha() and not (text.isupper() and len(text) > 1) and low in lex["not_name_words"] and low not in _NOT_MODIFIERS and low not in lex["title_connectors"]
        ):
            break
        out = k if text.strip() else out
        k -= 1
    if out < first and k >= 0 and k in actors_at and actors_at[k].kind in ("country", "demonym"):
        return actors_at[k].start
    return out


def _title_right(doc: Doc, end: int, lex, names_at: set[int] = frozenset()) -> tuple[int, bool]:
    """", Deputy Director of ...": a title after a comma, up to the next named person (", Belarus X and ...": a list's next item)."""
    dw, n = doc_words(doc), len(doc)
    if end + 1 >= n or dw.text[end] != ",":
        return end, False
    j = end + 1 + (not dw.text[end + 1].strip() and end + 2 < n)
    j += dw.lower[j] in ("the", "a") and j + 1 < n
    if dw.lower[j] in lex["headline_words"]:
        return end, False  # "..., Says Moldavian President": a headline's verb, no title of the words before
    k = j
    while k < n and k - j < _MAX_TITLE_TOKENS and dw.sent_start[k] == dw.sent_start[end] and k not in names_at:
        text, low = dw.text[k], dw.lower[k]
        if not (low in lex["title_words"] or text in _TITLE_ACRONYMS or low in lex["title_connectors"] or text[:1].isupper() or text in ("(", ")", "-", "'s", "–", "—", "’s") or not text.strip()):
            break
        k += 1
    while k > j and dw.lower[k - 1] in lex["title_connectors"]:
        k -= 1
    # ", and the Secretary General ...": the next item of a list, not a title
    found = dw.lower[j] not in lex["title_connectors"] and any(dw.lower[i] in lex["title_words"] or dw.text[i] in _TITLE_ACRONYMS for i in range(j, k))
    return (k, True) if found else (end, False)


def _country_in(span_tokens: range, actors_at: dict[int, Mention]) -> str | None:
    """The state of a title: its nationality word first ("Uzbek Ambassador to Russia", "Russia - Belarusian President"), else its first country."""
    found = [a for i in span_tokens if (a := actors_at.get(i)) is not None and a.kind in ("country", "demonym")]
    return next((a.id for a in found if a.kind == "demonym"), found[0].id if found else None)


def _country_before(dw: Any, left: int, actors_at: dict[int, Mention]) -> str | None:
    """"Russia's President X": a country right before the title, not one ending the previous clause."""
    k = left - 1 - (left > 1 and dw.text[left - 1] in ("'s", "’s"))
    actor = actors_at.get(k) if k >= 0 else None
    return actor.id if actor is not None and actor.kind in ("country", "demonym") else None


def _country_after(dw: Any, end: int, actors_at: dict[int, Mention]) -> str | None:
    """"X of Turkmenistan", "X from Kyrgyzstan": the country right after a name."""
    if end >= len(dw.text) or dw.lower[end] not in ("of", "from"):
        return None
    k = end + 1 + (end + 1 < len(dw.text) and dw.lower[end + 1] == "the")
    actor = actors_at.get(k)
    return actor.id if actor is not None and actor.kind == "country" and actor.start == k else None


def _city_country(dw: Any, span: range, actors_at: dict[int, Mention], lex, gazetteer: Any) -> str | None:
    """The country of a city named in a title ("Mayor of Almaty"); none in an organization's title."""
    texts, lowers = dw.text, dw.lower
    for i in span if not any((a := actors_at.get(i)) is not None and a.kind == "organization" for i in span) else []:
        if i in actors_at or not texts[i][:1].isupper() or lowers[i] in lex["title_words"] or lowers[i] in lex["not_name_words"]:
            continue
        for size in (3, 2, 1):
            hit = gazetteer.name_index().get("".join(fold(texts[k]) for k in range(i, i + size))) if i + size <= span.stop else None
            if hit is not None and hit[0] in ("city", "town") and (city := gazetteer.city_by_id(hit[1])) is not None and city.country:
                return city.country
    return None


def _clean_title(doc: Doc, start: int, end: int, actors_at: dict[int, Mention], lex) -> str | None:
    """The title words without a leading demonym/country, honorifics before the name
    ("H.E. Mr.", "H E", "Sheikh") and a trailing "of Russia"; None if nothing is left."""
    dw = doc_words(doc)
    lower, texts = dw.lower, dw.text
    toks = list(range(start, end))
    is_country = lambda k: k in actors_at and actors_at[k].kind in ("country", "demonym")
    while toks and (is_country(toks[0]) or lower[toks[0]] in lex["title_connectors"] or texts[toks[0]] in ("'s", "’s", ",", ")", *_DASHES)):
        toks.pop(0)
    # honorifics between the title and the name ("Ambassador" only after another title), "H E", "His Highness"
    while toks and (
        (lower[toks[-1]] in lex["honorifics"] and (lower[toks[-1]] != "ambassador" or any(lower[k] in lex["title_words"] for k in toks[:-1])))
        or (len(texts[toks[-1]]) == 1 and texts[toks[-1]].isupper())
        or (lower[toks[-1]] in ("his", "her") and end - toks[-1] > 1)
        or texts[toks[-1]] in (",", "(", *_DASHES)
    ):
        toks.pop()
    if toks and is_country(toks[-1]):  # "President of Russia", "Minister of ... of the Republic of Kazakhstan"
        k = len(toks) - 1
        while k > 0 and is_country(toks[k - 1]):
            k -= 1
        k -= k > 0 and lower[toks[k - 1]] == "the"
        if k > 0 and lower[toks[k - 1]] == "of":
            toks = toks[: k - 1]
    while toks and (lower[toks[-1]] in lex["title_connectors"] or texts[toks[-1]] in (",", "(", *_DASHES)):
        toks.pop()
    if not toks:
        return None
    text = dw.span_text(toks[0], toks[-1] + 1)
    return text[:1].upper() + text[1:]


def _counterpart_follows(dw: Any, end: int) -> bool:
    """"X met his Kyrgyz counterpart Y": X, the subject, is a person."""
    lowers, sent_start = dw.lower, dw.sent_start
    for p in range(end, min(end + 8, len(lowers))):
        if sent_start[p] != sent_start[end - 1] or lowers[p] in (".", ";"):
            return False
        if lowers[p] in ("his", "her"):
            return any(lowers[q] in _COUNTERPARTS for q in range(p + 1, min(p + 5, len(lowers))))
    return False


_BODY_HEADS = frozenset(["ministry", "committee", "agency", "department", "service", "office", "chamber", "fund", "commission",
                         "institute", "university", "centre", "center", "authority", "bureau", "administration", "inspectorate"])


def _part_of_longer_name(dw: Any, start: int, end: int, actors_at: dict[int, Mention], lex) -> bool:
    """A lone capitalised word inside a longer proper name ("the State Duma", "in New York",
    "the Eurasian Media Forum") or a dateline ("ISTANBUL"), not a surname after a title."""
    texts, lowers, prev = dw.text, dw.lower, start - 1
    t, low = (texts[prev], lowers[prev]) if prev >= 0 and prev not in actors_at else ("", "")
    return (
        (end - start == 1 and texts[start].isupper())
        or low in ("of", "the", "in", "at", "and", "for", "on", "to")
        or (t[:1].isupper() and t.isalpha() and low not in lex["title_words"] and low not in lex["honorifics"] and t not in _TITLE_ACRONYMS)
        or (end < len(texts) and texts[end][:1].isupper() and texts[end].isalpha())
    )


def _names_a_place(dw: Any, start: int, end: int, gazetteer: Any) -> bool:
    """Whether a word of the run is a city, country or organization name ("Astana Opera")."""
    index = gazetteer.name_index()
    return any((hit := index.get(fold(dw.text[k]))) is not None and hit[0] != "person" for k in range(start, end) if dw.text[k][:1].isupper())


def _whole_place(dw: Any, start: int, end: int, gazetteer: Any) -> bool:
    """Whether the run as a whole is a city, country or organization name ("Ak Orda")."""
    return (gazetteer.name_index().get("".join(fold(dw.text[k]) for k in range(start, end))) or ("person",))[0] != "person"


def _drop_leading(dw: Any, start: int, end: int, lex, gazetteer: Any) -> int:
    """Where the name starts in a run whose first words belong to what comes before: "the Milli
    Majlis Sahiba Gafarova", "President of Tatarstan Rustam Minnikhanov", "to Bishkek N. Golliyev"."""
    if start == 0:
        return start
    words = _run_words(dw, start, end)
    while dw.lower[start - 1] in ("of", "to", "in", "the", "for") and (len(words) >= 3 or (len(words) == 2 and _is_initial(words[1][1]))):
        first, text = words[0]
        hit = gazetteer.name_index().get(fold(text))
        if not text[:1].isupper() or _is_initial(text) or words[1][0] == first or hit is None or hit[0] not in ("city", "town"):
            break
        words = words[1:]  # a city's name (the index leaves out the given names it knows)
    start, prev = words[0][0], dw.lower[words[0][0] - 1]
    plain = len(words) >= 3 and not any(dw.lower[k] in _PARTICLES for k in range(start, end)) and not any(_is_initial(w) for _, w in words)
    after_title = prev == "of" and any(dw.lower[k] in lex["title_words"] for k in range(max(0, start - 5), start - 1))
    return words[-2][0] if plain and (prev == "the" or after_title) else start


class _Person:
    """One person of the text: its mentions as (mention, name words, (written in the text, a
    spelling the gazetteer knows)), gazetteer name, surname keys, given names by first letter."""

    __slots__ = ("canon", "country", "given", "members", "surnames")

    def __init__(self, canon: str | None) -> None:
        self.canon, self.country = canon, None
        self.surnames: list[str] = []
        self.given: dict[str, str] = {}
        self.members: list[tuple[Mention, list[str], tuple[bool, bool]]] = []


class _People:
    """The persons found so far, found again by gazetteer entry, surname and given name."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.by_key: dict[str, _Person] = {}  # surname skeleton (and a family name written first) -> first person

    def find(self, words: list[str], canon: str | None) -> _Person | None:
        """The person a name of two words or more names again: the same gazetteer entry, or a
        variant of the surname with a fitting given name ("Rashd Meredov", "R. Meredov")."""
        given, surname = fold(words[0]), _skeleton(words[-1])
        for p in self.people if canon is not None else []:
            if p.canon == canon:
                return p
        for p in self.people if len(words) >= 2 else []:
            if canon is not None and p.canon is not None:
                continue  # two different known persons
            if not p.given and self.by_key.get(surname) is p:
                return p  # "PM Koizumi" first, "Junichiro Koizumi" later
            same_given = given[:1] in p.given and fold(p.given[given[:1]]) == given
            if given[:1] in p.given and any(surname == s or (same_given and _variant(words[-1], s)) for s in p.surnames):
                return p
        return None

    def add(self, person: _Person | None, mention: Mention, words: list[str], canon: str | None, country: str | None, flags: tuple[bool, bool]) -> None:
        if person is None:
            self.people.append(person := _Person(canon))
        person.canon = person.canon or canon
        person.country = person.country or country
        person.members.append((mention, words, flags))
        for w in words[:-1]:
            person.given.setdefault(fold(w)[:1], w)
        keys = [_skeleton(words[-1])]
        if len(words) >= 2 and not _is_initial(words[0]) and (person.country in _SURNAME_FIRST or (person.country is None and len(words[0]) <= 5)):
            keys.append(_skeleton(words[0]))  # "Li" for Li Zhaoxing, "Zhang" for an SCO Secretary-General
        for k in keys:
            if (len(words) >= 2 or person.canon is not None) and k not in person.surnames:
                person.surnames.append(k)
            self.by_key.setdefault(k, person)

    def settle(self) -> None:
        """Give every mention of a person one name, the best written form (written in the text,
        fullest, a spelling the gazetteer knows: "Rashid" before "Rashd", first), and the title
        and country its other mentions have."""
        # "PM Imran" before or after "Prime Minister Imran Khan": a leader called by the given name of one person named in full
        for p in list(self.people):
            words = {fold(w[0]) for _, w, _ in p.members}
            if p.canon is None and not p.given and len(words) == 1:
                named = [o for o in self.people if o is not p and any(fold(g) in words for g in o.given.values())]
                if len(named) == 1:
                    named[0].members.extend(p.members)
                    self.people.remove(p)
        for p in self.people:
            rank = lambda item: (item[1][2][0], sum(not _is_initial(w) for w in item[1][1]), len(item[1][1]), item[1][2][1], -item[0])
            name = max(enumerate(p.members), key=rank)[1][0].id
            title = next((m.value.get("title") for m, _, _ in p.members if m.value.get("title")), None)
            country = next((m.value.get("country") for m, _, _ in p.members if m.value.get("country")), None)
            for m, _, _ in p.members:
                m.id = name
                m.value = dict(m.value, name=name, title=m.value.get("title") or title, country=m.value.get("country") or country)


def find_persons(doc: Doc, actors: list[Mention], gazetteer: Any, published: datetime.date | None) -> list[Mention]:
    """Person mentions of ``doc``; ``actors`` are the gazetteer mentions found so far. Gazetteer
    person mentions in ``actors`` are completed and removed from it; every person is returned."""
    dw, lex = doc_words(doc), lexicon()
    known = [m for m in actors if m.kind == "person"]
    actors[:] = [m for m in actors if m.kind != "person"]
    actors_at: dict[int, Mention] = {i: m for m in actors for i in range(m.start, m.end)}
    taken = [i in actors_at for i in range(len(doc))]
    candidates = [(m.start, m.end, "gazetteer") for m in known]  # (start, end, how)
    known_tokens = {i for m in known for i in range(m.start, m.end)}
    known_starts = {m.start for m in known}
    ents = {(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"} if doc.has_annotation("ENT_IOB") else set()
    for start, end in _name_runs(doc, taken, lex):
        if known_tokens.isdisjoint(range(start, end)):  # else it overlaps a gazetteer name
            candidates.append((_drop_leading(dw, start, end, lex, gazetteer), end, "run"))
    persons: list[Mention] = []
    person_tokens: set[int] = set()
    people = _People()
    for start, end, how in sorted(candidates):
        words = _without_patronymic([w for _, w in _run_words(dw, start, end)])
        if not words:
            continue
        left, has_left = _title_left(doc, start, end, actors_at, lex, person_tokens)
        left_title = _clean_title(doc, left, start, actors_at, lex) if has_left else None
        has_left = left_title is not None  # "Mr.", "H.E.": honorifics are no title
        right, has_right = _title_right(doc, end, lex, known_starts)
        honorific = start > 0 and dw.lower[start - 1] in lex["honorifics"]
        name = " ".join(words)
        earlier = people.by_key.get(_skeleton(words[-1])) if len(words) == 1 else None
        after = _country_after(dw, end, actors_at)
        entry = None
        if how == "gazetteer":
            entry = gazetteer.person(name, on=published)
        elif len(words) >= 2:
            entry = gazetteer.person(name, on=published) if len(words) <= 4 else None
            entry = entry if entry is None or _compatible(words, entry.name) else None  # "Ivan Lavrov" is not Sergey Lavrov
            if entry is None and (start > 1 and dw.lower[start - 1] in ("of", "for", "on") and dw.lower[start - 2] in _BODY_HEADS
                                  or (_whole_place(dw, start, end, gazetteer) and dw.lower[start - 1] not in lex["title_words"])):
                continue  # "the Ministry of Social Protection of Kazakhstan": the rest of a body's name; "(Ak Orda)": a place
            cue = has_left or has_right or honorific or ((start, end) in ents and person_entity_fits(dw, start, end))
            if not cue and entry is None and not (2 <= len(words) <= 4 and ((after and not _names_a_place(dw, start, end, gazetteer)) or _counterpart_follows(dw, end))):
                continue  # no title, honorific, "X of Kyrgyzstan" or "X met his counterpart"
        elif earlier is None:  # ("King Salman": of the two Salmans, the king)
            entry = gazetteer.person(words[0], on=published) or (gazetteer.person(f"{left_title} {words[0]}", on=published) if left_title else None)
            listed = start > 0 and dw.text[start - 1] == "," and end + 1 < len(dw.text) and dw.lower[end] in ("and", ",") and dw.text[end + 1][:1].isupper()
            if entry is None and (not (has_left or honorific) or listed or _part_of_longer_name(dw, start, end, actors_at, lex)
                                  or _names_a_place(dw, start, end, gazetteer)):
                continue  # (not "official Baku": the city for its government; not "Minister of Culture, Handicrafts and Tourism")
        title, country, title_span = None, None, (start, start)
        if has_left:
            title_span, title = (left, start), left_title
            # the title's own country first ("Kazakh President X"), then one after the name
            # ("President X of Turkmenistan"), then one just before it ("Russia's President X")
            country = _country_in(range(left, start), actors_at) or after or _country_before(dw, left, actors_at)
            country = country or _city_country(dw, range(left, start), actors_at, lex, gazetteer)
        elif has_right:
            title_span, title = (end + 1, right), _clean_title(doc, end + 1, right, actors_at, lex)
            country = _country_in(range(end + 1, right), actors_at) or _city_country(dw, range(end + 1, right), actors_at, lex, gazetteer)
        country = country or after
        if title and (fold(title).split() or [""])[-1] in _COUNTERPARTS:
            title = None if entry is not None else _other_title(persons, dw, start)
        if len(words) == 1 and earlier is not None:
            info = earlier.members[0][0]
            name, title, country = info.id, title or info.value.get("title"), country or info.value.get("country")
        elif entry is not None:
            if len(words) == 1:
                name = entry.name  # "President Tokayev": the full name; else the text's own spelling ...
            elif not any(map(_is_initial, words)) and _skeleton(words[-1]) != _skeleton(entry.name.split()[-1]) and _variant(words[-1], entry.name.split()[-1]):
                name = entry.name  # ... unless another transliteration of the surname ("Qasym-Zhomart Toqaev")
            country, title = country or entry.country, title or entry.title
        # the sentence splitter breaks after "Zh." (split from its full stop): the mention keeps to the
        # surname's sentence when it goes on after the name ("Zh. Khodzhaev held talks"), else to the initial's
        at = next((k for k in range(start + 1, end) if dw.sent_start[k] == k and dw.text[k - 1] == "."), start)
        at = at if at == start or next(e for s, e in dw.sents if s == at) > end + 1 else start
        start_char, end_char = dw.chars(at, end)
        mention = Mention("person", at, end, start_char, end_char, dw.string[start_char:end_char], name, {"name": name, "title": title, "country": country, "title_span": title_span})
        persons.append(mention)
        canon = entry.name if entry is not None else None
        expanded = len(words) == 1 and entry is not None  # "President Tokayev": the gazetteer's name, not a written one
        words = entry.name.split() if expanded else words
        people.add(earlier or people.find(words, canon), mention, words, canon, country, (earlier is None and not expanded, how == "gazetteer"))
        taken[start:end] = [True] * (end - start)
        person_tokens.update(range(start, end))
    # later bare surnames ("Putin said", "Putin's proposal")
    texts, lower = dw.text, dw.lower
    for i in [k for k, text in enumerate(texts) if not taken[k] and text[:1].isupper() and len(text) > 1]:
        text, low = texts[i], lower[i]
        if not text.replace("'", "").replace("’", "").replace("-", "").isalpha():
            continue
        person = people.by_key.get(_skeleton(text))
        if person is None and low not in lex["not_name_words"] and low not in lex["title_words"]:
            # a family name written first ("Xi" for Xi Jinping): ask the gazetteer
            entry = gazetteer.person(text, on=published)
            person = next((p for p in people.people if entry is not None and p.canon == entry.name), None)
        if person is not None and (earlier := person.members[0][0]).start < i:
            mention = Mention("person", i, i + 1, *dw.chars(i, i + 1), text, earlier.id, earlier.value)
            persons.append(mention)
            person.members.append((mention, [text], (False, False)))
    people.settle()
    persons.extend(title_anaphors(doc, persons, taken, actors_at, lex, _is_name_word))
    persons.sort(key=lambda m: m.start)
    return persons


def _other_title(persons: list[Mention], dw: Any, start: int) -> str | None:
    """The title of the person whose counterpart the person at ``start`` is: the last one before it in its sentence."""
    titles = [(p.value or {}).get("title") for p in persons if dw.sent_start[start] <= p.start < start]
    return next((t for t in reversed(titles) if t and (fold(t).split() or [""])[-1] not in _COUNTERPARTS), None)
