"""Tests of link(published=...) on records dated only by their publication day.

The spec dates an event that an article reports as the day's news by the article's
publication date, with ``date.text`` null. Such a date says when the report came out, not
when the event took place (a report published the day after the talks is dated the day
after them), so ``link`` gives the record its publication window instead of the exact day.
The records are our own, written for these tests.
"""

from __future__ import annotations

import datetime
import random

import pytest

from eurasia_events import linking
from eurasia_events.model import DateSpan, Meeting, Participant, Place
from eurasia_events.linking import PAST_WINDOW_DAYS, link

P = Participant
LAV = P.person("Sergei Lavrenov", "Foreign Minister", "RUS")
FID = P.person("Hakan Fidanoglu", "Foreign Minister", "TUR")
TOK = P.person("Daniyar Tokbayev", "President", "KAZ")


def day(y: int, m: int, d: int, text: str | None = "on Monday") -> DateSpan:
    """A day the text states (``text``), or, with ``text=None``, one from the publication day."""
    return DateSpan(datetime.date(y, m, d), datetime.date(y, m, d), "day", text)


def news(y: int, m: int, d: int) -> DateSpan:
    return day(y, m, d, text=None)


def groups(clusters) -> list[list[str]]:
    return sorted(sorted(r.source for r in c.records) for c in clusters)


def talks(source: str, date: DateSpan | None, *parts: Participant, city: str | None = "Antalya",
          status: str = "past") -> Meeting:
    place = Place(city, "TUR") if city else None
    return Meeting(participants=list(parts), place=place, date=date, status=status, source=source)


def reasons(cluster) -> list[str]:
    return [r for link_ in cluster.reasons for r in link_.reasons]


class TestReportOfTheDayBefore:
    def records(self) -> list[Meeting]:
        return [
            talks("wire", day(2024, 5, 13), LAV, FID),
            talks("agency", day(2024, 5, 13), LAV, FID),
            # "Lavrenov held talks with his Turkish counterpart in Antalya", published on the 14th
            talks("daily", news(2024, 5, 14), P.person("Lavrenov", country="RUS")),
        ]

    def test_joins_the_talks_of_the_day_before(self):
        (c,) = link(self.records(), published={"daily": "2024-05-14", "wire": "2024-05-13", "agency": "2024-05-13"})
        assert sorted(c.sources) == ["agency", "daily", "wire"]
        assert "dated only by its publication 2024-05-14, 1 day after" in reasons(c)
        # the merged record keeps the day the texts state
        assert c.event.date.start == datetime.date(2024, 5, 13)

    def test_without_publication_dates_the_day_is_exact(self):
        """Without ``published`` the record's day is taken as it is: it does not overlap."""
        assert groups(link(self.records())) == [["agency", "wire"], ["daily"]]

    def test_a_stated_date_stays_exact(self):
        """The same day with a text ("on Tuesday") is the event's own date."""
        recs = self.records()[:2] + [talks("daily", day(2024, 5, 14, "on Tuesday"), P.person("Lavrenov", country="RUS"))]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "wire"], ["daily"]]

    def test_a_day_other_than_the_publication_day_stays_exact(self):
        """A null text on another day than the publication day is not the day's news."""
        recs = self.records()[:2] + [talks("daily", news(2024, 5, 14), P.person("Lavrenov", country="RUS"))]
        assert groups(link(recs, published={"daily": "2024-05-16"})) == [["agency", "wire"], ["daily"]]

    def test_the_day_before_outranks_two_days_before(self):
        """The minister held other talks in Antalya two days before: a report of the day's
        news is more often of the day before, and that lead is enough."""
        recs = self.records() + [talks("other", day(2024, 5, 12), LAV, P.person("Ali Demirel", country="TUR"))]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "daily", "wire"], ["other"]]

    def test_two_talks_of_the_same_day_stay_ambiguous(self):
        """Other talks in Antalya on the same day, with another Turkish official, as widely
        reported: the report naming only the minister joins neither."""
        demirel = P.person("Ali Demirel", country="TUR")
        recs = self.records() + [talks("other", day(2024, 5, 13), LAV, demirel), talks("other2", day(2024, 5, 13), LAV, demirel)]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "wire"], ["daily"], ["other", "other2"]]

    def test_of_two_talks_that_tie_the_more_reported_wins(self):
        """The same, but two outlets report the first talks and one the other
        (``COVERAGE_RATIO``): the report joins the first; with the ratio 0, neither."""
        recs = self.records() + [talks("other", day(2024, 5, 13), LAV, P.person("Ali Demirel", country="TUR"))]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "daily", "wire"], ["other"]]
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(linking, "COVERAGE_RATIO", 0)
            assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "wire"], ["daily"], ["other"]]

    def test_input_order_does_not_matter(self):
        recs = self.records() + [talks("old", day(2024, 4, 22), LAV, FID), talks("b", news(2024, 5, 15), LAV, FID, city=None)]
        pub = {"daily": "2024-05-14", "wire": "2024-05-13", "old": "2024-04-22", "b": "2024-05-15"}
        expected = [c.to_dict() for c in link(recs, published=pub)]
        for seed in range(5):
            shuffled = recs[:]
            random.Random(seed).shuffle(shuffled)
            assert [c.to_dict() for c in link(shuffled, published=pub)] == expected


class TestTense:
    """Reported as past on day D, the event began by D; announced on D, it is not over
    before D. The other side of the window stays soft."""

    def test_past_report_never_joins_later_talks(self):
        """The same ministers meet again in Antalya three days after the report: not its event."""
        recs = [talks("later", day(2024, 5, 17), LAV, FID), talks("daily", news(2024, 5, 14), LAV, FID)]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["daily"], ["later"]]
        # without the publication date, two exact days that differ
        assert groups(link(recs)) == [["daily"], ["later"]]

    def test_planned_report_never_joins_earlier_talks(self):
        recs = [talks("earlier", day(2024, 5, 10), LAV, FID), talks("daily", news(2024, 5, 14), LAV, FID, status="planned")]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["daily"], ["earlier"]]

    def test_a_late_feature_still_links_by_city_and_officials(self):
        """Published weeks after the talks (outside the window), the report links as an
        undated one does: the same city and both ministers."""
        late = datetime.date(2024, 5, 13) + datetime.timedelta(days=PAST_WINDOW_DAYS + 10)
        recs = [talks("wire", day(2024, 5, 13), LAV, FID),
                talks("feature", DateSpan(late, late, "day"), LAV, FID)]
        (c,) = link(recs, published={"feature": late})
        assert "no date on one side (weak)" in reasons(c)
        # one minister and no city is not enough out of the window
        recs[1] = talks("feature", DateSpan(late, late, "day"), P.person("Lavrenov", country="RUS"), city=None)
        assert groups(link(recs, published={"feature": late})) == [["feature"], ["wire"]]


class TestTwoReportsOfTheDaysNews:
    def test_reports_a_day_apart_join(self):
        """Two reports of the ministers' talks, neither with a date or city, published on
        the 14th and the 15th: one event (as exact days they would conflict)."""
        recs = [talks("a", news(2024, 5, 14), LAV, FID, city=None), talks("b", news(2024, 5, 15), LAV, FID, city=None)]
        (c,) = link(recs, published={"a": "2024-05-14", "b": "2024-05-15"})
        assert "both the day's news, published 2024-05-14 and 2024-05-15" in reasons(c)
        assert groups(link(recs)) == [["a"], ["b"]]

    def test_reports_days_apart_stay_apart(self):
        recs = [talks("a", news(2024, 5, 14), LAV, FID, city=None), talks("b", news(2024, 5, 17), LAV, FID, city=None)]
        assert groups(link(recs, published={"a": "2024-05-14", "b": "2024-05-17"})) == [["a"], ["b"]]

    def test_other_persons_stay_apart(self):
        recs = [talks("a", news(2024, 5, 14), LAV, FID, city=None), talks("b", news(2024, 5, 14), LAV, TOK, city=None)]
        assert groups(link(recs, published={"a": "2024-05-14", "b": "2024-05-14"})) == [["a"], ["b"]]
