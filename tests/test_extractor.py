"""The Extractor end to end: records on texts written for these tests, bad input, batches."""

from __future__ import annotations

import datetime

import pytest

import eurasia_events as ee
from eurasia_events.errors import EurasiaEventsError, InputTypeError, PublishedDateError

SUMMIT = (
    "ASTANA, July 4 (Steppe Wire) - Leaders of the Shanghai Cooperation Organization met in Astana "
    "on Thursday, July 4, 2024, for the 24th SCO Summit hosted by Kazakhstan. Kazakh President "
    "Kassym-Jomart Tokayev chaired the summit, which was attended by Chinese President Xi Jinping "
    "and Russian President Vladimir Putin."
)


def by_type(events, cls):
    return [e for e in events if isinstance(e, cls)]


class TestSummit:
    def test_summit_in_astana_with_leaders(self):
        """A summit in Astana with named leaders gives one Summit with place, day and persons."""
        events = ee.extract(SUMMIT, published="2024-07-04")
        summits = by_type(events, ee.Summit)
        assert len(summits) == 1
        s = summits[0]
        assert (s.place.city, s.place.country) == ("Astana", "KAZ")
        assert (s.date.start, s.date.end, s.date.granularity) == (datetime.date(2024, 7, 4),) * 2 + ("day",)
        persons = {p.name for p in s.participants if p.kind == "person"}
        assert {"Kassym-Jomart Tokayev", "Xi Jinping", "Vladimir Putin"} <= persons
        assert ("country", "KAZ", "host") in {(p.kind, p.code, p.role) for p in s.participants}
        assert s.organizations == ("SCO",)
        assert s.edition == 24

    def test_evidence_indexes_the_text(self):
        """Every evidence span is inside the text and its text equals the slice."""
        for event in ee.extract(SUMMIT, published="2024-07-04"):
            for ev in event.evidence:
                assert 0 <= ev.start < ev.end <= len(SUMMIT)
                assert SUMMIT[ev.start : ev.end] == ev.text


def test_a_date_after_a_name_is_not_part_of_it(extractor):
    """"the Caspian Economic Forum on Monday": the name stops before the date."""
    text = "Trade ministers attended the Caspian Economic Forum on Monday in Baku."
    (forum,) = by_type(extractor.extract(text, published="2025-06-18"), ee.Forum)
    assert forum.name == "Caspian Economic Forum"
    assert forum.date.start == datetime.date(2025, 6, 16)


def test_a_visit_whose_guest_arrived_today_is_ongoing(extractor):
    """"arrived in Tashkent on Monday on a working visit", reported that Monday: begun, not over."""
    text = "TASHKENT, March 3 - Turkmen President Serdar Berdimuhamedov arrived in Tashkent on Monday on a working visit."
    (visit,) = by_type(extractor.extract(text, published="2025-03-03"), ee.Visit)
    assert visit.status == "ongoing"
    assert visit.date.start == datetime.date(2025, 3, 3)


class TestBadInput:
    @pytest.mark.parametrize("value", [None, 42, ["text"], b"bytes"])
    def test_non_str_text(self, value):
        """A non-str text raises a TypeError that names the argument."""
        with pytest.raises(TypeError, match="text must be a str"):
            ee.extract(value)

    def test_bytes_suggest_decoding(self):
        """Bytes get a hint to decode them."""
        with pytest.raises(InputTypeError, match="decode"):
            ee.extract(b"Putin visited Astana.")

    @pytest.mark.parametrize("value", ["yesterday-ish", "2024-13-45", "07/04"])
    def test_bad_published(self, value):
        """An unparseable published date raises ValueError naming the argument and value."""
        with pytest.raises(ValueError, match="published") as info:
            ee.extract("The summit opened.", published=value)
        assert isinstance(info.value, PublishedDateError)
        assert isinstance(info.value, EurasiaEventsError)

    @pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
    def test_empty_text(self, text):
        """Empty or whitespace-only text gives no records."""
        assert ee.extract(text) == []

    @pytest.mark.parametrize("published", [datetime.date(2024, 7, 4), datetime.datetime(2024, 7, 4, 10, 30), "2024-07-04"])
    def test_published_forms(self, published):
        """published may be a date, a datetime or an ISO string, with the same result."""
        assert ee.extract(SUMMIT, published=published) == ee.extract(SUMMIT, published="2024-07-04")


    def test_missing_pipeline_says_how_spacy_installs_it(self):
        """A trained pipeline that is not installed is a typed error naming spaCy's documented install command."""
        with pytest.raises(ee.errors.InputValueError, match=r"python -m spacy download xx_not_a_pipeline_sm"):
            ee.Extractor(model="xx_not_a_pipeline_sm")


class TestBatch:
    def test_pipe_matches_extract_in_order(self, extractor):
        """pipe yields, in input order, what extract gives for each text."""
        texts = [SUMMIT, "", "Nothing happened.", SUMMIT]
        assert list(extractor.pipe(texts, "2024-07-04", batch_size=2)) == [
            extractor.extract(t, "2024-07-04") for t in texts
        ]

    def test_pipe_as_tuples_keeps_context(self, extractor):
        """With as_tuples, each context comes back with its records; a mapping may set source."""
        out = list(extractor.pipe([(SUMMIT, {"source": "a-1"}), ("", "b")], "2024-07-04", as_tuples=True))
        assert [c for _, c in out] == [{"source": "a-1"}, "b"]
        assert out[0][0] and all(e.source == "a-1" for e in out[0][0])

    def test_pipe_on_error_record(self, extractor):
        """With on_error='record', a bad item is reported in its place and the batch goes on."""
        out = list(extractor.pipe([SUMMIT, 7, SUMMIT], "2024-07-04", on_error="record"))
        assert isinstance(out[1], ee.ExtractionError) and out[1].index == 1
        assert isinstance(out[1].error, TypeError)
        assert out[0] == out[2] != []

    def test_pipe_on_error_raise_is_default(self, extractor):
        """By default a bad item raises."""
        with pytest.raises(TypeError):
            list(extractor.pipe([SUMMIT, 7]))


def test_same_records_whatever_the_hash_seed():
    """Two interpreters with different string-hash seeds give the same records (no set order
    leaks into the gazetteer or the rules)."""
    import os
    import subprocess
    import sys

    code = (
        "import eurasia_events as ee, json, sys;"
        "t=sys.stdin.read();"
        "print(json.dumps([e.to_dict() for e in ee.extract(t, published='2025-06-04')], sort_keys=True))"
    )
    text = (
        "ULAANBAATAR, June 4 (Montsame) - Mongolia and China concluded an agreement on a railway in "
        "Ulaanbaatar on Wednesday. " + SUMMIT
    )
    outs = set()
    for seed in ("3", "10"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, env=env, check=True, timeout=300).stdout)
    assert len(outs) == 1
    assert "Ulan Bator" in outs.pop()
