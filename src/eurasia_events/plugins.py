"""Compatibility path for plugins: the module is :mod:`eurasia_events.extraction.plugins`.

``eurasia_events.plugins`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .extraction.plugins import *  # noqa: F403
from .extraction.plugins import __all__  # noqa: F401
