"""Whether a trigger reports an event, and its tense: cues before and after the trigger
("will hold", "was held", "is under way"), and the filters for generic and hypothetical mentions.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Doc

from ...text.tokens import words as doc_words
from ..lexicon import lexicon
from ..mentions import Mention, Mentions
from ._actors import PLURAL_PEOPLE
from ._candidate import DISCUSSION_RULES, POSTPONED, _infinitive_in, _Sent, _window
from ._lists import _coordinated, _items_of_signing, _signing_intro, list_intro

_ARRIVED = re.compile(r" (arrived|arrives) .*\| ")  # before the trigger, in the window _tense reads

_CONTINUES = re.compile(r"\b(continues|is under way|is underway|are under way)\b")

_STARTED_TODAY = re.compile(
    r"\b(opened|opens|began|begins|started|kicked off|got under way|commenced|arrived)\b[^|]{0,60}\b(today|this morning|earlier in the day)\b"
)


def _cue(window: str, lex: dict[str, frozenset[str]], tenses: tuple[str, ...]) -> str | None:
    """The first tense, in the order given, whose cue phrase stands in ``window`` (space-padded)."""
    for tense in tenses:
        if _cue_pattern(lex[f"{tense}_words"]).search(window):
            return tense
    return None


@functools.lru_cache(maxsize=32)

def _cue_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """One expression for " phrase " of any of ``phrases``; the space before stays outside the
    match so that cues sharing a space ("will hold talks") are found as with ``in``."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return re.compile(f"(?<= )(?:{alternatives})(?= )") if phrases else re.compile(r"(?!)")


#: the rules of a trip told by a verb of travel ("left for Baku", "left Ankara for Baku")
TRAVEL_RULES = ("visit-travel", "visit-left-from")

_ARRIVED_TO = frozenset(["arrived", "came", "flew", "travelled", "traveled"])
_DEPARTED = frozenset(["left", "departed", "flew", "headed", "travelled", "traveled", "went"])


def _past_quoted_title(dw: Any, k: int, end: int) -> int:
    """The position after a quoted title that starts at ``k`` (after an optional colon), else ``k``."""
    j = k + 1 if k < end and dw.text[k] == ":" else k
    if j >= end or dw.text[j] not in ('"', "“", "«"):
        return k
    for x in range(j + 1, min(end, j + 25)):
        if dw.text[x] in ('"', "”", "»"):
            return x + 1
    return k


def _tense(doc: Doc, sent: _Sent, trig: Mention, phrase_end: int | None = None) -> str | None:
    dw = doc_words(doc)
    lex = lexicon()
    lower = dw.lower
    text = " " + " ".join(lower[sent.start : max(sent.start, trig.start)] + lower[max(sent.start, trig.end) : sent.end]) + " "
    after = max(trig.end, phrase_end or trig.end)  # after a quoted title: 'conference "..." opened today'
    after = _past_quoted_title(dw, after, sent.end)  # 'the Joint Declaration: "Next Step in ..."': no cue inside a title
    near = " " + " ".join(_window(doc, max(sent.start, trig.start - 8), trig.start) + ["|"] + _window(doc, after, min(sent.end, after + 8))) + " "
    if trig.value.id in TRAVEL_RULES and dw.lower[trig.start] in _DEPARTED:
        return "ongoing"  # "left for Turkey": the visit has begun, and is not said to be over
    intro = _signing_intro(dw, sent, lex) if trig.value.document else None
    if intro is not None:  # "Ten documents were signed. They include ...", "The sides signed: - a program ...": the signing's tense
        return "planned" if {"will", "to", "shall"} & set(lower[intro[0] : intro[1]]) else "past"
    if trig.value.type == "Visit" and _ACCEPTED_INVITATION.search(" ".join(lower[sent.start : trig.start])):
        return "planned"  # "accepted the invitation to visit Pakistan": the visit is to come
    if trig.value.anchor == "verb" and any(x in lex["past_words"] for x in dw.lower[trig.start : trig.end]):
        return "past"  # "received", "met"
    lead = dw.lower[max(sent.start, trig.start - 4) : trig.start]
    if trig.value.anchor == "noun" and _TOLD_FOLLOWING.search(" ".join(dw.lower[max(sent.start, trig.start - 14) : trig.start])):
        return "past"  # "X told the media following the meeting of the Council": the account comes after the event
    if trig.value.anchor == "noun" and _HAD_AN_OUTCOME.search(" ".join(dw.lower[max(sent.start, trig.start - 7) : trig.start])):
        return "past"  # "to discuss the outcome of Karzai's February visit": what has results has taken place (not "signed following the results of")
    if trig.value.anchor == "noun" and re.search(r"\bto (?:attend|join|participate in|take part in)(?: the| a| an)?(?: \S+)?$", " ".join(lead)) \
            and {"arrived", "arrives", "flew", "came", "departed", "left", "travelled", "traveled", "went"} & set(dw.lower[max(sent.start, trig.start - 15) : trig.start]):
        return None  # "arrived in Shanghai to attend the summit": the arrival is past, the summit not said to be
    for k in range(len(lead) - 1, -1, -1):  # the verb that governs the noun: "held talks", "will hold a meeting"
        if lead[k] in ("held", "conducted", "had"):
            return "past"
        if lead[k] in ("hold", "holds", "holding", "conduct", "sign"):
            if k > 0 and lead[k - 1] == "to" and _ARRIVED_TO & set(lower[max(sent.start, trig.start - 15) : trig.start - len(lead) + k]):
                return None  # "arrived in Astana on Monday to hold talks with X": what the trip was for, held or not
            if k > 0 and lead[k - 1] in ("will", "to", "shall"):
                return "planned"
            at = trig.start - len(lead) + k - 1  # "is to address the summit and hold talks": the first verb's "to"
            if k > 0 and lead[k - 1] == "and" and lead[k] in ("hold", "sign"):  # ("arrived to hold talks and sign MoUs")
                for w in reversed(dw.lower[max(sent.start, at - 10) : at]):
                    if w in (",", ";", ".", "and", "but"):
                        break
                    if w in ("will", "to", "shall"):
                        return "planned"
            return None
        if lead[k] not in ("a", "an", "the", "its", "their", "his", "her", "joint", "bilateral", "official", "informal", "separate", "trilateral", "extended", "narrow", "brief", "further", "regular", "political", "intergovernmental",
                           "several", "multiple", "some"):
            break
    k = after
    while k < sent.end and (dw.text[k] in ("(", ")") or dw.text[k].isupper() or dw.like_num[k]):
        k += 1  # "(COP29)"
    if k < sent.end and dw.lower[k] in ("opened", "began", "kicked", "started", "commenced", "got"):
        if k + 1 < sent.end and dw.lower[k + 1] == "with" and trig.value.anchor == "noun" and dw.lower[trig.start - 1 : trig.start] == ["the"]:
            return None  # "The talks opened with a closed session": how the event told before went, not that it goes on
        return "ongoing"  # "The forum opened in Baku on Monday": begun, not said to be over
    wide = " ".join(_window(doc, after, min(sent.end, after + 16)))
    if _STARTED_TODAY.search(near) or _STARTED_TODAY.search(wide):
        return "ongoing"
    if trig.value.type == "Visit" and _ARRIVED.search(near):
        return "ongoing"  # "arrived in Moscow on Tuesday on an official visit": begun, not over
    if trig.value.anchor == "noun" and _AGENDA.match(" ".join(_window(doc, after, min(sent.end, after + 14)))):
        return None  # "The meeting of the Council is expected to consider eleven drafts": what it will do, not that it is to come
    relative = _RELATIVE_TENSE.match(" ".join(_window(doc, after, min(sent.end, after + 10))))
    if relative and trig.value.anchor == "noun":  # "to take part in a summit of the GCC that will take place on Wednesday"
        return "planned" if relative.group(1) else "past"
    tense = _cue(near, lex, ("ongoing", "planned", "past"))
    if tense:
        return tense
    if _CONTINUES.search(text):
        return "ongoing"  # "the visit, which began on Monday, continues"
    tense = _cue(text, lex, ("planned", "past"))
    if tense:
        return tense
    if any(low in lex["past_words"] or (low.endswith("ed") and len(text) > 4) for text, low in zip(dw.text[trig.start : trig.end], dw.lower[trig.start : trig.end])):
        return "past"  # "met", "visited", "was received by"
    return None


#: what talks are about when they are a process of many rounds: "the FTA talks", "accession negotiations"
_PROCESS_TOPICS = frozenset(["fta", "fta)", "trade", "accession", "membership", "wto"])
#: nouns a document's name can modify: talks about a document are no signing
_PROCESS_NOUNS = frozenset(["negotiations", "negotiation", "talks", "consultations", "draft", "drafts", "text", "negotiating"])


#: before "Dialogue": two sides joined by a dash or "plus" ("India - Central Asia", "Central Asia plus Japan")
_FORMAT_OF_STATES = re.compile(r"[A-Z][\w]*\s+(?:[-–+]|plus)\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)?$")

_OF_A_BODY = re.compile(r"\b(?:meeting|meetings|session|sitting|summit|council|ministers|members|nations|countries|states)\s+of\s+the\b[^.,;]*$")

_BODY_NOT_SESSION = re.compile(r"\b(?:decisions?|presiding|presides|presided|chairmanship|chairing|members?|sessions|meetings|summits|secretariat|decree|resolution)\s+(?:of|over|in|by)(?:\s+the)?$")
_NO_TRAVELLERS = frozenset(["chairmanship", "presidency", "chair", "rotation", "title", "award", "prize", "funds", "money", "aid",
                            "investment", "investments", "share", "turn", "role", "leadership", "baton", "revenue", "exports", "imports"])
_BODY_WORD = re.compile(r"\b(?:Council|Commission|Committee)\b")
_CREATION = frozenset(["establishing", "establishment", "establish", "creation", "creating", "create", "formation", "forming", "form", "founding", "launching"])

#: after a verb of welcome: its object, then where ("the Turkish president at Nur Khan Airbase")
_AT_AIRPORT = re.compile(r"^(?:[^,;.]*?\s)?at\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:airport|airbase|air base|airfield|aerodrome)\b")


#: the agenda of an event told as its subject: "(of the X Council) is expected to consider ..."
_AGENDA = re.compile(r"^(?:of (?:the )?(?:[\w-]+ ){0,6})?(?:is|are) (?:also )?(?:expected|set|due|going) to (?:consider|discuss|review|focus|address|approve|examine|tackle)\b")

#: a relative clause right after the event's noun, which tells its own tense
_RELATIVE_TENSE = re.compile(r"^(?:of (?:the )?(?:[\w-]+ ){0,5})?,? ?(?:that|which) (?:(will|is to|are to|is due to|is scheduled to|is set to|is expected to)|(?:was|were|took|had))\b")

_TOLD_FOLLOWING = re.compile(r"\b(?:told|said|announced|stated|noted|informed|briefed)\b(?: [\w-]+){0,5} (?:following|after) (?:the|a|an|his|her|their|this)(?: [\w-]+){0,3}$")

_HELD_ONCE = re.compile(r"\b(?:was|were|will be|is being|is to be|are to be) held\b|\btook place\b|\bwill take place\b|\bopened\b", re.I)

_AMENDED = re.compile(r"\b(?:amending|amend|amends|amendments to|amendment to|changes to|additions to|supplementing)(?: the)?(?: [\w-]+){0,2}$")

_HAD_AN_OUTCOME = re.compile(r"(?<!following )(?<!following the )(?<!on the )(?<!upon the )(?<!after the )\b(?:outcomes?|results?|achievements|follow-up) of(?: the| his| her| their| its| this| last)?(?: \S+ (?:'s|’s))?(?: \w+)?$")

#: what a session adopts, after an event noun used as its modifier ("a meeting resolution")
_OUTPUT_DOCUMENTS = frozenset(["resolution", "resolutions", "communique", "communiqué", "minutes", "decisions"])
#: "will be a significant meeting", "was a historic summit": the noun said of the subject
_PREDICATE = re.compile(r"\b(?:will be|would be|is|was|be|become|became|becomes) (?:a|an)(?: [a-z-]+){0,2}$")

#: buildings named after what is held in them ("the Congress Center", "the Forum Hall"; not "the forum venue": the forum's)
_BUILDINGS = frozenset(["center", "centre", "hall", "halls", "palace", "building", "complex", "hotel", "arena"])


_MOVED = POSTPONED | {"put"}


#: words that follow a noun, not an adjective ("the ministerial between A and B", "the ministerial was held")
_AFTER_A_NOUN = frozenset(["between", "in", "on", "of", "with", "at", "held", "was", "is", "will", "took", "and", "opened", "ended", "also"])


def _filtered(doc: Doc, sent: _Sent, trig: Mention, mentions: Mentions) -> bool:
    """True when the trigger is hedged, negated, a phone call or an unsigned document."""
    dw = doc_words(doc)
    lex = lexicon()
    rule = trig.value
    before = _window(doc, max(sent.start, trig.start - 6), trig.start)
    after = _window(doc, trig.end, min(sent.end, trig.end + 4))
    last_words = before[-6:]
    negated = [k for k, w in enumerate(last_words) if w in lex["negation_words"]]
    if negated and not (last_words[negated[-1]] in _MOVED and {"until", "till"} & set(last_words[negated[-1] :])):
        return True  # (not "the appointment was postponed until the next session": the occasion it was moved to)
    if rule.document and set(before[-4:]) & {"adopt", "adopts", "adopting"} and not set(before[-4:]) & lex["sign_words"]:
        return True  # "are expected to adopt a joint statement and sign documents": the statement is adopted, not signed (spec section 2)
    if rule.document and _AMENDED.search(" ".join(before[-4:])) \
            and any(m.value.document for m in mentions.starting("triggers", max(sent.start, trig.start - 7), trig.start)):
        return True  # "signed the Protocol amending the Union Treaty of May 29, 2014": the treaty amended, signed long ago
    if rule.anchor == "noun" and len(before) >= 3 and before[-3] == "since" and before[-1] in ("last", "previous") \
            and not (after[:1] and after[0] in ("in", "on")):
        return True  # "Since the last forum, the world has changed": a time told by an earlier edition, no event (not "since the last summit in May")
    if rule.anchor == "noun" and after[:1] and after[0] in _BUILDINGS:
        return True  # "at the Avaza Congress Center", "the Summit Hall": a building, not an event
    if rule.anchor == "noun" and not rule.document and after[:1] and after[0] in _OUTPUT_DOCUMENTS and before[-1:] in (["a"], ["the"], ["each"]):
        return True  # "signed 14 documents, including a meeting resolution": the document, not another meeting
    if rule.anchor == "noun" and _PREDICATE.search(" ".join(before[-4:])) \
            and any(m.value.anchor == "noun" for m in mentions.starting("triggers", sent.start, trig.start - 2)):
        return True  # "The Qingdao summit will be a significant meeting": said of an event named as the subject
    if {"cancellation", "cancelled", "canceled", "cancel", "cancels"} & set(_window(doc, max(sent.start, trig.start - 9), trig.start)):
        return True  # "the cancellation of Mr. Putin's much anticipated trip": cancelled events are none (spec section 5)
    if rule.id == "meeting-gathered" and not PLURAL_PEOPLE & set(_window(doc, max(sent.start, trig.start - 14), trig.start)):
        return True  # "Leaders of the CSTO gathered in Yerevan" is a session (people named in the plural); "crowds gathered in the square" is none
    unnamed = _window(doc, trig.end, min(sent.end, trig.end + 5))
    if rule.type == "Meeting" and unnamed[:1] == ["with"] and unnamed[1:2] in (["his"], ["her"], ["their"]) and unnamed[2:3] in (["counterparts"], ["colleagues"]) \
            and (trig.end + 3 >= sent.end or not (dw.text[trig.end + 3][:1].isupper() or unnamed[3:4] in (["from"], ["of"], [","], [":"], ["("]))):
        return True  # "also held bilateral meetings with his counterparts.": no side named, no record (spec section 5)
    if rule.id == "meeting-ministerial" and after[:1] and after[0].isalpha() and after[0] not in _AFTER_A_NOUN:
        return True  # "a ministerial meeting", "at ministerial level": an adjective; "the foreign ministerial between A and B": a meeting
    if rule.id == "meeting-hosted" and _person_after(sent, trig, mentions, 4) is None:
        return True  # "X hosted Aliyev" is a reception; "Sochi hosted the 12th Forum", "hosted September 16 the forum" are not
    if rule.id in ("meeting-called-on", "meeting-called-on-office") and not _calls_on_a_person(dw, sent, trig, mentions):
        return True  # "called on the sides to refrain from ...": a call for action, not a courtesy call
    if rule.type == "Meeting" and any(w in lex["phone_words"] and w not in _VIDEO_WORDS for w in before[-3:] + after[:2]):
        return True  # a phone call is no meeting; talks by video are (spec section 5: with no place)
    if (rule.name or trig.text.lower().endswith("council") or rule.type == "Forum") and _BODY_NOT_SESSION.search(" ".join(before[-4:])):
        return True  # "by decision of the Supreme Council", "presiding over the Council", "the chairmanship of the conference": the body, not a session of it
    if rule.id in TRAVEL_RULES and set(before[-4:]) & _NO_TRAVELLERS:
        return True  # "the CIS chairmanship will go to Russia": something handed over, no one travels
    if rule.type in ("Summit", "Meeting") and _BODY_WORD.search(trig.text) and set(_window(doc, max(sent.start, trig.start - 9), trig.start)) & _CREATION:
        return True  # "signed an agreement for establishing a Strategic Cooperation Council": the body set up, no session of it
    if rule.id in ("meeting-dialogue", "forum-exhibition") and not trig.text[:1].isupper() \
            and not (rule.id == "forum-exhibition" and _named_before(dw, sent, trig, mentions)):
        return True  # only a named one: "the ... Oil and Gas Exhibition", not "a photo exhibition" nor "a Russian exhibition" (matched on the word, checked here)
    if rule.id == "meeting-dialogue" and (not _FORMAT_OF_STATES.search(" ".join(dw.text[max(sent.start, trig.start - 5) : trig.start]))
                                          or _OF_A_BODY.search(" ".join(dw.lower[max(sent.start, trig.start - 12) : trig.start]))):
        # a dialogue is a meeting when it names a format of states ("the India-Central Asia Dialogue"),
        # not when it names the body whose meeting is told ("the meeting of the ministers of the X-Y Dialogue")
        return True
    if rule.type == "Meeting" and rule.anchor != "noun" and _AT_AIRPORT.match(" ".join(dw.lower[trig.end : min(sent.end, trig.end + 12)])):
        return True  # "X received the guest at the airport": a welcome, no talks (spec section 5)
    if rule.type == "Meeting" and rule.anchor == "noun" and dw.lower[trig.start] in ("talks", "negotiations", "negotiation"):
        lead = before[-4:]
        if set(lead) & {"launched", "launch", "launches", "launching", "engaged", "engage", "engaging"} or set(before[-2:]) & _PROCESS_TOPICS:
            return True  # "launched their FTA talks", "are engaged in negotiations on energy": a process, no one meeting
    if rule.type == "Meeting" and dw.lower[trig.start] in ("conversation", "talks", "call") and before[-1:] in (["the"], ["this"], ["that"]) and sent.start > 0:
        prev = dw.sent_start[sent.start - 1]  # "X and Y spoke by phone. During the conversation, they discussed": that call
        if {"phone", "telephone"} & set(dw.lower[prev : sent.start]):
            return True
    if rule.document and trig.start > 1 and dw.text[trig.start - 1] == "(" and trig.end < len(dw.text) and dw.text[trig.end] == ")" \
            and trig.end - trig.start == 1 and sum(ch.isupper() for ch in trig.text) >= 2 \
            and any(m.value.document and trig.start - 6 <= m.start < trig.start - 1 for m in mentions.starting("triggers", sent.start, trig.start)):
        return True  # "eight Memoranda of Understanding (MoU)": the short form of the documents just named
    if rule.document:
        k = trig.end
        if k + 2 < sent.end and dw.text[k] == "(" and dw.text[k + 2] == ")":
            k += 3  # "the Free Trade Agreement (FTA) negotiations"
        if k < sent.end and dw.lower[k] in _PROCESS_NOUNS:
            return True  # the document names talks about it, not a signing: "concluded the agreement negotiations"
        # (not "the meeting concluded with a joint declaration": it ended with one)
        sign_positions = [i for i in range(sent.start, sent.end) if dw.lower[i] in lex["sign_words"]
                          and not (dw.lower[i] in ("concluded", "concludes", "conclude") and i + 1 < sent.end and dw.lower[i + 1] == "with")]
        near = [i for i in sign_positions if abs(i - trig.start) <= 14]
        if not near:  # "signed an agreement on A, an agreement on B, ... and a memorandum on E": the chain's head is near
            docs = sorted((m for m in mentions.starting("triggers", sent.start, trig.start) if m.value.document), key=lambda m: m.start, reverse=True)
            head = trig
            for m in docs:
                if not _coordinated(dw.lower[m.end : head.start], lex):
                    break
                head = m
            near = [i for i in sign_positions if abs(i - head.start) <= 14] if head is not trig else []
            # "An agreement on A, an agreement on B and a memorandum on C were signed": the documents coordinated after it
            chained, tail = set(), trig
            for m in sorted((m for m in mentions.starting("triggers", trig.end, sent.end) if m.value.document), key=lambda m: m.start):
                if not _coordinated(dw.lower[tail.end : m.start], lex):
                    break
                chained.add(m.start)
                tail = m
        if not near:
            # "The agreement on ... between A and B was signed by X": a long subject of a
            # passive signing, with no other event or document word before the verb
            far = [
                i for i in sign_positions
                if trig.end <= i - 1 <= trig.start + 45 and dw.lower[i - 1] in ("was", "were", "been", "be", "being")
                and not any(m.start != trig.start and trig.end <= m.start < i and m.start not in chained for m in mentions.triggers)
                and not any(dw.text[k] == ":" or (dw.text[k] == ";" and dw.lower[k + 1] != "and") for k in range(trig.end, i))
            ]
            if not far:  # not an item of a list of signed documents ("Ten documents were signed. They include ...")
                return list_intro(dw.string, sent.start_char, lex["sign_words"]) is None and not _items_of_signing(dw, sent, lex)
            near = far
        around = set()
        for i in near:
            words = _window(doc, max(sent.start, i - 5), i)
            if "and" in words and trig.start > i:  # "adopted a joint statement and signed a treaty": a deed with its own object, no hedge
                k = len(words) - 1 - words[::-1].index("and")  # (but "may discuss the text and sign": the modal scopes over both)
                if set(words[:k]) & {"a", "an", "the"} and all(w.endswith("ed") for w in set(words[:k]) & lex["hedge_words"]):
                    words = words[k:]
            around.update(words)
            if _REPORTED_WOULD.search(" ".join(dw.lower[max(sent.start, i - 12) : i])):
                around.discard("would")  # "announced that the presidents would sign"
        if around & lex["hedge_words"] or around & lex["negation_words"]:
            return True
        return False
    if rule.id in (*TRAVEL_RULES, "visit-expected-in") and _travel_is_no_visit(dw, sent, trig, mentions):
        return True
    if rule.id in DISCUSSION_RULES and not _discussed_with(dw, sent, trig, mentions):
        return True
    if rule.id in ("meeting-ministerial-council", "meeting-council-of-ministers") and not _council_session(dw, sent, trig, before):
        return True  # "the Council of Foreign Ministers decided": the body, not a session of it
    if rule.id == "meeting-met" and _met_an_audience_or_at_arrival(dw, sent, trig, mentions, lex):
        return True
    if rule.anchor == "noun" and _HEDGED_PREDICATE.match(" ".join(dw.lower[trig.end : min(sent.end, trig.end + 12)])):
        return True  # "a summit between the two leaders could take place later this year": hedged (spec section 2)
    if rule.anchor == "noun" and _BID_TO_HOST.search(" ".join(before[-8:])):
        return True  # "Korea's bid to host the World Expo in Busan": a candidacy, not an event
    window = before[-5:]
    if "during" in window:  # "talks on the prospects for cooperation during his visit": the visit is no prospect
        window = window[len(window) - window[::-1].index("during") :]
    hedges = [w for k, w in enumerate(window, start=trig.start - len(window)) if w in lex["hedge_words"] and not _in_date(mentions, k)]
    if hedges:  # "may", but not the month of "14 May 2024"
        if _ACCEPTED_INVITATION.search(" ".join(dw.lower[sent.start : trig.start])):
            hedges = [w for w in hedges if w not in _ACCEPTANCE_WORDS]  # "accepted the invitation to visit": a visit planned
        if "would" in hedges and _REPORTED_WOULD.search(" ".join(dw.lower[max(sent.start, trig.start - 12) : trig.start])):
            hedges = [w for w in hedges if w != "would"]  # "the ministry said Putin would meet X"
        if hedges:
            return True
    if _WISH.search(" ".join(dw.lower[sent.start : trig.start])) and not {"upcoming", "forthcoming", "coming", "planned", "scheduled"} & set(before[-3:]):
        # (not "we hope the agenda of the upcoming talks will ...": the talks are set, the hope is about them)
        return True  # '"I wish you will be the first to make a state visit to Uzbekistan"': a wish (spec section 2)
    modifier = before[-2] if len(before) >= 2 and before[-1] == "-" else before[-1] if before else ""
    if rule.anchor == "noun" and modifier in lex["non_event_modifiers"]:
        return True  # "a press conference", "talks via video-conference"
    if rule.type in ("Visit", "Meeting") and _invited(dw.lower[sent.start : trig.start]):
        return True  # "invited X to visit Russia at a convenient time": an invitation, not a plan
    return False


#: a candidacy to hold an event ("its bid to host the 2030 Expo", "bidding for the Games")
_BID_TO_HOST = re.compile(r"\b(?:bid|bids|bidding|candidacy)\s+(?:to\s+host|for)\b(?:\s+\S+){0,4}$")
#: a speaker's own wish or hope, which the rest of the clause depends on
_WISH = re.compile(r"\b(?:i|we) (?:wish|hope|would like|want)\b(?!.* (?:said|says|added)\b)[^.;]*$")


_SESSION_VERBS = re.compile(r"^(?:\S+\s+){0,2}(?:is taking place|takes place|took place|opened|opens|will open|was held|is held|will be held|convened|convenes|will convene|is convening|met|meets|will meet|began|begins|ended|ends|kicked off)\b")


def _council_session(dw: Any, sent: _Sent, trig: Mention, before: list[str]) -> bool:
    """A ministerial council as a session: numbered ("the 21st OSCE Ministerial Council"), a frame
    ("on the sidelines of the OSCE Ministerial Council") or the subject of a session's verb."""
    if re.search(r"\b(?:meeting|meetings|session|sitting)\s+of(?:\s+\S+){0,2}$", " ".join(before)):
        return False  # "a meeting of the CSTO Council of Foreign Ministers": the meeting's own name
    if any(_ORDINAL.fullmatch(w) for w in before[-3:]):
        return True
    if _FRAMED_BY.search(" ".join(before)):
        return True
    return bool(_SESSION_VERBS.search(" ".join(dw.lower[trig.end : min(sent.end, trig.end + 8)])))


_FRAMED_BY = re.compile(r"\b(?:sidelines of|margins of|at|during|ahead of|attend|attended|attending|attends)(?: the)?(?: \S+){0,3}$")


def _calls_on_a_person(dw: Any, sent: _Sent, trig: Mention, mentions: Mentions) -> bool:
    """"Called on President X": a courtesy call, when a person is named right after and no "to" +
    verb follows ("called on Kazakhstan to join the talks" is a call for action)."""
    person = _person_after(sent, trig, mentions, 8)
    if person is not None:
        end = person.end
    else:  # "will call on the President of Turkmenistan", "called on the Uzbek prime minister": an office, unnamed
        k = trig.end - 1
        k += next((m.end - m.start for m in mentions.starting("actors", k, k + 1) if m.kind in ("country", "demonym")), 0)
        title = next((j for j in range(k, min(sent.end, k + 3)) if dw.lower[j] in lexicon()["title_words"]), None)  # ("prime minister")
        if title is None:
            return False
        end = title + 1
    return not _infinitive_in(dw, end, min(sent.end, end + 12))


def _person_after(sent: _Sent, trig: Mention, mentions: Mentions, reach: int) -> Mention | None:
    """The person named within ``reach`` tokens after a verb trigger ("called on President X", "hosted Aliyev")."""
    return next((m for m in mentions.starting("actors", trig.end - 1, min(sent.end, trig.end + reach)) if m.kind == "person"), None)


def _named_before(dw: Any, sent: _Sent, trig: Mention, mentions: Mentions) -> bool:
    """A capitalised name, not a state's, right before a lower-case event noun ("the Caspian Oil and
    Gas exhibition"; not "a Russian exhibition")."""
    return trig.start > sent.start and dw.text[trig.start - 1][:1].isupper() and dw.text[trig.start - 1].isalpha() \
        and not any(m.end == trig.start and m.kind in ("country", "demonym") for m in mentions.actors)


_VIDEO_WORDS = frozenset(["video", "videoconference", "online", "virtual"])


_OFFICE_HOLDERS = r"(?:ministers|presidents|leaders|premiers|heads of state|heads of government)"
_PEOPLE_OF = re.compile(rf"\b{_OFFICE_HOLDERS}\s+of(?:\s+the)?$")  # "the prime ministers of A and B"
_PEOPLE_NOUN = re.compile(rf"^(?:[a-z-]+\s+){{0,2}}{_OFFICE_HOLDERS}(?:\s+(?:also|on \w+|today|yesterday))?\s*$")  # "the A and B prime ministers"


def _discussed_with(dw: Any, sent: _Sent, trig: Mention, mentions: Mentions) -> bool:
    """"X discussed trade with Austrian President Y": talks, when a person discusses with a
    named person and the sentence reports no other meeting ("during the talks, they discussed")."""
    if any(m.value.type == "Meeting" and m is not trig and m.value.id not in DISCUSSION_RULES for m in mentions.starting("triggers", sent.start, sent.end)):
        return False
    if set(dw.lower[sent.start : sent.end]) & lexicon()["phone_words"]:
        return False  # "discussed ... by telephone with": a phone call is no meeting
    if "also" in dw.lower[max(sent.start, trig.start - 2) : trig.start]:
        # "X held a telephone conversation with Y ... X and Y also discussed": more of that call
        told = [m for m in mentions.starting("triggers", 0, sent.start) if m.value.type == "Meeting"]
        if told and {"phone", "telephone"} & set(dw.lower[max(0, told[-1].start - 3) : told[-1].end + 3]):
            return False
    states = [m for m in mentions.starting("actors", max(sent.start, trig.start - 14), trig.start) if m.kind in ("country", "demonym")]
    if len(states) >= 2 and "and" in dw.lower[states[0].end : states[-1].start] and len({m.id for m in states}) >= 2 and (
            _PEOPLE_OF.search(" ".join(dw.lower[max(sent.start, states[0].start - 5) : states[0].start]))
            or _PEOPLE_NOUN.match(" ".join(dw.lower[states[-1].end : trig.start]))):
        # "the prime ministers of Moldova and Turkey discussed ...": their talks, unless talks were just told (what they discussed at them)
        return not any(m.value.type == "Meeting" for m in mentions.starting("triggers", max(0, sent.start - 80), sent.start))
    persons = [m for m in mentions.starting("actors", sent.start, sent.end) if m.kind == "person"]
    before = [w for w in dw.lower[max(sent.start, trig.start - 3) : trig.start] if w not in ("also", "then", "later")]
    if not any(m.end <= trig.start for m in persons) and before[-1:] not in (["he"], ["she"]):
        return False  # (a person, or "he"/"she" for the one just named, discusses)
    subjects = [m for m in persons if m.end <= trig.start and trig.start - m.end <= 12]
    states = {m.value.get("country") for m in subjects if isinstance(m.value, dict)} - {None}
    if len(subjects) >= 2 and len(states) >= 2 and "and" in dw.lower[subjects[0].end : subjects[-1].start]:
        return True  # "The Speaker and Turkish Deputy Speaker X discussed ...": two states' people
    for k in range(trig.end, min(sent.end, trig.end + 16)):
        if dw.lower[k] == "with":
            return any(k < m.start <= k + 6 for m in persons)
    return False


def _met_an_audience_or_at_arrival(dw: Any, sent: _Sent, trig: Mention, mentions: Mentions, lex: dict[str, frozenset[str]]) -> bool:
    """"Met Indian students", "will meet with citizens and representatives of the diaspora":
    a group with no named side (spec section 5); "was met at the airport by the prime
    minister": a welcome on arrival, not talks."""
    words = dw.lower[sent.start : sent.end]
    if "airport" in words and trig.start > sent.start and dw.lower[trig.start - 1] in ("was", "were", "being", "been"):
        return True
    k = trig.end + (trig.end < sent.end and dw.lower[trig.end] == "with")
    sides = {m.start for m in mentions.starting("actors", k, min(sent.end, k + 4)) if m.kind in ("person", "organization")}
    head = dw.lower[k : min(sent.end, k + 4)]
    for j, w in enumerate(head):
        if k + j in sides:
            return False
        if w in lex["group_audiences"]:
            return True
    return False


def _in_date(mentions: Mentions, k: int) -> bool:
    return any(m.start <= k < m.end for m in mentions.starting("dates", max(0, k - 6), k + 1))


def _travel_is_no_visit(dw: Any, sent: _Sent, trig: Mention, mentions: Mentions) -> bool:
    """"Will travel to Russia", "left for Turkey" report a visit only when they go to a state
    or city and the sentence names no event they go to ("left for Astana to attend the
    summit": going to a summit is no visit; "flew to Baku on a state visit": the visit
    noun reports it)."""
    dest = trig.end + (trig.end < len(dw.lower) and dw.lower[trig.end] == "the")
    places = {m.start for m in mentions.starting("places", sent.start, sent.end)}
    countries = {m.start for m in mentions.starting("actors", sent.start, sent.end) if m.kind == "country"}
    if dest not in places and dest not in countries:
        return True
    return any(m.start > trig.start and m.value.id not in TRAVEL_RULES for m in mentions.starting("triggers", sent.start, sent.end))


#: "the ministry said Putin would meet X": the future of reported speech, no hedge
_REPORTED_WOULD = re.compile(r"\b(?:said|announced|reported|told|stated|confirmed|informed|added|noted)\b(?: \S+){0,8} would(?: \S+)?$")
_ACCEPTED_INVITATION = re.compile(r"\baccept(?:ed|s|ing)?\b(?: \S+){0,5} invitations?\b|\binvitations?\b(?: \S+){0,8} (?:has|have|was|were|had) been accepted\b")
_ACCEPTANCE_WORDS = frozenset(["accept", "accepted", "accepts", "accepting", "invitation", "invitations"])


def _invited(words: list[str]) -> bool:
    """An invitation before the trigger ("invited X to visit", "welcomed X to visit"), other than
    "at/on/upon the invitation of X" (which says who invited to a visit that takes place)."""
    for i, w in enumerate(words):
        if w in ("welcome", "welcomes", "welcomed", "welcoming") and words[-1:] == ["to"] and len(words) - i <= 8 \
                and not {",", "who", "which", "that", "and", "arrived", "came"} & set(words[i + 1 :]):
            return True  # "welcomed all fans from Kazakhstan to visit Qatar": asked to come, as an invitation
        if not w.startswith("invit"):
            continue
        if w == "invitation" and i >= 2 and words[i - 1] == "the" and words[i - 2] in ("at", "on", "upon", "by"):
            continue
        if w in ("invitation", "invitations") and _ACCEPTED_INVITATION.search(" ".join(words)):
            continue  # "accepted the invitation to visit Pakistan": a visit now planned
        return True
    return False


_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|\d+(?:st|nd|rd|th)")


#: a year or a month told after an event noun ("... took place in December 2022")
_WHEN_TOLD = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
#: after an event noun, its predicate hedged by a modal: "(a summit between the two leaders) could take place"
_HEDGED_PREDICATE = re.compile(r"^(?:[^,;.()]{0,60}? )?(?:could|may|might)(?: possibly| also)? (?:take place|be held|happen|be organi[sz]ed|be signed|be convened)\b")
_HABIT = re.compile(r"\b(?:every|each) (?:year|month|week|spring|summer|autumn|fall|winter)\b|\b(?:once|twice|three times) a (?:year|month)\b|\bannually\b")

#: "have signed several agreements over the past decade": documents of a period, no one occasion
_OVER_A_PERIOD = re.compile(r"\b(?:over|in|during|within) the (?:past|last|recent|previous)\b|\bover the years\b|\bin recent years\b|\bso far\b|\bto date\b|\bsince (?:\d{4}|then)\b", re.I)


def _is_generic(doc: Doc, sent: _Sent, trig: Mention, name: str | None) -> bool:
    dw = doc_words(doc)
    if name:
        return False
    lex = lexicon()
    prev = dw.lower[trig.start - 1] if trig.start > sent.start else ""
    def signed_once() -> bool:  # "several documents were signed", "will sign a series of MoUs": an unnumbered count of documents, signed on one occasion
        return bool(trig.value.document) and not _OVER_A_PERIOD.search(dw.span_text(sent.start, sent.end)) and bool(
            set(dw.lower[trig.end : sent.end]) & lex["sign_words"] or set(dw.lower[max(sent.start, trig.start - 5) : trig.start - 1]) & lex["sign_words"])
    if prev in lex["generic_determiners"] and not (prev == "future" and dw.lower[max(sent.start, trig.start - 4) : trig.start - 1][-2:] in (["the", "near"], ["in", "the"])):
        # (not "will in the near future visit Tajikistan": a time told before a verb)
        before = dw.lower[trig.start - 2] if trig.start - 2 >= sent.start else ""
        # "on the sidelines of the annual meeting": one event; "annual meetings", "an annual meeting": a habit
        if prev in ("annual", "regular") and before in ("the", "this", "its", "their"):
            return False
        if prev in ("annual", "regular", "next") and before in ("a", "an") and _HELD_ONCE.search(dw.span_text(trig.end, sent.end)):
            return False  # "A regular meeting of the border delegations was held in Batken on Monday": one occasion
        if (prev in ("several", "multiple", "various") or prev == "other" and dw.lower[trig.start - 2 : trig.start - 1] == ["and"]) and signed_once():
            return False  # ("will sign economic and other documents")
        if prev in ("previous", "past") and before in ("the", "his", "her", "its", "their", "'s", "’s") and not trig.text.lower().endswith("s") \
                and _WHEN_TOLD.search(dw.span_text(trig.end, sent.end)):
            return False  # "his previous visit took place in December 2022": one occasion, dated
        return not (prev == "such" and _ORDINAL.fullmatch(before))  # "the second such meeting": one of a series
    if prev == "of" and trig.start - 2 >= sent.start and dw.lower[trig.start - 2] in lex["generic_of"]:
        # "a series of summits since 2001" is a habit; "held a series of meetings with X" is that day's talks
        held = set(dw.lower[max(sent.start, trig.start - 5) : trig.start - 2]) & {"held", "had", "conducted", "hold", "holds"}
        return not (held and dw.lower[trig.end : trig.end + 1] == ["with"] or signed_once())
    if prev in ("continue", "continues", "continuing") and trig.value.type == "Meeting" and trig.value.anchor == "noun":
        return True  # "agreed to continue consultations within the UN": a process that goes on, no one meeting
    # "X has met the club's experts every year since 2004": a habit, told by its frequency in the same clause
    clause = " ".join(dw.lower[trig.start : min(sent.end, trig.end + 10)])
    if _HABIT.search(clause.split(",")[0].split(";")[0]) or _HABIT.search(" ".join(dw.lower[max(sent.start, trig.start - 6) : trig.start]).split(";")[-1]):
        return True  # ("every year, we meet in this circle")
    # "regular and constructive negotiations between A and B are an impetus": a habit, told in coordinated adjectives
    k = trig.start - 1
    while k - 2 >= sent.start and dw.lower[k - 1] == "and" and dw.text[k].isalpha() and dw.text[k].islower():
        if dw.lower[k - 2] in lex["generic_determiners"] and (k - 3 < sent.start or dw.lower[k - 3] not in ("the", "this", "its", "their")):
            return True
        k -= 2
    return False
