"""Hypothesis strategies for records."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

import eurasia_events as ee
from eurasia_events.model import GRANULARITIES, MODIFIERS, ROLES, STATUSES

codes = st.sampled_from(["RUS", "KAZ", "UZB", "CHN", "TUR", "IRN", "PSE", "KGZ", "TJK", "AZE"])
names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
roles = st.sampled_from(ROLES)

persons = st.builds(ee.Participant.person, names, st.none() | names, st.none() | codes, roles)
countries = st.builds(ee.Participant.country_, names, codes, roles)
organizations = st.builds(ee.Participant.organization, st.sampled_from(["SCO", "CICA", "EAEU", "EEC", "CIS"]), roles)
participants = st.one_of(persons, countries, organizations)

places = st.none() | st.builds(ee.Place, st.none() | names, st.none() | codes, st.none() | st.integers(1, 10**7))


@st.composite
def date_spans(draw):
    start = draw(st.none() | st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)))
    if start is None:
        end = None
    else:
        end = draw(st.none() | st.dates(start, datetime.date(2041, 12, 31)))
    return ee.DateSpan(
        start, end, draw(st.sampled_from(GRANULARITIES)), draw(st.none() | names), draw(st.none() | st.sampled_from(MODIFIERS))
    )


@st.composite
def evidence(draw):
    start = draw(st.integers(0, 10_000))
    end = draw(st.integers(start, start + 500))
    return ee.Evidence(start, end, draw(st.none() | st.text(max_size=40)))


event_classes = st.sampled_from([ee.Summit, ee.Visit, ee.Meeting, ee.Forum, ee.MemorandumSigned, ee.AgreementSigned])


@st.composite
def events(draw):
    cls = draw(event_classes)
    return cls(
        name=draw(st.none() | names),
        edition=draw(st.none() | st.integers(1, 100)),
        organizations=draw(st.lists(st.sampled_from(["SCO", "CICA", "EAEU", "BRICS"]), unique=True, max_size=3)),
        participants=draw(st.lists(participants, max_size=5)),
        place=draw(places),
        date=draw(st.none() | date_spans()),
        status=draw(st.sampled_from(STATUSES)),
        evidence=draw(st.lists(evidence(), max_size=3)),
        source=draw(st.none() | names),
    )
