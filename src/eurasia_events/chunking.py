"""Compatibility path for chunking of long texts: the module is :mod:`eurasia_events.text.chunking`.

``eurasia_events.chunking`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .text.chunking import *  # noqa: F403
from .text.chunking import __all__  # noqa: F401
