"""The sides of an event named across sentences: group references and signing parties.

News names the sides of an event once and then refers to them as a group: "the two
leaders signed", "the sides agreed", "the three countries", "they". And a signing's
parties are often only implied: heads of state who sign bind their states; documents
signed during a visit or after talks are signed by the states of those talks. This
stage, between merging and records, fills these sides in from the events already told:

- a group reference in an event's sentence takes the sides of the event it happens inside,
  or else of the latest event before it that has two sides or more of that kind ("the
  two leaders": persons; "the two countries", "the sides": states);
- a signed document with persons who sign and no organization as a party has their
  states as parties; one with no party at all takes the states of the visit or talks it
  was signed at.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from .assembly._groups import GROUP_REFERENCE, PERSON_NOUNS, their_before
from .lexicon import NUMBER_WORDS
from .merging import Draft, actor_key
from .mentions import Mention

__all__ = ["resolve_groups", "signing_parties", "named_counterparts", "drop_home_hosts", "next_session_sides"]


def _count(value: str | None) -> int | None:
    if not value:
        return None
    return int(value) if value.isdigit() else NUMBER_WORDS.get(value.lower())


_AFTER = re.compile(r"\b(by|between|with|among)\s*$", re.I)


#: a group that is the sides of another event of the sentence ("talks between the two countries' presidents")
_OTHER_EVENTS_SIDES = re.compile(r"\b(?:talks|meeting|meetings|negotiations|consultations|summit)\s+(?:between|among|of)\s+$", re.I)


def _group(cand: Any) -> tuple[str, int | None] | None:
    """``("persons" or "states", number)`` of a group reference that is a side of the
    candidate's event: the subject just before its trigger ("the two leaders signed a
    declaration", "the sides held talks"), or right after it behind "by", "between",
    "with" ("signed by both sides")."""
    text = cand.sentence_text
    at = cand.trigger.start_char - cand.sent_start_char
    if cand.type == "Meeting" and their_before(text[:at]):
        return "persons", None  # "Their talks ended with ...": the talks of the people just named
    for m in GROUP_REFERENCE.finditer(text):
        before = m.end() <= at and at - m.end() <= 60 and not re.search(r"[.;:]", text[m.end() : at]) \
            and not _OTHER_EVENTS_SIDES.search(text[: m.start()])  # (not "Following the talks between the presidents, six documents were signed")
        after = m.start() >= at + len(cand.trigger.text) and m.start() - at <= 60 + len(cand.trigger.text) and _AFTER.search(text[: m.start()])
        if not (before or after):
            continue
        if m.group("they"):
            return "persons", None  # "They, in particular, signed an agreement": the people just named
        if m.group("pnoun"):
            return "persons", _count(m.group("n2"))
        noun = m.group("noun").lower()
        return ("persons" if noun in PERSON_NOUNS else "states"), _count(m.group("n1") or m.group("n3"))
    return None


def _persons(d: Draft) -> list[Mention]:
    return [a for a, _ in d.participants.values() if a.kind == "person"]


def _states(d: Draft, gazetteer: Any = None) -> dict[str, Mention]:
    """The states of an event's sides: its countries, its persons' countries and, for a
    visit, the state visited."""
    out: dict[str, Mention] = {}
    if d.type == "Visit" and gazetteer is not None:
        host = d.place_country
        if host is None and d.place is not None:
            city = gazetteer.city_by_id(d.place.id)
            host = city.country if city is not None else None
        if host:
            out[host] = Mention("country", d.first.trigger.start, d.first.trigger.end, d.first.trigger.start_char, d.first.trigger.end_char, d.first.trigger.text, host)
    for actor, role in d.participants.values():
        if actor.kind in ("country", "demonym") and actor.id:
            out.setdefault(actor.id, actor)
    for actor in _persons(d):
        code = (actor.value or {}).get("country") if isinstance(actor.value, dict) else None
        if code and code not in out:
            out[code] = _country_of(actor, code)
    return out


def _country_of(actor: Mention, code: str) -> Mention:
    """A country mention standing for a person's state (placed where the person is)."""
    return Mention("country", actor.start, actor.end, actor.start_char, actor.end_char, actor.text, code)


def _antecedent(i: int, drafts: list[Draft], containers: dict[int, Draft], kind: str, n: int | None, gazetteer: Any) -> Draft | None:
    def fits(d: Draft, at_least: bool = False) -> bool:
        sides = len(_persons(d)) if kind == "persons" else len(_states(d, gazetteer))
        return sides >= 2 and (n is None or sides == n or (at_least and sides > n))

    parent = containers.get(i)
    if parent is not None and fits(parent, at_least=True):
        return parent  # "the leaders of the six states signed" at a summit with guests too: the first six
    start = drafts[i].first.trigger.start
    before = sorted((d for d in drafts if d is not drafts[i] and d.first.trigger.start < start), key=lambda d: d.last_start, reverse=True)
    return next((d for d in before if fits(d)), None) or next((d for d in before if fits(d, at_least=True)), None)


def _add(d: Draft, actors: Iterable[Mention], role: str) -> None:
    for actor in actors:
        key = actor_key(actor)
        if key not in d.participants:
            d.participants[key] = (actor, role)


_OFFICE_OF_GROUP = {"presidents": "president", "prime ministers": "prime minister", "premiers": "prime minister",
                    "foreign ministers": "minister", "ministers": "minister"}


def _named_group(c: Any, people: list[Mention]) -> list[Mention]:
    """The people the article names whose office the candidate's group noun names ("the
    two presidents": the presidents named), one mention each."""
    at = c.trigger.start_char - c.sent_start_char
    m = next((m for m in GROUP_REFERENCE.finditer(c.sentence_text) if m.end() <= at or m.start() >= at), None)
    noun = re.sub(r"\s+", " ", (m.group("noun") or m.group("pnoun") or "").lower()) if m and not m.group("they") else ""
    office = _OFFICE_OF_GROUP.get(noun)
    counted = m is not None and (m.group("n1") or m.group("n2") or m.group("n3") or m.group(0).lower().startswith("both")
                                 or re.match(r"\s+of\s+[A-Z]\w+\s+and\s+[A-Z]", c.sentence_text[m.end() :]))  # "the presidents of A and B"
    if office is None or not counted:
        return []  # "the foreign ministers of the SCO met": not a pair told apart
    out: dict[str, Mention] = {}
    for p in people:
        if p.id and _office(p) == office:
            out.setdefault(p.id, p)
    return list(out.values())


def resolve_groups(drafts: list[Draft], gazetteer: Any = None, containers: dict[int, Draft] | None = None, people: list[Mention] = ()) -> None:
    """Give each event whose sentence refers to its sides as a group ("the two leaders
    signed", "the sides held talks") the sides of its antecedent (see the module docstring);
    with no antecedent, the people the article names with the group's office."""
    containers = containers or {}
    for i, d in enumerate(drafts):
        said = next(((c, g) for c in d.candidates if not c.reference_only and (g := _group(c))), None)
        group = said[1] if said else None
        own = _persons(d) if group and group[0] == "persons" else list(_states(d).values()) if group else []
        if group is None or len(own) >= 2:
            continue
        source = _antecedent(i, drafts, containers, *group, gazetteer)
        if source is None and group[0] == "persons" and people:
            named = _named_group(said[0], people)  # "the two presidents will hold talks": the two presidents the article names
            if not named and group[1] == 2:
                # "X arrived ... He was welcomed by Y. Talks between the two leaders were held": the last two named with an office
                at = d.first.trigger.start_char
                recent: dict[str, Mention] = {}
                for p in sorted((p for p in people if p.id and p.end_char <= at and _office(p) in ("president", "prime minister")), key=lambda p: -p.start_char):
                    recent.setdefault(p.id, p)
                named = list(recent.values())[:2]
            if named and len(named) == (group[1] or 2):  # "the two presidents", "both leaders": as many as named
                _add(d, named, "signatory" if d.document else "participant")
            continue
        if source is None:
            continue
        d.antecedent = source
        n = group[1]
        persons = _persons(source)[:n] if n else _persons(source)
        states = list(_states(source, gazetteer).values())
        if n and group[0] == "persons":
            codes = {(a.value or {}).get("country") for a in persons if isinstance(a.value, dict)}
            states = [m for m in states if m.id in codes] or states[:n]
        elif n:
            states = states[:n]
        if d.document:
            if group[0] == "persons":
                _add(d, persons, "signatory")
            _add(d, states, "party")
        elif group[0] == "persons":
            _add(d, persons, "participant")
        else:
            _add(d, states, "participant")


#: "the five nations signed", "participants in the summit signed": the summit's states sign
_GROUP_SIGNERS = re.compile(
    r"\b(?:nations|states|countries|leaders|presidents|heads of state|participants|members|member states)\b[^.;]{0,60}?\b(?:signed|inked|sealed)\b",
    re.I,
)


def signing_parties(drafts: list[Draft], containers: dict[int, Draft], gazetteer: Any = None) -> None:
    """The parties of signed documents that the text implies (see the module docstring)."""
    for i, d in enumerate(drafts):
        if d.document:
            _capitals_for_states(d, gazetteer)
            _signing_parties(i, d, containers, gazetteer)


#: what makes the cities that sign cities ("the mayors of A and B", "twin cities", "the akimat of A")
_CITY_LEVEL = frozenset(["city", "cities", "mayor", "mayors", "municipal", "municipality", "municipalities", "akimat", "akimats",
                         "hokimiyat", "akim", "hokim", "twin", "twinned", "twinning", "sister", "administration", "administrations",
                         "governor", "governors", "regional", "region", "regions", "province", "oblast"])


def _capitals_for_states(d: Draft, gazetteer: Any) -> None:
    """"Baku and Yerevan signed a ceasefire", "Doha and Astana signed a memorandum": the capitals of
    two states sign for their states, unless the text is about the cities (their mayors, twinning)."""
    if gazetteer is None:
        return
    parties = [(key, a) for key, (a, role) in d.participants.items() if a.kind == "city" and role == "party"]
    codes = {}
    for key, a in parties:
        city = gazetteer.city_by_id(a.id) if a.id else None
        capital = gazetteer.capital(city.country) if city is not None and city.country else None
        if capital is None or capital.geonameid != city.geonameid:
            return
        codes[key] = city.country
    words = {w.lower() for c in d.candidates for w in re.findall(r"[A-Za-z]+", c.sentence_text)}
    if len(set(codes.values())) < 2 or words & _CITY_LEVEL:
        return
    for key, a in parties:
        del d.participants[key]
        d.participants.setdefault(("country", codes[key]), (_country_of(a, codes[key]), "party"))


def _signing_parties(i: int, d: Draft, containers: dict[int, Draft], gazetteer: Any) -> None:
    roles = {role for _, role in d.participants.values()}
    if any(a.kind in ("organization", "city") and role == "party" for a, role in d.participants.values()):
        return  # ministries, companies, regions that sign: their states are not added (spec section 5)
    signatories = [a for a, role in d.participants.values() if a.kind == "person" and role == "signatory"]
    if not signatories and "party" not in roles:  # "signed in the presence of Presidents X and Y": their states sign
        signatories = [a for a, role in d.participants.values() if a.kind == "person" and role == "participant"]
    states = {code: _country_of(a, code) for a in signatories if (code := (a.value or {}).get("country") if isinstance(a.value, dict) else None)}
    if len(states) == 1 and not any(role == "signatory" for _, role in d.participants.values()):
        states = {}  # (one witness's state alone is no side of a signing)
    if states:
        _add(d, states.values(), "party")
        return
    if "party" in roles:
        return
    parent = containers.get(i)
    summit_signers = parent is not None and parent.type == "Summit" and any(_GROUP_SIGNERS.search(c.sentence_text) for c in d.candidates)
    if parent is not None and (parent.type in ("Visit", "Meeting") or summit_signers) and len(_states(parent, gazetteer)) >= 2:
        _add(d, _states(parent, gazetteer).values(), "party")
    elif parent is not None and parent.document:
        # "X and Y signed a declaration. In addition, an agreement on trade ... was signed": the same states' documents
        states = [a for a, role in parent.participants.values() if a.kind in ("country", "demonym") and role == "party"]
        if len(states) >= 2 and not any(a.kind in ("organization", "city") for a, _ in parent.participants.values()):
            _add(d, states, "party")


#: "his counterparts of Uzbekistan and Kazakhstan", "his counterpart from Kazakhstan"
_COUNTERPART_OF = re.compile(r"\bcounterparts?\s+(?:of|from)\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|and|,\s*and)\s*)*$")


#: after a demonym of a list: the office its people hold ("Russian and Kazakh presidents")
_DEMONYM_OFFICE = re.compile(r"(?:\s*(?:,|and|,\s*and)\s+[A-Z][\w-]+)*\s+(presidents|prime ministers|premiers|foreign ministers)\b")


#: before a country of a list: the office of its people ("the presidents of Kazakhstan, Kyrgyzstan and ...")
_OFFICE_OF_LIST = re.compile(
    r"\b(presidents|prime ministers|premiers|foreign ministers|heads of state|leaders)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|and|,\s*and)\s*)*$", re.I)
_LIST_OFFICES = {**_OFFICE_OF_GROUP, "heads of state": "president", "leaders": "president"}


def named_counterparts(drafts: list[Draft], people: list[Mention], text: str) -> None:
    """A counterpart told by country ("his Kazakh counterpart", "his counterparts of A and B")
    whom the article names elsewhere as the one person of that country ("X from Kazakhstan")
    is that person: the talks' side is the person, not the state."""
    by_country: dict[str, dict[str, Mention]] = {}
    for m in people:
        code = m.value.get("country") if isinstance(m.value, dict) else None
        if code and m.id:
            by_country.setdefault(code, {}).setdefault(m.id, m)
    for d in drafts:
        if d.type not in ("Meeting", "Summit", "Visit"):
            continue
        for key, (actor, role) in list(d.participants.items()):
            if key[0] not in ("country", "demonym") or (d.type == "Visit" and role != "visitor"):
                continue  # ("the presidents of A and B will be visiting China": the visitors, named later)
            told = text[actor.end_char : actor.end_char + 14].lstrip().lower().startswith("counterpart") if actor.kind == "demonym" \
                else bool(_COUNTERPART_OF.search(text[max(0, actor.start_char - 120) : actor.start_char]))
            named = by_country.get(key[1], {})
            office = _DEMONYM_OFFICE.match(text, actor.end_char) if actor.kind == "demonym" else None
            listed = _OFFICE_OF_LIST.search(text[max(0, actor.start_char - 200) : actor.start_char]) if actor.kind == "country" else None
            if listed and listed.group(1).lower() == "leaders" and d.type != "Visit":
                listed = None  # ("the leaders of A, B and C" at a summit: the states attend, as the text lists them)
            if office or listed:  # "the Russian and Kazakh presidents held talks", "the presidents of A, B and C met": those named
                told = True
                wanted = _LIST_OFFICES.get((office or listed).group(1).lower())
                named = {k: m for k, m in named.items() if _office(m) == wanted}
            if not told or len(named) != 1 or (d.type in ("Summit", "Visit") and not listed):
                continue
            (person,) = named.values()
            offices = {_office(a) for a, _ in d.participants.values() if a.kind == "person"} - {None}
            if d.type == "Visit" and ("person", person.id) in d.participants:
                del d.participants[key]  # (already on the trip as a participant: the visitor himself)
                d.participants[("person", person.id)] = (d.participants[("person", person.id)][0], "visitor")
                continue
            if ("person", person.id) in d.participants or (not (office or listed) and _office(person, told_only=True) not in offices | {None}):
                continue  # "the president's Armenian counterpart" is no minister named before
            if role != "host":  # the host state stays beside its leader
                del d.participants[key]
            d.participants[("person", person.id)] = (person, "participant" if role == "host" else role)


def _office(person: Mention, told_only: bool = False) -> str | None:
    """The kind of office in a person's title ("prime minister", "president", "minister"),
    or None; with ``told_only``, only a title the text gives."""
    value = person.value if isinstance(person.value, dict) else {}
    span = value.get("title_span") or (0, 0)
    title = (value.get("title") or "").lower()
    if not title or (told_only and span[0] >= span[1]):
        return None
    if "prime" in title or "premier" in title:
        return "prime minister"
    if "president" in title and "vice" not in title:
        return "president"
    return "minister" if "minister" in title else None


def drop_home_hosts(drafts: list[Draft]) -> None:
    """"Speaking of the Georgian prime minister's visit, ... between Georgia and Turkey": a visit is
    to another state, so its visiting persons' own state is not its host (nor, told alone, where it is)."""
    for d in drafts:
        if d.type != "Visit":
            continue
        home = {actor.value["country"] for key, (actor, role) in d.participants.items()
                if key[0] == "person" and role == "visitor" and isinstance(actor.value, dict) and actor.value.get("country")}
        hosts = {k[1] for k, (_, r) in d.participants.items() if k[0] == "country" and r == "host"}
        if len(home) == 2 and len(hosts) == 1 and hosts < home:
            # ("Azerbaijan's Aliyev and his Iranian counterpart": the host state's own leader, told as a
            # visitor, goes on the talks, not the visit (spec section 5))
            for key in [k for k, (a, r) in d.participants.items() if k[0] == "person" and r == "visitor" and (a.value or {}).get("country") in hosts]:
                del d.participants[key]
            continue
        if len(home) != 1:
            continue  # (visitors of two states: one of them is likely the host, told as a visitor)
        for key in [k for k, (_, r) in d.participants.items() if k[0] == "country" and r == "host" and k[1] in home]:
            del d.participants[key]
        for cand in d.candidates:  # (and from its mentions, which a visit it is merged into takes up)
            cand.participants[:] = [(a, r) for a, r in cand.participants if not (r == "host" and a.kind in ("country", "demonym") and a.id in home)]
            if cand.place_country in home and cand.place is None:
                cand.place_country = None
        if d.place_country in home and d.place is None:
            d.place_country = None


def next_session_sides(drafts: list[Draft]) -> None:
    """"The 12th meeting of the Kazakh-Kyrgyz Commission was held ... The next meeting will be held in
    Astana in 2024": a next or previous session with no sides of its own is one of the series told
    before it, between the same states or bodies, under its name; "the next session" after a summit
    of a body ("postponed until the next session in April") is that body's next summit."""
    for i, d in enumerate(drafts):
        if d.type != "Meeting" or d.participants or d.organizations or not d.any_distinct:
            continue
        earlier = next((o for o in reversed(drafts[:i]) if o.type == "Meeting" and not o.any_distinct
                        and any(k[0] in ("country", "organization") for k in o.participants)
                        and (d.name is None or o.name is None or o.name == d.name)), None)
        if d.first.rule.id == "meeting-next-session":  # "postponed until the next session": of the body whose session was told
            earlier = next((o for o in reversed(drafts[:i]) if o.type in ("Meeting", "Summit") and not o.any_distinct
                            and (o.organizations or o.name)), earlier)
        if earlier is None:  # "The CIS summit was held in Bishkek ... Chisinau will host the next meeting": the body's next summit
            earlier = next((o for o in reversed(drafts[:i]) if o.type == "Summit" and not o.any_distinct and o.organizations), None)
        if earlier is None:
            continue
        d.type = earlier.type
        for key, (actor, role) in earlier.participants.items() if earlier.type == "Meeting" else ():  # (a body's summit: no members listed)
            if key[0] in ("country", "organization"):
                d.participants.setdefault(key, (actor, "participant"))
        d.organizations = list(earlier.organizations)
        d.name = d.name or earlier.name
