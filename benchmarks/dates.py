"""Benchmark: eurasia_events.dates.find_dates against dateparser on the hand-written cases.

Runs every case of ``tests/date_cases.py`` through ``find_dates`` and, in the same run,
through ``dateparser.search.search_dates`` (on the whole text) and ``dateparser.parse``
(on the target expression alone), both with the case's publication date as
``RELATIVE_BASE``. Prints per category the strict accuracy (start and end both right; a
negative case is right when nothing overlaps its target) and the mean time per
expression.

dateparser returns one datetime per expression, so it is right only where start == end
(single days); that is the measure the issue asks for, not a judgement of dateparser.

Usage::

    .venv/bin/python benchmarks/dates.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from date_cases import CASES, Case  # noqa: E402

from eurasia_events.dates import find_dates  # noqa: E402


def _span(case: Case) -> tuple[int, int]:
    begin = case.text.index(case.target)
    return begin, begin + len(case.target)


def _ours(case: Case) -> bool:
    begin, end = _span(case)
    ms = find_dates(case.text, case.published)
    if case.category == "negative":
        return not any(m.start_char < end and begin < m.end_char for m in ms)
    for m in ms:
        if m.start_char == begin and m.end_char == end:
            got = (m.start.isoformat() if m.start else None, m.end.isoformat() if m.end else None)
            return got == (case.start, case.end)
    return False


def _settings(case: Case) -> dict:
    base = datetime.datetime.fromisoformat(case.published) if case.published else None
    out = {"PREFER_DATES_FROM": "current_period"}
    if base is not None:
        out["RELATIVE_BASE"] = base
    return out


def _single(value: datetime.datetime | None, case: Case) -> bool:
    if value is None:
        return case.start is None and case.end is None and case.category != "negative"
    day = value.date().isoformat()
    return case.start == day and case.end == day


def _search(case: Case) -> bool:
    from dateparser.search import search_dates

    begin, end = _span(case)
    found = search_dates(case.text, languages=["en"], settings=_settings(case)) or []
    hits = []
    pos = 0
    for text, value in found:
        at = case.text.find(text, pos)
        if at < 0:
            continue
        pos = at + len(text)
        if at < end and begin < at + len(text):
            hits.append(value)
    if case.category == "negative":
        return not hits
    return any(_single(v, case) for v in hits)


def _parse(case: Case) -> bool:
    import dateparser

    value = dateparser.parse(case.target, languages=["en"], settings=_settings(case))
    if case.category == "negative":
        return value is None
    return _single(value, case)


def _run(name, fn, repeat: int) -> tuple[dict[str, list[bool]], float]:
    results: dict[str, list[bool]] = defaultdict(list)
    start = time.perf_counter()
    for _ in range(repeat):
        for case in CASES:
            ok = fn(case)
            if _ == 0:
                results[case.category].append(ok)
    elapsed = time.perf_counter() - start
    return results, elapsed / (repeat * len(CASES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the cases for timing (default 3)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    # warm-up: tokenizer, matcher, dateparser's language data
    find_dates("warm up on 12 October 2022", "2024-07-04")
    _search(CASES[0])
    _parse(CASES[0])
    runs = {
        "find_dates": _run("find_dates", _ours, args.repeat),
        "search_dates": _run("search_dates", _search, args.repeat),
        "dateparser.parse": _run("parse", _parse, args.repeat),
    }
    cats = sorted({c.category for c in CASES})
    names = list(runs)
    header = f"{'category':<14}{'n':>5}" + "".join(f"{n:>18}" for n in names)
    print(header)
    print("-" * len(header))
    for cat in cats:
        n = len(runs[names[0]][0][cat])
        row = f"{cat:<14}{n:>5}"
        for name in names:
            oks = runs[name][0][cat]
            row += f"{100 * sum(oks) / len(oks):>17.1f}%"
        print(row)
    print("-" * len(header))
    row = f"{'overall':<14}{len(CASES):>5}"
    for name in names:
        oks = [ok for v in runs[name][0].values() for ok in v]
        row += f"{100 * sum(oks) / len(oks):>17.1f}%"
    print(row)
    row = f"{'ms/expression':<19}"
    for name in names:
        row += f"{1000 * runs[name][1]:>18.3f}"
    print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
