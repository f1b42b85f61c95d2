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

from ._commands import main
from ._parser import build_parser

__all__ = ["build_parser", "main"]
