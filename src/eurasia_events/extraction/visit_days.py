"""The days of a visit the text dates only through what it holds, or of a summit a visit is made for.

"During his visit to Qatar, X held talks with Y on May 4": the visit spans the days of its talks;
a visit to the city of the one dated summit its visitor attends spans the summit's days; and a
summit told with the day a visit to attend it begins, or told in a leg's sentence in the leg's state
with no date of its own, spans the visit's days (spec section 5).
"""

from __future__ import annotations

from ..model.events import DateSpan, Place
from .containment import event_tense as _tense
from .merging import Draft

__all__ = ["summits_on_visit_days", "visits_by_their_talks", "visits_for_an_event"]


def visits_by_their_talks(drafts: list[Draft], containers: dict[int, Draft], spans: dict[int, DateSpan | None]) -> None:
    """"During his visit to Qatar, X held talks with Y on May 4": a visit the text dates only by the
    days of what happened during it spans those days (not the day the news was filed)."""
    for i, d in enumerate(drafts):
        if d.type != "Visit" or spans[i] is not None:
            continue
        # (told in a sentence that frames it as the visit's: "During his visit ..., X met Y on May 4")
        sents = {c.sent_index for c in d.candidates if c.contains}
        told = {c.sent_index for c in d.candidates}
        # ("X held talks with Y on Wednesday. The meeting took place during X's visit": the talks told again in the visit's sentence)
        days = [spans[k] for k in range(len(drafts)) if containers.get(k) is d and spans[k] is not None and drafts[k].date is not None
                and any((c.sent_index in sents and c.trigger.start_char < drafts[k].date.start_char)
                        or (c.sent_index in told and c.definite and c.trigger.start_char < d.first.trigger.start_char) for c in drafts[k].candidates)
                and spans[k].granularity == "day" and spans[k].start is not None and spans[k].mod is None]
        if not days:
            continue
        start, end = min(x.start for x in days), max(x.end or x.start for x in days)
        if (end - start).days <= 10:  # (a trip's days, not a story's)
            spans[i] = DateSpan(start, end, "day", None)


def visits_for_an_event(drafts: list[Draft], places: dict[int, Place | None], spans: dict[int, DateSpan | None]) -> None:
    """"X met leaders on Sept. 20-21 at the General Assembly session in New York ... On the first day of
    his visit to New York, ...": a visit the text does not date, to the city of the one dated session,
    summit or forum its visitor attends, is there for it and spans its days."""
    for i, d in enumerate(drafts):
        if d.type != "Visit" or spans[i] is not None or places[i] is None or not places[i].city:
            continue
        visitors = {k for k, (_, r) in d.participants.items() if r == "visitor" and k[0] == "person"}
        events = [k for k, o in enumerate(drafts) if (o.type in ("Summit", "Forum") or (o.type == "Meeting" and o.organizations))
                  and spans[k] is not None and spans[k].granularity == "day" and spans[k].start is not None and not spans[k].mod
                  and places[k] is not None and places[k].geonameid == places[i].geonameid and visitors & set(o.participants)
                  and _tense(o) == _tense(d) in ("past", "planned")]  # (a visit under way began before what it holds)
        if len(events) == 1:
            spans[i] = spans[events[0]]


def summits_on_visit_days(drafts: list[Draft], places: dict[int, Place | None], spans: dict[int, DateSpan | None]) -> None:
    """"Will leave today on a two-day visit to attend the SCO summit": a summit told with the day a visit
    to attend it begins, which the visit's length extends, spans the visit's days; "a tour that takes him
    to A and B, where he will attend the SCO summit": a summit told in a leg's sentence, in the leg's
    state, with no date of its own, spans that leg's days."""
    for i, d in enumerate(drafts):  # "will embark on a two-day visit today to attend the SCO summit": the summit on the visit's days
        if d.type not in ("Summit", "Forum") or d.date is None or spans[i] is None or spans[i].end != spans[i].start:
            continue
        trips = [k for k, o in enumerate(drafts) if o.type == "Visit" and any(c.date is d.date for c in o.candidates) and spans[k] is not None
                 and spans[k].start == spans[i].start and spans[k].end is not None and spans[k].end > spans[k].start]
        if len(trips) == 1:
            spans[i] = spans[trips[0]]
    for i, d in enumerate(drafts):  # "a tour that takes him to A and B, where he will attend the SCO summit": the summit is on B's days
        if d.type not in ("Summit", "Forum") or spans[i] is not None or d.date is not None or places[i] is None or places[i].country is None:
            continue
        sents = {c.sent_index for c in d.candidates}
        legs = [k for k, o in enumerate(drafts) if o.type == "Visit" and spans[k] is not None and sents & {c.sent_index for c in o.candidates}
                and places[k] is not None and places[k].country == places[i].country]
        if len(legs) == 1:
            spans[i] = spans[legs[0]]
