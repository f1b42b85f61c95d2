"""Numeric dates: "12.10.2022" and "12/10/2022" (day first), "10/25/2022" (American),
"2021/04/30"; and the American reading of a slashed date either number of which could be
the month, which the resolver takes when it is nearer the publication date."""

from __future__ import annotations

import re
from datetime import date as Date

__all__ = ["month_first", "numeric"]


def numeric(t: str) -> Date | None:
    parts = [int(p) for p in re.split(r"[-/.]", t)]
    try:
        if parts[0] > 31:
            return Date(parts[0], parts[1], parts[2])
        a, b, y = parts
        if "/" in t and a <= 12 < b:  # 10/25/2022 is American
            return Date(y, a, b)
        return Date(y, b, a)  # 12.10.2022 and 12/10/2022: day first
    except (ValueError, IndexError):
        return None


def month_first(t: str) -> Date | None:
    """The American reading of a slashed date whose first two numbers could each be the month."""
    parts = t.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or int(parts[0]) > 12 or int(parts[1]) > 12:
        return None
    try:
        return Date(int(parts[2]), int(parts[0]), int(parts[1]))
    except ValueError:
        return None
