"""A candidate's type where its noun says too little: a session of an organization's leaders
("the heads of state of the CIS will meet", "the prime ministers' meeting of the SCO") is a
summit (spec section 2), not a meeting."""

from __future__ import annotations

import re
from typing import Any

from ..mentions import Mentions
from ._candidate import Candidate, _Sent


_LEADERS = re.compile(r"\b(?:heads of state|heads of states|leaders|presidents|heads of government|prime ministers|premiers)\b")
#: the leaders whose meeting it is, told with a possessive right before the noun ("the prime ministers' meeting")
_LEADERS_OWN = re.compile(r"\b(?:heads of state|heads of government|leaders|presidents|prime ministers|premiers)\s*(?:'|’|'s|’s)\s*$")


def leaders_session(dw: Any, sent: _Sent, cand: Candidate, mentions: Mentions, titles: frozenset[int]) -> None:
    """"The heads of state of the CIS will meet in Dushanbe", "the leaders of the five Central Asian
    countries will hold their consultative meeting": a session of an organization's leaders, or their
    consultative meeting, is a summit (spec section 2); the organization frames it."""
    if cand.type == "Meeting" and cand.organizations and _LEADERS_OWN.search(" ".join(dw.lower[max(sent.start, cand.trigger.start - 4) : cand.trigger.start])):
        cand.type = "Summit"  # "the 13th prime ministers' meeting of the SCO": the heads of government of the organization
        return
    if cand.type == "Meeting" and cand.organizations and _LEADERS.match(" ".join(dw.lower[cand.phrase_end : cand.phrase_end + 3])):
        cand.type = "Summit"  # "the 18th Consultative Meeting of the GCC leaders": the organization's leaders meet
        return
    if cand.type != "Meeting" or cand.name is not None or cand.document:
        return
    subject = " ".join(dw.lower[sent.start : cand.trigger.start])
    if not _LEADERS.search(subject) or re.search(r"\b(?<!prime )ministers?\b", subject):  # ("the CIS prime ministers": heads of government)
        return
    # (the organization may be told only as whose leaders they are: "the prime ministers of the SCO member states")
    orgs = [a for a in mentions.starting("actors", sent.start, cand.trigger.start) if a.kind == "organization" and a.id
            and not (isinstance(a.value, dict) and a.value.get("unknown")) and a.start not in titles]  # (not "President of the European Council X")
    lead = dw.lower[max(sent.start, cand.trigger.start - 3) : cand.trigger.start]
    if set(lead) & {"extended", "expanded", "enlarged", "narrow", "restricted", "plenary", "closed-door"}:
        return  # "joined by their delegations at an extended meeting": a session of the summit told before
    consultative = "consultative" in lead
    if orgs or consultative:
        cand.type = "Summit"
        cand.organizations.extend(a.id for a in orgs if a.id not in cand.organizations)
        cand.participants = [(a, r) for a, r in cand.participants if not any(a is o for o in orgs)]
