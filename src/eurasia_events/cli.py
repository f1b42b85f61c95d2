"""The ``eurasia-events`` command line (also ``python -m eurasia_events``).

Commands: ``extract`` (articles to records: JSONL, JSON or CSV; ``--link`` for
clusters), ``link`` (records to clusters of the same real-world event), ``render`` (one
article to an HTML review page) and ``evaluate`` (score against annotations). Every
command has ``--help`` with examples; ``docs/cli.md`` is the reference.

Exit status: 0 on success, 1 when some articles failed during extraction (the others are
written and each failure is reported on stderr), 2 for unusable input (a missing or
unreadable file, a bad date, a bad option); nothing is written to ``-o`` in that case.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import glob
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Sequence

from . import __version__
from .errors import EurasiaEventsError

__all__ = ["main", "build_parser"]

_PROG = "eurasia-events"

_EXTRACT_DESCRIPTION = """\
Extract event records from news articles and write them as JSON Lines (default), a JSON
array or CSV, to standard output or to -o OUT. Ends with a one-line summary on stderr
(articles, events by type, errors); a progress bar shows on long runs when stderr is a
terminal (--quiet turns both off).

inputs (any mix; folders and globs are searched recursively, '**' works):
  FILE.txt       one article per file, UTF-8 text
  FILE.jsonl     one article per line: {"text": ..., "published": "YYYY-MM-DD", "id": ...};
                 'published' and 'id' are optional; 'id' becomes the records' 'source'
                 (default FILE.jsonl:LINE)
  FOLDER         every *.txt and *.jsonl below it
  'GLOB'         e.g. 'news/**/*.txt' (quote it so the shell does not expand it)
  -              one article from standard input

publication date of each article (anchors "today", "next year" and decides the status),
first found of:
  1. the article's own: the 'published' field of its JSONL line, or for article.txt a
     sidecar file article.json holding {"published": "YYYY-MM-DD"}
  2. --published
  3. the article's dateline ("ASTANA, July 4, 2024. ..."), unless --no-dateline

Inputs are all read and checked before extraction starts: a missing file, a bad JSONL
line or a bad date stops the run with exit status 2 and nothing is written to -o.
An article that fails during extraction is reported on stderr and skipped; the run then
ends with exit status 1.

csv (one row per event; list cells joined by ';'; see docs/outputs.md):
  id, source, type, name, edition, status, date_start, date_end, date_granularity,
  date_mod, date_text, place_city, place_country, organizations (framework),
  participants ('kind:id:role' items, id = person name / country alpha-3 /
  organization id), persons, countries, organizations_participating, trigger,
  evidence ('start-end' spans), evidence_text (sentences joined by ' | ')
"""

_EXTRACT_EXAMPLES = """\
examples:
  eurasia-events extract examples/articles/sco_summit_astana.txt
  eurasia-events extract examples/articles/ -o events.csv           # a folder; format from -o
  eurasia-events extract 'news/**/*.txt' --published 2024-07-04 -o events.jsonl
  eurasia-events extract feed.jsonl --format json -o events.json
  eurasia-events extract news/ --link -o clusters.jsonl              # cross-article clusters
  cat article.txt | eurasia-events extract - --published 2024-07-04
"""

_LINK_EXAMPLES = """\
examples:
  eurasia-events extract news/ -o events.jsonl && eurasia-events link events.jsonl -o clusters.jsonl
  eurasia-events link a.jsonl b.jsonl --format json --tolerance-days 1
  eurasia-events link events.jsonl --compatible Summit,Meeting
  eurasia-events link events.jsonl --published articles.jsonl   # publication dates by source

Records do not carry their article's publication date; --published FILE gives them: the
articles' JSONL ({"id": ..., "published": ...} per line; 'source' works as well as 'id')
or one JSON object {"source": "YYYY-MM-DD", ...}. 'extract --link' passes them itself.
"""

_RENDER_EXAMPLES = """\
examples:
  eurasia-events render examples/articles/sco_summit_astana.txt -o review.html
  eurasia-events render article.txt --published 2024-07-04 --title "Astana summit" -o review.html
  eurasia-events render article.txt --records events.jsonl -o review.html   # review saved records
"""

_EVALUATE_EXAMPLES = """\
examples:
  eurasia-events evaluate ../shared/corpus
  eurasia-events evaluate gold/ --texts texts/ --show
  eurasia-events evaluate gold/ --json > report.json
"""

_FORMATS = ("jsonl", "json", "csv")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}


class _CliError(Exception):
    """A usage or input error: reported as 'eurasia-events: error: ...', exit status 2."""


# --------------------------------------------------------------------------- parser


def _add_model(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="PIPELINE", help="use an installed trained spaCy pipeline (e.g. en_core_web_sm)")


def _add_quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``eurasia-events`` command."""
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Extract typed diplomatic event records (summits, visits, meetings, forums, "
        "signings) from English news text.",
        epilog="run 'eurasia-events COMMAND --help' for the options and examples of a command.\n\n"
        "examples:\n"
        "  eurasia-events extract examples/articles/ -o events.csv\n"
        "  eurasia-events render examples/articles/sco_summit_astana.txt -o review.html\n",
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract event records from articles (files, folders, globs, JSONL, stdin)",
        description=_EXTRACT_DESCRIPTION,
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=raw,
    )
    ex.add_argument("files", nargs="+", metavar="INPUT", help="article file (.txt, .jsonl), folder, glob, or '-' for stdin")
    ex.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date of the articles that carry none of their own"
    )
    ex.add_argument("--no-dateline", action="store_true", help="do not take a publication date from the dateline")
    ex.add_argument(
        "--format", choices=_FORMATS, help="output format (default: from the -o suffix .jsonl/.json/.csv, else jsonl)"
    )
    ex.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of standard output")
    ex.add_argument("--link", action="store_true", help="write clusters of the same event across articles (see 'link')")
    ex.add_argument("--batch-size", type=_positive_int, default=64, metavar="N", help="articles per spaCy batch (default 64)")
    ex.add_argument("--n-process", type=_positive_int, default=1, metavar="N", help="worker processes (default 1)")
    _add_quiet(ex)
    _add_model(ex)
    ex.set_defaults(func=_cmd_extract)

    li = sub.add_parser(
        "link",
        help="group records of the same real-world event from different articles",
        description="Read event records (JSON Lines, as written by 'extract') and write one "
        "cluster per real-world event: the merged record, its members, why they were linked "
        "and the event's status over time (EventCluster.to_dict(); see docs/linking.md).",
        epilog=_LINK_EXAMPLES,
        formatter_class=raw,
    )
    li.add_argument("records", nargs="+", metavar="RECORDS.jsonl", help="record files; '-' for stdin")
    li.add_argument("--format", choices=("jsonl", "json"), help="output format (default: from the -o suffix, else jsonl)")
    li.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of standard output")
    li.add_argument("--tolerance-days", type=int, default=0, metavar="N", help="dates up to N days apart still overlap")
    li.add_argument(
        "--published", metavar="FILE",
        help="publication dates by source: the articles' JSONL (id/source and published per line) "
        "or a JSON object {source: date}; they order each cluster's timeline and date undated reports",
    )
    li.add_argument(
        "--compatible", action="append", default=[], metavar="TYPE,TYPE",
        help="event types that may describe the same event (repeatable), e.g. Summit,Meeting",
    )
    _add_quiet(li)
    li.set_defaults(func=_cmd_link)

    re_ = sub.add_parser(
        "render",
        help="write an HTML page to review the events of one article",
        description="Extract the events of one article (or take them from --records) and write "
        "a self-contained HTML page: the text with each event's evidence highlighted and its "
        "trigger, actors, places and dates marked, a card per event and a timeline. The page "
        "needs no network. The publication date is found as for 'extract'.",
        epilog=_RENDER_EXAMPLES,
        formatter_class=raw,
    )
    re_.add_argument("file", metavar="FILE", help="the article text file (UTF-8); '-' for stdin")
    re_.add_argument("-o", "--output", metavar="OUT.html", help="write to this file instead of standard output")
    re_.add_argument("--records", metavar="RECORDS.jsonl", help="show these records (extracted from FILE) instead of extracting")
    re_.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, if the article has no sidecar")
    re_.add_argument("--no-dateline", action="store_true", help="do not take a publication date from the dateline")
    re_.add_argument("--title", help="page title (default: the file name)")
    _add_model(re_)
    re_.set_defaults(func=_cmd_render)

    ev = sub.add_parser(
        "evaluate",
        help="score the extractor against annotated articles",
        description="Score the extractor against annotations (<id>.json) and texts (<id>.txt), "
        "as in section 4 of the record spec.",
        epilog=_EVALUATE_EXAMPLES,
        formatter_class=raw,
    )
    ev.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of <id>.json annotations")
    ev.add_argument("--texts", metavar="DIR", help="folder of <id>.txt texts (default: GOLD_DIR)")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--show", action="store_true", help="list missed, spurious and partly wrong records per article")
    ev.add_argument("-o", "--output", metavar="OUT", help=argparse.SUPPRESS)
    _add_model(ev)
    ev.set_defaults(func=_cmd_evaluate)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {number}")
    return number


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
    from .dates import coerce_published

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

            from .records import _columns, to_rows

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
        from .linking import link
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


# --------------------------------------------------------------------------- commands


def _extractor(model: str | None):
    from .extractor import Extractor, default_extractor

    return Extractor(model=model) if model else default_extractor()


def _dateline(text: str) -> datetime.date | None:
    from . import dates

    parse = getattr(dates, "parse_dateline", None)
    if parse is None:
        return None
    try:
        return parse(text)
    except Exception:  # a dateline we cannot read is no date, not a failure
        return None


def _cmd_extract(args: argparse.Namespace) -> int:
    fmt = _format(args.format, args.output)
    default_day = _published(args.published, "--published")
    _check_output(args.output)
    units = _expand(args.files)
    for unit in units:  # first pass: everything readable and valid before any work
        unit.check()
    total = sum(u.count for u in units)

    def contexts() -> Iterator[tuple[str, dict[str, Any]]]:
        for unit in units:
            for text, own_day, source in unit.articles():
                day = own_day or default_day
                if day is None and not args.no_dateline:
                    day = _dateline(text)
                yield text, {"published": day, "source": source}

    extractor = _extractor(args.model)
    link = _link_function() if args.link else None
    by_type: Counter = Counter()
    errors = 0
    published_by_source: dict[str, datetime.date] = {}
    collected: list[Any] = []
    progress = _Progress(total, args.quiet)
    try:
        with _output(args.output) as out:
            writer = _Writer(fmt, out)
            results = extractor.pipe(
                contexts(), as_tuples=True, batch_size=args.batch_size, n_process=args.n_process, on_error="record"
            )
            for result, context in results:
                if not isinstance(result, list):  # an ExtractionError
                    errors += 1
                    progress.write(f"{_PROG}: error: {context['source']}: {type(result.error).__name__}: {result.error}")
                    progress.update(sum(by_type.values()))
                    continue
                if context["published"] is not None:
                    published_by_source[context["source"]] = context["published"]
                for event in result:
                    by_type[event.type] += 1
                    if link is None:
                        writer.add(event, event.to_dict())
                    else:
                        collected.append(event)
                progress.update(sum(by_type.values()))
            n_clusters = None
            if link is not None:
                clusters = link(collected, published=published_by_source)
                n_clusters = len(clusters)
                _write_clusters(clusters, fmt, out)
            else:
                writer.close()
    finally:
        progress.close()
    if not args.quiet:
        print(_summary(total, by_type, errors, clusters=n_clusters, output=args.output), file=sys.stderr)
    return 1 if errors else 0


def _cmd_link(args: argparse.Namespace) -> int:
    from .records import from_jsonl

    fmt = _format(args.format, args.output, ("jsonl", "json"))
    _check_output(args.output)
    link = _link_function()
    records: list[Any] = []
    for name in args.records:
        if name == "-":
            records.extend(from_jsonl(sys.stdin))
            continue
        if not Path(name).is_file():
            raise _CliError(f"cannot read {name}: no such file")
        records.extend(from_jsonl(name))
    compatible = [tuple(t.strip() for t in group.split(",") if t.strip()) for group in args.compatible]
    published = _published_file(args.published) if args.published else None
    clusters = link(records, compatible=compatible, tolerance_days=args.tolerance_days, published=published)
    with _output(args.output) as out:
        _write_clusters(clusters, fmt, out)
    if not args.quiet:
        linked = sum(1 for c in clusters if len(c.records) > 1)
        print(
            f"{_PROG}: {len(records)} records, {len(clusters)} clusters ({linked} with more than one record)"
            + (f" -> {args.output}" if args.output and args.output != "-" else ""),
            file=sys.stderr,
        )
    return 0


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


def _cmd_render(args: argparse.Namespace) -> int:
    from .render import render

    _check_output(args.output)
    if args.file == "-":
        text, source, own_day = sys.stdin.read(), "<stdin>", None
    else:
        path = Path(args.file)
        text, source = _read_text(path), args.file
        own_day = _sidecar_date(path) if path.is_file() else None
    day = own_day or _published(args.published, "--published")
    if day is None and not args.no_dateline:
        day = _dateline(text)
    if args.records:
        from .records import from_jsonl

        if not Path(args.records).is_file():
            raise _CliError(f"cannot read {args.records}: no such file")
        events = from_jsonl(args.records)
        mine = [e for e in events if e.source == source]
        events = mine or events
    else:
        events = _extractor(args.model).extract(text, day, source=source)
    page = render(text, events, title=args.title or Path(source).name, published=day)
    with _output(args.output) as out:
        out.write(page)
    if args.output and args.output != "-":
        print(f"{_PROG}: {len(events)} events -> {args.output}", file=sys.stderr)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    report = evaluate(args.gold_dir, extractor=_extractor(args.model), texts_dir=args.texts)
    with _output(args.output) as out:
        if args.json:
            json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
            out.write("\n")
            return 0
        if args.show:
            out.write(report.format_show().rstrip("\n") + "\n\n")
        out.write(report.format_table().rstrip("\n") + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some articles failed, 2 bad input).

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        eurasia-events 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except (_CliError, EurasiaEventsError, ImportError) as err:
        print(f"{_PROG}: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        with contextlib.suppress(OSError):
            sys.stderr.close()
        return 1
    except KeyboardInterrupt:
        print(f"{_PROG}: interrupted", file=sys.stderr)
        return 130
    except OSError as err:
        print(f"{_PROG}: error: {err}", file=sys.stderr)
        return 2
