"""The ``eurasia-events`` command line (also ``python -m eurasia_events``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Sequence

from . import __version__
from .errors import EurasiaEventsError

__all__ = ["main", "build_parser"]

_EXTRACT_EXAMPLES = """examples:
  eurasia-events extract examples/articles/sco_summit_astana.txt
  eurasia-events extract article.txt --published 2024-07-04 --format json -o events.json
  cat article.txt | eurasia-events extract - --published 2024-07-04
"""

_EVALUATE_EXAMPLES = """examples:
  eurasia-events evaluate ../shared/corpus
  eurasia-events evaluate gold/ --texts texts/ --show
  eurasia-events evaluate gold/ --json > report.json
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``eurasia-events`` command."""
    parser = argparse.ArgumentParser(
        prog="eurasia-events",
        description="Extract typed diplomatic event records (summits, visits, meetings, forums, "
        "signings) from English news text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract event records from article files",
        description="Extract event records from text files ('-' reads standard input). "
        "Prints one JSON object per event, with the file name in 'source'.",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("files", nargs="+", metavar="FILE", help="article text files (UTF-8); '-' for stdin")
    ex.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the articles")
    ex.add_argument("--format", choices=("jsonl", "json"), default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of standard output")
    ex.add_argument("--model", metavar="PIPELINE", help="use an installed trained spaCy pipeline (e.g. en_core_web_sm)")
    ex.set_defaults(func=_cmd_extract)

    ev = sub.add_parser(
        "evaluate",
        help="score the extractor against annotated articles",
        description="Score the extractor against annotations (<id>.json) and texts (<id>.txt), "
        "as in section 4 of the record spec.",
        epilog=_EVALUATE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of <id>.json annotations")
    ev.add_argument("--texts", metavar="DIR", help="folder of <id>.txt texts (default: GOLD_DIR)")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--show", action="store_true", help="list missed, spurious and partly wrong records per article")
    ev.add_argument("--model", metavar="PIPELINE", help="use an installed trained spaCy pipeline (e.g. en_core_web_sm)")
    ev.set_defaults(func=_cmd_evaluate)
    return parser


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _CliError(f"cannot read {name}: no such file") from None
    except IsADirectoryError:
        raise _CliError(f"cannot read {name}: it is a folder; give the article files") from None
    except UnicodeDecodeError as err:
        raise _CliError(f"cannot read {name}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise _CliError(f"cannot read {name}: {err.strerror or err}") from None


class _CliError(Exception):
    pass


def _extractor(model: str | None):
    from .extractor import Extractor, default_extractor

    return Extractor(model=model) if model else default_extractor()


def _cmd_extract(args: argparse.Namespace, out: IO[str]) -> int:
    from .dates import coerce_published

    try:
        published = coerce_published(args.published, argument="--published")
    except EurasiaEventsError as err:
        raise _CliError(str(err)) from None
    texts = [(name, _read(name)) for name in args.files]
    extractor = _extractor(args.model)
    records = []
    for name, text in texts:
        source = "<stdin>" if name == "-" else name
        for event in extractor.extract(text, published, source=source):
            records.append(event.to_dict())
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    from .evaluate import evaluate

    report = evaluate(args.gold_dir, extractor=_extractor(args.model), texts_dir=args.texts)
    if args.json:
        json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if args.show:
        out.write(report.format_show().rstrip("\n") + "\n\n")
    out.write(report.format_table().rstrip("\n") + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    output = getattr(args, "output", None)
    try:
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                return args.func(args, handle)
        return args.func(args, sys.stdout)
    except (_CliError, EurasiaEventsError) as err:
        print(f"eurasia-events: error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"eurasia-events: error: {err}", file=sys.stderr)
        return 2
