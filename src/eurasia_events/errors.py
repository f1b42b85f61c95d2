"""Every exception and warning that eurasia_events raises.

All errors derive from :class:`EurasiaEventsError`. Errors about a caller's input also
derive from the builtin they refine (an :class:`InputTypeError` is a :class:`TypeError`),
so ``except TypeError`` keeps working for code that does not know this library.

Example:
    >>> import eurasia_events as ee
    >>> try:
    ...     ee.extract(b"bytes are not text")
    ... except ee.errors.InputTypeError as err:
    ...     print(type(err).__mro__[1].__name__)
    EurasiaEventsError
"""

from __future__ import annotations

__all__ = [
    "EurasiaEventsError",
    "InputTypeError",
    "InputValueError",
    "PublishedDateError",
    "RecordError",
    "RuleError",
    "GazetteerError",
    "PluginError",
    "ExtensionConflictError",
    "EurasiaEventsWarning",
]


class EurasiaEventsError(Exception):
    """Base class of every error raised by eurasia_events."""


class InputTypeError(EurasiaEventsError, TypeError):
    """An argument of a public call has the wrong type (e.g. ``bytes`` for ``text``)."""


class InputValueError(EurasiaEventsError, ValueError):
    """An argument of a public call has the right type but an unusable value."""


class PublishedDateError(InputValueError):
    """The ``published`` argument cannot be read as a date."""


class RecordError(EurasiaEventsError, ValueError):
    """A record (dict or JSON) does not follow the record format of the spec."""


class RuleError(EurasiaEventsError, ValueError):
    """A rule or rule file is invalid; the message names the file, entry and problem."""


class GazetteerError(EurasiaEventsError, ValueError):
    """A gazetteer entry or gazetteer file is invalid."""


class PluginError(EurasiaEventsError, ValueError):
    """A plugin cannot be found, loaded or applied; the message names it."""


class ExtensionConflictError(EurasiaEventsError, RuntimeError):
    """A ``Doc._`` attribute we need is already registered by someone else."""


class EurasiaEventsWarning(UserWarning):
    """Something works, but is probably not what was meant."""
