"""Tests of eurasia_events.linking: what ranks the clusters a vague record could join.

A vague record (one side, no day of its own, an untitled signing...) joins a cluster only
when one candidate leads. These tests cover the ties it can break: the *story* (its
article's other records and where they went), the same days of a longer event, a
signing's subject in the same city and day, and the coverage of the candidates. The
records are our own, written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from eurasia_events import linking
from eurasia_events.model import DateSpan, Evidence, Meeting, MemorandumSigned, Participant, Place, Visit
from eurasia_events.linking import link

P = Participant
ALI = P.person("Farid Aliyarov", "President", "AZE")
BAT = P.person("Oyun Batbold", "President", "MNG")
TOK = P.person("Daniyar Tokbayev", "President", "KAZ")
ASTANA = Place("Astana", "KAZ")


def days(d1: int, d2: int | None = None) -> DateSpan:
    return DateSpan(datetime.date(2024, 6, d1), datetime.date(2024, 6, d2 or d1), "day", text="on June 11")


def visit(source: str, guest: Participant | None, date: DateSpan | None = None) -> Visit:
    parts = [P.country_("KAZ", "KAZ", "host")]
    if guest is not None:
        parts.insert(0, P.person(guest.name, guest.title, guest.country, role="visitor"))
    return Visit(participants=parts, place=ASTANA, date=date or days(11, 12), source=source)


def talks(source: str, *parts: Participant, date: DateSpan | None = days(11), place: Place | None = ASTANA) -> Meeting:
    return Meeting(participants=list(parts), place=place, date=date, source=source)


def groups(clusters, kind: type | None = None) -> list[list[str]]:
    return sorted(sorted(r.source for r in c.records) for c in clusters if kind is None or isinstance(c.event, kind))


def two_visits() -> list:
    """Two presidents visit Astana on the same days; two outlets report each visit and its talks."""
    recs = []
    for source in ("wire1", "wire2"):
        recs += [visit(source, ALI), talks(source, ALI, TOK)]
    for source in ("wire3", "wire4"):
        recs += [visit(source, BAT), talks(source, BAT, TOK)]
    return recs


class TestStory:
    def test_report_naming_the_host_only_joins_the_visit_of_its_talks(self):
        """ "Kazakhstan hosted a state visit on June 11-12": both visits fit; the article's
        talks are those of Aliyarov, so the visit is his."""
        recs = two_visits() + [visit("daily", None), talks("daily", ALI, TOK)]
        clusters = link(recs)
        assert groups(clusters, Visit) == [["daily", "wire1", "wire2"], ["wire3", "wire4"]]
        (c,) = [c for c in clusters if "daily" in c.sources and isinstance(c.event, Visit)]
        assert any(r.startswith("the same story") for link_ in c.reasons for r in link_.reasons)

    def test_without_its_talks_the_report_joins_neither(self):
        recs = two_visits() + [visit("daily", None)]
        assert groups(link(recs), Visit) == [["daily"], ["wire1", "wire2"], ["wire3", "wire4"]]

    def test_the_story_ties_what_nothing_else_ties(self):
        """A feature published a month later: "during the visit, Tokbayev held talks in
        Astana", no date and one official, is tied to no talks by itself; its article's
        visit record is Aliyarov's visit, whose articles report the Aliyarov-Tokbayev talks."""
        undated_visit = Visit(participants=[P.person("Farid Aliyarov", country="AZE", role="visitor"), P.country_("KAZ", "KAZ", "host")],
                              place=ASTANA, source="feature")
        recs = two_visits() + [undated_visit, talks("feature", P.person("Tokbayev", country="KAZ"), date=None)]
        clusters = link(recs, published={"feature": datetime.date(2024, 7, 12)})
        assert groups(clusters, Meeting) == [["feature", "wire1", "wire2"], ["wire3", "wire4"]]
        # the talks alone (no visit record in the article) join nothing
        clusters = link(recs[:-2] + recs[-1:], published={"feature": datetime.date(2024, 7, 12)})
        assert groups(clusters, Meeting) == [["feature"], ["wire1", "wire2"], ["wire3", "wire4"]]


class TestSameDays:
    def test_the_same_days_of_a_longer_visit_break_a_tie(self):
        """Two visits to Astana, June 11-13 and June 11-12: a report naming only the host and
        June 11-13 is the first."""
        recs = [visit("a1", ALI, days(11, 13)), visit("a2", ALI, days(11, 13)),
                visit("b1", BAT, days(11, 12)), visit("b2", BAT, days(11, 12)),
                visit("daily", None, days(11, 13))]
        assert groups(link(recs)) == [["a1", "a2", "daily"], ["b1", "b2"]]


class TestSigningSubjectInTheCity:
    def test_report_naming_no_party_joins_by_subject_city_and_day(self):
        kaz, aze = P.country_("KAZ", "KAZ", "party"), P.country_("AZE", "AZE", "party")

        def mou(source: str, text: str, *parts: Participant) -> MemorandumSigned:
            return MemorandumSigned(participants=list(parts), place=ASTANA, date=days(11),
                                    evidence=[Evidence(0, len(text), text)], source=source)

        recs = [
            mou("wire", "Kazakhstan and Azerbaijan signed a memorandum on youth policy.", kaz, aze),
            mou("agency", "Kazakhstan and Azerbaijan signed a memorandum on energy cooperation.", kaz, aze),
            mou("daily", "The sides also signed a memorandum on youth exchanges in Astana on Tuesday."),
        ]
        assert groups(link(recs)) == [["agency"], ["daily", "wire"]]


class TestCoverage:
    def test_ratio_zero_turns_it_off(self):
        """Two outlets report Aliyarov's visit and one Batbold's: a report naming only the
        host joins the first (twice the records); with ``COVERAGE_RATIO = 0``, neither."""
        recs = [visit("a1", ALI), visit("a2", ALI), visit("b1", BAT), visit("daily", None)]
        clusters = link(recs)
        assert groups(clusters) == [["a1", "a2", "daily"], ["b1"]]
        (c,) = [c for c in clusters if "daily" in c.sources]
        assert "more widely reported than the other candidate(s): 2 records against 1" in [
            r for link_ in c.reasons for r in link_.reasons]
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(linking, "COVERAGE_RATIO", 0)
            assert groups(link(recs)) == [["a1", "a2"], ["b1"], ["daily"]]
