"""The record model: :class:`Event`, the six built-in event types and their value classes.

Records are frozen attrs classes. :meth:`Event.to_dict` gives exactly the JSON record of
the spec (``EVENTS.md``, section 1) and :meth:`Event.from_dict` reads it back into the
right subclass, found by its ``type`` name in a registry that every subclass of
:class:`Event` joins when it is defined.

Example:
    >>> import datetime
    >>> from eurasia_events.model import Summit, Place, DateSpan, Event
    >>> s = Summit(name="SCO Summit", place=Place(city="Astana", country="KAZ"),
    ...            date=DateSpan.day(datetime.date(2024, 7, 4)), status="past")
    >>> Event.from_dict(s.to_dict()) == s
    True
"""

from __future__ import annotations

import datetime
import re
from typing import Any, ClassVar, Iterable, Mapping, TypeVar

import attrs

from ..errors import InputTypeError, RecordError
from .ids import content_id

__all__ = [
    "GRANULARITIES",
    "MODIFIERS",
    "ROLES",
    "KINDS",
    "STATUSES",
    "Participant",
    "Place",
    "DateSpan",
    "Evidence",
    "Event",
    "Summit",
    "Visit",
    "Meeting",
    "Forum",
    "MemorandumSigned",
    "AgreementSigned",
    "event_types",
    "event_class",
    "event_from_dict",
    "event_id",
]

#: The values of ``DateSpan.granularity``, finest first.
GRANULARITIES = ("day", "week", "month", "quarter", "half", "season", "year")
#: The values of ``DateSpan.mod``: open periods, then parts of a unit, then "around".
MODIFIERS = ("since", "until", "before", "after", "early", "mid", "late", "approx")
#: The values of ``Participant.role``.
ROLES = ("host", "visitor", "party", "signatory", "chair", "speaker", "organizer", "participant")
#: The values of ``Participant.kind``.
KINDS = ("person", "country", "organization")
#: The values of ``Event.status``, as of the publication date.
STATUSES = ("past", "ongoing", "planned")

_ALPHA3 = re.compile(r"^[A-Z]{3}$")


def _alpha3_or_none(_inst: Any, attribute: attrs.Attribute, value: str | None) -> None:
    if value is not None and not _ALPHA3.match(value):
        raise RecordError(
            f"{attribute.name} must be an ISO 3166-1 alpha-3 code such as 'KAZ' or None, got {value!r}"
        )


def _one_of(allowed: tuple[str, ...], optional: bool = False):
    def check(_inst: Any, attribute: attrs.Attribute, value: Any) -> None:
        if value is None and optional:
            return
        if value not in allowed:
            raise RecordError(f"{attribute.name} must be one of {', '.join(allowed)}; got {value!r}")

    return check


def _as_tuple(value: Iterable[Any] | None) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


def _require_keys(data: Mapping[str, Any], what: str, keys: Iterable[str]) -> None:
    if not isinstance(data, Mapping):
        raise RecordError(f"{what} must be a JSON object (dict), got {type(data).__name__}")
    missing = [k for k in keys if k not in data]
    if missing:
        raise RecordError(f"{what} lacks the key(s) {', '.join(missing)}: {dict(data)!r}")


@attrs.frozen
class Participant:
    """An actor tied to an event: a person, a country or an organization, with its role.

    Attributes:
        kind: ``"person"``, ``"country"`` or ``"organization"``.
        name: the fullest name in the text (persons), the country's short English name
            (countries), the organization's canonical id (organizations).
        role: one of :data:`ROLES`.
        code: ISO 3166-1 alpha-3 code (countries only).
        title: the person's title as the text gives it ("Foreign Minister").
        country: ISO alpha-3 code of the person's country.

    Example:
        >>> Participant.country_("Kazakhstan", "KAZ", role="host").to_dict()
        {'kind': 'country', 'name': 'Kazakhstan', 'code': 'KAZ', 'role': 'host'}
    """

    kind: str = attrs.field(validator=_one_of(KINDS))
    name: str = attrs.field(validator=attrs.validators.min_len(1))
    role: str = attrs.field(default="participant", validator=_one_of(ROLES))
    code: str | None = attrs.field(default=None, validator=_alpha3_or_none)
    title: str | None = None
    country: str | None = attrs.field(default=None, validator=_alpha3_or_none)

    def __attrs_post_init__(self) -> None:
        if self.kind == "country" and self.code is None:
            raise RecordError(f"a country participant needs an alpha-3 code: {self.name!r}")

    @classmethod
    def person(
        cls, name: str, title: str | None = None, country: str | None = None, role: str = "participant"
    ) -> Participant:
        """A person participant."""
        return cls("person", name, role, title=title, country=country)

    @classmethod
    def country_(cls, name: str, code: str, role: str = "participant") -> Participant:
        """A country participant (trailing underscore: ``country`` is a field)."""
        return cls("country", name, role, code=code)

    @classmethod
    def organization(cls, name: str, role: str = "participant") -> Participant:
        """An organization participant; ``name`` is its canonical id (``"EEC"``)."""
        return cls("organization", name, role)

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the actor regardless of role: (kind, canonical id)."""
        return (self.kind, self.code if self.kind == "country" and self.code else self.name)

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object for this participant."""
        out: dict[str, Any] = {"kind": self.kind, "name": self.name}
        if self.kind == "person":
            out["title"] = self.title
            out["country"] = self.country
        elif self.kind == "country":
            out["code"] = self.code
        elif self.code is not None:
            out["code"] = self.code
        out["role"] = self.role
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        """Read a participant object of the spec."""
        _require_keys(data, "participant", ("kind", "name"))
        return cls(
            kind=data["kind"],
            name=data["name"],
            role=data.get("role") or "participant",
            code=data.get("code"),
            title=data.get("title"),
            country=data.get("country"),
        )


@attrs.frozen
class Place:
    """Where an event happens: a canonical English city name and an ISO alpha-3 country.

    Example:
        >>> Place(city="Astana", country="KAZ").to_dict()
        {'city': 'Astana', 'country': 'KAZ'}
    """

    city: str | None = None
    country: str | None = attrs.field(default=None, validator=_alpha3_or_none)
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object; ``geonameid`` only when known."""
        out: dict[str, Any] = {"city": self.city, "country": self.country}
        if self.geonameid is not None:
            out["geonameid"] = self.geonameid
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Place:
        """Read a place object of the spec."""
        _require_keys(data, "place", ())
        return cls(city=data.get("city"), country=data.get("country"), geonameid=data.get("geonameid"))


def _date_or_none(value: Any) -> datetime.date | None:
    if value is None or (isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)):
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise RecordError(f"a date must be an ISO date YYYY-MM-DD, got {value!r}") from None
    raise RecordError(f"a date must be a datetime.date, an ISO string or None, got {value!r}")


@attrs.frozen
class DateSpan:
    """When an event happens: a closed range of days with its granularity.

    ``start``/``end`` are ``None`` when the year cannot be known; an open period
    ("since 2020") has ``mod="since"`` and ``end=None``.

    Example:
        >>> import datetime
        >>> DateSpan.day(datetime.date(2022, 10, 12), text="October 12").to_dict()
        {'start': '2022-10-12', 'end': '2022-10-12', 'granularity': 'day', 'text': 'October 12'}
    """

    start: datetime.date | None = attrs.field(converter=_date_or_none)
    end: datetime.date | None = attrs.field(converter=_date_or_none)
    granularity: str = attrs.field(default="day", validator=_one_of(GRANULARITIES))
    text: str | None = None
    mod: str | None = attrs.field(default=None, validator=_one_of(MODIFIERS, optional=True))

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise RecordError(f"a date span must have start <= end, got {self.start} > {self.end}")

    @classmethod
    def day(cls, day: datetime.date, text: str | None = None) -> DateSpan:
        """A single day."""
        return cls(day, day, "day", text)

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object; ``mod`` only when set."""
        out: dict[str, Any] = {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "text": self.text,
        }
        if self.mod is not None:
            out["mod"] = self.mod
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateSpan:
        """Read a date object of the spec."""
        _require_keys(data, "date", ("granularity",))
        return cls(
            start=data.get("start"),
            end=data.get("end"),
            granularity=data["granularity"],
            text=data.get("text"),
            mod=data.get("mod"),
        )


@attrs.frozen
class Evidence:
    """A character span of the input text (0-based, end exclusive) that mentions the event.

    Example:
        >>> Evidence(0, 5, "Hello").to_dict()
        {'start': 0, 'end': 5, 'text': 'Hello'}
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field(validator=attrs.validators.ge(0))
    text: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise RecordError(f"evidence must have start <= end, got {self.start} > {self.end}")

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        """Read an evidence object of the spec."""
        _require_keys(data, "evidence", ("start", "end"))
        return cls(int(data["start"]), int(data["end"]), data.get("text"))


_REGISTRY: dict[str, type[Event]] = {}
E = TypeVar("E", bound="Event")

# Keys of Event.to_dict() that are not attrs fields of the subclass' own.
_BASE_KEYS = ("type", "name", "edition", "organizations", "participants", "place", "date", "status", "evidence")


@attrs.frozen(kw_only=True)
class Event:
    """Base class of every event record.

    Subclasses are event types; each registers itself under its ``event_type`` (by
    default its class name) so that :meth:`from_dict` can find it. A subclass may add
    fields of its own (JSON-compatible types, or attrs classes), which ``to_dict``
    writes after the spec's fields.

    Attributes:
        name: the event's proper name in canonical short form, or None.
        edition: the ordinal of the event as an integer ("VI Summit" gives 6), or None.
        organizations: canonical ids of the organizations in whose framework it happens.
        participants: :class:`Participant` objects with their roles.
        place: a :class:`Place` or None.
        date: a :class:`DateSpan` or None.
        status: ``"past"``, ``"ongoing"`` or ``"planned"``.
        evidence: :class:`Evidence` spans of the sentences that mention it.
        trigger: the words that triggered the record (explainability; optional).
        source: where the text came from (a file name, an id); optional.

    Example:
        >>> import attrs, eurasia_events as ee
        >>> @attrs.frozen(kw_only=True)
        ... class Exercise(ee.Event):
        ...     event_type = "Exercise"
        ...     troops: int | None = None
        >>> ee.Event.from_dict(Exercise(troops=500).to_dict()).troops
        500
    """

    event_type: ClassVar[str] = "Event"
    #: CAMEO code of the type (a custom type may set its own; see :mod:`eurasia_events.model.codes`).
    cameo: ClassVar[str | None] = None
    #: PLOVER event category of the type (a custom type may set its own).
    plover: ClassVar[str | None] = None

    name: str | None = None
    edition: int | None = None
    organizations: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_as_tuple)
    place: Place | None = None
    date: DateSpan | None = None
    status: str = attrs.field(default="past", validator=_one_of(STATUSES))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_as_tuple)
    trigger: str | None = attrs.field(default=None, eq=False)
    source: str | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "event_type" not in cls.__dict__:
            cls.event_type = cls.__name__
        # attrs builds a new (slotted) class from the decorated one; the last one wins.
        _REGISTRY[cls.event_type] = cls

    @property
    def type(self) -> str:
        """The record's type name, as in the ``type`` key of its JSON."""
        return self.event_type

    @property
    def id(self) -> str:
        """A deterministic id derived from the normalized content (see :mod:`eurasia_events.linking`)."""
        return content_id(self)

    def to_cameo(self) -> str | None:
        """The record's CAMEO code (see :mod:`eurasia_events.model.codes`)."""
        from .codes import to_cameo

        return to_cameo(self)

    def to_plover(self) -> dict[str, Any] | None:
        """The record's PLOVER category and mode (see :mod:`eurasia_events.model.codes`)."""
        from .codes import to_plover

        return to_plover(self)

    def _extra_fields(self) -> list[attrs.Attribute]:
        return [a for a in attrs.fields(type(self)) if a.name not in _BASE_FIELD_NAMES]

    def to_dict(self) -> dict[str, Any]:
        """The record as the spec's JSON object (section 1).

        ``trigger`` and ``source`` are written only when set; fields added by a
        subclass are written after the spec's fields.
        """
        out: dict[str, Any] = {
            "type": self.event_type,
            "name": self.name,
            "edition": self.edition,
            "organizations": list(self.organizations),
            "participants": [p.to_dict() for p in self.participants],
            "place": self.place.to_dict() if self.place else None,
            "date": self.date.to_dict() if self.date else None,
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.trigger is not None:
            out["trigger"] = self.trigger
        if self.source is not None:
            out["source"] = self.source
        for field in self._extra_fields():
            out[field.name] = _converter().unstructure(getattr(self, field.name))
        return out

    @classmethod
    def from_dict(cls: type[E], data: Mapping[str, Any]) -> E:
        """Build the record of the right subclass from its JSON object.

        Called on :class:`Event`, the subclass is chosen by ``data["type"]``; called on
        a subclass, the type must match it.

        Raises:
            RecordError: unknown type, missing key, or an invalid value.
        """
        _require_keys(data, "event record", ("type",))
        type_name = data["type"]
        target = _REGISTRY.get(type_name)
        if target is None:
            raise RecordError(
                f"unknown event type {type_name!r}; known types: {', '.join(sorted(_REGISTRY))}. "
                "Define (import) a subclass of Event with that event_type first."
            )
        if not issubclass(target, cls):
            raise RecordError(f"record of type {type_name!r} is not a {cls.__name__}")
        kwargs: dict[str, Any] = {
            "name": data.get("name"),
            "edition": data.get("edition"),
            "organizations": data.get("organizations") or (),
            "participants": [Participant.from_dict(p) for p in data.get("participants") or ()],
            "place": Place.from_dict(data["place"]) if data.get("place") else None,
            "date": DateSpan.from_dict(data["date"]) if data.get("date") else None,
            "status": data.get("status") or "past",
            "evidence": [Evidence.from_dict(e) for e in data.get("evidence") or ()],
            "trigger": data.get("trigger"),
            "source": data.get("source"),
        }
        attrs.resolve_types(target)
        for field in attrs.fields(target):
            if field.name not in _BASE_FIELD_NAMES and field.name in data:
                try:
                    kwargs[field.name] = _converter().structure(data[field.name], field.type)
                except Exception as err:  # cattrs raises several exception types
                    raise RecordError(f"field {field.name!r} of {type_name}: {err}") from err
        return target(**kwargs)  # type: ignore[return-value]


_BASE_FIELD_NAMES = frozenset(a.name for a in attrs.fields(Event))
_CONVERTER = None


def _converter():
    global _CONVERTER
    if _CONVERTER is None:
        import cattrs

        conv = cattrs.Converter()
        conv.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
        conv.register_structure_hook(datetime.date, lambda v, _: _date_or_none(v))
        _CONVERTER = conv
    return _CONVERTER


@attrs.frozen(kw_only=True)
class Summit(Event):
    """A meeting of heads of state or government that the text calls a summit, or a
    session of a council of heads of state or government.

    Example:
        >>> Summit(name="SCO Summit", organizations=["SCO"], place=Place("Astana", "KAZ")).to_dict()["type"]
        'Summit'
    """


@attrs.frozen(kw_only=True)
class Visit(Event):
    """A person or delegation travels to a country, city or organization (visitor, host).

    Example:
        >>> visit = Visit(participants=[Participant.person("Shavkat Mirziyoyev", country="UZB", role="visitor"),
        ...                             Participant.country_("Azerbaijan", "AZE", role="host")])
        >>> [(p.name, p.role) for p in visit.participants]
        [('Shavkat Mirziyoyev', 'visitor'), ('Azerbaijan', 'host')]
    """


@attrs.frozen(kw_only=True)
class Meeting(Event):
    """Talks between named sides that are neither a summit nor a forum.

    Example:
        >>> Meeting(participants=[Participant.country_("Russia", "RUS"),
        ...                       Participant.country_("Turkey", "TUR")]).to_cameo()
        '040'
    """


@attrs.frozen(kw_only=True)
class Forum(Event):
    """A named forum, conference, congress, roundtable or expo open to many stakeholders.

    Example:
        >>> Forum(name="Astana International Forum", status="planned").to_dict()["status"]
        'planned'
    """


@attrs.frozen(kw_only=True)
class MemorandumSigned(Event):
    """A memorandum (of understanding, of cooperation) signed or to be signed.

    Example:
        >>> MemorandumSigned(participants=[Participant.country_("Kyrgyzstan", "KGZ", role="party"),
        ...                                Participant.country_("Tajikistan", "TJK", role="party")]).to_cameo()
        '057'
    """


@attrs.frozen(kw_only=True)
class AgreementSigned(Event):
    """Any other document explicitly signed: agreement, treaty, contract, roadmap...

    Example:
        >>> Event.from_dict({"type": "AgreementSigned", "name": "Treaty on Friendship"}).name
        'Treaty on Friendship'
    """


def event_types() -> dict[str, type[Event]]:
    """Every registered event type by name, built-in and user-defined.

    Example:
        >>> sorted(event_types())[:3]
        ['AgreementSigned', 'Event', 'Forum']
    """
    return dict(_REGISTRY)


def event_class(name: str) -> type[Event]:
    """The registered event class called ``name``.

    Raises:
        RecordError: no such type.
    """
    try:
        return _REGISTRY[name]
    except KeyError:
        raise RecordError(f"unknown event type {name!r}; known types: {', '.join(sorted(_REGISTRY))}") from None


def event_from_dict(data: Mapping[str, Any]) -> Event:
    """Same as :meth:`Event.from_dict`."""
    return Event.from_dict(data)


_REGISTRY["Event"] = Event


def event_id(event: Event) -> str:
    """A deterministic id of the record from its normalized content.

    The id is ``<type in lower case>-<16 hex digits>``: a 64-bit BLAKE2b digest of the
    record's type, name, edition, organizations, date (start, end, granularity, modifier),
    place (city, country) and participants (kind, canonical id, role), each normalized
    (case, accents, punctuation, order and duplicates do not matter). Evidence, source,
    trigger, status, the date's text, titles and geonames ids are left out, so the same
    event extracted twice, from one article or from two, has the same id.

    Args:
        event: any :class:`~eurasia_events.model.events.Event`.

    Returns:
        The id, e.g. ``"summit-3f0c9a1d2b7e4c55"``.

    Raises:
        InputTypeError: ``event`` is not an Event.

    Example:
        >>> from eurasia_events.model import Forum
        >>> event_id(Forum(name="Astana  International Forum")) == event_id(Forum(name="astana international forum", source="x"))
        True

    .. versionadded:: 0.1.0
    """
    if not isinstance(event, Event):
        raise InputTypeError(f"event_id() needs an Event record, got {type(event).__name__}: {event!r:.80}")
    return content_id(event)
