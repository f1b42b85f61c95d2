"""The :class:`Gazetteer`: lookups over the bundled layer, the city layer and a copy's own entries."""

from __future__ import annotations

import datetime
import functools
from os import PathLike
from typing import Any, Iterable, Iterator, Mapping

import attrs

from .entries import City, Country, Office, Organization, Person, _as_office, _role, _titles
from ._cities import best_rank
from ._index import Layer, build_base_layer, read_jsonl, skeleton_key
from ._names import KIND_ORDER, NameIndex, build_names, merge_names
from ._store import CityData, bundled
from ._text import city_key, is_acronym, key
from ..errors import GazetteerError

__all__ = ["Gazetteer", "Country", "City", "Organization", "Person", "Office"]

KINDS = ("country", "demonym", "city", "organization", "person")


class Gazetteer:
    """Countries, cities, organizations and persons, looked up by any of their names.

    ``Gazetteer()`` is a private gazetteer with the bundled data; :meth:`default` is the
    shared one (read-only); :meth:`copy` is cheap: the bundled data is shared and only
    the entries added to a copy are its own.

    Example:
        >>> g = Gazetteer.default().copy()
        >>> g.add_organization("CAPS", "Central Asian Press Syndicate", acronyms=["CAPS"])
        Organization(id='CAPS', name='Central Asian Press Syndicate')
        >>> g.organization("caps") is None, g.organization("CAPS").id
        (True, 'CAPS')
    """

    def __init__(self) -> None:
        self._base = _base()
        self._own = Layer()
        self._read_only = False
        self._persons_seen: dict[tuple[str, datetime.date | None], Person | None] = {}  # see person()
        self._names: NameIndex | None = None  # see name_index()

    # -- construction ---------------------------------------------------------------
    @classmethod
    def default(cls) -> "Gazetteer":
        """The bundled gazetteer, built once and shared; do not extend it, extend a :meth:`copy`."""
        return _default()

    def copy(self) -> "Gazetteer":
        """A gazetteer with the same entries whose additions stay its own (copy-on-write)."""
        new = Gazetteer.__new__(Gazetteer)
        new._base = self._base
        new._own = self._own.copy()
        new._read_only = False
        new._persons_seen = {}
        new._names = self._names
        return new

    def _writable(self) -> Layer:
        if self._read_only:
            raise GazetteerError(
                "Gazetteer.default() is shared by every extractor and cannot be changed; "
                "extend a private copy instead: g = Gazetteer.default().copy()"
            )
        self._persons_seen.clear()  # an addition can change who a name or title is
        self._names = None
        return self._own

    # -- countries ------------------------------------------------------------------
    def country(self, text: str) -> Country | None:
        """The country named by ``text``: a name, official name, former name, acronym or demonym.

        Example:
            >>> Gazetteer.default().country("the Russian Federation")
            Country(code='RUS', name='Russia')
        """
        if not isinstance(text, str):
            return None
        code = self._country_code(text)
        return self.country_by_code(code) if code else None

    def _country_code(self, text: str) -> str | None:
        k = key(text)
        for layer in (self._own, self._base):
            code = layer.country_keys.get(k) or layer.demonym_keys.get(k)
            if code:
                return code
        if is_acronym(text):
            for layer in (self._own, self._base):
                code = layer.country_acronyms.get(k)
                if code:
                    return code
        return None

    def country_by_code(self, code: str) -> Country | None:
        """The country with ISO 3166-1 alpha-3 (or alpha-2) ``code``."""
        if not isinstance(code, str):
            return None
        code = code.strip().upper()
        if len(code) == 2:
            code = self._base.alpha2.get(code, code)
        return self._own.countries.get(code) or self._base.countries.get(code)

    def capital(self, code: str) -> City | None:
        """The capital city of the country with alpha-3 ``code`` ("RUS" -> Moscow)."""
        country = self.country_by_code(code) if isinstance(code, str) else None
        if country is None:
            return None
        gid = self._own.capitals.get(country.code) or _city_data().capitals.get(country.code)
        return self.city_by_id(gid) if gid is not None else None

    # -- cities ---------------------------------------------------------------------
    def _cities(self) -> CityData:
        return _city_data()

    def city(self, text: str, country: str | None = None) -> City | None:
        """The city named by ``text``; the most populous one unless ``country`` says which.

        Args:
            text: a name, alternate or former name ("Nur-Sultan", "St Petersburg", "Bombay").
            country: a country code (alpha-3 or alpha-2) or name that the city must be in.

        Example:
            >>> g = Gazetteer.default()
            >>> g.city("Alma-Ata").name, g.city("Saint Petersburg", country="USA").country
            ('Almaty', 'USA')
        """
        if not isinstance(text, str):
            return None
        code = None
        if country is not None:
            found = self.country_by_code(country) if len(country.strip()) in (2, 3) else None
            found = found or self.country(country)
            if found is None:
                return None
            code = found.code
        k = city_key(text)
        cities = self._cities()
        candidates = self._own.city_keys.get(k, []) + cities.city_keys.get(k, [])
        if code is not None:
            candidates = [r for r in candidates if (c := self.city_by_id(r[2])) is not None and c.country == code]
        best = best_rank(candidates, cities.capital_ids)
        return self.city_by_id(best[2]) if best else None

    def city_by_id(self, geonameid: int | str) -> City | None:
        """The city with this GeoNames id."""
        try:
            gid = int(geonameid)
        except (TypeError, ValueError):
            return None
        return self._own.cities.get(gid) or self._cities().cities.get(gid)

    # -- organizations ----------------------------------------------------------------
    def organization(self, text: str) -> Organization | None:
        """The organization named by ``text``: full name, acronym, former name, or a body of it.

        Example:
            >>> g = Gazetteer.default()
            >>> g.organization("CICA Secretariat").id, g.organization("EEU").id
            ('CICA', 'EAEU')
        """
        if not isinstance(text, str):
            return None
        k = key(text)
        for layer in (self._own, self._base):
            oid = layer.org_keys.get(k)
            if oid:
                return self.organization_by_id(oid)
        if is_acronym(text):
            for layer in (self._own, self._base):
                oid = layer.org_acronyms.get(k)
                if oid:
                    return self.organization_by_id(oid)
        return None

    def organization_by_id(self, id: str) -> Organization | None:
        """The organization with canonical ``id`` ("SCO")."""
        if not isinstance(id, str):
            return None
        return self._own.orgs.get(id) or self._base.orgs.get(id)

    # -- persons ------------------------------------------------------------------------
    def person(self, text: str, on: datetime.date | None = None) -> Person | None:
        """The person meant by ``text``: a name variant, a surname, or a title on a date.

        "Sergei Lavrov", "Lavrov", "President Tokayev", "Mr. Erdogan", "the Uzbek president"
        (on ``on``, or now), "Secretary-General of the United Nations". A surname or title
        that fits several people resolves only when ``on`` (or the present) tells them apart.

        Example:
            >>> import datetime
            >>> g = Gazetteer.default()
            >>> g.person("Sergei Lavrov").name, g.person("President Tokayev").title
            ('Sergey Lavrov', 'President')
            >>> g.person("Russian prime minister", on=datetime.date(2015, 1, 1)).name
            'Dmitry Medvedev'
        """
        if not isinstance(text, str) or not text.strip():
            return None
        if isinstance(on, datetime.datetime):
            on = on.date()
        # the extractor asks about the same names and titles in article after article
        seen = self._persons_seen
        if (text, on) in seen:
            return seen[(text, on)]
        if len(seen) > _PERSONS_SEEN_MAX:
            seen.clear()
        found = seen[(text, on)] = self._person(text, on)
        return found

    def _person(self, text: str, on: datetime.date | None) -> Person | None:
        words = key(text).split()
        words = self._drop_honorifics(words)
        if not words:
            return None
        k = " ".join(words)
        names = self._person_names(k)
        if names:
            return self._pick(names, on, None)
        fallback: list[str] = []
        for i in range(1, len(words)):
            rest = " ".join(words[i:])
            names = self._person_names(rest) or self._surnames(rest)
            if not names:
                continue
            title = self._parse_title(words[:i])
            if title is None:
                continue
            fitting = [n for n in names if self._has_office(n, title)]
            if fitting:
                return self._pick(fitting, on, title)
            fallback = fallback or names
        if fallback:
            return self._pick(fallback, on, None)
        names = self._surnames(k)
        if names:
            return self._pick(names, on, None)
        title = self._parse_title(words)
        if title is not None and title[1] is not None:
            holders = [n for layer in (self._own, self._base) for n in layer.office_holders.get(title, [])]
            if holders:
                return self._pick(list(dict.fromkeys(holders)), on, title, strict=True)
        return None

    def _drop_honorifics(self, words: list[str]) -> list[str]:
        honorifics = _titles()[1]
        changed = True
        while changed and len(words) > 1:
            changed = False
            for h in honorifics:
                hw = h.split()
                if words[: len(hw)] == hw and len(words) > len(hw):
                    words = words[len(hw) :]
                    changed = True
                    break
        return words

    def _person_names(self, k: str) -> list[str]:
        names = self._own.person_keys.get(k, []) + self._base.person_keys.get(k, [])
        if not names and " " in k:  # "Serdar Berdymukhammedov": a full name in another transliteration
            sk = skeleton_key(k)
            names = self._own.person_skeletons.get(sk, []) + self._base.person_skeletons.get(sk, [])
        return list(dict.fromkeys(names))

    def _surnames(self, k: str) -> list[str]:
        return list(dict.fromkeys(self._own.surname_keys.get(k, []) + self._base.surname_keys.get(k, [])))

    def _person_entry(self, name: str) -> Person | None:
        return self._own.persons.get(name) or self._base.persons.get(name)

    def _parse_title(self, words: list[str]) -> tuple[str, str | None] | None:
        """(role, country code or organization id or None) of a title phrase, or None."""
        table = _titles()[0]
        own, base = self._own.office_roles, self._base.office_roles

        def role_of(phrase: str) -> str | None:
            return table.get(phrase) or (phrase if phrase in own or phrase in base else None)

        n = len(words)
        for size in range(n, 0, -1):
            # "<place> <role>" ("uzbek president", "un secretary general", "president")
            role = role_of(" ".join(words[n - size :]))
            if role is not None:
                place = words[: n - size]
                if not place:
                    return role, None
                of = self._place(" ".join(place))
                if of is not None:
                    return role, of
            # "<role> of <place>" ("president of uzbekistan")
            role = role_of(" ".join(words[:size]))
            if role is not None and size + 1 < n and words[size] == "of":
                of = self._place(" ".join(words[size + 1 :]))
                if of is not None:
                    return role, of
        return None

    def _place(self, k: str) -> str | None:
        if k.startswith("the "):
            k = k[4:]
        for layer in (self._own, self._base):
            code = layer.country_keys.get(k) or layer.demonym_keys.get(k) or layer.country_acronyms.get(k)
            if code:
                return code
        for layer in (self._own, self._base):
            oid = layer.org_keys.get(k) or layer.org_acronyms.get(k)
            if oid:
                return oid
        return None

    def _has_office(self, name: str, title: tuple[str, str | None]) -> bool:
        entry = self._person_entry(name)
        return entry is not None and any(self._office_fits(o, title, None, any_time=True) for o in entry.offices)

    def _in_office(self, name: str, title: tuple[str, str | None] | None, on: datetime.date | None) -> bool:
        entry = self._person_entry(name)
        return entry is not None and any(self._office_fits(o, title, on) for o in entry.offices)

    @staticmethod
    def _office_fits(office: Office, title: tuple[str, str | None] | None, on: datetime.date | None, any_time: bool = False) -> bool:
        if title is not None:
            role, of = title
            if _role(office.title) != role or (of is not None and office.of != of):
                return False
        if any_time:
            return True
        return office.current if on is None else office.holds(on)

    def _pick(self, names: list[str], on: datetime.date | None, title: tuple[str, str | None] | None, strict: bool = False) -> Person | None:
        if len(names) > 1 or strict:
            names = [n for n in names if self._in_office(n, title, on)]
            if len(names) != 1:
                return None
        entry = self._person_entry(names[0])
        return None if entry is None else self._dated(entry, on, title)

    def _dated(self, entry: Person, on: datetime.date | None, title: tuple[str, str | None] | None) -> Person:
        offices = entry.offices
        fitting = [o for o in offices if self._office_fits(o, title, on)]
        if not fitting and on is None:
            fitting = [o for o in offices if self._office_fits(o, title, None, any_time=True)] or list(offices)
        if not fitting:
            return attrs.evolve(entry, title=None)
        office = max(fitting, key=lambda o: o.start or datetime.date.min)
        country = entry.country
        if country is None and office.of is not None and self.country_by_code(office.of) is not None:
            country = office.of
        return attrs.evolve(entry, title=office.title, country=country)

    # -- surface forms ------------------------------------------------------------------
    def aliases(self, kind: str) -> Iterator[tuple[str, str]]:
        """(surface form, canonical id) pairs of one kind, for building phrase matchers.

        Args:
            kind: "country", "demonym", "city", "organization" or "person". Ids are alpha-3
                codes for countries and demonyms, ``str(geonameid)`` for cities, organization
                ids and canonical person names. City forms leave out names that are common
                words or that collide with other kinds ("Nice", "Georgia", "Kazakh").

        Raises:
            GazetteerError: for an unknown ``kind``.
        """
        if kind not in KINDS:
            raise GazetteerError(f"unknown alias kind {kind!r}; use one of {', '.join(KINDS)}")
        seen: set[tuple[str, str]] = set()
        if kind == "city":
            sources: Iterable[tuple[str, str]] = list(self._own.surfaces["city"]) + [(form, str(gid)) for form, gid, _ in _city_data().aliases]
        else:
            sources = list(self._own.surfaces[kind]) + self._base.surfaces[kind]
        for pair in sources:
            if pair not in seen:
                seen.add(pair)
                yield pair

    def name_index(self) -> NameIndex:
        """Every surface form of every kind, keyed as the extractor matches names on a Doc.

        ``index.get(key)`` gives ``(kind, id)`` for a key made of the folded tokens of a
        form joined without spaces ("nur-sultan"); kind ``"town"`` is a city whose form
        is matched only after a place word (a small place, or an alternate name of one).
        ``index.longest(token)`` is the most tokens a form starting with that folded
        token has. The bundled part comes from the gazetteer's cache; a copy's own
        entries are laid over it, and an addition rebuilds that part.
        """
        if self._names is None:
            bundled_names = _city_data().names
            own = self._own.surfaces
            if not any(own[kind] for kind in KIND_ORDER):
                self._names = bundled_names
            else:
                forms = [(kind, form, str(ident)) for kind in KIND_ORDER for form, ident in dict.fromkeys(own[kind])]
                names, first = merge_names((bundled_names.names, bundled_names.first), build_names(forms))
                self._names = NameIndex(names, first)
        return self._names

    # -- additions ----------------------------------------------------------------------
    def add_country_alias(self, alias: str, code: str, *, demonym: bool = False) -> Country:
        """Make ``alias`` (or, with ``demonym=True``, an adjective) name the country ``code``.

        Raises:
            GazetteerError: when ``code`` is no known country code, or on the shared default.
        """
        layer = self._writable()
        country = self.country_by_code(code)
        if country is None or not isinstance(alias, str) or not alias.strip():
            raise GazetteerError(f"cannot add country alias {alias!r} -> {code!r}: need a non-empty alias and a known alpha-3 code such as 'KAZ'")
        layer.add_country_alias(alias, country.code, demonym=demonym)
        return country

    def add_city(
        self,
        name: str,
        country: str | None,
        *,
        aliases: Iterable[str] = (),
        geonameid: int | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        population: int = 0,
    ) -> City:
        """Add a city, or (with the ``geonameid`` of a known city) more names for that city.

        Raises:
            GazetteerError: for an unknown country, or on the shared default.
        """
        layer = self._writable()
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"a city needs a non-empty name, got {name!r}")
        known = self.city_by_id(geonameid) if geonameid is not None else None
        if known is not None:
            for alias in [name, *aliases]:
                layer.add_city_name(alias, known, tier=0)
            return known
        code = None
        if country is not None:
            found = self.country_by_code(country) or self.country(country)
            if found is None:
                raise GazetteerError(f"unknown country {country!r} for city {name!r}; use an alpha-3 code such as 'UZB'")
            code = found.code
        gid = int(geonameid) if geonameid is not None else layer.next_id()
        city = City(name, code, gid, latitude, longitude, int(population or 0))
        layer.cities[gid] = city
        for alias in [name, *aliases]:
            layer.add_city_name(alias, city, tier=0)
        return city

    def add_organization(self, id: str, name: str, *, aliases: Iterable[str] = (), acronyms: Iterable[str] = ()) -> Organization:
        """Add an organization (or more names for a known ``id``).

        Raises:
            GazetteerError: for an empty id or name, or on the shared default.
        """
        layer = self._writable()
        if not isinstance(id, str) or not id.strip() or not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"an organization needs a non-empty id and name, got {id!r}, {name!r}")
        org = self.organization_by_id(id) or Organization(id, name)
        layer.add_organization(org, [name, *aliases], list(acronyms))
        return org

    def add_person(
        self,
        name: str,
        *,
        country: str | None = None,
        variants: Iterable[str] = (),
        offices: Iterable[Office | Mapping[str, Any]] = (),
    ) -> Person:
        """Add a person with name variants and offices (dicts with title, of, start, end).

        Raises:
            GazetteerError: for an empty name, an unknown country or a bad office.
        """
        layer = self._writable()
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"a person needs a non-empty name, got {name!r}")
        if country is not None and self.country_by_code(country) is None:
            raise GazetteerError(f"unknown country {country!r} for person {name!r}; use an alpha-3 code such as 'KAZ'")
        office_list = tuple(_as_office(o) for o in offices)
        person = layer.add_person(name, country.upper() if country else None, list(variants), office_list)
        return self._dated(person, None, None)

    def load(self, path: str | PathLike[str]) -> int:
        """Add the entries of a JSONL file; returns how many were added.

        Each line is an object with ``kind`` ("country_alias", "city", "organization",
        "person") and the keyword arguments of the matching ``add_*`` method, e.g.
        ``{"kind": "city", "name": "Turkistan", "country": "KAZ", "aliases": ["Turkestan"]}``.

        Raises:
            GazetteerError: naming the file, line and problem, for a line that is not JSON,
                an unknown kind or key, or a bad value.
        """
        self._writable()
        count = 0
        for lineno, entry in read_jsonl(path):
            try:
                self._add_entry(entry)
            except GazetteerError as err:
                raise GazetteerError(f"{path}, line {lineno}: {err}") from None
            except TypeError as err:
                raise GazetteerError(f"{path}, line {lineno}: {err}") from None
            count += 1
        return count

    _ENTRY_KEYS = {
        "country_alias": ({"alias", "code"}, {"demonym"}),
        "city": ({"name", "country"}, {"aliases", "geonameid", "latitude", "longitude", "population"}),
        "organization": ({"id", "name"}, {"aliases", "acronyms"}),
        "person": ({"name"}, {"country", "variants", "offices"}),
    }

    def _add_entry(self, entry: Any) -> None:
        if not isinstance(entry, dict):
            raise GazetteerError(f"an entry must be a JSON object, got {entry!r}")
        kind = entry.get("kind")
        if kind not in self._ENTRY_KEYS:
            raise GazetteerError(f"unknown kind {kind!r}; use one of {', '.join(self._ENTRY_KEYS)}")
        required, optional = self._ENTRY_KEYS[kind]
        fields = {k: v for k, v in entry.items() if k != "kind"}
        missing = required - set(fields)
        if missing:
            raise GazetteerError(f"{kind} entry lacks {', '.join(sorted(missing))}")
        unknown = set(fields) - required - optional
        if unknown:
            raise GazetteerError(f"unknown {kind} keys {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(required | optional))}")
        for name in ("aliases", "acronyms", "variants", "offices"):
            if name in fields and not isinstance(fields[name], list):
                raise GazetteerError(f"{name} must be a list, got {fields[name]!r}")
        if kind == "country_alias":
            self.add_country_alias(fields["alias"], fields["code"], demonym=bool(fields.get("demonym", False)))
        elif kind == "city":
            self.add_city(fields.pop("name"), fields.pop("country"), **fields)
        elif kind == "organization":
            self.add_organization(fields.pop("id"), fields.pop("name"), **fields)
        else:
            self.add_person(fields.pop("name"), **fields)

    def __repr__(self) -> str:
        own = self._own
        added = len(own.countries) + len(own.cities) + len(own.orgs) + len(own.persons) + len(own.country_keys) + len(own.demonym_keys)
        which = "default" if self._read_only else "copy"
        return f"<Gazetteer {which}: {len(self._base.countries)} countries, {len(self._base.orgs)} organizations, {len(self._base.persons)} persons, {added} own entries>"


_PERSONS_SEEN_MAX = 50_000  # person() answers kept per gazetteer before the table starts over


@functools.lru_cache(maxsize=1)
def _base() -> Layer:
    return build_base_layer()


@functools.lru_cache(maxsize=1)
def _city_data() -> CityData:
    return bundled(_base())


@functools.lru_cache(maxsize=1)
def _default() -> Gazetteer:
    g = Gazetteer()
    g._read_only = True
    return g
