"""Small text helpers shared by the stages: a cached blank tokenizer and string folding."""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["phrase_tokens", "fold"]


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
