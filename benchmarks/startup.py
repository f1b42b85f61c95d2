"""Benchmark: process start to printed records, against a bare spaCy start (issue #18).

Times, in the same run and taking turns (the machines are shared), fresh processes of

* the reference: ``python -c "import spacy; spacy.blank('en')"``;
* the command line on one article: ``eurasia-events extract ARTICLE`` (start to printed
  records, with the gazetteer's cache in place: the usual start);
* the same with an empty cache folder (the first start after an install, which builds
  the city tables and the name index and writes the cache);

and reports the medians, the ratio of the usual start to the reference (target: at most
1.5) and the peak resident memory of each (target: under 300 MB). The cache folder of the
runs is a temporary one (``EURASIA_EVENTS_CACHE_DIR``), so the user's own is not touched.

Usage::

    .venv/bin/python benchmarks/startup.py              # 10 rounds
    .venv/bin/python benchmarks/startup.py --rounds 20 --article examples/articles/lavrov_visit_tashkent.txt
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5
MEMORY_TARGET_MB = 300

# each child prints its own peak resident set size (KB on Linux, bytes on macOS) to stderr
_PEAK = "import resource, sys; sys.stderr.write(f'\\nPEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')"
REFERENCE = f"import spacy; spacy.blank('en'); {_PEAK}"
EXTRACT = "import sys; from eurasia_events.cli import main; status = main(['extract', sys.argv[1]]); {peak}; sys.exit(status)"


def _peak_mb(stderr: str) -> float:
    value = float(stderr.rsplit("PEAK ", 1)[1].split()[0])
    return value / 2**20 if sys.platform == "darwin" else value / 1024


def run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak MB of a fresh ``python -c code args``."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or "PEAK" not in proc.stderr:
        raise SystemExit(f"run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    if args and not proc.stdout.strip():
        raise SystemExit("the extract run printed no records")
    return seconds, _peak_mb(proc.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--article", default=str(ROOT / "examples" / "articles" / "sco_summit_astana.txt"))
    args = parser.parse_args(argv)
    extract = EXTRACT.format(peak=_PEAK)
    with tempfile.TemporaryDirectory() as tmp:
        warm_env = dict(os.environ, EURASIA_EVENTS_CACHE_DIR=str(Path(tmp) / "cache"))
        cold_s, cold_mb = [], []
        ref, ours, ref_mb, ours_mb = [], [], [], []
        run(extract, [args.article], warm_env)  # writes the cache the usual starts read
        for i in range(args.rounds):
            cold_env = dict(os.environ, EURASIA_EVENTS_CACHE_DIR=str(Path(tmp) / f"empty{i}"))
            for code, a, env, times, peaks in (
                (REFERENCE, [], warm_env, ref, ref_mb),
                (extract, [args.article], warm_env, ours, ours_mb),
            ):
                t, m = run(code, a, env)
                times.append(t)
                peaks.append(m)
            if i < 3:  # a first start is slow by design: three are enough to report it
                t, m = run(extract, [args.article], cold_env)
                cold_s.append(t)
                cold_mb.append(m)
    med = statistics.median
    ratio = med(ours) / med(ref)
    print(f"process start to printed records, {args.rounds} rounds taking turns ({Path(args.article).name})")
    label = "python -c \"import spacy; spacy.blank('en')\""
    print(f"  {label:<50} median {med(ref):5.2f} s  (min {min(ref):.2f})  peak {max(ref_mb):5.0f} MB")
    print(f"  {'eurasia-events extract (cache in place)':<50} median {med(ours):5.2f} s  (min {min(ours):.2f})  peak {max(ours_mb):5.0f} MB")
    print(f"  {'eurasia-events extract (empty cache: first start)':<50} median {med(cold_s):5.2f} s  (min {min(cold_s):.2f})  peak {max(cold_mb):5.0f} MB")
    word = "meets" if ratio <= TARGET else "MISSES"
    print(f"  ratio (usual start / bare spaCy start): {ratio:.2f}  -> {word} the target <= {TARGET}")
    peak = max(ours_mb + cold_mb)
    print(f"  peak memory: {peak:.0f} MB  -> {'meets' if peak < MEMORY_TARGET_MB else 'MISSES'} the target < {MEMORY_TARGET_MB} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
