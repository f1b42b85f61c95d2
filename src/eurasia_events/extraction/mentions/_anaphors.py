"""Persons told by their title alone: "the Secretary General", "the Uzbek president",
"Kazakhstan's president" are the person named before with that office (and state) whom the story
has named most often, else the last one named."""

from __future__ import annotations

from collections import Counter
from typing import Callable

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ._table import Mention

__all__ = ["title_anaphors"]


def title_anaphors(
    doc: Doc, persons: list[Mention], taken: list[bool], actors_at: dict[int, Mention], lex: dict, is_name_word: Callable[[str, str, dict], bool]
) -> list[Mention]:
    """"the Secretary General", "the Russian minister" with no name: the last person
    mentioned before whose title has that head word."""
    dw = doc_words(doc)
    out: list[Mention] = []
    n = len(doc)
    synonyms = dict(item.split("=", 1) for item in lex["title_synonyms"])
    i = 0
    # "the Uzbek president", and "Kazakhstan's president" (a state's possessive before a title in lower case)
    starts = [k for k, low in enumerate(dw.lower) if low == "the" or (k in actors_at and actors_at[k].kind == "country" and actors_at[k].end < n
              and dw.lower[actors_at[k].end] in ("'s", "’s") and actors_at[k].end + 1 < n and dw.text[actors_at[k].end + 1].islower())]
    for the in starts if persons else []:
        if the < i or (taken[the] and dw.lower[the] == "the"):
            continue  # inside a title just read, or part of a name
        i = j = the
        j += 1 if dw.lower[the] == "the" else 0
        j += 1 if j < n and dw.lower[j] == "visiting" and dw.lower[the] == "the" else 0  # "the visiting minister": the guest just named
        states = set()
        while j < n and j in actors_at and actors_at[j].kind in ("organization", "demonym", "country"):
            if actors_at[j].kind != "organization":
                states.add(actors_at[j].id)
            j = actors_at[j].end
            if j < n and dw.lower[j] in ("'s", "’s") and dw.lower[the] != "the":
                j += 1
        k = j
        office = next((t for t in range(j, min(n, j + 3)) if dw.lower[t] in lex["title_words"]), None) if states else None
        if office is not None and all(dw.text[t].isalpha() and not taken[t] for t in range(j, office)):
            k = office  # "the Kazakh Defence Minister", "the Uzbek foreign minister": the portfolio before the office
        while k < n and (dw.lower[k] in lex["title_words"] or (dw.lower[k] == "prime" and k + 1 < n and dw.lower[k + 1] == "minister")) and not taken[k]:
            k += 1  # ("the prime minister")
        if k + 1 < n and dw.lower[k - 1] == "head" and dw.lower[k] == "of" and dw.lower[k + 1] in ("state", "government"):
            k += 2  # "the Head of State", "the head of government"
        plural = k > j and dw.lower[k - 1] in ("ministers", "presidents", "leaders", "heads", "premiers", "ambassadors", "officials")
        if plural or k == j or (k < n and (is_name_word(dw.text[k], dw.lower[k], lex) or dw.lower[k] in ("of", "'s"))):
            i += 1
            continue
        head = dw.lower[k - 1]
        heads = set(synonyms[head].split(",")) if head in synonyms else {head}
        if "prime" in dw.lower[j:k]:
            heads = {"prime", "premier"}  # "the prime minister": not any minister
        fits = [p for p in persons if p.start < i and heads & set(((p.value or {}).get("title") or "").lower().replace("-", " ").split())
                and (not states or (p.value or {}).get("country") in states)]  # "the Uzbek president": an Uzbek one
        if fits:
            # the one the story is about: named most often so far ("the Prime Minister will visit ..." after the
            # visiting prime minister and, once, the host's), else the last named ("the visiting minister")
            told = Counter(q.id for q in persons if q.start < i)
            p = fits[-1] if dw.lower[the + 1 : the + 2] == ["visiting"] else max(reversed(fits), key=lambda q: told[q.id])
            start_char, end_char = dw.chars(i, k)
            out.append(Mention("person", i, k, start_char, end_char, dw.string[start_char:end_char], p.id, dict(p.value, title_span=(i, k))))
        i = k
    return out
