"""Tests of eurasia_events.linking: stable ids and cross-article linking."""

from __future__ import annotations

import datetime
import json
import random
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eurasia_events.errors import InputTypeError, InputValueError
from eurasia_events.model import (
    AgreementSigned,
    DateSpan,
    Evidence,
    Forum,
    Meeting,
    MemorandumSigned,
    Participant,
    Place,
    Summit,
    Visit,
)
from eurasia_events.linking import EventCluster, event_id, link

P = Participant


def day(y: int, m: int, d: int, d2: int | None = None) -> DateSpan:
    return DateSpan(datetime.date(y, m, d), datetime.date(y, m, d2 or d), "day")


def month(y: int, m: int) -> DateSpan:
    last = (datetime.date(y + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return DateSpan(datetime.date(y, m, 1), datetime.date(y, m, last), "month")


def ev(text: str) -> list[Evidence]:
    return [Evidence(0, len(text), text)]


def groups(clusters: list[EventCluster]) -> list[list[str]]:
    """The clusters as sorted lists of sources, sorted."""
    return sorted(sorted(r.source for r in c.records) for c in clusters)


# Our own invented officials.
TOK = P.person("Daniyar Tokbayev", "President", "KAZ")
ALI = P.person("Farid Aliyarov", "President", "AZE")
MIR = P.person("Rustam Mirzayev", "President", "UZB")
LAV = P.person("Sergei Lavrenov", "Foreign Minister", "RUS")
FID = P.person("Hakan Fidanoglu", "Foreign Minister", "TUR")
PUT = P.person("Vladislav Putyatin", "President", "RUS")
ERD = P.person("Recep Erdemir", "President", "TUR")


class TestEventId:
    """Stable ids from normalized content."""

    def test_format(self):
        """An id is the type in lower case and 16 hex digits."""
        assert re.fullmatch(r"memorandumsigned-[0-9a-f]{16}", event_id(MemorandumSigned()))

    def test_same_content_same_id(self):
        """Order, case, accents and whitespace of the content do not change the id."""
        a = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2))
        b = Meeting(
            participants=[attrs.evolve(FID, name="Hakan  Fidanoğlu"), LAV, LAV],
            place=Place("ANTALYA", "TUR"),
            date=attrs.evolve(day(2024, 3, 2), text="on March 2"),
        )
        assert a.id == b.id == event_id(a)

    def test_evidence_source_trigger_status_do_not_count(self):
        """Evidence, source, trigger and status are not part of the id."""
        a = Summit(name="Caspian Summit", date=day(2024, 8, 12), evidence=ev("x"), source="a", trigger="summit")
        b = Summit(name="Caspian Summit", date=day(2024, 8, 12), evidence=ev("yy"), source="b", status="planned")
        assert a.id == b.id

    def test_content_changes_the_id(self):
        """Type, date, place and participants each change the id."""
        base = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2))
        variants = [
            Summit(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2)),
            attrs.evolve(base, date=day(2024, 3, 3)),
            attrs.evolve(base, place=Place("Ankara", "TUR")),
            attrs.evolve(base, participants=[LAV]),
        ]
        assert len({base.id, *(v.id for v in variants)}) == 5

    def test_not_an_event(self):
        """A non-record is refused with a message naming what it got."""
        with pytest.raises(InputTypeError, match="needs an Event record, got dict"):
            event_id({"type": "Summit"})

    @settings(max_examples=60, deadline=None)
    @given(
        people=st.lists(st.sampled_from([TOK, ALI, MIR, LAV, FID]), min_size=1, max_size=5),
        offset=st.integers(0, 3000),
        city=st.sampled_from([None, "Baku", "Astana"]),
        text=st.text(max_size=30),
        source=st.one_of(st.none(), st.text(max_size=10)),
        seed=st.integers(0, 1000),
    )
    def test_property_same_content_same_id(self, people, offset, city, text, source, seed):
        """Any record and a copy with shuffled participants and other evidence/source have one id."""
        d = datetime.date(2020, 1, 1) + datetime.timedelta(days=offset)
        a = Meeting(participants=people, place=Place(city, None), date=DateSpan.day(d))
        shuffled = list(people)
        random.Random(seed).shuffle(shuffled)
        b = attrs.evolve(a, participants=shuffled, evidence=ev(text) if text else (), source=source)
        assert event_id(a) == event_id(b)
        assert event_id(Meeting.from_dict(json.loads(json.dumps(a.to_dict())))) == event_id(a)


class TestSameEventAcrossOutlets:
    """Records of one event from different articles form one cluster."""

    def records(self):
        return [
            Summit(
                name="VI Caspian Summit", edition=6, organizations=["CCS"],
                participants=[TOK, ALI, P.country_("Kazakhstan", "KAZ", "host")],
                place=Place("Aktau", "KAZ"), date=day(2024, 10, 12, 13), source="wire-1",
                evidence=ev("The sixth Caspian summit opened in Aktau."),
            ),
            Summit(
                name="Caspian Summit", organizations=["CCS"], participants=[MIR, P.person("Tokbayev", country="KAZ")],
                place=Place("Aktau", "KAZ"), date=day(2024, 10, 12, 13), source="daily-2",
            ),
            Summit(
                name="Sixth Caspian Summit in Aktau", edition=6, participants=[ALI],
                place=Place(None, "KAZ"), date=day(2024, 10, 13), source="gazette-3",
            ),
            Summit(
                name="Caspian Summit", organizations=["CCS"], place=Place("Aktau", "KAZ"),
                date=month(2024, 10), status="planned", source="early-0",
            ),
        ]

    def test_one_cluster(self):
        """Four outlets, different wording, participants and date precision: one cluster."""
        clusters = link(self.records())
        assert groups(clusters) == [["daily-2", "early-0", "gazette-3", "wire-1"]]

    def test_merged_record(self):
        """The merged record has the most precise date, the union of participants and all evidence."""
        (c,) = link(self.records())
        e = c.event
        assert e.type == "Summit" and e.status == "past" and e.edition == 6
        assert e.name == "VI Caspian Summit"
        assert (e.date.start, e.date.end, e.date.granularity) == (datetime.date(2024, 10, 12), datetime.date(2024, 10, 13), "day")
        assert e.place == Place("Aktau", "KAZ")
        names = sorted(p.name for p in e.participants)
        assert names == ["Daniyar Tokbayev", "Farid Aliyarov", "Kazakhstan", "Rustam Mirzayev"]
        assert [p.role for p in e.participants if p.kind == "country"] == ["host"]
        assert e.evidence == tuple(ev("The sixth Caspian summit opened in Aktau."))
        assert c.sources == ("daily-2", "early-0", "gazette-3", "wire-1")

    def test_timeline_and_reasons(self):
        """The timeline shows the announcement first; every link has its reasons."""
        (c,) = link(self.records())
        assert [(t.source, t.status) for t in c.timeline][0] == ("early-0", "planned")
        assert {t.status for t in c.timeline[1:]} == {"past"}
        assert len(c.reasons) == 3
        for r in c.reasons:
            assert r.reasons[0] == "same type Summit"
            assert 0 <= r.i < len(c.records) and 0 <= r.j < len(c.records)
        assert any("names share: caspian" in " ".join(r.reasons) for r in c.reasons)

    def test_to_dict_is_json(self):
        """to_dict gives JSON with the event, members, sources, reasons and timeline."""
        (c,) = link(self.records())
        d = json.loads(json.dumps(c.to_dict()))
        assert d["id"] == c.id and d["id"].startswith("summit-")
        assert [m["source"] for m in d["members"]] == [r.source for r in c.records]
        assert d["event"]["type"] == "Summit"
        assert d["timeline"][0]["status"] == "planned" and d["timeline"][0]["date"]["granularity"] == "month"
        assert set(d["reasons"][0]) == {"a", "b", "reasons"}

    def test_input_order_does_not_matter(self):
        """Shuffled input gives the same clusters, members and merged record."""
        base = [c.to_dict() for c in link(self.records() + TestMeetingsApart().records())]
        for seed in range(5):
            recs = self.records() + TestMeetingsApart().records()
            random.Random(seed).shuffle(recs)
            assert [c.to_dict() for c in link(recs)] == base


class TestMeetingsApart:
    """Two meetings of the same two ministers a month apart."""

    def records(self):
        return [
            Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="m1-a"),
            Meeting(participants=[P.person("Lavrenov", country="RUS"), P.country_("Turkey", "TUR")],
                    place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="m1-b"),
            Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 4, 3), source="m2-a"),
            Meeting(participants=[FID, LAV], date=day(2024, 4, 3), source="m2-b"),
        ]

    def test_not_merged(self):
        """Same sides and city, dates a month apart: two clusters."""
        assert groups(link(self.records())) == [["m1-a", "m1-b"], ["m2-a", "m2-b"]]

    def test_vague_announcement_joins_neither_when_ambiguous(self):
        """A 'spring' announcement that fits both meetings stays alone and never bridges them."""
        spring = Meeting(
            participants=[LAV, FID], status="planned", source="plan",
            date=DateSpan(datetime.date(2024, 3, 1), datetime.date(2024, 5, 31), "season"),
        )
        assert groups(link(self.records() + [spring])) == [["m1-a", "m1-b"], ["m2-a", "m2-b"], ["plan"]]

    def test_unambiguous_announcement_joins(self):
        """A March announcement joins the March meeting only."""
        march = Meeting(participants=[LAV, FID], status="planned", source="plan", date=month(2024, 3))
        assert groups(link(self.records() + [march])) == [["m1-a", "m1-b", "plan"], ["m2-a", "m2-b"]]


class TestOneSidedReports:
    """Reports that name only one side of bilateral talks."""

    def test_guest_and_host_reports_link(self):
        """One article names only the guest, another only the host, same city and day: one meeting."""
        recs = [
            Meeting(participants=[LAV], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="guest"),
            Meeting(participants=[FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="host"),
        ]
        (c,) = link(recs)
        assert c.sources == ("guest", "host")
        assert "the two sides of talks in one city on one day" in c.reasons[0].reasons

    def test_third_side_does_not_join(self):
        """A one-sided report of a third country does not join two-sided talks."""
        recs = [
            Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="a"),
            Meeting(participants=[MIR], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="b"),
        ]
        assert groups(link(recs)) == [["a"], ["b"]]

    def test_undated_meeting_needs_two_shared_actors(self):
        """An undated report sharing the city and one official is too weak for talks (the same
        officials meet in the same cities again and again); with both officials it links."""
        held = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="held")
        one = Meeting(participants=[LAV], place=Place("Antalya", "TUR"), source="one")
        both = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), source="both")
        assert groups(link([held, one])) == [["held"], ["one"]]
        assert groups(link([held, both])) == [["both", "held"]]


class TestSignings:
    """Documents signed the same day."""

    def test_different_parties_same_day(self):
        """Two MoUs the same day and city between different parties are two events."""
        recs = [
            MemorandumSigned(name="Memorandum on Water Management", participants=[P.country_("Kazakhstan", "KAZ", "party"), P.country_("Uzbekistan", "UZB", "party")],
                             place=Place("Tashkent", "UZB"), date=day(2024, 6, 5), source="a"),
            MemorandumSigned(participants=[P.country_("Kazakhstan", "KAZ", "party"), P.country_("Kyrgyzstan", "KGZ", "party")],
                             place=Place("Tashkent", "UZB"), date=day(2024, 6, 5), source="b"),
            MemorandumSigned(name="Memorandum on Water Management", participants=[P.country_("Uzbekistan", "UZB", "party")],
                             place=Place("Tashkent", "UZB"), date=day(2024, 6, 5), source="c"),
        ]
        assert groups(link(recs)) == [["a", "c"], ["b"]]

    def test_same_parties_different_titles(self):
        """Two MoUs between the same parties on different subjects are two events; an untitled
        report that fits both joins neither."""
        kaz, chn = P.country_("Kazakhstan", "KAZ", "party"), P.country_("China", "CHN", "party")
        recs = [
            MemorandumSigned(name="Memorandum on Railway Transit", participants=[kaz, chn], date=day(2024, 7, 3), source="rail-1"),
            MemorandumSigned(name="Memorandum of Understanding on Railway Transit", participants=[chn], date=day(2024, 7, 3), source="rail-2"),
            MemorandumSigned(name="Memorandum on Student Exchange", participants=[kaz, chn], date=day(2024, 7, 3), source="edu-1"),
            MemorandumSigned(participants=[kaz, chn], date=day(2024, 7, 3), source="untitled"),
        ]
        assert groups(link(recs)) == [["edu-1"], ["rail-1", "rail-2"], ["untitled"]]

    def test_agreement_and_memorandum_are_different_types(self):
        """An AgreementSigned and a MemorandumSigned never link."""
        parties = [P.country_("Armenia", "ARM", "party"), P.country_("Georgia", "GEO", "party")]
        recs = [
            AgreementSigned(name="Agreement on Customs", participants=parties, date=day(2024, 2, 1), source="x"),
            MemorandumSigned(name="Memorandum on Customs", participants=parties, date=day(2024, 2, 1), source="y"),
        ]
        assert groups(link(recs)) == [["x"], ["y"]]


class TestVisits:
    """An announced visit and the visit itself."""

    def records(self):
        visitor = attrs.evolve(MIR, role="visitor")
        host = P.country_("Azerbaijan", "AZE", "host")
        return [
            Visit(participants=[visitor, host], date=month(2024, 9), status="planned", source="early"),
            Visit(participants=[visitor, host, ALI], place=Place("Baku", "AZE"), date=day(2024, 9, 18, 19), source="late"),
            Visit(participants=[P.person("Mirzayev", country="UZB", role="visitor")], place=Place("Baku", "AZE"),
                  date=day(2024, 9, 18), status="ongoing", source="middle"),
        ]

    def test_planned_and_held_link(self):
        """The announcement, the ongoing and the past report are one visit."""
        (c,) = link(self.records())
        assert c.event.status == "past"
        assert [t.status for t in c.timeline] == ["planned", "ongoing", "past"]
        assert c.event.date.granularity == "day" and c.event.date.end == datetime.date(2024, 9, 19)

    def test_published_orders_timeline_and_sets_status(self):
        """With publication dates the timeline follows them and the latest article's status wins."""
        pub = {"early": "2024-08-01", "late": datetime.date(2024, 9, 18), "middle": "2024-09-25"}
        (c,) = link(self.records(), published=pub)
        assert [t.source for t in c.timeline] == ["early", "late", "middle"]
        assert c.timeline[0].published == datetime.date(2024, 8, 1)
        assert c.event.status == "ongoing"

    def test_bad_published_date(self):
        """An unreadable publication date is refused with the source named."""
        with pytest.raises(InputValueError, match=r"published\['early'\]"):
            link(self.records(), published={"early": "soon"})


class TestDistinctEvents:
    """Records that look alike but are different events."""

    def test_summits_of_different_organizations(self):
        """Two summits in one city on one day of different organizations are two events."""
        recs = [
            Summit(name="CIS Summit", organizations=["CIS"], participants=[TOK, MIR], place=Place("Dushanbe", "TJK"), date=day(2024, 10, 8), source="a"),
            Summit(name="EAEU Summit", organizations=["EAEU"], participants=[TOK], place=Place("Dushanbe", "TJK"), date=day(2024, 10, 8), source="b"),
            Summit(organizations=["CIS"], participants=[MIR], place=Place("Dushanbe", "TJK"), date=day(2024, 10, 8), source="c"),
        ]
        assert groups(link(recs)) == [["a", "c"], ["b"]]

    def test_presidents_and_ministers_same_day(self):
        """The presidents' talks and the foreign ministers' talks of one day are two meetings."""
        recs = [
            Meeting(participants=[PUT, ERD], place=Place("Sochi", "RUS"), date=day(2024, 5, 6), source="pres-1"),
            Meeting(participants=[P.person("Putyatin", country="RUS"), P.country_("Turkey", "TUR")], place=Place("Sochi", "RUS"), date=day(2024, 5, 6), source="pres-2"),
            Meeting(participants=[LAV, FID], place=Place("Sochi", "RUS"), date=day(2024, 5, 6), source="fm-1"),
        ]
        assert groups(link(recs)) == [["fm-1"], ["pres-1", "pres-2"]]

    def test_meeting_and_summit_need_compatible(self):
        """A Meeting does not link with a Summit unless the caller declares them compatible."""
        recs = [
            Summit(name="Turkic Summit", participants=[TOK, ERD], place=Place("Astana", "KAZ"), date=day(2024, 11, 3), source="s"),
            Meeting(participants=[TOK, ERD], place=Place("Astana", "KAZ"), date=day(2024, 11, 3), source="m"),
        ]
        assert groups(link(recs)) == [["m"], ["s"]]
        (c,) = link(recs, compatible=[("Summit", "Meeting")])
        assert c.reasons[0].reasons[0] == "compatible types Meeting, Summit"
        assert c.event.type == "Summit"  # tie broken by the most informative member (it has a name)

    def test_different_cities(self):
        """Same day and participants but different cities: two events."""
        recs = [
            Forum(name="Silk Road Forum", participants=[TOK], place=Place("Almaty", "KAZ"), date=day(2024, 4, 20), source="a"),
            Forum(name="Silk Road Forum", participants=[TOK], place=Place("Samarkand", "UZB"), date=day(2024, 4, 20), source="b"),
        ]
        assert groups(link(recs)) == [["a"], ["b"]]


class TestUndated:
    """Records with no date are weak evidence."""

    def forums(self):
        return [
            Forum(name="Aral Sea Forum", edition=3, place=Place("Nukus", "UZB"), date=day(2023, 5, 10, 11), participants=[MIR], source="f3"),
            Forum(name="Aral Sea Forum", edition=4, place=Place("Nukus", "UZB"), date=day(2024, 5, 14, 15), participants=[MIR], source="f4"),
        ]

    def test_undated_with_edition_links(self):
        """An undated mention naming the edition links to that edition only."""
        mention = Forum(name="4th Aral Sea Forum", edition=4, source="mention")
        assert groups(link(self.forums() + [mention])) == [["f3"], ["f4", "mention"]]

    def test_ambiguous_undated_stays_alone(self):
        """An undated mention that fits two editions joins neither."""
        mention = Forum(name="Aral Sea Forum", source="mention")
        assert groups(link(self.forums() + [mention])) == [["f3"], ["f4"], ["mention"]]

    def test_undated_without_name_or_city_does_not_link(self):
        """An undated record sharing only a participant is too weak to link."""
        mention = Forum(participants=[MIR], source="mention")
        assert groups(link(self.forums() + [mention])) == [["f3"], ["f4"], ["mention"]]


class TestSameArticle:
    """One record per real-world event per article (spec section 1)."""

    def test_two_records_of_one_article_never_link(self):
        """Two records of one article are two events, however alike; a third article's
        report joins one of them, never both."""
        a = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="one")
        b = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="one",
                    evidence=ev("Later the ministers met again."))
        c = Meeting(participants=[LAV, FID], place=Place("Antalya", "TUR"), date=day(2024, 3, 2), source="two")
        clusters = link([a, b, c])
        assert len(clusters) == 2
        assert sorted(len(c.records) for c in clusters) == [1, 2]
        assert all(len({r.source for r in c.records}) == len(c.records) for c in clusters)

    def test_vague_record_skips_a_cluster_of_its_own_article(self):
        """A 'spring' announcement fits the March talks and the April talks (and alone joins
        neither); its own article already reports the April talks, so it is the March talks."""
        recs = TestMeetingsApart().records()
        recs[3] = attrs.evolve(recs[3], source="plan")
        spring = Meeting(participants=[LAV, FID], status="planned", source="plan",
                         date=DateSpan(datetime.date(2024, 3, 1), datetime.date(2024, 5, 31), "season"))
        assert groups(link(recs + [spring])) == [["m1-a", "m1-b", "plan"], ["m2-a", "plan"]]


class TestLinkApi:
    """Arguments and output of link()."""

    def test_every_record_once(self):
        """Each record is in exactly one cluster; singletons keep the record as event."""
        recs = TestMeetingsApart().records() + [Visit(source="lonely")]
        clusters = link(recs)
        members = [r for c in clusters for r in c.records]
        assert sorted(map(id, members)) == sorted(map(id, recs))
        (lonely,) = [c for c in clusters if c.sources == ("lonely",)]
        assert lonely.event is lonely.records[0] and lonely.reasons == ()

    def test_explain_false(self):
        """explain=False gives the same clusters without reasons."""
        recs = TestSameEventAcrossOutlets().records()
        assert groups(link(recs, explain=False)) == groups(link(recs))
        assert link(recs, explain=False)[0].reasons == ()

    def test_tolerance_days(self):
        """tolerance_days lets dates a day apart link."""
        recs = [
            Meeting(participants=[LAV, FID], date=day(2024, 3, 2), source="a"),
            Meeting(participants=[LAV, FID], date=day(2024, 3, 3), source="b"),
        ]
        assert groups(link(recs)) == [["a"], ["b"]]
        assert groups(link(recs, tolerance_days=1)) == [["a", "b"]]

    def test_bad_input(self):
        """Non-records and a negative tolerance are refused."""
        with pytest.raises(InputTypeError, match="item 0 is a dict"):
            link([{"type": "Summit"}])
        with pytest.raises(InputValueError, match="tolerance_days must be an integer >= 0"):
            link([], tolerance_days=-1)

    def test_empty(self):
        """No records, no clusters."""
        assert link([]) == []
