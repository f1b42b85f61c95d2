"""The :class:`Extractor`: one spaCy pipeline plus the library's rules and data.

Example:
    >>> import eurasia_events as ee
    >>> text = ("ASTANA, July 4. The leaders of Kazakhstan and Uzbekistan held talks "
    ...         "in Astana on July 4, 2024.")
    >>> [e.type for e in ee.Extractor().extract(text)]
    ['Meeting']
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from ..text.tokens import words as doc_words
from .assembly import assemble
from ..errors import EurasiaEventsError, InputTypeError, InputValueError
from ..model.events import Event
from .mentions import MentionFinder, Mentions
from .coreference import corefer
from .sides import drop_home_hosts, next_session_sides, resolve_groups
from .merging import merge
from .normalize import to_events
from ..text.pipeline import check_unicode, make_nlp
from .rules import Rule, builtin_rules, load_rules

__all__ = ["Extractor", "ExtractionError", "extract", "default_extractor"]


@attrs.frozen
class ExtractionError:
    """What :meth:`Extractor.pipe` yields for a failed item with ``on_error="record"``."""

    index: int
    error: BaseException
    context: Any = None

    def __str__(self) -> str:
        return f"item {self.index}: {type(self.error).__name__}: {self.error}"


def _check_text(text: Any, argument: str = "text") -> str:
    if isinstance(text, str):
        return check_unicode(text, argument)
    if isinstance(text, (bytes, bytearray)):
        raise InputTypeError(
            f"{argument} must be a str, got {type(text).__name__}; decode it first, e.g. {argument}.decode('utf-8')"
        )
    raise InputTypeError(f"{argument} must be a str, got {type(text).__name__}: {text!r:.60}")


class Extractor:
    """Extracts event records from English news text.

    Args:
        model: ``None`` (default) for ``spacy.blank("en")`` with the library's
            sentence rules for news text; or the name of an installed spaCy pipeline
            (``"en_core_web_sm"``), or a :class:`spacy.language.Language`, whose
            sentences and PERSON entities are then used.
        rules: extra rule files (paths) or :class:`~eurasia_events.extraction.rules.Rule` objects.
        gazetteer: a :class:`~eurasia_events.Gazetteer`; by default a private copy of
            the bundled one, so additions stay in this Extractor.
        date_finder: replaces the date stage; a callable ``(doc, published) ->
            list[DateMention]`` (see :func:`eurasia_events.dates.find_dates`).
        types: extract only these event types (names or classes); None for all.
        exclude: event types not to extract.
        plugins: plugin names or objects to load (entry-point group
            ``eurasia_events.plugins``), or ``"all"`` for every installed plugin.
        postprocess: callables ``(event, doc) -> event | None`` applied to every
            record, in order (fill a custom type's extra fields; return None to drop).

    Example:
        >>> ex = Extractor()
        >>> ex("Nothing happened today.")
        []
    """

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        rules: Iterable[str | Path | Rule] = (),
        gazetteer: Any = None,
        date_finder: Callable[[Doc, datetime.date | None], Sequence[Any]] | None = None,
        types: Iterable[str | type[Event]] | None = None,
        exclude: Iterable[str | type[Event]] = (),
        plugins: Iterable[Any] | str | None = None,
        postprocess: Callable[[Event, Doc], Event | None] | Iterable[Callable[[Event, Doc], Event | None]] | None = None,
    ) -> None:
        # Sentences and tokens always come from blank English with the library's sentence
        # rules; a trained pipeline, when given, adds its named entities (PERSON, ORG...) by
        # character offsets. So the trained mode can only add evidence, never lose any.
        self.nlp = make_nlp(None)
        self.model = None if model is None else make_nlp(model)
        if gazetteer is None:
            from ..gazetteer import Gazetteer

            gazetteer = Gazetteer.default().copy()
        self.gazetteer = gazetteer
        #: texts longer than this are extracted piece by piece (paragraph-aligned), see extract()
        self.max_chars = 100_000
        self.postprocess = [] if postprocess is None else [postprocess] if callable(postprocess) else list(postprocess)
        self.types = None if types is None else frozenset(_type_name(t) for t in types)
        self.exclude = frozenset(_type_name(t) for t in exclude)
        self.finder = MentionFinder(self.nlp.vocab, self._allowed(builtin_rules()), gazetteer, date_finder)
        for item in rules:
            if isinstance(item, Rule):
                self.finder.add_rules(self._allowed([item]))
            else:
                self.add_rules(item)
        if plugins is not None:
            from .plugins import load_plugins

            for plugin in load_plugins(plugins):
                plugin.apply(self)

    def _allowed(self, rules: Iterable[Rule]) -> list[Rule]:
        return [r for r in rules if r.type not in self.exclude and (self.types is None or r.type in self.types)]

    # -- rules -------------------------------------------------------------------
    def add_rules(self, source: str | Path | Iterable[Mapping[str, Any]]) -> list[Rule]:
        """Load rules from a JSONL file or rule objects and use them from now on."""
        rules = self._allowed(load_rules(source))
        self.finder.add_rules(rules)
        return rules

    def add_triggers(
        self,
        event_type: str | type[Event],
        patterns: Iterable[str | list[dict[str, Any]]],
        *,
        roles: Mapping[str, str] | None = None,
        anchor: str | None = None,
        document: str | None = None,
    ) -> list[Rule]:
        """Add trigger phrases or spaCy token patterns for an event type.

        Args:
            event_type: a type name or an :class:`Event` subclass.
            patterns: phrases ("joint drills") or token patterns
                (``[{"LOWER": "drills"}]``).
            roles: role hints, e.g. ``{"before": "visitor", "after": "host"}``.
            anchor: ``"noun"`` or ``"verb"`` (default: noun for phrases).
            document: for signing types, the kind of document.
        """
        name = event_type if isinstance(event_type, str) else event_type.event_type
        items = []
        for pattern in patterns:
            item: dict[str, Any] = {"type": name, "pattern": pattern}
            if roles:
                item["roles"] = dict(roles)
            if anchor:
                item["anchor"] = anchor
            if document:
                item["document"] = document
            items.append(item)
        return self.add_rules(items)

    @property
    def rules(self) -> list[Rule]:
        """Every trigger rule in use, built-in first."""
        return list(self.finder.rules)

    # -- extraction --------------------------------------------------------------
    def extract(self, text: str, published: datetime.date | datetime.datetime | str | None = None, *, source: str | None = None) -> list[Event]:
        """The event records of one article.

        Args:
            text: the article text.
            published: its publication date (date, datetime or ISO string); anchors
                relative dates ("today", "next year") and decides the status.
            source: an id for the article, copied into each record's ``source``.

        Raises:
            InputTypeError: ``text`` is not a str.
            InputValueError: ``text`` holds a surrogate code point (no Unicode text).
            PublishedDateError: ``published`` cannot be read as a date.
        """
        text = _check_text(text)
        from ..dates import coerce_published

        return self._extract_text(text, coerce_published(published), source)

    def _extract_text(self, text: str, day: datetime.date | None, source: str | None) -> list[Event]:
        """:meth:`extract` of a checked text and date."""
        if not text.strip():
            return []
        if len(text) > self._limit():
            return self._extract_long(text, day, source)
        doc = self.nlp(text)
        if self.model is not None:
            _copy_entities(self.model(text), doc)
        return self.events_from_doc(doc, day, source=source)

    def _limit(self) -> int:
        return max(1, min(self.max_chars, self.nlp.max_length - 1))

    def _extract_long(self, text: str, day: datetime.date | None, source: str | None) -> list[Event]:
        """A text over ``max_chars``: paragraph-aligned pieces, each extracted on its own
        (memory stays bounded), evidence offsets shifted back onto the whole text."""
        from ..text.chunking import chunks

        events: list[Event] = []
        for offset, piece in chunks(text, self._limit()):
            if not piece.strip():
                continue
            doc = self.nlp(piece)
            if self.model is not None:
                _copy_entities(self.model(piece), doc)
            for event in self.events_from_doc(doc, day, source=source):
                shifted = tuple(attrs.evolve(ev, start=ev.start + offset, end=ev.end + offset) for ev in event.evidence)
                events.append(attrs.evolve(event, evidence=shifted))
        return events

    __call__ = extract

    def pipe(
        self,
        texts: Iterable[str] | Iterable[tuple[str, Any]],
        published: datetime.date | datetime.datetime | str | None = None,
        *,
        as_tuples: bool = False,
        batch_size: int = 64,
        n_process: int = 1,
        on_error: str = "raise",
    ) -> Iterator[Any]:
        """Extract from many articles, yielding results in input order.

        Built on :meth:`spacy.language.Language.pipe` in one process, on a process pool
        with ``n_process`` > 1 (see the Scaling page of the docs for why not spaCy's).

        Args:
            texts: article texts, or ``(text, context)`` tuples with ``as_tuples=True``.
                A context that is a mapping may hold ``"published"`` and ``"source"``
                for that article; any context is yielded back unchanged.
            published: publication date for every article without its own.
            as_tuples: yield ``(events, context)`` pairs instead of event lists.
            batch_size: texts per spaCy batch.
            n_process: worker processes (-1: one per CPU). With
                more than one, every stage (tokenizer, trained model, rules) runs in the
                workers, each holding a copy of this Extractor, and the records come
                back in input order; postprocess hooks run in the workers too.
            on_error: ``"raise"`` (default) stops at the first bad item;
                ``"skip"`` yields ``[]`` for it; ``"record"`` yields an
                :class:`ExtractionError` object (``.index``, ``.error``) in its place.

        Example:
            >>> ex = Extractor()
            >>> [len(r) for r in ex.pipe(["", "Nothing here."])]
            [0, 0]
        """
        if on_error not in ("raise", "skip", "record"):
            raise InputValueError(f"on_error must be 'raise', 'skip' or 'record', got {on_error!r}")
        from ..dates import coerce_published

        default_day = coerce_published(published)
        items = ((t, c) for t, c in texts) if as_tuples else ((t, None) for t in texts)
        def prepare() -> Iterator[tuple[str, tuple[int, Any, datetime.date | None, str | None, BaseException | None]]]:
            for index, (text, context) in enumerate(items):
                day, source, error = default_day, None, None
                try:
                    text = _check_text(text)
                    if isinstance(context, Mapping):
                        if context.get("published") is not None:
                            day = coerce_published(context["published"], argument="context['published']")
                        source = context.get("source")
                except EurasiaEventsError as err:
                    if on_error == "raise":
                        raise
                    error, text = err, ""
                if error is None and len(text) > self._limit():
                    error, text = _Long(text), ""  # handled outside nlp.pipe, piece by piece
                yield text, (index, context, day, source, error)

        if n_process != 1:  # whole articles, trained model included, in worker processes
            yield from self._pipe_in_workers(prepare(), as_tuples, n_process, batch_size, on_error)
            return
        docs = self.nlp.pipe(prepare(), as_tuples=True, batch_size=batch_size)
        if self.model is not None:
            docs = self._with_model(docs, batch_size)
        for doc, (index, context, day, source, error) in docs:
            result: Any
            if isinstance(error, _Long):
                long_text, error = error.text, None
                try:
                    result = self._extract_long(long_text, day, source)
                except Exception as err:  # one bad article must not kill the batch
                    if on_error == "raise":
                        raise
                    error = err
            elif error is None:
                try:
                    result = self.events_from_doc(doc, day, source=source) if len(doc) and not all(t.is_space for t in doc) else []
                except Exception as err:  # one bad article must not kill the batch
                    if on_error == "raise":
                        raise
                    error = err
            if error is not None:
                result = [] if on_error == "skip" else ExtractionError(index, error, context)
            yield (result, context) if as_tuples else result

    def _pipe_in_workers(self, prepared: Iterator[tuple[str, Any]], as_tuples: bool, n_process: int, batch_size: int, on_error: str) -> Iterator[Any]:
        from ._parallel import extract_in_workers

        def items() -> Iterator[tuple[str | None, datetime.date | None, str | None, Any]]:
            for text, (index, context, day, source, error) in prepared:
                if isinstance(error, _Long):
                    text, error = error.text, None
                yield (text if error is None else None), day, source, (index, context, error)

        for outcome, (index, context, error) in extract_in_workers(self, items(), n_process, batch_size):
            if isinstance(outcome, BaseException):
                if on_error == "raise":
                    raise outcome
                error = outcome
            result: Any = outcome
            if error is not None:
                result = [] if on_error == "skip" else ExtractionError(index, error, context)
            yield (result, context) if as_tuples else result

    def _with_model(self, docs: Iterator[tuple[Doc, Any]], batch_size: int) -> Iterator[tuple[Doc, Any]]:
        import itertools

        while True:
            batch = list(itertools.islice(docs, batch_size))
            if not batch:
                return
            for (doc, ctx), tdoc in zip(batch, self.model.pipe((d.text for d, _ in batch), batch_size=batch_size)):
                _copy_entities(tdoc, doc)
                yield doc, ctx

    def extract_many(self, texts: Iterable[str], published: datetime.date | datetime.datetime | str | None = None, **kwargs: Any) -> list[list[Event]]:
        """:meth:`pipe` as a list."""
        return list(self.pipe(texts, published, **kwargs))

    def events_from_doc(self, doc: Doc, published: datetime.date | None = None, *, source: str | None = None) -> list[Event]:
        """The event records of an already processed Doc (stages 1 to 5)."""
        mentions = self.mentions(doc, published)
        candidates = assemble(doc, mentions)
        drafts = merge(candidates)
        # "the two leaders": before coreference compares people
        resolve_groups(drafts, self.gazetteer, people=[m for m in mentions.actors if m.kind == "person"])
        drop_home_hosts(drafts)
        next_session_sides(drafts)
        drafts = corefer(drafts)
        events = to_events(drafts, mentions, doc_words(doc).string, published, self.gazetteer, source=source)
        # a trigger's type may change with its sentence ("the leaders of the SCO met": a summit)
        events = [e for e in events if e.type not in self.exclude and (self.types is None or e.type in self.types)]
        for hook in self.postprocess:
            events = [e for e in (hook(x, doc) for x in events) if e is not None]
        return events

    def mentions(self, doc: Doc, published: datetime.date | None = None) -> Mentions:
        """Stage 1 alone: the trigger, actor, place and date mentions of a Doc."""
        return self.finder.find(doc, published)


@attrs.frozen
class _Long:
    """Marks a text too long for one Doc while it passes through ``nlp.pipe``."""

    text: str


def _copy_entities(source: Doc, target: Doc) -> None:
    """Put the entities of a trained pipeline's Doc on the blank Doc of the same text."""
    spans = []
    for ent in source.ents:
        span = target.char_span(ent.start_char, ent.end_char, label=ent.label_, alignment_mode="expand")
        if span is not None and (not spans or span.start >= spans[-1].end):
            spans.append(span)
    target.set_ents(spans)


def _type_name(value: str | type[Event]) -> str:
    return value if isinstance(value, str) else value.event_type


@functools.lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The shared default :class:`Extractor`, built on first use."""
    return Extractor()


def extract(text: str, published: datetime.date | datetime.datetime | str | None = None, *, source: str | None = None) -> list[Event]:
    """Extract event records from one article with the default :class:`Extractor`.

    Example:
        >>> import eurasia_events as ee
        >>> events = ee.extract("Kazakhstan hosted the SCO summit in Astana on July 4, 2024.",
        ...                     published="2024-07-05")
        >>> events[0].type, events[0].place.city, events[0].date.start.isoformat()
        ('Summit', 'Astana', '2024-07-04')
    """
    text = _check_text(text)
    return default_extractor().extract(text, published, source=source)
