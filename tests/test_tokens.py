"""Issue #8: the per-Doc token lists the rule stages read agree with the spaCy Doc they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eurasia_events._tokens import words
from eurasia_events.pipeline import make_nlp

NLP = make_nlp()
news_like = st.lists(
    st.sampled_from(["The", "summit", "opened", "in", "Astana", ".", "\n", "\n\n", "  ", '"', "“", "”", "Putin's", "İlham", "—", "2024", "x"]),
    max_size=60,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(news_like, st.text(max_size=200)))
def test_words_mirror_the_doc(text):
    doc = NLP(text)
    w = words(doc, fresh=True)
    assert w.string == doc.text
    assert w.text == [t.text for t in doc]
    assert w.lower == [t.lower_ for t in doc]
    assert w.idx == [t.idx for t in doc]
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
