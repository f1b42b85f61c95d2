"""Which actors of a sentence are sides of its events: states joined before a meeting noun ("the
Turkmen-Kyrgyz talks"), an official told by office alone, demonyms listed before people, a
person's employer, and who only sends someone."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention, Mentions
from ._candidate import Candidate, _actor_start, _prev_word

#: nouns that make a state a side ("the Russian side", "the Kazakh delegation")
SIDE_NOUNS = frozenset(["side", "sides", "delegation", "delegations", "government", "party", "parties", "leadership",
                        "chairmanship", "presidency", "authorities", "counterparts", "counterpart", "colleague", "colleagues", "officials"])


_LINKS = frozenset(["of", "the", ",", "and"])


_SENT_BY = re.compile(r"\b(?:envoy|representative|emissary|on behalf|message|letter|greetings)\s+(?:of|from)(?:\s+the)?(?:\s+\S+){0,4}$")


def sent_by(dw: Any, person: Mention, floor: int) -> bool:
    """Whether the person is named as who sends someone or something ("X, special envoy of
    President Y", "a message from Y"): Y does not take part himself."""
    return bool(_SENT_BY.search(" ".join(dw.lower[max(floor, person.start - 6) : person.start])))


#: people named in the plural: who meet, or whose session a noun names ("the SCO foreign ministers' meeting")
PLURAL_PEOPLE = frozenset(["ministers", "leaders", "presidents", "premiers", "heads", "delegations", "delegates", "representatives", "officials",
                           "diplomats", "counterparts", "parliamentarians", "lawmakers"])


_DASHES = ("-", "–", "—")


def state_compounds(dw: Any, actors: list[Mention]) -> set[int]:
    """Where the states of a dash compound start ("the Turkmenistan-Afghanistan-Pakistan-India gas
    pipeline", "the Kazakh-Chinese border"): a modifier of what follows, not a place gone to."""
    states = [m for m in actors if m.kind in ("country", "demonym")]
    starts, ends = {m.start for m in states}, {m.end for m in states}
    return {m.start for m in states if (m.start >= 2 and dw.text[m.start - 1] in _DASHES and m.start - 1 in ends)
            or (m.end + 1 < len(dw.text) and dw.text[m.end] in _DASHES and m.end + 1 in starts)}


def _bilateral_compound(dw: Any, actor: Mention, cand: Candidate, actors: list[Mention]) -> bool:
    """"The Turkmen-Kyrgyz talks", "Russia-China negotiations", "the Turkish-Georgian free trade
    agreement": states joined by a dash before a meeting or document noun are its sides, not a name."""
    if cand.type != "Meeting" and not cand.document or actor.kind not in ("country", "demonym"):
        return False
    states = {m.start: m for m in actors if m.kind in ("country", "demonym")}
    ends = {m.end: m for m in states.values()}
    k = actor.start  # back to the compound's first state
    while k - 1 >= 0 and dw.text[k - 1] in ("-", "–", "—") and (k - 1) in ends:
        k = ends[k - 1].start
    n = 0
    while k < len(dw.lower) and k != cand.trigger.start:
        if k in states:
            k, n = states[k].end, n + 1
        elif dw.text[k] in ("-", "–", "—"):
            k += 1
        else:
            break
    if n < 2:
        return False
    if k == cand.trigger.start:
        return True
    if (cand.document or cand.rule.id == "meeting-body-convened") and k < cand.trigger.start <= k + 4 and all(w.isalpha() for w in dw.lower[k : cand.trigger.start]):
        return True  # "the Turkish-Georgian free trade agreement": its parties; "the Kazakh-Uzbek intergovernmental commission met"
    # "the meeting of the (Joint) Uzbek-Tajik Intergovernmental Commission": the body of the two states meets
    words = dw.lower[k : min(len(dw.lower), k + 3)]
    body = _COMMISSION.match(" ".join(words))
    if body and cand.type == "Meeting" and actor.start < cand.trigger.start:
        # "The Kazakh-Chinese business council held its fifth meeting": the body, subject of its session
        rest = dw.lower[k + len(body.group(0).split()) : cand.trigger.start]
        return len(rest) <= 4 and bool(set(rest) & {"held", "holds", "hold", "convened", "convenes", "had"})
    return actor.start > cand.trigger.start and k <= cand.phrase_end and bool(body)


_COMMISSION = re.compile(r"^(?:intergovernmental|inter-governmental|interstate|joint|bilateral|business)?\s*(?:commission|committee|council)\b")


def _unnamed_official(dw: Any, actor: Mention, actors: list[Mention], lex: dict) -> bool:
    """"The Uzbek foreign minister held talks with X": an office holder the text does not
    name stands for the state (spec section 5); "the Uzbek Foreign Minister, Bakhtiyor
    Saidov," and "Uzbek Foreign Minister Saidov" name him."""
    if actor.start == 0 or dw.lower[actor.start - 1] != "the":
        return False
    k = actor.end  # the office: title words, with lower-case words before them ("foreign, defence and energy ministers")
    while k < min(len(dw.lower), actor.end + 8) and dw.lower[k] not in lex["title_words"] and (
            dw.lower[k] in (",", "and") or dw.text[k].isalpha()):  # ("the Georgian Prime Minister": capitalised too)
        k += 1
    if k >= len(dw.lower) or dw.lower[k] not in lex["title_words"]:
        return False
    while k < len(dw.lower) and dw.lower[k] in lex["title_words"]:
        k += 1
    if k >= len(dw.lower):
        return False
    if dw.lower[k] in ("'s", "’s") and set(dw.lower[k + 1 : k + 6]) & {"visit", "trip", "tour", "talks", "meeting"}:
        return True  # "the Kazakh president's state visit to China": his state's visit (not "the Kazakh president's aide")
    # (a person right after the office is its holder; "the Turkish leader and Azerbaijani President X": another)
    return not any(m.kind == "person" and k <= m.start <= k + 3 and all(w in (",", "(", "-", "–", "—") for w in dw.lower[k : m.start]) for m in actors) \
        and dw.lower[k] not in ("of", "'s", "’s")


def _demonym_list_of_people(dw, actor: Mention, actors: list) -> bool:
    """A demonym in a list of two or more that ends in plural people ("Chinese, Russian and
    Indian foreign ministers") or sides ("the Armenian and Iranian sides")."""
    demonyms = sorted((m for m in actors if m.kind == "demonym"), key=lambda m: m.start)
    chain: list[Mention] = []
    for m in demonyms:
        if chain and all(w in (",", "and") for w in dw.lower[chain[-1].end : m.start]) and m.start > chain[-1].end:
            chain.append(m)
        elif actor in chain:
            break
        else:
            chain = [m]
    if actor not in chain or len(chain) < 2:
        return False
    k = chain[-1].end
    # "foreign ministers", "energy ministers", "deputy foreign ministers"
    while k < len(dw.lower) and k - chain[-1].end < 2 and dw.text[k].isalpha() and dw.text[k].islower() and dw.lower[k] not in PLURAL_PEOPLE | SIDE_NOUNS | {"and", "or"}:
        k += 1
    return k < len(dw.lower) and (dw.lower[k] in PLURAL_PEOPLE or dw.lower[k] in SIDE_NOUNS)  # ("the Armenian and Iranian sides")


def _after_a_city(dw, actor: Mention, mentions: Mentions) -> bool:
    """"Ashgabat, Turkmenistan": a country right after a city and a comma."""
    k = _prev_word(dw, actor.start)
    if k < 0 or dw.text[k] != ",":
        return False
    k = _prev_word(dw, k)
    return any(m.end - 1 == k for m in mentions.starting("places", max(0, k - 6), k + 1) if m.kind == "city")


def _listed_people(doc: Doc, start: int, end: int, lex: dict) -> bool:
    """"Attended the summit, including Iran's Rouhani and Russia's Putin": people listed
    after "including" are those who attended, not a topic."""
    dw = doc_words(doc)
    words = [w for w in dw.lower[start:end] if w in lex["topic_words"] and w != "on"]
    return bool(words) and set(words) == {"including"}


def _affiliations(doc: Doc, actors: list) -> set[int]:
    """Organizations named as a person's employer, right before the person or their title
    ("the Russian Foreign Ministry Andrey Rudenko", "Head of the X Department of the Y
    Ministry Z"), or right after a person ("Rudenko, of the Russian Foreign Ministry")."""
    dw = doc_words(doc)
    titles = lexicon()["title_words"] | {"senior", "deputy", "first", "acting", "chief", "head", "official"}
    starts = [_actor_start(a) for a in actors if a.kind == "person"]
    ends = [a.end for a in actors if a.kind == "person"]
    out: set[int] = set()
    orgs = sorted((a for a in actors if a.kind == "organization"), key=lambda a: -a.start)
    anchors = list(starts)
    for org in sorted(orgs, key=lambda a: a.start):  # "Director of the X Department (of the Y Ministry)"
        k = org.start - 1
        while k >= 0 and dw.lower[k] == "the":
            k -= 1
        if k >= 1 and dw.lower[k] in ("of", "at") and (dw.lower[k - 1] in titles or any(id(o) in out and o.end == k for o in orgs)) \
                and not (dw.lower[k - 1].endswith("s") and not dw.lower[k - 1].endswith("ss") and not any(0 <= s - org.end <= 3 for s in starts)):
            out.add(id(org))  # (not "the foreign ministers of the SCO met": a body of the organization, no one's employer)
    for org in orgs:  # right to left, so that a chain of employers reaches the person
        gap_ok = lambda lo, hi: hi - lo <= 4 and all(dw.lower[i] in _LINKS or dw.lower[i] in titles for i in range(lo, hi))
        if any(0 <= s - org.end <= 3 and gap_ok(org.end, s) for s in anchors) or any(0 <= org.start - e <= 3 and gap_ok(e, org.start) and e < org.start for e in ends):
            out.add(id(org))
            anchors.append(org.start)
    return out


def people_of(dw: Any, actor: Mention) -> int:
    """Where the people of an organization told before a noun end ("the SCO foreign ministers'
    meeting", "the CIS heads of state summit"): the noun's position, or -1 when none follow."""
    if actor.kind != "organization":
        return -1
    k = actor.end
    while k < min(len(dw.lower), actor.end + 5) and dw.text[k].isalpha() and dw.lower[k] not in PLURAL_PEOPLE:
        k += 1  # ("foreign", "Defence")
    if k >= len(dw.lower) or dw.lower[k] not in PLURAL_PEOPLE:
        return -1
    k += 1
    k += 1 if k < len(dw.lower) and dw.lower[k] in ("'", "’", "'s", "’s") else 0
    while k < len(dw.lower) and dw.lower[k] in ("of", "state", "states", "government"):
        k += 1  # ("heads of state")
    return k


def whose_session(dw: Any, actor: Mention, cands: list[Candidate]) -> Candidate | None:
    """"The SCO foreign ministers' meeting", "the CIS heads of state summit": an organization before
    the people whose session the noun is frames that event; it is no side of it."""
    k = people_of(dw, actor)
    return next((c for c in cands if c.trigger.start == k and c.rule.anchor == "noun" and not c.document), None)


def possessive_visitor(dw: Any, cand: Candidate) -> None:
    """"X will meet Y to prepare for Putin's visit to Kyrgyzstan": a visit told with its visitor's
    possessive is that person's; the sentence's subject, named before, does not travel on it."""
    owner = next((a for a, r in cand.participants if a.kind == "person" and r == "visitor" and a.end < len(dw.text)
                  and dw.text[a.end] in ("'s", "’s") and 0 < cand.trigger.start - a.end <= 4), None)
    if owner is not None:
        cand.participants = [(a, r) for a, r in cand.participants if not (a.kind == "person" and r == "visitor" and a.end <= owner.start)]

