"""The argument parser: commands, options, help texts and examples."""

from __future__ import annotations

import argparse
from typing import Any


__all__ = ["build_parser"]


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

# --------------------------------------------------------------------------- parser


def _add_model(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="PIPELINE", help="use an installed trained spaCy pipeline (e.g. en_core_web_sm)")


def _add_quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")


class _Version(argparse.Action):
    """``--version``: the installed version, read only when asked for (it takes a metadata scan)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option_string: str | None = None) -> None:
        from .. import __version__

        parser.exit(message=f"{parser.prog} {__version__}\n")


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
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
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
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {number}")
    return number
