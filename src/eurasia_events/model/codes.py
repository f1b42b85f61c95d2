"""CAMEO and PLOVER codes of event records.

The built-in table is data (``data/codes.json``): for each built-in type one entry per
*situation*, and this module only picks the situation from the record:

- ``planned`` when the record's status is ``"planned"`` (CAMEO 036 "express intent to meet
  or negotiate" for meetings, visits, summits and forums; 030 "express intent to cooperate"
  for signings, because the type does not say whether the cooperation is material (031) or
  diplomatic (032));
- ``third_location`` (CAMEO 044, PLOVER mode ``third-party``) for a Meeting, Summit or Forum
  whose place country is known and is not the country of any participant;
- ``multilateral`` (CAMEO 040, PLOVER mode ``multilateral``) when the event has three or more
  sides or is held in the framework of an organization;
- ``held`` otherwise: Visit 042 "make a visit" (the record is coded from the visitor's side;
  :func:`actor_pairs` gives the visitor -> host pair), Meeting 040, Summit and Forum 040
  (multilateral), MemorandumSigned and AgreementSigned 057 "sign formal agreement"
  (PLOVER ``AGREE``).

A custom event type declares its own codes with the class variables ``cameo`` and
``plover`` (strings); they win over the table. A subclass of a built-in type that declares
none uses its parent's entry.

Example:
    >>> import datetime
    >>> from eurasia_events.model import Visit, Participant, Place, DateSpan
    >>> v = Visit(participants=[Participant.person("Ali Khan", country="PAK", role="visitor"),
    ...                         Participant.country_("Uzbekistan", "UZB", role="host")],
    ...           place=Place(city="Tashkent", country="UZB"),
    ...           date=DateSpan.day(datetime.date(2024, 3, 5)))
    >>> to_cameo(v), to_plover(v)["mode"], actor_pairs(v)
    ('042', 'visit', [('PAK', 'UZB')])

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .events import Event

__all__ = ["to_cameo", "to_plover", "actor_pairs", "situation", "code_table"]

_CONSULT_TYPES = ("Meeting", "Summit", "Forum")


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    text = resources.files("eurasia_events").joinpath("data/codes.json").read_text(encoding="utf-8")
    return json.loads(text)


def code_table() -> dict[str, dict[str, dict[str, Any]]]:
    """The built-in table: ``{type: {situation: {"cameo": ..., "plover": {...}}}}`` (a copy).

    Example:
        >>> code_table()["MemorandumSigned"]["held"]["cameo"]
        '057'
    """
    return json.loads(json.dumps(_table()["types"]))


def _builtin_type(event: Event) -> str | None:
    """The first class in the record's MRO that has an entry in the table."""
    types = _table()["types"]
    for cls in type(event).__mro__:
        name = getattr(cls, "event_type", None)
        if isinstance(name, str) and name in types and cls.__dict__.get("event_type", cls.__name__) == name:
            return name
    return None


def _sides(event: Event) -> tuple[set[str], set[str]]:
    """(countries, other sides) represented among the participants."""
    countries: set[str] = set()
    others: set[str] = set()
    for p in event.participants:
        if p.kind == "country" and p.code:
            countries.add(p.code)
        elif p.kind == "person" and p.country:
            countries.add(p.country)
        elif p.kind == "organization":
            others.add(p.name)
    return countries, others


def situation(event: Event) -> str | None:
    """Which entry of the table applies to ``event``: ``planned``, ``third_location``,
    ``multilateral`` or ``held``; None for a type without an entry.

    Example:
        >>> from eurasia_events.model import Summit
        >>> situation(Summit(status="planned"))
        'planned'
    """
    name = _builtin_type(event)
    if name is None:
        return None
    entries = _table()["types"][name]
    if event.status == "planned" and "planned" in entries:
        return "planned"
    if name in _CONSULT_TYPES:
        countries, others = _sides(event)
        place_country = event.place.country if event.place else None
        if place_country and countries and place_country not in countries and "third_location" in entries:
            return "third_location"
        if (len(countries) + len(others) >= 3 or event.organizations) and "multilateral" in entries:
            return "multilateral"
    return "held"


def to_cameo(event: Event) -> str | None:
    """The record's CAMEO 1.1b3 event code, or None for a type with no code.

    A ``cameo`` class variable of the record's class wins over the built-in table.

    Example:
        >>> from eurasia_events.model import AgreementSigned
        >>> to_cameo(AgreementSigned()), to_cameo(AgreementSigned(status="planned"))
        ('057', '030')
    """
    custom = getattr(type(event), "cameo", None)
    if custom is not None:
        return str(custom)
    which = situation(event)
    if which is None:
        return None
    return _table()["types"][_builtin_type(event)][which]["cameo"]


def to_plover(event: Event) -> dict[str, Any] | None:
    """The record's PLOVER category as ``{"event_type", "mode", "context"}``, or None.

    A ``plover`` class variable (the category, e.g. ``"COOPERATE"``) wins over the table;
    mode and context are then None.

    Example:
        >>> from eurasia_events.model import Forum
        >>> to_plover(Forum())
        {'event_type': 'CONSULT', 'mode': 'multilateral', 'context': 'diplomatic'}
    """
    custom = getattr(type(event), "plover", None)
    if custom is not None:
        return {"event_type": str(custom), "mode": None, "context": None}
    which = situation(event)
    if which is None:
        return None
    return dict(_table()["types"][_builtin_type(event)][which]["plover"])


def _actor(p: Any) -> str:
    if p.kind == "country":
        return p.code
    if p.kind == "person":
        return p.country or p.name
    return p.name


def actor_pairs(event: Event) -> list[tuple[str, str]]:
    """(source, target) actor pairs for the record's CAMEO code, sorted.

    Actors are alpha-3 codes (a person stands for their country when it is known), else
    names. A Visit gives visitor -> host (the host side is the ``host`` participants, else
    the place country); any other type gives every ordered pair of distinct sides, as
    CAMEO codes consultations and signings as reciprocal events. Parties (``party`` role)
    are the sides of a signing when the record names any.

    Example:
        >>> from eurasia_events.model import MemorandumSigned, Participant
        >>> actor_pairs(MemorandumSigned(participants=[Participant.country_("Armenia", "ARM", "party"),
        ...                                             Participant.country_("Georgia", "GEO", "party")]))
        [('ARM', 'GEO'), ('GEO', 'ARM')]
    """
    parts = event.participants
    if _builtin_type(event) == "Visit":
        visitors = {_actor(p) for p in parts if p.role == "visitor"}
        hosts = {_actor(p) for p in parts if p.role == "host"}
        if not hosts and event.place and event.place.country:
            hosts = {event.place.country}
        return sorted((v, h) for v in visitors for h in hosts if v != h)
    if any(p.role == "party" for p in parts):
        parts = tuple(p for p in parts if p.role == "party")
    sides = sorted({_actor(p) for p in parts})
    return [(a, b) for a in sides for b in sides if a != b]
