"""The actors of a candidate and their roles: who is a side, a host, a chair, a speaker
or only reported, from the cue words before and after each actor.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention
from ._candidate import Candidate, _actor_start, _Sent, visit_of_office


def _people_from(doc: Doc, actor: Mention) -> bool:
    """"scholars from Russia and Kazakhstan": a country after "from" that is not a delegation's."""
    dw = doc_words(doc)
    i = actor.start - 1
    while i > 0 and (dw.text[i][:1].isupper() or dw.lower[i] in ("and", ",", "the")):
        i -= 1
    if dw.lower[i] != "from":
        return False
    before = set(dw.lower[max(0, i - 4) : i])
    return not before & {"delegation", "delegations", "representatives", "officials", "leaders", "ministers", "heads", "counterparts", "counterpart"}

_SIDE_CUES = frozenset(["between", "with", "by", "among", "signed", "inked", "presence"])  # ("in the presence of X and Y": its witnesses)


def _chain_word(doc: Doc, start: int) -> str:
    """The word before a coordinated list of names: "between" in "between A, B and the C"."""
    dw = doc_words(doc)
    i = start - 1
    # ("-": "Kassym-Jomart"; "for", "under", "on": inside a body's name, "the Agency for ... under the President of X")
    skip = {"the", "and", ",", "of", "'s", "’s", "state", "national", "public", "-", "for", "under", "on", "region", "province", "oblast"} | lexicon()["org_name_cues"]
    while i > 0 and (dw.text[i][:1].isupper() or dw.lower[i] in skip):
        i -= 1
    return dw.lower[i] if i >= 0 else ""


def _cue_before(doc: Doc, start: int) -> str | None:
    """The verb of "<verb> by" before a (possibly coordinated) actor: "organized by the A and the B"."""
    dw = doc_words(doc)
    i = start - 1
    steps = 0
    while i > 0 and steps < 25:
        text, low = dw.text[i], dw.lower[i]
        if low == "by":
            return dw.lower[i - 1]
        if not (text[:1].isupper() or low in ("the", "and", ",", "of", "for", "on", "&", "-", "together", "with", "jointly") or text in ('"', "“", "”")):
            return None
        i -= 1
        steps += 1
    return None

#: words after the last agent of "organized by A, B and C" (not a verb: "..., B left for Russia")
_AFTER_A_LISTED_AGENT = frozenset(["and", "in", "at", "on", "of", "for", "with", "to", "from", "as", "under", "during", "within", "via"])

_OF_THE_OFFICE = re.compile(r"of (?:the )?(?:president|prime minister|premier|head of state|leader|king|emir|foreign minister|minister of foreign affairs) of(?: the)?")

_CHAIR_BEFORE = re.compile(r"(chaired by|chairmanship of|presided over by|chaired|chair)$")

_HOST_BEFORE = re.compile(r"(its host,|the host,|host country)$")

_SPEECH_AFTER = re.compile(r"\b(remarks|speech|address|keynote)\b")

_FRAMEWORK_BEFORE = re.compile(r"(within|framework of|auspices of|under|member states of|members of|member countries of|member nations of)( the)?$")
# "the foreign ministers of the CIS met": a body of the organization (not "met with the foreign ministers of ASEAN": a side)
_BODY_OF = re.compile(r"\b(?:ministers|heads(?: of (?:state|government))?|leaders|chiefs|secretaries|presidents|premiers) of(?: the)?$")
# "the CIS heads of state met", "EAEU prime ministers": the same body named after the organization
_BODY_AFTER = re.compile(r"(?:(?:foreign|defen[cs]e|prime|interior|economy|finance|trade|energy|transport|deputy) )?(?:ministers|heads of (?:state|government)|leaders|chiefs|premiers)\b")
_WITH_BEFORE = re.compile(r"\b(?:with|between)(?: the)?(?: \w+)?$")


_CHAIRED = frozenset(["chaired", "chairs", "chairing", "presided", "co-chaired", "co-chair", "co-chairs"])
_HONORIFICS = frozenset(["mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "h.e.", "sheikh"])


def _role_for(candidate: Candidate, actor: Mention, side: str, doc: Doc) -> str:
    """Role of an actor from the rule's hints and the words right before the actor."""
    dw = doc_words(doc)
    rule = candidate.rule
    start = _actor_start(actor)
    while start > 0 and dw.lower[start - 1] in _HONORIFICS:
        start -= 1  # "a visit by Mr. Katsuya Okada": the words before the honorific
    prev = " ".join(dw.lower[max(0, start - 3) : start])
    if _CHAIR_BEFORE.search(prev) or "chairmanship" in dw.span_text(actor.end, actor.end + 2).lower():
        return "chair"
    if actor.start < candidate.trigger.start and candidate.trigger.start - actor.end <= 20 and "and" in dw.lower[actor.end : candidate.trigger.start] \
            and set(dw.lower[candidate.trigger.start - 4 : candidate.trigger.start]) & _CHAIRED and not {".", ";"} & set(dw.lower[actor.end : candidate.trigger.start]):
        return "chair"  # "Speaker A and Senate Chair B co-chaired the forum": each of the subjects
    if actor.start < candidate.trigger.start and candidate.trigger.start - actor.end <= 8:
        verbs = set(dw.lower[actor.end : candidate.trigger.start])
        if verbs & _CHAIRED:
            return "chair"
        if verbs & {"hosted", "hosts", "hosting", "host"} and candidate.type != "Visit":  # ("will host the summit")
            return "organizer" if candidate.type == "Forum" else "host"
        if candidate.type == "Visit" and verbs & ({"receive", "receives", "received", "receiving", "host", "hosts", "hosted", "hosting",
                                                   "welcome", "welcomes", "welcomed", "welcoming"} | _ORGANIZING):
            return "host"  # "China will receive four state visits", "X welcomed the visit of Y", "officials who organized the visit": the state visited
        if verbs & {"organized", "organised", "organizes", "convened"}:
            return "organizer"
    cue = _cue_before(doc, start)
    if cue and actor.end < len(dw.lower) and dw.text[actor.end][:1].islower() and dw.lower[actor.end] not in _AFTER_A_LISTED_AGENT \
            and not dw.lower[actor.end].endswith("ing") and actor.text[-1:].isalnum():
        cue = None  # "after a lunch hosted by A, B left for Russia": B is the subject of a clause of its own
    if cue in ("chaired", "co-chaired", "presided", "moderated"):
        return "chair"
    if candidate.type == "Visit" and cue in ("paid", "made", "undertaken", "conducted") and actor.start > candidate.trigger.start:
        return "visitor"  # "four state visits to be paid by A of X, B of Y and C of Z": each of them
    if candidate.type == "Visit" and cue == "accompanied" and actor.kind == "person":
        return "visitor"  # "during his visit to Mongolia, X is accompanied by A, B and C": they travel with him
    if cue in ("organized", "organised", "co-organized", "co-organised", "convened", "initiated", "sponsored"):
        return "organizer" if candidate.type in ("Forum", "Meeting") else "host"
    if cue == "hosted":
        return "organizer" if candidate.type == "Forum" else "host"
    if _HOST_BEFORE.search(prev) or dw.span_text(actor.end, actor.end + 3).lower().startswith(", the host"):
        return "host"
    if actor.kind == "person" and candidate.type in ("Forum", "Meeting", "Summit"):
        lo, hi = sorted((actor.end, candidate.trigger.start))
        between = " ".join(dw.lower[lo:hi]) if hi - lo <= 12 else ""
        lead = dw.lower[max(0, actor.start - 2) : actor.start]
        if lead and lead[-1] in _REPORTING:
            lead = []  # "the Kremlin said Putin would meet X": Putin is the one who meets, not a speaker
        around = " ".join(lead) + " " + " ".join(dw.lower[actor.end : actor.end + 3])
        if said_of_self(dw, actor, candidate):
            between = around = ""  # "X said he met Y": X is the one who met
        after_trigger = " ".join(dw.lower[candidate.trigger.end : candidate.trigger.end + 5])
        if _SPEECH.search(between) or _SPEECH.search(around) or (actor.start < candidate.trigger.start and _SPEECH_AFTER.search(after_trigger)):
            return "speaker"  # "opened the roundtable with welcoming remarks"
    if candidate.type == "Visit" and (prev.endswith(" by") or prev.endswith(" by the") or prev.endswith(" of") and (
            start == candidate.trigger.end + 1 or (start == candidate.trigger.end and actor.kind == "person"))
            or actor.kind == "person" and actor.start > candidate.trigger.start and visit_of_office(dw, candidate, actor)):
        return "visitor"  # "visits by the Secretary General", "the state visit of President X", "the trip of President X"
    if candidate.type == "Visit" and actor.kind == "country" and _OF_THE_OFFICE.fullmatch(" ".join(dw.lower[candidate.trigger.end : actor.start])):
        return "visitor"  # "the Official Visit of the President of Turkmenistan to Azerbaijan"
    if candidate.type == "Visit" and actor.kind == "demonym" and " ".join(dw.lower[candidate.trigger.end : actor.start]) in ("of the", "by the") \
            and actor.end < len(dw.lower) and dw.lower[actor.end] in lexicon()["title_words"]:
        return "visitor"  # "the visit of the Kyrgyz president to Ankara": his state travels
    if candidate.document:
        if actor.kind == "person":  # (witnesses "in the presence of X and Y" attend; the others sign)
            between = dw.lower[actor.end : candidate.phrase_start] if actor.end <= candidate.phrase_start else []
            witnessed = bool(_WITNESSED & set(between)) and not set(between) & lexicon()["sign_words"] - {"signing"}  # "X and Y witnessed the signing"
            return "participant" if _chain_word(doc, start) == "presence" or witnessed else "signatory"
        return "party"
    hint = rule.role_for(side)
    if hint == "host" and candidate.type == "Visit" and isinstance(actor.value, dict) and actor.value.get("region"):
        return "participant"  # "will visit Astana to attend the Central Asian leaders' meeting": the region's people, not legs
    if hint == "host" and actor.kind == "person" and candidate.type == "Visit":
        return "host"
    if hint:
        return hint
    return "participant"

_WITNESSED = frozenset(["witnessed", "witness", "witnesses", "oversaw", "oversee", "oversees", "observed", "watched"])
_REPORTING = frozenset(["said", "reported", "stated", "noted", "announced", "told", "added", "stressed", "emphasized",
                        "emphasised", "recalled", "informed", "confirmed", "according", "wrote", "believes", "says", "quoted", "cited"])

_ORGANIZING = frozenset(["organize", "organizes", "organized", "organizing", "organise", "organises", "organised", "organising"])

_AT_EVENT = frozenset(["at", "during", "addressing", "sidelines", "margins", "speaking", "speech", "opening", "closing", "chaired", "attending"])

_TOPIC_AFTER_ON = frozenset(["the", "issues", "ways", "prospects", "cooperation", "trade", "security", "regional", "bilateral"])

_SPEECH = re.compile(
    r"\b(said|says|stated|speak|spoke|speaks|speaking|address|addresses|addressing|addressed|remarks|speech|told|delivered|emphasi[sz]ed|stressed)\b"
)


def _topic_between(doc: Doc, start: int, end: int, lex: dict[str, frozenset[str]]) -> bool:
    dw = doc_words(doc)
    texts = dw.text
    return any(texts[i] in lex["topic_words"] for i in range(start, end) if texts[i] != "on" or i + 1 < end and dw.lower[i + 1] in _TOPIC_AFTER_ON)


def _reported(doc: Doc, actor: Mention, cand: Candidate) -> bool:
    """The actor is the source of a report about the event ("X reported that ... signed")."""
    dw = doc_words(doc)
    if actor.start >= cand.trigger.start:
        return False
    start = _actor_start(actor)
    if start >= 1 and dw.lower[start - 1] in ("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"):
        start -= 1  # "according to Mr. Kamynin"
    if start >= 2 and dw.lower[start - 2 : start] == ["according", "to"]:
        return True  # "X, according to Foreign Office spokesperson Y, will pay the visit": Y is the source
    words = dw.lower[actor.end : cand.trigger.start]
    if cand.phrase_start > 0 and dw.lower[cand.phrase_start - 1] in ("his", "her", "their") and "that" not in words and "," not in words:
        return False  # "Aliyev recalled his meeting with X", "A and B noted their talks": the subject's own event
    attendance = lexicon()["attendance_nouns"]
    # "A and B have confirmed their participation in the summit": attendance, not a report
    words = [w for k, w in enumerate(words) if not (w in _REPORTING and set(words[k + 1 : k + 3]) & attendance)]
    # "X, according to spokesperson Y, will pay the visit": the source is Y, X the visitor
    words = [w for k, w in enumerate(words) if not (w == "according" and words[k + 1 : k + 2] == ["to"])]
    if said_of_self(dw, actor, cand):
        return False  # "X said he held talks with Y", "X announced that she will visit": X is the pronoun, a side
    for k, w in enumerate(words):
        if w == "that" and any(x in _REPORTING for x in words[max(0, k - 3) : k]):
            return True
    # "Tokayev said the next summit would be held in China": a report, not attendance
    if any(w in _REPORTING for w in words) and not set(words) & _AT_EVENT:
        return True
    return False


def said_of_self(dw: Any, actor: Mention, cand: Candidate) -> bool:
    """"X said he held talks with Y", "X announced on Wednesday that she will visit": a person reporting an
    event whose subject is "he" or "she" right before it, the reporter himself."""
    if actor.kind != "person" or not 0 < cand.trigger.start - actor.end <= 14:
        return False
    words = dw.lower[actor.end : cand.trigger.start]
    said = next((k for k, w in enumerate(words) if w in _REPORTING), None)
    pronoun = next((k for k in range(said + 1, min(len(words), said + 5)) if words[k] in ("he", "she")), None) if said is not None else None
    return pronoun is not None and len(words) - pronoun <= 7 and not any(dw.text[actor.end + k][:1].isupper() for k in range(pronoun + 1, len(words)))


def _quoted_source(doc: Doc, actor: Mention, cand: Candidate, quoted: set[int]) -> bool:
    """"..., Kremlin aide Yury Ushakov told reporters": the source of a statement about the event."""
    dw = doc_words(doc)
    if actor.start <= cand.trigger.start:
        return False
    after = set(dw.lower[actor.end : actor.end + 2]) if dw.lower[actor.end : actor.end + 1] not in ([";"], ["."], ["!"], ["?"]) else set()
    if dw.lower[actor.end : actor.end + 1] == [","] and actor.end + 2 < len(dw.lower) and dw.lower[actor.end + 1] in _REPORTING \
            and (dw.lower[actor.end + 2] in ("the", "a") or dw.text[actor.end + 2][:1].isupper()):
        return False  # "..., meeting President X, reported the Kazakh Foreign Ministry": the source comes after its verb
    if dw.lower[actor.end : actor.end + 1] == [","]:  # '"...," X, official spokesperson for the MFA, told journalists'
        close = next((k for k in range(actor.end + 1, min(len(dw.lower), actor.end + 10)) if dw.lower[k] == ","), None)
        # (not a list's next items: "will visit A, B, and C on May 3, said the ministry")
        if close is not None and not {"and", "or"} & set(dw.lower[actor.end + 1 : close]):
            after |= set(dw.lower[close + 1 : close + 3])
    # ("Speaking at the forum, X said": what X said there, as its speaker)
    lead_in = dw.lower[max(0, cand.phrase_start - 3) : cand.phrase_start]
    if lead_in[-3:-1] in (["speaking", "about"], ["speaking", "of"]):
        lead_in = []  # ("Speaking about this visit to the agency, the ambassador said": a source on it, not a speaker at it)
    between = set(dw.lower[cand.trigger.end : _actor_start(actor)])
    if not (cand.trigger.start in quoted and actor.start not in quoted):
        between |= set(lead_in)  # ('"... during the visit," X said': the quote's words, not where X spoke)
        opens = dw.sent_start[cand.trigger.start]
        if dw.lower[opens] == "in" and cand.phrase_start - opens <= 3:
            between.add("at")  # ("In a meeting with X, Y said": what Y said at the meeting the sentence opens with)
    # "..., said Zhao Lijian, the spokesperson", "according to Foreign Minister X"
    lead = dw.lower[max(cand.trigger.end, _actor_start(actor) - 3) : _actor_start(actor)]
    return bool((after | set(lead)) & _REPORTING) and not between & _AT_EVENT


def _relative_visitor(doc: Doc, sent: _Sent, cand: Candidate, actors: list[Mention]) -> None:
    """"X received Y, who is in Ashgabat on a working visit": Y is the visitor, not X; "X and Y
    signed in Beijing, where Y is on a visit", "X and Y pledged ... as Y pays a visit": Y alone."""
    dw = doc_words(doc)
    who = [i for i in range(sent.start, cand.trigger.start) if dw.lower[i] == "who" and i > 0 and dw.text[i - 1] == ","]
    if not who:
        # "X and Y signed the deal in Beijing, where Y is on an official visit": the visit's own subject
        # ("... expressed readiness to deepen ties as X pays his first state visit to Mongolia": X's)
        where = [i for i in range(sent.start, cand.trigger.start) if i > 0 and (
            (dw.lower[i] == "where" and dw.text[i - 1] == ",")
            or (dw.lower[i] == "as" and dw.lower[i - 1] not in ("well", "such", "so") and dw.lower[i + 1] not in ("well", "part", "a", "an", "the", "of")))]
        people = [a for a in actors if a.kind == "person" and where and where[-1] < a.start < cand.trigger.start]
        if people:
            cand.participants = [(a, "visitor") for a in people] + [(a, r) for a, r in cand.participants if a.start > where[-1] and a.kind != "person"]
        return
    rel = who[-1]
    kept = [(a, r) for a, r in cand.participants if a.start >= rel]
    kept += [(a, "visitor") for a in actors if a.kind == "person" and a.end == rel - 1]
    cand.participants = kept


#: words before an attributive "visiting": "his visiting counterpart", "with visiting President X"
_BEFORE_ATTRIBUTIVE = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "with", "by", "to", "for", "of", "and", "welcomed", "received", "greeted", "hosted", "met", "meets"])


def attributive_visit(doc: Doc, cand: Candidate) -> bool:
    """Whether a "visiting" trigger modifies the person after it ("his visiting Uzbek
    counterpart", "talks with visiting President X") rather than heading a clause ("X is
    visiting Kazakhstan")."""
    dw = doc_words(doc)
    t = cand.trigger.start
    # "Visiting Russian President X and Y held talks", "BAKU: Visiting President X ..." (after a dateline)
    opens = t == 0 or dw.sent_start[t] == t or dw.text[t - 1] in (":", "--", "—", "–")
    if dw.lower[t] != "visiting" or t + 1 >= len(dw.text) or not (opens or dw.lower[t - 1] in _BEFORE_ATTRIBUTIVE):
        return False
    nxt = dw.lower[t + 1]
    return dw.text[t + 1][:1].isupper() or nxt in _VISITING_NOUNS or nxt in lexicon()["title_words"]


_VISITING_NOUNS = frozenset(["delegation", "delegations", "counterpart", "counterparts", "guest", "guests", "head", "heads", "leader", "leaders"])


def _attributive_visitor(doc: Doc, cand: Candidate, actors: list[Mention]) -> None:
    """"X held talks with his visiting counterpart, Y": Y is the visitor; X is the host side,
    and only his state goes on the visit (spec section 5: host-side persons are not listed)."""
    if not attributive_visit(doc, cand):
        return
    dw = doc_words(doc)
    t = cand.trigger.end
    title_words = lexicon()["title_words"]
    stop = t  # the noun phrase "visiting" modifies: "Uzbek counterpart, Shavkat Mirziyoyev,", "delegation of Turkmenistan"
    while stop < min(len(dw.text), t + 12) and (dw.text[stop][:1].isupper() or dw.lower[stop] in title_words or dw.lower[stop] in _VISITING_NOUNS
                                                or dw.lower[stop] in ("of", "the", ",", "-", "'s", "’s", "mr.", "mrs.", "ms.")):
        stop += 1
    after = [a for a in actors if t <= a.start < stop and a.kind in ("person", "country", "demonym")]
    visitor = next((a for a in after if a.kind == "person"), None) or next(iter(after), None)
    if visitor is None:
        cand.participants = [(a, r) for a, r in cand.participants if a.start > cand.trigger.start]
        return  # "hosted the visiting ministers at a dinner": visitors the text does not name; the host is none of them
    kept = [(visitor, "visitor")]
    home = (visitor.value or {}).get("country") if isinstance(visitor.value, dict) else visitor.id if visitor.kind == "country" else None
    sent_start = doc_words(doc).sent_start[cand.trigger.start]
    others = [a for a, _ in cand.participants if a.start < cand.trigger.start] + [a for a in actors if a.kind == "person" and a.start >= sent_start]
    for a in others:  # the host's state: "X held talks with his visiting counterpart", "Visiting X and President Y held talks"
        country = (a.value or {}).get("country") if a.kind == "person" and isinstance(a.value, dict) else a.id if a.kind == "country" else None
        if a is not visitor and country and country != home:
            kept.append((Mention("country", a.start, a.end, a.start_char, a.end_char, a.text, country), "host"))
            cand.place_country = cand.place_country or country  # the visit is in the host's state
            break
    cand.participants = kept


def _clause_starts(doc: Doc, sent: _Sent) -> list[int]:
    """Token positions where a new clause begins: after ';', after ', and' / ', while', at 'when'."""
    lex = lexicon()
    verbs = lex["sign_words"] | lex["past_words"] | {"will", "held", "met", "hold", "meet"}
    starts = [sent.start]
    w = doc_words(doc)
    if w.lower[sent.start] in ("as", "while", "when", "whereas", "after", "before", "following", "upon"):
        # "As the two presidents held talks, Uzbekistan was hosting the summit", "After signing the
        # documents, the premier held talks with X": the main clause after the comma
        comma = next((i for i in range(sent.start + 1, min(sent.end - 1, sent.start + 25)) if w.text[i] == ","), None)
        if comma is not None and any(x in verbs for x in w.lower[sent.start + 1 : comma]):
            starts.append(comma + 1)
    for i in range(sent.start, sent.end - 1):
        if w.text[i] == ";":
            starts.append(i + 1)
        elif w.lower[i] == "when" and i > sent.start + 2:
            starts.append(i)  # "A and B will sign a deal when X visits Astana": the visit's own subject
        elif w.lower[i] in ("after", "before") and i > sent.start + 2 and (w.text[i + 1][:1].isupper() or w.lower[i + 1] in ("he", "she", "they")) \
                and _verb_before_comma(w.lower, i + 2, min(sent.end, i + 10), verbs):
            starts.append(i)  # "the visit ended today after Minister X held talks with Y": the talks' own subject
        elif w.text[i] == "," and w.lower[i + 1] in ("and", "while", "whereas", "but"):
            # only a clause with a verb of its own: ", and Iran and Tajikistan signed ..."
            if any(x in verbs for x in w.lower[i + 2 : min(sent.end, i + 12)]):
                starts.append(i + 1)
    return starts


def _verb_before_comma(lower: list[str], start: int, end: int, verbs: frozenset[str] | set[str]) -> bool:
    for word in lower[start:end]:
        if word in (",", ";", "."):
            return False
        if word in verbs:
            return True
    return False


def _owners(actor: Mention, cands: list[Candidate], first: int, clauses: list[int] | None = None) -> list[Candidate]:
    if clauses and len(clauses) > 1:
        import bisect

        k = bisect.bisect_right(clauses, actor.start) - 1
        lo, hi = clauses[k], clauses[k + 1] if k + 1 < len(clauses) else 10**9
        same = [c for c in cands if lo <= c.trigger.start < hi]
        if same:
            cands, first = same, min(c.trigger.start for c in same)
    if actor.start < first:
        return cands
    before = [c for c in cands if c.trigger.start <= actor.start]
    if before:
        return [max(before, key=lambda c: c.trigger.start)]
    return [min(cands, key=lambda c: c.trigger.start)]


def _framework_context(doc: Doc, actor: Mention) -> bool:
    dw = doc_words(doc)
    prev = " ".join(dw.lower[max(0, actor.start - 5) : actor.start])
    if _FRAMEWORK_BEFORE.search(prev):
        return True
    words = " ".join(dw.lower[max(0, actor.start - 8) : actor.start])
    body = _BODY_OF.search(words)
    if body and not _WITH_BEFORE.search(words[: body.start()].rstrip()):
        return True
    if _BODY_AFTER.match(" ".join(dw.lower[actor.end : actor.end + 4])) and not _WITH_BEFORE.search(prev):
        return True  # ("the SCO foreign ministers met": its ministers' body, as "the foreign ministers of the SCO")
    # "within the UN, the OIC and regional bodies": each organization of the list
    before = " ".join(dw.text[max(0, actor.start - 20) : actor.start])
    return bool(_FRAMEWORK_LIST.search(before))


_NAME = r"[A-Z][\w'’-]*(?: (?:of|for|on|the)?\s?[A-Z][\w'’-]*)*"
_FRAMEWORK_LIST = re.compile(rf"\b(?:within|framework of|auspices of|member states of|members of)(?: the)? {_NAME}(?:\s*,\s*(?:and\s+)?(?:the\s+)?{_NAME})*\s*,?\s*(?:and\s+)?(?:the)?\s*$")
