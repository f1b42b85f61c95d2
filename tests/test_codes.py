"""Tests of eurasia_events.codes: CAMEO and PLOVER codes of records."""

from __future__ import annotations

import datetime

import attrs
import pytest

from eurasia_events.model.codes import actor_pairs, code_table, situation, to_cameo, to_plover
from eurasia_events.model import (
    AgreementSigned,
    DateSpan,
    Event,
    Forum,
    Meeting,
    MemorandumSigned,
    Participant,
    Place,
    Summit,
    Visit,
)

DAY = DateSpan.day(datetime.date(2024, 5, 14))
P = Participant


class TestBuiltinTable:
    """The built-in codes of each type and situation."""

    def test_visit_is_made_from_the_visitors_side(self):
        """A held visit is CAMEO 042 and PLOVER CONSULT/visit, visitor -> host."""
        v = Visit(
            participants=[P.person("Arman Seitov", country="KAZ", role="visitor"), P.country_("Georgia", "GEO", "host")],
            place=Place("Tbilisi", "GEO"),
            date=DAY,
        )
        assert to_cameo(v) == "042"
        assert v.to_cameo() == "042"
        assert to_plover(v) == {"event_type": "CONSULT", "mode": "visit", "context": "diplomatic"}
        assert actor_pairs(v) == [("KAZ", "GEO")]

    def test_visit_host_defaults_to_place_country(self):
        """Without a host participant, the host side is the place's country."""
        v = Visit(participants=[P.person("Arman Seitov", country="KAZ", role="visitor")], place=Place(None, "MNG"))
        assert actor_pairs(v) == [("KAZ", "MNG")]

    def test_meeting_at_home_is_plain_consult(self):
        """A bilateral meeting in one side's country is 040, PLOVER CONSULT with no mode."""
        m = Meeting(
            participants=[P.person("Arman Seitov", country="KAZ"), P.person("Giorgi Beridze", country="GEO")],
            place=Place("Astana", "KAZ"),
        )
        assert situation(m) == "held"
        assert to_cameo(m) == "040"
        assert to_plover(m)["mode"] is None
        assert actor_pairs(m) == [("GEO", "KAZ"), ("KAZ", "GEO")]

    def test_meeting_at_third_location(self):
        """A meeting in a country that is none of the sides' is 044, PLOVER mode third-party."""
        m = Meeting(
            participants=[P.person("Arman Seitov", country="KAZ"), P.person("Giorgi Beridze", country="GEO")],
            place=Place("Doha", "QAT"),
        )
        assert to_cameo(m) == "044"
        assert to_plover(m) == {"event_type": "CONSULT", "mode": "third-party", "context": "diplomatic"}

    def test_multilateral_meeting(self):
        """Three sides make a meeting multilateral: 040 with PLOVER mode multilateral."""
        m = Meeting(
            participants=[P.country_("Kazakhstan", "KAZ"), P.country_("Georgia", "GEO"), P.country_("Armenia", "ARM")],
            place=Place("Yerevan", "ARM"),
        )
        assert (to_cameo(m), to_plover(m)["mode"]) == ("040", "multilateral")

    def test_summit_and_forum(self):
        """A summit or forum is 040 multilateral, or 044 at a third location."""
        s = Summit(organizations=["SCO"], participants=[P.country_("Kazakhstan", "KAZ", "host")], place=Place("Astana", "KAZ"))
        assert (to_cameo(s), to_plover(s)["mode"]) == ("040", "multilateral")
        f = Forum(name="Caspian Forum", participants=[P.person("Arman Seitov", country="KAZ")], place=Place("Baku", "AZE"))
        assert (to_cameo(f), to_plover(f)["mode"]) == ("044", "third-party")

    @pytest.mark.parametrize("cls", [MemorandumSigned, AgreementSigned])
    def test_signings(self, cls):
        """A signing is 057 and PLOVER AGREE; a planned one is 030 (intent to cooperate)."""
        assert to_cameo(cls()) == "057"
        assert to_plover(cls())["event_type"] == "AGREE"
        assert to_cameo(cls(status="planned")) == "030"

    @pytest.mark.parametrize("cls", [Visit, Meeting, Summit, Forum])
    def test_planned_consultations_are_intent_to_meet(self, cls):
        """A planned visit, meeting, summit or forum is 036 and PLOVER AGREE."""
        e = cls(status="planned", place=Place("Doha", "QAT"), participants=[P.country_("Kazakhstan", "KAZ")])
        assert to_cameo(e) == "036"
        assert to_plover(e) == {"event_type": "AGREE", "mode": None, "context": "diplomatic"}

    def test_ongoing_is_coded_like_past(self):
        """An ongoing event has the code of a held one."""
        assert to_cameo(Visit(status="ongoing")) == "042"

    def test_table_is_a_copy(self):
        """Changing the returned table does not change the codes."""
        table = code_table()
        table["Visit"]["held"]["cameo"] = "999"
        assert to_cameo(Visit()) == "042"


class TestCustomTypes:
    """Codes of user-defined event types."""

    def test_class_vars_win(self):
        """A custom type's cameo and plover class variables are its codes."""

        @attrs.frozen(kw_only=True)
        class Exercise(Event):
            event_type = "TestExercise"
            cameo = "062"
            plover = "COOPERATE"

        e = Exercise(status="planned")
        assert to_cameo(e) == "062"
        assert to_plover(e) == {"event_type": "COOPERATE", "mode": None, "context": None}

    def test_unknown_type_has_no_code(self):
        """A custom type with no codes of its own and no built-in parent gives None."""

        @attrs.frozen(kw_only=True)
        class Parade(Event):
            event_type = "TestParade"

        assert to_cameo(Parade()) is None
        assert to_plover(Parade()) is None
        assert situation(Parade()) is None

    def test_subclass_of_builtin_inherits(self):
        """A subclass of Visit without codes uses Visit's."""

        @attrs.frozen(kw_only=True)
        class StateVisit(Visit):
            event_type = "TestStateVisit"

        assert to_cameo(StateVisit()) == "042"
