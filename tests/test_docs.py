"""The documentation site: mkdocs.yml, docs/ and the API reference from the docstrings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: The API reference follows the tree: a page per subpackage (the command line has docs/cli.md),
#: each showing this module.
PAGES = {
    "model": "model.events", "text": "text.chunking", "dates": "dates", "gazetteer": "gazetteer",
    "extraction": "extraction", "linking": "linking", "io": "io.records",
    "integrations": "integrations.component", "evaluate": "evaluate", "errors": "errors",
}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """The result of `mkdocs build --strict` into a temporary folder, and that folder."""
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    site = tmp_path_factory.mktemp("docs") / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),  # Material's end-of-life banner
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, site


class TestSite:
    def test_strict_build_succeeds(self, build):
        """`mkdocs build --strict` builds the site with no warning (broken link, griffe, autorefs)."""
        result, site = build
        assert result.returncode == 0, result.stdout + result.stderr
        assert (site / "index.html").is_file()
        assert (site / "images" / "review.png").is_file()

    def test_api_reference_has_every_module(self, build):
        """The API reference has a page per subpackage, its examples read as examples."""
        result, site = build
        assert result.returncode == 0, result.stdout + result.stderr
        package = ROOT / "src" / "eurasia_events"
        subpackages = {p.parent.name for p in package.glob("*/__init__.py")} - {"cli"}
        assert subpackages <= set(PAGES), subpackages - set(PAGES)
        for page_name, module in PAGES.items():
            page = (site / "api" / page_name / "index.html").read_text(encoding="utf-8")
            assert f'id="eurasia_events.{module}"' in page, module
        dates = (site / "api" / "dates" / "index.html").read_text(encoding="utf-8")
        assert "Examples:" in dates
        assert ":func:" not in dates and "versionadded" not in dates
