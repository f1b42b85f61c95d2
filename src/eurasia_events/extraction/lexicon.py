"""The word lists of ``data/lexicon.json``, loaded once as frozensets."""

from __future__ import annotations

import functools
import json
from importlib import resources

__all__ = ["NUMBER_WORDS", "lexicon"]

#: number words up to twenty ("five officials", "two agreements")
NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Every list of ``data/lexicon.json`` by name (keys starting with ``_`` skipped)."""
    raw = json.loads((resources.files("eurasia_events") / "data" / "lexicon.json").read_text(encoding="utf-8"))
    return {key: frozenset(values) for key, values in raw.items() if not key.startswith("_")}
