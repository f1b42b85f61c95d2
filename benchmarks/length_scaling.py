"""Benchmark: is the cost of ``Extractor().extract`` linear in the length of one text? (issue #8)

Builds one text each of 10 KB, 100 KB, 1 MB and 5 MB by concatenating the articles the
throughput benchmark uses (``examples/articles`` and, if present, ``../shared/corpus``,
read at run time) and times, per size:

* ``extract``: ``Extractor().extract(text)`` as it is. Texts longer than spaCy's
  ``nlp.max_length`` (1,000,000 characters) fail there with spaCy's E088; the error is shown.
* ``whole``: the same call with ``nlp.max_length`` raised to fit the text: one Doc, so
  every stage sees the whole text; this is the algorithmic cost of the stages.
* ``chunked``: :func:`eurasia_events.chunking.chunks` cuts the text into paragraph-aligned
  pieces of at most ``--chunk`` characters, ``nlp.pipe`` runs them, ``Doc.from_docs``
  joins them into one Doc with the original text and offsets, and
  ``Extractor.events_from_doc`` runs stages 1-5 on it (the design proposed for
  ``Extractor.extract``). The events are checked to be those of ``whole``.

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


def chunked(ex: Any, text: str, max_chars: int) -> list[Any]:
    """Extract from ``text`` through paragraph-aligned pieces joined into one Doc."""
    from spacy.tokens import Doc

    from eurasia_events.chunking import chunks
    from eurasia_events.dates import coerce_published

    docs = list(ex.nlp.pipe(piece for _, piece in chunks(text, max_chars)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    return ex.events_from_doc(doc, coerce_published(PUBLISHED))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000,5000", help="text sizes in KB (default 10,100,1000,5000)")
    parser.add_argument("--chunk", type=int, default=100_000, help="largest piece for the chunked mode, in characters")
    parser.add_argument("--budget", type=float, default=300.0, help="skip a size projected beyond this many seconds")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    import eurasia_events as ee

    ex = ee.Extractor()
    ex.extract(build_text(5), PUBLISHED)  # lazy indexes are built here, not timed
    default_max = ex.nlp.max_length
    print(f"Extractor().extract on one text per size; nlp.max_length = {default_max:,}; chunks of {args.chunk:,} chars\n")
    print(f"{'size':>8} {'chars':>10} {'extract':>22} {'whole s':>9} {'ms/KB':>7} {'ratio':>6} "
          f"{'chunked s':>10} {'ms/KB':>7} {'ratio':>6} {'events':>7} {'same':>5}")
    first: dict[str, float] = {}
    last_whole: tuple[int, float] | None = None
    for kb in sizes:
        text = build_text(kb)
        kbytes = len(text) / 1000
        if last_whole is not None and last_whole[1] * kb / last_whole[0] * 4 > args.budget:
            print(f"{kb:>6}KB  skipped: {last_whole[1]:.1f} s at {last_whole[0]} KB projects beyond --budget {args.budget:.0f} s")
            continue
        ex.nlp.max_length = default_max
        try:
            t, events = timed(lambda: ex.extract(text, PUBLISHED))
            as_is = f"ok {t:.2f} s"
        except Exception as err:  # spaCy's E088 for texts over nlp.max_length
            as_is = f"{type(err).__name__} {str(err)[:8]}"
        ex.nlp.max_length = max(default_max, len(text) + 1)
        t_whole, whole = timed(lambda: ex.extract(text, PUBLISHED))
        ex.nlp.max_length = default_max
        t_chunk, pieces = timed(lambda: chunked(ex, text, args.chunk))
        per = {"whole": t_whole * 1000 / kbytes, "chunked": t_chunk * 1000 / kbytes}
        for key, value in per.items():
            first.setdefault(key, value)
        print(f"{kb:>6}KB {len(text):>10,} {as_is:>22} {t_whole:>9.2f} {per['whole']:>7.2f} {per['whole'] / first['whole']:>6.2f} "
              f"{t_chunk:>10.2f} {per['chunked']:>7.2f} {per['chunked'] / first['chunked']:>6.2f} {len(whole):>7} {str(pieces == whole):>5}")
        last_whole = (kb, t_whole)
        sys.stdout.flush()
    print("\nratio: ms/KB against the first size; 1.0 = linear, 10 at 100x the size = quadratic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
