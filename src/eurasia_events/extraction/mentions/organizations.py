"""Organizations the gazetteer does not know, found from the words around them."""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ._table import Mention

__all__ = ["unknown_organizations"]


def unknown_organizations(doc: Doc, known: list[Mention], gazetteer: Any = None) -> list[Mention]:
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
        return Mention("organization", start, end, start_char, end_char, text, text if name is None else name, {"unknown": True})

    def region(start: int, end: int, name: str | None = None) -> int:
        """A region that signs ("between Andijan province and the Osh Region", spec section 5): a body; where it ends."""
        out.append(mention(start, end, name or " ".join(t for t in texts[start:end] if t.strip())))
        covered.update(dict.fromkeys(range(start, end), end))
        return end

    out.extend(_plural_bodies(w, known, covered, gazetteer))
    out.extend(_headed_names(w, known, covered, lex, gazetteer))  # first: the cues below then skip them
    # the subjects of a signing: "the Eurasian Development Bank and the Kyrgyz Ministry of ... signed"
    last_heads = lex["org_heads"] | {"development", "affairs", "economy", "trade", "finance", "energy", "transport"}
    signs = [k for k, low in enumerate(lowered) if low in lex["sign_words"]]

    def sentence_start(i: int) -> int:
        return w.sent_start[i] if has_sents else max(0, i - 30)

    for i in signs:
        if i > 0:
            sent_start = sentence_start(i)
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
    for i in signs:  # (after every signing's organizations above: they keep their tokens)
        _signing_regions(w, i, sentence_start(i), covered, region)
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
            if j in covered and covered[j] < n and lowered[covered[j]] in _REGION_WORDS and lowered[i] == "between":
                start = j  # a known place before the region word: "Andijan province"
                while start - 1 > i and texts[start - 1][:1].isupper() and start - 1 not in covered:
                    start -= 1  # "North Kazakhstan Region"
                j = region(start, covered[j] + 1)
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
            if k > j and k < n and lowered[k] in _REGION_WORDS and lowered[i] == "between" and k not in covered:
                j = region(j, k + 1)  # an unknown name before the region word: "Osh province"
                continue
            named = lowered[i + cue_len - 1] in lex["org_name_cues"]  # "state corporation Rosatom"
            lone_head = k - j == 1 and lowered[j] in lex["org_heads"]  # "the Government of Uzbekistan" is the state
            if k > j and not lone_head and (named or any(x in lex["org_heads"] for x in lowered[j:k]) or j in ents):
                span = doc[j:k]
                name = " ".join(t.text for t in span if t.text not in ('"', "“", "”") and t.text.strip())
                out.append(mention(j, k, name.replace(" - ", "-")))
                covered.update(dict.fromkeys(range(j, k), k))
            j = max(k, j + 1)
    return out


def _signing_regions(w: Any, i: int, sent_start: int, covered: dict[int, int], region: Any) -> None:
    """"The Pavlodar region of Kazakhstan and the Tyumen region of Russia signed", "Kostanay and Chelyabinsk
    regions will sign": regions that are the subject of a signing (spec section 5: regions that sign are
    parties), each its own body."""
    texts, lowered = w.text, w.lower
    lo = max(sent_start, i - 16)
    words = [k for k in range(lo, i) if lowered[k] in _REGION_WORDS or lowered[k] in _REGIONS_PLURAL]
    if not words or not all(x in _SUBJECT_TO_SIGN or x in _REGION_WORDS or x in _REGIONS_PLURAL or texts[k][:1].isupper() or x in ("of", "the", "and", ",")
                            for k, x in ((k, lowered[k]) for k in range(words[0], i))):
        return  # (not "an agreement on the Kostanay region was signed": the region must be what signs)
    for r in words:
        if lowered[r] in _REGIONS_PLURAL:  # "Kostanay and Chelyabinsk regions": one body per name
            names = [r - 1] if r - 1 >= lo and texts[r - 1][:1].isupper() else []
            while names and names[-1] - 2 >= lo and lowered[names[-1] - 1] in ("and", ",") and texts[names[-1] - 2][:1].isupper() \
                    and not texts[names[-1] - 2].isupper():
                names.append(names[-1] - 2)  # ("Pavlodar, Kostanay and Tyumen regions")
            if len(names) >= 2:
                for j in names:
                    covered.pop(j, None)
                    region(j, j + 1, f"{texts[j]} {lowered[r][:-1]}")
            continue
        start = r
        while start - 1 >= lo and texts[start - 1][:1].isupper() and lowered[start - 1] not in ("the", "and"):
            start -= 1
        if start - 2 >= lo and lowered[start - 1] == "of" and lowered[start - 2] in _REGION_BODIES:
            start -= 2  # "the Akimat of Akmola region": the region's government
        if start < r:
            end = r + 3 if r + 2 < i and lowered[r + 1] == "of" and texts[r + 2][:1].isupper() else r + 1  # ("of Kazakhstan": its state, no party)
            for j in range(start, end):
                covered.pop(j, None)
            region(start, end, " ".join(texts[start : r + 1]))


def _headed_names(w, known: list[Mention], covered: dict[int, int], lex, gazetteer: Any = None) -> list[Mention]:
    """Named bodies anywhere in the text: a capitalised run around a head word ("the National
    Television and Radio Company of Uzbekistan", "the Pakistan Television Corporation",
    "Almaty Region Administration"). A country or demonym inside the name ("of
    Uzbekistan", "Kazakh") is part of it, not a side of its own (see :func:`absorbed`)."""
    texts, lowered, n = w.text, w.lower, len(w.text)
    heads = lex["org_heads"] - {"government", "forum", "union", "party", "group", "network", "initiative", "partnership", "council", "assembly", "parliament", "club", "exchange", "trust", "service", "office"}
    inner = {i: m for m in known if m.kind in ("country", "demonym", "city") for i in range(m.start, m.end)}
    out: list[Mention] = []
    for h in [k for k, low in enumerate(lowered) if low in heads and texts[k][:1].isupper()]:
        if h in covered and h not in inner:
            continue
        start = h
        while start > 0 and start - 1 not in covered or start - 1 in inner:
            prev = start - 1
            if prev < 0:
                break
            if texts[prev][:1].isupper() and texts[prev].isalpha() or prev in inner:
                start = prev
            elif texts[prev] in ("'s", "’s", "'", "’") and prev - 1 in inner and inner[prev - 1].kind == "country":
                start = inner[prev - 1].start  # "Uzbekistan's Ministry of Energy"
                break
            elif lowered[prev] == "and" and prev > 0 and texts[prev - 1][:1].isupper() and lowered[prev - 1] not in heads and prev - 1 not in covered \
                    and start not in inner:  # (not "X Grid and China Energy Corporation": a state's name begins another body)
                start = prev  # "Television and Radio Company"
            else:
                break
        end = h + 1
        # "Agency of the Government of Tajikistan", "Academy ... under the President of Uzbekistan"
        while end + 1 < n and lowered[end] in ("of", "for", "on", "under") and (
                texts[end + 1][:1].isupper() or end + 1 in inner
                or (lowered[end + 1] == "the" and end + 2 < n and texts[end + 2][:1].isupper() and (end + 2 not in covered or end + 2 in inner))):
            k = end + 1 if lowered[end + 1] != "the" else end + 2
            while k < n and (texts[k][:1].isupper() and texts[k].isalpha() and (k not in covered or k in inner)):
                k += 1
            if k < n and lowered[k] == "and" and k + 1 < n and texts[k + 1][:1].isupper() and k + 1 not in covered and lowered[k + 1] not in heads:
                k += 2  # "Ministry of Industry and Construction"
                while k < n and texts[k][:1].isupper() and texts[k].isalpha() and k not in covered:
                    k += 1
            end = k
        if end < n and texts[end] in ('"', "“", "«"):  # a quoted name after the body: 'Center "East-West"'
            close = next((k for k in range(end + 1, min(n, end + 7)) if texts[k] in ('"', "”", "»")), None)
            if close is not None and close > end + 1 and texts[end + 1][:1].isupper():
                end = close + 1
        while start < h and lowered[start] in ("and", "the"):
            start += 1
        if end - start < 2 or any(i in covered and i not in inner for i in range(start, end)):
            continue
        if h in inner and inner[h].start <= start and end <= inner[h].end:
            continue  # "the Russian Federation": a country's own name
        if start > 1 and texts[start - 1] in ("-", "–", "—") and start - 2 in inner and start in inner:
            continue  # "the Kazakh-Kyrgyz Intergovernmental Commission": the joint body of two states, told by them
        if start > 0 and start - 1 in covered and start - 1 not in inner and texts[start - 1][:1].isupper():
            continue  # "the OSCE Programme Office": a body of the organization just named
        start_char, end_char = w.chars(start, end)
        text = w.string[start_char:end_char]
        name = " ".join(t for t in texts[start:end] if t.strip() and (t[:1].isalnum() or t in ("-", "&"))).replace(" - ", "-")
        owner = _owner_prefix(texts, start, end, inner, gazetteer)
        if owner is not None and owner[0] != h:
            owner = None  # "China National Petroleum Corporation": a company's own name, as written
        if owner is not None:  # "Kazakhstan's Ministry of X", "the Kazakh Ministry of X": "Ministry of X of Kazakhstan"
            k, country = owner
            name = " ".join(t for t in texts[k:end] if t.strip()) + " of " + country
        out.append(Mention("organization", start, end, start_char, end_char, text, name, {"unknown": True}))
        for i in range(start, end):
            covered[i] = end
    return out


def _owner_prefix(texts: list[str], start: int, end: int, inner: dict[int, Mention], gazetteer: Any) -> tuple[int, str] | None:
    """Where the body's own name begins and the state it belongs to, for a name led by a
    state ("Kazakhstan's Ministry of Industry", "Belarus' Ministry", "the Kazakh Ministry")."""
    m = inner.get(start)
    if m is None or m.kind not in ("country", "demonym") or m.start != start or not m.id:
        return None
    k = m.end
    if k < end and texts[k] in ("'s", "’s", "'", "’"):
        k += 1
    if k >= end or not texts[k][:1].isupper():
        return None
    country = gazetteer.country_by_code(m.id) if gazetteer is not None else None
    return (k, country.name) if country is not None else None


_PLURAL_HEADS = {"ministries": "Ministry", "committees": "Committee", "agencies": "Agency", "chambers": "Chamber"}


def _plural_bodies(w: Any, known: list[Mention], covered: dict[int, int], gazetteer: Any = None) -> list[Mention]:
    """"the Ministries of Foreign Affairs of Uzbekistan and Belarus", "the ministries of health
    of A and B": one body of each state, "Ministry of Foreign Affairs of Uzbekistan" ... (the
    first mention spans the shared words, the others their state's name)."""
    texts, lowered, n = w.text, w.lower, len(w.text)
    countries = {m.start: m for m in known if m.kind == "country"}
    out: list[Mention] = []
    for k in [i for i, low in enumerate(lowered) if low in _PLURAL_HEADS and i + 2 < n and lowered[i + 1] == "of" and i not in covered]:
        j = k + 2  # the office: "Foreign Affairs", "health", "Economy and Trade"
        while j < n and j - k < 8 and lowered[j] not in ("of", "the", "a", "an") and (texts[j].isalpha() or texts[j] == "&"):
            j += 1
        first = j + 2 if j + 2 < n and lowered[j + 1] == "the" else j + 1  # "of the Republic of Uzbekistan and the Republic of Belarus"
        if j == k + 2 or first >= n or lowered[j] != "of" or first not in countries:
            continue
        office = " ".join(t if t.lower() in ("and", "&") else t[:1].upper() + t[1:] for t in texts[k + 2 : j])
        states, q = [], first
        while q in countries:
            states.append(countries[q])
            q = countries[q].end
            if q < n and texts[q] == ",":
                q += 1
            if q < n and lowered[q] == "and":
                q += 1
            if q < n and lowered[q] == "the":
                q += 1
        if len(states) < 2:
            continue
        for i, state in enumerate(states):
            start = k if i == 0 else state.start
            start_char, end_char = w.chars(start, state.end)
            country = gazetteer.country_by_code(state.id) if gazetteer is not None and state.id else None
            name = f"{_PLURAL_HEADS[lowered[k]]} of {office} of {country.name if country is not None else state.text}"
            out.append(Mention("organization", start, state.end, start_char, end_char, w.string[start_char:end_char], name, {"unknown": True}))
            covered.update(dict.fromkeys(range(start, state.end), state.end))
    return out


def absorbed(orgs: list[Mention], actors: list[Mention]) -> list[Mention]:
    """The country and demonym mentions inside the names of ``orgs`` ("of Uzbekistan")."""
    spans = [(o.start, o.end) for o in orgs]
    return [a for a in actors if a.kind in ("country", "demonym", "city") and any(s <= a.start and a.end <= e for s, e in spans)]


_REGION_WORDS = frozenset(["region", "province", "oblast", "oblys", "viloyat", "krai", "governorate", "prefecture"])
_REGIONS_PLURAL = frozenset(["regions", "provinces", "oblasts"])
#: a region's government named before it ("the Akimat of Akmola region")
_REGION_BODIES = frozenset(["akimat", "khokimiyat", "hokimiyat", "administration", "government", "mayoralty"])
#: what may stand between regions and the verb of their signing ("are planning to sign", "will")
_SUBJECT_TO_SIGN = frozenset(["are", "is", "will", "have", "has", "planning", "plan", "to", "set", "expected", "due", "going", "also", "would"])


@functools.lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, list[list[str]]]:
    """The organization cues ("organized by", "state corporation") by their first word."""
    lex = lexicon()
    cues: dict[str, list[list[str]]] = {}
    for cue in sorted(lex["org_cues"] | lex["org_name_cues"], key=lambda c: (-len(c.split()), c)):
        cue_words = cue.split()
        cues.setdefault(cue_words[0], []).append(cue_words)
    return cues
