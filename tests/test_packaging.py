"""The installed package: version, public names, typing marker, bundled data."""

from __future__ import annotations

from importlib import metadata, resources

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
