"""A Doc's token attributes as plain Python lists, computed once per Doc.

Iterating or slicing a spaCy ``Doc`` creates a ``Token`` object per token, and the rule
stages look at the same words many times: who is near the trigger, which words precede
the actor, where the sentence starts. :func:`words` reads the attributes they need once,
with ``Doc.to_array``, and the stages index these lists instead.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from spacy.attrs import IDX, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

__all__ = ["Words", "joined", "remembered", "texts", "words"]

V = TypeVar("V")


class Words:
    """Token attributes of one Doc.

    Attributes:
        string: the Doc's text (``Doc.text`` joins every token anew on each access).
        text: each token's text.
        lower: each token's lower-case text.
        idx: each token's start character.
        sents: ``(start, end)`` token ranges of the sentences, in order, covering the Doc.
        sent_start: for each token, the first token of its sentence.
    """

    __slots__ = ("doc", "n", "string", "text", "lower", "idx", "sents", "sent_start", "_like_num")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = n = len(doc)
        if n:
            # one row per attribute, contiguous: converting a row is faster than a column
            arr = doc.to_array([ORTH, LOWER, IDX, SPACY, SENT_START]).T.copy()
            self.text = texts(doc, arr[0].tolist())
            self.string = joined(self.text, arr[3].tolist())
            self.lower = texts(doc, arr[1].tolist())
            self.idx = arr[2].tolist()
            starts = (arr[4] == 1).nonzero()[0].tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
        else:
            self.text, self.lower, self.idx, starts = [], [], [], []
            self.string = ""
        ends = starts[1:] + [n]
        self.sents = list(zip(starts, ends))
        sent_start: list[int] = []
        for s, e in self.sents:
            sent_start.extend([s] * (e - s))
        self.sent_start = sent_start
        self._like_num: list[int] | None = None

    @property
    def like_num(self) -> list[int]:
        """Each token's ``like_num`` (1 or 0: "10", "ten", "1,000"), read when first needed."""
        if self._like_num is None:
            self._like_num = self.doc.to_array(LIKE_NUM).tolist() if self.n else []
        return self._like_num

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (``doc[start:end].text``, without a Span)."""
        if end > self.n:
            end = self.n
        if start < 0:
            start = max(0, self.n + start)
        if end <= start:
            return ""
        start_char, end_char = self.chars(start, end)
        return self.string[start_char:end_char]

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """``(start_char, end_char)`` of tokens ``start`` to ``end`` (``end > start``, both in the Doc)."""
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])


_STRINGS: dict[int, str] = {}  # hash -> string, for all vocabularies (the hash is of the string)
_STRINGS_MAX = 100_000  # a real corpus's vocabulary keeps growing: start afresh past this (about 10 MB)


def texts(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of ``hashes`` (``ORTH``, ``LOWER``... values of ``doc``'s tokens).

    A dictionary lookup per token instead of a call into the ``StringStore``, which costs
    several times more and is the largest part of reading a Doc's words.
    """
    strings = doc.vocab.strings
    return remembered(_STRINGS, hashes, lambda k: strings[hashes[k]], _STRINGS_MAX)


def remembered(table: dict[Any, V], keys: Sequence[Hashable], compute: Callable[[int], V], limit: int) -> list[V]:
    """``table[key]`` for each of ``keys``; a key not in the table gets ``compute(k)`` (``k``:
    its position in ``keys``), kept for the next call. Past ``limit`` entries the table
    starts over, so a corpus's growing vocabulary cannot fill memory. Values are never None.
    """
    if len(table) > limit:
        table.clear()
    out = list(map(table.get, keys))
    if None in out:
        for k, value in enumerate(out):
            if value is None:
                out[k] = table[keys[k]] = compute(k)
    return out


def joined(texts: list[str], spaces: list[int]) -> str:
    """A Doc's text from its tokens' texts and ``SPACY`` flags (what ``Doc.text`` gives)."""
    return "".join([t + " " if sp else t for t, sp in zip(texts, spaces)])


_last: list[Any] = [None]


def words(doc: Doc, *, fresh: bool = False) -> Words:
    """The :class:`Words` of ``doc``; the last one built is reused for the same Doc.

    Args:
        doc: the Doc.
        fresh: build anew even if the last Doc is this one (a stage that starts the work on
            a Doc passes True, so edits made to the Doc in between are seen).
    """
    last = _last[0]
    if not fresh and last is not None and last.doc is doc and last.n == len(doc):
        return last
    built = Words(doc)
    _last[0] = built
    return built
