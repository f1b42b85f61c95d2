"""A candidate's place and date from its sentence: which date and which city belong to
which trigger when a sentence holds several.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention
from ..news_day import opens_an_account
from ._candidate import ATTENDING, DISCUSSION_RULES, Candidate, _prev_word, _title_tokens_of, travelled_to
from ._roles import _REPORTING


def _statement_date(doc: Doc, m: Mention) -> bool:
    """"..., the minister said on Saturday": the day of the statement, not of the event."""
    dw = doc_words(doc)
    words = dw.lower[max(0, m.start - 6) : m.start]
    if words and words[-1] == "on":
        words = words[:-1]
    for k in (2, 3):  # "told reporters in Moscow on June 27", "said in New York on Monday"
        if len(words) > k and words[-k] in ("in", "at") and all(dw.text[i][:1].isupper() for i in range(m.start - k, m.start - 1) if dw.lower[i] != "on"):
            if words[-k - 1] in TOLD_BY:
                words = words[:-k]
                break
    if words and words[-1] in ("here", "there"):  # "said here Monday"
        words = words[:-1]
    if len(words) >= 2 and words[-2] in ("on", "in", "via") and words[-1] in _MEDIA:  # "confirmed on Twitter on Oct. 8"
        words = words[:-2]
    if bool(words) and (words[-1] in TOLD_BY or words[-1] == "briefing"):
        return True
    if opens_an_account(dw.lower[m.end : m.end + 2]):
        return True  # "X on Thursday explained the results of his tour": the day of the account
    if dw.lower[dw.sent_start[m.start] : m.start] in ([], ["on"]) and m.end < len(dw.lower) and dw.lower[m.end] == ",":
        # "On Sunday, the minister said that during X's visit, ...": the day of the account that opens the sentence
        ahead = dw.lower[m.end + 1 : m.end + 16]
        k = next((i for i, w in enumerate(ahead) if w in _REPORTING), None)
        if k is not None and ahead[k + 1 : k + 2] in (["that"], [","]) and not _EVENT_VERBS & set(ahead[:k]):
            return True
    # "..., according to a press release from the ministry on Saturday": the source's day
    before = dw.lower[max(0, m.start - 10) : m.start]
    at = next((i for i in range(len(before) - 1, 0, -1) if before[i - 1 : i + 1] == ["according", "to"]), None)
    return at is not None and not any(w in (",", ";", ".", "and") for w in before[at:])


#: states of affairs in a place, which talks are about ("the situation in Afghanistan", "the conflict in Syria")
_AFFAIRS = frozenset(["situation", "crisis", "conflict", "war", "settlement", "developments", "stability", "security", "peace", "reconstruction", "unrest"])

_ARRIVED_IN = frozenset(["arrived", "arrives", "arrive", "arriving"])

#: the words an account's place or day follows ("said in Moscow", "told reporters on Monday")
TOLD_BY = _REPORTING | frozenset(["reporters", "journalists"])

#: the words that open a cause ("postponed due to fires in X"): a place after them is the cause's
_CAUSES = frozenset([("due", "to"), ("because", "of"), ("owing", "to"), ("caused", "by")])

#: "due to take place", "due to be held": a plan, no cause
_DUE_TO_DO = frozenset(["take", "be", "hold", "begin", "open", "start", "visit", "arrive", "meet", "sign", "attend", "travel", "convene", "host", "end", "close", "come", "go", "pay", "make"])

#: where an account is given ("wrote on Telegram on Monday", "said in an interview on Friday")
_MEDIA = frozenset(["twitter", "x", "telegram", "facebook", "instagram", "interview", "statement", "tweet", "post", "briefing"])


#: relative pronouns that open a clause about the event's noun ("the Declaration, the idea of which was proposed in 2017")
_RELATIVES = frozenset(["which", "who", "whom", "whose"])
#: verbs of the event itself: a relative clause with one tells the event's own time or place ("the summit, which will be held in May")
_OWN_VERBS = frozenset([
    "held", "hold", "holds", "holding", "signed", "sign", "signs", "took", "take", "takes", "hosted", "host", "hosts",
    "convened", "opened", "opens", "open", "scheduled", "planned", "due", "began", "begins", "start", "starts", "started",
    "ended", "ends", "end", "run", "runs", "ran", "continue", "continues", "attended", "visited", "met", "meet", "place",
    "arrived", "arrives", "arriving", "came", "comes", "travelled", "traveled", "went", "flew", "gathered", "gather", "participated",
])


def _other_clause(dw: Any, cand: Candidate, m: Mention, cands: list[Candidate]) -> bool:
    """A date or place after the event's phrase in a relative clause about something else
    ("..., the development of which was initiated in October 2017 in Sochi"); not one that
    tells an event ("received X, who is in Ashgabat on a working visit")."""
    words = dw.lower[cand.phrase_end : m.start]
    # (also "his first visit since he took office in December": a clause of its own, with its own subject)
    at = next((i for i, w in enumerate(words) if w in _RELATIVES or (w == "since" and i + 1 < len(words) and words[i + 1] in _SUBJECTS)), None)
    if at is None or any(w in _OWN_VERBS for w in words[at:]):
        return False
    return not any(c.trigger.start > cand.phrase_end + at for c in cands)


_SUBJECTS = frozenset(["he", "she", "they", "it", "we", "i"])
_CAREER = frozenset(["power", "office", "elected", "re-elected", "appointed", "became", "born", "served", "inaugurated", "sworn", "resigned"])


def _aside(dw: Any, m: Mention, first: int) -> bool:
    """A date in a relative clause about a person, set off by commas before the event's
    trigger: "X, who came to power last September, is paying his first visit"."""
    k = m.start - 1
    while k > 0 and dw.text[k] not in (",", ".", ";") and m.start - k < 12:
        if dw.lower[k] == "who" and dw.text[k - 1] == ",":  # (a clause about a person's career, not about the event)
            return bool(set(dw.lower[k : m.start]) & _CAREER) and any(dw.text[i] == "," for i in range(m.end, first))
        k -= 1
    return False


_FOUNDED = frozenset(["established", "founded", "created", "formed", "launched", "built", "constructed", "inaugurated", "set"])


def _told_before(dw: Any, m: Mention, cand: Candidate) -> bool:
    """"The partnership the presidents agreed to last year, Wen told Masimov at the start of their talks":
    a date in what is said, before the verb of saying that comes ahead of the event, is the statement's."""
    between = dw.lower[m.end : cand.trigger.start]
    return "," in between and any(w in _REPORTING for w in between[between.index(",") :])


def _assign_dates(cands: list[Candidate], heads: list[Candidate], items: list[Mention], untils: list[Mention] = (), dw: Any = None) -> None:
    """Each date goes to the nearest event trigger before it (else the nearest after it);
    events left without one take a date that stands before every trigger of the sentence
    ("the events in 2023, namely A in September, B and C"). A date in a relative clause about
    something else goes to none."""
    after: dict[int, list[Mention]] = {}
    ahead: dict[int, list[Mention]] = {}
    openers: list[Mention] = []  # dates that open a clause of their own (", and in July, he met X at the summit")
    for m in items:
        before = [c for c in heads if c.trigger.start < m.start]
        if dw is not None and before and _other_clause(dw, max(before, key=lambda c: c.trigger.start), m, cands):
            continue
        if dw is not None and m.start >= 2 and dw.lower[m.start - 1] in ("in", "on") and dw.lower[m.start - 2] in _FOUNDED \
                and not any(c.document for c in before):
            continue  # "the partnership established in 2005": the date of what was founded, not of the visit
        if dw is not None and not before and _aside(dw, m, min(c.trigger.start for c in cands)):
            continue
        attributive = [c for c in cands if c.rule.anchor == "noun" and 0 <= c.phrase_start - m.end <= 1 and c.trigger.start > m.start]
        nxt = [c for c in heads if c.trigger.start >= m.end]
        if attributive:  # "at the November 18, 2011 meeting", "Friday's talks": the date of that noun
            after.setdefault(id(attributive[0]), []).append(m)
        elif before and nxt and dw is not None and _opens_next_clause(dw, max(before, key=lambda c: c.trigger.start), m):
            # "In May, X paid a visit to China, and in July, he met Xi": the date that opens a clause is its event's
            after.setdefault(id(min(nxt, key=lambda c: c.trigger.start)), []).append(m)
            openers.append(m)
        elif before:
            after.setdefault(id(max(before, key=lambda c: c.trigger.start)), []).append(m)
        elif dw is None or not _told_before(dw, m, min(heads, key=lambda c: c.trigger.start)):
            ahead.setdefault(id(min(heads, key=lambda c: c.trigger.start)), []).append(m)
    first = min(c.trigger.start for c in cands)
    lead = min(cands, key=lambda c: c.trigger.start)
    umbrella = [m for m in items if m.end <= first and not (dw is not None and (_aside(dw, m, first) or _told_before(dw, m, lead)))]
    taken = {id(m): c.tense for c in cands for m in ahead.get(id(c), ()) if not after.get(id(c))}
    for cand in cands:
        mine = after.get(id(cand)) or ahead.get(id(cand))
        later = [m for m in untils if m.start > cand.trigger.start and not (dw is not None and after_the_frame(dw, cand, m))]
        if later:
            cand.until = later[0]
        if mine and not after.get(id(cand)) and cand.tense == "planned":
            # "had a phone call on Monday and agreed to meet in Batken": a past day told before is another clause's
            mine = [m for m in mine if not _past_clause_before(dw, m, cand)]
        opener = [m for m in openers if m.end <= cand.trigger.start]
        if mine:
            cand.date = min(mine, key=lambda m: abs(m.start - cand.trigger.start))
            cand.date = _until(cand.date, [m for m in untils if m.start > cand.date.start])
        elif opener:
            cand.date = opener[-1]  # (the clause's own date, not one that opens the sentence)
        elif umbrella and taken.get(id(umbrella[-1]), cand.tense) in (cand.tense, None) \
                and not (cand.tense == "planned" and _past_clause_before(dw, umbrella[-1], cand)):
            # not the day of another clause's event told in another tense ("arrived on Monday
            # for a visit, the first stop of a tour that will take him to A and B")
            cand.date = umbrella[-1]
    if dw is not None:
        for a, b in zip(cands, cands[1:]):
            # "will attend the sixth CICA summit and a session of the CIS Council in Astana on 13-14 October": both
            if a.date is None and b.date is not None and b.date.start >= b.phrase_end and coordinated(dw, a, b) and not a.distinct:
                a.date = b.date


def coordinated(dw: Any, a: Candidate, b: Candidate) -> bool:
    """Two event phrases joined by "and" with nothing but articles and session nouns between them (an
    acronym said aside counts for nothing): "the X Summit and the Y Forum", "a meeting of the X and a
    session of the Y"."""
    gap, depth, words = dw.lower[a.phrase_end : b.trigger.start], 0, []
    for w in gap:
        depth += w == "("
        if not depth:
            words.append(w)
        depth -= w == ")" and depth > 0
    return "and" in words and set(words) <= _COORDINATED


def listed(dw: Any, cands: list[Candidate], i: int) -> bool:
    """The event phrase ``i`` and the next are items of one list: joined by "and", or by a comma
    in a list that "and" closes further on ("meetings of the A, the B, and the C")."""
    a, b = cands[i], cands[i + 1]
    if coordinated(dw, a, b):
        return True
    gap = dw.lower[a.phrase_end : b.trigger.start]
    return "," in gap and set(gap) <= _COORDINATED | {","} and i + 2 < len(cands) and listed(dw, cands, i + 1)


def _opens_next_clause(dw: Any, prev: Candidate, m: Mention) -> bool:
    """A date fronted in a clause joined after the previous event's: ", and in July, he met ..." """
    gap = dw.lower[prev.trigger.end : m.start]
    k = max((i for i, w in enumerate(gap) if w == ","), default=None)
    return k is not None and gap[k + 1 : k + 2] in (["and"], ["but"], ["while"], ["then"]) and m.end < len(dw.text) and dw.text[m.end] == ","


def _past_clause_before(dw: Any, m: Mention, cand: Candidate) -> bool:
    """A past date in a clause joined before the event's by "and" ("had a call on Monday and agreed to meet")."""
    return dw is not None and getattr(m.value, "tense", None) == "past" and "and" in dw.lower[m.end : cand.trigger.start]


def after_the_frame(dw: Any, cand: Candidate, m: Mention) -> bool:
    """"During the talks, the speakers agreed on quotas until the end of 2025": a date in the main
    clause after a frame ("during", "at") belongs to that clause, not to the frame's event."""
    return cand.contains and m.start >= cand.phrase_end and "," in dw.lower[cand.phrase_end : m.start]


def _until(date: Mention, later: list[Mention]) -> Mention:
    """"opened today and will run until May 29": a start day and a later "until" day make a range."""
    dm = date.value
    nxt = next((m for m in later if getattr(m.value, "mod", None) == "until"), None)
    if nxt is None or dm.granularity != "day" or getattr(dm, "mod", None) or nxt.value.granularity != "day":
        return date
    end = nxt.value.end
    if dm.start is None or end is None or end < dm.start:
        return date
    import attrs

    merged = attrs.evolve(dm, end=end, end_char=nxt.value.end_char, text=f"{dm.text} ... {nxt.value.text}")
    return Mention("date", date.start, nxt.end, date.start_char, nxt.end_char, merged.text, None, merged)


#: verbs that tell an event happening; a place after one is the event's, whatever was discussed before it
_EVENT_VERBS = frozenset({"signed", "held", "hosted", "took", "convened", "inked"})


#: the words between two coordinated event phrases ("the X Summit and the Y Forum", "a meeting of the X Council and a meeting of the Y Council")
_COORDINATED = frozenset({"and", "a", "an", "the", "its", "their", ",", "also", "of", "meeting", "session", "sitting"})


_ROUTE_NOUNS = frozenset(["railway", "railways", "railroad", "road", "roads", "highway", "motorway", "pipeline", "pipelines", "corridor",
                          "route", "routes", "line", "lines", "flights", "flight", "trains", "train", "cargo", "transit", "link", "links"])


def in_a_cause(dw: Any, m: Mention, cands: list[Candidate]) -> bool:
    """"Postponed due to forest fires in the Abay region of Kazakhstan": a place or state told in the
    cause of what happened (after "due to", "because of"), with no event between, is the cause's."""
    lo = max(dw.sent_start[m.start], m.start - 12)
    at = max((i for i in range(lo, m.start - 1) if (dw.lower[i], dw.lower[i + 1]) in _CAUSES
              and not (dw.lower[i] == "due" and dw.lower[i + 2 : i + 3] and dw.lower[i + 2] in _DUE_TO_DO)), default=None)
    return at is not None and not any(at < c.trigger.start < m.start for c in cands)


def _assign_places(doc: Doc, cands: list[Candidate], heads: list[Candidate], places: list[Mention], actors: list[Mention]) -> None:
    """Each "in/at/to <city or country>" goes to the nearest trigger before it (else the
    nearest one); events without one share the place of the sentence's head event."""
    dw = doc_words(doc)
    preps = lexicon()["place_prepositions"]

    descriptors = lexicon()["place_descriptors"]
    city_nouns = lexicon()["place_nouns"] | {"capital"}  # ("the Turkmen capital Ashgabat", "the resort town of Cholpon-Ata")
    countries_at = {i for a in actors if a.kind in ("country", "demonym") for i in range(a.start, a.end)}

    def after_prep(m: Mention) -> bool:
        """"in Astana", "to the United Arab Emirates", and a city after words describing it:
        "in the Armenian capital of Yerevan", "in Russia's Astrakhan", "in the resort town of X"."""
        p1 = _prev_word(dw, m.start)
        if p1 > 0 and dw.lower[p1] == "the":
            if m.end < len(dw.text) and dw.text[m.end][:1].isupper() and dw.text[m.end].isalpha():
                return False  # "in the Satpayev Oil Block", "at the Tashkent Tractor Plant": a name that starts with a city
            p2 = _prev_word(dw, p1)
            return p2 >= 0 and dw.lower[p2] in preps
        if p1 >= 0 and dw.lower[p1] in preps:
            return True
        if p1 > 0 and dw.lower[p1] == "by" and dw.lower[_prev_word(dw, p1)] in ("hosted", "organized", "organised"):
            return True  # "the summit, to be hosted by Gabala": where it is held
        if m.kind != "city":
            return False
        if p1 > 1 and dw.text[p1] == "(":  # "at the Presidential Palace (Ak Orda)": the venue's name in brackets
            i = p1 - 1
            while i > 0 and p1 - i <= 6 and (dw.text[i][:1].isupper() or dw.lower[i] in ("the", "of")):
                i -= 1
            return i < p1 - 1 and dw.lower[i] in preps
        i = m.start - 1
        while i > 0 and m.start - i <= 8 and (dw.lower[i] in descriptors or i in countries_at):
            i -= 1
        return i < m.start - 1 and dw.lower[i] in preps

    def after_phrase(m: Mention) -> bool:  # "the Ministerial Meeting of the CICA, Nur-Sultan, October 12"
        return any(
            0 <= m.start - c.phrase_end <= 4 and all(t in ",()" or t.isspace() for t in dw.text[c.phrase_end : m.start])
            for c in cands
        )

    def visited(m: Mention) -> bool:  # "visited Dushanbe", "visited the Republic of Kazakhstan"
        p = _prev_word(dw, m.start)
        if m.kind == "city" and p > 0 and dw.lower[p] in city_nouns | {"of"}:  # "visited the Turkmen capital Ashgabat", "the ancient city of Samarkand"
            k = p
            while k > 0 and m.start - k <= 8 and (dw.lower[k] in descriptors or k in countries_at):
                k -= 1
            if set(dw.lower[k + 1 : m.start]) & city_nouns:  # (not "a visit of Kurgan's delegation": no "city" or "capital" before it)
                p = k
        if p > 0 and dw.lower[p] == "the":
            if m.end < len(dw.text) and dw.text[m.end][:1].isupper() and dw.text[m.end].isalpha():
                return False  # "visited the Tashkent Tractor Plant": a name that starts with a city
            p = _prev_word(dw, p)
        return p >= 0 and dw.lower[p] in ("visited", "visiting", "toured", "visit")

    def hosting(m: Mention) -> bool:  # "Kuala Lumpur also hosted the summit", "Ganja, Azerbaijan hosted the meeting"
        k = m.end
        if k + 1 < len(dw.lower) and dw.lower[k] == "," and k + 1 in countries_at:
            j = k + 1
            while j in countries_at:
                j += 1
            # ("Ganja, Azerbaijan hosted"; "Astana, Kazakhstan's capital city, is to host": past the apposition)
            k = next((i + 1 for i in range(j, min(len(dw.lower), k + 8)) if dw.lower[i] == ","), j) if dw.lower[j : j + 1] != ["hosted"] else j
        if dw.lower[k : k + 2] in ([",", "will"], [",", "is"], [",", "hosted"]):
            k += 1  # "The capital of Turkmenistan, Ashgabat, will host": the apposition closes
        words = dw.lower[k : k + 4]
        if words[:1] in (["is"], ["will"], ["was"]):  # "is also to host", "will also host"
            words = [w for w in words if w not in ("is", "will", "was", "also", "to", "be")]
        return bool(set(words[:2]) & {"hosted", "hosts", "host", "hosting"}) and (
            m.end < min(c.trigger.start for c in cands) or any(0 < c.trigger.start - k <= 6 for c in cands))

    lex = lexicon()

    def topical(m: Mention) -> bool:  # "discussed security in Afghanistan"
        p = _prev_word(dw, m.start)
        if p > 0 and dw.lower[p] in ("in", "around", "of") and dw.lower[_prev_word(dw, p)] in _AFFAIRS:
            return True  # "the situation in Afghanistan was a topic of the talks": what is talked about
        for c in cands:  # "discussed reforms in Kazakhstan with X": what is discussed, before "with"
            if c.rule.id in DISCUSSION_RULES and c.trigger.end <= m.start and "with" in dw.lower[m.end : m.end + 30] and "with" not in dw.lower[c.trigger.end : m.start] \
                    and not any(c.trigger.end <= o.trigger.start < m.start for o in cands):  # (not "following his visit to Brussels": that visit's)
                return True
        owner_starts = [c.trigger.end for c in cands if c.trigger.end <= m.start]
        if not owner_starts:
            return False
        between = dw.lower[max(owner_starts) : m.start]
        topic = [i for i, t in enumerate(between) if t in lex["topic_words"] and t != "on"]
        # "agreements, including those on X, were signed in Moscow": the event's own verb after the topic takes the place back
        return bool(topic) and not any(t in _EVENT_VERBS for t in between[topic[-1] :])

    def airport(m: Mention) -> bool:  # "landed at Manas airport outside Bishkek": an airport's name, not the city
        nxt = dw.lower[m.end : m.end + 2]
        return bool(nxt) and (nxt[0] in ("airport", "airbase", "air") or nxt == ["international", "airport"])

    def route(m: Mention) -> bool:  # "a railway from Uzbekistan to Afghanistan": where a line runs, not where the event is
        window = dw.lower[max(dw.sent_start[m.start], m.start - 10) : m.start]
        return "from" in window and bool(set(window[: window.index("from")]) & _ROUTE_NOUNS)

    def told_where(m: Mention) -> bool:  # "told reporters in Moscow", "said in Beijing": where the account was given
        p = _prev_word(dw, m.start)
        return p > 0 and dw.lower[p] == "in" and dw.lower[p - 1] in TOLD_BY

    titled = _title_tokens_of(actors)
    spots = [m for m in places if (m.text.lower() in ("here", "there") or after_prep(m) or after_phrase(m) or hosting(m) or visited(m))
             and not topical(m) and not route(m) and not airport(m) and m.start not in titled and not told_where(m) and not in_a_cause(dw, m, cands)]
    spots += [m for m in actors if m.kind == "country" and (after_prep(m) or visited(m)) and not topical(m) and not route(m) and m.start not in titled
              and not in_a_cause(dw, m, cands)]
    owned: dict[int, list[Mention]] = {}
    for m in spots:
        before = [c for c in cands if c.trigger.start < m.start]
        best = max(before, key=lambda c: c.trigger.start) if before else min(cands, key=lambda c: c.trigger.start)
        # ("arrived in Baku on a visit", "will go to Kazakhstan on a working visit": where that visit is)
        arrived = m.start >= 2 and (dw.lower[m.start - 2] in _ARRIVED_IN or travelled_to(dw, m.start))
        arrival = next((c for c in cands if c.type == "Visit" and 0 < c.trigger.start - m.end <= 6
                        and not {",", ";", "."} & set(dw.text[m.end : c.trigger.start])), None) if arrived else None
        if hosting(m):
            best = min((c for c in cands if c.trigger.start > m.start), key=lambda c: c.trigger.start)
        elif arrival is not None:
            best = arrival  # "X held talks with Y, who arrived in Turkmenistan on a working visit": where the visit is
        elif before and _other_clause(dw, best, m, cands):
            continue
        owned.setdefault(id(best), []).append(m)
    for cand in cands:
        mine = owned.get(id(cand), [])
        cities = [m for m in mine if m.kind == "city"]
        if cities:
            cand.place = min(cities, key=lambda m: abs(m.start - cand.trigger.start))
        elif mine:
            cand.place_country = min(mine, key=lambda m: abs(m.start - cand.trigger.start)).id
    for i in reversed(range(len(cands) - 1)):
        # "a meeting of the CSTO Council and a meeting of the Supreme Council to be held in Minsk": a
        # place told after coordinated events (the last of a list) is where all of them are
        a, b = cands[i], cands[i + 1]
        if a.place is None and a.place_country is None and b.place is not None and b.place.start >= b.phrase_end \
                and listed(dw, cands, i) and not a.distinct:
            a.place = b.place
    for m in spots:  # "a visit to Moscow, where he will take part in a meeting of the Council"
        if m.kind == "city" and m.end + 1 < len(doc) and dw.text[m.end] == "," and dw.lower[m.end + 1] == "where":
            for cand in cands:
                if cand.trigger.start > m.end and cand.place is None and cand.place_country is None:
                    cand.place = m
    shared = next((c for c in cands if c.place is not None and not c.distinct), None)
    for cand in cands:
        if cand.document and cand.place is None and cand.place_country is None and shared is not None:
            cand.place = shared.place  # "held talks in Astana and signed a memorandum"


def came_from(dw: Any, sent: Any, cands: list[Candidate], mentions: Any) -> None:
    """"Arrived in Ashgabat on July 10 from Russia after attending the BRICS and SCO summits": the
    events attended came before the arrival, elsewhere; they take neither its city nor its day,
    and "from Russia" is where they were held."""
    words = dw.lower[sent.start : sent.end]
    arrived = next((sent.start + k for k, w in enumerate(words) if w in _ARRIVED_IN), None)
    if arrived is None:
        return
    after = next((k for k in range(arrived + 1, sent.end - 1) if dw.lower[k] == "after" and dw.lower[k + 1] in ATTENDING), None)
    if after is None:
        return
    origin = next((m for m in mentions.in_range("actors", arrived, after) + mentions.in_range("places", arrived, after)
                   if m.start > 0 and dw.lower[m.start - 1] == "from" and m.kind in ("country", "city")), None)
    for cand in cands:
        if cand.trigger.start <= after or cand.type not in ("Summit", "Forum", "Meeting"):
            continue
        if cand.place is not None and cand.place.start < after:
            cand.place = None
        if cand.date is not None and cand.date.start < after:
            cand.date = None
        cand.place_country = None if cand.place is not None or origin is None or origin.kind == "city" else origin.id
        if cand.place is None and origin is not None and origin.kind == "city":
            cand.place = origin
        cand.participants[:] = [(a, r) for a, r in cand.participants if not (r == "host" and a.start < after)]


_SIGHT_BOUNDARY = frozenset([",", ".", ";", ":", "in", "on", "at", "where", "which", "and", "to", "with", "during", "for", "(", "–", "-"])


def visits_a_sight(dw: Any, cand: Candidate) -> bool:
    """"The Prime Minister will visit the Independence Monument", "a visit to the Astana Hub", "was
    given a tour of the old town": what the visit verb or noun names is a sight seen on a trip, no
    Visit of its own (a Visit goes to a state or a city)."""
    if cand.type != "Visit" or cand.rule.id not in ("visit-noun", "visit-verb", "visit-trip"):
        return False
    if dw.lower[max(0, cand.trigger.start - 2) : cand.trigger.start] in (["given", "a"], ["a", "guided"], ["given", "guided"]):
        return True  # "will be given a tour of the old town": a guided tour, seen on the trip
    k = cand.trigger.end + (dw.lower[cand.trigger.end : cand.trigger.end + 1] == ["to"])
    k += dw.lower[k : k + 1] in (["the"], ["a"], ["an"])  # ("will visit 'Zvezda' Shipbuilding Plant": a name alone)
    sights = lexicon()["sight_nouns"]
    for i in range(k, min(len(dw.lower), k + 7)):
        if dw.lower[i] in _SIGHT_BOUNDARY:
            return False
        if dw.lower[i] in sights:
            return True
    return False
