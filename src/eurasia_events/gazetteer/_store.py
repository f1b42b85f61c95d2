"""The bundled city tables and name index, from the cache or built and cached.

Private to :mod:`eurasia_events.gazetteer`. Two parts are kept apart because they are
needed at different times:

- the *core* (loaded on the first extraction): each city's row, the capitals, and the
  name index of every bundled form (countries, organizations, persons, cities);
- the *lookups* (loaded on the first :meth:`Gazetteer.city` or ``aliases("city")``):
  the city keys with their ranks and the city forms offered for matching.
"""

from __future__ import annotations

import threading
from typing import Any

from . import _cache
from ._cities import CityTable, build_city_tables, city_surfaces, stoplist
from ._index import Layer
from ._names import NameIndex, build_names

__all__ = ["CityData", "bundled"]

_LOCK = threading.Lock()


class CityData:
    """The bundled cities: :attr:`cities` (geonameid -> City), :attr:`capitals`,
    :attr:`names` (the bundled name index); :attr:`city_keys` and :attr:`aliases` on
    first use."""

    def __init__(self, base: Layer, core: dict[str, Any], lookups: dict[str, Any] | None) -> None:
        self._base = base
        self.cities = CityTable(core["rows"])
        self.capitals: dict[str, int] = core["capitals"]
        self.names = NameIndex(core["names"], core["first"])
        self._lookups = lookups

    def _lookup(self) -> dict[str, Any]:
        if self._lookups is None:
            with _LOCK:
                if self._lookups is None:
                    found = _cache.load("lookups")
                    if found is None:  # removed since the core was read, or not cached
                        found = _lookups(build_city_tables(self._base.alpha2), self._base)
                        _cache.store("lookups", found)
                    self._lookups = found
        return self._lookups

    @property
    def city_keys(self) -> dict[str, list[tuple[int, int, int]]]:
        """city key -> ranks ``(tier, -population, geonameid)``, best first."""
        return self._lookup()["keys"]

    @property
    def aliases(self) -> list[tuple[str, int, bool]]:
        """``(form, geonameid, needs_cue)`` of the forms matched in running text."""
        return self._lookup()["aliases"]

    @property
    def capital_ids(self) -> frozenset[int]:
        return frozenset(self.capitals.values())


def _lookups(tables: dict[str, Any], base: Layer) -> dict[str, Any]:
    """The city keys and the city forms offered for matching: not the stoplist's words,
    another kind's names, or the first names of the bundled persons."""
    blocked = stoplist()
    for table in (base.country_keys, base.country_acronyms, base.demonym_keys, base.org_keys, base.org_acronyms, base.person_keys, base.surname_keys):
        blocked.update(table)
    blocked.update(k.split()[0] for k in base.person_keys if " " in k)  # first names: "Rustam", "Shavkat"
    return {"keys": tables["keys"], "aliases": city_surfaces(tables, blocked)}


def _base_forms(base: Layer) -> list[tuple[str, str, str]]:
    """``(kind, form, id)`` of the bundled countries, demonyms, organizations and persons,
    in the order they claim keys (cities come after)."""
    out: list[tuple[str, str, str]] = []
    for kind in ("organization", "country", "demonym", "person"):
        seen: set[tuple[str, str]] = set()
        for pair in base.surfaces[kind]:
            if pair not in seen:
                seen.add(pair)
                out.append((kind, pair[0], str(pair[1])))
    return out


def _build(base: Layer) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Build both parts from the data and cache them. Returns the core and the lookups,
    or None for the lookups once they are cached (they are read back when needed, which
    keeps a first run's memory down)."""
    tables = build_city_tables(base.alpha2)
    lookups: dict[str, Any] | None = _lookups(tables, base)
    aliases = lookups["aliases"]
    del tables["keys"]
    if _cache.store("lookups", lookups):
        lookups = None
    forms = _base_forms(base)
    seen: set[tuple[str, int]] = set()
    for form, gid, cue in aliases:
        if (form, gid) not in seen:
            seen.add((form, gid))
            forms.append(("town" if cue else "city", form, str(gid)))
    del aliases, seen
    names, first = build_names(forms)
    core = {"rows": tables["rows"], "capitals": tables["capitals"], "names": names, "first": first}
    _cache.store("core", core)
    return core, lookups


def bundled(base: Layer) -> CityData:
    """The bundled city data, from the cache when it holds it."""
    with _LOCK:
        core = _cache.load("core")
        lookups = None
        if core is None:
            core, lookups = _build(base)
    return CityData(base, core, lookups)
