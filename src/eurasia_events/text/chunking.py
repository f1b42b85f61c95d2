"""Split a long text into paragraph-aligned chunks with their character offsets.

spaCy refuses texts longer than ``nlp.max_length`` (1,000,000 characters by default) and a
trained parser needs memory in proportion to the text. :func:`chunks` cuts such a text into
pieces of at most ``max_chars`` characters, preferring to cut after a paragraph break, then
after a line break, then after a sentence end, then at any whitespace, and only as a last
resort inside a word. The pieces cover the text exactly: joined they give the text back,
and ``text[offset:offset + len(chunk)] == chunk`` for every piece, so offsets found in a
chunk become offsets of the text by adding the chunk's offset.

The pieces can be run through ``nlp.pipe`` one by one and joined again with
``spacy.tokens.Doc.from_docs(docs, ensure_whitespace=False)``: the joined Doc has exactly
the original text, so every later stage sees one document with correct offsets.

Example:
    >>> from eurasia_events.text.chunking import chunks
    >>> text = "First one.\\n\\nSecond one.\\n\\nThird."
    >>> chunks(text, 15)
    [(0, 'First one.\\n\\n'), (12, 'Second one.\\n\\n'), (25, 'Third.')]
    >>> "".join(chunk for _, chunk in chunks(text, 15)) == text
    True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re

from ..errors import InputTypeError, InputValueError

__all__ = ["chunks"]

# Where a chunk may end, best first; a chunk ends after the whole whitespace run.
_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # paragraph break: a blank line
    re.compile(r"\n\s*"),  # line break
    re.compile(r"[.!?…][\"'”’»)\]]*\s+"),  # sentence end
    re.compile(r"\s+"),  # any whitespace
)


def chunks(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut ``text`` into consecutive pieces of at most ``max_chars`` characters.

    Each piece ends after a paragraph break when one lies in the second half of its window,
    else after a line break, a sentence end or a space there; failing that, after the last
    break of any kind in the window; a text without any whitespace is cut hard.

    Args:
        text: the text.
        max_chars: the largest piece, in characters (at least 1).

    Returns:
        ``(offset, piece)`` pairs in text order, covering the text exactly; one pair
        ``(0, text)`` when the text fits, including the empty text.

    Raises:
        InputTypeError: ``text`` is not a str or ``max_chars`` not an int.
        InputValueError: ``max_chars`` is smaller than 1.

    Example:
        >>> chunks("One line.\\nTwo line.", 12)
        [(0, 'One line.\\n'), (10, 'Two line.')]
    """
    if not isinstance(text, str):
        raise InputTypeError(f"text must be a str, got {type(text).__name__}: {text!r:.60}")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        raise InputTypeError(f"max_chars must be an int, got {type(max_chars).__name__}: {max_chars!r}")
    if max_chars < 1:
        raise InputValueError(f"max_chars must be at least 1, got {max_chars}")
    out: list[tuple[int, str]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        end = _cut(text, start, start + max_chars)
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    """The end of the piece that starts at ``lo`` and may not pass ``hi`` (lo < result <= hi)."""
    half = lo + (hi - lo) // 2
    for floor in (half, lo):
        for pattern in _BREAKS:
            end = _last_break(pattern, text, lo, hi)
            if end > floor:
                return end
    return hi


def _last_break(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    last = -1
    for match in pattern.finditer(text, lo, hi):
        last = match.end()
    return last
