"""Organizations the gazetteer does not know, found from the words around them."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ._table import Mention

__all__ = ["unknown_organizations"]


def unknown_organizations(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Organizations the gazetteer does not know, where the text says who organized, hosted
    or signed: "organized by the Gorchakov Public Diplomacy Fund and the ... Center".

    A run of capitalised words (with "of", "for", "the"...) after such a cue is an
    organization when it contains a head word such as Fund, Institute or Ministry; with a
    trained pipeline, its ORG entities there count too.
    """
    lex = lexicon()
    w = doc_words(doc)
    texts, lowered = w.text, w.lower
    # token -> end of the first mention over it: the known ones, then those found here
    covered: dict[int, int] = {}
    for m in known:
        for i in range(m.start, m.end):
            covered.setdefault(i, m.end)
    ents = {e.start: e for e in doc.ents if e.label_ == "ORG"} if doc.has_annotation("ENT_IOB") else {}
    out: list[Mention] = []
    n = len(lowered)
    has_sents = doc.has_annotation("SENT_START")

    def mention(start: int, end: int, name: str | None = None) -> Mention:
        start_char, end_char = w.chars(start, end)
        text = w.string[start_char:end_char]
        return Mention("organization", start, end, start_char, end_char, text, text if name is None else name)

    # the subjects of a signing: "the Eurasian Development Bank and the Kyrgyz Ministry of ... signed"
    last_heads = lex["org_heads"] | {"development", "affairs", "economy", "trade", "finance", "energy", "transport"}
    sign_words = lex["sign_words"]
    for i in [k for k, low in enumerate(lowered) if low in sign_words]:
        if i > 0:
            sent_start = w.sent_start[i] if has_sents else max(0, i - 30)
            j = i - 1
            while j >= sent_start and lowered[j] not in (";",):
                k = j + 1
                while j >= sent_start and j not in covered and (texts[j][:1].isupper() or lowered[j] in ("of", "for", "on", "&")):
                    j -= 1
                start = j + 1
                while start < k and lowered[start] in ("of", "for", "on", "&"):
                    start += 1
                if k - start >= 2 and any(x in lex["org_heads"] for x in lowered[start:k]) and lowered[k - 1] in last_heads:
                    out.append(mention(start, k))
                    covered.update(dict.fromkeys(range(start, k), k))
                j -= 1
    cues = _cues_by_first_word()
    for i in [k for k, low in enumerate(lowered) if low in cues]:
        cue_len = 0
        for cue in cues.get(lowered[i], ()):
            if lowered[i : i + len(cue)] == cue:
                cue_len = len(cue)
                break
        if not cue_len:
            continue
        j = i + cue_len
        while j < n and j - i < 40:
            text = texts[j]
            if lowered[j] in ("the", "and", ",", "as", "well") or text in ('"', "“", "”"):
                j += 1
                continue
            if j in covered:  # skip the mention over it, known or found above
                j = covered[j]
                continue
            if not text[:1].isupper():
                break
            if j - 1 in covered and texts[j - 1][:1].isupper():
                break  # "the OSCE Programme Office": a body of the organization just named
            k = j
            while k < n and k not in covered and (
                texts[k][:1].isupper() or lowered[k] in ("of", "for", "on", "the", "&", "-") or texts[k] in ('"', "“", "”")
            ):
                k += 1
            while k > j and (lowered[k - 1] in ("of", "for", "on", "the", "&", "-") or texts[k - 1] in ('"', "“", "”")):
                k -= 1
            named = lowered[i + cue_len - 1] in lex["org_name_cues"]  # "state corporation Rosatom"
            if k > j and (named or any(x in lex["org_heads"] for x in lowered[j:k]) or j in ents):
                span = doc[j:k]
                name = " ".join(t.text for t in span if t.text not in ('"', "“", "”") and t.text.strip())
                out.append(mention(j, k, name.replace(" - ", "-")))
                covered.update(dict.fromkeys(range(j, k), k))
            j = max(k, j + 1)
    return out


@functools.lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, list[list[str]]]:
    """The organization cues ("organized by", "state corporation") by their first word."""
    lex = lexicon()
    cues: dict[str, list[list[str]]] = {}
    for cue in sorted(lex["org_cues"] | lex["org_name_cues"], key=lambda c: (-len(c.split()), c)):
        cue_words = cue.split()
        cues.setdefault(cue_words[0], []).append(cue_words)
    return cues
