"""Compatibility path for CAMEO and PLOVER codes: the module is :mod:`eurasia_events.model.codes`.

``eurasia_events.codes`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .model.codes import *  # noqa: F403
from .model.codes import __all__  # noqa: F401
