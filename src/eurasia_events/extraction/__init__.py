"""Extraction: from a Doc to event records, in the order the data flows.

- :mod:`.rules`, :mod:`.lexicon`: trigger rules and word lists (data in ``data/``);
- :mod:`.mentions`: stage 1, triggers, actors, places and dates on a Doc;
- :mod:`.assembly`: stage 2, a candidate per trigger with its sentence's arguments;
- :mod:`.merging`: stage 3, one draft per real-world event;
- :mod:`.normalize`: stage 4, canonical ids, inherited place and date, status, records;
- :mod:`.extractor`: the :class:`Extractor` that runs them; :mod:`.plugins` extends it.
"""

from __future__ import annotations

from .extractor import ExtractionError, Extractor, default_extractor, extract
from .plugins import Plugin, installed_plugins, load_plugins
from .rules import Rule, builtin_rules, load_rules

__all__ = [
    "ExtractionError", "Extractor", "default_extractor", "extract",
    "Plugin", "installed_plugins", "load_plugins",
    "Rule", "builtin_rules", "load_rules",
]
