"""Analyst outputs: event records as JSON Lines, flat CSV rows and a pandas DataFrame.

:func:`to_jsonl` / :func:`from_jsonl` write and read the spec's JSON records, one per
line, and round-trip exactly. :func:`to_rows` flattens each record into one dict of plain
strings and numbers (the CSV columns, listed in :data:`CSV_COLUMNS` and in
``docs/outputs.md``); :func:`to_csv` writes them and :func:`to_dataframe` turns them into
a typed :class:`pandas.DataFrame` (needs the ``pandas`` extra).

Participants are flattened as ``kind:id:role`` items joined by ``;`` (the id is the
person's name, the country's alpha-3 code or the organization's id), plus one column per
kind: ``persons``, ``countries`` and ``organizations_participating``.

Example:
    >>> import io, datetime
    >>> from eurasia_events.model import Summit, Participant, Place, DateSpan
    >>> s = Summit(name="SCO Summit", place=Place("Astana", "KAZ"),
    ...            participants=[Participant.country_("Kazakhstan", "KAZ", role="host")],
    ...            date=DateSpan.day(datetime.date(2024, 7, 4)), source="a.txt")
    >>> row = to_rows([s])[0]
    >>> row["participants"], row["countries"], row["date_start"]
    ('country:KAZ:host', 'KAZ', '2024-07-04')
    >>> buf = io.StringIO(); n = to_jsonl([s], buf); _ = buf.seek(0)
    >>> from_jsonl(buf) == [s]
    True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Union

from ..errors import InputTypeError, InputValueError, RecordError
from ..model.events import STATUSES, Event, Participant

__all__ = [
    "CSV_COLUMNS",
    "LIST_SEPARATOR",
    "to_jsonl",
    "from_jsonl",
    "to_rows",
    "to_csv",
    "to_dataframe",
    "participant_item",
]

#: Separator of the items of a list-valued CSV cell (participants, persons, evidence...).
LIST_SEPARATOR = ";"

#: The CSV columns, in order. Fields that a custom event type adds come after these.
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "type",
    "name",
    "edition",
    "status",
    "date_start",
    "date_end",
    "date_granularity",
    "date_mod",
    "date_text",
    "place_city",
    "place_country",
    "organizations",
    "participants",
    "persons",
    "countries",
    "organizations_participating",
    "trigger",
    "evidence",
    "evidence_text",
)

PathOrFile = Union[str, "os.PathLike[str]", IO[str]]
_STATUS_ORDER = [s for s in ("planned", "ongoing", "past") if s in STATUSES]


# --------------------------------------------------------------------------- helpers


def _as_event(item: Any, index: int) -> Event:
    if isinstance(item, Event):
        return item
    if isinstance(item, Mapping):
        try:
            return Event.from_dict(item)
        except RecordError as err:
            raise RecordError(f"record {index}: {err}") from None
    raise InputTypeError(
        f"events must be Event records or their dicts; item {index} is a {type(item).__name__}: {item!r:.60}"
    )


def _events(events: Iterable[Any]) -> Iterator[Event]:
    if isinstance(events, (Event, Mapping, str, bytes)):
        raise InputTypeError(
            f"events must be an iterable of Event records, got a single {type(events).__name__}; "
            "wrap it in a list"
        )
    try:
        iterator = iter(events)
    except TypeError:
        raise InputTypeError(f"events must be an iterable of Event records, got {type(events).__name__}") from None
    for index, item in enumerate(iterator):
        yield _as_event(item, index)


@contextlib.contextmanager
def _open(path_or_file: PathOrFile, mode: str, argument: str = "path_or_file") -> Iterator[tuple[IO[str], str]]:
    """Yield (handle, display name); opens paths, passes text handles through."""
    if isinstance(path_or_file, (str, os.PathLike)):
        path = Path(path_or_file)
        try:
            handle = open(path, mode, encoding="utf-8", newline="" if "w" in mode else None)
        except FileNotFoundError:
            raise InputValueError(f"cannot open {str(path)!r}: no such file or folder") from None
        except IsADirectoryError:
            raise InputValueError(f"cannot open {str(path)!r}: it is a folder, give a file") from None
        except OSError as err:
            raise InputValueError(f"cannot open {str(path)!r}: {err.strerror or err}") from None
        with handle:
            yield handle, str(path)
        return
    wanted = "read" if "r" in mode else "write"
    if not hasattr(path_or_file, wanted):
        raise InputTypeError(
            f"{argument} must be a path or a text file object with .{wanted}(), got {type(path_or_file).__name__}"
        )
    if isinstance(path_or_file, (io.BufferedIOBase, io.RawIOBase)):
        raise InputTypeError(f"{argument} must be opened in text mode ('{mode}'), not binary")
    yield path_or_file, getattr(path_or_file, "name", "<file>")


def participant_item(p: Participant) -> str:
    """The ``kind:id:role`` item of a participant in the CSV ``participants`` column.

    The id is the person's name, the country's alpha-3 code, or the organization's id.

    Example:
        >>> participant_item(Participant.person("Sergey Lavrov", country="RUS", role="visitor"))
        'person:Sergey Lavrov:visitor'
    """
    ident = p.code if p.kind == "country" and p.code else p.name
    return f"{p.kind}:{ident}:{p.role}"


def _join(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- JSON Lines


def to_jsonl(events: Iterable[Event | Mapping[str, Any]], path_or_file: PathOrFile) -> int:
    """Write records as JSON Lines: one spec JSON object (``Event.to_dict()``) per line.

    Args:
        events: :class:`~eurasia_events.model.events.Event` records (or their dicts).
        path_or_file: a path (created or overwritten, UTF-8) or a text file object.

    Returns:
        The number of records written.

    Raises:
        InputTypeError: ``events`` is not an iterable of records, or the file is binary.
        InputValueError: the path cannot be opened.

    Example:
        >>> import io
        >>> from eurasia_events.model import Forum
        >>> buf = io.StringIO()
        >>> to_jsonl([Forum(name="Caspian Forum")], buf)
        1

    .. versionadded:: 0.1.0
    """
    records = list(_events(events))
    with _open(path_or_file, "w") as (handle, _name):
        for event in records:
            handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    return len(records)


def from_jsonl(path_or_file: PathOrFile) -> list[Event]:
    """Read records written by :func:`to_jsonl` (or ``eurasia-events extract``).

    Blank lines are skipped. Each record becomes the registered class of its ``type``.

    Raises:
        InputValueError: the file cannot be opened.
        RecordError: a line is not JSON or not a valid record; the message names the file
            and line.

    Example:
        >>> import io
        >>> [e.type for e in from_jsonl(io.StringIO('{"type": "Visit"}\\n'))]
        ['Visit']

    .. versionadded:: 0.1.0
    """
    out: list[Event] = []
    with _open(path_or_file, "r") as (handle, name):
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                raise RecordError(f"{name}, line {lineno}: not valid JSON ({err.msg}, column {err.colno})") from None
            if not isinstance(data, dict):
                raise RecordError(f"{name}, line {lineno}: a record must be a JSON object, got {type(data).__name__}")
            try:
                out.append(Event.from_dict(data))
            except RecordError as err:
                raise RecordError(f"{name}, line {lineno}: {err}") from None
    return out


# --------------------------------------------------------------------------- rows / CSV


def _row(event: Event) -> dict[str, Any]:
    date, place = event.date, event.place
    persons = [p.name for p in event.participants if p.kind == "person"]
    countries = [p.code or p.name for p in event.participants if p.kind == "country"]
    orgs = [p.name for p in event.participants if p.kind == "organization"]
    row: dict[str, Any] = {
        "id": event.id,
        "source": event.source,
        "type": event.type,
        "name": event.name,
        "edition": event.edition,
        "status": event.status,
        "date_start": date.start.isoformat() if date and date.start else None,
        "date_end": date.end.isoformat() if date and date.end else None,
        "date_granularity": date.granularity if date else None,
        "date_mod": date.mod if date else None,
        "date_text": date.text if date else None,
        "place_city": place.city if place else None,
        "place_country": place.country if place else None,
        "organizations": _join(event.organizations),
        "participants": _join(participant_item(p) for p in event.participants),
        "persons": _join(persons),
        "countries": _join(countries),
        "organizations_participating": _join(orgs),
        "trigger": event.trigger,
        "evidence": _join(f"{e.start}-{e.end}" for e in event.evidence),
        "evidence_text": " | ".join(" ".join((e.text or "").split()) for e in event.evidence),
    }
    extra = event.to_dict()
    for key, value in extra.items():
        if key not in row and key not in ("date", "place", "evidence", "participants"):
            row[key] = _scalar(value)
    return row


def to_rows(events: Iterable[Event | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One flat dict per record: the CSV row, with the columns of :data:`CSV_COLUMNS`.

    Values are strings, ints or None. List fields are joined by ``;``:
    ``organizations`` (framework organizations), ``participants`` (``kind:id:role``),
    ``persons`` (names), ``countries`` (alpha-3 codes of country participants),
    ``organizations_participating`` (ids of organization participants), ``evidence``
    (``start-end`` character spans); ``evidence_text`` joins the sentences with `` | ``.
    Fields that a custom event type adds follow, JSON-encoded when not scalar.

    Example:
        >>> from eurasia_events.model import Meeting, Participant
        >>> r = to_rows([Meeting(participants=[Participant.person("Hakan Fidan", country="TUR"),
        ...                                    Participant.country_("Iran", "IRN")])])[0]
        >>> r["participants"], r["persons"], r["countries"]
        ('person:Hakan Fidan:participant;country:IRN:participant', 'Hakan Fidan', 'IRN')

    .. versionadded:: 0.1.0
    """
    return [_row(e) for e in _events(events)]


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns = list(CSV_COLUMNS)
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def to_csv(events: Iterable[Event | Mapping[str, Any]], path_or_file: PathOrFile) -> int:
    """Write one CSV row per record (the columns of :func:`to_rows`), with a header.

    Returns:
        The number of rows written.

    Example:
        >>> import io
        >>> from eurasia_events.model import Forum
        >>> buf = io.StringIO()
        >>> to_csv([Forum(name="Caspian Forum")], buf)
        1
        >>> buf.getvalue().splitlines()[0][:30]
        'id,source,type,name,edition,st'

    .. versionadded:: 0.1.0
    """
    rows = to_rows(events)
    with _open(path_or_file, "w") as (handle, _name):
        writer = csv.DictWriter(handle, fieldnames=_columns(rows), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def to_dataframe(events: Iterable[Event | Mapping[str, Any]]):
    """The records as a :class:`pandas.DataFrame`, one row per event, typed columns.

    Columns as :func:`to_rows`; ``date_start``/``date_end`` are ``datetime64[ns]``
    (NaT when unknown), ``edition`` is ``Int64`` (nullable), ``type``, ``status``,
    ``date_granularity`` and ``place_country`` are categorical (``status`` ordered
    planned < ongoing < past as in the spec's list), the rest are strings (object).

    Raises:
        ImportError: pandas is not installed (``pip install "eurasia-events[pandas]"``).

    Example:
        >>> from eurasia_events.model import Summit
        >>> to_dataframe([Summit(name="SCO Summit")]).dtypes["edition"]  # doctest: +SKIP
        Int64Dtype()

    .. versionadded:: 0.1.0
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "to_dataframe() needs pandas, which is not installed; "
            'install the extra: pip install "eurasia-events[pandas]"'
        ) from None
    from ..model.events import GRANULARITIES, event_types

    rows = to_rows(events)
    frame = pd.DataFrame(rows, columns=_columns(rows))
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
    frame["edition"] = pd.array(frame["edition"].tolist(), dtype="Int64")
    types = sorted(set(event_types()) | set(frame["type"].dropna()))
    frame["type"] = pd.Categorical(frame["type"], categories=types)
    frame["status"] = pd.Categorical(frame["status"], categories=_STATUS_ORDER, ordered=True)
    frame["date_granularity"] = pd.Categorical(frame["date_granularity"], categories=list(GRANULARITIES))
    frame["place_country"] = frame["place_country"].astype("category")
    return frame
