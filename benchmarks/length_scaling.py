"""Benchmark: is the cost of ``Extractor().extract`` linear in the length of one text? (issue #8)

Builds one text each of 10 KB, 100 KB, 1 MB and 5 MB by concatenating the articles the
throughput benchmark uses (``examples/articles`` and, if present, ``../shared/corpus``,
read at run time) and times, per size:

* ``extract``: ``Extractor().extract(text)`` as it is: a text longer than
  ``Extractor.max_chars`` (100,000 characters) is extracted in paragraph-aligned pieces
  (:func:`eurasia_events.chunking.chunks`), so memory and time per KB stay bounded;
* ``one Doc``: the same call with ``max_chars`` and ``nlp.max_length`` raised to fit the
  text, so every stage sees the whole text as one Doc: the stages' own scaling. Some of
  them compare each sentence with the Doc's mentions, so this grows faster than linearly on
  very long texts; that is what the pieces are for.

It prints the time per KB and its ratio to the 10 KB text (1.0 everywhere means linear).
A size is skipped when the previous one projects (linearly x4) beyond ``--budget`` seconds.

Usage::

    .venv/bin/python benchmarks/length_scaling.py
    .venv/bin/python benchmarks/length_scaling.py --sizes 10,100,1000 --budget 60
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import base_articles  # noqa: E402

PUBLISHED = "2024-07-05"


def build_text(kb: int) -> str:
    """One text of ``kb`` kilobytes (1,000 characters each) of whole paragraphs, cut at a paragraph."""
    target = kb * 1000
    bases = base_articles()
    parts: list[str] = []
    size, i = 0, 0
    while size < target:
        part = bases[i % len(bases)].strip()
        parts.append(part)
        size += len(part) + 2
        i += 1
    return "\n\n".join(parts)[:target]


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000,5000", help="text sizes in KB (default 10,100,1000,5000)")
    parser.add_argument("--chunk", type=int, default=100_000, help="Extractor.max_chars: the largest piece, in characters")
    parser.add_argument("--budget", type=float, default=300.0, help="skip a size projected beyond this many seconds")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    import eurasia_events as ee

    ex = ee.Extractor()
    ex.max_chars = args.chunk
    ex.extract(build_text(5), PUBLISHED)  # lazy indexes are built here, not timed
    default_max = ex.nlp.max_length
    print(f"Extractor().extract on one text per size; pieces of at most {args.chunk:,} characters\n")
    print(f"{'size':>8} {'chars':>10} {'extract s':>10} {'ms/KB':>7} {'ratio':>6} {'events':>7} "
          f"{'one Doc s':>10} {'ms/KB':>7} {'ratio':>6} {'events':>7}")
    first: dict[str, float] = {}
    last: dict[str, tuple[int, float]] = {}
    default_chars = ex.max_chars
    for kb in sizes:
        text = build_text(kb)
        kbytes = len(text) / 1000
        cells = []
        for key in ("extract", "one Doc"):
            if key in last and last[key][1] * kb / last[key][0] * 4 > args.budget:
                cells.append(f"{'skipped':>10} {'':>7} {'':>6} {'':>7}")
                continue
            whole = key == "one Doc"
            ex.max_chars = len(text) + 1 if whole else default_chars
            ex.nlp.max_length = max(default_max, len(text) + 2) if whole else default_max
            t, events = timed(lambda: ex.extract(text, PUBLISHED))
            per = t * 1000 / kbytes
            first.setdefault(key, per)
            last[key] = (kb, t)
            cells.append(f"{t:>10.2f} {per:>7.2f} {per / first[key]:>6.2f} {len(events):>7}")
        ex.max_chars, ex.nlp.max_length = default_chars, default_max
        print(f"{kb:>6}KB {len(text):>10,} " + " ".join(cells))
        sys.stdout.flush()
    print("\nratio: ms/KB against the first size; 1.0 = linear, 10 at 100x the size = quadratic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
