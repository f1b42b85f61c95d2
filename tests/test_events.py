"""The record model: attrs classes, validation, and the JSON round trip."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest
from hypothesis import given, settings

import eurasia_events as ee
from eurasia_events.errors import RecordError

from .strategies import events

BUILTIN = [ee.Summit, ee.Visit, ee.Meeting, ee.Forum, ee.MemorandumSigned, ee.AgreementSigned]


class TestClasses:
    @pytest.mark.parametrize("cls", BUILTIN)
    def test_builtin_types_are_attrs_subclasses_of_event(self, cls):
        """Every built-in type is an attrs class deriving from Event and named by its type."""
        assert attrs.has(cls)
        assert issubclass(cls, ee.Event)
        assert cls().type == cls.__name__

    def test_records_are_frozen(self):
        """A record cannot be changed in place; attrs.evolve makes a changed copy."""
        s = ee.Summit(name="SCO Summit")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            s.name = "x"  # type: ignore[misc]
        assert attrs.evolve(s, name="x").name == "x"


class TestValidation:
    def test_country_participant_needs_alpha3(self):
        """A country participant with a non-alpha-3 code is refused with the value in the message."""
        with pytest.raises(RecordError, match="'KZ'"):
            ee.Participant.country_("Kazakhstan", "KZ")

    def test_date_span_is_ordered(self):
        """A date span whose start is after its end is refused."""
        with pytest.raises(RecordError, match="start <= end"):
            ee.DateSpan(datetime.date(2024, 2, 1), datetime.date(2024, 1, 1), "day")

    def test_unknown_granularity(self):
        """Granularity must be one of the spec's values; the message lists them."""
        with pytest.raises(RecordError, match="day, week, month"):
            ee.DateSpan(None, None, "decade")

    def test_unknown_type_in_dict(self):
        """from_dict names an unknown type and the known ones."""
        with pytest.raises(RecordError, match="unknown event type 'Parade'.*Summit"):
            ee.Event.from_dict({"type": "Parade"})

    def test_from_dict_rejects_non_mapping(self):
        """A record that is not a JSON object is refused clearly."""
        with pytest.raises(RecordError, match="JSON object"):
            ee.Event.from_dict(["Summit"])  # type: ignore[arg-type]


class TestDict:
    def test_spec_example_shape(self):
        """to_dict writes exactly the spec's keys and value shapes."""
        s = ee.Summit(
            name="VI CICA Summit",
            edition=6,
            organizations=["CICA"],
            participants=[
                ee.Participant.person("Vladimir Putin", "President", "RUS"),
                ee.Participant.country_("Kazakhstan", "KAZ", "host"),
            ],
            place=ee.Place("Astana", "KAZ"),
            date=ee.DateSpan(datetime.date(2022, 10, 12), datetime.date(2022, 10, 13), "day", "October 12-13"),
            status="past",
            evidence=[ee.Evidence(4, 10, "abcdef")],
        )
        assert s.to_dict() == {
            "type": "Summit",
            "name": "VI CICA Summit",
            "edition": 6,
            "organizations": ["CICA"],
            "participants": [
                {"kind": "person", "name": "Vladimir Putin", "title": "President", "country": "RUS", "role": "participant"},
                {"kind": "country", "name": "Kazakhstan", "code": "KAZ", "role": "host"},
            ],
            "place": {"city": "Astana", "country": "KAZ"},
            "date": {"start": "2022-10-12", "end": "2022-10-13", "granularity": "day", "text": "October 12-13"},
            "status": "past",
            "evidence": [{"start": 4, "end": 10, "text": "abcdef"}],
        }

    @settings(max_examples=150, deadline=None)
    @given(events())
    def test_round_trip_through_json(self, event):
        """Any record survives to_dict -> JSON -> from_dict unchanged and keeps its class."""
        back = ee.Event.from_dict(json.loads(json.dumps(event.to_dict())))
        assert back == event
        assert type(back) is type(event)

    def test_event_from_dict_alias(self):
        """The module-level event_from_dict does what Event.from_dict does."""
        d = ee.Visit(name=None).to_dict()
        assert isinstance(ee.event_from_dict(d), ee.Visit)

    def test_subclass_from_dict_checks_type(self):
        """Visit.from_dict refuses a Summit record."""
        with pytest.raises(RecordError, match="not a Visit"):
            ee.Visit.from_dict(ee.Summit().to_dict())


class TestCustomTypes:
    def test_custom_type_with_extra_field_round_trips(self):
        """A user subclass with its own typed fields registers itself and round-trips."""

        @attrs.frozen(kw_only=True)
        class NavalDrill(ee.Event):
            ships: int | None = None
            sea: str | None = None

        d = NavalDrill(ships=12, sea="Caspian", status="planned")
        data = json.loads(json.dumps(d.to_dict()))
        assert data["type"] == "NavalDrill" and data["ships"] == 12
        back = ee.Event.from_dict(data)
        assert back == d and type(back).__name__ == "NavalDrill"
        assert "NavalDrill" in ee.event_types()
