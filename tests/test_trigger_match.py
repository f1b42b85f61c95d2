"""Issue #8: the trigger matcher finds exactly what a spaCy Matcher with the same patterns finds.

``eurasia_events.extraction.mentions._trigger_match.TriggerMatcher`` avoids running every pattern at every
token; these tests hold it to the spaCy ``Matcher``'s results on generated patterns and
texts, and on the built-in rules over real-looking news.
"""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from eurasia_events.text.tokens import words
from eurasia_events.extraction.mentions._trigger_match import TriggerMatcher
from eurasia_events.extraction.rules import builtin_rules

NLP = spacy.blank("en")
VOCAB = ["summit", "talks", "the", "of", "council", "heads", "state", "met", "Astana", "Supreme", "visit", "forum", "a", "."]


def _value(draw_words: list[str]) -> object:
    return draw_words[0] if len(draw_words) == 1 else {"IN": draw_words}


word_value = st.lists(st.sampled_from([w.lower() for w in VOCAB]), min_size=1, max_size=3, unique=True).map(_value)
token = st.one_of(
    st.fixed_dictionaries({"LOWER": word_value}),
    st.fixed_dictionaries({"LOWER": word_value, "OP": st.sampled_from(["?", "!", "*", "+"])}),
    st.fixed_dictionaries({"IS_TITLE": st.booleans()}),
    st.fixed_dictionaries({"IS_TITLE": st.just(True), "OP": st.sampled_from(["?", "*"])}),
    st.fixed_dictionaries({"LOWER": st.just({"REGEX": "^s"})}),
)
pattern = st.lists(token, min_size=1, max_size=4)
text = st.lists(st.sampled_from(VOCAB), max_size=40).map(" ".join)


def _both(patterns: list[list[dict]]) -> tuple[Matcher, TriggerMatcher]:
    ours, theirs = TriggerMatcher(NLP.vocab), Matcher(NLP.vocab)
    for k, p in enumerate(patterns):
        ours.add(f"T{k}", p)
        theirs.add(f"T{k}", [p])
    return theirs, ours


@settings(max_examples=300, deadline=None)
@given(st.lists(pattern, min_size=1, max_size=5), text)
def test_same_matches_as_spacy_matcher(patterns, sentence):
    theirs, ours = _both(patterns)
    doc = NLP(sentence)
    assert sorted(ours(words(doc, fresh=True))) == sorted(set(theirs(doc)))


def test_builtin_rules_on_news():
    doc = NLP(
        "The Supreme Eurasian Economic Council met in Minsk. The heads of state council and the "
        "meeting of the heads of state followed talks; the leaders also visited a forum and "
        "received the Kazakh delegation. A roadmap for cooperation and a memorandum were signed."
    )
    theirs, ours = _both([r.token_pattern for r in builtin_rules() if not r.is_phrase])
    found = ours(words(doc, fresh=True))
    assert sorted(found) == sorted(set(theirs(doc)))
    assert {doc[s:e].text for _, s, e in found} >= {"Supreme Eurasian Economic Council", "visited", "memorandum", "heads of state council"}


def test_matches_are_sorted_and_keyed_like_the_matcher():
    matcher = TriggerMatcher(NLP.vocab)
    matcher.add("B", [{"LOWER": "talks"}])
    matcher.add("A", [{"LOWER": {"IN": ["held", "talks"]}}])
    doc = NLP("They held talks.")
    assert [(NLP.vocab.strings[k], s, e) for k, s, e in matcher(words(doc, fresh=True))] == [("A", 1, 2), ("B", 2, 3), ("A", 2, 3)]
    assert len(matcher) == 2


def test_every_builtin_rule_needs_a_word():
    """A rule with no required word goes to the Matcher that runs over the whole Doc on every article (the cost
    that the throughput target guards): every built-in rule must name a word its matches contain."""
    matcher = TriggerMatcher(NLP.vocab)
    for k, rule in enumerate(r for r in builtin_rules() if not r.is_phrase):
        matcher.add(f"R{k}", rule.token_pattern)
    assert all(needs for needs in matcher._rest_needs)
