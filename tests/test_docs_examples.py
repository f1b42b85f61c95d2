"""The records printed in docs/event-types.md are what the extractor gives for their texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import eurasia_events as ee

PAGE = Path(__file__).resolve().parents[1] / "docs" / "event-types.md"
_EXAMPLE = re.compile(
    r'Text \(`published="(?P<published>[^"]+)"`\):\s*```text\n(?P<text>.*?)\n```\s*Record[^\n]*:\s*```json\n(?P<json>.*?)\n```',
    re.S,
)


def _examples():
    return [(m["published"], m["text"], json.loads(m["json"])) for m in _EXAMPLE.finditer(PAGE.read_text(encoding="utf-8"))]


def test_page_has_an_example_per_type():
    """Each of the six types has a worked example on the page."""
    assert len(_examples()) >= 6


@pytest.mark.parametrize("published,text,record", _examples())
def test_example_record_is_current(extractor, published, text, record):
    """The documented record is among the records extracted from the documented text."""
    got = [e.to_dict() for e in extractor.extract(text, published=published)]
    wanted = record if isinstance(record, list) else [record]
    for item in wanted:
        assert item in got
