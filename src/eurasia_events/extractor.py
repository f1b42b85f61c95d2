"""Compatibility path for the Extractor: the module is :mod:`eurasia_events.extraction.extractor`.

``eurasia_events.extractor`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .extraction.extractor import *  # noqa: F403
from .extraction.extractor import __all__  # noqa: F401
