"""What a signed document is about, from its title or evidence sentence: subject words,
lightly stemmed, and the topics of the curated thesaurus (``data/subjects.json``).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Iterable

from ..model.events import Event
from ..model.ids import norm as _norm

# --------------------------------------------------------------------------- document subjects
#
# Most signing records have no title (the extractor names a document only from a
# capitalised title), but the evidence sentence nearly always says what the document is
# about: "signed a memorandum on cooperation in the field of education", "an education
# memorandum", "an agreement on visa-free travel". The subject words are the lower-case
# content words after the document word (up to the end of its clause) and just before it,
# generic words left out, lightly stemmed.

#: Words that name the document itself, by type (a memorandum record reads its subject
#: after "memorandum", any other signing after these).
_MOU_WORDS = frozenset("memorandum memoranda memorandums mou mous".split())

_DOC_WORDS = frozenset(
    """agreement agreements treaty treaties protocol protocols contract contracts roadmap
    roadmaps declaration declarations statement communique plan programme program accord
    accords convention conventions charter deal deals document documents""".split()
)

#: Words that end the subject phrase: the rest of the clause says who, when and where.
_SUBJECT_CUT = frozenset(
    """between among during following after before while whereas which that who whom whose
    was were is are be been being will would shall should could can may might has have had
    said says say told according by at when where signed inked concluded sealed initialled
    initialed exchanged adopted reached""".split()
)

#: Words that never tell two documents apart.
_SUBJECT_GENERIC = frozenset(
    """the a an of in on for and or to its their his her our with within from into over
    about as also further well other others such both all each various several some
    certain new main key major broad wide
    cooperation cooperate cooperative collaboration interaction partnership relations
    relation ties field fields sphere spheres area areas sector sectors domain domains
    direction directions issue issues matter matters question questions
    development developing strengthening strengthen expanding expand expansion deepening
    deepen promoting promote promotion enhancing enhance boosting boost implementation
    implementing establishment establishing mutual mutually bilateral multilateral joint
    strategic comprehensive intergovernmental interstate interagency governmental framework
    general basic memorandum memoranda memorandums understanding mou agreement agreements
    treaty protocol contract document documents package number parties party side sides
    signed signing sign two three four five countries country states state nations
    billion million worth total value level era part aimed aim purpose goal regarding
    government governments ministry ministries press service office
    this next last year years month months week weeks today tomorrow yesterday spring summer
    autumn fall winter soon later early""".split()
)


def _phrase_key(phrase: str) -> str:
    """A thesaurus phrase as looked up: lower case, words joined by single spaces
    ("Agro-industrial  complex" -> "agro industrial complex")."""
    return " ".join(re.split(r"[\s-]+", phrase.lower()))


def _load_subject_topics() -> tuple[dict[str, str], re.Pattern[str], dict[str, str]]:
    """The subject thesaurus (``data/subjects.json``): word -> topic, a pattern of the
    phrases and phrase (lower case, single spaces) -> topic."""
    text = resources.files("eurasia_events").joinpath("data/subjects.json").read_text(encoding="utf-8")
    words: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for topic, entry in json.loads(text)["topics"].items():
        for word in entry["words"]:
            words[word] = topic
        for phrase in entry["phrases"]:
            phrases[_phrase_key(phrase)] = topic
    alternatives = sorted(phrases, key=len, reverse=True)  # the longest phrase first
    pattern = re.compile(
        r"\b(?:" + "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in alternatives) + r")\b",
        re.IGNORECASE,
    )
    return words, pattern, phrases

#: Subject words and phrases that outlets use for the same topic ("healthcare", "medical"
#: -> health; "power engineering" -> energy): data/subjects.json.
_SUBJECT_SYNONYMS, _SUBJECT_PHRASE_RE, _SUBJECT_PHRASES = _load_subject_topics()


def _topic_phrases(text: str) -> str:
    """``text`` with each thesaurus phrase replaced by its topic ("information technology"
    -> "digital")."""
    return _SUBJECT_PHRASE_RE.sub(lambda m: _SUBJECT_PHRASES[_phrase_key(m.group(0))], text)

_SUFFIXES = ("izations", "isations", "ization", "isation", "ations", "ation", "ings", "ing",
             "ical", "ial", "ies", "al", "ic", "es", "s", "e", "y")

_WORD_RE = re.compile(r"[A-Za-z]+|[,;:()]")

#: After a comma, these start another clause (", the ministry said", ", according to").
_CLAUSE_AFTER_COMMA = frozenset("the a an according which who while as said reported".split())

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _stem(word: str) -> str:
    """A light stem: one common suffix off, at least four letters kept."""
    word = _SUBJECT_SYNONYMS.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word[-2] in "siu":  # "cross", "bus", "basis"
                continue
            return word[: -len(suffix)]
    return word


def _stems_meet(x: str, y: str) -> bool:
    """Whether two stems are the same word: equal, or (both of four letters or more) the
    same first six letters or one the start of the other ("railwa", "railway")."""
    if x == y:
        return True
    n = min(len(x), len(y))
    if n < 4:
        return False
    k = min(n, 6)
    return x[:k] == y[:k]


def _subjects_meet(a: Iterable[str], b: Iterable[str]) -> list[str]:
    """The stems of ``a`` that meet one of ``b``."""
    b = tuple(b)
    return [x for x in a if any(_stems_meet(x, y) for y in b)]


def _subjects_any_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a stem of ``a`` meets one of ``b`` (``bool(_subjects_meet(a, b))``)."""
    if not a.isdisjoint(b):
        return True
    return any(_stems_meet(x, y) for x in a for y in b)


def _content(words: Iterable[str]) -> list[str]:
    return [_stem(w) for w in words if len(w) >= 3 and w not in _SUBJECT_GENERIC]


@functools.lru_cache(maxsize=1 << 14)

def _subject_of(text: str, memorandum: bool) -> tuple[str, ...]:
    """The subject stems of the documents that ``text`` names (see above), sorted."""
    doc_words = _MOU_WORDS if memorandum else _DOC_WORDS
    out: set[str] = set()
    for sentence in _SENTENCE_SPLIT.split(_topic_phrases(text)):
        tokens = _WORD_RE.findall(sentence)
        if not tokens:
            continue
        lower = [t.lower() for t in tokens]
        # a sentence-initial word is capitalised whatever it is ("Education memorandum signed")
        content = [t[0].islower() or n == 0 for n, t in enumerate(tokens)]
        for n, w in enumerate(lower):
            if w not in doc_words:
                continue
            after = []
            for m in range(n + 1, len(lower)):
                x = lower[m]
                if x in _SUBJECT_CUT or x in doc_words or x in ";:()":
                    break
                if x == ",":
                    if m + 1 < len(lower) and lower[m + 1] in _CLAUSE_AFTER_COMMA:
                        break
                    continue
                if content[m]:
                    after.append(x)
            before = []
            for m in range(n - 1, max(n - 4, -1), -1):
                x = lower[m]
                if not content[m] or x in _SUBJECT_CUT or x in ("a", "an", "the") or not x.isalpha():
                    break
                before.append(x)
            out.update(_content(after + before))
    return tuple(sorted(out))


def _subject(event: Event) -> tuple[str, ...]:
    """A signing's subject stems: its title's words, else what its evidence says."""
    memorandum = event.event_type == "MemorandumSigned"
    words: set[str] = set()
    if event.name:
        words.update(_content(_topic_phrases(_norm(event.name)).split()))
    for e in event.evidence:
        if e.text:
            words.update(_subject_of(e.text, memorandum))
    if not words and memorandum:
        # "a memorandum ... on energy" reported as "documents were signed"
        for e in event.evidence:
            if e.text:
                words.update(_subject_of(e.text, False))
    return tuple(sorted(words))
