"""Shared fixtures: the default extractor and the development corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest


def corpus_dir() -> Path | None:
    """../shared/corpus beside the checkout, or $EURASIA_EVENTS_CORPUS; None if absent."""
    env = os.environ.get("EURASIA_EVENTS_CORPUS")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "shared" / "corpus")
    for path in candidates:
        if path.is_dir() and any(path.glob("*.json")):
            return path
    return None


def schema_path() -> Path | None:
    """The record JSON Schema of the spec, if the shared folder is there."""
    path = Path(__file__).resolve().parents[2] / "shared" / "spec" / "event.schema.json"
    return path if path.is_file() else None


@pytest.fixture(scope="session")
def extractor():
    import eurasia_events as ee

    return ee.Extractor()


@pytest.fixture(scope="session")
def corpus():
    """[(id, text, annotation dict)] of the development corpus; skips when absent."""
    folder = corpus_dir()
    if folder is None:
        pytest.skip("the development corpus (../shared/corpus) is not available")
    items = []
    for gold in sorted(folder.glob("*.json")):
        text_path = gold.with_suffix(".txt")
        if text_path.is_file():
            items.append((gold.stem, text_path.read_text(encoding="utf-8"), json.loads(gold.read_text(encoding="utf-8"))))
    return items
