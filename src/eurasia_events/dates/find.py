"""Finding and resolving date mentions: :func:`find_dates`, :func:`find_dateline` and :class:`DateMention`."""

from __future__ import annotations

import datetime
import email.utils
import functools
import re
import zlib
from typing import Any, Sequence

import attrs
import numpy
from spacy.attrs import IDX, ORTH, SPACY

from ._detect import _Cand, _candidates, _scan, _sentence_starts_of
from ._patterns import blank_tokenizer, token_classes, words
from ._resolve import _apply_mod, _resolve, _sentence_starts, _State, _Tenses
from ..text.pipeline import check_unicode
from ..text.tokens import words as doc_words
from ..errors import InputTypeError, PublishedDateError
from ..model.events import DateSpan

__all__ = ["DateMention", "find_dates", "find_dateline", "parse_dateline", "coerce_published"]

Date = datetime.date


@attrs.frozen
class DateMention:
    """One date expression of a text and the range of days it stands for.

    Attributes:
        start_char: offset of the first character in the text.
        end_char: offset after the last character (exclusive).
        text: ``text[start_char:end_char]``.
        start: first day, or None (open start, or year unknown).
        end: last day, or None (open end, or year unknown).
        granularity: ``day``, ``week``, ``month``, ``quarter``, ``half``, ``season`` or ``year``.
        mod: None or ``since``, ``until``, ``before``, ``after``, ``early``, ``mid``, ``late``, ``approx``.
        tense: ``past``, ``future``, ``present`` or None: the tense of the sentence around it.

    Example:
        >>> import datetime
        >>> DateMention(0, 9, "yesterday", datetime.date(2024, 7, 3), datetime.date(2024, 7, 3), "day").to_span().to_dict()
        {'start': '2024-07-03', 'end': '2024-07-03', 'granularity': 'day', 'text': 'yesterday'}
    """

    start_char: int
    end_char: int
    text: str
    start: Date | None
    end: Date | None
    granularity: str
    mod: str | None = None
    tense: str | None = None

    def to_span(self) -> DateSpan:
        """The record model's :class:`~eurasia_events.model.events.DateSpan` for this mention."""
        return DateSpan(self.start, self.end, self.granularity, self.text, self.mod)


# --------------------------------------------------------------------------- published


@functools.lru_cache(maxsize=1)
def _date_data_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def coerce_published(value: Any, argument: str = "published") -> Date | None:
    """Read a publication date given as None, a date, a datetime or a string.

    Strings may be ISO ("2024-07-04", "2024-07-04T10:00:00"), RFC 2822 as in feeds
    ("Thu, 04 Jul 2024 10:00:00 GMT") or another full explicit date ("4 July 2024").

    Args:
        value: the value to read.
        argument: the argument's name, for the error message.

    Returns:
        The date, or None for None.

    Raises:
        InputTypeError: ``value`` is not None, a date or a string.
        PublishedDateError: a string that is not a full date.

    Example:
        >>> coerce_published("2024-07-04T10:00:00")
        datetime.date(2024, 7, 4)
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise InputTypeError(
            f"{argument} must be None, a datetime.date, a datetime.datetime or an ISO date string, "
            f"got {type(value).__name__}: {value!r}"
        )
    text = value.strip()
    if _ISO.match(text):
        try:
            return datetime.date.fromisoformat(text[:10])
        except ValueError:
            pass
    else:
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
        if re.search(r"\b(?:19|20)\d\d\b", text) and not re.search(r"(?i)\b(ago|yesterday|today|tomorrow|next|last)\b", text):
            try:
                data = _date_data_parser().get_date_data(text)
            except Exception:  # dateparser raises assorted errors on odd input
                data = None
            if data is not None and data.date_obj is not None and data.period == "day":
                return data.date_obj.date()
    raise PublishedDateError(
        f"{argument} must be a date such as '2024-07-04' (ISO), a datetime.date or None; "
        f"cannot read {value!r} as a date"
    )


_DATELINE_PREFIX = re.compile(
    r"^[\s*#_>\[\]\"]*(?:(?:date|dated|published|posted|updated)\s*:?\s*"
    r"|[A-Z][\w.'’\-]*(?:[ \-][A-Za-z][\w.'’\-]*){0,3}\s*(?:\([^)\n]{0,40}\)\s*)?,\s*)?$"
)
_DATELINE_SUFFIX = re.compile(r"^(?:[ \t]*[.,:]?[ \t]*(?:/|\(|—|–|-|\*|\||\n|$|\d{1,2}[:.]\d\d|[A-Z]{2,})|\.\s+[A-Z\"“])")
_DATELINE_WINDOW = 400
#: "DUSHANBE, April 7, Asia-Plus, - ...": an agency named in title case between commas, then a dash
_AGENCY_SUFFIX = re.compile(r"^,\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}\s*,?\s*[-–—]")
_LABELLED = re.compile(r"^[\s*#_>\[\]\"]*(?:date|dated|published|posted|updated)\b", re.I)


def _dateline_cand(text: str, doc, cands: Sequence[_Cand], cut: int = -1) -> _Cand | None:
    """The candidate that is the text's dateline; ``cut``: the text ends there (-1: no cut)."""
    for c in cands:
        start = doc[c.lo].idx
        if start > _DATELINE_WINDOW:
            return None
        if c.label != "CAL" or c.data.get("gran") != "day" or c.mod is not None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text.count("\n", 0, line_start) > 8:
            return None
        end = doc[c.j - 1].idx + len(doc[c.j - 1].text)
        after = text[end : end + 12] if cut < 0 else text[end : min(end + 12, cut)]
        prefix = _DATELINE_PREFIX.match(text[line_start:start])
        agency = _AGENCY_SUFFIX.match(text[end : end + 40] if cut < 0 else text[end : min(end + 40, cut)])
        if prefix and (_DATELINE_SUFFIX.match(after) or agency or (_LABELLED.match(prefix.group(0)) and after[:1].isspace())):
            return c  # "date 2024-11-07 The Council ...": a labelled date line needs no punctuation after it
    return None


def _tokens(text: str | Any):
    if isinstance(text, str):
        return blank_tokenizer()(check_unicode(text))
    if _is_doc(text):
        return text
    if hasattr(text, "vocab") and hasattr(text, "text") and hasattr(text, "__getitem__"):
        return text
    raise InputTypeError(f"text must be a str or a spaCy Doc, got {type(text).__name__}: {text!r:.80}")


def find_dates(text: Any, published: Date | datetime.datetime | str | None = None) -> list[DateMention]:
    """Every date expression of ``text``, resolved to a range of days.

    Args:
        text: the text, or a spaCy ``Doc`` of any English pipeline (its tokens are reused;
            offsets index ``doc.text``).
        published: the publication date that relative expressions ("yesterday", "in
            September") are resolved against. When None, a dateline with a full date
            ("MOSCOW, 12 October 2022") is used instead.

    Returns:
        Mentions sorted by ``start_char``, not overlapping.

    Raises:
        InputTypeError: ``text`` is neither a str nor a Doc, or ``published`` has a wrong type.
        InputValueError: ``text`` holds a surrogate code point (no Unicode text).
        PublishedDateError: ``published`` is a string that is not a date.

    Example:
        >>> [(m.text, m.start.isoformat(), m.granularity) for m in find_dates(
        ...     "Trade grew in 2023. In September, the sides signed a deal.", published="2024-07-04")]
        [('2023', '2023-01-01', 'year'), ('September', '2023-09-01', 'month')]

    .. versionadded:: 0.1.0
    """
    pub = coerce_published(published)
    doc = _tokens(text)
    if not _is_doc(doc):  # another doc-like object (a Span): the Matcher over all of it
        cands = _candidates(doc)
        if not cands:
            return []
        return _mentions(doc, doc.text, cands, pub, _sentence_starts(doc))
    array = doc.to_array([ORTH, SPACY, IDX])
    orths = array[:, 0].tolist()
    classes = token_classes(doc, orths)
    cands = _candidates(doc, classes, orths=orths)
    head = _head(doc, array, cands)
    if doc is text:  # the caller's Doc: keep its dateline for find_dateline
        line = _dateline_cand(head, doc, cands, head.find("\n", _DATELINE_WINDOW))
        _remember_dateline(doc, _fingerprint(doc, array), head, line)
    if not cands:
        return []
    return _mentions(doc, head, cands, pub, _sentence_starts_of(classes), whole=False)


def _head(doc, array, cands: Sequence[_Cand]) -> str:
    """The start of ``doc.text``, as far as :func:`_dateline_cand` reads it for ``cands``
    (``array``: the Doc's IDX values in its third column). Building all of ``doc.text``
    costs more than finding the dates."""
    need = 0
    for c in cands:
        if doc[c.lo].idx > _DATELINE_WINDOW:
            break
        last = doc[c.j - 1]
        need = max(need, last.idx + len(last.text) + 12)
    if need == 0:
        return ""
    return doc[: int(numpy.searchsorted(array[:, 2], need))].text_with_ws


def _is_doc(obj: Any) -> bool:
    from spacy.tokens import Doc

    return isinstance(obj, Doc)


#: how far into a text without a publication date a full date is read as the day of its news
_LEAD_CHARS = 400


def _mentions(
    doc, text: str, cands: Sequence[_Cand], pub: Date | None, starts: list[int], whole: bool = True
) -> list[DateMention]:
    """The mentions of ``cands``; ``text``: ``doc.text``, or only its :func:`_head` (``whole`` False)."""
    dateline = _dateline_cand(text, doc, cands)
    st = _State(pub)
    if pub is None and dateline is not None and dateline.data.get("y") is not None:
        start, _end, _g = _resolve(dateline, st, None)
        st.pub = start
    elif pub is None:
        # no publication date and no dateline: a full date in the opening lines ("On April 18, 2017, X met Y")
        # is the day the news is told from, so "this May" and "next year" have a year
        lead = next((c for c in cands if c.data.get("y") is not None and c.data.get("m") and c.data.get("d") and not c.mod
                     and _char_span(doc, c)[0] < _LEAD_CHARS), None)
        if lead is not None:
            st.pub = _resolve(lead, st, None)[0]
    out: list[DateMention] = []
    lower = doc_words(doc).lower if _is_doc(doc) else [t.lower_ for t in doc]
    tenses = _Tenses(lower, starts)
    year_only_end = None  # where a bare year that set the year to carry over ends ("signed in 2009")
    for c in cands:
        s_char, e_char = _char_span(doc, c)
        if year_only_end is not None and "\n" in text[year_only_end:s_char]:
            st.anchor_year, year_only_end = None, None  # a bare year holds for its own paragraph only
        tense = None if c is dateline else tenses(c.tense_lo if c.tense_lo >= 0 else c.lo, c.j)
        start, end, gran = _resolve(c, st, tense)
        if start is not None:
            explicit = c.data.get("y") is not None or c.data.get("yrel") not in (None,) or (
                c.label == "RELUNIT" and c.data["unit"] == "year"
            ) or (c.label == "AGO" and c.data["unit"] == "year")
            # (a dateline's year carries over only where no publication date is given: "date 2019-04-25" over
            # a story of 2012 is the page's, not the story's)
            if explicit and c.mod not in ("since", "until", "before", "after") and c.data.get("y2") is None and not (c is dateline and pub is not None):
                st.anchor_year = start.year
                year_only_end = e_char if gran == "year" else None
            st.told(start, end, gran)
        start, end = _apply_mod(start, end, c.mod, c.data.get("deadline", False))
        said = text[s_char:e_char] if whole else doc[c.lo : c.j].text[: e_char - s_char]
        out.append(DateMention(s_char, e_char, said, start, end, gran, c.mod, tense))
    return _days_of_their_week(_month_ranges(out, text), text)


_OF_THE_WEEK = re.compile(r"^\s*(?:of\s+)?$", re.I)


def _days_of_their_week(mentions: list[DateMention], text: str) -> list[DateMention]:
    """"On Monday of next week", "Sunday and Monday next week": the days, told with their week; one
    mention, so that an event takes the days rather than the whole week."""
    out: list[DateMention] = []
    for m in mentions:
        a = out[-1] if out else None
        if a is not None and a.granularity == "day" and m.granularity == "week" and a.start is not None \
                and _OF_THE_WEEK.match(text[a.end_char : m.start_char]) and m.text.lower().endswith("week"):
            out[-1] = DateMention(a.start_char, m.end_char, text[a.start_char : m.end_char], a.start, a.end, a.granularity, a.mod, a.tense)
            continue
        out.append(m)
    return out


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through)\s*$", re.I)
_FROM = re.compile(r"(?:from|between)\s+", re.I)


def _month_ranges(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Parts of months across a range are the whole months (spec section 5): "late March to
    early April", "late March-early April" give March 1 to April 30, granularity month."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            b is not None and a.granularity == "month" and b.granularity == "month" and a.start and b.end
            and a.mod in ("late", "mid", "early", "since", None) and b.mod in ("early", "mid", "late", None)
            and (a.mod or b.mod) and a.start < b.start and _RANGE_JOIN.match(text[a.end_char : b.start_char])
        ):
            start_char = a.start_char
            if a.mod == "since":  # "from late March": the range's own "from"
                start_char = a.start_char + len(_FROM.match(a.text).group(0)) if _FROM.match(a.text) else a.start_char
            month_start = datetime.date(a.start.year, a.start.month, 1)
            out.append(DateMention(start_char, b.end_char, text[start_char : b.end_char], month_start, b.end, "month", None, a.tense))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _char_span(doc, c: _Cand) -> tuple[int, int]:
    """Character offsets of a candidate; a sentence's full stop after "Feb." stays outside."""
    last = doc[c.j - 1]
    e_char = last.idx + len(last.text)
    if last.text.endswith(".") and last.lower_ in words()["months"]:
        nxt = doc[c.j] if c.j < len(doc) else None
        if nxt is None or nxt.is_space or nxt.text[:1].isupper() or "\n" in last.whitespace_:
            e_char -= 1
    return doc[c.lo].idx, e_char


def find_dateline(text: Any, published: Date | datetime.datetime | str | None = None) -> DateMention | None:
    """The dateline of a news text ("ASTANA, April 29. /TASS/", "MOSCOW, Oct 12 (Reuters) -").

    Only the head of the text is read: up to the first line break at or after character
    400, and a dateline starts before character 400 on one of the first nine lines.

    Args:
        text: the text or a spaCy Doc. A Doc gives what its text gives
            (``find_dateline(doc, p) == find_dateline(doc.text, p)``; its own tokens are
            used, so this holds for Docs of spaCy's English tokenizer, which every English
            pipeline shares). :func:`find_dates` on the same Doc leaves its dateline in
            ``doc.user_data`` (a private, JSON-compatible entry, checked against the Doc's
            tokens), so a call right after it costs almost nothing.
        published: resolves a dateline without a year; without it such a dateline has
            ``start`` None.

    Returns:
        The dateline's date mention, or None when the text opens without one.

    Example:
        >>> find_dateline("MOSCOW, October 12, 2022. /TASS/. Talks began.").start
        datetime.date(2022, 10, 12)
    """
    pub = coerce_published(published)
    if isinstance(text, str):
        cut = text.find("\n", _DATELINE_WINDOW)
        head = text if cut < 0 else text[:cut]
        doc = blank_tokenizer()(check_unicode(head))
        line = _dateline_cand(head, doc, _candidates(doc, _scan(doc)))
        return None if line is None else _dateline_mention(line, pub, *_char_span(doc, line), head)
    doc = _tokens(text)
    if not _is_doc(doc):  # another doc-like object (a Span): the Matcher over all of it
        full = doc.text
        line = _dateline_cand(full, doc, _candidates(doc))
        return None if line is None else _dateline_mention(line, pub, *_char_span(doc, line), full)
    array = doc.to_array([ORTH, SPACY, IDX])
    fingerprint = _fingerprint(doc, array)
    kept = doc.user_data.get(_DATELINE_KEY)
    if not (isinstance(kept, (list, tuple)) and len(kept) in (2, 5) and kept[0] == fingerprint):
        full = doc.text
        cut = full.find("\n", _DATELINE_WINDOW)
        stop = None if cut < 0 else int(numpy.searchsorted(array[:, 2], cut))
        cands = _candidates(doc, token_classes(doc, array[:, 0].tolist()), stop)
        kept = _remember_dateline(doc, fingerprint, full, _dateline_cand(full, doc, cands, cut))
    if kept[1] is None:
        return None
    _, (label, i, j, data, weekday), s_char, e_char, line_text = kept
    line = _Cand(label, i, j, dict(data), lo=i, weekday=weekday)
    start, end, gran = _resolve(line, _State(pub), None)
    return DateMention(s_char, e_char, line_text, start, end, gran, None, None)


# doc.user_data entry of find_dates for find_dateline:
# [fingerprint, None] or [fingerprint, [label, i, j, data, weekday], start_char, end_char, text]
_DATELINE_KEY = ("eurasia_events", "dates.dateline")


def _fingerprint(doc, array) -> str:
    """A digest of a Doc's tokens (its ORTH, SPACY and IDX array), to tell a changed Doc."""
    return f"{len(doc)}:{zlib.crc32(array.tobytes())}"


def _remember_dateline(doc, fingerprint: str, text: str, line: _Cand | None) -> list[Any]:
    """Keep the dateline candidate of the Doc (string-path window) in ``doc.user_data``."""
    if line is None:
        kept: list[Any] = [fingerprint, None]
    else:
        s_char, e_char = _char_span(doc, line)
        kept = [fingerprint, [line.label, line.i, line.j, dict(line.data), line.weekday], s_char, e_char, text[s_char:e_char]]
    doc.user_data[_DATELINE_KEY] = kept
    return kept


def _dateline_mention(line: _Cand, pub: Date | None, s_char: int, e_char: int, text: str) -> DateMention:
    start, end, gran = _resolve(line, _State(pub), None)
    return DateMention(s_char, e_char, text[s_char:e_char], start, end, gran, None, None)


def parse_dateline(text: Any) -> Date | None:
    """The full date of the text's dateline, or None (no dateline, or one without a year).

    Example:
        >>> parse_dateline("12 October 2022, 14:30 - The forum opened in Astana.")
        datetime.date(2022, 10, 12)
        >>> parse_dateline("ASTANA, April 29. /TASS/. The forum opened.") is None
        True
    """
    line = find_dateline(text)
    return line.start if line is not None else None
