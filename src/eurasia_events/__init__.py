"""eurasia_events: typed, normalized diplomatic event records from English news text."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import errors
from . import render as _render_path  # noqa: F401  (the module, before the function takes its name)
from .dates import DateMention, find_dates
from .evaluate import Report, evaluate
from .extraction import ExtractionError, Extractor, Rule, extract, load_rules
from .gazetteer import Gazetteer
from .io import from_jsonl, render, to_csv, to_dataframe, to_jsonl
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

try:
    __version__ = version("eurasia-events")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "__version__",
    "errors",
    "extract",
    "Extractor",
    "ExtractionError",
    "Rule",
    "load_rules",
    "find_dates",
    "DateMention",
    "Gazetteer",
    "evaluate",
    "Report",
    "link",
    "EventCluster",
    "to_jsonl",
    "from_jsonl",
    "to_csv",
    "to_dataframe",
    "render",
    "Event",
    "Summit",
    "Visit",
    "Meeting",
    "Forum",
    "MemorandumSigned",
    "AgreementSigned",
    "Participant",
    "Place",
    "DateSpan",
    "Evidence",
    "event_from_dict",
    "event_types",
]
