"""Reading the inputs: files, folders, globs, JSON Lines and standard input, with each
article's publication date from its own record, a sidecar file or the command line.
"""

from __future__ import annotations

import contextlib
import datetime
import glob
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

from ..errors import EurasiaEventsError


class _CliError(Exception):
    """A usage or input error: reported as 'eurasia-events: error: ...', exit status 2."""

# --------------------------------------------------------------------------- inputs


def _read_text(path: Path | str) -> str:
    name = str(path)
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _CliError(f"cannot read {name}: no such file") from None
    except IsADirectoryError:
        raise _CliError(f"cannot read {name}: it is a folder") from None
    except UnicodeDecodeError as err:
        raise _CliError(f"cannot read {name}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise _CliError(f"cannot read {name}: {err.strerror or err}") from None


def _published(value: Any, where: str) -> datetime.date | None:
    from ..dates import coerce_published

    try:
        return coerce_published(value, argument=where)
    except EurasiaEventsError as err:
        raise _CliError(str(err)) from None


class _Input:
    """One input unit: stdin text, a .txt article (with its sidecar date) or a .jsonl file."""

    def __init__(self, kind: str, path: Path | None, text: str | None = None) -> None:
        self.kind, self.path, self.text = kind, path, text
        self.count = 0
        self.published: datetime.date | None = None  # a .txt file's sidecar date

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)

    def check(self) -> None:
        """Read and validate now (first pass); keeps no article text but stdin's."""
        if self.kind == "stdin":
            self.count = 1
        elif self.kind == "txt":
            _read_text(self.path)  # type: ignore[arg-type]
            self.published = _sidecar_date(self.path)  # type: ignore[arg-type]
            self.count = 1
        else:
            self.count = sum(1 for _ in self._jsonl_lines())

    def _jsonl_lines(self) -> Iterator[tuple[int, str, datetime.date | None, str]]:
        with _open_in(self.path) as handle:  # type: ignore[arg-type]
            lineno = 0
            try:
                for lineno, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    yield self._jsonl_item(lineno, line)
            except UnicodeDecodeError as err:
                raise _CliError(f"cannot read {self.name}: not UTF-8 text (after line {lineno}: {err.reason})") from None

    def _jsonl_item(self, lineno: int, line: str) -> tuple[int, str, datetime.date | None, str]:
        where = f"{self.name}, line {lineno}"
        data = _json_object(line, where, "a 'text' field")
        text = data.get("text")
        if not isinstance(text, str):
            hint = " (this looks like an event record; use 'eurasia-events link' for records)" if "type" in data else ""
            raise _CliError(f"{where}: an article line needs a 'text' string field, got keys {sorted(data)}{hint}")
        published = _published(data.get("published"), f"{where}: 'published'")
        ident = data.get("id")
        source = str(ident) if ident is not None else f"{self.name}:{lineno}"
        return lineno, text, published, source

    def articles(self) -> Iterator[tuple[str, datetime.date | None, str]]:
        """(text, own publication date or None, source) per article (second pass)."""
        if self.kind == "stdin":
            yield self.text or "", None, "<stdin>"
        elif self.kind == "txt":
            yield _read_text(self.path), self.published, self.name  # type: ignore[arg-type]
        else:
            for _lineno, text, published, source in self._jsonl_lines():
                yield text, published, source


def _json_object(line: str, where: str, expected: str) -> dict[str, Any]:
    """One JSON Lines line as an object; a _CliError naming the line otherwise."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise _CliError(f"{where}: not valid JSON ({err.msg}, column {err.colno})") from None
    if not isinstance(data, dict):
        raise _CliError(f"{where}: expected a JSON object with {expected}, got {type(data).__name__}")
    return data


@contextlib.contextmanager

def _open_in(path: Path) -> Iterator[IO[str]]:
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise _CliError(f"cannot read {path}: no such file") from None
    except IsADirectoryError:
        raise _CliError(f"cannot read {path}: it is a folder") from None
    except OSError as err:
        raise _CliError(f"cannot read {path}: {err.strerror or err}") from None
    with handle:
        yield handle


def _sidecar_date(path: Path) -> datetime.date | None:
    """The 'published' date of article.json beside article.txt, if there is one."""
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(_read_text(sidecar))
    except json.JSONDecodeError as err:
        raise _CliError(f"{sidecar} (sidecar of {path}): not valid JSON (line {err.lineno}: {err.msg})") from None
    if not isinstance(data, dict):
        raise _CliError(f"{sidecar} (sidecar of {path}): expected a JSON object such as {{\"published\": \"2024-07-04\"}}")
    return _published(data.get("published"), f"{sidecar}: 'published'")

_GLOB_CHARS = set("*?[")


def _expand(specs: Sequence[str]) -> list[_Input]:
    """Files, folders, globs and '-' as input units, in order, without duplicates."""
    units: list[_Input] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key in seen:
            return
        seen.add(key)
        units.append(_Input("jsonl" if path.suffix.lower() == ".jsonl" else "txt", path))

    stdin_used = False
    for spec in specs:
        if spec == "-":
            if stdin_used:
                raise _CliError("'-' (standard input) can be given only once")
            stdin_used = True
            units.append(_Input("stdin", None, sys.stdin.read()))
            continue
        path = Path(spec)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in (".txt", ".jsonl") and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise _CliError(f"no .txt or .jsonl files in the folder {spec}")
            for p in found:
                add(p)
        elif path.exists():
            if not path.is_file():
                raise _CliError(f"cannot read {spec}: not a regular file")
            add(path)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix.lower() in (".txt", ".jsonl")]
            if not files:
                raise _CliError(f"no .txt or .jsonl file matches {spec}")
            for p in files:
                add(p)
        else:
            raise _CliError(f"cannot read {spec}: no such file or folder")
    return units


def _published_file(name: str) -> dict[str, datetime.date]:
    """Publication dates by source from ``link --published FILE``: one JSON object
    {source: date}, or JSON Lines of objects with 'id' (or 'source') and 'published' (the
    articles' own JSONL); lines without both are skipped."""
    path = Path(name)
    if not path.is_file():
        raise _CliError(f"cannot read {name}: no such file")
    text = _read_text(path)
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    out: dict[str, datetime.date] = {}
    if isinstance(whole, dict) and not {"published", "id", "source", "text"} & set(whole):
        for source, value in whole.items():
            day = _published(value, f"{name}: {source!r}")
            if day is not None:
                out[str(source)] = day
        return out
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        data = _json_object(line, f"{name}, line {lineno}", "'id' and 'published'")
        source = data.get("id", data.get("source"))
        if source is None or data.get("published") is None:
            continue
        day = _published(data["published"], f"{name}, line {lineno}: 'published'")
        if day is not None:
            out[str(source)] = day
    return out
