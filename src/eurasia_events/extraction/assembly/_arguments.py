"""Arguments of the candidates of one sentence: actors with roles, places and dates."""

from __future__ import annotations

import re
from typing import Any

import attrs

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention, Mentions
from ._candidate import BEFORE_THE_EVENT, POSTPONED, TRAVEL, Candidate, _actor_start, _dateline_range, _Index, _infinitive_in, _Sent, travelled_to, visit_of_office
from ._actors import (
    SIDE_NOUNS,
    _affiliations,
    _after_a_city,
    _bilateral_compound,
    _demonym_list_of_people,
    _listed_people,
    _unnamed_official,
    possessive_visitor,
    sent_by,
    state_compounds,
    whose_session,
)
from ._context import _assign_dates, _assign_places, _statement_date, after_the_frame, in_a_cause
from ._roles import (
    _SIDE_CUES,
    _chain_word,
    _cue_before,
    _clause_starts,
    _framework_context,
    _owners,
    _people_from,
    _quoted_source,
    _attributive_visitor,
    _relative_visitor,
    attributive_visit,
    _reported,
    _role_for,
    _topic_between,
)


#: what runs for a term: a date right after one is how long it runs ("a programme until 2030")
_TERM_NOUNS = frozenset(["strategy", "strategies", "programme", "program", "programmes", "programs", "plan", "plans", "concept",
                         "agenda", "roadmap", "map", "period", "framework", "vision", "partnership", "cooperation", "development"])
_DATED_DOCUMENTS = frozenset(["treaty", "agreement", "convention", "charter", "declaration", "memorandum", "protocol", "decree", "resolution"])
_MOURNED = frozenset(["death", "deaths", "memory", "funeral", "killing", "assassination", "passing", "late", "condolences", "mourning"])
_TIES = frozenset(["relationship", "relationships", "relations", "ties", "friendship"])
_NON_EVENT_MODS = frozenset(["since", "until", "before", "after"])
_AS_OFFICE = re.compile(r"\bas\s+(?:the\s+)?(?:\w+\s+){0,2}(?:minister|head|president|chairman|speaker|governor|ambassador|secretary)\b[^,;]*\bof(?:\s+the)?$")
_CLOSE_VERBS = frozenset(["close", "closes", "closed", "closing", "conclude", "concludes", "concluded", "concluding", "end", "ends", "ended", "ending"])


def _attach_arguments(doc: Doc, sent: _Sent, cands: list[Candidate], mentions: Mentions, quoted: set[int], index: _Index) -> None:
    dw = doc_words(doc)
    if not cands:
        return
    lo, hi = sent.start, max([sent.end] + [c.phrase_end for c in cands])
    dl = _dateline_range(mentions)
    told_in_quote = any(c.trigger.start in quoted for c in cands)  # '"The president paid a visit to Kazakhstan," he said'
    # an event the quote itself reports ("the Kyrgyz leader came to Armenia on a visit"), not one it
    # refers back to ("to take this visit as an opportunity"): its states and people are in the quote too
    # ('"We welcome the visit of President X to Japan"': a definite noun with its sides after it is told, not referred to)
    reported = told_in_quote and not any(c.trigger.start in quoted and dw.lower[max(0, c.phrase_start - 1)] in ("the", "this", "that", "these", "its")
                                         and not (c.trigger.end < len(dw.lower) and dw.lower[c.trigger.end] in ("of", "by")) for c in cands)
    actors = [m for m in mentions.starting("actors", lo, hi) if m.start not in quoted or (reported and m.kind in ("country", "person"))]
    places = [m for m in mentions.starting("places", lo, hi) if not dl[0] <= m.start_char < dl[1] and (told_in_quote or m.start not in quoted)]
    in_sentence = [_from_day(m) for m in mentions.starting("dates", lo, hi)]
    dates = [
        m for m in in_sentence
        if not dl[0] <= m.start_char < dl[1] and getattr(m.value, "mod", None) not in _NON_EVENT_MODS
        and not _statement_date(doc, m) and (told_in_quote or m.start not in quoted)  # 'upon signing, X noted, "In 2010, trade grew"'
        and not (m.start > 0 and dw.lower[m.start - 1] == "time")  # "for the second time this year": how often, not when
        and not (m.start > 1 and dw.lower[m.start - 1] == "of" and dw.lower[m.start - 2] in _DATED_DOCUMENTS)  # "the Treaty of May 29, 2014": its own date
        and not _years_long(m)  # "deliveries from 2016 to 2020", "the 2018-2019 plan": a term, no occasion
        and not _since_phrase(dw, m, cands)  # "his first trip since his re-election on May 28": the day of what came before
    ]
    titles = set(index.titles)  # this sentence may add "the CICA Secretary General" forms
    heads = [c for c in cands if not c.framed] or cands
    # "Visiting President X and Y held talks": "visiting" only modifies X (its visitor is found below); the clause's event owns the sides
    heads = [c for c in heads if not (c.type == "Visit" and attributive_visit(doc, c))] or heads
    first = min(c.trigger.start for c in heads)
    phrase_of = {i: c for c in cands for i in range(c.phrase_start, c.phrase_end)}
    person_ends = {m.end - 1 for m in actors if m.kind == "person"}
    clauses = _clause_starts(doc, sent)
    lex = lexicon()
    affiliations = _affiliations(doc, actors)
    compounds = state_compounds(dw, actors)
    mourned: set[int] = set()
    for actor in actors:
        if id(actor) in affiliations:
            continue  # "Director of the X Department of the Y Ministry Andrey Rudenko": his employer
        unnamed = actor.kind == "demonym" and _unnamed_official(dw, actor, actors, lex)  # "the Uzbek foreign minister"
        # "the Turkmen-Kyrgyz talks", "the Turkish-Georgian free trade agreement": the event the states are the sides of
        joint = phrase_of[actor.start] if actor.start in phrase_of and _bilateral_compound(dw, actor, phrase_of[actor.start], actors) else \
            next((c for c in cands if (c.document or c.type == "Meeting") and actor.start < c.trigger.start and _bilateral_compound(dw, actor, c, actors)), None)
        compound = joint is not None
        if actor.kind != "person" and actor.end < len(doc) and dw.lower[actor.end] in lex["title_words"] and dw.lower[actor.end] not in SIDE_NOUNS \
                and not unnamed:
            titles.update(range(actor.start, actor.end))  # "the CICA Secretary General", "Russian Foreign Minister"
        if actor.kind != "person" and actor.start in titles:
            for cand in cands:
                if cand.type == "Visit" and actor.kind == "organization" and actor.start < cand.trigger.start and actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)  # "the CICA Secretary General ... paid a visit"
            continue
        if actor.kind in ("demonym", "country"):
            visit = next((c for c in cands if c.type == "Visit" and 0 <= c.trigger.start - actor.end <= 2 and c.rule.anchor == "noun"
                          and all(w in _VISIT_KINDS for w in dw.lower[actor.end : c.trigger.start])), None)
            if visit is not None:  # "winds up his Uzbek visit", "a Kazakh state visit", "his first China visit": the state visited
                visit.participants.append((actor, "host"))
                visit.place_country = visit.place_country or actor.id
                continue
        if actor.kind == "demonym":
            # "the Russian side", "the Kazakh delegation" name a country; "Russian President" does not;
            # "a dinner of Turkish, Iranian and Pakistani defence ministers": each of the states
            nxt = dw.lower[actor.end] if actor.end < len(doc) else ""
            if nxt not in SIDE_NOUNS and not _demonym_list_of_people(dw, actor, actors) and not unnamed and not compound:
                continue
        if actor.start in phrase_of and phrase_of[actor.start].rule.anchor != "verb" \
                and not (actor.kind == "demonym" and _demonym_list_of_people(dw, actor, actors)) and not compound:
            continue  # part of an event's own name: a framework organization (not "the meeting of A, B and C ministers")
        if actor.kind == "country" and actor.start > 0 and dw.lower[actor.start - 1] in ("in", "at"):
            continue  # "a meeting in Uzbekistan": a place, not a side
        if actor.kind == "person" and (set(dw.lower[max(sent.start, _actor_start(actor) - 4) : _actor_start(actor)]) & _MOURNED
                                       or dw.lower[_actor_start(actor) - 1] == "and" and _actor_start(actor) - 2 in mourned):
            mourned.add(actor.end - 1)
            continue  # "a moment of silence over the deaths of X and Y", "in memory of the late X": no one who attends
        if actor.kind == "person" and sent_by(dw, actor, sent.start):
            continue  # "X, special envoy of President Y, will attend": Y sends someone, he does not attend
        if actor.kind == "country" and any(m.start < actor.start and actor.end <= m.end for m in places):
            continue  # "arrived in the capital of Uzbekistan": part of a place's description
        # "will travel to Russia to attend a meeting": where he goes, not a side of the meeting
        destination = actor.kind == "country" and travelled_to(dw, actor.start)
        city_country = actor.kind == "country" and _after_a_city(dw, actor, mentions)
        if actor.kind == "country" and any(c.type == "Visit" for c in cands) and _AS_OFFICE.search(" ".join(dw.lower[max(sent.start, actor.start - 8) : actor.start])):
            continue  # "visited Yerevan as Minister of Economy of Georgia": the visitor's office, not a state visited
        if actor.kind in ("country", "demonym") and _MEMBERSHIP.search(" ".join(dw.lower[max(sent.start, actor.start - 12) : actor.start])):
            continue  # "the Council comprises the heads of state of A, B and C": who belongs, not who met
        if actor.kind == "country" and actor.start > 1 and dw.lower[actor.start - 1] == "of" and (actor.start - 2) in person_ends:
            continue  # "Presidents Sadyr Japarov of Kyrgyzstan": the person's country
        if actor.kind == "country" and any(p.kind == "person" and _actor_start(p) < actor.start and actor.end <= p.start for p in actors):
            continue  # "Minister of Roads of Iran Mehrdad Bazrpash": the state of the title, the person its side
        if actor.kind == "country" and actor.end + 1 < len(doc) and dw.text[actor.end] in ("'s", "’s") \
                and not set(dw.lower[actor.end + 1 : actor.end + 4]) & (lex["title_words"] | SIDE_NOUNS):  # (not "Kazakhstan's Foreign Minister")
            continue  # "northwest China's Xinjiang", "Russia's state corporation Rosatom": not a side
        if actor.kind == "country" and any(p.kind == "person" and actor.end in (p.start, _actor_start(p)) and isinstance(p.value, dict)
                                           and p.value.get("country") == actor.id for p in actors):
            continue  # "expected are the presidents: Russia Vladimir Putin, Belarus Alexander Lukashenko": each state by its leader
        if actor.kind in ("country", "demonym") and in_a_cause(dw, actor, cands):
            continue  # "postponed due to fires in the Abay region of Kazakhstan": the cause's place, no side
        if actor.kind == "country" and _people_from(doc, actor):
            continue  # "experts from Russia and Kazakhstan" are not the states
        if actor.kind in ("country", "demonym") and actor.start > 1 and dw.lower[actor.start - 1] == "with" \
                and dw.lower[actor.start - 2] in _TIES and not any(c.document for c in cands):
            continue  # "values its relationship with Belarus and views the visit as ...": what is valued, not a side
        if actor.kind == "organization" and actor.end < len(doc) and dw.lower[actor.end] in lex["umbrella_nouns"] and actor.start < first:
            for cand in heads:  # "the upcoming CICA events: A, B and C"
                if actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)
            continue
        if actor.kind == "organization" and dw.lower[actor.end : actor.end + 1] in (["sidelines"], ["margins"]):
            continue  # "on SCO sidelines": where it was, not a side or a framework
        session = whose_session(dw, actor, cands)
        if session is not None:  # "the SCO foreign ministers' meeting"
            session.organizations.extend([actor.id] if actor.id and actor.id not in session.organizations else [])
            continue
        owners = _owners(actor, heads, first, clauses)
        start = _actor_start(actor)
        nearest = max((c for c in cands if c.trigger.end <= actor.start), key=lambda c: c.trigger.start, default=None)
        if nearest is not None and nearest.framed and actor.kind in ("person", "country", "demonym") and nearest not in owners \
                and (actor.kind == "person" or "," not in dw.text[nearest.trigger.end : actor.start]) and not _frame_closed(dw, nearest, actor, cands) and (
            nearest.type == "Meeting" or "participation" in dw.lower[nearest.phrase_end : start]
        ) and not any(c is not nearest and 0 <= c.trigger.start - actor.end <= 3 for c in cands):
            # (not the subject of an event of its own: "on the sidelines of the meeting, X held talks with Y")

            # "signed on the results of talks of X and Y": the sides of the talks; "the results
            # of the forum with the participation of X and Y": who took part in it
            owners = [nearest]
        if compound:
            owners = [joint]  # "signed following the Turkmen-Kyrgyz talks": the talks' sides
        if isinstance(actor.value, dict) and actor.value.get("region"):
            group_of = [c for c in cands if c.type != "Visit" and not c.document and 0 <= c.trigger.start - actor.end <= 2]
            owners = group_of or owners  # "to attend the Central Asian leaders meeting": the meeting's people
        of_owner = [c for c in cands if start == c.trigger.end + 1 and dw.lower[c.trigger.end] in ("of", "by")
                    or actor.kind == "country" and c.type == "Visit" and start == c.trigger.end + 1 and dw.lower[c.trigger.end] == "to"
                    or actor.kind == "person" and c.type == "Visit" and visit_of_office(dw, c, actor)]
        if of_owner:
            owners = of_owner  # "during the state visit of Ilham Aliyev": the visit's, even as a frame
        signed = [c for c in cands if c.document and c.trigger.end <= start] if _cue_before(doc, start) in lex["sign_words"] else []
        if len(signed) >= 2 and not set(dw.text[signed[0].trigger.end : start]) & {".", ":"}:
            owners = signed  # "Two agreements on A and four MoUs on B were signed by India and Turkmenistan": each
        if actor.kind == "person" and actor.end < len(doc) and dw.text[actor.end] in ("'s", "’s"):
            poss = [c for c in cands if 0 < c.trigger.start - actor.end <= 4]
            if poss:
                owners = poss  # "Xi Jinping's state visit"
        for cand in owners:
            if destination and cand.type != "Visit":
                continue
            if city_country and cand.type in ("Summit", "Forum"):
                continue  # "the summit held in Ashgabat, Turkmenistan": the city's country, the host by its place
            if not cand.document and actor.start > cand.trigger.end and _topic_between(doc, cand.trigger.end, actor.start, lex) \
                    and not (actor.kind == "person" and _listed_people(doc, cand.trigger.end, actor.start, lex)):
                continue  # "met with X to discuss CICA's role": a topic, not a side
            if actor.kind != "person" and actor.start > cand.trigger.end and "since" in dw.lower[cand.trigger.end : actor.start] \
                    and not {",", ";"} & set(dw.lower[cand.trigger.end : actor.start]):
                continue  # "the first summit since China and Kazakhstan set up ties": who did what came before it
            if cand.document and actor.start > cand.trigger.end and _chain_word(doc, start) not in _SIDE_CUES:
                continue  # "an agreement on the UN centre for Afghanistan": a topic, not a party
            if actor.kind == "organization" and _framework_context(doc, actor):
                if actor.id not in cand.organizations:
                    cand.organizations.append(actor.id)
                continue
            if cand.framed and actor.kind != "person" and not (cand.type == "Meeting" and actor.kind in ("country", "demonym") and 0 <= actor.start - cand.trigger.end <= 12
                                                                and not set(dw.text[cand.trigger.end : actor.start]) & {",", ";", ":"}) \
                    and not _bilateral_compound(dw, actor, cand, actors) and not _visited_list(dw, cand, actor, actors):
                continue  # "X said ... during the forum": only people attend a frame (but "following talks between A and B")
            if actor.kind == "organization" and actor.id in cand.organizations:
                continue
            if _reported(doc, actor, cand) or _quoted_source(doc, actor, cand, quoted):
                continue
            side = "before" if actor.start < cand.trigger.start else "after"
            if actor.kind == "person" and side == "after" and _in_capacity(dw, actor):
                continue  # "her first trip to Laos as Prime Minister": the visitor's office, no other side
            if cand.type == "Visit" and side == "after" and actor.start in compounds:
                continue  # "visited Ashgabat to ink the Turkmenistan-Afghanistan-Pakistan-India pipeline deal": no state gone to
            if cand.type == "Visit" and side == "before" and actor.kind == "country" and cand.trigger.start - actor.end > 2 \
                    and cand.phrase_start > 0 and dw.lower[cand.phrase_start - 1] in ("the", "this", "that"):
                continue  # "Pakistan views the visit as a key step": what a state says of the visit told, not who travels
            if cand.type == "Visit" and side == "before" and actor.kind == "country" and actor.start > 0 and dw.lower[actor.start - 1] == "from":
                continue  # "From Uzbekistan, Modi will go to Kazakhstan": where the traveller leaves
            if cand.type == "Visit" and actor.kind == "person" and ((_INVITED_BY.search(" ".join(dw.lower[max(0, start - 10) : start]))
                                                                     and not any(a.kind == "person" and dw.lower[max(0, start - 10) : a.start].count("invitation") and a.end <= start
                                                                                 for a in actors if start - 10 <= a.start))
                                                                    or _INVITATION_OF.match(" ".join(dw.lower[actor.end : actor.end + 3]))):
                continue  # "at the invitation of Chinese President Xi Jinping", "accepted Tokayev's invitation": the inviter (the first named) is no visitor
            gone_to = destination and cand.type == "Visit" and 0 < cand.trigger.start - actor.end <= 5  # ("will go to Kazakhstan on a working visit")
            role = "host" if gone_to else _role_for(cand, actor, side, doc)
            if actor.kind == "organization" and isinstance(actor.value, dict) and actor.value.get("unknown") and not cand.document and (role in ("participant", "visitor", "speaker") or cand.type == "Visit"):
                continue  # a ministry or company the text names: a side of a signing, or who organized or hosted
            cand.participants.append((actor, role))
    for framer in (c for c in cands if c.framed and c.type == "Meeting"):
        for cand in heads:
            if cand.document:  # "after talks, the Kazakh and Uzbek leaders signed": the signers held the talks
                kinds = ("person",) if framer.participants else ("person", "country", "demonym")
                framer.participants.extend((a, "participant") for a, r in cand.participants if a.kind in kinds)
    for cand in cands:
        if cand.type == "Visit":
            _relative_visitor(doc, sent, cand, actors)
            _attributive_visitor(doc, cand, actors)
            _latter_visitor(dw, cand, actors)
            possessive_visitor(dw, cand)
    for cand in cands:  # "Almaty and Bishkek signed a sister-city agreement": cities as sides
        if cand.document:
            for m in places:
                if m.start < cand.trigger.start and (m.start == sent.start or dw.lower[m.start - 1] not in lexicon()["place_prepositions"]) and _chain_word(doc, m.start) not in ("in", "at", "to") \
                        and not any(a.kind == "organization" and a.start <= m.start and m.end <= a.end for a in actors):  # (not "Kostanay region")
                    if not m.text.isupper() and m.end < len(doc) and (dw.lower[m.end] == "and" or dw.lower[m.end] in lexicon()["sign_words"]):
                        cand.participants.append((m, "party"))
    # the organizations of a framing event ("following the meeting of the CIS Council") frame the others
    for framer in (c for c in cands if c.framed):
        for cand in heads:
            if cand is not framer and cand.document:
                sides = {a.id for a, _ in cand.participants}
                cand.organizations.extend(o for o in framer.organizations if o not in cand.organizations and o not in sides)
    untils = [m for m in in_sentence if getattr(m.value, "mod", None) == "until" and not (m.start > 0 and dw.lower[m.start - 1] in _TERM_NOUNS)]
    for cand in cands:
        if cand.document:  # "a plan for 2024-2025": how long the document runs, not when it was signed
            validity = {m.start for m in dates if m.start > 0 and dw.lower[m.start - 1] in ("for", "through", "till") and m.value.granularity == "year"}
            if validity:
                dates = [m for m in dates if m.start not in validity]
    _assign_dates(cands, cands, dates, untils, dw)
    for cand in cands:  # "This year's forum, which opened on June 2": the day its own clause tells, not the year
        d = cand.date
        if d is not None and d.end + 1 == cand.phrase_start and dw.lower[d.end] in ("'s", "’s") and getattr(d.value, "granularity", None) == "year":
            told = next((m for m in dates if m.start > cand.trigger.end and getattr(m.value, "granularity", None) in ("day", "month")
                         and {"which", "that"} & set(dw.lower[cand.trigger.end : m.start]) and not _STARTS & set(dw.lower[cand.trigger.end : m.start]) and not any(
                             cand.trigger.end <= o.trigger.start < m.start for o in cands)), None)
            cand.date = told or d
    for cand in cands:  # "Chinese leaders on Wednesday met with visiting President X": the talks' day, not the visit's
        if cand.type == "Visit" and cand.date is not None and attributive_visit(doc, cand) \
                and any(c is not cand and c.type != "Visit" and c.date is cand.date for c in cands):
            cand.date = None
    for cand in cands:  # "will make a working visit to India and attend the summit on May 3-4": one trip, its days
        if cand.type == "Visit" and cand.date is None:
            other = next((o for o in cands if o.trigger.start > cand.trigger.end and o.date is not None and o.date.start > o.trigger.start
                          and "and" in dw.lower[cand.trigger.end : o.phrase_start] and not {",", ";"} & set(dw.lower[cand.trigger.end : o.phrase_start])), None)
            if other is None:  # "will attend the meeting held in Tashkent from Nov. 2 to 6, and pay visits to A and B": the trip's days
                other = next((o for o in cands if o.trigger.end < cand.trigger.start and o.date is not None and o.trigger.start < o.date.start
                              and o.date.end <= cand.phrase_start and "and" in dw.lower[o.date.end : cand.phrase_start]
                              and len(dw.lower[o.date.end : cand.phrase_start]) <= 4 and ";" not in dw.lower[o.date.end : cand.phrase_start]), None)
            if other is not None:
                cand.date = other.date
    for cand in cands:  # "Today the president will close the summit": the last day of the summit begun before
        lead = dw.lower[max(sent.start, cand.phrase_start - 3) : cand.phrase_start]
        if cand.rule.anchor == "noun" and cand.date is not None and cand.type in ("Summit", "Forum") and "the" in lead[-1:] \
                and _CLOSE_VERBS & set(lead) and getattr(cand.date.value, "granularity", None) == "day":
            cand.until, cand.date = cand.date, None
    # "will visit Moscow by late 2016", "the fair ends on Saturday": an event known only by
    # a deadline or by its end takes that date when the sentence gives it no other (spec section 5)
    bounds = [m for m in in_sentence if getattr(m.value, "mod", None) in ("before", "until")
              and not dl[0] <= m.start_char < dl[1] and not _statement_date(doc, m)
              and not (m.start > 0 and dw.lower[m.start - 1] in _TERM_NOUNS)]  # ("the development strategy until 2035": the document's term)
    for cand in cands:
        mine = [m for m in bounds if not _goal_between(dw, cand, m)]
        if cand.date is None and mine:
            cand.date = min(mine, key=lambda m: abs(m.start - cand.trigger.start))
    _assign_places(doc, cands, heads, places + _here(doc, sent, mentions), actors)
    _where_clause(dw, cands, places + [a for a in actors if a.kind == "country"])
    for cand in cands:  # "the Qingdao meeting", "the Bishkek summit": a city told as where the event is
        city = next((m for m in places if m.kind == "city" and m.end == cand.trigger.start and m.start > 0
                     and dw.lower[m.start - 1] in ("the", "this", "last", "next", "a") and cand.trigger.text.islower()), None)
        if city is not None and cand.place is None and cand.place_country is None:
            cand.place = city
            for other in cands:  # (and no other event's: "the meeting will build on the Bishkek summit")
                if other is not cand and other.place is city:
                    other.place = None
    for cand in cands:  # "the summit, which was planned for October 2-3, has been postponed": no date until a new one is set
        after = dw.lower[cand.trigger.end : sent.end]
        at = next((k for k, w in enumerate(after) if w in POSTPONED), None)
        if at is not None and at <= 25 and not any(m.start > cand.trigger.end + at for m in dates):
            cand.date = None
    for cand in cands:  # "soon after arriving in Tashkent, he said he will go to Kazakhstan": no city of another state
        hosts = {a.id for a, r in cand.participants if r == "host" and a.kind == "country"}
        if cand.type == "Visit" and cand.place is not None and isinstance(cand.place.value, str) and hosts and cand.place.value not in hosts:
            cand.place, cand.place_country = None, next(iter(hosts)) if len(hosts) == 1 else cand.place_country
    for cand in cands:  # "arrived on Thursday for a visit that will include a summit": the summit is some day of the visit
        if cand.type != "Visit" and any(c.type == "Visit" and c.trigger.start < cand.trigger.start for c in cands):
            lead = dw.lower[max(sent.start, cand.phrase_start - 4) : cand.phrase_start]
            if set(lead) & {"include", "includes", "included", "including"}:
                cand.date = None
            elif lead[-2:] in (["for", "a"], ["for", "an"]) or lead[-1:] == ["for"]:
                cand.date, cand.tense = None, None  # "arrived on Sunday on a state visit for a summit with X": what the visit is for
    for cand in cands:  # "arrived in Ufa on Wednesday to attend the SCO summit": the day of the arrival, not of the summit
        if cand.type in ("Summit", "Forum", "Meeting") and cand.date is not None and cand.date.start < cand.trigger.start:
            lead = " ".join(dw.lower[max(sent.start, cand.phrase_start - 8) : cand.phrase_start])
            arrival = set(dw.lower[sent.start : cand.date.start]) & (TRAVEL | _ARRIVE)
            to_attend = TO_ATTEND.search(lead) if cand.type != "Meeting" else _TO_MEET.search(lead)  # ("arrived on Monday to hold talks")
            dv = cand.date.value
            trip = not arrival & _ARRIVE and (getattr(dv, "tense", None) == "future" or dv.start is not None and dv.end is not None and dv.start != dv.end)
            if arrival and to_attend and not trip and not set(dw.lower[cand.date.end : cand.phrase_start]) & (TRAVEL | _ARRIVE):
                # ("will travel to Astana on Nov. 3-4 to attend the summit": the days of the trip are the summit's)
                cand.date, cand.tense = None, None
    for cand in cands:  # "will visit Astana on Oct. 3-4 to attend the leaders' meeting": the visit's days and city are the meeting's
        trip = next((c for c in cands if c.type == "Visit" and c.trigger.end <= cand.phrase_start), None) if cand.type != "Visit" and not cand.document else None
        if trip is not None and cand.date is None and trip.date is not None \
                and TO_ATTEND.search(" ".join(dw.lower[max(trip.trigger.end, cand.phrase_start - 8) : cand.phrase_start])) \
                and not set(dw.lower[trip.trigger.end : cand.phrase_start]) & {",", ";", "and"}:
            cand.date, cand.tense = trip.date, cand.tense or trip.tense
            if cand.place is None and cand.place_country is None:
                cand.place, cand.place_country = trip.place, trip.place_country
    for cand in cands:  # "Prior to the summit, on July 18, he toured the city": the day of what came before it, not the summit's
        if cand.date is not None and cand.date.start > cand.trigger.start and BEFORE_THE_EVENT.search(" ".join(dw.lower[max(sent.start, cand.phrase_start - 5) : cand.phrase_start])):
            main = next((c for c in cands if c is not cand and c.date is None and not c.framed and c.trigger.start > cand.date.start), None)
            if main is not None:
                main.date = cand.date  # ("Before the summit, on November 10, the ministers will gather"): the main clause's day
            cand.date = None
    for cand in cands:  # "X and Y met in Samarkand in September 2022 on the sidelines of the SCO summit": the summit was there, then
        inner = [c for c in cands if c is not cand and c.type == "Meeting" and not c.contains and c.trigger.start < cand.trigger.start]
        if cand.contains and cand.type in ("Summit", "Forum") and cand.date is None and cand.place is None and len(inner) == 1 \
                and inner[0].place is not None:
            cand.place, cand.place_country = inner[0].place, cand.place_country or inner[0].place_country
            cand.date = inner[0].date  # (the day only with the city: a meeting dated and placed is an occasion told whole)


#: "which opened on June 2": the day it began, not its days
_STARTS = frozenset(["opened", "started", "began", "kicked", "opens", "starts", "begins", "commenced"])


def _latter_visitor(dw: Any, cand: Candidate, actors: list[Mention]) -> None:
    """"X met Y during the latter's official visit": Y (the former's: X) is the visitor; the other
    is no traveller."""
    lead = dw.lower[max(0, cand.phrase_start - 3) : cand.phrase_start]
    which = "latter" if "latter" in lead else "former" if "former" in lead else None
    if which is None or not set(lead) & {"'s", "’s"}:
        return
    people = [a for a in actors if a.kind == "person" and a.end <= cand.phrase_start - 2]
    if len(people) < 2:
        return
    visitor = people[-1] if which == "latter" else people[-2]
    cand.participants = [(a, r) for a, r in cand.participants if a.kind != "person"] + [(visitor, "visitor")]


def _visited_list(dw: Any, cand: Candidate, actor: Mention, actors: list[Mention]) -> bool:
    """"The results of his tour of A and B": the states a visit goes to, named right after it,
    are its hosts even when the visit frames what the sentence tells."""
    if cand.type != "Visit" or actor.kind != "country" or actor.start < cand.trigger.end:
        return False
    words = range(cand.trigger.end, actor.start)
    if dw.lower[cand.trigger.end - 1] not in ("to", "of"):
        if not words or dw.lower[words[0]] not in ("to", "of"):
            return False
        words = words[1:]
    listed = {i for a in actors if a.kind == "country" for i in range(a.start, a.end)}
    return all(i in listed or dw.lower[i] in (",", "and") for i in words)


def _frame_closed(dw: Any, frame: Candidate, actor: Mention, cands: list[Candidate]) -> bool:
    """"Following the talks (held in two formats), A and B signed a treaty": a comma closes the frame
    phrase before the actor, the subject of the main clause's event told right after it (not "the
    results of talks of X, Y and Z")."""
    between = dw.lower[frame.trigger.end : actor.start]
    verbs = lexicon()["sign_words"] | {"held", "hold", "holds", "met", "meet", "meets", "visited", "will"}
    if "," not in between or not any(c is not frame and 0 < c.trigger.start - actor.end <= 8 and set(dw.lower[actor.end : c.trigger.start]) & verbs
                                     for c in cands):
        return False
    return not set(between[: between.index(",")]) & {"of", "between", "with", "by", "participation"}


def _where_clause(dw: Any, cands: list[Candidate], spots: list[Mention]) -> None:
    """"Flew in to Armenia from Azerbaijan, where he met the president": what the clause after ", where"
    tells happens in the place just before it, and the states named before it are not its sides."""
    for m in spots:
        if not (m.end + 1 < len(dw.lower) and dw.text[m.end] == "," and dw.lower[m.end + 1] == "where"):
            continue
        for cand in cands:
            if cand.trigger.start <= m.end + 1 or cand.type == "Visit":
                continue
            if m.kind == "city":
                cand.place, cand.place_country = m, None
            elif cand.place is None or cand.place.start < m.start:
                cand.place, cand.place_country = None, m.id
            cand.participants[:] = [(a, r) for a, r in cand.participants if not (a.kind in ("country", "demonym") and a.end <= m.end and r != "host")]


_ARRIVE = frozenset(["arrived", "arrives", "arrive", "arriving", "landed", "lands", "came", "comes"])
TO_ATTEND = re.compile(r"\bto (?:attend|participate in|take part in|join)\b")
_TO_MEET = re.compile(r"\bto (?:hold|have|conduct)(?: \S+){0,2}$|\bto meet$")


def _in_capacity(dw: Any, actor: Mention) -> bool:
    """A title told after "as" ("as the President", "as Prime Minister"): the office someone acts in."""
    k = actor.start - 1
    if k > 0 and dw.lower[k] == "the":
        k -= 1
    titles = lexicon()["title_words"]
    return k >= 0 and dw.lower[k] == "as" and all(w in titles or w == "the" for w in dw.lower[actor.start : actor.end])


def _goal_between(dw: Any, cand: Candidate, m: Mention) -> bool:
    """"The summit, where members pledged to raise spending by 2035": a deadline of another clause's
    goal (a relative clause, an infinitive) between the event and the date, not the event's."""
    lo, hi = sorted((cand.trigger.end, m.start))
    if after_the_frame(dw, cand, m):
        return True
    return bool(set(dw.lower[lo:hi]) & {"where", "which", "who", "that", ";"}) or _infinitive_in(dw, lo, hi)


def _from_day(m: Mention) -> Mention:
    """"Will make a two-day visit to Samarkand from Saturday": a coming event's first day (a day
    "from" which something is told to come is when it begins, not an open period)."""
    v = m.value
    if getattr(v, "mod", None) == "since" and v.granularity == "day" and v.start is not None and v.tense == "future" and v.text.lower().startswith("from "):
        return attrs.evolve(m, value=attrs.evolve(v, mod=None, end=v.start))
    return m


def _since_phrase(dw: Any, m: Mention, cands: list[Candidate]) -> bool:
    """A date at the end of a "since ..." phrase ("since his re-election on May 28"): when something
    before the event happened (unless that something is an event told: "since the previous summit
    in September 2015")."""
    lo = max(0, m.start - 24)  # ("since the two countries established diplomatic ties in 1949")
    words = dw.lower[lo : m.start]
    if "since" not in words:
        return False
    at = lo + len(words) - 1 - words[::-1].index("since")
    # ("since China and Kazakhstan set up ties in 1992": 'and' between two names joins the subject, not two clauses)
    joined = any(dw.lower[k] == "and" and not (dw.text[k - 1][:1].isupper() and (dw.text[k + 1][:1].isupper() or dw.lower[k + 1] == "the"))
                 for k in range(at + 1, m.start))
    return not set(dw.lower[at + 1 : m.start]) & {",", ";", "."} and not joined and not any(at < c.trigger.start < m.start for c in cands)


def _years_long(m: Mention) -> bool:
    """A span of several whole years ("from 2016 to 2020", "2018-2019"): a term or a plan's period,
    never the time of one meeting, visit or signing."""
    v = m.value
    start, end = getattr(v, "start", None), getattr(v, "end", None)
    return getattr(v, "granularity", None) == "year" and start is not None and end is not None and end.year > start.year


_MEMBERSHIP = re.compile(r"\b(?:comprises|comprising|comprised of|consists of|consisting of|made up of|members are|members include|member states are|membership of|grouping of)\b(?:(?!\b(?:met|held|attended|signed)\b)[^.;])*$")

_INVITED_BY = re.compile(r"\binvitation (?:of|from)(?: the)?(?: [\w.’'-]+){0,7}$")
_INVITATION_OF = re.compile(r"^\s*(?:'s|’s)\s+(?:\w+\s+)?invitation\b")


#: words between a demonym and the visit it names the host of ("his Uzbek state visit")
_VISIT_KINDS = frozenset(["state", "official", "working", "two-day", "three-day", "four-day", "first", "historic"])


#: verbs of going somewhere: "travel to Russia", "left for China"


def _here(doc: Doc, sent: _Sent, mentions: Mentions) -> list[Mention]:
    """"Witnessed the ceremony here": the city of the dateline ("ISLAMABAD:"), where the
    report was filed, stands for "here" (not "here is")."""
    dw = doc_words(doc)
    out = []
    for k in range(sent.start, sent.end):
        if dw.lower[k] not in ("here", "there") or (k + 1 < sent.end and dw.lower[k + 1] in _EXISTENTIAL):
            continue
        if dw.lower[k] == "here":
            city = mentions.dateline_city(doc_words(doc).string)
        else:  # "met in Shanghai to prepare for the summit to be held there": the city just named
            # (in this sentence or the one before: "There the leaders signed" after a meeting with no city is no city)
            since = doc[sent.start - 1].sent.start if sent.start > 0 else 0
            before = [m for m in mentions.starting("places", max(since, sent.start - 60), k) if m.kind == "city"]
            city = before[-1] if before else None
        if city is not None:
            start_char, end_char = dw.chars(k, k + 1)
            out.append(attrs.evolve(city, start=k, end=k + 1, start_char=start_char, end_char=end_char, text=dw.text[k]))
    return out


_EXISTENTIAL = frozenset(["is", "are", "was", "were", "will", "would", "has", "have", "had", "'s", "may", "might", "could", "should", "must", "can", "seems", "appears"])
