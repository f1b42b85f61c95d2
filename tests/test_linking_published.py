"""Tests of link(published=...): the publication window of records without a day-level date.

An article reports a past event within days of it and announces a planned one ahead of it,
so a record with no date (or a coarse one) from an article published on day D is taken to
describe an event in [D - PAST_WINDOW_DAYS, D] (past), [D, D + PLANNED_WINDOW_DAYS]
(planned) or D give or take ONGOING_WINDOW_DAYS (ongoing). The records are our own,
written for these tests.
"""

from __future__ import annotations

import datetime
import random

from eurasia_events.model import DateSpan, Meeting, Participant, Place, Visit
from eurasia_events.linking import PAST_WINDOW_DAYS, PLANNED_WINDOW_DAYS, UNDATED_REACH_DAYS, link

P = Participant
LAV = P.person("Sergei Lavrenov", "Foreign Minister", "RUS")
FID = P.person("Hakan Fidanoglu", "Foreign Minister", "TUR")
TOK = P.person("Daniyar Tokbayev", "President", "KAZ")
ALI = P.person("Farid Aliyarov", "President", "AZE")


def day(y: int, m: int, d: int, d2: int | None = None) -> DateSpan:
    return DateSpan(datetime.date(y, m, d), datetime.date(y, m, d2 or d), "day")


def groups(clusters) -> list[list[str]]:
    return sorted(sorted(r.source for r in c.records) for c in clusters)


def talks(source: str, date: DateSpan, *parts: Participant, city: str = "Antalya", country: str = "TUR") -> Meeting:
    return Meeting(participants=list(parts), place=Place(city, country), date=date, source=source)


def undated(source: str, *parts: Participant, status: str = "past", place: Place | None = None) -> Meeting:
    """"Lavrenov held talks with his counterpart": no date, no city, one official."""
    return Meeting(participants=list(parts), place=place, status=status, source=source)


class TestPastReports:
    def records(self) -> list[Meeting]:
        return [
            talks("wire", day(2024, 5, 13), LAV, FID),
            talks("agency", day(2024, 5, 13), LAV, FID),
            undated("daily", P.person("Lavrenov", country="RUS")),
        ]

    def test_undated_report_joins_the_talks_of_the_day_before(self):
        """An undated past report published the day after the talks joins them."""
        clusters = link(self.records(), published={"daily": "2024-05-14"})
        assert groups(clusters) == [["agency", "daily", "wire"]]
        (c,) = clusters
        reasons = [r for link_ in c.reasons for r in link_.reasons]
        assert "published 2024-05-14, 1 day after" in reasons

    def test_without_publication_date_it_stays_alone(self):
        """Without the publication date one official and no city tie nothing."""
        assert groups(link(self.records())) == [["agency", "wire"], ["daily"]]
        # nor with the date of another article only
        assert groups(link(self.records(), published={"wire": "2024-05-13"})) == [["agency", "wire"], ["daily"]]

    def test_report_published_long_after_stays_alone(self):
        """A feature published weeks later is outside the window: it needs the city and two officials."""
        late = datetime.date(2024, 5, 13) + datetime.timedelta(days=PAST_WINDOW_DAYS + 5)
        assert groups(link(self.records(), published={"daily": late})) == [["agency", "wire"], ["daily"]]

    def test_window_picks_the_recent_talks_over_older_ones(self):
        """The same ministers met three weeks earlier: only the talks in the window fit."""
        recs = self.records() + [talks("old", day(2024, 4, 22), LAV, FID)]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "daily", "wire"], ["old"]]

    def test_the_day_before_outranks_two_days_before(self):
        """The minister held other talks two days before: the talks of the day before,
        which reports published the next day are most often about, win by a point."""
        recs = self.records() + [talks("other", day(2024, 5, 12), LAV, TOK, city="Astana", country="KAZ")]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "daily", "wire"], ["other"]]

    def test_two_talks_in_the_window_on_one_day_stay_ambiguous(self):
        """The minister held other talks the same day elsewhere, as widely reported: the
        report joins neither."""
        recs = self.records() + [talks(s, day(2024, 5, 13), LAV, TOK, city="Astana", country="KAZ") for s in ("other", "other2")]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "wire"], ["daily"], ["other", "other2"]]

    def test_window_does_not_override_a_conflict(self):
        """A report that names another city is another event, whatever its publication date."""
        recs = self.records()[:2] + [undated("daily", P.person("Lavrenov", country="RUS"), place=Place("Baku", "AZE"))]
        assert groups(link(recs, published={"daily": "2024-05-14"})) == [["agency", "wire"], ["daily"]]

    def test_same_article_never_joins(self):
        """Two records of one article stay apart even in the window."""
        recs = [talks("wire", day(2024, 5, 13), LAV, FID), undated("wire", P.person("Lavrenov", country="RUS"))]
        assert groups(link(recs, published={"wire": "2024-05-14"})) == [["wire"], ["wire"]]

    def test_two_undated_reports_need_more_than_the_window(self):
        """Two undated reports whose windows overlap and share one official stay apart."""
        recs = [undated("a", P.person("Lavrenov", country="RUS")), undated("b", P.person("Lavrenov", country="RUS"))]
        assert groups(link(recs, published={"a": "2024-05-14", "b": "2024-05-15"})) == [["a"], ["b"]]

    def test_input_order_does_not_matter(self):
        recs = self.records() + [talks("old", day(2024, 4, 22), LAV, FID), talks("other", day(2024, 5, 9), LAV, TOK)]
        pub = {"daily": "2024-05-14", "wire": "2024-05-13", "old": "2024-04-22"}
        expected = [c.to_dict() for c in link(recs, published=pub)]
        for seed in range(5):
            shuffled = recs[:]
            random.Random(seed).shuffle(shuffled)
            assert [c.to_dict() for c in link(shuffled, published=pub)] == expected


class TestPlannedAndCoarse:
    def test_announcement_joins_the_visit_that_follows(self):
        """An undated announcement ("will pay a visit") joins the visit ten days after it."""
        visit = Visit(participants=[P.person("Farid Aliyarov", "President", "AZE", role="visitor"),
                                    P.country_("KAZ", "KAZ", "host")],
                      place=Place("Astana", "KAZ"), date=day(2024, 6, 11, 12), source="wire")
        plan = Visit(participants=[P.person("Aliyarov", country="AZE", role="visitor")], status="planned", source="early")
        (c,) = link([visit, plan], published={"early": "2024-06-01", "wire": "2024-06-12"})
        reasons = [r for link_ in c.reasons for r in link_.reasons]
        assert "published 2024-06-01, 10 days before" in reasons
        assert [t.source for t in c.timeline] == ["early", "wire"]

    def test_announcement_long_before_stays_alone(self):
        """An announcement further ahead than the planned window is not tied by it."""
        visit = Visit(participants=[P.person("Farid Aliyarov", "President", "AZE", role="visitor"),
                                    P.country_("KAZ", "KAZ", "host")],
                      place=Place("Astana", "KAZ"), date=day(2024, 6, 11, 12), source="wire")
        plan = Visit(participants=[P.person("Aliyarov", country="AZE", role="visitor")], status="planned", source="early")
        early = datetime.date(2024, 6, 11) - datetime.timedelta(days=PLANNED_WINDOW_DAYS + 10)
        assert groups(link([visit, plan], published={"early": early})) == [["early"], ["wire"]]

    def test_coarse_past_report_prefers_the_talks_near_its_publication(self):
        """ "Talks in May" published on May 27: of the ministers' talks on May 6 and May 25,
        the later ones are in the window; without the date the report fits both."""
        recs = [
            talks("first", day(2024, 5, 6), LAV, FID),
            talks("second", day(2024, 5, 25), LAV, FID),
            Meeting(participants=[LAV, FID], date=DateSpan(datetime.date(2024, 5, 1), datetime.date(2024, 5, 31), "month"),
                    source="month"),
        ]
        assert groups(link(recs)) == [["first"], ["month"], ["second"]]
        assert groups(link(recs, published={"month": "2024-05-27"})) == [["first"], ["month", "second"]]


def month(y: int, m: int) -> DateSpan:
    end = (datetime.date(y + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1))
    return DateSpan(datetime.date(y, m, 1), end, "month")


class TestWhatTheReportRulesOut:
    """A report's publication date and tense rule some events out, whatever else ties them."""

    def test_announcement_never_joins_talks_already_held(self):
        """ "The ministers will meet in May", published on May 20: not the talks of May 13."""
        recs = [talks("held", day(2024, 5, 13), LAV, FID),
                Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=month(2024, 5),
                        status="planned", source="plan")]
        assert groups(link(recs)) == [["held", "plan"]]
        assert groups(link(recs, published={"plan": "2024-05-20"})) == [["held"], ["plan"]]

    def test_past_report_never_joins_later_talks(self):
        """ "The ministers met in May", published on May 20: not the talks of May 28."""
        recs = [talks("later", day(2024, 5, 28), LAV, FID),
                Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=month(2024, 5), source="past")]
        assert groups(link(recs)) == [["later", "past"]]
        assert groups(link(recs, published={"past": "2024-05-20"})) == [["later"], ["past"]]

    def test_undated_report_reaches_a_year_back(self):
        """An undated report with the city and both ministers joins talks months before
        its publication, not talks more than UNDATED_REACH_DAYS before its window."""
        recs = [talks("wire", day(2024, 5, 13), LAV, FID),
                undated("feature", LAV, FID, place=Place("Antalya", "TUR"))]
        months = datetime.date(2024, 9, 1)
        assert groups(link(recs, published={"feature": months})) == [["feature", "wire"]]
        years = datetime.date(2024, 5, 13) + datetime.timedelta(days=PAST_WINDOW_DAYS + UNDATED_REACH_DAYS + 1)
        assert groups(link(recs, published={"feature": years})) == [["feature"], ["wire"]]


class TestOneSidedReportsOfAMonth:
    def test_planned_visit_naming_the_host_only_joins_the_visit(self):
        """ "Kazakhstan expects a state visit in June": the host country, a month; the visit
        of June 11-12 names both sides (a one-sided and a two-sided record of one month)."""
        visit = Visit(participants=[P.person("Farid Aliyarov", "President", "AZE", role="visitor"),
                                    P.country_("KAZ", "KAZ", "host")],
                      place=Place("Astana", "KAZ"), date=day(2024, 6, 11, 12), source="wire")
        plan = Visit(participants=[P.country_("KAZ", "KAZ", "host")], place=Place("Astana", "KAZ"),
                     date=month(2024, 6), status="planned", source="early")
        assert groups(link([visit, plan], published={"early": "2024-03-02", "wire": "2024-06-12"})) == [["early", "wire"]]
        assert groups(link([visit, plan])) == [["early", "wire"]]

    def test_coarse_announcement_is_ranked_by_its_window(self):
        """ "Talks this year" announced on May 2: the talks of May 13 are in its window,
        those of October are not, so the announcement joins May's."""
        recs = [talks("may", day(2024, 5, 13), LAV, FID), talks("october", day(2024, 10, 8), LAV, FID),
                Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"),
                        date=DateSpan(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), "year"),
                        status="planned", source="plan")]
        assert groups(link(recs)) == [["may"], ["october"], ["plan"]]
        assert groups(link(recs, published={"plan": "2024-05-02"})) == [["may", "plan"], ["october"]]
