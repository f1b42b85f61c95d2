"""Plugins: Plugin objects, load_plugins, and discovery through the entry-point group."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import eurasia_events as ee
from eurasia_events.errors import RuleError
from eurasia_events.extraction.extractor import Extractor
from eurasia_events.extraction.plugins import GROUP, Plugin, PluginError, installed_plugins, load_plugins
from eurasia_events.extraction.rules import Rule

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_PLUGIN = ROOT / "examples" / "plugin"


@attrs.frozen(kw_only=True)
class RailwayLaunch(ee.Event):
    """The opening of a railway line between countries (test type)."""


RAIL_RULES = [{"id": "rail-launch", "type": "RailwayLaunch", "pattern": "launched the railway", "anchor": "verb"}]
RAIL_TEXT = (
    "TERMEZ, May 20. /Steppe Wire/. The presidents of Turkmenistan and Uzbekistan launched "
    "the railway to Afghanistan in Zarbdar on Monday, the Uzbek state news agency said."
)
ZARBDAR = {"kind": "city", "name": "Zarbdar", "country": "UZB"}


def rail_plugin(**changes) -> Plugin:
    fields = {"name": "rail", "rules": RAIL_RULES, "types": [RailwayLaunch], "gazetteer": [ZARBDAR]}
    fields.update(changes)
    return Plugin(**fields)


class TestPlugin:
    def test_rules_from_dicts_objects_and_a_file(self, tmp_path):
        """rules= takes rule dicts, Rule objects or the path of a JSONL rule file, all to the same Rules."""
        path = tmp_path / "rail.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in RAIL_RULES), encoding="utf-8")
        from_dicts = Plugin("a", rules=RAIL_RULES).rules
        assert Plugin("b", rules=[Rule.from_dict(RAIL_RULES[0])]).rules == from_dicts
        assert Plugin("c", rules=path).rules == from_dicts
        assert Plugin("d", rules=str(path)).rules == from_dicts

    def test_bad_rule(self, tmp_path):
        """A bad rule fails when the Plugin is made, naming the file and line."""
        path = tmp_path / "bad.jsonl"
        path.write_text('{"type": "RailwayLaunch"}\n', encoding="utf-8")
        with pytest.raises(RuleError, match=r"bad\.jsonl, line 1: missing required key 'pattern'"):
            Plugin("bad", rules=path)

    def test_bad_type_and_gazetteer_entry(self):
        """types must be Event subclasses and gazetteer entries need a known kind."""
        with pytest.raises(PluginError, match=r"subclasses of eurasia_events\.Event, got 'RailwayLaunch'"):
            Plugin("bad", types=["RailwayLaunch"])
        with pytest.raises(PluginError, match=r"'kind' one of country_alias, city, organization, person"):
            Plugin("bad", gazetteer=[{"kind": "town", "name": "Zarbdar"}])

    def test_apply_adds_rules_entries_and_runs_setup(self):
        """apply() adds the rules, the gazetteer entries (to that extractor only) and runs setup."""
        seen = []
        plugin = rail_plugin(setup=seen.append)
        ex = Extractor()
        plugin.apply(ex)
        assert seen == [ex]
        assert ex.rules[-1].id == "rail-launch"
        assert ex.gazetteer.city("Zarbdar").country == "UZB"
        assert Extractor().gazetteer.city("Zarbdar") is None

    def test_bad_gazetteer_value_names_the_plugin(self):
        """A gazetteer entry the gazetteer rejects fails apply() naming the plugin and the entry."""
        plugin = Plugin("rail", gazetteer=[{"kind": "city", "name": "Zarbdar", "country": "XXX"}])
        with pytest.raises(PluginError, match=r"plugin 'rail': gazetteer entry .*unknown country 'XXX'"):
            Extractor(plugins=[plugin])

    def test_extractor_uses_the_plugin(self):
        """Extractor(plugins=[plugin]) extracts the plugin's type, placed in the plugin's new city."""
        (event,) = Extractor(plugins=[rail_plugin()]).extract(RAIL_TEXT, "2024-05-20")
        assert isinstance(event, RailwayLaunch)
        assert event.place.city == "Zarbdar"
        assert Extractor().extract(RAIL_TEXT, "2024-05-20") == []


class TestLoadPlugins:
    def test_objects_and_callables(self):
        """load_plugins takes Plugin objects and callables returning one, keeping order, once each."""
        a, b = Plugin("a"), Plugin("b")
        assert load_plugins([a, lambda: b, a]) == [a, b]
        assert load_plugins(a) == [a]
        assert load_plugins(None) == []

    def test_unknown_name_lists_installed(self):
        """An unknown name is a PluginError listing the installed plugins and the group."""
        with pytest.raises(PluginError, match=r"unknown plugin 'no-such-plugin'; installed plugins \(entry-point group 'eurasia_events\.plugins'\): ") as info:
            load_plugins(["no-such-plugin"])
        for name in installed_plugins():
            assert name in str(info.value)
        with pytest.raises(PluginError, match="unknown plugin 'no-such-plugin'"):
            Extractor(plugins="no-such-plugin")

    def test_bad_items(self):
        """Anything but a name, a Plugin or a callable returning one is refused."""
        with pytest.raises(PluginError, match=r"a plugin is a name, a Plugin or a callable"):
            load_plugins([42])
        with pytest.raises(PluginError, match=r"returned str, not a Plugin"):
            load_plugins([lambda: "rail"])


def _installed_copy_is_current() -> bool:
    """True when eurasia_events_naval is installed with the same files as examples/plugin."""
    spec = importlib.util.find_spec("eurasia_events_naval")
    if spec is None or not spec.submodule_search_locations:
        return False
    installed = Path(list(spec.submodule_search_locations)[0])
    source = EXAMPLE_PLUGIN / "src" / "eurasia_events_naval"
    for file in source.iterdir():
        if file.is_file() and not (installed / file.name).is_file():
            return False
        if file.is_file() and (installed / file.name).read_bytes() != file.read_bytes():
            return False
    return True


@pytest.fixture(scope="session")
def naval_plugin():
    """Install examples/plugin into the running environment unless the same copy is there
    (no network needed with --no-build-isolation when the build tools are installed);
    skip when pip cannot install it."""
    if "naval" not in installed_plugins() or not _installed_copy_is_current():
        if "eurasia_events_naval" in sys.modules:
            pytest.skip("an outdated eurasia_events_naval is already imported in this process")
        base = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall"]
        commands = [base + ["--no-build-isolation", str(EXAMPLE_PLUGIN)], base + [str(EXAMPLE_PLUGIN)]]
        errors = []
        for command in commands:
            result = subprocess.run(command, capture_output=True, text=True, timeout=600)
            if result.returncode == 0:
                break
            errors.append((result.stderr.strip().splitlines() or ["?"])[-1])
        else:
            pytest.skip(f"cannot install the example plugin with pip: {errors}")
        importlib.invalidate_caches()
    if "naval" not in installed_plugins():
        pytest.skip("the example plugin is installed but its entry point is not visible")
    return installed_plugins()["naval"]


NAVAL_TEXT = (
    "AKTAU, August 5. /Steppe Wire/. Warships of Kazakhstan and Azerbaijan began joint naval "
    "exercises near Bautino on Monday, the Kazakh Navy said."
)


class TestEntryPointDiscovery:
    def test_entry_point_is_found(self, naval_plugin):
        """The example plugin is announced in the group and resolves to a Plugin."""
        assert naval_plugin.group == GROUP
        assert naval_plugin.value == "eurasia_events_naval:plugin"
        (plugin,) = load_plugins(["naval"])
        assert plugin.name == "naval"
        assert [t.event_type for t in plugin.types] == ["NavalExercise"]
        assert {r.id for r in plugin.rules} >= {"naval-exercise"}

    def test_extract_with_the_plugin_by_name(self, naval_plugin):
        """Extractor(plugins=["naval"]) extracts a NavalExercise at the plugin's new port."""
        (event,) = Extractor(plugins=["naval"]).extract(NAVAL_TEXT, "2024-08-05")
        assert event.type == "NavalExercise"
        assert type(event).__module__ == "eurasia_events_naval"
        assert {p.code for p in event.participants} == {"KAZ", "AZE"}
        assert (event.place.city, event.place.country) == ("Bautino", "KAZ")
        assert event.ships is None
        assert ee.Event.from_dict(event.to_dict()) == event

    def test_all(self, naval_plugin):
        """plugins="all" loads every installed plugin, the example among them."""
        assert "naval" in [p.name for p in load_plugins("all")]
        assert [e.type for e in Extractor(plugins="all").extract(NAVAL_TEXT, "2024-08-05")] == ["NavalExercise"]

    def test_no_plugins_by_default(self, naval_plugin):
        """Installed plugins are not used unless asked for."""
        assert Extractor().extract(NAVAL_TEXT, "2024-08-05") == []

    def test_component_config(self, naval_plugin):
        """The spaCy component takes plugins in its config."""
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("eurasia_events", config={"plugins": ["naval"]})
        assert [e.type for e in nlp(NAVAL_TEXT)._.events] == ["NavalExercise"]
