"""Compatibility path for the record model: the module is :mod:`eurasia_events.model.events`.

``eurasia_events.events`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .model.events import *  # noqa: F403
from .model.events import __all__  # noqa: F401
