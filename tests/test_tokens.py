"""Issue #8: the per-Doc token lists the rule stages read agree with the spaCy Doc they stand
for, and the sentence component splits as spaCy's sentencizer followed by it did."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from eurasia_events.text.tokens import words
from eurasia_events.text.pipeline import LINE_BREAKS, _split_glued, make_nlp

NLP = make_nlp()
news_like = st.lists(
    st.sampled_from(["The", "summit", "opened", "in", "Astana", ".", "\n", "\n\n", "  ", '"', "“", "”", "Putin's", "İlham", "—", "2024", "x"]),
    max_size=60,
).map(" ".join)
# sentence punctuation, brackets and quotes next to each other: where the sentencizer's rule has cases
punctuated = st.lists(
    st.sampled_from(["Talks", "ended", "in", "Baku", ".", "!", "?", "...", "?!", "。", "(", ")", '"', "'", "”", "-", ";", "\n", "\n\n", "x", "1."]),
    max_size=40,
).map(lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts)))

# the pipeline before issue #8's speed work: spaCy's sentencizer, then the line-break rules
SENTENCIZER_FIRST = spacy.blank("en")
_split_glued(SENTENCIZER_FIRST)  # the same tokens: a dash glued to a word is split off
SENTENCIZER_FIRST.add_pipe("sentencizer")
SENTENCIZER_FIRST.add_pipe(LINE_BREAKS)


@settings(max_examples=300, deadline=None)
@given(st.one_of(punctuated, news_like, st.text(max_size=200)))
def test_sentences_are_those_of_the_sentencizer_and_the_line_rules(text):
    """The component splits after punctuation itself; the starts are those of the sentencizer
    followed by the line-break rules, token for token."""
    ours, theirs = NLP(text), SENTENCIZER_FIRST(text)
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]
    assert NLP.pipe_names == [LINE_BREAKS]


def test_sentence_starts_from_an_earlier_component_are_kept():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": [";"]})
    nlp.add_pipe(LINE_BREAKS)
    doc = nlp("Leaders met in Baku; talks followed. Then a dinner.")
    assert [s.text for s in doc.sents] == ["Leaders met in Baku;", "talks followed. Then a dinner."]


def test_a_quote_that_opens_a_sentence_starts_one():
    """After a full stop, an opening quotation mark starts a new sentence at its first word; a
    full stop inside a short quoted title still does not split."""
    doc = NLP('A declaration will be adopted after the meeting. "The ministers will sign an agreement," he said.')
    assert [s.text.strip(' "') for s in doc.sents] == ["A declaration will be adopted after the meeting.", 'The ministers will sign an agreement," he said.']
    titled = NLP('He spoke at the "Eurasian Dialogue. Kazakhstan" forum.')
    assert len(list(titled.sents)) == 1


def test_a_long_first_line_is_a_headline_not_a_wrapped_line():
    """A first line of 60 characters or more with no full stop stands alone; the same long line
    inside a paragraph of wrapped text goes on."""
    headline = "President of Kyrgyzstan Sadyr Japarov has departed on a state visit to China"
    doc = NLP(headline + "\nThe president was seen off at the airport by officials.")
    assert [s.text.strip() for s in doc.sents] == [headline, "The president was seen off at the airport by officials."]
    wrapped = NLP("Talks were held today.\n" + headline + "\nfor talks on trade.")
    assert list(wrapped.sents)[-1].text == headline + "\nfor talks on trade."


@settings(max_examples=200, deadline=None)
@given(st.one_of(news_like, st.text(max_size=200)))
def test_words_mirror_the_doc(text):
    doc = NLP(text)
    w = words(doc, fresh=True)
    assert w.string == doc.text
    assert w.text == [t.text for t in doc]
    assert w.lower == [t.lower_ for t in doc]
    assert w.idx == [t.idx for t in doc]
    assert w.like_num == [int(t.like_num) for t in doc]
    assert w.sents == [(s.start, s.end) for s in doc.sents] if len(doc) else w.sents == []
    for s, e in w.sents:
        assert all(w.sent_start[i] == s for i in range(s, e))
    n = len(doc)
    for start, end in [(0, n), (1, n - 1), (n - 2, n + 3), (-3, n), (2, 1)]:
        assert w.span_text(start, end) == doc[start:end].text


def test_the_last_doc_is_reused_until_asked_fresh():
    doc = NLP("Leaders met in Baku. Talks followed.")
    first = words(doc, fresh=True)
    assert words(doc) is first
    assert words(doc, fresh=True) is not first
    other = NLP("Leaders met in Baku. Talks followed.")
    assert words(other) is not first and words(other).doc is other


def test_the_string_table_stays_bounded(monkeypatch):
    """Token strings are kept by hash up to a bound, then the table starts over; the lists stay right."""
    import eurasia_events.text.tokens as tokens

    monkeypatch.setattr(tokens, "_STRINGS_MAX", 10)
    monkeypatch.setattr(tokens, "_STRINGS", {})
    for it in range(3):
        doc = NLP(" ".join(f"word{it}x{k}" for k in range(40)))
        w = words(doc, fresh=True)
        assert w.text == [t.text for t in doc] and w.lower == [t.lower_ for t in doc]
        assert len(tokens._STRINGS) <= 10 + 2 * len(doc)


def test_a_dash_glued_to_a_word_is_a_token_of_its_own():
    """'-Agreement on trade': a list item whose dash is glued to its first word; the word is a token
    of its own (in default and trained modes), so the rules can read it. A minus sign before a
    number stays."""
    doc = NLP("Signed:\n-Agreement on trade,\n–the Plan for 2025; it fell to -2 degrees.")
    tokens = [t.text for t in doc]
    assert tokens[3:5] == ["-", "Agreement"] and tokens[9:11] == ["–", "the"]
    assert "-2" in tokens
