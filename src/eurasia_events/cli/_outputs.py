"""Writing the outputs: JSON Lines, JSON or CSV to a file or standard output, the
progress bar and the one-line summary on standard error.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Sequence

from ._inputs import _CliError
from ._parser import _FORMATS, _PROG

_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}

# --------------------------------------------------------------------------- output


def _format(requested: str | None, output: str | None, allowed: Sequence[str] = _FORMATS) -> str:
    if requested:
        return requested
    if output and output != "-":
        fmt = _SUFFIX_FORMATS.get(Path(output).suffix.lower())
        if fmt in allowed:
            return fmt
    return "jsonl"


def _check_output(output: str | None) -> None:
    if not output or output == "-":
        return
    path = Path(output)
    if path.is_dir():
        raise _CliError(f"cannot write {output}: it is a folder; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise _CliError(f"cannot write {output}: the folder {parent} does not exist")


@contextlib.contextmanager

def _output(output: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file renamed to OUT only when the command succeeds."""
    if not output or output == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    _check_output(output)
    path = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class _Writer:
    """Streams records (dicts) as JSONL or a JSON array; collects Events for CSV."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt, self.out, self.n = fmt, out, 0
        self._events: list[Any] = []

    def add(self, event: Any, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("[\n" if self.n == 0 else ",\n") + _indent(json.dumps(record, ensure_ascii=False, indent=2)))
        else:
            self._events.append(event)
        self.n += 1

    def close(self, extra_columns: Callable[[list[dict[str, Any]]], None] | None = None) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.n else "[]\n")
        elif self.fmt == "csv":
            import csv

            from ..io.records import _columns, to_rows

            rows = to_rows(self._events)
            if extra_columns:
                extra_columns(rows)
            writer = csv.DictWriter(self.out, fieldnames=_columns(rows), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _write_clusters(clusters: list[Any], fmt: str, out: IO[str]) -> None:
    writer = _Writer(fmt, out)
    for cluster in clusters:
        writer.add(cluster.event, cluster.to_dict())

    def add_cluster_columns(rows: list[dict[str, Any]]) -> None:
        for row, cluster in zip(rows, clusters):
            row["cluster_sources"] = ";".join(cluster.sources)
            row["cluster_size"] = len(cluster.records)

    writer.close(add_cluster_columns)


def _link_function() -> Callable[..., list[Any]]:
    try:
        from ..linking import link
    except ImportError as err:
        raise _CliError(f"linking is not available in this installation ({err}); update eurasia-events") from None
    return link

# --------------------------------------------------------------------------- progress / summary


class _Progress:
    """A tqdm bar on stderr for long runs; silent when stderr is not a terminal or --quiet."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.bar = None
        if quiet or not _isatty(sys.stderr):
            return
        try:
            from tqdm import tqdm
        except ImportError:  # tqdm missing: no bar, nothing else changes
            return
        self.bar = tqdm(total=total, unit="article", file=sys.stderr, delay=1.0, dynamic_ncols=True, leave=False)

    def update(self, events: int) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(f"{events} events", refresh=False)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _summary(articles: int, by_type: Counter, errors: int, *, clusters: int | None = None, output: str | None = None) -> str:
    events = sum(by_type.values())
    types = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))
    text = f"{_PROG}: {articles} article{'s' if articles != 1 else ''}, {events} event{'s' if events != 1 else ''}"
    if types:
        text += f" ({types})"
    if clusters is not None:
        text += f", {clusters} cluster{'s' if clusters != 1 else ''}"
    text += f", {errors} error{'s' if errors != 1 else ''}"
    if output and output != "-":
        text += f" -> {output}"
    return text
