"""Tests for eurasia_events.chunking: paragraph-aligned pieces of long texts."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eurasia_events.text.chunking import chunks
from eurasia_events.errors import InputTypeError, InputValueError

PARAGRAPHS = [
    "BISHKEK, March 3, 2025. The foreign ministers of Kyrgyzstan and Tajikistan met in Bishkek on Monday.",
    "The ministers discussed the border and water sharing, and agreed to meet again in Dushanbe in May.",
    "On Tuesday, the President of Kazakhstan arrived in Tashkent on a two-day state visit to Uzbekistan.",
    "The two sides signed an agreement on transit of goods and a memorandum on tourism.",
    "Nothing else happened that week, a spokesman said.",
]

texts = st.lists(st.sampled_from(["a", "b", " ", ".", "!", "\n", "\t", "\n\n", "é", "😀"]), max_size=200).map("".join)


class TestChunks:
    def test_short_text_is_one_piece(self):
        """A text that fits comes back whole at offset 0, the empty text included."""
        assert chunks("Short.", 100) == [(0, "Short.")]
        assert chunks("", 5) == [(0, "")]

    def test_paragraph_break_preferred(self):
        """A piece ends after the blank line, not after an earlier sentence end."""
        text = "One. Two three four.\n\nFive six."
        assert chunks(text, 25) == [(0, "One. Two three four.\n\n"), (22, "Five six.")]

    def test_line_then_sentence_then_space(self):
        """Without a blank line a piece ends at a line break, then a sentence end, then a space."""
        assert chunks("aaaa bbbb\ncccc", 12)[0] == (0, "aaaa bbbb\n")
        assert chunks("Aaa bb. Ccc dd ee", 12)[0] == (0, "Aaa bb. ")
        assert chunks("aaaa bbbb cccc", 12)[0] == (0, "aaaa bbbb ")

    def test_hard_cut_without_whitespace(self):
        """A text without whitespace is cut into pieces of exactly max_chars."""
        assert chunks("x" * 10, 4) == [(0, "xxxx"), (4, "xxxx"), (8, "xx")]

    def test_errors(self):
        """Bad arguments raise typed errors that show the value."""
        with pytest.raises(InputValueError, match="at least 1, got 0"):
            chunks("text", 0)
        with pytest.raises(InputTypeError, match="must be a str, got bytes"):
            chunks(b"text", 10)
        with pytest.raises(InputTypeError, match="must be an int, got float"):
            chunks("text", 10.0)

    @settings(max_examples=200, deadline=None)
    @given(texts, st.integers(1, 60))
    def test_pieces_cover_the_text(self, text, max_chars):
        """Pieces are non-empty (unless the text is), at most max_chars long, consecutive,
        and their offsets index the text."""
        pieces = chunks(text, max_chars)
        assert "".join(p for _, p in pieces) == text
        position = 0
        for offset, piece in pieces:
            assert offset == position
            assert text[offset : offset + len(piece)] == piece
            assert len(piece) <= max_chars
            assert piece or text == ""
            position += len(piece)

    @settings(max_examples=100, deadline=None)
    @given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=12))
    def test_paragraphs_stay_whole(self, paragraphs):
        """When every paragraph fits, every piece ends at a paragraph break (or the text's end)."""
        text = "\n\n".join(paragraphs)
        for offset, piece in chunks(text, 250):
            end = offset + len(piece)
            assert end == len(text) or text[end - 2 : end] == "\n\n"


class TestChunkedExtraction:
    def test_joined_docs_give_the_same_events(self, extractor):
        """Pieces run through nlp.pipe and joined with Doc.from_docs give the whole text's
        events, offsets included (the design proposed for texts over nlp.max_length)."""
        from spacy.tokens import Doc

        text = "\n\n".join(PARAGRAPHS * 6)
        published = datetime.date(2025, 3, 5)
        whole = extractor.extract(text, published)
        docs = list(extractor.nlp.pipe(piece for _, piece in chunks(text, 700)))
        assert len(docs) > 3
        joined = Doc.from_docs(docs, ensure_whitespace=False)
        assert joined.text == text
        assert whole and extractor.events_from_doc(joined, published) == whole
