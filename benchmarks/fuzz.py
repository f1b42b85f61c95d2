"""Benchmark: fuzz ``Extractor().extract`` and ``eurasia_events.extract`` with broken text (issue #18).

Runs ``--n`` fuzzed texts (default 100,000) through the extractor and counts the
exceptions by class and place (the file:line of the innermost ``eurasia_events`` frame of
the traceback). The goal is 0: a bad input must give a typed error at the call or an honest
empty result, never a crash from deep inside.

The texts, each made from its own ``random.Random`` seeded with ``(--seed, index)`` so a
run is the same for a seed whatever the number of workers:

* about 70% mutated news articles: a base text from ``examples/articles/*.txt`` and, when
  present, ``../shared/corpus/*.txt`` and ``.cache/devset/*.txt`` (read at run time, never
  copied), with 1 to 8 mutations: characters inserted, deleted or replaced, drawn mostly
  from the ones that break text code (dotless and dotted i, no-break and narrow no-break
  spaces, zero-width space and joiner, BOM, combining marks, curly, straight and guillemet
  quotes, en and em dashes, hyphen variants, emoji and other astral characters, NUL and
  control characters, ``\\r``, tabs, line breaks, digits, periods, letters whose case
  mapping changes the length); words or sentences duplicated, deleted or swapped; a cut at
  a random point; runs put in upper or lower case; pieces of two articles spliced;
* about 30% random strings: very short ones (0-10 characters), longer random Unicode (no
  lone surrogates), and token soups of real news words ("between", "the", "sign", "Union",
  "E", "summit", dates...) with the words of the base articles and those the library looks
  for (its word lists, its trigger rules' words, gazetteer names).

One text in 200 gets a lone surrogate code point (half an emoji escaped in JSON), which is
no Unicode text: the call must refuse it with ``InputValueError``, counted as a typed
refusal; anything else it does counts as a failure.

Half the texts carry a publication date (1990-2035, as a date, a datetime or an ISO
string; one in 25 of them at the ends of the calendar instead, years 1-2 or 9998-9999,
where "next month" has no days), half none. Even-numbered texts go through one
``Extractor()`` per worker, odd ones through the default ``eurasia_events.extract``,
except one in ten (index ending in 5), which goes to an ``Extractor()`` with
``max_chars=400``, so that the path for long texts (cut into pieces, offsets shifted back)
is fuzzed too. Every result is also checked: each
record's evidence spans must be the text's (``text[e.start:e.end] == e.text``) and the
record must survive ``to_dict``/``from_dict``; failures are counted as invariant
violations next to the exceptions. A text that takes longer than ``--timeout`` seconds is
stopped and counted as a ``Timeout`` crash.

It prints: texts run (by kind, with and without a date), exceptions, invariant violations,
texts/s, the slowest texts, and per crash class its count and the first example, shrunk
(lines, words, then characters removed while the same crash remains) to a short repr.

Usage::

    .venv/bin/python benchmarks/fuzz.py                         # 100,000 texts, 2 workers
    .venv/bin/python benchmarks/fuzz.py --quick                 # 5,000 texts
    .venv/bin/python benchmarks/fuzz.py --n 200000 --seed 7 --workers 2
    .venv/bin/python benchmarks/fuzz.py --replay 1234 --seed 7  # one text: its repr and traceback
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import random
import re
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = (ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus", ROOT / ".cache" / "devset")
CHUNK = 250  # texts per task sent to a worker
PIECES = 400  # max_chars of the Extractor that exercises the long-text path
EDGE_DATES = 1 / 25  # share of publication dates at the ends of the calendar
SURROGATES = 1 / 200  # share of texts with a lone surrogate code point

# --------------------------------------------------------------------------- alphabets

SPECIAL = [
    "ı", "İ", "i̇", "\u00a0", "\u202f", "\u2009", "\u3000", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "\u0301", "\u0308", "\u0300", "\u0327", "\u030c", "\u0336", "\u20dd",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "`", "´",
    "–", "—", "\u2010", "\u2011", "\u2012", "\u2212", "-", "--",
    "😀", "🇰🇿", "👍🏽", "🤝", "👨‍👩‍👧", "\U0001d400", "\U00020000", "\U0010fffd", "\U000e0041",
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029",
    "\u200e", "\u200f", "\u202e", "\u2066",
    "\r", "\r\n", "\t", "\n", "\n\n", "\n\n\n", " ", "  ",
    "0", "1", "2", "7", "9", "12", "2024", "31", ".", "...", "…", ",", ";", ":", "!", "?", "(", ")", "[", "]", "/", "&", "%", "$",
    "ß", "ẞ", "ﬁ", "ﬀ", "ŉ", "ǰ", "Ω", "K", "Å", "ſ", "ǅ", "ΐ",
]
NEWS_WORDS = [
    "between", "the", "sign", "signed", "signing", "Union", "E", "and", "summit", "Summit", "met", "meet", "visit",
    "visited", "talks", "forum", "Forum", "memorandum", "agreement", "of", "in", "on", "by", "with", "President",
    "Minister", "Foreign", "Prime", "organized", "hosted", "host", "will", "held", "hold", "SCO", "CICA", "EAEU",
    "BRICS", "CIS", "Kazakhstan", "Russia", "China", "Uzbekistan", "Astana", "Moscow", "Beijing", "Tashkent", "Baku",
    "Putin", "Xi", "Tokayev", "Lavrov", "Eurasian", "Economic", "Organization", "Fund", "Ministry", "Bank", "Council",
    "Development", "Cooperation", "Shanghai", "State", "Corporation", "the", "a", ",", ".", '"', "“", "”", "-", "–",
    "May", "July", "Monday", "today", "yesterday", "tomorrow", "next", "last", "year", "week", "month", "this",
    "summer", "spring", "2024", "2025", "1999", "12", "3", "31", "4th", "24th", "third", "annual", "joint", "bilateral",
    "official", "state", "ASTANA", "MOSCOW", "(", ")", ";", ":", "and", "or", "to", "from", "until", "as", "well",
]
DATES = [
    "May 12", "12 May 2025", "2025-05-12", "May 13 to 18", "13-18 May", "on Monday", "next year", "last week",
    "this summer", "July 4, 2024", "4.07.2024", "in 1999", "on 31 February", "December 32", "0000-00-00",
    "9999-12-31", "in the year 10000", "between 2024 and 2023", "from June 30 to June 1", "Q3 2025", "mid-2026",
]
CUT = re.compile(r"(?<=[.!?])\s+")


def _random_char(rng: random.Random) -> str:
    """One character: mostly the ones that break text code, else any code point but a surrogate."""
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(SPECIAL)
    if roll < 0.75:
        return chr(rng.randint(0x20, 0x7E))
    if roll < 0.95:
        code = rng.randint(0, 0xFFFF)
    else:
        code = rng.randint(0x10000, 0x10FFFF)
    return chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"


# --------------------------------------------------------------------------- texts


def base_articles() -> list[str]:
    """The texts mutated, in a fixed order (read at run time, never copied)."""
    texts = []
    for folder in ARTICLE_DIRS:
        if folder.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    if not texts:
        raise SystemExit(f"no articles found in {', '.join(map(str, ARTICLE_DIRS))}")
    return texts


def _pos(rng: random.Random, text: str) -> int:
    return rng.randint(0, len(text))


def _words_op(rng: random.Random, text: str, op: str) -> str:
    parts = re.split(r"(\s+)", text)  # words at even indexes, whitespace between
    words = list(range(0, len(parts), 2))
    if len(words) < 2:
        return text
    i, j = rng.choice(words), rng.choice(words)
    if op == "dup":
        parts[i] = parts[i] + " " + parts[i]
    elif op == "del":
        parts[i] = ""
    else:
        parts[i], parts[j] = parts[j], parts[i]
    return "".join(parts)


def _sentences_op(rng: random.Random, text: str, op: str) -> str:
    sents = CUT.split(text)
    if len(sents) < 2:
        return text
    i, j = rng.randrange(len(sents)), rng.randrange(len(sents))
    if op == "dup":
        sents.insert(j, sents[i])
    elif op == "del":
        del sents[i]
    else:
        sents[i], sents[j] = sents[j], sents[i]
    return " ".join(sents)


def mutate(rng: random.Random, text: str, other: str) -> str:
    """``text`` after one random mutation (``other``: a second article for splices)."""
    op = rng.randrange(16)
    p = _pos(rng, text)
    if op <= 2:  # insert characters
        return text[:p] + "".join(_random_char(rng) for _ in range(rng.randint(1, 3))) + text[p:]
    if op == 3:  # delete characters
        return text[:p] + text[p + rng.randint(1, 5):]
    if op <= 5:  # replace characters
        return text[:p] + "".join(_random_char(rng) for _ in range(rng.randint(1, 3))) + text[p + rng.randint(1, 3):]
    if op == 6:  # every space of a stretch becomes another space or nothing
        end = p + rng.randint(10, 400)
        return text[:p] + text[p:end].replace(" ", rng.choice(["\u00a0", "\u202f", "\u200b", "\t", "\n", "", "  ", "\u3000"])) + text[end:]
    if op == 7:
        return _words_op(rng, text, rng.choice(["dup", "del", "swap"]))
    if op == 8:
        return _sentences_op(rng, text, rng.choice(["dup", "del", "swap"]))
    if op == 9:  # truncate
        return text[:p] if rng.random() < 0.7 else text[p:]
    if op == 10:  # case runs
        end = p + rng.randint(1, 300)
        fn = rng.choice([str.upper, str.lower, str.title, str.swapcase, str.casefold])
        return text[:p] + fn(text[p:end]) + text[end:]
    if op == 11:  # splice two articles
        q = _pos(rng, other)
        return text[:p] + other[q:] if rng.random() < 0.5 else text[:p] + other[q : q + rng.randint(20, 600)] + text[p:]
    if op == 12:  # a news word or a date inserted
        word = rng.choice(NEWS_WORDS + DATES)
        return text[:p] + rng.choice([" ", "", "\n"]) + word + rng.choice([" ", "", ". "]) + text[p:]
    if op == 13:  # a word replaced by a special character run
        junk = "".join(_random_char(rng) for _ in range(rng.randint(0, 2)))
        return text[:p] + re.sub(r"\w+", lambda m: junk, text[p:], count=1)
    if op == 14:  # one special character repeated
        return text[:p] + _random_char(rng) * rng.randint(2, 40) + text[p:]
    # a combining mark or joiner after every character of a stretch
    end = p + rng.randint(1, 40)
    mark = rng.choice(["\u0301", "\u0308", "\u200d", "\u200b", "\ufeff", "\u00ad"])
    return text[:p] + "".join(c + mark for c in text[p:end]) + text[end:]


def _random_unicode(rng: random.Random, size: int) -> str:
    return "".join(_random_char(rng) for _ in range(size))


def _soup(rng: random.Random, vocab: Sequence[str], names: Sequence[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 60)):
        roll = rng.random()
        pool = NEWS_WORDS if roll < 0.4 else DATES if roll < 0.5 else names if roll < 0.75 else vocab
        out.append(rng.choice(pool))
        out.append(rng.choice([" "] * 12 + ["\n", "\n\n", ", ", ". ", "\u00a0", "", "\t", " - "]))
    return "".join(out)


def _published(rng: random.Random) -> Any:
    """None for half the texts; else a day of 1990-2035, but one in 25 at the calendar's
    ends (years 1-2 and 9998-9999), where relative dates run out of days."""
    if rng.random() < 0.5:
        return None
    if rng.random() < EDGE_DATES:
        edge = datetime.date.min if rng.random() < 0.5 else datetime.date.max - datetime.timedelta(days=730)
        day = edge + datetime.timedelta(days=rng.randrange(731))
    else:
        day = datetime.date(1990, 1, 1) + datetime.timedelta(days=rng.randrange(46 * 365 + 11))
    form = rng.random()
    if form < 0.5:
        return day
    if form < 0.75:
        return day.isoformat()
    return datetime.datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))


def make_text(seed: int, index: int, bases: Sequence[str], vocab: Sequence[str], names: Sequence[str]) -> tuple[str, str, Any]:
    """``(kind, text, published)`` of text ``index``: the same for a seed in any process."""
    rng = random.Random(f"{seed}:{index}")
    roll = rng.random()
    if roll < 0.7:
        kind = "mutated"
        text = rng.choice(bases)
        for _ in range(rng.randint(1, 8)):
            text = mutate(rng, text, rng.choice(bases))
    elif roll < 0.8:
        kind, text = "short", _random_unicode(rng, rng.randint(0, 10))
    elif roll < 0.87:
        kind, text = "unicode", _random_unicode(rng, rng.choice([rng.randint(11, 200), rng.randint(200, 3000)]))
    else:
        kind, text = "soup", _soup(rng, vocab, names)
    if rng.random() < SURROGATES:  # half an escaped emoji: to be refused with a typed error
        at = _pos(rng, text)
        kind, text = "surrogate", text[:at] + chr(rng.randint(0xD800, 0xDFFF)) + text[at:]
    return kind, text, _published(rng)


def vocabulary(bases: Sequence[str]) -> list[str]:
    """The words of the base articles."""
    return sorted({w.strip(".,;:()\"“”'") for t in bases for w in t.split()} - {""})


def library_words() -> list[str]:
    """Words and phrases the rules look for: the lexicon's word lists, the trigger rules'
    words, and gazetteer names (countries, demonyms, organizations, persons, 2,000 cities)."""
    import eurasia_events as ee
    from eurasia_events.extraction.lexicon import lexicon

    out: set[str] = set()
    for values in lexicon().values():
        for value in values:
            out.update(value.split("=", 1)[-1].split(",") if "=" in value else [value])
    for rule in ee.Extractor().rules:
        out.update(re.findall(r'"([^"{}:]+)"', " ".join(rule.pattern)))
    gazetteer = ee.Gazetteer.default()
    for kind in ("country", "demonym", "organization", "person"):
        out.update(form for form, _ in gazetteer.aliases(kind))
    cities = sorted({form for form, _ in gazetteer.aliases("city")})
    out.update(cities[:: max(1, len(cities) // 2000)])
    out -= {"LOWER", "IN", "TEXT", "ORTH", "OP", "REGEX", ""}
    return sorted(out | {w.capitalize() for w in out if w.islower()})


# --------------------------------------------------------------------------- running


class Timeout(Exception):
    """A text took longer than ``--timeout`` seconds."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise Timeout("text took too long")


def crash_key(err: BaseException) -> tuple[str, str]:
    """``(exception class, file:line of the innermost eurasia_events frame)``."""
    where = "(outside eurasia_events)"
    for frame in traceback.extract_tb(err.__traceback__):
        path = frame.filename.replace("\\", "/")
        if "/eurasia_events/" in path:
            where = f"{path.split('/eurasia_events/', 1)[1]}:{frame.lineno}"
    return type(err).__name__, where


def violations(events: list[Any], text: str) -> list[str]:
    """Broken invariants of a result: evidence off the text, records that do not round-trip."""
    import eurasia_events as ee

    out = []
    for event in events:
        for ev in event.evidence:
            if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start : ev.end] != ev.text:
                out.append("evidence span is not the text's")
        if ee.Event.from_dict(json.loads(json.dumps(event.to_dict()))) != event:
            out.append("record does not survive to_dict/from_dict")
    return out


_STATE: dict[str, Any] = {}


def _init(seed: int, timeout: float) -> None:
    import eurasia_events as ee

    bases = base_articles()
    pieces = ee.Extractor()
    pieces.max_chars = PIECES
    _STATE.update(seed=seed, timeout=timeout, bases=bases, vocab=vocabulary(bases), names=library_words(),
                  ex=ee.Extractor(), default=ee.extract, pieces=pieces.extract)
    signal.signal(signal.SIGALRM, _on_alarm)
    for run in ("ex", "default", "pieces"):  # lazy indexes built here, not timed
        _STATE[run](bases[0], "2024-07-05")


ENTRIES = {"ex": "Extractor().extract", "default": "eurasia_events.extract",
           "pieces": f"Extractor().extract, max_chars={PIECES}"}


def entry_name(index: int) -> str:
    """Even texts go to ``Extractor().extract``, odd ones to ``eurasia_events.extract``,
    but one in ten (index ending in 5) to an Extractor that cuts texts into pieces."""
    return "pieces" if index % 10 == 5 else "ex" if index % 2 == 0 else "default"


def run_one(index: int, text: str, published: Any) -> tuple[list[Any] | None, BaseException | None]:
    signal.setitimer(signal.ITIMER_REAL, _STATE["timeout"])
    try:
        return _STATE[entry_name(index)](text, published=published), None
    except BaseException as err:  # counting every class is the point
        if isinstance(err, KeyboardInterrupt):
            raise
        return None, err
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def run_chunk(indexes: range) -> dict[str, Any]:
    """Run texts ``indexes``; counts, first example per crash class, slowest texts."""
    from eurasia_events.errors import InputValueError

    seed, bases, vocab = _STATE["seed"], _STATE["bases"], _STATE["vocab"]
    crashes: Counter = Counter()
    first: dict[str, int] = {}
    kinds: Counter = Counter()
    dated = events = refused = 0
    slowest: list[tuple[float, int]] = []
    start = time.perf_counter()
    for index in indexes:
        kind, text, published = make_text(seed, index, bases, vocab, _STATE["names"])
        kinds[kind] += 1
        dated += published is not None
        t0 = time.perf_counter()
        result, err = run_one(index, text, published)
        slowest.append((time.perf_counter() - t0, index))
        if kind == "surrogate":
            if isinstance(err, InputValueError):
                refused += 1
                continue
            key = json.dumps(["invariant" if err is None else "exception",
                              *(crash_key(err) if err else ("a lone surrogate was not refused", ""))])
        elif err is not None:
            key = json.dumps(["exception", *crash_key(err)])
        else:
            events += len(result)
            broken = violations(result, text)
            key = json.dumps(["invariant", broken[0], ""]) if broken else None
        if key is not None:
            crashes[key] += 1
            first[key] = min(first.get(key, index), index)
    slowest = sorted(slowest, reverse=True)[:5]
    return {"n": len(indexes), "kinds": kinds, "dated": dated, "events": events, "refused": refused, "crashes": crashes,
            "first": first, "slowest": slowest, "seconds": time.perf_counter() - start}


def _merge(total: dict[str, Any], part: dict[str, Any]) -> None:
    for key in ("n", "dated", "events", "refused", "seconds"):
        total[key] = total.get(key, 0) + part[key]
    for key in ("kinds", "crashes"):
        total.setdefault(key, Counter()).update(part[key])
    first = total.setdefault("first", {})
    for key, index in part["first"].items():
        first[key] = min(first.get(key, index), index)
    total["slowest"] = sorted(total.get("slowest", []) + part["slowest"], reverse=True)[:5]


# --------------------------------------------------------------------------- shrinking


def _failure(index: int, text: str, published: Any) -> str | None:
    result, err = run_one(index, text, published)
    if err is not None:
        return json.dumps(["exception", *crash_key(err)])
    broken = violations(result, text)
    return json.dumps(["invariant", broken[0], ""]) if broken else None


def shrink(index: int, text: str, published: Any, key: str, budget: int = 3000) -> str:
    """A shorter text with the same failure: lines, then words, then characters removed."""
    calls = 0

    def fails(candidate: str) -> bool:
        nonlocal calls
        calls += 1
        return _failure(index, candidate, published) == key

    for splitter in (lambda s: s.splitlines(keepends=True), lambda s: re.findall(r"\S+\s*|\s+", s), list):
        parts = splitter(text)
        size = max(1, len(parts) // 2)
        while size >= 1 and calls < budget:
            i, changed = 0, False
            while i < len(parts) and calls < budget:
                candidate = parts[:i] + parts[i + size :]
                if candidate != parts and fails("".join(candidate)):
                    parts, changed = candidate, True
                else:
                    i += size
            if not changed:
                size //= 2
        text = "".join(parts)
    return text


# --------------------------------------------------------------------------- main


def replay(seed: int, index: int, timeout: float) -> int:
    _init(seed, timeout)
    kind, text, published = make_text(seed, index, _STATE["bases"], _STATE["vocab"], _STATE["names"])
    print(f"text {index} ({kind}, {len(text)} chars), published={published!r}, via {ENTRIES[entry_name(index)]}:\n{text!r}\n")
    result, err = run_one(index, text, published)
    if err is not None:
        traceback.print_exception(type(err), err, err.__traceback__)
        return 1
    print(f"{len(result)} events; invariants: {violations(result, text) or 'ok'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="texts to run (default 100000)")
    parser.add_argument("--seed", type=int, default=18, help="random seed (default 18)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--quick", action="store_true", help="5,000 texts")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a text counts as a Timeout (10)")
    parser.add_argument("--no-shrink", action="store_true", help="show first examples as they are")
    parser.add_argument("--replay", type=int, metavar="INDEX", help="run text INDEX of --seed alone, with its traceback")
    args = parser.parse_args(argv)
    if args.replay is not None:
        return replay(args.seed, args.replay, args.timeout)
    n = 5000 if args.quick and args.n == 100_000 else args.n
    bases = base_articles()
    print(f"fuzzing {n:,} texts (seed {args.seed}, {args.workers} worker{'s' if args.workers != 1 else ''}) from {len(bases)} base articles\n")
    chunks = [range(lo, min(n, lo + CHUNK)) for lo in range(0, n, CHUNK)]
    total: dict[str, Any] = {}
    start = time.perf_counter()
    if args.workers <= 1:
        _init(args.seed, args.timeout)
        parts: Any = map(run_chunk, chunks)
    else:
        pool = multiprocessing.get_context("fork").Pool(args.workers, _init, (args.seed, args.timeout))
        parts = pool.imap_unordered(run_chunk, chunks)
    done = 0
    for part in parts:
        _merge(total, part)
        done += part["n"]
        if done % 10_000 < CHUNK:
            print(f"  {done:>8,} texts, {sum(total['crashes'].values()):,} failures, {time.perf_counter() - start:7.1f} s", flush=True)
    if args.workers > 1:
        pool.close()
        pool.join()
    wall = time.perf_counter() - start

    crashes: Counter = total["crashes"]
    exceptions = sum(c for k, c in crashes.items() if json.loads(k)[0] == "exception")
    broken = sum(c for k, c in crashes.items() if json.loads(k)[0] == "invariant")
    kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(total["kinds"].items()))
    print(f"\ntexts run:            {total['n']:,} ({kinds}; {total['dated']:,} with a publication date)")
    print(f"events extracted:     {total['events']:,}")
    print(f"exceptions:           {exceptions:,}")
    print(f"typed refusals:       {total['refused']:,} of {total['kinds']['surrogate']:,} texts with a lone surrogate "
          "(InputValueError at the call, as they should)")
    print(f"invariant violations: {broken:,}")
    print(f"throughput:           {total['n'] / wall:,.0f} texts/s ({wall:.1f} s wall, {args.workers} worker{'s' if args.workers != 1 else ''})")
    print("slowest texts:        " + ", ".join(f"#{i} {s * 1000:.0f} ms" for s, i in total["slowest"]))
    if crashes:
        print(f"\n{'count':>8}  {'failure':<24} location")
        for key, count in crashes.most_common():
            _, cls, where = json.loads(key)
            print(f"{count:>8}  {cls:<24} {where}")
        if args.workers > 1:
            _init(args.seed, args.timeout)
        print("\nfirst example of each (text index, published; shrunk unless --no-shrink):")
        for key, _ in crashes.most_common():
            index = total["first"][key]
            kind, text, published = make_text(args.seed, index, _STATE["bases"], _STATE["vocab"], _STATE["names"])
            _, cls, where = json.loads(key)
            if _failure(index, text, published) != key:
                note, small = " (does not fail again here: fixed since?)", text
            else:
                note, small = "", text if args.no_shrink else shrink(index, text, published, key)
            print(f"  {cls} {where}{note}\n    #{index} ({kind}, {len(text)} chars, via {ENTRIES[entry_name(index)]}), "
                  f"published={published!r}: {small[:300]!r}")
    print(f"\nsummary: {total['n']:,} texts, {exceptions} exceptions, {broken} invariant violations, {total['n'] / wall:,.0f} texts/s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
