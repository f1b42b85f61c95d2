"""eurasia_events: typed, normalized diplomatic event records from English news text."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import errors
from .events import (
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
