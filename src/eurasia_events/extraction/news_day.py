"""The day of an article's news: what its lead, a digest's period or a photo caption says it is.

The events a story reports without a date of their own are its day's news (spec section 5):
they take the days its lead paragraph gives, a digest's stated period, or, with no publication
date or dateline, the full date of a photo caption. An event told with "then" is on the day the
sentence before it tells.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from .lexicon import lexicon
from .mentions import Mentions

__all__ = ["caption_date", "digest_period", "first_paragraph", "lead_date", "lead_is_an_account", "opens_an_account", "then_that_day"]

_CAPTION = re.compile(r"(?:^|\n)\s*\(?\s*(?:photo|picture|caption|pictured)\b[^\n]*$", re.I)


def caption_date(mentions: Mentions, text: str) -> Any:
    """With no publication date or dateline, a photo caption's full date is the text's date
    (spec section 5): "photo: the president at the ceremony in Ashgabat on 8 April 2014"."""
    for m in mentions.dates:
        v = m.value
        if v.granularity == "day" and v.start is not None and v.end == v.start and _CAPTION.search(text[: m.start_char]):
            return v
    return None


_DIGEST = re.compile(r"\b(?:events|developments|highlights)\b(?: \w+){0,2} (?:in|of|during)\s*$", re.I)


def digest_period(mentions: Mentions, text: str) -> Any:
    """A digest's stated period in its lead ("recalled the main events of 2018"): the date
    of every item that has none of its own (spec section 5)."""
    lead_end = text.find("\n", 200)
    for m in mentions.dates:
        if lead_end != -1 and m.start_char > lead_end:
            break
        v = m.value
        if v.granularity in ("year", "month", "quarter", "half") and v.start is not None and _DIGEST.search(text[max(0, m.start_char - 60) : m.start_char]):
            return v
    return None


def first_paragraph(text: str) -> tuple[int, int] | None:
    """Where the story's first paragraph is: its first line of eight words or more that ends a
    sentence, after the headline and whatever page furniture ("Latest News", an agency's name)."""
    for line in re.finditer(r"[^\n]+", text):
        if len(line.group(0).split()) >= 8 and re.search(r"[.!?\"”]\s*$", line.group(0)):
            return line.start(), line.end()
    return None


def opens_an_account(following: list[str]) -> bool:
    """Whether the lower-case words right after a day open an account of earlier news ("on
    Thursday explained the results of his tour", "on Friday spoke about his visit")."""
    lex = lexicon()
    if not following:
        return False
    return following[0] in lex["account_verbs"] or (following[0] in lex["account_verbs_about"] and following[1:2] in (["about"], ["of"], ["on"]))


def _lead_day(mentions: Mentions, text: str) -> Any:
    """The first full day the lead paragraph gives outside its dateline, or None."""
    end = text.find("\n\n", 80)
    dateline = mentions.dateline
    for m in mentions.dates:
        if end != -1 and m.start_char > end:
            break
        if dateline is not None and dateline.start_char <= m.start_char < dateline.end_char:
            continue
        v = m.value
        if v.granularity == "day" and v.start is not None and v.end is not None and not v.mod:
            return m
    return None


def lead_date(mentions: Mentions, text: str, anchor: datetime.date | None) -> Any:
    """The days the lead paragraph gives for the news ("discussed ... at the UN on Sept. 20-21
    with ..."): the date of the day's news told without a date of its own, when
    they are the last week's days before publication."""
    m = _lead_day(mentions, text)
    if anchor is None or m is None or _an_account_after(m, text):
        return None
    v = m.value
    if v.end <= anchor and (anchor - v.start).days <= 7 and (v.end != v.start or v.end != anchor):
        return v
    return None


def lead_is_an_account(mentions: Mentions, text: str) -> bool:
    """"X on Thursday explained the results of his tour": the lead's day is the day of an account,
    and what the account tells is earlier news, not the day's (spec section 5: an earlier event
    mentioned without a date keeps a null date)."""
    m = _lead_day(mentions, text)
    return m is not None and _an_account_after(m, text)


def _an_account_after(m: Any, text: str) -> bool:
    """Whether the words right after the date ``m`` open an account ("on Thursday explained ...")."""
    return opens_an_account(re.findall(r"\w+", text[m.end_char : m.end_char + 40].lower())[:2])


#: "will then hold talks", "Then, the two leaders signed": what comes next in the same account
_THEN = re.compile(r"(?:^|\b(?:will|would|and|they|he|she|leaders|presidents|sides)\s+)then\s+[^,.;:()]{0,60}$|^then,\s", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def then_that_day(drafts: list[Any], spans: dict[int, Any], mentions: Mentions, text: str) -> None:
    """"X will open the trade fair in Osh on Friday. The ministers will then sign the protocol": an event
    told with "then" and no date of its own is on the one day the sentence before tells."""
    for i, d in enumerate(drafts):
        c = d.first
        if spans[i] is not None or d.date is not None or not _THEN.search(c.lead_in):
            continue
        # the last date of the sentence right before (one sentence end between them), not of an earlier one
        ends = ((m, len(_SENTENCE_END.findall(text[m.end_char : c.sent_start_char]))) for m in reversed(mentions.dates) if m.end_char <= c.sent_start_char)
        last, n = next(((m, n) for m, n in ends if n), (None, 0))
        if last is None or n != 1 or getattr(last.value, "mod", None):
            continue
        day = last.value.to_span()
        if day.granularity == "day" and day.start is not None:
            spans[i] = day
