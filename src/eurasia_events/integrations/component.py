"""The ``eurasia_events`` spaCy component: event records in ``doc._.events``.

Add it to any English pipeline, blank or trained; it runs stages 1 to 5 of an
:class:`~eurasia_events.Extractor` on the Docs the pipeline makes::

    nlp = spacy.blank("en")            # or spacy.load("en_core_web_sm")
    nlp.add_pipe("eurasia_events")
    doc = nlp.make_doc(text)
    doc._.published = "2024-07-05"     # optional: anchors relative dates and the status
    doc = nlp(doc)
    doc._.events                       # == Extractor().extract(text, "2024-07-05")

As in the :class:`~eurasia_events.Extractor`, tokens and sentences always come from the
library's own blank English pipeline with its sentence rules for news text, run inside
the component on ``doc.text`` (nothing is added to your pipeline); the named entities
that earlier components of a trained pipeline set on the Doc are copied over by
character offsets, as ``Extractor(model=...)`` does. So ``doc._.events`` equals
``Extractor(model=<the pipeline without the component>).extract(doc.text)``.

The factory is declared as a ``spacy_factories`` entry point, so ``spacy.load`` of a
saved pipeline that contains it needs no prior import.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("eurasia_events")
    >>> doc = nlp("Kazakhstan hosted the SCO summit in Astana on July 4, 2024.")
    >>> [(e.type, e.place.city) for e in doc._.events]
    [('Summit', 'Astana')]

.. versionadded:: 0.1.0
"""

# No ``from __future__ import annotations`` here: spaCy validates the factory's
# keyword arguments against their (evaluated) type hints.

from pathlib import Path
from typing import Any, Iterable, List, Mapping, Optional, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers Doc._.events and Doc._.published)
from ..errors import InputValueError
from ..extraction.extractor import Extractor, _copy_entities
from ..extraction.rules import Rule, load_rules

__all__ = ["EventsComponent", "make_component", "FACTORY"]

FACTORY = "eurasia_events"
_RULES_FILE = "rules.jsonl"


@Language.factory(
    FACTORY,
    default_config={"rules": [], "types": None, "exclude": [], "plugins": None},
    assigns=["doc._.events"],
    requires=[],
)
def make_component(
    nlp: Language,
    name: str,
    *,
    rules: List[str],
    types: Optional[List[str]],
    exclude: List[str],
    plugins: Optional[Union[str, List[str]]],
) -> "EventsComponent":
    """Build the ``eurasia_events`` component (spaCy calls this from ``nlp.add_pipe``).

    Args:
        nlp: the pipeline the component is added to.
        name: the component's name in the pipeline.
        rules: paths of JSONL rule files to add to the built-in rules.
        types: extract only these event types (names); None (``null``) for all.
        exclude: event types not to extract.
        plugins: plugin names (entry-point group ``eurasia_events.plugins``),
            ``"all"``, or None for none.

    Returns:
        An :class:`EventsComponent`.

    Raises:
        RuleError: a rule file cannot be read or holds an invalid rule (file, line, problem).
        PluginError: an unknown plugin name (the message lists the installed ones).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> component = nlp.add_pipe("eurasia_events", config={"exclude": ["Forum"]})
        >>> sorted(component.exclude)
        ['Forum']

    .. versionadded:: 0.1.0
    """
    extra: List[Rule] = []
    for path in rules:
        extra.extend(load_rules(path))
    return EventsComponent(nlp, name, rules=extra, types=types, exclude=exclude, plugins=plugins)


class EventsComponent:
    """Runs the extractor on each Doc and writes the records to ``doc._.events``.

    Build it with ``nlp.add_pipe("eurasia_events", config={...})``; see
    :func:`make_component` for the options.

    Attributes:
        extractor: the :class:`~eurasia_events.Extractor` doing the work; its
            ``gazetteer`` is private to this component.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY,
        *,
        rules: Iterable[Rule] = (),
        types: Optional[Iterable[str]] = None,
        exclude: Iterable[str] = (),
        plugins: Optional[Union[str, Iterable[Any]]] = None,
    ) -> None:
        self.name = name
        self.types = None if types is None else tuple(types)
        self.exclude = tuple(exclude)
        self.plugins = plugins if plugins is None or isinstance(plugins, str) else tuple(plugins)
        self._extra: List[Rule] = []
        self.extractor = self._build(list(rules))

    def _build(self, rules: List[Rule]) -> Extractor:
        extractor = Extractor(
            rules=rules,
            types=self.types,
            exclude=self.exclude,
            plugins=self.plugins,
        )
        self._extra = list(rules)
        return extractor

    # -- processing ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Find the Doc's events and set ``doc._.events`` (reads ``doc._.published``)."""
        if not doc.text.strip():
            doc._.events = []
            return doc
        work = self.extractor.nlp(doc.text)
        if doc.has_annotation("ENT_IOB"):
            _copy_entities(doc, work)
        doc._.events = self.extractor.events_from_doc(work, doc._.published)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Process a stream of Docs (what ``nlp.pipe`` calls)."""
        for doc in docs:
            yield self(doc)

    # -- rules ---------------------------------------------------------------------
    @property
    def rules(self) -> List[Rule]:
        """The rules added to this component (from the config or :meth:`add_rules`);
        the built-in and plugin rules are in ``component.extractor.rules``."""
        return list(self._extra)

    def add_rules(self, source: Union[str, Path, Iterable[Union[Rule, Mapping[str, Any]]]]) -> List[Rule]:
        """Add rules from a JSONL file, rule dicts or :class:`Rule` objects.

        Returns:
            The rules added (after the component's ``types``/``exclude`` filter).

        Raises:
            RuleError: naming the file or entry and what is wrong.

        Example:
            >>> import spacy
            >>> nlp = spacy.blank("en")
            >>> component = nlp.add_pipe("eurasia_events")
            >>> [r.pattern for r in component.add_rules([{"type": "Visit", "pattern": "toured"}])]
            ['toured']
        """
        if isinstance(source, (str, Path)):
            new = load_rules(source)
        else:
            items = list(source)
            new = [r for r in items if isinstance(r, Rule)]
            dicts = [r for r in items if not isinstance(r, Rule)]
            new += load_rules(dicts) if dicts else []
        kept = self.extractor._allowed(new)
        self.extractor.finder.add_rules(kept)
        self._extra.extend(kept)
        return kept

    def remove(self, rule_id: str) -> None:
        """Remove the added rules with this ``id``.

        Raises:
            InputValueError: no added rule has this id (the message lists the ids).
        """
        kept = [r for r in self._extra if r.id != rule_id]
        if len(kept) == len(self._extra):
            ids = sorted({r.id for r in self._extra if r.id})
            raise InputValueError(f"no added rule has id {rule_id!r}; ids of added rules: {', '.join(ids) or '(none)'}")
        self.extractor = self._build(kept)

    def clear(self) -> None:
        """Remove every added rule (the built-in and plugin rules stay)."""
        self.extractor = self._build([])

    # -- serialization -------------------------------------------------------------
    def _rules_jsonl(self) -> str:
        return "".join(srsly.json_dumps(rule.to_dict()) + "\n" for rule in self._extra)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The added rules as bytes (rule objects inside msgpack)."""
        return srsly.msgpack_dumps({"rules": [rule.to_dict() for rule in self._extra]})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "EventsComponent":
        """Replace the added rules by those in ``data`` (from :meth:`to_bytes`)."""
        self.extractor = self._build(load_rules(srsly.msgpack_loads(data)["rules"]))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        """Write the added rules to ``path/rules.jsonl`` (the rule-file format)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / _RULES_FILE).write_text(self._rules_jsonl(), encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "EventsComponent":
        """Replace the added rules by those of ``path/rules.jsonl``."""
        file = Path(path) / _RULES_FILE
        if file.is_file():
            self.extractor = self._build(load_rules(file))
        return self
