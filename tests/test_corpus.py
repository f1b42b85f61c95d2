"""Records on the development corpus follow the spec: schema, round trip, evidence."""

from __future__ import annotations

import json

import pytest

import eurasia_events as ee
from eurasia_events.cli import main

from .conftest import corpus_dir, schema_path


@pytest.fixture(scope="module")
def corpus_records(corpus, extractor):
    return [(cid, text, extractor.extract(text, gold["published"])) for cid, text, gold in corpus]


def test_every_type_appears(corpus_records):
    """The corpus yields records of several types (the pipeline runs end to end)."""
    types = {e.type for _, _, events in corpus_records for e in events}
    assert {"Summit", "Meeting", "Forum", "MemorandumSigned"} <= types


def test_round_trip(corpus_records):
    """Event.from_dict(e.to_dict()) == e for every record of the corpus."""
    for _, _, events in corpus_records:
        for e in events:
            assert ee.Event.from_dict(json.loads(json.dumps(e.to_dict()))) == e


def test_schema_and_evidence(corpus_records):
    """Every record validates against the spec's JSON Schema; evidence slices the text."""
    jsonschema = pytest.importorskip("jsonschema")
    path = schema_path()
    if path is None:
        pytest.skip("the spec's schema is not available")
    schema = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for _, text, events in corpus_records:
        for e in events:
            validator.validate(e.to_dict())
            assert e.evidence
            for ev in e.evidence:
                assert text[ev.start : ev.end] == ev.text


def test_cli_jsonl_on_corpus_article(capsys):
    """`eurasia-events extract seed-001.txt --format jsonl` prints one JSON object per line."""
    folder = corpus_dir()
    if folder is None:
        pytest.skip("corpus not available")
    path = folder / "seed-001.txt"
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        assert record["source"] == str(path)
        ee.Event.from_dict(record)
