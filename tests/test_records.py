"""Analyst outputs: JSON Lines round trip, flat CSV rows, CSV files and the DataFrame."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest
from hypothesis import given, settings

import eurasia_events as ee
from eurasia_events.io import records
from eurasia_events.errors import InputTypeError, InputValueError, RecordError

from .strategies import events as event_strategy


def _summit() -> ee.Summit:
    return ee.Summit(
        name="Caspian Summit",
        edition=7,
        organizations=["CICA"],
        participants=[
            ee.Participant.country_("Azerbaijan", "AZE", role="host"),
            ee.Participant.person("Ilham Aliyev", title="President", country="AZE", role="chair"),
            ee.Participant.organization("EEC"),
        ],
        place=ee.Place("Baku", "AZE"),
        date=ee.DateSpan(datetime.date(2031, 5, 3), datetime.date(2031, 5, 4), "day", "May 3-4"),
        status="planned",
        evidence=[ee.Evidence(0, 20, "The Caspian Summit, "), ee.Evidence(30, 41, "in Baku too")],
        trigger="Summit",
        source="made-up.txt",
    )


class TestJsonl:
    def test_round_trip_through_a_path(self, tmp_path):
        """Records written with to_jsonl are read back equal by from_jsonl."""
        path = tmp_path / "events.jsonl"
        assert records.to_jsonl([_summit(), ee.Visit()], path) == 2
        assert records.from_jsonl(path) == [_summit(), ee.Visit()]
        assert len(path.read_text(encoding="utf-8").splitlines()) == 2

    @settings(max_examples=30, deadline=None)
    @given(event_strategy())
    def test_round_trip_property(self, event):
        """Any valid record survives to_jsonl/from_jsonl through a text buffer."""
        buf = io.StringIO()
        records.to_jsonl([event], buf)
        buf.seek(0)
        assert records.from_jsonl(buf) == [event]

    def test_accepts_dicts(self):
        """Spec dicts are accepted where records are expected."""
        buf = io.StringIO()
        records.to_jsonl([_summit().to_dict()], buf)
        assert json.loads(buf.getvalue())["name"] == "Caspian Summit"

    def test_bad_line_names_file_and_line(self, tmp_path):
        """A broken line is reported with the file name and line number."""
        path = tmp_path / "bad.jsonl"
        path.write_text('{"type": "Visit"}\n\n{"type": \n', encoding="utf-8")
        with pytest.raises(RecordError, match=r"bad.jsonl, line 3: not valid JSON"):
            records.from_jsonl(path)

    def test_invalid_record_names_line(self, tmp_path):
        """A JSON object that is not a valid record names the line and the problem."""
        path = tmp_path / "bad.jsonl"
        path.write_text('{"type": "Parade"}\n', encoding="utf-8")
        with pytest.raises(RecordError, match=r"line 1: unknown event type 'Parade'"):
            records.from_jsonl(path)

    def test_missing_file(self, tmp_path):
        """A missing file is an InputValueError naming the path."""
        with pytest.raises(InputValueError, match="no such file"):
            records.from_jsonl(tmp_path / "nope.jsonl")

    def test_single_event_is_refused(self):
        """Passing one record instead of a list says to wrap it."""
        with pytest.raises(InputTypeError, match="wrap it in a list"):
            records.to_jsonl(_summit(), io.StringIO())

    def test_binary_file_is_refused(self):
        """A binary handle is refused with a hint at text mode."""
        with pytest.raises(InputTypeError, match="text mode"):
            records.to_jsonl([_summit()], io.BytesIO())


class TestRows:
    def test_columns_and_flattening(self):
        """A row has the documented columns; participants are kind:id:role joined by ';'."""
        row = records.to_rows([_summit()])[0]
        assert list(row)[: len(records.CSV_COLUMNS)] == list(records.CSV_COLUMNS)
        assert row["participants"] == "country:AZE:host;person:Ilham Aliyev:chair;organization:EEC:participant"
        assert row["persons"] == "Ilham Aliyev"
        assert row["countries"] == "AZE"
        assert row["organizations_participating"] == "EEC"
        assert row["organizations"] == "CICA"
        assert (row["date_start"], row["date_end"], row["date_granularity"]) == ("2031-05-03", "2031-05-04", "day")
        assert row["evidence"] == "0-20;30-41"
        assert row["evidence_text"] == "The Caspian Summit, | in Baku too"
        assert row["id"] == _summit().id

    def test_empty_fields_are_none_or_empty(self):
        """A bare record gives None for missing scalars and '' for empty lists."""
        row = records.to_rows([ee.Meeting()])[0]
        assert row["date_start"] is None and row["place_city"] is None and row["participants"] == ""

    def test_csv_file(self, tmp_path):
        """to_csv writes a header and one row per event, readable by the csv module."""
        path = tmp_path / "events.csv"
        assert records.to_csv([_summit(), ee.Forum(name='A "quoted", name')], path) == 2
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert [r["type"] for r in rows] == ["Summit", "Forum"]
        assert rows[1]["name"] == 'A "quoted", name'
        assert rows[0]["edition"] == "7"


class TestDataFrame:
    def test_typed_columns(self):
        """Dates are datetime64, edition Int64, type and status categorical."""
        pd = pytest.importorskip("pandas")
        frame = records.to_dataframe([_summit(), ee.Meeting()])
        assert len(frame) == 2
        assert str(frame["date_start"].dtype).startswith("datetime64")
        assert frame["date_start"][0] == pd.Timestamp("2031-05-03")
        assert pd.isna(frame["date_start"][1])
        assert str(frame["edition"].dtype) == "Int64"
        assert isinstance(frame["type"].dtype, pd.CategoricalDtype)
        assert frame["status"].cat.ordered and list(frame["status"].cat.categories) == ["planned", "ongoing", "past"]

    def test_empty(self):
        """No events give an empty frame with the documented columns."""
        pytest.importorskip("pandas")
        frame = records.to_dataframe([])
        assert list(frame.columns) == list(records.CSV_COLUMNS)

    def test_without_pandas_names_the_extra(self, monkeypatch):
        """Without pandas the error says which extra to install."""
        import builtins

        real_import = builtins.__import__

        def fake_import(name, *args, **kwargs):
            if name == "pandas":
                raise ImportError("No module named 'pandas'")
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", fake_import)
        with pytest.raises(ImportError, match=r"eurasia-events\[pandas\]"):
            records.to_dataframe([_summit()])
