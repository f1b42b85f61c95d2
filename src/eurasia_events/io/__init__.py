"""Outputs for analysts: JSON Lines, CSV, a pandas DataFrame, and the HTML review page.

- :mod:`.records`: :func:`to_jsonl`, :func:`from_jsonl`, :func:`to_csv`, :func:`to_rows`,
  :func:`to_dataframe`;
- :mod:`.render`: :func:`render`, one self-contained review page per article.
"""

from __future__ import annotations

from .records import CSV_COLUMNS, from_jsonl, to_csv, to_dataframe, to_jsonl, to_rows
from .render import render

__all__ = ["CSV_COLUMNS", "from_jsonl", "to_csv", "to_dataframe", "to_jsonl", "to_rows", "render"]
