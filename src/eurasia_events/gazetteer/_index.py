"""The gazetteer's indexes: one :class:`Layer` of name -> id tables, and how the bundled one is built.

Private to :mod:`eurasia_events.gazetteer`. The bundled layer (countries, organizations,
persons) is built from ``data/*.jsonl`` and pycountry on first use; the cities are in
:mod:`._cities` and :mod:`._store`. A user's additions live in a small layer of their own, copied
(shallowly; lists are replaced, never changed in place) by ``Gazetteer.copy``.
"""

from __future__ import annotations

import json
from importlib import resources
from os import PathLike
from typing import Any, Iterator

from ._text import city_key, is_acronym, key
from ..text.fold import surname_skeleton
from ..errors import GazetteerError

__all__ = ["Layer", "build_base_layer", "read_jsonl", "data_lines"]

ALIAS_KINDS = ("country", "demonym", "city", "organization", "person")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "der", "van", "da", "de", "abu", "ul"})
_SURNAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "VNM"})
_BODY_FORMS = ("{} Secretariat", "Secretariat of {}", "Secretariat of the {}", "{} Executive Committee", "Executive Committee of the {}", "Executive Committee of {}")


class Layer:
    """Name tables of one layer; lists inside are never mutated, so a shallow copy is safe."""

    _DICTS = (
        "countries", "alpha2", "country_keys", "country_acronyms", "demonym_keys",
        "orgs", "org_keys", "org_acronyms",
        "persons", "person_keys", "person_skeletons", "surname_keys", "office_holders", "office_roles",
        "cities", "city_keys", "capitals", "alternates",
    )  # fmt: skip

    def __init__(self) -> None:
        for name in self._DICTS:
            setattr(self, name, {})
        self.surfaces: dict[str, list[tuple[str, str]]] = {k: [] for k in ALIAS_KINDS}
        self._next_id = -1

    def copy(self) -> "Layer":
        new = Layer.__new__(Layer)
        for name in self._DICTS:
            setattr(new, name, dict(getattr(self, name)))
        new.surfaces = {k: list(v) for k, v in self.surfaces.items()}
        new._next_id = self._next_id
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
            _add_name(self.person_keys, k, name)
            self.surfaces["person"].append((form, name))
            if " " in k:  # "Serdar Berdymukhammedov": another transliteration of a full name
                _add_name(self.person_skeletons, skeleton_key(k), name)
            for s in _surnames(k.split(), home in _SURNAME_FIRST):
                _add_name(self.surname_keys, s, name)
        for office in offices:
            slot = (_role(office.title), office.of)
            _add_name(self.office_holders, slot, name)
            self.office_roles[slot[0]] = True
        return person


def _add_name(table: dict, k: Any, name: str) -> None:
    """``name`` under ``k``, once, in a new list (lists may be shared with a layer copied before)."""
    if name not in table.get(k, ()):
        table[k] = [*table.get(k, ()), name]


def skeleton_key(k: str) -> str:
    """A person key with each word's transliteration variants written alike (spec section 4)."""
    return " ".join(surname_skeleton(w) for w in k.split())


_NASAB = frozenset(["bin", "ibn", "bint"])


def _surnames(words: list[str], surname_first: bool) -> list[str]:
    if len(words) < 2:
        return []
    if surname_first:
        return [words[0]]  # "Lee Jae Myung": "Myung" is a syllable of the given name, no surname
    if _NASAB & set(words[1:-1]):
        # "Mohammed bin Salman": "bin Salman" names his father; he is told by his given name ("King
        # Salman", "Emir Tamim") or his house ("Al Thani"), never by his father's name
        house = [" ".join(words[-2:])] if len(words) > 3 and words[-2] in _PARTICLES else []
        return [words[0], *house]
    out = [words[-1]]
    i = len(words) - 1
    while i > 1 and words[i - 1] in _PARTICLES:
        i -= 1
        out.append(" ".join(words[i:]))
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
