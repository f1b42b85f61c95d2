"""Small text helpers shared by the stages: a cached blank tokenizer and string folding."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["phrase_tokens", "fold", "surname_skeleton"]


@functools.lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def phrase_tokens(text: str) -> list[str]:
    """The tokens of ``text`` as blank English spaCy splits them."""
    return [t.text for t in _tokenizer()(text)]


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: ``fold("Erdoğan") == fold("erdogan")``; a curly
    apostrophe is a straight one (``fold("People’s") == fold("People's")``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("ı", "i").replace("’", "'").split())


#: transliteration variants of one sound, written alike in a surname's skeleton
_SKELETON = (("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("tz", "ts"), ("w", "v"), ("ou", "u"), ("y", ""))


def surname_skeleton(surname: str) -> str:
    """A (folded) surname with its transliteration variants written alike (spec section 4):
    "nazarbaev" and "nazarbayev", "zhaparov" and "japarov", "berdimuhamedow" and
    "berdimuhamedov", "rakhmonov" and "rahmonov" give one skeleton: kh/h, zh/dzh/dj/j, w/v
    and ou/u alike, y dropped, hyphens dropped, doubled letters single."""
    s = surname.replace("-", "")
    for a, b in _SKELETON:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)
