"""Compatibility path for trigger rules: the module is :mod:`eurasia_events.extraction.rules`.

``eurasia_events.rules`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .extraction.rules import *  # noqa: F403
from .extraction.rules import __all__  # noqa: F401
