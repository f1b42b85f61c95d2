"""Tests of eurasia_events.dates: the hand-written cases, the properties and the API edges."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eurasia_events.dates import DateMention, coerce_published, find_dateline, find_dates, parse_dateline
from eurasia_events.errors import InputTypeError, PublishedDateError
from eurasia_events.model import DateSpan

sys.path.insert(0, str(Path(__file__).parent))
from date_cases import CASES, Case  # noqa: E402


def _iso(d: datetime.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _find(case: Case) -> list[DateMention]:
    return find_dates(case.text, case.published)


def _ids(case: Case) -> str:
    return f"{case.category}:{case.target}"


POSITIVE = [c for c in CASES if c.category != "negative"]
NEGATIVE = [c for c in CASES if c.category == "negative"]


class TestCases:
    @pytest.mark.parametrize("case", POSITIVE, ids=[_ids(c) for c in POSITIVE])
    def test_case(self, case: Case) -> None:
        """The target expression is found with its start, end, granularity and modifier."""
        begin = case.text.index(case.target)
        found = [m for m in _find(case) if m.start_char == begin and m.end_char == begin + len(case.target)]
        assert found, f"{case.target!r} not found in {[m.text for m in _find(case)]}"
        m = found[0]
        assert (_iso(m.start), _iso(m.end), m.granularity, m.mod) == (case.start, case.end, case.granularity, case.mod)

    @pytest.mark.parametrize("case", NEGATIVE, ids=[_ids(c) for c in NEGATIVE])
    def test_negative(self, case: Case) -> None:
        """A word that only looks like a date is not (part of) a mention."""
        begin = case.text.index(case.target)
        end = begin + len(case.target)
        assert [m.text for m in _find(case) if m.start_char < end and begin < m.end_char] == []

    def test_count(self) -> None:
        """There are at least 150 cases and every category has some."""
        assert len(CASES) >= 150


class TestDateMention:
    def test_to_span(self) -> None:
        """to_span gives the record model's DateSpan with the same fields."""
        m = find_dates("The talks were held on 12-13 October 2022.")[0]
        assert m.to_span() == DateSpan(datetime.date(2022, 10, 12), datetime.date(2022, 10, 13), "day", "12-13 October 2022")

    def test_open_period_to_span(self) -> None:
        """An open period keeps end None and its modifier in the DateSpan."""
        span = find_dates("Trade has grown since 2020.")[0].to_span()
        assert (span.start, span.end, span.mod) == (datetime.date(2020, 1, 1), None, "since")

    def test_frozen(self) -> None:
        """A mention cannot be changed."""
        m = find_dates("in 2021")[0]
        with pytest.raises(AttributeError):
            m.start = None  # type: ignore[misc]


class TestFindDates:
    def test_doc_input(self) -> None:
        """A Doc of another pipeline gives the same mentions as its text."""
        import spacy

        text = "ASTANA, 12 October 2022. The ministers met yesterday and will meet again next week."
        doc = spacy.blank("en")(text)
        assert find_dates(doc) == find_dates(text)

    def test_published_types(self) -> None:
        """published may be a date, a datetime or an ISO string, with the same result."""
        text = "The envoy arrived yesterday."
        a = find_dates(text, datetime.date(2024, 7, 4))
        assert a == find_dates(text, datetime.datetime(2024, 7, 4, 10, 0)) == find_dates(text, "2024-07-04T10:00:00")
        assert a[0].start == datetime.date(2024, 7, 3)

    def test_sorted_non_overlapping(self) -> None:
        """Mentions come in text order and do not overlap."""
        text = "On 12 October 2022 and since 2020, and in the first half of 2023, talks were held yesterday."
        ms = find_dates(text, "2024-07-04")
        assert [m.start_char for m in ms] == sorted(m.start_char for m in ms)
        assert all(a.end_char <= b.start_char for a, b in zip(ms, ms[1:]))

    def test_tense(self) -> None:
        """A mention carries the tense of its sentence."""
        past, future = find_dates("The leaders met in June. They will meet again in October.", "2024-07-04")
        assert (past.tense, future.tense) == ("past", "future")

    def test_wrong_text_type(self) -> None:
        """bytes are refused with an InputTypeError naming the type."""
        with pytest.raises(InputTypeError, match="bytes"):
            find_dates(b"12 October 2022")  # type: ignore[arg-type]

    def test_empty(self) -> None:
        """An empty text has no dates."""
        assert find_dates("") == []


class TestSpecSection5:
    """The date judgment calls of the spec's section 5 and their edges."""

    def test_end_verb_is_in_the_text_and_tells_the_tense(self) -> None:
        """"will conclude on Friday": the verb is part of the mention, and its tense counts."""
        (m,) = find_dates("The congress will conclude on Friday.", "2024-07-04")
        assert (m.text, m.start, m.end, m.mod, m.tense) == ("conclude on Friday", None, datetime.date(2024, 7, 5), "until", "future")

    def test_a_change_of_date_is_no_range(self) -> None:
        """"moved from Monday, May 6, to Friday, May 10": two dates, not one range."""
        ms = find_dates("The vote was moved from Monday, May 6, to Friday, May 10.", "2024-05-12")
        assert [m.text for m in ms] == ["from Monday, May 6", "Friday, May 10"]

    def test_deadline_and_before(self) -> None:
        """"by 2030" ends on the last day of 2030, "before 2030" on the last day of 2029."""
        by, before = find_dates("The line will be built by 2030, and the port before 2030.", "2024-07-04")
        assert (by.mod, by.end, before.mod, before.end) == ("before", datetime.date(2030, 12, 31), "before", datetime.date(2029, 12, 31))

    def test_a_bare_year_holds_for_its_paragraph(self) -> None:
        """"... since the protocols signed in 2009." then, a paragraph on, "accepted the invitation to attend a
        meeting on Dec. 12": the background year does not carry over; the meeting is the coming Dec. 12."""
        text = ("He will visit Armenia next week, the first step since the protocols signed in 2009.\n\n"
                "He said he accepted the invitation to attend a meeting in Yerevan on Dec. 12.")
        *_, m = find_dates(text, "2013-12-06")
        assert (m.text, m.start) == ("Dec. 12", datetime.date(2013, 12, 12))
        same = find_dates("In 2009, the two countries signed a treaty. In September, they opened a consulate.", "2013-12-06")
        assert same[-1].start == datetime.date(2009, 9, 1)

    def test_range_years_from_the_last_side(self) -> None:
        """A range whose year is only on its last side takes it there, and the year before
        for a first side later in the calendar."""
        (m,) = find_dates("Offices close from Monday, December 30, to Friday, January 3, 2025.", "2024-12-01")
        assert (m.start, m.end) == (datetime.date(2024, 12, 30), datetime.date(2025, 1, 3))

    def test_same_day_skips_coarser_mentions(self) -> None:
        """"The same day" is the last day told, even after a year or a month mention."""
        ms = find_dates("The talks were held on 3 May 2021. Trade grew in 2020 and in March. The same day, a plan was signed.", "2024-07-04")
        assert ms[-1].start == datetime.date(2021, 5, 3)


class TestDateline:
    def test_full(self) -> None:
        """A dateline with a year gives its date."""
        assert parse_dateline("12 October 2022, 14:30 - The forum opened.") == datetime.date(2022, 10, 12)

    def test_without_year(self) -> None:
        """A dateline without a year is found, with start None unless published is given."""
        line = find_dateline("ASTANA, April 29. /TASS/. The forum opened.")
        assert (line.text, line.start) == ("April 29", None)
        assert parse_dateline("ASTANA, April 29. /TASS/. The forum opened.") is None
        assert find_dateline("ASTANA, April 29. /TASS/.", "2024-05-02").start == datetime.date(2024, 4, 29)

    def test_reuters(self) -> None:
        """A Reuters-style dateline is found."""
        assert find_dateline("MOSCOW, Oct 12 (Reuters) - The minister said.").text == "Oct 12"

    @pytest.mark.parametrize("text", ["BISHKEK, May 3, Kabar, - The talks began.", "ASTANA, May 3, Kazinform - The talks began."])
    def test_agency_between_commas(self, text) -> None:
        """An agency named in title case after the date, between commas, then a dash: a dateline."""
        assert find_dateline(text, "2024-05-04").start == datetime.date(2024, 5, 3)

    def test_not_a_dateline(self) -> None:
        """A date inside the first sentence is not a dateline."""
        assert find_dateline("The leaders met on 12 October 2022 in Astana.") is None

    def test_published_wins(self) -> None:
        """A given publication date, not the dateline, anchors relative dates."""
        ms = find_dates("BAKU, 12 October 2022 - The talks will continue tomorrow.", "2022-10-20")
        assert ms[-1].start == datetime.date(2022, 10, 21)


class TestCoercePublished:
    @pytest.mark.parametrize(
        "value",
        [datetime.date(2024, 7, 4), datetime.datetime(2024, 7, 4, 23, 59), "2024-07-04", "2024-07-04T10:00:00",
         "Thu, 04 Jul 2024 10:00:00 GMT", "4 July 2024"],
    )
    def test_accepts(self, value) -> None:
        """Dates, datetimes and date strings give the same day."""
        assert coerce_published(value) == datetime.date(2024, 7, 4)

    def test_none(self) -> None:
        """None stays None."""
        assert coerce_published(None) is None

    @pytest.mark.parametrize("value", ["soon", "2024-13-45", "", "next Monday", "July"])
    def test_bad_string(self, value) -> None:
        """An unreadable string raises PublishedDateError naming argument and value."""
        with pytest.raises(PublishedDateError, match=r"when.*" + repr(value).replace("(", r"\(")) as info:
            coerce_published(value, argument="when")
        assert isinstance(info.value, ValueError)

    @pytest.mark.parametrize("value", [20240704, 3.5, b"2024-07-04", ["2024-07-04"]])
    def test_bad_type(self, value) -> None:
        """A wrong type raises InputTypeError."""
        with pytest.raises(InputTypeError, match="published"):
            coerce_published(value)


_WORDS = st.sampled_from(
    "in on since until by the of and to from between - – , . 12 13 2022 2021-2023 May may March October Oct. "
    "Monday last next this week year month quarter first second half summer winter fall early mid late "
    "yesterday today tomorrow day before following later ago two 30th 1,200 12.10.2022 2022-10-12 \n "
    "ends wraps up closes will moved Friday , mid- or three months weeks same that earlier attend invited \n12".split(" ")
)
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=25).map(" ".join))
_PUBLISHED = st.one_of(st.none(), st.dates(min_value=datetime.date(1901, 1, 1), max_value=datetime.date(2099, 12, 31)))


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(text=_TEXTS, published=_PUBLISHED)
    def test_invariants(self, text: str, published: datetime.date | None) -> None:
        """Any text gives valid, ordered, non-overlapping spans with start <= end, the same each time."""
        ms = find_dates(text, published)
        for m in ms:
            assert 0 <= m.start_char < m.end_char <= len(text)
            assert text[m.start_char : m.end_char] == m.text
            if m.start is not None and m.end is not None:
                assert m.start <= m.end
            m.to_span()
        assert all(a.end_char <= b.start_char for a, b in zip(ms, ms[1:]))
        assert find_dates(text, published) == ms


def test_will_last_until_weekday_is_ahead():
    """"will last until Wednesday" is the coming Wednesday: "last" here is a verb, not "last week"."""
    import datetime

    from eurasia_events.dates import find_dates

    (m,) = find_dates("The visit will last until Wednesday, the office said.", "2025-09-01")
    assert (m.mod, m.end) == ("until", datetime.date(2025, 9, 3))
