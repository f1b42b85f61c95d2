"""Tests of eurasia_events.linking: the subject of untitled signings, read from their
evidence, and the forum and vague-record rules added with it (issue #10).

Every evidence sentence here is written for these tests.
"""

from __future__ import annotations

import datetime
import random

import pytest

from eurasia_events.model import (
    AgreementSigned,
    DateSpan,
    Evidence,
    Forum,
    MemorandumSigned,
    Participant,
    Place,
)
from eurasia_events.linking import link
from eurasia_events.linking._subjects import _subject, _subject_of, _subjects_meet

P = Participant
KAZ = P.country_("Kazakhstan", "KAZ", "party")
MNG = P.country_("Mongolia", "MNG", "party")


def day(y: int, m: int, d: int, d2: int | None = None) -> DateSpan:
    return DateSpan(datetime.date(y, m, d), datetime.date(y, m, d2 or d), "day")


def ev(text: str) -> list[Evidence]:
    return [Evidence(0, len(text), text)]


def groups(clusters) -> list[list[str]]:
    return sorted(sorted(r.source for r in c.records) for c in clusters)


def mou(source: str, text: str, parties=(KAZ, MNG), date=None, **kw) -> MemorandumSigned:
    return MemorandumSigned(
        participants=list(parties), date=date if date is not None else day(2025, 3, 11),
        evidence=ev(text), source=source, **kw,
    )


class TestSubjectWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Kazakhstan and Mongolia signed a memorandum on cooperation in the field of education in Astana on Tuesday.",
            "The two ministers signed a memorandum of understanding on educational cooperation.",
            "An education memorandum was signed between the two governments.",
            "The sides also signed a memorandum in the sphere of higher education, the ministry said.",
        ],
    )
    def test_one_subject_however_worded(self, text):
        assert _subject_of(text, True) == ("educ",)

    def test_generic_and_capitalised_words_are_left_out(self):
        """Cooperation, field, development..., names of places, weekdays and the clause that
        follows a comma do not count."""
        text = ("Officials of Mongolia and Kazakhstan signed a memorandum of understanding on the "
                "development of cooperation in the veterinary sector in Ulaanbaatar on Friday, the "
                "press office of the agriculture ministry reported.")
        assert _subject_of(text, True) == ("veterinar",)

    def test_the_document_word_of_the_type(self):
        """A memorandum record reads the memorandum's subject, not the agreement's of the same sentence."""
        text = "They signed a memorandum on grain exports, while an agreement on pipelines was initialled."
        assert set(_subject_of(text, True)) == {"export", "grain"}
        assert _subject_of(text, False) == ("pipelin",)

    def test_no_subject(self):
        assert _subject_of("A memorandum of understanding was signed between the two agencies.", True) == ()
        assert _subject_of("A number of documents were signed after the talks.", False) == ()

    def test_title_words_count(self):
        rec = MemorandumSigned(name="Memorandum on Veterinary Cooperation", participants=[KAZ], source="t")
        assert _subject(rec) == ("veterinar",)

    @pytest.mark.parametrize(
        ("text", "subject"),
        [
            ("The sides signed a memorandum on cooperation in power engineering.", ("energ",)),
            ("A memorandum on information technology was signed as well.", ("digit",)),
            ("They signed a memorandum on the peaceful use of atomic energy.", ("nuclear",)),
            ("A memorandum on the agro-industrial complex was signed.", ("agricultur",)),
            ("A banking memorandum was signed between the central banks.", ("financ",)),
            ("The sides signed a memorandum in the field of physical culture and sport.", ("sport",)),
        ],
    )
    def test_thesaurus_words_and_phrases(self, text, subject):
        """data/subjects.json: outlets' words for one topic give the topic's stem; a
        phrase is read whole ("atomic energy" is nuclear, not energy)."""
        assert _subject_of(text, True) == subject

    def test_stems_meet(self):
        assert _subjects_meet(("railwa",), ("railway",)) == ["railwa"]
        assert _subjects_meet(("touris",), ("tourism",)) == ["touris"]
        assert _subjects_meet(("transit",), ("transport",)) == []
        assert _subjects_meet(("art",), ("artificial",)) == []


class TestSubjectLinking:
    """Two untitled memoranda of one day between the same two countries."""

    RECS = [
        mou("wire-edu", "Kazakhstan and Mongolia signed a memorandum on cooperation in the field of education in Astana on Tuesday."),
        mou("daily-edu", "The sides also signed a memorandum of understanding on educational exchanges."),
        mou("wire-vet", "Kazakhstan and Mongolia signed a memorandum on veterinary cooperation in Astana on Tuesday."),
        mou("daily-vet", "A memorandum on animal health and veterinary control was signed as well."),
        mou("blog-none", "Kazakhstan and Mongolia signed a memorandum of understanding in Astana."),
    ]

    def test_subjects_keep_them_apart_and_tie_the_reports(self):
        clusters = link(self.RECS)
        assert groups(clusters) == [["blog-none"], ["daily-edu", "wire-edu"], ["daily-vet", "wire-vet"]]
        edu = next(c for c in clusters if "wire-edu" in c.sources)
        assert any(r.startswith("same subject: educ") for r in edu.reasons[0].reasons)

    def test_input_order_does_not_matter(self):
        expected = groups(link(self.RECS))
        for seed in range(5):
            shuffled = list(self.RECS)
            random.Random(seed).shuffle(shuffled)
            assert groups(link(shuffled)) == expected

    def test_report_without_subject_joins_the_only_document(self):
        recs = [self.RECS[0], self.RECS[1], self.RECS[4]]
        assert groups(link(recs)) == [["blog-none", "daily-edu", "wire-edu"]]

    def test_different_subject_never_joins(self):
        """Even as the only candidate, a report on another subject stays apart."""
        recs = [self.RECS[0], self.RECS[1], mou("other", "Kazakhstan and Mongolia signed a memorandum on space research.")]
        assert groups(link(recs)) == [["daily-edu", "wire-edu"], ["other"]]

    def test_titled_and_untitled(self):
        recs = [
            mou("titled", "They signed the Memorandum on Veterinary Cooperation.", name="Memorandum on Veterinary Cooperation"),
            self.RECS[3],
            self.RECS[0],
        ]
        assert groups(link(recs)) == [["daily-vet", "titled"], ["wire-edu"]]

    def test_undated_report_joins_by_subject_and_parties(self):
        recs = [
            self.RECS[0], self.RECS[2],
            mou("undated", "Mongolia and Kazakhstan have signed a memorandum on veterinary matters.", date=None),
        ]
        recs[-1] = MemorandumSigned(participants=[KAZ, MNG], evidence=recs[-1].evidence, source="undated")
        assert groups(link(recs)) == [["undated", "wire-vet"], ["wire-edu"]]

    def test_agreements_too(self):
        recs = [
            AgreementSigned(participants=[KAZ, MNG], date=day(2025, 3, 11), source=s, evidence=ev(t))
            for s, t in [
                ("a", "Kazakhstan and Mongolia signed an agreement on air services."),
                ("b", "An intergovernmental agreement on civil aviation was signed."),
                ("c", "Kazakhstan and Mongolia signed an agreement on road transport."),
            ]
        ]
        assert groups(link(recs)) == [["a", "b"], ["c"]]


class TestThesaurusLinking:
    def test_two_wordings_of_one_topic_join(self):
        recs = [
            mou("wire", "Kazakhstan and Mongolia signed a memorandum on cooperation in power engineering."),
            mou("daily", "An energy memorandum was signed between the two governments."),
            mou("blog", "The sides also signed a memorandum on information technology."),
            mou("agency", "Kazakhstan and Mongolia signed a memorandum on digital cooperation."),
        ]
        assert groups(link(recs)) == [["agency", "blog"], ["daily", "wire"]]

    def test_nuclear_and_energy_documents_stay_apart(self):
        recs = [
            mou("wire", "Kazakhstan and Mongolia signed a memorandum on the peaceful use of atomic energy."),
            mou("daily", "A memorandum on the energy sector was signed as well."),
        ]
        assert groups(link(recs)) == [["daily"], ["wire"]]


class TestForumReports:
    def test_unnamed_report_joins_the_only_forum_in_the_city(self):
        named = Forum(name="Steppe Energy Forum", place=Place("Karaganda", "KAZ"), date=day(2025, 5, 20, 21), source="a")
        unnamed = Forum(place=Place("Karaganda", "KAZ"), date=day(2025, 5, 20, 21), source="b")
        clusters = link([named, unnamed])
        assert groups(clusters) == [["a", "b"]]
        assert "same city on the same days" in clusters[0].reasons[0].reasons

    def test_unnamed_report_joins_neither_of_two_forums(self):
        recs = [
            Forum(name="Steppe Energy Forum", place=Place("Karaganda", "KAZ"), date=day(2025, 5, 20, 21), source="a"),
            Forum(name="Karaganda Book Fair Forum", place=Place("Karaganda", "KAZ"), date=day(2025, 5, 21), source="b"),
            Forum(place=Place("Karaganda", "KAZ"), date=day(2025, 5, 21), source="c"),
        ]
        assert groups(link(recs)) == [["a"], ["b"], ["c"]]

    def test_undated_report_weighs_the_cluster_as_a_whole(self):
        """One member of the 2024 forum gives the city, another the edition: together they
        beat the 2025 forum, which only shares the city."""
        city = Place("Karaganda", "KAZ")
        recs = [
            Forum(name="Steppe Energy Forum", place=city, date=day(2024, 5, 20, 21), source="y24-a"),
            Forum(name="Steppe Energy Forum", edition=5, date=day(2024, 5, 20, 21), source="y24-b"),
            Forum(name="Steppe Energy Forum", place=city, date=day(2025, 5, 19, 20), source="y25-a"),
            Forum(name="Steppe Energy Forum", place=city, date=day(2025, 5, 19, 20), source="y25-b"),
            Forum(name="Steppe Energy Forum", edition=5, place=city, source="undated"),
        ]
        assert groups(link(recs)) == [["undated", "y24-a", "y24-b"], ["y25-a", "y25-b"]]
