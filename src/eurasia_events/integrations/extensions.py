"""Every ``._`` attribute that eurasia_events registers, in one table.

| attribute            | set by                    | value                                   |
| -------------------- | ------------------------- | --------------------------------------- |
| ``Doc._.events``     | the ``eurasia_events``    | the article's event records             |
|                      | spaCy component           | (``list[Event]``; None before it ran)   |
| ``Doc._.published``  | the user, before the      | the publication date (date, datetime or |
|                      | component runs            | ISO string in; ``datetime.date`` out)   |

Both are stored in ``doc.user_data`` in JSON-compatible form (record dicts, an ISO date
string), so Docs keep them through ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(..., n_process=2)``. The getters rebuild the objects on each access.

The attributes are registered once, when this module is imported. An attribute of the
same name that another library registered first is never overwritten: importing raises
:class:`~eurasia_events.errors.ExtensionConflictError` naming it.

Example:
    >>> import spacy
    >>> from eurasia_events.integrations import extensions
    >>> doc = spacy.blank("en")("Text.")
    >>> doc._.published = "2024-07-05"
    >>> doc._.published, doc._.events
    (datetime.date(2024, 7, 5), None)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime
from typing import Any, Callable

from spacy.tokens import Doc

from ..errors import ExtensionConflictError

__all__ = ["EXTENSIONS", "ExtensionConflictError", "register_extensions"]

_EVENTS_KEY = ("eurasia_events", "events")
_PUBLISHED_KEY = ("eurasia_events", "published")


def _get_events(doc: Doc) -> list[Any] | None:
    from ..model.events import Event

    data = doc.user_data.get(_EVENTS_KEY)
    if data is None:
        return None
    return [Event.from_dict(item) for item in data]


def _set_events(doc: Doc, value: Any) -> None:
    if value is None:
        doc.user_data.pop(_EVENTS_KEY, None)
        return
    doc.user_data[_EVENTS_KEY] = [event.to_dict() for event in value]


def _get_published(doc: Doc) -> datetime.date | None:
    value = doc.user_data.get(_PUBLISHED_KEY)
    return None if value is None else datetime.date.fromisoformat(value)


def _set_published(doc: Doc, value: Any) -> None:
    from ..dates import coerce_published

    day = coerce_published(value, argument="doc._.published")
    if day is None:
        doc.user_data.pop(_PUBLISHED_KEY, None)
    else:
        doc.user_data[_PUBLISHED_KEY] = day.isoformat()


#: name -> (getter, setter) of every ``Doc._`` attribute we own.
EXTENSIONS: dict[str, tuple[Callable[[Doc], Any], Callable[[Doc, Any], None]]] = {
    "events": (_get_events, _set_events),
    "published": (_get_published, _set_published),
}


def _ours(name: str) -> bool:
    _default, _method, getter, _setter = Doc.get_extension(name)
    return getattr(getter, "__module__", None) == __name__ and getattr(getter, "__name__", None) == EXTENSIONS[name][0].__name__


def register_extensions() -> None:
    """Register the attributes of :data:`EXTENSIONS` on ``Doc``; idempotent.

    Raises:
        ExtensionConflictError: ``Doc._.<name>`` exists and was registered by other code.
    """
    for name, (getter, setter) in EXTENSIONS.items():
        if Doc.has_extension(name):
            if _ours(name):
                continue
            raise ExtensionConflictError(
                f"Doc._.{name} is already registered by other code (getter/default: "
                f"{Doc.get_extension(name)!r}); eurasia_events needs Doc._.{name} for its spaCy "
                f"component and does not overwrite it. Remove the other registration "
                f"(Doc.remove_extension({name!r})) before using the eurasia_events component."
            )
        Doc.set_extension(name, getter=getter, setter=setter)


register_extensions()
