"""The bundled example scripts run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_quickstart_prints_records():
    """examples/quickstart.py prints the records of every bundled article."""
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")], capture_output=True, text=True, timeout=300, check=True
    ).stdout
    assert out.count("== ") == len(list((EXAMPLES / "articles").glob("*.txt")))
    assert "Summit           24th SCO Summit | Astana, KAZ | 2024-07-04..2024-07-04 | past" in out
    assert "visitor     person       Sergey Lavrov RUS" in out
