"""String keys for gazetteer lookups: case, diacritics, punctuation and spelling folded.

Private helpers of :mod:`eurasia_events.gazetteer`. ``key("The Organisation of Turkic
States")`` and ``key("organization of turkic states")`` are equal; so are ``key("Nur-Sultan")``
and ``key("Nur Sultan")``, ``key("Erdoğan")`` and ``key("Erdogan")``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["key", "bulk_key", "city_key", "bulk_city_key", "is_latin", "is_acronym"]

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_APOSTROPHES = re.compile(r"[’‘`´ʼ']")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_SEPARATORS = re.compile(r"[^\w\s]|_")
# letters that NFKD does not decompose into base + combining mark
_LETTERS = str.maketrans({"ı": "i", "ə": "a", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ʻ": "", "ʿ": "", "ʾ": ""})
# British / American spellings inside organization names and titles
_SPELLING = {
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "defence": "defense",
    "labour": "labor",
}
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_PUNCTUATION = str.maketrans(
    {**{c: " " for c in "!\"#$%()*+,-/:;<=>?@[\\]^_{|}~‐‑‒–—―•·"}, **{c: None for c in "’‘`´ʼ'."}, "&": " and "}
)
_SPELLING_HINT = re.compile(r"isation|programme|centre|defence|labour")
_LATIN = re.compile(r"^[\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff\u0300-\u036f\u2018\u2019\u02bb\u02bc\u02bf\u02be]+$")


@functools.lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The lookup key of ``text``: casefolded, without diacritics, punctuation or a leading "the"."""
    return bulk_key(text)


def bulk_key(text: str) -> str:
    """:func:`key` without a cache, for building large indexes."""
    if text.isascii():
        t = text.lower()
        if not t.replace(" ", "").isalnum():
            t = _clean(t)
    else:
        t = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold().translate(_LETTERS)
        t = _clean(t)
    words = t.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if _SPELLING_HINT.search(t):
        words = [_SPELLING.get(w, w) for w in words]
    joined = " ".join(words)
    if "co operation" in joined:
        joined = joined.replace("co operation", "cooperation")
    return joined


def _clean(t: str) -> str:
    if "s" in t and ("'s" in t or "’s" in t):
        t = _POSSESSIVE.sub("", t)
    t = t.translate(_PUNCTUATION)
    if not t.replace(" ", "").isalnum():
        t = _SEPARATORS.sub(" ", t)
    return t


@functools.lru_cache(maxsize=65536)
def city_key(text: str) -> str:
    """Like :func:`key`, and "St"/"Ste" spelled out ("St. Petersburg" = "Saint Petersburg")."""
    return bulk_city_key(text)


def bulk_city_key(text: str) -> str:
    """:func:`city_key` without a cache, for building the 34k-city index."""
    if text.isascii() and text.replace(" ", "").isalpha():
        k = " ".join(text.lower().split())
        if k.startswith("the "):
            k = k[4:]
    else:
        k = bulk_key(text)
    if k.startswith("st ") or " st " in k or k.startswith("ste "):
        k = " ".join("saint" if w == "st" else "sainte" if w == "ste" else w for w in k.split())
    return k


def is_latin(text: str) -> bool:
    """Whether ``text`` is written only in Latin script (with punctuation and diacritics)."""
    return bool(_LATIN.match(text))


def is_acronym(text: str) -> bool:
    """Whether ``text`` is an acronym such as "UN", "U.S.", "EAEU", "G20" (matched in capitals only)."""
    text = _LEADING_THE.sub("", text.strip())
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text) <= 8 and " " not in text and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
