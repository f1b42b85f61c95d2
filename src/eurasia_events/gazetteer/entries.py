"""The entries a gazetteer returns: countries, cities, organizations, persons and their offices."""

from __future__ import annotations

import datetime
import functools
import json
from importlib import resources
from typing import Any, Mapping

import attrs

from ..errors import GazetteerError
from ._text import key

__all__ = ["Country", "City", "Organization", "Office", "Person"]


def _date_or_none(value: Any) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


@attrs.frozen
class Country:
    """A state: ISO 3166-1 alpha-3 ``code`` and common short English ``name`` ("Russia")."""

    code: str
    name: str


@attrs.frozen
class City:
    """A GeoNames place: English ``name``, ``country`` (alpha-3), ``geonameid`` and coordinates."""

    name: str
    country: str | None
    geonameid: int
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


@attrs.frozen
class Organization:
    """An organization or body: ``id`` (the acronym, else the English name) and full ``name``."""

    id: str
    name: str


@attrs.frozen
class Office:
    """One term of office: ``title`` ("President"), ``of`` (alpha-3 code or organization id), dates.

    ``start`` and ``end`` are inclusive; ``end`` is None while the office is held.
    """

    title: str
    of: str | None
    start: datetime.date | None = attrs.field(default=None, converter=_date_or_none)
    end: datetime.date | None = attrs.field(default=None, converter=_date_or_none)

    def holds(self, on: datetime.date) -> bool:
        """Whether the office was held on ``on``."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    @property
    def current(self) -> bool:
        """Whether the office has no end date."""
        return self.end is None


@attrs.frozen
class Person:
    """A person: canonical full ``name``, ``country`` (alpha-3 or None), ``title`` and ``offices``.

    :meth:`Gazetteer.person` fills ``title`` (and ``country`` where the person has none of
    their own, as for an organization's official) from the office held on the date asked
    about, or the current one.
    """

    name: str
    country: str | None = None
    title: str | None = None
    offices: tuple[Office, ...] = attrs.field(default=(), converter=tuple)


def _as_office(value: Office | Mapping[str, Any]) -> Office:
    if isinstance(value, Office):
        return value
    if not isinstance(value, Mapping) or "title" not in value:
        raise GazetteerError(f"an office must be an Office or a dict with 'title', 'of', 'start', 'end'; got {value!r}")
    unknown = set(value) - {"title", "of", "start", "end"}
    if unknown:
        raise GazetteerError(f"unknown office keys {sorted(unknown)}; allowed: title, of, start, end")
    try:
        return Office(value["title"], value.get("of"), value.get("start"), value.get("end"))
    except ValueError as err:
        raise GazetteerError(f"bad office date in {dict(value)!r}: {err}; use ISO dates such as '2019-03-20'") from None


@functools.lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, str], tuple[str, ...]]:
    raw = json.loads((resources.files("eurasia_events") / "data" / "person_titles.json").read_text(encoding="utf-8"))
    roles = {key(form): role for role, forms in raw["roles"].items() for form in [role, *forms]}
    return roles, tuple(sorted({key(h) for h in raw["honorifics"]}, key=len, reverse=True))


def _role(title: str) -> str:
    return _titles()[0].get(key(title), key(title))
