"""Trigger matching that gives the spaCy ``Matcher``'s matches without running it over every token.

A spaCy ``Matcher`` tries each of its patterns at every token, and ``IN`` sets and
``REGEX`` values are checked by Python callbacks, so its cost grows with the number of
tokens times the number of patterns. Almost every trigger rule, though, names a word that
any match must contain ("summit", "visited", "memorandum"). :class:`TriggerMatcher`
sorts the token-pattern rules into:

* **single words**: a one-token pattern constrained only by ``LOWER`` (a word, an ``IN``
  list or a ``REGEX``): a dictionary lookup or a regular expression over the Doc's
  lower-case words;
* **anchored**: a pattern of bounded length with a required ``LOWER`` token (the anchor,
  the one with the fewest stop words):
  a spaCy ``Matcher`` runs only on the few short windows around the anchor's occurrences;
  any match contains its anchor, so it lies inside one of these windows;
* **the rest** (open-ended ``*``/``+`` patterns, no required word): one spaCy ``Matcher``
  over the whole Doc, run only when every required word of one of these rules occurs in
  it (always, for a rule without required words).

The matches are the same ``(key, start, end)`` triples a single ``Matcher`` holding every
pattern returns, in a fixed order.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher

from ...text.tokens import Words

__all__ = ["TriggerMatcher"]

_BOUNDED_OPS = (None, "!", "?")


def _words_of(token: dict[str, Any]) -> frozenset[str] | None:
    """The words a token's ``LOWER`` allows, or None when it is not a word or an IN list."""
    value = token.get("LOWER")
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return frozenset(value["IN"])
    return None


def _regex_of(token: dict[str, Any]) -> re.Pattern[str] | None:
    value = token.get("LOWER")
    if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
        return re.compile(value["REGEX"])
    return None


class TriggerMatcher:
    """The matches of token-pattern rules on a Doc, keyed like a spaCy ``Matcher``.

    Args:
        vocab: the Vocab of the Docs.
    """

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self._single: dict[str, list[int]] = {}  # word -> keys
        self._single_regex: list[tuple[re.Pattern[str], int]] = []
        self._anchored = Matcher(vocab)
        self._extent: dict[str, tuple[int, int]] = {}  # anchor word -> (tokens before, tokens after)
        self._rest = Matcher(vocab)
        self._rest_needs: list[list[frozenset[str]]] = []  # per rule of the rest: its required words
        self._order: dict[int, int] = {}  # key -> order of addition

    def __len__(self) -> int:
        return len(self._order)

    def add(self, key: str, pattern: list[dict[str, Any]]) -> None:
        """Add one token pattern under ``key`` (as ``Matcher.add(key, [pattern])``)."""
        key_id = self.vocab.strings.add(key)
        self._order.setdefault(key_id, len(self._order))
        if len(pattern) == 1 and set(pattern[0]) == {"LOWER"}:
            allowed = _words_of(pattern[0])
            if allowed is not None:
                for word in allowed:
                    self._single.setdefault(word, []).append(key_id)
                return
            regex = _regex_of(pattern[0])
            if regex is not None:
                self._single_regex.append((regex, key_id))
                return
        if all(tok.get("OP") in _BOUNDED_OPS for tok in pattern):
            required = [i for i, tok in enumerate(pattern) if tok.get("OP") is None and _words_of(tok)]
            if required:
                # the rarest required token: few stop words ("the session" is anchored at "session")
                anchor = min(required, key=lambda i: (len(_words_of(pattern[i]) & STOP_WORDS), i))
                self._anchored.add(key, [pattern])
                before, after = anchor, len(pattern) - anchor - 1
                for word in _words_of(pattern[anchor]) or ():
                    old = self._extent.get(word, (0, 0))
                    self._extent[word] = (max(old[0], before), max(old[1], after))
                return
        self._rest.add(key, [pattern])
        needs = [w for w in (_words_of(tok) for tok in pattern if tok.get("OP") in (None, "+")) if w]
        self._rest_needs.append(needs)

    def __call__(self, words: Words) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` matches on the Doc of ``words``, sorted by start, end and key order."""
        doc = words.doc
        lower = words.lower
        n = len(lower)
        found: set[tuple[int, int, int]] = set()
        single, extent = self._single, self._extent
        around: list[tuple[int, int]] = []
        present = set(lower)
        # the words of this Doc that a rule looks at, then only their positions
        by_regex: dict[str, list[int]] = {}  # word -> keys of the single-word REGEX rules it meets
        for regex, key in self._single_regex:
            for w in present:
                if regex.search(w):
                    by_regex.setdefault(w, []).append(key)
        wanted = (single.keys() & present) | (extent.keys() & present) | by_regex.keys()
        for i in [k for k, word in enumerate(lower) if word in wanted] if wanted else ():
            word = lower[i]
            keys = single.get(word, []) + by_regex.get(word, [])
            found.update((k, i, i + 1) for k in keys)
            span = extent.get(word)
            if span is not None:
                around.append((max(0, i - span[0]), min(n, i + span[1] + 1)))
        for lo, hi in _merged(around):
            found.update((k, lo + s, lo + e) for k, s, e in self._anchored(doc[lo:hi]))
        if self._rest_needs and any(all(present & need for need in needs) for needs in self._rest_needs):
            found.update(self._rest(doc))
        order = self._order
        return sorted(found, key=lambda m: (m[1], m[2], order.get(m[0], 0)))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching ``(start, end)`` ranges joined, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
