"""How much 1,000 custom trigger phrases slow extraction down.

Builds two Extractors, the default one and one with 1,000 extra trigger phrases for a
custom ``MilitaryExercise`` type (two- and three-word phrases such as "joint border
drills" or "tactical air exercise"), runs both over the example articles
(``examples/articles/*.txt``) repeated, in alternating rounds, and prints the CPU time
of this process per round (the fastest round of each, which other processes on the
machine disturb least) and the ratio custom / default. The target is a ratio under 1.10.

Run:
    .venv/bin/python benchmarks/custom_rules.py              # 1,000 phrases, 10 copies, 9 rounds
    .venv/bin/python benchmarks/custom_rules.py -n 5000 --copies 50
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
from pathlib import Path

import attrs

import eurasia_events as ee
from eurasia_events.extractor import Extractor

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

ADJECTIVES = (
    "joint military naval air border tactical strategic combined command-staff field "
    "mountain desert coastal anti-terrorist peacekeeping rapid-reaction special-forces "
    "artillery missile air-defence engineering medical logistics cyber amphibious"
).split()
NOUNS = "exercise exercises drills drill manoeuvres maneuvers training war-games".split()
SUFFIXES = "stage phase round session series".split()


@attrs.frozen(kw_only=True)
class MilitaryExercise(ee.Event):
    """Joint drills of the armed forces of two or more states."""


def phrases(n: int) -> list[str]:
    """``n`` distinct trigger phrases for the custom type."""
    out: list[str] = []
    two = [f"{a} {b}" for a, b in itertools.product(ADJECTIVES, NOUNS)]
    three = [f"{a} {b} {c}" for a, b, c in itertools.product(ADJECTIVES, NOUNS, SUFFIXES)]
    four = [f"{a} {b} {c}" for a, b, c in itertools.product(ADJECTIVES, ADJECTIVES, NOUNS) if a != b]
    for phrase in itertools.chain(two, three, four):
        if len(out) == n:
            break
        out.append(phrase)
    if len(out) < n:
        raise SystemExit(f"only {len(out)} distinct phrases available; ask for fewer")
    return out


def run(extractor: Extractor, texts: list[str]) -> float:
    """CPU seconds of this process to extract the events of ``texts``."""
    start = time.process_time()
    for _events in extractor.pipe(texts, published="2024-07-05"):
        pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="custom trigger phrases (default 1000)")
    parser.add_argument("--copies", type=int, default=10, help="copies of the example articles per round")
    parser.add_argument("--rounds", type=int, default=9, help="alternating timed rounds per extractor")
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))] * args.copies
    default = Extractor()
    custom = Extractor()
    custom.add_triggers(MilitaryExercise, phrases(args.n))
    assert len(custom.rules) == len(default.rules) + args.n

    run(default, texts[:8])  # warm up: gazetteer index, lexicon, date parser
    run(custom, texts[:8])
    times: dict[str, list[float]] = {"default": [], "custom": []}
    for _ in range(args.rounds):
        times["default"].append(run(default, texts))
        times["custom"].append(run(custom, texts))
    base = min(times["default"])
    more = min(times["custom"])
    print(f"articles per round: {len(texts)} ({len(texts) // args.copies} examples x {args.copies}), {args.rounds} rounds")
    print(f"default extractor ({len(default.rules)} rules): fastest {base:.3f} s, median {statistics.median(times['default']):.3f} s CPU per round")
    print(f"with {args.n} custom phrases ({len(custom.rules)} rules): fastest {more:.3f} s, median {statistics.median(times['custom']):.3f} s CPU per round")
    print(f"slowdown ratio custom / default: {more / base:.3f}")


if __name__ == "__main__":
    main()
