"""Stage 2: a :class:`Candidate` per trigger that reports an event, with its sentence's arguments.

- :mod:`.assemble`: :func:`assemble`, the stage, and the candidates it adds or drops;
- :mod:`._candidate`: the :class:`Candidate` record and the sentence tables;
- :mod:`._names`: name and edition ("the 24th SCO Summit");
- :mod:`._tense`: whether a trigger reports an event, and its tense;
- :mod:`._arguments`, :mod:`._roles`: actors and their roles;
- :mod:`._context`: which place and which date belong to which trigger.
"""

from __future__ import annotations

from ._candidate import Candidate
from ._names import edition_of
from .assemble import assemble

__all__ = ["Candidate", "assemble", "edition_of"]
