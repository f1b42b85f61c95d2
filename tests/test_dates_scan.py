"""Issue #8: the fast paths of eurasia_events.dates give what the plain ones give.

The pre-scan runs the Matcher only on runs of tokens that can hold a date; these tests
check that the matches, candidates and sentence starts equal those of the Matcher over
the whole Doc, and that ``find_dateline(doc)`` (cached by ``find_dates(doc)`` or not)
equals ``find_dateline(doc.text)``. No hypothesis: fixed texts, so a failure replays.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from eurasia_events.dates import find as dates
from eurasia_events.dates._detect import (
    _candidates,
    _matches,
    _scan,
    _sentence_starts_of,
)
from eurasia_events.dates._patterns import (
    _COMMON,
    ANCHOR,
    BREAK,
    GROUP_SHIFT,
    GROUPS,
    PART,
    _accepts,
    _anchor,
    _patterns,
    _token_tests,
    token_class,
    vocab_entry,
)
from eurasia_events.dates._resolve import _sentence_starts
from eurasia_events.dates import find_dateline, find_dates
from eurasia_events.text.pipeline import make_nlp

sys.path.insert(0, str(Path(__file__).parent))
from date_cases import CASES  # noqa: E402
from extraction_cases import CASES as EXTRACTION_CASES  # noqa: E402

_ROOT = Path(__file__).resolve().parents[1]
_ARTICLES = [p.read_text(encoding="utf-8") for p in sorted((_ROOT / "examples" / "articles").glob("*.txt"))]

_WORDS = (
    "January jan. Feb. May may March 12 3rd 31 2022 2024 1999 Monday friday summer fall spring winter "
    "first second last final quarter half Q1 H2 2023-24 2021-2023 12-14 3rd-5th 12.10.2022 2022-10-12 "
    "mid-2024 early-May late-March the of , and or to a an this that last next coming current past "
    "following previous same prior before after earlier later & through till until year years month "
    "months week weeks day days weekend ago today yesterday tomorrow tonight morning since by from "
    "between in on mid early late - – . ; ! ? will held signed met said MOSCOW ASTANA /TASS/ "
    "(Reuters) 14:30 percent end beginning middle"
).split(" ")


def _shuffled_texts(n: int, seed: int = 8) -> list[str]:
    """Word salad of date words, with line breaks and double spaces: every pattern's edge cases."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 90))]
        out.append("".join(w + rng.choice([" ", " ", " ", "", "  ", "\n", "\n\n"]) for w in words))
    return out


def _datelined(seed: int = 8) -> list[str]:
    """Datelines that start just before, at and just after character 400, on line 1 to 12."""
    rng = random.Random(seed)
    lines = ["MOSCOW, October 12, 2022. /TASS/. ", "ASTANA, April 29 (Reuters) - ", "12 October 2022, 14:30 - ", "BEIJING, Oct 12.\n"]
    out = []
    for body in _ARTICLES[:2]:
        for width in (360, 385, 392, 398, 400, 401, 405, 420):
            for breaks in (0, 3, 9, 11):
                pre = ("word " * (width // 5))[: width - breaks] + "\n" * breaks
                out.append(pre + rng.choice(lines) + body)
    return out


TEXTS = (
    [c.text for c in CASES]
    + [c.text for c in EXTRACTION_CASES]
    + _ARTICLES
    + _shuffled_texts(150)
    + _datelined()
    + ["", " ", "\n", "May", "On May", "2024", "last week\n\nnext year", "12 May 2024\n" * 3]
)


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


class TestPreScan:
    def test_every_pattern_has_a_rare_anchor(self) -> None:
        """Each pattern's anchor is a required token of no common word, and the anchor test
        of its group takes all its values (a common anchor would still be exact, but slow)."""
        _part, anchors = _token_tests()
        for g, labels in enumerate(GROUPS):
            for label in labels:
                for pattern in _patterns()[label]:
                    spec = _anchor(pattern)
                    assert spec.get("OP", "1") in ("1", "+"), (label, pattern)
                    text, lower, _text_re, _lower_re = _accepts(spec)
                    assert not (text | lower) & _COMMON, (label, spec)
                    assert all(anchors[g](v, v.lower()) for v in text | lower), (label, spec)

    def test_classes(self) -> None:
        cal = 1 << GROUP_SHIFT  # GROUPS[0] is CAL
        assert token_class("October", "october", False) == PART | ANCHOR | cal
        assert token_class("2024", "2024", False) == PART | ANCHOR | cal
        assert token_class("5", "5", False) == PART  # "May 5": the month anchors
        assert token_class("the", "the", False) == PART
        assert token_class("summit", "summit", False) == 0
        assert token_class(".", ".", False) == BREAK
        assert token_class("\n\n", "\n\n", True) == BREAK
        assert token_class("  ", "  ", True) == 0

    def test_matches_equal_the_whole_doc_matcher(self, nlp) -> None:
        """The windowed Matcher finds exactly the matches of the Matcher over the whole Doc."""
        for text in TEXTS:
            doc = nlp(text)
            classes = _scan(doc)
            assert _matches(doc, classes) == _matches(doc, None), text[:200]

    def test_patterns_read_only_the_words(self) -> None:
        """``_matches`` keeps the matches of a run by its words: exact only while no date
        pattern reads more of a token than its text."""
        for patterns in _patterns().values():
            for pattern in patterns:
                for spec in pattern:
                    assert set(spec) <= {"TEXT", "LOWER", "OP"}, spec

    def test_remembered_runs_give_the_matcher_matches(self, nlp) -> None:
        """Runs seen before (the second pass) give what the Matcher gives, at any position."""
        vocab_entry(nlp.vocab).runs.clear()
        for _ in range(2):
            for text in TEXTS + ["Talks. " + t for t in TEXTS[:20]]:
                doc = nlp(text)
                classes = _scan(doc)
                assert _matches(doc, classes) == _matches(doc, None), text[:200]
        assert vocab_entry(nlp.vocab).runs

    def test_candidates_and_sentence_starts(self) -> None:
        tokenizer = spacy.blank("en").tokenizer
        for text in TEXTS:
            doc = tokenizer(text)
            classes = _scan(doc)
            assert _sentence_starts_of(classes) == _sentence_starts(doc), text[:200]
            assert repr(_candidates(doc, classes)) == repr(_candidates(doc)), text[:200]

    def test_mention_texts_index_the_text(self, nlp) -> None:
        for text in TEXTS:
            doc = nlp(text)
            for m in find_dates(doc, "2024-07-04"):
                assert m.text == text[m.start_char : m.end_char]

    def test_span_input_uses_the_whole_matcher(self, nlp) -> None:
        """A Span (doc-like, not a Doc) still goes through the Matcher over all of it."""
        doc = nlp("Talks were held on May 5, 2024 in Astana.")
        assert [m.text for m in find_dates(doc[:], "2024-07-04")] == ["May 5, 2024"]


class TestDatelineOfDoc:
    @pytest.mark.parametrize("published", [None, "2024-07-04"])
    def test_doc_gives_what_its_text_gives(self, nlp, published) -> None:
        """With or without find_dates before it, and for a Doc find_dates never saw."""
        for text in TEXTS:
            expected = repr(find_dateline(text, published))
            fresh = nlp(text)
            assert repr(find_dateline(fresh, published)) == expected, text[:200]
            seen = nlp(text)
            find_dates(seen, published)
            assert repr(find_dateline(seen, published)) == expected, text[:200]

    def test_published_is_applied_after_the_cache(self, nlp) -> None:
        doc = nlp("ASTANA, April 29. /TASS/. The forum opened.")
        find_dates(doc, None)
        assert find_dateline(doc).start is None
        assert str(find_dateline(doc, "2024-07-04").start) == "2024-04-29"

    def test_entry_survives_to_bytes(self, nlp) -> None:
        doc = nlp("MOSCOW, October 12, 2022. /TASS/. Talks began.")
        find_dates(doc)
        back = Doc(doc.vocab).from_bytes(doc.to_bytes())
        assert find_dateline(back) == find_dateline(doc.text)

    def test_entry_of_another_doc_is_not_used(self, nlp) -> None:
        first = nlp("MOSCOW, October 12, 2022. /TASS/. Talks began.")
        second = nlp("BEIJING, May 3, 2021. /Xinhua/. A forum opened.")
        find_dates(first)
        second.user_data.update(first.user_data)
        assert str(find_dateline(second).start) == "2021-05-03"

    def test_changed_doc_is_read_again(self, nlp) -> None:
        doc = nlp("MOSCOW, October 12, 2022. /TASS/. Talks began.")
        find_dates(doc)
        assert find_dateline(doc) is not None
        with doc.retokenize() as retokenizer:
            retokenizer.merge(doc[2:4])  # "October 12" is one token now: no date pattern fits
        assert find_dateline(doc) is None

    def test_string_input_leaves_no_entry(self, nlp) -> None:
        doc = nlp("MOSCOW, October 12, 2022. /TASS/. Talks began.")
        find_dates(doc.text)
        assert dates._DATELINE_KEY not in doc.user_data
