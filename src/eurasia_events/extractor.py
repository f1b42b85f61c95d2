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
from typing import Any, Callable, Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .assembly import assemble
from .errors import InputTypeError
from .events import Event
from .mentions import MentionFinder, Mentions
from .merging import merge
from .normalize import to_events
from .pipeline import make_nlp
from .rules import Rule, builtin_rules, load_rules

__all__ = ["Extractor", "extract", "default_extractor"]


def _check_text(text: Any, argument: str = "text") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise InputTypeError(
            f"{argument} must be a str, got {type(text).__name__}; decode it first, e.g. {argument}.decode('utf-8')"
        )
    raise InputTypeError(f"{argument} must be a str, got {type(text).__name__}: {text!r:.60}")


class Extractor:
    """Extracts event records from English news text.

    Args:
        model: ``None`` (default) for ``spacy.blank("en")`` with a rule-based
            sentencizer; or the name of an installed spaCy pipeline
            (``"en_core_web_sm"``), or a :class:`spacy.language.Language`, whose
            sentences and PERSON entities are then used.
        rules: extra rule files (paths) or :class:`~eurasia_events.rules.Rule` objects.
        gazetteer: a :class:`~eurasia_events.Gazetteer`; by default a private copy of
            the bundled one, so additions stay in this Extractor.
        date_finder: replaces the date stage; a callable ``(doc, published) ->
            list[DateMention]`` (see :func:`eurasia_events.dates.find_dates`).

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
    ) -> None:
        self.nlp = make_nlp(model)
        if gazetteer is None:
            from .gazetteer import Gazetteer

            gazetteer = Gazetteer.default().copy()
        self.gazetteer = gazetteer
        self.finder = MentionFinder(self.nlp.vocab, builtin_rules(), gazetteer, date_finder)
        for item in rules:
            if isinstance(item, Rule):
                self.finder.add_rules([item])
            else:
                self.add_rules(item)

    # -- rules -------------------------------------------------------------------
    def add_rules(self, source: str | Path | Iterable[Mapping[str, Any]]) -> list[Rule]:
        """Load rules from a JSONL file or rule objects and use them from now on."""
        rules = load_rules(source)
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
            PublishedDateError: ``published`` cannot be read as a date.
        """
        text = _check_text(text)
        from .dates import coerce_published

        day = coerce_published(published)
        if not text.strip():
            return []
        doc = self.nlp(text)
        return self.events_from_doc(doc, day, source=source)

    __call__ = extract

    def events_from_doc(self, doc: Doc, published: datetime.date | None = None, *, source: str | None = None) -> list[Event]:
        """The event records of an already processed Doc (stages 1 to 5)."""
        mentions = self.mentions(doc, published)
        candidates = assemble(doc, mentions)
        drafts = merge(candidates)
        return to_events(drafts, mentions, doc.text, published, self.gazetteer, source=source)

    def mentions(self, doc: Doc, published: datetime.date | None = None) -> Mentions:
        """Stage 1 alone: the trigger, actor, place and date mentions of a Doc."""
        return self.finder.find(doc, published)


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
