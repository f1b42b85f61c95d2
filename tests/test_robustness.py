"""Robustness of the Extractor on any input (issue #8): properties over arbitrary text and
dates, batch and process independence, ``on_error`` modes and typed errors."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eurasia_events as ee
from eurasia_events.dates import find_dates
from eurasia_events.errors import InputTypeError, InputValueError, PublishedDateError, RuleError

from .strategies import BASE_TEXTS, calendar_edges, mutated_articles, publication_dates

# Our own sentences, with triggers, actors, places and dates, so that events do come out.
SENTENCES = [
    "ALMATY, May 12, 2025. The presidents of Kazakhstan and Kyrgyzstan held talks in Almaty on Monday.",
    "Uzbek Foreign Minister Bakhtiyor Saidov paid an official visit to Baku last week.",
    "The SCO summit will be held in Tianjin next year, the ministry said.",
    "Turkey and Azerbaijan signed a memorandum of understanding on energy on 3 March.",
    "The third Caspian Economic Forum opened in Tehran yesterday.",
    "Putin met Xi in Beijing.",
    "Nothing of note happened.",
]
NOISE = [
    "\x00", "\x07", "\r\n", "\t", "\u200f", "\u202e", "\ufeff", "😀", "🇰🇿", "\n\n", "  ",
    "<p>", "</p>", "<a href=\"https://example.org/?a=1&b=2\">", "</a>", "&nbsp;", "<script>var x = 1;</script>",
    "Президент Казахстана провёл переговоры в Астане.", "الرئيس زار طهران", "中亚峰会在西安举行",
    "Qazaqstan Prezidenti Astanada kelissózder ótkizdi.", "12.05.2025", "2025-05-12", "May", "—",
]

fragments = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(NOISE), st.text(max_size=30))
news_like = st.lists(fragments, min_size=1, max_size=10).map(" ".join)
long_lines = st.tuples(st.sampled_from(SENTENCES), st.integers(20, 60)).map(lambda p: " ".join([p[0]] * p[1]))
any_text = st.one_of(st.text(), news_like, long_lines)

any_date = st.dates()
published = st.one_of(
    st.none(),
    any_date,
    st.datetimes(),
    any_date.map(datetime.date.isoformat),
    st.datetimes().map(lambda d: d.isoformat()),
)

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_events(events, text):
    """The shared properties of a result: a list of events whose evidence is the text's and
    which survive a JSON round trip."""
    assert isinstance(events, list)
    for event in events:
        assert isinstance(event, ee.Event)
        for ev in event.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert ev.text == text[ev.start : ev.end]
        assert ee.Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event


class TestAnyInput:
    @PROPS
    @given(text=any_text, day=published)
    def test_extract_never_fails(self, extractor, text, day):
        """Any str and any valid publication date give a list of well-formed, JSON-safe events."""
        check_events(extractor.extract(text, day), text)

    @PROPS
    @given(text=news_like, day=published)
    def test_pipe_gives_extract(self, extractor, text, day):
        """pipe() over one text gives what extract() gives."""
        assert list(extractor.pipe([text], day)) == [extractor.extract(text, day)]

    def test_examples_have_events(self, extractor):
        """The strategy's sentences do produce events, so the properties check real records."""
        events = extractor.extract(" ".join(SENTENCES), "2025-05-13")
        assert len(events) >= 3
        check_events(events, " ".join(SENTENCES))

    @pytest.mark.parametrize("text", ["Visited this summer Visit Secretariat"])
    def test_texts_the_fuzzer_shrank_to_give_records(self, extractor, text):
        """Texts the fuzzer (benchmarks/fuzz.py) once crashed on, shrunk: a trip told only by a mention that
        refers back, with a date of its own, once failed while merging; they give well-formed records."""
        check_events(extractor.extract(text), text)

    def test_text_over_max_length_extract(self):
        """A text longer than nlp.max_length is extracted, not refused."""
        ex = ee.Extractor()
        ex.nlp.max_length = 1_000
        text = "\n\n".join(SENTENCES * 4)
        assert len(text) > 1_000
        check_events(ex.extract(text, "2025-05-13"), text)


class TestBatches:
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(texts=st.lists(news_like, min_size=1, max_size=6), batch_size=st.integers(1, 4), day=published)
    def test_independent_of_batch_size(self, extractor, texts, batch_size, day):
        """Results come in input order and do not depend on the batch size."""
        expected = [extractor.extract(t, day) for t in texts]
        assert list(extractor.pipe(texts, day, batch_size=batch_size)) == expected

    @pytest.mark.slow
    def test_independent_of_n_process(self, extractor):
        """Two worker processes give the results of one, in input order (slower: starts processes)."""
        texts = SENTENCES + ["\n\n".join(SENTENCES)]
        one = list(extractor.pipe(texts, "2025-05-13", batch_size=2, n_process=1))
        two = list(extractor.pipe(texts, "2025-05-13", batch_size=2, n_process=2))
        assert two == one
        assert any(one)


def _exploding_date_finder(doc, day):
    """A date stage that fails on one article (module level: worker processes import it)."""
    if "BOOM" in doc.text:
        raise RuntimeError("date stage exploded")
    return find_dates(doc, day)


@pytest.mark.slow
class TestWorkerProcesses:
    """n_process=2 runs whole articles in workers; errors and contexts come back in order."""

    TEXTS = ["Putin met Xi in Beijing.", "BOOM went the summit.", b"bytes", "Putin met Xi in Beijing."]

    def test_failures_in_a_worker(self):
        ex = ee.Extractor(date_finder=_exploding_date_finder)
        out = list(ex.pipe(self.TEXTS, n_process=2, batch_size=1, on_error="record"))
        assert out[0] == out[3] == ex.extract(self.TEXTS[0]) and out[0]
        assert isinstance(out[1], ee.ExtractionError) and out[1].index == 1
        assert isinstance(out[1].error, RuntimeError) and "date stage exploded" in str(out[1])
        assert isinstance(out[2], ee.ExtractionError) and isinstance(out[2].error, InputTypeError)
        assert list(ex.pipe(self.TEXTS, n_process=2, on_error="skip"))[1:3] == [[], []]
        with pytest.raises(RuntimeError, match="date stage exploded"):
            list(ex.pipe(self.TEXTS[:2], n_process=2))

    def test_contexts_sources_and_long_texts(self):
        ex = ee.Extractor()
        ex.max_chars = 1_000
        long_text = "\n\n".join(SENTENCES * 4)
        items = [(t, {"source": f"s{i}", "published": "2025-05-13"}) for i, t in enumerate(SENTENCES[:3] + [long_text])]
        one = list(ex.pipe(items, as_tuples=True, n_process=1))
        two = list(ex.pipe(items, as_tuples=True, n_process=2, batch_size=1))
        assert two == one
        assert [c["source"] for _, c in two] == ["s0", "s1", "s2", "s3"]
        assert all(e.source == "s3" for e in two[3][0]) and two[3][0]


class TestOnError:
    BAD = ["Putin met Xi in Beijing.", b"bytes", None, 5, "Nothing of note happened."]

    def test_raise(self, extractor):
        """The default stops at the first bad item with a typed error."""
        with pytest.raises(InputTypeError, match="got bytes"):
            list(extractor.pipe(self.BAD))

    def test_skip(self, extractor):
        """skip yields [] for each bad item and keeps the others in order."""
        out = list(extractor.pipe(self.BAD, on_error="skip"))
        assert len(out) == 5
        assert out[0] == extractor.extract(self.BAD[0]) and out[0]
        assert out[1:4] == [[], [], []]

    def test_record(self, extractor):
        """record yields an ExtractionError naming the item and the reason in its place."""
        out = list(extractor.pipe(self.BAD, on_error="record"))
        errors = [r for r in out if isinstance(r, ee.ExtractionError)]
        assert [e.index for e in errors] == [1, 2, 3]
        assert all(isinstance(e.error, InputTypeError) for e in errors)
        assert str(errors[0]).startswith("item 1: InputTypeError: text must be a str, got bytes")
        assert "got NoneType" in str(errors[1]) and "got int" in str(errors[2])
        assert out[0] == extractor.extract(self.BAD[0])

    def test_record_bad_context_date(self, extractor):
        """A bad per-item publication date is recorded with its context."""
        items = [("Putin met Xi in Beijing.", {"published": "someday"}), ("Putin met Xi.", {"published": "2025-05-13"})]
        out = list(extractor.pipe(items, as_tuples=True, on_error="record"))
        (first, context), (second, _) = out
        assert isinstance(first, ee.ExtractionError) and first.index == 0 and context == items[0][1]
        assert isinstance(first.error, PublishedDateError) and "someday" in str(first.error)
        assert isinstance(second, list)

    def test_record_failure_inside_a_stage(self):
        """An exception inside a stage is recorded for that article only, with its cause."""
        def date_finder(doc, day):
            if "BOOM" in doc.text:
                raise RuntimeError("date stage exploded")
            return find_dates(doc, day)

        ex = ee.Extractor(date_finder=date_finder)
        texts = ["Putin met Xi in Beijing.", "BOOM went the summit.", "Putin met Xi in Beijing."]
        out = list(ex.pipe(texts, on_error="record"))
        assert isinstance(out[1], ee.ExtractionError) and out[1].index == 1
        assert isinstance(out[1].error, RuntimeError) and "date stage exploded" in str(out[1])
        assert out[0] == out[2] == ex.extract(texts[0])
        assert list(ex.pipe(texts, on_error="skip"))[1] == []

    def test_record_text_over_max_length(self):
        """A text over nlp.max_length is one recorded failure, not the end of the stream."""
        ex = ee.Extractor()
        ex.nlp.max_length = 1_000
        texts = ["Putin met Xi in Beijing.", "\n\n".join(SENTENCES * 4), "Putin met Xi in Beijing."]
        out = list(ex.pipe(texts, on_error="record"))
        assert len(out) == 3 and out[0] == out[2]
        assert isinstance(out[1], (list, ee.ExtractionError))

    def test_bad_on_error(self, extractor):
        """An unknown on_error value is refused with the allowed ones."""
        with pytest.raises(InputValueError, match="'raise', 'skip' or 'record', got 'ignore'"):
            list(extractor.pipe(["x"], on_error="ignore"))


class TestTypedErrors:
    @pytest.mark.parametrize("text, shown", [(b"x", "got bytes"), (bytearray(b"x"), "got bytearray"), (None, "got NoneType"), (5, "got int"), (["a"], "got list")])
    def test_text_types(self, extractor, text, shown):
        """A text that is not a str raises InputTypeError (also a TypeError) naming its type."""
        with pytest.raises(InputTypeError, match=shown) as info:
            extractor.extract(text)
        assert isinstance(info.value, TypeError)
        with pytest.raises(InputTypeError, match=shown):
            ee.extract(text)

    @pytest.mark.parametrize("day", ["not a date", "2024-13-45", "", "31/02/2024"])
    def test_bad_published_value(self, extractor, day):
        """A string that is not a date raises PublishedDateError (also a ValueError) quoting it."""
        with pytest.raises(PublishedDateError, match="cannot read") as info:
            extractor.extract("Putin met Xi.", day)
        assert isinstance(info.value, ValueError)

    @pytest.mark.parametrize("day", [123, 1.5, datetime.time(10, 0), ["2024-01-01"]])
    def test_bad_published_type(self, extractor, day):
        """A publication date of another type raises InputTypeError naming the type."""
        with pytest.raises(InputTypeError, match=f"got {type(day).__name__}"):
            extractor.extract("Putin met Xi.", day)
        with pytest.raises(InputTypeError):
            list(extractor.pipe(["Putin met Xi."], day))

    @pytest.mark.parametrize(
        "content, message",
        [
            ('{"type": "Visit", "pattern": "toured"}\n{"type": "Visit", "patern": "x"}\n', r"line 2: unknown key\(s\) 'patern'"),
            ('# comment\n\n{"type": "Visit", "pattern": "toured"}\n{not json\n', "line 4: invalid JSON"),
            ('{"type": "Visit"}\n', "line 1: missing required key 'pattern'"),
            ('{"type": "Visit", "pattern": [{"LOWR": "x"}]}\n', "line 1: invalid spaCy token pattern"),
            ('{"type": "Visit", "pattern": "toured", "roles": {"before": "king"}}\n', "line 1: unknown role 'king'"),
        ],
    )
    def test_invalid_rule_file(self, tmp_path, content, message):
        """A bad rule file raises RuleError naming the file and the line."""
        path = tmp_path / "my_rules.jsonl"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(RuleError, match=message) as info:
            ee.Extractor(rules=[path])
        assert str(path) in str(info.value)

    def test_missing_rule_file(self, tmp_path):
        """A rule file that cannot be read raises RuleError naming it."""
        path = tmp_path / "missing.jsonl"
        with pytest.raises(RuleError, match="cannot read rule file") as info:
            ee.Extractor(rules=[path])
        assert str(path) in str(info.value)


# Runs in a fresh interpreter: the events of one text as JSON.
_ONE_TEXT = """
import json, sys
import eurasia_events as ee
print(json.dumps([e.to_dict() for e in ee.Extractor().extract(sys.argv[1], "2025-06-03")]))
"""


class TestDeterminism:
    @pytest.mark.slow
    def test_independent_of_hash_seed(self):
        """The same text gives the same events in interpreters with different hash seeds
        (Dask and spawn workers each have their own)."""
        import os
        import subprocess
        import sys

        text = "The foreign ministers of Russia and Mongolia met in Ulaanbaatar on 14 April 2025."
        outputs = set()
        for seed in ("0", "13"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            proc = subprocess.run([sys.executable, "-c", _ONE_TEXT, text], capture_output=True, text=True,
                                  env=env, timeout=60, check=True)
            outputs.add(proc.stdout)
        assert len(outputs) == 1


class TestFuzzedCrashes:
    """One sentence per crash class that benchmarks/fuzz.py found (issue #18)."""

    def test_organization_found_before_a_cue_runs_into_it(self, extractor):
        """An organization found before its signing verb ("... Company ... was signed") is
        skipped over when an organization cue ("between") runs into it, not a StopIteration."""
        text = "The accord between the Steppe Rail Company and Kazakhstan was signed on Tuesday."
        (event,) = extractor.extract(text, "2025-03-05")
        assert event.type == "AgreementSigned"
        assert {p.name for p in event.participants} >= {"Steppe Rail Company", "Kazakhstan"}
        check_events([event], text)

    def test_cue_and_signing_verb_alone(self, extractor):
        """A fragment with a cue, two capitalised words and a signing verb gives no event."""
        for text in ("between the E Union sign", "Corporation Union signed"):
            assert extractor.extract(text) == []
            assert ee.extract(text, "2025-03-05") == []

    def test_these_are_after_a_signing_with_no_document_in_it(self, extractor):
        """'... sign. These are ...' with no document noun in the second sentence: a list lead-in with no item gives no
        crash (a ValueError from min() on no documents, found by the fuzzer)."""
        for text in ("sign cn.These are exchanged views", "The ministers will sign soon. These are exchanged views."):
            check_events(extractor.extract(text, "2025-03-05"), text)

    def test_an_honorific_alone_as_a_title(self, extractor):
        """A title that is only an honorific ("excellency") before a name gives no crash and no title."""
        for text in ("Russia\nexcellency Sa", "His Excellency Nursultan Nazarbayev met Russian President Vladimir Putin."):
            check_events(extractor.extract(text, "2002-06-10"), text)

    def test_lone_surrogate_is_refused(self, extractor):
        """A str holding a lone surrogate (half an emoji escaped in JSON) is refused at the call
        with an InputValueError that says where, not a UnicodeEncodeError from spaCy's tokenizer."""
        text = "Putin met Xi in Beijing \ud83d today."
        message = r"surrogate code point '\\ud83d' at character 24"
        for call in (extractor.extract, ee.extract, find_dates):
            with pytest.raises(InputValueError, match=message):
                call(text)
        out = list(extractor.pipe([text, "Putin met Xi in Beijing."], on_error="record"))
        assert isinstance(out[0], ee.ExtractionError) and isinstance(out[0].error, InputValueError)
        assert out[1] == extractor.extract("Putin met Xi in Beijing.")

    @pytest.mark.parametrize(
        "text, day, said, start, end, granularity",
        [
            # a yearless month: TypeError in _cal_range (dates/_resolve.py)
            ("The Astana forum will open in September.", datetime.date(1, 1, 1), "September",
             datetime.date(1, 9, 1), datetime.date(1, 9, 30), "month"),
            # a month counted from the publication date: TypeError in _unit_of
            ("Kazakhstan will host the summit next month.", datetime.date(9999, 11, 15), "next month",
             datetime.date(9999, 12, 1), datetime.date(9999, 12, 31), "month"),
            # ... and one past the last month: no days, still a month
            ("Kazakhstan will host the summit next month.", datetime.date(9999, 12, 31), "next month", None, None, "month"),
            # a quarter: TypeError in _unit_of
            ("The forum will be held in Almaty this quarter.", datetime.date(1, 1, 1), "this quarter",
             datetime.date(1, 1, 1), datetime.date(1, 3, 31), "quarter"),
            # the day before the first day: OverflowError in _apply_mod
            ("Kazakhstan hosted the summit before today.", datetime.date(1, 1, 1), "before today", None, None, "day"),
            # the day after the last day: OverflowError in _apply_mod
            ("Talks in Baku will go on after today.", datetime.datetime.max, "after today", None, None, "day"),
        ],
    )
    def test_relative_dates_at_the_ends_of_the_calendar(self, extractor, text, day, said, start, end, granularity):
        """With a publication date in year 1 or 9999, a relative date gets the days that fit
        in the calendar, or none, instead of a TypeError or OverflowError."""
        (mention,) = find_dates(text, day)
        assert (mention.text, mention.start, mention.end, mention.granularity) == (said, start, end, granularity)
        check_events(extractor.extract(text, day), text)


class TestMutatedArticles:
    """Real news text broken as feeds break it: never a crash, evidence always the text's."""

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=mutated_articles(), day=publication_dates)
    def test_never_crash_and_evidence_is_the_text(self, extractor, text, day):
        """A mutated article gives well-formed events whose evidence spans are the text's,
        with and without a publication date."""
        check_events(extractor.extract(text), text)
        check_events(extractor.extract(text, published=day), text)

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=mutated_articles(), day=calendar_edges)
    def test_publication_date_at_the_ends_of_the_calendar(self, extractor, text, day):
        """A mutated article published in year 1, 2, 9998 or 9999 gives well-formed events too."""
        check_events(extractor.extract(text, published=day), text)

    def test_strategy_keeps_events(self, extractor):
        """The base texts of the strategy do produce events, so the property checks real records."""
        assert all(extractor.extract(text) for text in BASE_TEXTS[:5])
