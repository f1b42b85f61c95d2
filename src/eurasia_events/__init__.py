"""eurasia_events: typed, normalized diplomatic event records from English news text.

The names below are imported on first use (PEP 562), so ``import eurasia_events`` and the
command line load only the parts they need: a script that extracts records never
imports the linker, the evaluator or the review page.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors

# Two public functions share their name with a module: the compatibility module
# eurasia_events.render and the subpackage eurasia_events.evaluate. Importing a module
# binds its name in the package, so these two are imported now (both are light), before
# the functions take their names; a later import of the module finds it loaded and
# binds nothing.
from . import render as _render_module  # noqa: F401
from .evaluate import evaluate
from .io.render import render

if TYPE_CHECKING:  # what type checkers and IDEs see: the same names, imported eagerly
    from .dates import DateMention, find_dates
    from .evaluate import Report
    from .extraction import ExtractionError, Extractor, Rule, extract, load_rules
    from .gazetteer import Gazetteer
    from .io import from_jsonl, to_csv, to_dataframe, to_jsonl
    from .linking import EventCluster, link
    from .model import (
        AgreementSigned,
        DateSpan,
        Event,
        Evidence,
        Forum,
        Meeting,
        MemorandumSigned,
        Participant,
        Place,
        Summit,
        Visit,
        event_from_dict,
        event_types,
    )

#: public name -> the module that defines it
_LAZY = {
    "extract": "extraction.extractor",
    "Extractor": "extraction.extractor",
    "ExtractionError": "extraction.extractor",
    "Rule": "extraction.rules",
    "load_rules": "extraction.rules",
    "find_dates": "dates.find",
    "DateMention": "dates.find",
    "Gazetteer": "gazetteer._gazetteer",
    "Report": "evaluate.report",
    "link": "linking._link",
    "EventCluster": "linking.clusters",
    "to_jsonl": "io.records",
    "from_jsonl": "io.records",
    "to_csv": "io.records",
    "to_dataframe": "io.records",
    **dict.fromkeys(
        [
            "Event", "Summit", "Visit", "Meeting", "Forum", "MemorandumSigned", "AgreementSigned",
            "Participant", "Place", "DateSpan", "Evidence", "event_from_dict", "event_types",
        ],
        "model.events",
    ),
}  # fmt: skip

__all__ = ["__version__", "errors", "evaluate", "render", *_LAZY]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("eurasia-events")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            value = "0.0.0"
    elif name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
