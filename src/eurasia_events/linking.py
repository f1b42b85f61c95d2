"""Stable event ids and cross-article linking of records of the same real-world event.

:func:`event_id` gives a record a deterministic id from its normalized content;
:func:`link` groups records from different articles that describe the same real-world
event into :class:`EventCluster` objects, each with a merged best-evidence record, the
reasons why its members were linked and the event's status over time. The rules are in
``docs/linking.md``.

Example:
    >>> import datetime
    >>> from eurasia_events.events import Meeting, Participant, Place, DateSpan
    >>> lav = Participant.person("Sergey Lavrov", country="RUS")
    >>> fid = Participant.person("Hakan Fidan", country="TUR")
    >>> a = Meeting(participants=[lav, fid], place=Place("Antalya", "TUR"),
    ...             date=DateSpan.day(datetime.date(2024, 3, 2)), source="a.txt")
    >>> b = Meeting(participants=[Participant.person("Lavrov", country="RUS")],
    ...             date=DateSpan(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31), "month"),
    ...             status="planned", source="b.txt")
    >>> [c.sources for c in link([a, b])]
    [('a.txt', 'b.txt')]
    >>> a.id == Meeting(participants=[fid, lav], place=Place("Antalya", "TUR"),
    ...                 date=DateSpan.day(datetime.date(2024, 3, 2)), source="c.txt").id
    True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime
import functools
import gc
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from importlib import resources
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

import attrs

from .errors import InputTypeError, InputValueError
from .events import GRANULARITIES, ROLES, DateSpan, Event, Participant, Place

__all__ = [
    "ID_VERSION",
    "event_id",
    "link",
    "EventCluster",
    "LinkReason",
    "TimelineEntry",
]

#: Bumped whenever the content that :func:`event_id` hashes changes.
ID_VERSION = 1

#: Words that say what kind of event or document a name is, not which one; they do not
#: count when comparing names ("SCO Summit" and "Astana Summit" share nothing).
_GENERIC_NAME_WORDS = frozenset(
    """the of and on in for a an at to with between by from
    summit summits forum meeting meetings visit talks session council conference congress
    roundtable expo international official state working heads head government governments
    memorandum memorandums memoranda understanding cooperation agreement agreements treaty
    protocol declaration joint document documents contract roadmap intergovernmental
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth""".split()
)
_ROMAN_OR_ORDINAL = re.compile(r"^(?:[ivxl]{1,6}|\d+(?:st|nd|rd|th)?)$")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

_STATUS_RANK = {"planned": 0, "ongoing": 1, "past": 2}
_ROLE_RANK = {role: i for i, role in enumerate(ROLES)}  # host first, participant last
_GRAN_RANK = {g: i for i, g in enumerate(GRANULARITIES)}
#: Types whose sides (countries / organizations represented) must agree: one record's sides
#: a subset of the other's. Summits and forums are many-sided; outlets name different subsets.
_SIDED_DEFAULT = frozenset({"Meeting", "Visit", "MemorandumSigned", "AgreementSigned"})
_SIGNING_DEFAULT = frozenset({"MemorandumSigned", "AgreementSigned"})
#: Types where two records naming different persons for the same country are different
#: events (the presidents' talks and the foreign ministers' talks of one day).
_PERSON_SIDED = frozenset({"Meeting", "Visit"})

_FINE_MAX_DAYS = 31  # a day/week-granularity span up to this long is blocked by day
_COARSE_MAX_DAYS = 400  # a longer or open span is as weak as no date
_NULL_POSTING_CAP = 200  # an undated record is not compared through an anchor this common
_MARGIN = 1  # a vague record picks the best of several clusters only when it leads by this
_MAX_JOINT = 8  # a vague record joins at most this many compatible clusters together
_STORY_BONUS = 2  # a candidate reported by the articles that report another event of the record's article
#: Of candidates that tie, a vague record joins the one that at least this many times as
#: many records report as any other (0: never).
COVERAGE_RATIO = 2
#: Publication windows (``link(published=...)``): an article reports a past event within
#: days of it, announces a planned one ahead of it and reports an ongoing one while it
#: lasts. A record with no day-level date from an article published on day D is taken to
#: describe an event in [D - PAST, D] (past), [D, D + PLANNED] (planned) or
#: [D - ONGOING, D + ONGOING] (ongoing). The window relaxes what an undated record needs
#: to link and ranks its candidates; it rules out only what the tense does (a past event
#: that began after D, a planned one over before D) and, for a record with no date of its
#: own, an event more than UNDATED_REACH_DAYS beyond it.
PAST_WINDOW_DAYS = 7
PLANNED_WINDOW_DAYS = 30
ONGOING_WINDOW_DAYS = 2
#: How far beyond its publication window the event of a record without a date of its own
#: can be: a passing mention of an older event, or a feature long after it.
UNDATED_REACH_DAYS = 365


# --------------------------------------------------------------------------- normalizing


@functools.lru_cache(maxsize=1 << 16)
def _norm(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces ("Türkiye's" -> "turkiye s")."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NON_ALNUM.sub(" ", text).strip()


@functools.lru_cache(maxsize=1 << 16)
def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(
        w for w in _norm(name).split() if w not in _GENERIC_NAME_WORDS and not _ROMAN_OR_ORDINAL.match(w)
    )


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


@functools.lru_cache(maxsize=1 << 16)
def _person_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _norm(name).split() if len(t) > 1)


def _participant_id(p: Participant) -> tuple[str, str, str]:
    if p.kind == "country":
        ident = p.code or ""
    elif p.kind == "person":
        ident = _norm(p.name) + ("|" + p.country if p.country else "")
    else:
        ident = _norm(p.name)
    return (p.kind, ident, p.role)


def _id_payload(event: Event) -> dict[str, Any]:
    date = event.date
    place = event.place
    return {
        "v": ID_VERSION,
        "type": event.event_type,
        "name": _norm(event.name) or None,
        "edition": event.edition,
        "organizations": sorted({_norm(o) for o in event.organizations}),
        "date": None
        if date is None
        else [
            date.start.isoformat() if date.start else None,
            date.end.isoformat() if date.end else None,
            date.granularity,
            date.mod,
        ],
        "place": None if place is None else [_norm(place.city) or None, place.country],
        "participants": sorted({_participant_id(p) for p in event.participants}),
    }


def event_id(event: Event) -> str:
    """A deterministic id of the record from its normalized content.

    The id is ``<type in lower case>-<16 hex digits>``: a 64-bit BLAKE2b digest of the
    record's type, name, edition, organizations, date (start, end, granularity, modifier),
    place (city, country) and participants (kind, canonical id, role), each normalized
    (case, accents, punctuation, order and duplicates do not matter). Evidence, source,
    trigger, status, the date's text, titles and geonames ids are left out, so the same
    event extracted twice, from one article or from two, has the same id.

    Args:
        event: any :class:`~eurasia_events.events.Event`.

    Returns:
        The id, e.g. ``"summit-3f0c9a1d2b7e4c55"``.

    Raises:
        InputTypeError: ``event`` is not an Event.

    Example:
        >>> from eurasia_events.events import Forum
        >>> event_id(Forum(name="Astana  International Forum")) == event_id(Forum(name="astana international forum", source="x"))
        True

    .. versionadded:: 0.1.0
    """
    if not isinstance(event, Event):
        raise InputTypeError(f"event_id() needs an Event record, got {type(event).__name__}: {event!r:.80}")
    text = json.dumps(_id_payload(event), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest = hashlib.blake2b(text.encode("ascii"), digest_size=8).hexdigest()
    return f"{event.event_type.lower()}-{digest}"


# --------------------------------------------------------------------------- public results


class LinkReason(NamedTuple):
    """Why two members of a cluster were linked: indexes into ``EventCluster.records``."""

    i: int
    j: int
    reasons: tuple[str, ...]


class TimelineEntry(NamedTuple):
    """One article's view of the event: its source, the status it reports and its date."""

    source: str | None
    status: str
    date: DateSpan | None
    published: datetime.date | None = None


def _date_dict(date: DateSpan | None) -> dict[str, Any] | None:
    return date.to_dict() if date is not None else None


@attrs.frozen
class EventCluster:
    """Records of one real-world event from one or more articles.

    Attributes:
        event: the merged best-evidence record (see ``docs/linking.md``, "Merging").
        records: the members, in a deterministic order (by id, then source).
        reasons: for each link used, the two members (indexes into ``records``) and why.
        timeline: each member's source, status and date, planned reports first (or by
            publication date when :func:`link` was given them).

    Example:
        >>> from eurasia_events.events import Forum
        >>> c = link([Forum(name="Caspian Forum", source="a"), Forum(name="Caspian Forum", source="b")])[0]
        >>> c.sources, c.reasons[0].reasons[0]
        (('a', 'b'), 'same type Forum')
    """

    event: Event
    records: tuple[Event, ...]
    reasons: tuple[LinkReason, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the members, sorted (records without a source left out)."""
        return tuple(sorted({r.source for r in self.records if r.source is not None}))

    @property
    def id(self) -> str:
        """The merged record's :func:`event_id`."""
        return event_id(self.event)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: id, merged event, members (id, source, status, date),
        sources, reasons and timeline."""
        return {
            "id": self.id,
            "event": self.event.to_dict(),
            "members": [
                {"id": r.id, "source": r.source, "status": r.status, "date": _date_dict(r.date)}
                for r in self.records
            ],
            "sources": list(self.sources),
            "reasons": [{"a": r.i, "b": r.j, "reasons": list(r.reasons)} for r in self.reasons],
            "timeline": [
                {
                    "source": t.source,
                    "status": t.status,
                    "date": _date_dict(t.date),
                    "published": t.published.isoformat() if t.published else None,
                }
                for t in self.timeline
            ],
        }


# --------------------------------------------------------------------------- features


class _Person(NamedTuple):
    tokens: frozenset[str]
    last: str
    country: str | None
    label: str


@attrs.define(slots=True)
class _Feat:
    """What linking looks at, for one record or (merged) for a cluster."""

    group: str
    lo: int | None  # date ordinals; None: no bounded date
    hi: int | None
    fine: bool
    city: str | None
    country: str | None
    edition: int | None
    orgs: frozenset[str]
    sides: frozenset[str]
    parties: frozenset[str]
    words: frozenset[str]
    keys: frozenset[tuple[str, str]]
    persons: tuple[_Person, ...]
    sources: frozenset[str] = frozenset()  # articles of the record(s): one record per event per article
    subject: frozenset[str] = frozenset()  # a signing's subject stems (title and evidence)
    pub: int | None = None  # publication date (ordinal) of a record with a window
    wlo: int | None = None  # publication window (ordinals) of a record without a day-level date
    whi: int | None = None
    news: bool = False  # dated only by its article's publication day (the day's news)
    # what the publication date and tense rule out (ordinals): reported as past on D, the
    # event started by D (``after`` = D); announced on D, it ends on D or later (``before`` =
    # D); with no date of its own, it is also within UNDATED_REACH_DAYS of the window
    after: int | None = None
    before: int | None = None


def _features(event: Event, group: str, signing: bool) -> _Feat:
    lo = hi = None
    fine = False
    date = event.date
    if date is not None and date.start is not None and date.end is not None:
        span = (date.end - date.start).days
        if span <= _COARSE_MAX_DAYS:
            lo, hi = date.start.toordinal(), date.end.toordinal()
            fine = date.granularity in ("day", "week") and span <= _FINE_MAX_DAYS and date.mod is None
    place = event.place
    orgs = {_norm(o) for o in event.organizations}
    sides: set[str] = set()
    parties: set[str] = set()
    keys: set[tuple[str, str]] = set()
    persons: list[_Person] = []
    for p in event.participants:
        side = None
        if p.kind == "country":
            side = p.code
            keys.add(("country", p.code or ""))
        elif p.kind == "organization":
            side = "org:" + _norm(p.name)
            orgs.add(_norm(p.name))
            keys.add(("organization", _norm(p.name)))
        else:
            tokens = _person_tokens(p.name)
            if tokens:
                persons.append(_Person(frozenset(tokens), tokens[-1], p.country, p.name))
            side = p.country
        if side:
            sides.add(side)
            if p.role in ("party", "signatory") and signing:
                parties.add(side)
    return _Feat(
        group=group,
        lo=lo,
        hi=hi,
        fine=fine,
        city=_norm(place.city) or None if place else None,
        country=place.country if place else None,
        edition=event.edition,
        orgs=frozenset(orgs),
        sides=frozenset(sides),
        parties=frozenset(parties),
        words=_name_words(event.name),
        keys=frozenset(keys),
        persons=tuple(persons),
        sources=frozenset((event.source,)) if event.source is not None else frozenset(),
        subject=frozenset(_subject(event)) if signing else frozenset(),
    )


def _merge_feat(a: _Feat, b: _Feat) -> _Feat:
    if a.lo is None:
        lo, hi = b.lo, b.hi
    elif b.lo is None:
        lo, hi = a.lo, a.hi
    else:
        lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)  # type: ignore[type-var]
    return _Feat(
        group=a.group,
        lo=lo,
        hi=hi,
        fine=a.fine or b.fine,
        city=a.city or b.city,
        country=a.country or b.country,
        edition=a.edition if a.edition is not None else b.edition,
        orgs=a.orgs | b.orgs,
        sides=a.sides | b.sides,
        parties=a.parties | b.parties,
        words=a.words | b.words,
        keys=a.keys | b.keys,
        persons=a.persons + b.persons,
        sources=a.sources | b.sources,
        subject=a.subject | b.subject,
        news=a.news and b.news,
        after=_opt(min, a.after, b.after),
        before=_opt(max, a.before, b.before),
        **_merge_window(a, b),
    )


def _opt(fn: Any, x: int | None, y: int | None) -> int | None:
    return y if x is None else x if y is None else fn(x, y)


def _merge_window(a: _Feat, b: _Feat) -> dict[str, int | None]:
    """The publication window of two merged records: the intersection of both (none
    when they do not meet), else the one there is."""
    if a.wlo is None:
        return {"pub": b.pub, "wlo": b.wlo, "whi": b.whi}
    if b.wlo is None:
        return {"pub": a.pub, "wlo": a.wlo, "whi": a.whi}
    lo, hi = max(a.wlo, b.wlo), min(a.whi, b.whi)  # type: ignore[type-var]
    if lo > hi:
        return {"pub": None, "wlo": None, "whi": None}
    return {"pub": a.pub, "wlo": lo, "whi": hi}


def _set_window(f: _Feat, status: str, published: datetime.date) -> None:
    """Give a record without a day-level date the window of days its article's publication
    date allows (see ``PAST_WINDOW_DAYS``), and what its tense rules out: reported as past
    on D, the event began by D; announced (planned) on D, it is not over before D. A record
    with no date of its own (undated, or the day's news) is also of an event at most
    ``UNDATED_REACH_DAYS`` beyond its window."""
    if f.fine:
        return
    d = published.toordinal()
    if status == "planned":
        lo, hi = d, d + PLANNED_WINDOW_DAYS
        f.before = d
        if f.lo is None:
            f.after = hi + UNDATED_REACH_DAYS
    elif status == "ongoing":
        lo, hi = d - ONGOING_WINDOW_DAYS, d + ONGOING_WINDOW_DAYS
    else:
        lo, hi = d - PAST_WINDOW_DAYS, d
        f.after = d
        if f.lo is None:
            f.before = lo - UNDATED_REACH_DAYS
    if f.lo is not None:  # a coarse date: the part of it the window allows
        lo, hi = max(lo, f.lo), min(hi, f.hi)  # type: ignore[type-var]
        if lo > hi:
            return
    f.pub, f.wlo, f.whi = d, lo, hi


def _news_day(event: Event, published: datetime.date | None) -> bool:
    """Whether ``event`` is dated only by its article's publication day: the spec dates the
    day's news by the publication date with ``date.text`` null."""
    date = event.date
    return (
        published is not None
        and date is not None
        and date.text is None
        and date.mod is None
        and date.granularity == "day"
        and date.start == published
        and date.end == published
    )


def _set_news_window(f: _Feat, status: str, published: datetime.date) -> None:
    """A record dated only by its publication day D is not known to be of day D: a report
    published on D is of an event in the days before it (or after it, planned). It gets
    the publication window instead of the exact day."""
    f.lo = f.hi = None
    f.fine = False
    f.news = True
    _set_window(f, status, published)


def _window_fit(a: _Feat, b: _Feat, tol: int, explain: bool = True) -> tuple[int, str] | None:
    """Whether the day-level date of one record falls in the publication window of the
    other: (days between it and the publication date, "published D, n days after"; ""
    unless ``explain``)."""
    for w, f in ((a, b), (b, a)):
        if w.wlo is None or w.fine or not f.fine or f.lo is None:
            continue
        if max(w.wlo, f.lo) > min(w.whi, f.hi) + tol:  # type: ignore[type-var, operator]
            continue
        d = w.pub
        if f.hi < d:  # type: ignore[operator]
            delta, rel = d - f.hi, "after"  # type: ignore[operator]
        elif f.lo > d:  # type: ignore[operator]
            delta, rel = f.lo - d, "before"  # type: ignore[operator]
        else:
            delta, rel = 0, ""
        if not explain:
            return delta, ""
        when = f"{delta} day{'s' if delta != 1 else ''} {rel}" if delta else "the same day"
        what = "dated only by its publication" if w.news else "published"
        return delta, f"{what} {datetime.date.fromordinal(d).isoformat()}, {when}"  # type: ignore[arg-type]
    return None


def _news_meet(a: _Feat, b: _Feat) -> bool:
    """Whether two records dated only by their publication days can report one event: the
    days at most one apart and the windows meeting."""
    return (
        a.pub is not None and b.pub is not None and abs(a.pub - b.pub) <= 1
        and max(a.wlo, b.wlo) <= min(a.whi, b.whi)  # type: ignore[type-var]
    )


def _window_bonus(delta: int) -> int:
    """How much a date in the publication window counts: most reports are of the day
    before or the day itself."""
    return 3 if delta <= 1 else 2 if delta <= 3 else 1


def _same_person(a: _Person, b: _Person) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return a.last == b.last or a.tokens <= b.tokens or b.tokens <= a.tokens


def _sides_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a <= b or b <= a:
        return True
    return min(len(a), len(b)) >= 3 and len(a & b) * 2 >= len(a | b)


def _most_covered(
    ranked: list[int], by_root: Mapping[int, tuple[int, int]], size: Sequence[int], margin: int
) -> tuple[int, int] | None:
    """Of the best-scoring candidate clusters (roots) that tie, the one reported by at
    least ``COVERAGE_RATIO`` times as many records as any other, with the number of records
    of the next one; or None: a report is more likely of an event that many articles cover.
    Not for a signing with neither title nor subject (``margin`` unbounded), which needs a
    single candidate."""
    if not COVERAGE_RATIO or margin >= 10**6:
        return None
    best = by_root[ranked[0]][0]
    tied = sorted((r for r in ranked if by_root[r][0] == best), key=lambda r: -size[r])
    if len(tied) < 2 or size[tied[0]] < COVERAGE_RATIO * size[tied[1]]:
        return None
    return tied[0], size[tied[1]]


def _ignore(_reason: str) -> None:
    return None


class _Rules:
    """The linking rules for one call of :func:`link` (its keyword options)."""

    def __init__(self, tolerance_days: int, sided: frozenset[str], signing: frozenset[str]) -> None:
        self.tol = tolerance_days
        self.sided = sided
        self.signing = signing

    def kind(self, group_types: Iterable[str]) -> tuple[bool, bool, bool]:
        """Which type-dependent rules apply to a type group (its type names): whether its
        sides must agree, its persons must agree and it is a signing."""
        types = set(group_types)
        return bool(types & self.sided), bool(types & _PERSON_SIDED), bool(types & self.signing)

    def conflict(self, a: _Feat, b: _Feat, kind: tuple[bool, bool, bool]) -> str | None:
        """Why ``a`` and ``b`` cannot be the same event, or None. ``kind`` is
        :meth:`kind` of their type group. The checks run in the order of how often they
        rule a candidate out (the commonest first)."""
        if a.city and b.city and a.city != b.city:
            return "different cities"
        sided, person_sided, signing = kind
        sa, sb = a.sides, b.sides
        if sided and sa and sb and not (sa <= sb or sb <= sa):
            # sides that do not agree (neither a subset of the other; for three or more on
            # both, fewer than half shared); two one-sided reports of talks (one names the
            # guest, the other the host) can be the two sides of one bilateral meeting or visit
            na, nb = len(sa), len(sb)
            if not (na >= 3 and nb >= 3 and len(sa & sb) * 2 >= len(sa | sb)) and not (
                person_sided and na == 1 and nb == 1
            ):
                return "different sides"
        tol = self.tol
        # what a record's publication date and tense rule out (``_set_window``): reported
        # as past on D, an event begun by D; announced on D, one not over before D
        if a.after is not None and b.lo is not None and b.lo > a.after + tol:
            return "begins after what the report allows"
        if b.after is not None and a.lo is not None and a.lo > b.after + tol:
            return "begins after what the report allows"
        if a.before is not None and b.hi is not None and b.hi < a.before - tol:
            return "ends before what the report allows"
        if b.before is not None and a.hi is not None and a.hi < b.before - tol:
            return "ends before what the report allows"
        if a.country and b.country and a.country != b.country:
            return "different countries"
        alo, blo = a.lo, b.lo
        if alo is not None and blo is not None:
            ahi, bhi = a.hi, b.hi
            if (alo if alo > blo else blo) > (ahi if ahi < bhi else bhi) + tol:  # type: ignore[operator]
                return "dates do not overlap"
        if not a.sources.isdisjoint(b.sources):
            # the spec gives one record per real-world event per article: two records of
            # one article are two events
            return "same article"
        if a.edition is not None and b.edition is not None and a.edition != b.edition:
            return "different editions"
        if a.orgs and b.orgs and a.orgs.isdisjoint(b.orgs):
            return "different organizations"
        if person_sided and a.persons and b.persons:
            for side in sa & sb:
                pa = [p for p in a.persons if p.country == side]
                if not pa:
                    continue
                pb = [p for p in b.persons if p.country == side]
                if pb and not any(_same_person(x, y) for x in pa for y in pb):
                    return f"different persons for {side}"
        if signing:
            if a.parties and b.parties and not (a.parties <= b.parties or b.parties <= a.parties):
                return "different parties"
            if a.words and b.words and a.words.isdisjoint(b.words):
                return "different document titles"
            if a.subject and b.subject and not _subjects_any_meet(a.subject, b.subject):
                # "a memorandum on education" and "a memorandum on energy cooperation"
                return "different subjects"
        return None

    def _undated_actors(self, f: _Feat) -> int:
        """Shared actors an undated link needs besides the city: the same officials hold
        talks in the same few cities again and again, so for meetings and visits one is
        not enough."""
        return 2 if f.group in _PERSON_SIDED else 1

    def specific(self, f: _Feat) -> bool:
        """Whether a record is precise enough to link with its best match directly: a
        day-level date and, by type, two or more sides (meetings, visits), a title
        (signings) or a name, organization or edition (summits, forums, others)."""
        if not f.fine:
            return False
        if f.group in self.signing and not (f.words or f.subject):
            return False
        if f.group in self.sided or f.group in self.signing:
            return len(f.sides) >= 2
        return bool(f.words or f.orgs or f.edition is not None)

    def evidence(self, a: _Feat, b: _Feat, explain: bool) -> tuple[int, list[str]] | None:
        """The link score and reasons of two compatible records, or None if too weak."""
        why: list[str] = []
        note = why.append if explain else _ignore
        score = 0
        shared = 0
        if a.lo is not None and b.lo is not None:
            lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)  # type: ignore[type-var]
            if a.fine and b.fine:
                score += 4
                if a.lo != a.hi and a.lo == b.lo and a.hi == b.hi:
                    score += 1  # the same days of a longer event ("June 11-13")
            else:
                score += 1
            if explain:
                if lo <= hi:
                    span = datetime.date.fromordinal(lo).isoformat()
                    if hi > lo:
                        span += "/" + datetime.date.fromordinal(hi).isoformat()
                    note(f"dates overlap: {span}")
                else:
                    note(f"dates within {self.tol} day(s)")
        fit = _window_fit(a, b, self.tol, explain) if a.wlo is not None or b.wlo is not None else None
        if fit is not None:
            # a record without a day-level date whose article was published just after
            # (past), before (planned) or during (ongoing) the other's date
            score += _window_bonus(fit[0])
            note(fit[1])
        elif a.news and b.news and _news_meet(a, b):
            # two reports of the day's news published on the same day or a day apart
            fit = (abs(a.pub - b.pub), "")  # type: ignore[operator]
            score += 2 - fit[0]
            if explain:
                note("both the day's news, published " + " and ".join(
                    sorted({datetime.date.fromordinal(a.pub).isoformat(), datetime.date.fromordinal(b.pub).isoformat()})))  # type: ignore[arg-type]
        elif a.lo is None or b.lo is None:
            note("no date on one side (weak)")
        same_city = bool(a.city and a.city == b.city)
        if same_city:
            score += 3
            if explain:
                note(f"same city: {a.city}")
        elif a.country and a.country == b.country:
            score += 1
            if explain:
                note(f"same country: {a.country}")
        common_keys = a.keys & b.keys
        people: list[str] = []
        if a.persons and b.persons:
            for pa in a.persons:
                for pb in b.persons:
                    if _same_person(pa, pb):
                        people.append(pa.last)
                        break
        n_actors = len(common_keys) + (len(set(people)) if people else 0)
        if n_actors:
            shared += n_actors
            score += 2 * min(n_actors, 3)
            if explain:
                names = sorted(f"{k}:{v}" for k, v in common_keys) + sorted(f"person:{p}" for p in set(people))
                why.append("shared participants: " + ", ".join(names))
        common_sides = a.sides & b.sides
        if not n_actors and (len(common_sides) >= 2 or (common_sides and a.fine and b.fine and (same_city or a.group in self.sided))):
            shared += 1
            score += 1
            if explain:
                note("shared sides: " + ", ".join(sorted(common_sides)))
        elif not n_actors and not common_sides and same_city and a.fine and b.fine and a.group in _PERSON_SIDED:
            shared += 1
            score += 1
            note("the two sides of talks in one city on one day")
        elif (not n_actors and same_city and a.fine and b.fine and not (a.words and b.words)
              and a.group not in self.sided and a.group not in self.signing):
            # an unnamed forum or summit report that names none of the other's speakers: the
            # same city on the same days (weak: only an unambiguous vague record joins on it)
            shared += 1
            score += 1
            note("same city on the same days")
        common_orgs = a.orgs & b.orgs if a.orgs and b.orgs else None
        if common_orgs:
            shared += 1
            score += 2
            if explain:
                note("shared organizations: " + ", ".join(sorted(common_orgs)))
        names_match = False
        if a.words and b.words:
            common = a.words & b.words
            if common and 2 * len(common) >= min(len(a.words), len(b.words)):
                names_match = True
                score += 3
                if explain:
                    note("names share: " + " ".join(sorted(common)))
        if a.edition is not None and a.edition == b.edition:
            score += 2
            if explain:
                note(f"same edition: {a.edition}")
        subject_match = False
        if a.subject and b.subject and not names_match:
            if explain:
                common = _subjects_meet(sorted(a.subject), b.subject)
                if common:
                    subject_match = True
                    score += 3
                    note("same subject: " + " ".join(common))
            elif _subjects_any_meet(a.subject, b.subject):
                subject_match = True
                score += 3
        if not shared and not names_match and not (subject_match and same_city and a.fine and b.fine):
            # (a signing report that names no party: "the sides also signed a memorandum on
            # youth policy", the same city and day)
            return None
        if (a.lo is None or b.lo is None) and fit is None and not (
            names_match or (subject_match and common_sides) or (same_city and n_actors >= self._undated_actors(a))
        ):
            return None
        return score, why


# --------------------------------------------------------------------------- blocking


def _anchors(f: _Feat) -> set[str]:
    out = {"s:" + s for s in f.sides}
    out.update("t:" + t[:4] for t in f.subject)  # a signing's subject stems (they meet on these)
    out.update("o:" + o for o in f.orgs)
    out.update("w:" + w for w in f.words)
    for p in f.persons:
        out.update("p:" + t for t in p.tokens)
    return out


def _month_anchors(f: _Feat) -> set[str]:
    """Anchors for month blocks, which are large: no single country, no first names."""
    out = {"o:" + o for o in f.orgs}
    out.update("w:" + w for w in f.words)
    out.update("p:" + p.last for p in f.persons)
    sides = sorted(f.sides)
    if len(sides) == 1:
        out.add("s:" + sides[0])
    elif len(sides) <= 6:
        out.update(f"ss:{x}|{y}" for n, x in enumerate(sides) for y in sides[n + 1 :])
    return out


def _null_anchors(f: _Feat) -> set[str]:
    """Anchors an undated record is looked up by: name words, or city with an actor."""
    out = {"w:" + w for w in f.words}
    # a signing by the start of each subject stem (stems that meet share their first four
    # letters) and a side
    out.update(f"t:{t[:4]}|{s}" for t in f.subject for s in f.sides)
    if f.city:
        out.update(f"c:{f.city}|{a}" for a in _anchors(f) if not a.startswith(("w:", "s:")))
    return out


def _months(lo: int, hi: int) -> list[tuple[int, int]]:
    a, b = datetime.date.fromordinal(lo), datetime.date.fromordinal(hi)
    out = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _candidate_pairs(feats: Sequence[_Feat], tol: int) -> set[int]:
    """Pairs of record indexes that share a type group, a time block and an anchor, each
    pair ``(i, j)``, ``i < j``, as the number ``i * len(feats) + j``."""
    n = len(feats)
    day: dict[tuple, list[int]] = defaultdict(list)
    month_fine: dict[tuple, list[int]] = defaultdict(list)
    month_coarse: dict[tuple, list[int]] = defaultdict(list)
    null_index: dict[tuple, list[int]] = defaultdict(list)
    window: dict[tuple, list[int]] = defaultdict(list)  # undated records with a publication window
    news: dict[tuple, list[int]] = defaultdict(list)  # records dated only by their publication day
    undated: list[tuple[int, list[list[int]]]] = []  # with the postings of their anchors
    # dated records of two to six sides by month and side, and the one-sided dated records
    # that look them up (fine ones only among the coarse: the day blocks pair fine ones)
    side_fine: dict[tuple, list[int]] = defaultdict(list)
    side_coarse: dict[tuple, list[int]] = defaultdict(list)
    one_sided: list[tuple[int, bool, list[tuple]]] = []
    # Every posting list below holds a record at most once (its keys are distinct), in
    # increasing order of index.
    for i, f in enumerate(feats):
        group = f.group
        postings = []
        for a in _null_anchors(f):
            posting = null_index[(group, a)]
            posting.append(i)
            postings.append(posting)
        if f.lo is None:
            undated.append((i, postings))
        if f.wlo is not None:
            # an undated or coarse record (a month, a season) with a publication window: in
            # the day blocks of its window, with a day record's anchors
            anchors = _anchors(f)
            if f.city:
                anchors.add("c:" + f.city)
            for d in range(f.wlo, f.whi + tol + 1):  # type: ignore[operator]
                for a in anchors:
                    window[(group, d, a)].append(i)
            if f.news:
                for a in anchors:
                    news[(group, f.pub, a)].append(i)
        if f.lo is None:
            continue
        hi = f.hi + tol  # type: ignore[operator]
        if f.fine:
            anchors = _anchors(f)
            if f.city and (group in _PERSON_SIDED or group not in _SIDED_DEFAULT):
                # one-sided reports of the two sides of talks; forum and summit reports that
                # name no one the other names
                anchors.add("c:" + f.city)
            for d in range(f.lo, hi + 1):
                for a in anchors:
                    day[(group, d, a)].append(i)
            target = month_fine
        else:
            target = month_coarse
        month_anchors = _month_anchors(f)
        months = _months(f.lo, hi)
        for ym in months:
            for a in month_anchors:
                target[(group, ym, a)].append(i)
        if 2 <= len(f.sides) <= 6:
            # met by one-sided records of the month (below): "talks with Kazakhstan in
            # March" and the Kazakhstan-Uzbekistan talks of March 12
            sides_target = side_fine if f.fine else side_coarse
            for ym in months:
                for side in f.sides:
                    sides_target[(group, ym, side)].append(i)
        elif len(f.sides) == 1:
            if f.wlo is not None and not f.fine:  # a coarse date: the months of its window
                months = _months(f.wlo, f.whi + tol)  # type: ignore[operator]
            one_sided.append((i, f.fine, [(group, ym, next(iter(f.sides))) for ym in months]))
    pairs: set[int] = set()
    add, update = pairs.add, pairs.update
    for members in day.values():
        m = len(members)
        if m == 2:
            add(members[0] * n + members[1])
        elif m > 2:
            for x in range(m - 1):
                base = members[x] * n
                update([base + y for y in members[x + 1 :]])
    for key, ws in window.items():
        # with the day-level records of those days only: two undated records need more
        # than their windows, and the undated lookup below finds those pairs
        js = day.get(key)
        if js:
            for i in ws:
                base = i * n
                update([base + j if i < j else j * n + i for j in js])
    for (g, d, a), ns in news.items():
        # the day's news of one day, and of that day and the next
        nxt = news.get((g, d + 1, a), ())
        for x, nx in enumerate(ns):
            base = nx * n
            update([base + ny for ny in ns[x + 1 :]])
            if nxt:
                update([base + ny if nx < ny else ny * n + nx for ny in nxt])
    for key, coarse in month_coarse.items():
        fine = month_fine.get(key, ())
        for x, cx in enumerate(coarse):
            base = cx * n
            update([base + cy for cy in coarse[x + 1 :]])
            if fine:
                update([base + fy if cx < fy else fy * n + cx for fy in fine])
    for i, fine, keys in one_sided:
        base = i * n
        for key in keys:
            for index in (side_coarse,) if fine else (side_coarse, side_fine):
                js = index.get(key)
                if js:
                    update([base + j if i < j else j * n + i for j in js])
    for i, postings in undated:
        base = i * n
        for posting in postings:
            if len(posting) > _NULL_POSTING_CAP:
                continue
            update([base + j if i < j else j * n + i for j in posting if j != i])
    return pairs


# --------------------------------------------------------------------------- merging


def _informativeness(e: Event) -> tuple:
    gran = _GRAN_RANK.get(e.date.granularity, 9) if e.date and e.date.start else 99
    return (
        e.name is None,
        e.edition is None,
        gran,
        not (e.place and e.place.city),
        not (e.place and e.place.country),
        -len(e.participants),
        -len(e.organizations),
    )


def _best_date(members: Sequence[Event], published: Mapping[str, datetime.date] | None = None) -> DateSpan | None:
    # (date, dated only by the publication day): of two day-level dates, one the text
    # states wins over one taken from the publication day (the day's news)
    dated = [
        (m.date, bool(published) and _news_day(m, published.get(m.source or "")))  # type: ignore[union-attr]
        for m in members
        if m.date is not None and m.date.start is not None
    ]
    if not dated:
        return next((m.date for m in members if m.date is not None), None)
    votes = Counter((d.start, d.end, d.granularity, d.mod) for d, _ in dated)

    def rank(item: tuple[DateSpan, bool]) -> tuple:
        d, news = item
        return (
            _GRAN_RANK.get(d.granularity, 9),
            news,
            d.mod is not None,
            -votes[(d.start, d.end, d.granularity, d.mod)],
            -((d.end or d.start) - d.start).days,  # type: ignore[operator]
            d.start,
        )

    return min(dated, key=rank)[0]


def _best_place(members: Sequence[Event]) -> Place | None:
    places = [m.place for m in members if m.place is not None and (m.place.city or m.place.country)]
    if not places:
        return None
    votes = Counter((_norm(p.city), p.country) for p in places)
    return min(places, key=lambda p: (p.city is None, p.country is None, -votes[(_norm(p.city), p.country)], _norm(p.city)))


def _merge_participants(ordered: Sequence[Event]) -> tuple[Participant, ...]:
    groups: list[list[Participant]] = []
    index: dict[tuple[str, str], int] = {}
    person_groups: list[tuple[_Person, int]] = []
    for e in ordered:
        for p in e.participants:
            if p.kind == "person":
                tokens = _person_tokens(p.name)
                me = _Person(frozenset(tokens), tokens[-1] if tokens else _norm(p.name), p.country, p.name)
                for other, g in person_groups:
                    if _same_person(me, other):
                        groups[g].append(p)
                        break
                else:
                    person_groups.append((me, len(groups)))
                    groups.append([p])
                continue
            key = p.key if p.kind == "country" else (p.kind, _norm(p.name))
            if key in index:
                groups[index[key]].append(p)
            else:
                index[key] = len(groups)
                groups.append([p])
    merged = []
    for g in groups:
        roles = _count(p.role for p in g if p.role != "participant")
        role = min(roles, key=lambda r: (-roles[r], _ROLE_RANK[r])) if roles else "participant"
        first = g[0]
        if first.kind == "person":
            name = max((p.name for p in g), key=lambda n: (len(_person_tokens(n)), len(n)))
            titles = _count(p.title for p in g if p.title)
            countries = _count(p.country for p in g if p.country)
            merged.append(
                Participant.person(
                    name,
                    title=min(titles, key=lambda t: (-titles[t], t)) if titles else None,
                    country=min(countries, key=lambda c: (-countries[c], c)) if countries else None,
                    role=role,
                )
            )
        else:
            merged.append(attrs.evolve(first, role=role))
    return tuple(merged)


def _count(items: Iterable[str]) -> dict[str, int]:
    """How often each item occurs, in the order of first occurrence (a plain Counter)."""
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def _merge(members: Sequence[Event], published: Mapping[str, datetime.date]) -> Event:
    types = Counter(m.event_type for m in members)
    top = max(types.values())
    ordered = sorted(members, key=_informativeness)  # stable: members are already sorted
    main_type = next(m.event_type for m in ordered if types[m.event_type] == top)
    best = next(m for m in ordered if m.event_type == main_type)
    named = next((m for m in ordered if m.name), None)
    edition = next((m.edition for m in ordered if m.edition is not None), None)
    orgs = sorted({o for m in members for o in m.organizations})
    if published and any(m.source in published for m in members):
        latest = max(
            members,
            key=lambda m: (published.get(m.source or "", datetime.date.min), _STATUS_RANK[m.status]),
        )
        status = latest.status
    else:
        status = max((m.status for m in members), key=_STATUS_RANK.__getitem__)
    evidence = tuple(ev for m in members for ev in m.evidence)
    return attrs.evolve(
        best,
        name=named.name if named else None,
        edition=edition,
        organizations=orgs,
        participants=_merge_participants([best] + [m for m in ordered if m is not best]),
        place=_best_place(ordered),
        date=_best_date(ordered, published),
        status=status,
        evidence=evidence,
        source=None,
    )


# --------------------------------------------------------------------------- link


def _as_date(value: Any, source: str) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputValueError(f"published[{source!r}] must be a date or an ISO date string, got {value!r}")


def link(
    records: Iterable[Event],
    *,
    explain: bool = True,
    published: Mapping[str, datetime.date | str] | None = None,
    compatible: Iterable[Iterable[str]] = (),
    tolerance_days: int = 0,
) -> list[EventCluster]:
    """Group records of the same real-world event, from different articles, into clusters.

    Two records are linked when nothing rules it out (same type or a declared compatible
    one; overlapping dates, or a coarse date containing the other; no different city,
    country, edition or organizations; for meetings, visits and signings one side's
    countries a subset of the other's; for signings no different parties, document
    titles or subjects, the subject read from the title and the evidence text) and something ties them (a shared participant, person by surname, side or
    organization, or names sharing half their words; an undated record needs shared name
    words, or the same city and a shared participant). Links are applied strongest first
    and only when the two clusters stay compatible as wholes, so a month-level record
    never joins two different day-level events. Every record is in exactly one cluster.

    Records are blocked by type group, day (day/week dates) or month (coarser dates, up
    to 13 months) and a shared anchor (country, organization, person name token, name
    word); undated records by name word or city plus actor. The work grows with the
    number of records that share a block, not with all pairs.

    Args:
        records: :class:`~eurasia_events.events.Event` records, with ``source`` set.
        explain: record the reasons of each link in ``EventCluster.reasons``.
        published: publication date per source; with it the timeline is in publication
            order, the merged status is that of the latest-published member, and a record
            without a day-level date is taken to describe an event within days of its
            article (past: ``PAST_WINDOW_DAYS`` before, planned: ``PLANNED_WINDOW_DAYS``
            after, ongoing: ``ONGOING_WINDOW_DAYS`` around): a day-level record in that
            window ties it ("published 2024-05-14, 1 day after") and outranks others. A
            record dated only by its publication day (one day, equal to it, ``date.text``
            None: the spec's day's news) gets that window instead of the exact day. A
            record with a window reported as past cannot be of a later event, one planned
            not of an earlier one, and one with no date of its own not of an event more
            than ``UNDATED_REACH_DAYS`` beyond its window.
        compatible: groups of type names that may describe the same event, e.g.
            ``[("Summit", "Meeting")]``; by default every type links only with itself.
        tolerance_days: how many days apart two dates may be and still overlap.

    Returns:
        The clusters, sorted by date, type and id.

    Raises:
        InputTypeError: a record is not an Event.
        InputValueError: a negative ``tolerance_days`` or an unreadable publication date.

    Example:
        >>> from eurasia_events.events import Forum
        >>> [len(c.records) for c in link([Forum(name="Baku Energy Forum", source="x"),
        ...                                Forum(name="Baku Energy Week Forum", source="y"),
        ...                                Forum(name="Tashkent Investment Forum", source="z")])]
        [2, 1]

    .. versionadded:: 0.1.0
    """
    # Linking builds a great many small long-lived objects (features, blocks, candidate
    # lists) and no reference cycles: with the cyclic garbage collector on, its full
    # passes over them and the caller's records took a third of the time.
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _link(records, explain, published, compatible, tolerance_days)
    finally:
        if enabled:
            gc.enable()


def _link(
    records: Iterable[Event],
    explain: bool,
    published: Mapping[str, datetime.date | str] | None,
    compatible: Iterable[Iterable[str]],
    tolerance_days: int,
) -> list[EventCluster]:
    records = list(records)
    for n, r in enumerate(records):
        if not isinstance(r, Event):
            raise InputTypeError(f"link() needs Event records; item {n} is a {type(r).__name__}: {r!r:.80}")
    if not isinstance(tolerance_days, int) or tolerance_days < 0:
        raise InputValueError(f"tolerance_days must be an integer >= 0, got {tolerance_days!r}")
    pub = {str(k): _as_date(v, str(k)) for k, v in (published or {}).items()}
    group_of: dict[str, str] = {}
    group_types: dict[str, list[str]] = defaultdict(list)
    for names in compatible:
        names = sorted(set(names))
        for name in names:
            group_of[name] = names[0]
    for name, g in group_of.items():
        group_types[g].append(name)
    rules = _Rules(tolerance_days, _SIDED_DEFAULT, _SIGNING_DEFAULT)

    ids = [r.id for r in records]

    def full_key(k: int) -> tuple:
        return (
            ids[k],
            records[k].source or "",
            records[k].status,
            [(e.start, e.end) for e in records[k].evidence],
            [(p.title or "", p.name) for p in records[k].participants],
        )

    # by the full key: by its first three parts, then the (rare) runs of equal ones by all
    heads = [(ids[k], r.source or "", r.status) for k, r in enumerate(records)]
    order = sorted(range(len(records)), key=heads.__getitem__)
    start = 0
    for end in range(1, len(order) + 1):
        if end == len(order) or heads[order[end]] != heads[order[start]]:
            if end - start > 1:
                order[start:end] = sorted(order[start:end], key=full_key)
            start = end
    recs = [records[k] for k in order]
    rec_ids = [ids[k] for k in order]
    feats = []
    for r in recs:
        g = group_of.get(r.event_type, r.event_type)
        f = _features(r, g, r.event_type in rules.signing)
        if r.source is not None and r.source in pub:
            if _news_day(r, pub[r.source]):
                _set_news_window(f, r.status, pub[r.source])
            else:
                _set_window(f, r.status, pub[r.source])
        feats.append(f)
    kinds = {g: rules.kind(group_types.get(g) or [g]) for g in {f.group for f in feats}}

    strong: list[tuple[int, int, int]] = []
    weak: dict[int, list[tuple[int, int]]] = defaultdict(list)
    specific = [rules.specific(f) for f in feats]
    n_recs = len(feats)
    conflict = rules.conflict
    pairs = _candidate_pairs(feats, tolerance_days)
    by_source: dict[str, list[int]] = defaultdict(list)  # the records of each article
    for k, r in enumerate(recs):
        if r.source is not None:
            by_source[r.source].append(k)
    # a vague record whose article has other records keeps its conflict-free candidates
    # that nothing else ties: the story may (below)
    companions = [r.source is not None and len(by_source[r.source]) > 1 for r in recs]
    for pair in pairs:
        i, j = divmod(pair, n_recs)
        a, b = feats[i], feats[j]
        if a.city and b.city and a.city != b.city:
            continue  # the commonest conflict, checked here first
        if conflict(a, b, kinds[a.group]) is not None:
            continue
        ev = rules.evidence(a, b, False)
        if ev is None:
            if companions[i] and not specific[i]:
                weak[i].append((0, j))
            if companions[j] and not specific[j]:
                weak[j].append((0, i))
            continue
        if specific[i] and specific[j]:
            strong.append((-ev[0], i, j))
        else:
            if not specific[i]:
                weak[i].append((ev[0], j))
            if not specific[j]:
                weak[j].append((ev[0], i))
    strong.sort()

    parent = list(range(len(recs)))
    size = [1] * len(recs)  # records per cluster (by root)
    notes: dict[tuple[int, int], str] = {}  # why a vague record joined, beyond the evidence
    summary: dict[int, _Feat] = {}
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(i: int, j: int) -> bool:
        ri, rj = find(i), find(j)
        if ri == rj:
            return False
        si, sj = summary.get(ri, feats[ri]), summary.get(rj, feats[rj])
        if rules.conflict(si, sj, kinds[si.group]) is not None:
            return False
        root, other = (ri, rj) if ri < rj else (rj, ri)
        parent[other] = root
        size[root] += size[other]
        summary[root] = _merge_feat(si, sj)
        summary.pop(other, None)
        links[root].extend(links.pop(other, []))
        links[root].append((min(i, j), max(i, j)))
        return True

    def joinable(roots: list[int]) -> bool:
        """Whether clusters could all be one event (no two of them conflict)."""
        merged = summary.get(roots[0], feats[roots[0]])
        for r in roots[1:]:
            other = summary.get(r, feats[r])
            if rules.conflict(merged, other, kinds[merged.group]) is not None:
                return False
            if merged.words and other.words and not (merged.words & other.words):
                return False  # two differently named events: a vague record joins neither
            merged = _merge_feat(merged, other)
        return True

    # 1. Links between specific records, strongest first.
    for _neg, i, j in strong:
        union(i, j)
    # 2. A vague record (no day-level date, one side only, an untitled signing...) joins
    #    a cluster that holds a specific record only when all its candidates of that kind
    #    are in that one cluster; with no such candidate, it joins its vague partners.
    anchored = {find(k) for k in range(len(recs)) if specific[k]}

    def decide(v: int) -> tuple[tuple, list[tuple[int, int]], str | None] | None:
        """Where vague record ``v`` goes: (priority, [(score, record)...], what besides
        the evidence decided it) or None."""
        here = find(v)
        if here in anchored:
            return None
        by_root: dict[int, tuple[int, int]] = {}
        for score, o in weak[v]:
            r = find(o)
            if r != here and (r not in by_root or (-score, o) < (-by_root[r][0], by_root[r][1])):
                by_root[r] = (score, o)
        # a cluster that conflicts with this record's cluster as a whole (another member
        # names a different city, other persons, another article's record...) is no candidate
        mine = summary.get(here, feats[here])
        for r in list(by_root):
            theirs = summary.get(r, feats[r])
            if rules.conflict(mine, theirs, kinds[mine.group]) is not None:
                del by_root[r]
                continue
            # the cluster as a whole may tie more than its best single member (one member
            # gives the edition, another the city)
            whole = rules.evidence(mine, theirs, False)
            if whole is not None and whole[0] > by_root[r][0]:
                by_root[r] = (whole[0], by_root[r][1])
        told: set[int] = set()  # candidates the story lifted
        if by_root:
            # the story: a candidate that articles reporting another event of this
            # record's article also report (the visit's talks; the summit's sidelines)
            story: set[str] = set()
            for src in mine.sources:
                for w in by_source[src]:
                    rw = find(w)
                    if rw != here:
                        story |= summary.get(rw, feats[rw]).sources
            story -= mine.sources
            if story:
                for r in by_root:
                    if not story.isdisjoint(summary.get(r, feats[r]).sources):
                        by_root[r] = (by_root[r][0] + _STORY_BONUS, by_root[r][1])
                        told.add(r)
        for r in [r for r in by_root if by_root[r][0] <= 0]:
            del by_root[r]  # conflict-free, but tied neither by evidence nor by the story
        strong_roots = sorted((r for r in by_root if r in anchored), key=lambda r: (-by_root[r][0], by_root[r][1]))
        ranked = strong_roots or sorted(by_root, key=lambda r: (-by_root[r][0], by_root[r][1]))
        if not ranked:
            return None
        best = by_root[ranked[0]][0]
        lead = best - by_root[ranked[1]][0] if len(ranked) > 1 else 10**6
        margin = _MARGIN if feats[v].words or feats[v].subject or feats[v].group not in rules.signing else 10**6
        note = None
        if lead >= margin:
            targets = [by_root[ranked[0]]]
            if ranked[0] in told:
                note = "the same story: articles that report another event of its article report this one"
        elif (covered := _most_covered(ranked, by_root, size, margin)) is not None:
            root, runner_up = covered
            targets = [by_root[root]]
            note = f"more widely reported than the other candidate(s): {size[root]} records against {runner_up}"
        elif len(ranked) <= _MAX_JOINT and joinable(ranked):
            targets = [by_root[r] for r in ranked]
        else:
            return None
        # surest first: one candidate, then the widest lead, then the best score
        return (-min(lead, 10**6), -best, bool(not strong_roots), v), targets, note

    for _pass in range(3):
        changed = False
        order = sorted((d[0], v) for v in weak if (d := decide(v)) is not None)
        for _key, v in order:
            d = decide(v)  # earlier joins of this pass may have changed the candidates
            if d is None:
                continue
            for _score, o in d[1]:
                was = find(o) in anchored or find(v) in anchored
                if union(v, o):
                    changed = True
                    if d[2] is not None:
                        notes[(min(v, o), max(v, o))] = d[2]
                    if was:
                        anchored.add(find(v))
        if not changed:
            break

    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(recs)):
        members[find(k)].append(k)
    clusters = []
    cluster_ids = []
    for root, ks in members.items():
        ms = [recs[k] for k in ks]  # already in the deterministic order
        pos = {k: n for n, k in enumerate(ks)}
        reasons: tuple[LinkReason, ...] = ()
        if explain:
            out = []
            for i, j in sorted(links.get(root, []), key=lambda p: (pos[p[0]], pos[p[1]])):
                ev = rules.evidence(feats[i], feats[j], True)
                why = [f"same type {recs[i].event_type}" if recs[i].event_type == recs[j].event_type
                       else f"compatible types {recs[i].event_type}, {recs[j].event_type}"]
                out.append(LinkReason(pos[i], pos[j], tuple(why + (ev[1] if ev else []) + ([notes[(i, j)]] if (i, j) in notes else []))))
            reasons = tuple(out)
        timeline = [TimelineEntry(m.source, m.status, m.date, pub.get(m.source or "")) for m in ms]
        if pub:
            timeline.sort(key=lambda t: (t.published or datetime.date.max, _STATUS_RANK[t.status], t.source or ""))
        else:
            timeline.sort(key=lambda t: (_STATUS_RANK[t.status], t.source or ""))
        event = _merge(ms, pub) if len(ms) > 1 else ms[0]
        clusters.append(EventCluster(event=event, records=tuple(ms), reasons=reasons, timeline=tuple(timeline)))
        cluster_ids.append(event_id(event) if len(ms) > 1 else rec_ids[ks[0]])  # the cluster's id

    def cluster_key(n: int) -> tuple:
        d = clusters[n].event.date
        return (d is None or d.start is None, d.start if d and d.start else datetime.date.min,
                clusters[n].event.event_type, cluster_ids[n])

    return [clusters[n] for n in sorted(range(len(clusters)), key=cluster_key)]
