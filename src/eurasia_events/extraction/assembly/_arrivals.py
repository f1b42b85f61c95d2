"""A visit told first by its arrival: "X arrived in Ashgabat on July 10. During the visit, he
held talks with Y". The text calls it a visit only by reference ("the visit"), so the
arrival sentence says who made it, where and on which day."""

from __future__ import annotations

from typing import Any

from ..mentions import Mention, Mentions
from ._candidate import Candidate, _Sent

#: a verb of arrival told with where ("arrived in", "landed in"); `travellers` reads the same verbs
ARRIVED = frozenset(["arrived", "arrives", "landed", "lands"])


def visit_of_arrival(dw: Any, sents: list[_Sent], si: int, sent_cands: list[Candidate], earlier: list[Candidate], mentions: Mentions) -> None:
    """A visit told by reference ("during the visit") with no visit before it is the visit of the
    arrival told in its sentence or one of the two before: the arriving person's, in the place
    of arrival, from the day of the arrival."""
    for cand in sent_cands:
        if cand.type != "Visit" or not cand.anaphoric or cand.participants or any(c.type == "Visit" for c in earlier):
            continue
        for back in range(si, max(-1, si - 3), -1):
            sent = sents[back]
            until = cand.trigger.start if back == si else sent.end
            k, spot = _arrival(dw, sent.start, until, mentions)
            if k is None:
                continue
            visitors = [m for m in mentions.starting("actors", max(sent.start, k - 12), k) if m.kind == "person" and m.end <= k]
            if spot is not None and visitors:
                cand.anaphoric = False
                if spot.kind == "city":
                    cand.place = cand.place or spot
                else:
                    cand.place_country = cand.place_country or spot.id
                cand.participants.append((visitors[-1], "visitor"))
                if cand.date is None:
                    cand.date = next(iter(mentions.starting("dates", k, sent.end)), None)
            break


def leg_of_arrival(dw: Any, sent: _Sent, sent_cands: list[Candidate], mentions: Mentions) -> None:
    """"X, who arrived in A on the first leg of his visit to B and C": the visit noun after "leg
    of" names the whole tour, and the record told here is the leg: the visit to the place of
    arrival, not to the tour's destinations (each of those is a leg told of its own)."""
    for cand in sent_cands:
        if cand.type != "Visit" or ("leg" not in dw.lower[max(sent.start, cand.phrase_start - 8) : cand.phrase_start - 1]
                                    and cand.rule.id != "visit-leg"):
            continue  # ("landed in A on the final leg of a Central Asia tour": the leg told by its own noun)
        spot = _arrival(dw, sent.start, cand.phrase_start, mentions)[1]
        if spot is None:
            continue
        cand.participants = [(a, r) for a, r in cand.participants if not (r == "host" and a.start > cand.trigger.start)]
        if spot.kind == "city":
            cand.place = spot
        else:
            cand.place_country = spot.id
            cand.participants.append((spot, "host"))


def _arrival(dw: Any, start: int, until: int, mentions: Mentions) -> tuple[int | None, Mention | None]:
    """Where "arrived in" is told between two tokens, and the city (else the country) it names."""
    k = next((i for i in range(start, until - 1) if dw.lower[i] in ARRIVED and dw.lower[i + 1] == "in"), None)
    if k is None:
        return None, None
    spot = next((m for m in mentions.starting("places", k + 2, min(until, k + 5)) if m.kind == "city"), None) \
        or next((m for m in mentions.starting("actors", k + 2, min(until, k + 5)) if m.kind == "country"), None)
    return k, spot
