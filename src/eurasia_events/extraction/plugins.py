"""Plugins: event types, rules and gazetteer entries shipped as a package.

A plugin is a :class:`Plugin` object that an installed package announces in the
entry-point group ``eurasia_events.plugins``::

    # the plugin package's pyproject.toml
    [project.entry-points."eurasia_events.plugins"]
    naval = "eurasia_naval:plugin"

The entry point names a :class:`Plugin` object or a callable that returns one. Loading
the plugin imports its module, which defines (and so registers) its event types.
``Extractor(plugins=["naval"])`` or ``plugins="all"`` then applies it: its rules are
added with :meth:`~eurasia_events.Extractor.add_rules`, its gazetteer entries go into
that extractor's private gazetteer, and its ``setup`` callable, if any, is called with
the extractor.

Example:
    >>> from eurasia_events import Extractor
    >>> from eurasia_events.extraction.plugins import Plugin
    >>> tours = Plugin("tours", rules=[{"type": "Visit", "pattern": "toured",
    ...                                 "roles": {"before": "visitor"}}])
    >>> ex = Extractor(plugins=[tours])
    >>> ex.rules[-1].pattern
    'toured'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import importlib.metadata
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

import attrs

from ..errors import GazetteerError, PluginError
from ..model.events import Event
from .rules import Rule, load_rules

try:
    from importlib.resources.abc import Traversable
except ImportError:  # Python 3.10
    from importlib.abc import Traversable

if TYPE_CHECKING:
    from .extractor import Extractor

__all__ = ["GROUP", "Plugin", "PluginError", "load_plugins", "installed_plugins"]

#: The entry-point group plugins are announced in.
GROUP = "eurasia_events.plugins"

_GAZETTEER_METHODS = {
    "country_alias": "add_country_alias",
    "city": "add_city",
    "organization": "add_organization",
    "person": "add_person",
}


def _as_path(source: Any) -> Path | None:
    if isinstance(source, (str, PathLike)):
        return Path(source)
    if isinstance(source, Traversable):
        return Path(str(source))
    return None


def _rules(source: Any) -> tuple[Rule, ...]:
    if source is None:
        return ()
    path = _as_path(source)
    if path is not None:
        return tuple(load_rules(path))
    items = list(source)
    out: list[Rule] = []
    for i, item in enumerate(items):
        out.append(item if isinstance(item, Rule) else Rule.from_dict(item, origin=f"plugin rule #{i}"))
    return tuple(out)


def _types(value: Iterable[Any]) -> tuple[type[Event], ...]:
    out = tuple(value)
    for item in out:
        if not (isinstance(item, type) and issubclass(item, Event)):
            raise PluginError(f"a plugin's types must be subclasses of eurasia_events.Event, got {item!r}")
    return out


def _gazetteer(value: Any) -> Path | tuple[Mapping[str, Any], ...]:
    if value is None:
        return ()
    path = _as_path(value)
    if path is not None:
        return path
    out = tuple(value)
    for entry in out:
        if not isinstance(entry, Mapping) or entry.get("kind") not in _GAZETTEER_METHODS:
            raise PluginError(
                f"a plugin's gazetteer entry must be an object with 'kind' one of "
                f"{', '.join(_GAZETTEER_METHODS)}, got {entry!r}"
            )
    return out


@attrs.frozen
class Plugin:
    """Event types, trigger rules and gazetteer entries that go together.

    Attributes:
        name: the plugin's name (the same as its entry point's, by convention).
        rules: :class:`~eurasia_events.extraction.rules.Rule` objects, rule dicts, or the path of a
            JSONL rule file (a ``str``, a path, or an ``importlib.resources`` file).
        types: the plugin's :class:`~eurasia_events.Event` subclasses. Defining them
            registers them; listing them documents what the plugin brings.
        gazetteer: entries in the format of :meth:`Gazetteer.load
            <eurasia_events.gazetteer.Gazetteer.load>` lines (``{"kind": "city", "name":
            ..., "country": ...}``), or the path of such a JSONL file.
        setup: an optional callable ``(extractor) -> None`` run last by :meth:`apply`,
            for anything the fields above cannot express.

    Raises:
        RuleError: an invalid rule (naming the file and line, or the entry).
        PluginError: a type that is not an Event subclass, or a bad gazetteer entry.

    Example:
        >>> p = Plugin("tours", rules=[{"type": "Visit", "pattern": "toured"}])
        >>> p.rules[0].type
        'Visit'
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_rules)
    types: tuple[type[Event], ...] = attrs.field(default=(), converter=_types)
    gazetteer: Path | tuple[Mapping[str, Any], ...] = attrs.field(default=(), converter=_gazetteer)
    setup: Callable[["Extractor"], None] | None = None

    def apply(self, extractor: "Extractor") -> None:
        """Add the plugin's rules and gazetteer entries to ``extractor`` and run ``setup``.

        Only this extractor changes: gazetteer entries go into ``extractor.gazetteer``,
        which every :class:`~eurasia_events.Extractor` has as a private copy.

        Raises:
            PluginError: a gazetteer entry is rejected (naming the plugin and the entry).
        """
        if self.rules:
            extractor.add_rules([rule.to_dict() for rule in self.rules])
        gazetteer = extractor.gazetteer
        if isinstance(self.gazetteer, Path):
            try:
                gazetteer.load(self.gazetteer)
            except GazetteerError as err:
                raise PluginError(f"plugin {self.name!r}: {err}") from None
        else:
            for entry in self.gazetteer:
                fields = {k: v for k, v in entry.items() if k != "kind"}
                method = getattr(gazetteer, _GAZETTEER_METHODS[entry["kind"]])
                try:
                    method(**fields)
                except (GazetteerError, TypeError) as err:
                    raise PluginError(f"plugin {self.name!r}: gazetteer entry {dict(entry)!r}: {err}") from None
        if self.setup is not None:
            self.setup(extractor)


def installed_plugins() -> dict[str, importlib.metadata.EntryPoint]:
    """The entry points of group :data:`GROUP` by name (not loaded).

    Example:
        >>> isinstance(installed_plugins(), dict)
        True
    """
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=GROUP)}


def _load_entry_point(ep: importlib.metadata.EntryPoint) -> Plugin:
    try:
        obj = ep.load()
    except Exception as err:
        raise PluginError(f"plugin {ep.name!r} ({ep.value}) failed to load: {type(err).__name__}: {err}") from err
    if not isinstance(obj, Plugin) and callable(obj):
        obj = obj()
    if not isinstance(obj, Plugin):
        raise PluginError(
            f"plugin entry point {ep.name!r} ({ep.value}) must name a eurasia_events.extraction.Plugin "
            f"or a callable returning one, got {type(obj).__name__}"
        )
    return obj


def load_plugins(spec: str | Iterable[str | Plugin | Callable[[], Plugin]] | None) -> list[Plugin]:
    """Resolve a plugin selection to :class:`Plugin` objects.

    Args:
        spec: ``"all"`` for every installed plugin (in name order); one plugin name; or
            an iterable of names, :class:`Plugin` objects and callables returning one.
            None gives no plugins. A plugin named twice is returned once.

    Returns:
        The plugins, in the order given.

    Raises:
        PluginError: an unknown name (the message lists the installed plugins), or an
            entry point that fails to load or gives no Plugin.

    Example:
        >>> load_plugins([Plugin("tours")])[0].name
        'tours'
    """
    if spec is None:
        return []
    if isinstance(spec, str):
        if spec == "all":
            return [_load_entry_point(ep) for _name, ep in sorted(installed_plugins().items())]
        spec = [spec]
    elif isinstance(spec, Plugin):
        spec = [spec]
    out: list[Plugin] = []
    installed: dict[str, importlib.metadata.EntryPoint] | None = None
    for item in spec:
        if isinstance(item, str):
            if installed is None:
                installed = installed_plugins()
            if item not in installed:
                names = ", ".join(sorted(installed)) or "none"
                raise PluginError(
                    f"unknown plugin {item!r}; installed plugins (entry-point group {GROUP!r}): {names}"
                )
            plugin = _load_entry_point(installed[item])
        elif isinstance(item, Plugin):
            plugin = item
        elif callable(item):
            plugin = item()
            if not isinstance(plugin, Plugin):
                raise PluginError(f"plugin factory {item!r} returned {type(plugin).__name__}, not a Plugin")
        else:
            raise PluginError(f"a plugin is a name, a Plugin or a callable returning one, got {item!r}")
        if all(p.name != plugin.name for p in out):
            out.append(plugin)
    return out
