"""Compatibility path for the HTML review page: the module is :mod:`eurasia_events.io.render`.

``eurasia_events.render`` is the import path documented before 0.2; it stays, with the
same names, so code written against it keeps working.
"""

from .io.render import *  # noqa: F403
from .io.render import __all__  # noqa: F401
