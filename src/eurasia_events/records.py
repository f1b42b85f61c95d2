"""Compatibility path for JSON Lines, CSV and DataFrame outputs: the module is :mod:`eurasia_events.io.records`.

``eurasia_events.records`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .io.records import *  # noqa: F403
from .io.records import __all__  # noqa: F401
