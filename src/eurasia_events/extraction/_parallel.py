"""``Extractor.pipe(n_process > 1)``: whole articles are extracted in worker processes.

spaCy's own ``Language.pipe(n_process=N)`` would only move the spaCy components to the
workers, and it tokenizes and serializes every Doc in the calling process both ways, which
costs more than the rule stages it would spread. Here each worker holds a copy of the
Extractor (sent once, when the worker starts; inherited without copying where processes
fork) and gets plain ``(text, published, source)`` items; the records come back as
pickled ``Event`` objects, in input order.
"""

from __future__ import annotations

import datetime
import itertools
import multiprocessing
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["extract_in_workers"]

_EXTRACTOR: Any = None


def _start(extractor: Any) -> None:
    global _EXTRACTOR
    _EXTRACTOR = extractor


def _work(item: tuple[str, datetime.date | None, str | None]) -> list[Any] | BaseException:
    text, day, source = item
    try:
        return _EXTRACTOR._extract_text(text, day, source)
    except Exception as err:  # sent back, raised or recorded by the calling process
        return _portable(err)


def _portable(err: BaseException) -> BaseException:
    """``err`` if it survives pickling, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")


def extract_in_workers(
    extractor: Any,
    items: Iterable[tuple[str, datetime.date | None, str | None, Any]],
    n_process: int,
    batch_size: int,
) -> Iterator[tuple[list[Any] | BaseException | None, Any]]:
    """``(events or the exception raised, tag)`` for each ``(text, published, source, tag)``.

    An item whose text is None is not sent; its outcome is None. At most a few batches per
    worker are in flight, so an endless stream of texts is fine.
    """
    processes = multiprocessing.cpu_count() if n_process < 0 else n_process
    window = max(1, processes * batch_size * 2)
    with multiprocessing.get_context().Pool(processes, initializer=_start, initargs=(extractor,)) as pool:
        it = iter(items)
        while True:
            chunk = list(itertools.islice(it, window))
            if not chunk:
                return
            work = [(text, day, source) for text, day, source, _ in chunk if text is not None]
            done = pool.imap(_work, work, chunksize=max(1, min(batch_size, len(work) // (2 * processes))))
            for text, _day, _source, tag in chunk:
                yield (None if text is None else next(done)), tag
