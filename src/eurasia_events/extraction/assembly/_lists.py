"""Lists of signed documents in the text: the line that introduces them ("Six documents were
signed:", "These include ..."), and the items under it, each a signed document of its own."""

from __future__ import annotations

import re
from typing import Any

from ._candidate import _Sent


#: a bullet or a number that opens an item of a list ("- Agreement on ...", "2. Memorandum ...")
_BULLET = re.compile(r"^\s*(?:[-–—•*·●○◦▪■‣⁃]|\d{1,2}[.)])\s*")


_NEXT_ITEM = re.compile(r"(?:^|\s)(?:,|and|, and|as well as|, as well as)(?: (?:a|an|the|another))?(?: [a-z-]+)?$")


#: a sentence that lists what the one before it counted: "These include ...", "Among them are ..."
_THESE = r"^\s*(?:These|They|Those|The documents|The agreements)\s+"
#: "are"/"were" naming what was counted, not a passive ("The documents were signed during talks")
_ARE = r"(?:are|were)\b(?!\s+(?:\w+ly\s+)?(?:\w+ed|drawn|made|given|seen|taken)\b)"
_THESE_INCLUDE = re.compile(_THESE + r"(?:include|included|includes|" + _ARE + r"|cover|covered)\b|^\s*Among (?:them|these|the documents)\b"
                            r"|^\s*There (?:is|are|was|were) also\b")  # ("N agreements were signed ... There is also an agreement on X")
#: ... and lists all of them ("These are A and B"; "These include ..." lists some)
THESE_ARE = re.compile(_THESE + _ARE)


def _signing_intro(dw: Any, sent: _Sent, lex: dict) -> tuple[int, int] | None:
    """The sentence that tells the signing of the documents this one lists: the one before ("These include
    ..."), or the one a run of bullets hangs from ("The sides signed the following documents:")."""
    if _items_of_signing(dw, sent, lex):
        return _sentence_before(dw, sent.start), sent.start  # (the sentence _items_of_signing read, past a blank line)
    k = sent.start
    while k > 0 and _BULLET.match(dw.span_text(k, min(len(dw.text), k + 3))):
        prev = dw.sent_start[k - 1]
        head = dw.span_text(prev, k).rstrip()
        if head.endswith(":") and set(dw.lower[prev:k]) & lex["sign_words"]:
            return prev, k
        if head.endswith(":") and len(head.split()) <= 3 and prev > 0:  # "Eight documents were signed. These include:"
            before = _sentence_before(dw, prev)
            return (before, k) if set(dw.lower[before:prev]) & lex["sign_words"] else None
        k = prev
    return None


def _items_of_signing(dw: Any, sent: _Sent, lex: dict) -> bool:
    """"Documents were signed after the talks. These include an agreement on A and a memorandum on B":
    the documents listed are the ones signed."""
    if not _THESE_INCLUDE.match(dw.span_text(sent.start, min(sent.end, sent.start + 4))) or sent.start == 0:
        return False
    return bool(set(dw.lower[_sentence_before(dw, sent.start) : sent.start]) & lex["sign_words"])


def _sentence_before(dw: Any, k: int) -> int:
    """Where the last sentence with words before token ``k`` starts: blank lines between are passed over."""
    prev = dw.sent_start[k - 1]
    while prev > 0 and not dw.span_text(prev, k).strip():
        prev = dw.sent_start[prev - 1]
    return prev


def _coordinated(gap: list[str], lex: dict) -> bool:
    """Whether the words between two document nouns join them as items of one list: "an
    agreement on taxes and customs, an agreement on trade": a topic, then "," or "and"."""
    # (a topic in brackets, "(S&T)", and a semicolon before the last item, "...; and four MoUs", keep the list)
    plain = [w for k, w in enumerate(gap) if not (w == ";" and gap[k + 1 : k + 2] == ["and"]) and not (w in ("(", ")") and ")" in gap[k:])]
    return (len(gap) <= 25 and not {";", ":", ".", "(", "including", "such"} & set(plain) and not set(gap) & lex["sign_words"]
            and bool(_NEXT_ITEM.search(" ".join(gap))))


def list_intro(text: str, start_char: int, sign_words: frozenset[str]) -> int | None:
    """Where the line introducing a list of signed documents starts, when ``start_char`` is
    on one of its items ("six documents were signed:" and lines starting "- Agreement on
    ...", "1. Memorandum ..."): such an item is signed, though the verb is far; else None.
    Items and the intro may be hard-wrapped over several lines."""
    line_start = text.rfind("\n", 0, start_char + 1) + 1
    line_end = text.find("\n", line_start)
    own = text[line_start : line_end if line_end != -1 else len(text)].strip()
    # an item has a bullet or a number, or, in a list of paragraphs, ends as an item does ("Agreement on ...,")
    plain = not _BULLET.match(own)
    if plain and not (own[:1].isupper() and own[-1:] in ",;."):
        return None
    pos = line_start - 1
    for _ in range(80):
        if pos <= 0:
            return None
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].strip()
        pos = prev_start - 1
        if not line or (_BULLET.match(line) if not plain else (line[:1].isupper() and line[-1] in ",;")):
            continue
        if line.endswith(":"):
            # the intro's sentence, back to where it starts on an earlier line
            start = prev_start
            while start > 1:
                before_start = text.rfind("\n", 0, start - 1) + 1
                before = text[before_start : start - 1].strip()
                if not before or before[-1] in ".!?:;" or _BULLET.match(before):
                    break
                start = before_start
            words = set(re.findall(r"[a-z]+", text[start:prev_start + len(line) + 1].lower()))
            if not words & sign_words and len(line.split()) <= 3 and start > 1:
                # "N documents were signed.<newline>Including:": the lead-in continues the line before it
                # (the last line with text: a blank line may stand between them)
                end = start - 1
                while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
                    end = text.rfind("\n", 0, end)
                start = text.rfind("\n", 0, max(end, 0)) + 1
                words = set(re.findall(r"[a-z]+", text[start:prev_start].lower()))
            return start if words & sign_words else None
        if line[-1] in ".!?":
            return None  # a sentence of the text, not the wrapped rest of an item
    return None
