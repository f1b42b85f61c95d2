"""The commands (``extract``, ``link``, ``render``, ``evaluate``) and :func:`main`."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..errors import EurasiaEventsError
from ._inputs import (
    _CliError,
    _expand,
    _published,
    _published_file,
    _read_text,
    _sidecar_date,
)
from ._outputs import (
    _check_output,
    _format,
    _link_function,
    _output,
    _Progress,
    _summary,
    _write_clusters,
    _Writer,
)
from ._parser import _PROG, build_parser

__all__ = ["main"]


# --------------------------------------------------------------------------- commands


def _extractor(model: str | None):
    from ..extraction.extractor import Extractor, default_extractor

    return Extractor(model=model) if model else default_extractor()


def _dateline(text: str, nlp: Any) -> datetime.date | None:
    """The date of the article's dateline, tokenized by the extractor's own pipeline."""
    from ..dates import find_dateline

    try:
        line = find_dateline(nlp.make_doc(text))
    except Exception:  # a dateline we cannot read is no date, not a failure
        return None
    return line.start if line is not None else None


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
                    day = _dateline(text, extractor.nlp)
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
    from ..io.records import from_jsonl

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


def _cmd_render(args: argparse.Namespace) -> int:
    from ..io.render import render

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
        from ..io.records import from_jsonl

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
    from ..evaluate import evaluate

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


_COMMANDS = {"extract": _cmd_extract, "link": _cmd_link, "render": _cmd_render, "evaluate": _cmd_evaluate}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some articles failed, 2 bad input).

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        eurasia-events 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    command = _COMMANDS.get(getattr(args, "command", None) or "")
    if command is None:
        parser.print_help()
        return 2
    try:
        return command(args)
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
