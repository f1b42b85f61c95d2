"""The :class:`MentionFinder`: gazetteer names, trigger rules, persons, organizations and dates on a Doc."""

from __future__ import annotations

import datetime
from typing import Any, Callable, Iterable, Sequence


from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...text.fold import fold
from ...text.tokens import Words, words as doc_words
from ..rules import Rule
from ._table import Mention, Mentions
from .acronyms import event_acronyms
from ._trigger_match import TriggerMatcher
from .organizations import absorbed, unknown_organizations
from .persons import find_persons
from .regions import region_groups

__all__ = ["MentionFinder"]
# lower-case words allowed inside a multi-word gazetteer name ("Conference on Interaction and ...")
_CONNECTORS = frozenset(["of", "the", "and", "on", "in", "for", "de", "-", "&", "'s", "at", "to", "upon"])
_MAX_NAME_TOKENS = 16


#: the nouns of a venue that news writes in lower case after its name ("the Cankaya palace")
_VENUE_NOUNS = frozenset(["palace", "mansion", "residence", "hall"])

class MentionFinder:
    """Finds triggers, actors, places and dates on a Doc.

    Args:
        vocab: the spaCy Vocab the Docs use.
        rules: trigger rules.
        gazetteer: a :class:`~eurasia_events.Gazetteer`.
        date_finder: a callable ``(doc, published) -> list[DateMention]`` (by default
            :func:`eurasia_events.dates.find_dates`); replace it to change date handling.
    """

    def __init__(
        self,
        vocab: Any,
        rules: Iterable[Rule],
        gazetteer: Any,
        date_finder: Callable[[Doc, datetime.date | None], Sequence[Any]] | None = None,
    ) -> None:
        self.vocab = vocab
        self.gazetteer = gazetteer
        self.rules: list[Rule] = []
        self.matcher = TriggerMatcher(vocab)
        # phrase rules go to a PhraseMatcher: its cost does not grow with the number of phrases
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        if date_finder is None:
            from ...dates import find_dates

            date_finder = find_dates
        self.date_finder = date_finder
        self.add_rules(rules)

    # -- rules -------------------------------------------------------------------
    def add_rules(self, rules: Iterable[Rule]) -> None:
        """Compile more trigger rules into the matcher."""
        for rule in rules:
            key = f"R{len(self.rules)}"
            self.rules.append(rule)
            if rule.is_phrase:
                words = [tok["LOWER"] for tok in rule.token_pattern]
                self.phrase_matcher.add(key, [Doc(self.vocab, words=words)])
            else:
                self.matcher.add(key, rule.token_pattern)

    def refresh(self) -> None:
        """Kept for callers that added gazetteer entries: the gazetteer rebuilds its own
        name index after an addition, so there is nothing to do here."""

    # -- gazetteer names ---------------------------------------------------------
    def _find_names(self, doc: Doc) -> list[Mention]:
        """Gazetteer names on the Doc, longest first at each capitalised token.

        A name starts with a capital; its tokens are capitalised, connectors ("of",
        "the") or not letters, except a word joined to the previous one by a hyphen
        ("Alma-ata"). A small place (kind ``town`` in the index) counts only after a
        place word or before its country (:func:`_towns_with_cues`).
        """
        index = self.gazetteer.name_index()
        out: list[Mention] = []
        w = doc_words(doc)
        texts = w.text
        n = len(texts)
        done = 0  # names do not overlap: the next one starts at or after this token
        folded: dict[int, str] = {}  # fold() of the tokens looked at
        for i in [k for k, t in enumerate(texts) if t[:1].isupper()]:  # every name starts capitalised
            if i < done:
                continue
            longest = index.longest(fold(texts[i]))
            if not longest:
                continue
            stop = min(i + longest, n)
            for k in range(i, stop):
                if k not in folded:
                    folded[k] = fold(texts[k])
            for length in range(stop - i, 0, -1):
                end = i + length
                last = texts[end - 1][:1]
                venue = end - 1 > i and w.lower[end - 1] in _VENUE_NOUNS  # "at the Cankaya palace": a venue's name, its noun in lower case
                if not (last.isupper() or last.isdigit() or _hyphenated(w, end - 1, i) or venue):
                    continue
                key = "".join([folded[k] for k in range(i, end)])
                hit = index.get(key)
                if hit is not None and venue and not last.isupper() and hit[0] != "city":
                    continue
                if hit is not None and _capitalised(w, i, end - 1 if venue else end):
                    kind, ident = hit
                    start_char, end_char = w.chars(i, end)
                    out.append(Mention(kind, i, end, start_char, end_char, w.string[start_char:end_char], ident))
                    done = end
                    break
        return _towns_with_cues(w, out, self.gazetteer)

    def _capitals(self, doc: Doc, names: list[Mention]) -> list[Mention]:
        """The capital a phrase names: "the Kazakh capital" ("in Kazakh capital"), "Kazakhstan's capital", "the
        capital of Kazakhstan" (not when the city's own name follows: "the capital of
        Tajikistan, Dushanbe")."""
        dw = doc_words(doc)
        lower = dw.lower
        n = len(lower)
        cities = {m.start for m in names if m.kind == "city"}
        out = []
        for m in names:
            if m.kind not in ("demonym", "country"):
                continue
            span = None
            if m.end < n and lower[m.end] == "capital" and m.start > 0 and lower[m.start - 1] in ("the", "in", "to", "at"):
                span = (m.start - (lower[m.start - 1] == "the"), m.end + 1)  # "the Kazakh capital", "opens in Turkmen capital"
            elif m.end + 1 < n and lower[m.end] in ("'s", "’s") and lower[m.end + 1] == "capital" and m.kind == "country":
                span = (m.start, m.end + 2)  # "Kazakhstan's capital"
            elif m.start >= 2 and lower[m.start - 1] == "of" and lower[m.start - 2] == "capital" and m.kind == "country":
                span = (m.start - 2 - (m.start >= 3 and lower[m.start - 3] == "the"), m.end)  # "the capital of Kazakhstan"
            if span is None or any(k in cities for k in range(span[1], min(n, span[1] + 3))):
                continue
            city = self.gazetteer.capital(m.id)
            if city is not None:
                start_char, end_char = dw.chars(*span)
                out.append(Mention("city", span[0], span[1], start_char, end_char, dw.string[start_char:end_char], str(city.geonameid)))
        return out

    def _event_organizations(self, orgs: list[Mention]) -> list[Mention]:
        """Organizations that are events ("St. Petersburg International Economic Forum")."""
        from ..lexicon import lexicon

        kinds = dict(item.split("=", 1) for item in lexicon()["event_organizations"])
        out = []
        for m in orgs:
            event_type = kinds.get(m.id or "")
            if event_type is None or not any(r.type == event_type for r in self.rules):
                continue
            entry = self.gazetteer.organization_by_id(m.id)
            rule = Rule(type=event_type, pattern=m.text, id=f"organization-{m.id}", name=entry.name if entry else m.text)
            out.append(Mention("trigger", m.start, m.end, m.start_char, m.end_char, m.text, event_type, rule))
        return out

    # -- the whole stage ---------------------------------------------------------
    def find(self, doc: Doc, published: datetime.date | None = None) -> Mentions:
        """Find every mention on ``doc``; ``published`` anchors relative dates."""
        mentions = Mentions()
        w = doc_words(doc, fresh=True)  # the token lists of this Doc, shared by the stages below
        names = self._find_names(doc)
        orgs = [m for m in names if m.kind == "organization"]
        org_at = {i: o for o in orgs for i in range(o.start, o.end)}
        # triggers: drop those inside an organization's name ("Conference on Interaction...")
        matches = self.matcher(w)
        if len(self.phrase_matcher):
            matches += self.phrase_matcher(doc)
        for match_id, start, end in sorted(matches, key=lambda m: (m[1], m[2])):
            rule = self.rules[int(self.vocab.strings[match_id][1:])]
            org = org_at.get(start)  # names do not overlap: at most one holds the match
            inside = [org] if org is not None and end <= org.end else []
            if inside and not (rule.type == "Summit" and any(end == o.end for o in inside)):
                continue  # "Conference on Interaction..." is an organization; "...Intergovernmental Council" meets
            start_char, end_char = w.chars(start, end)
            mentions.triggers.append(Mention("trigger", start, end, start_char, end_char, w.string[start_char:end_char], rule.type, rule))
        mentions.triggers.extend(self._event_organizations(orgs))
        mentions.triggers.extend(event_acronyms(w, mentions.triggers, names))
        mentions.triggers = _longest_first(mentions.triggers)
        for m in names:
            (mentions.places if m.kind == "city" else mentions.actors).append(m)
        mentions.places.extend(self._capitals(doc, names))
        mentions.places.sort(key=lambda m: m.start)
        for m in mentions.places:
            if m.value is None and (city := self.gazetteer.city_by_id(m.id)) is not None:
                m.value = city.country
        _cities_of_the_story(mentions, self.gazetteer)
        mentions.actors.extend(find_persons(doc, mentions.actors, self.gazetteer, published))
        mentions.actors.extend(region_groups(doc))
        found = unknown_organizations(doc, mentions.actors + mentions.places, self.gazetteer)
        inside = {id(a) for a in absorbed(found, mentions.actors)}
        mentions.actors = [a for a in mentions.actors if id(a) not in inside] + found
        mentions.actors.sort(key=lambda m: m.start)
        for dm in self.date_finder(doc, published):
            span = doc.char_span(dm.start_char, dm.end_char, alignment_mode="expand")
            if span is None:
                continue
            mentions.dates.append(Mention("date", span.start, span.end, dm.start_char, dm.end_char, dm.text, None, dm))
        mentions.dateline = _dateline(doc, published)
        _write_spans(doc, mentions)
        return mentions


def _cities_of_the_story(mentions: Mentions, gazetteer: Any) -> None:
    """A town's name shared by towns of several states is the one in a state the story names
    ("visited the Kant industrial park" in a story of Kyrgyzstan: Kant, Kyrgyzstan, not Kānt,
    India), unless the state-less reading is a much larger city ("Moscow")."""
    states = [m.id for m in mentions.actors if m.kind in ("country", "demonym") and m.id]
    where = {p.id: p.value for p in mentions.places if isinstance(p.value, str)}  # the state of each place told
    for m in mentions.places:
        city = gazetteer.city_by_id(m.id) if m.id else None
        told = set(states) | {state for gid, state in where.items() if gid != m.id}
        if city is None or city.country in told or gazetteer.capital(city.country or "") == city:
            continue
        own_name = fold(city.name) == fold(m.text)
        for code in dict.fromkeys(states):
            other = gazetteer.city(m.text, country=code)
            # (not a city's own name for another place's old one: "Samarkand" is no Temirtau, once so called)
            if other is not None and other.geonameid != city.geonameid and other.population * 5 >= city.population \
                    and not (own_name and fold(other.name) != fold(m.text)):
                m.id, m.value = str(other.geonameid), other.country
                break


def _capitalised(w: Words, start: int, end: int) -> bool:
    for k in range(start, end):
        c = w.text[k][:1]
        if not (c.isupper() or c.isdigit() or w.lower[k] in _CONNECTORS or not c.isalpha() or _hyphenated(w, k, start)):
            return False
    return True


_HYPHENS = frozenset(["-", "\u2010", "\u2011"])


def _hyphenated(w: Words, k: int, start: int) -> bool:
    """Token ``k`` is joined by a hyphen, without spaces, to the token before it ("Alma-ata")."""
    if k - 2 < start or w.text[k - 1] not in _HYPHENS:
        return False
    return w.idx[k - 2] + len(w.text[k - 2]) == w.idx[k - 1] and w.idx[k - 1] + 1 == w.idx[k]


def _name_goes_on(w: Words, k: int, names: list[Mention], j: int) -> bool:
    """A capitalised word right after a name continues it ("Rustam Minnikhanov", "Valdai
    Discussion Club"), unless that word starts the next gazetteer name (a country)."""
    text = w.text[k]
    if not (text[:1].isupper() and text[:1].isalpha()):
        return False
    return not (j + 1 < len(names) and names[j + 1].start == k)


def _towns_with_cues(w: Words, names: list[Mention], gazetteer: Any) -> list[Mention]:
    """Cities, with each small place (kind ``town``) kept only where a place word comes
    right before it ("in Borjomi", "the resort of Burabay", "to Tsaghkadzor") or its
    country right after it ("Cholpon-Ata, Kyrgyzstan"), and no feature noun after it
    ("the Syr Darya basin"); the rest of a town's mentions are dropped. Small places have
    names that are also words, surnames, rivers and regions elsewhere."""
    if not any(m.kind == "town" for m in names):
        return names
    from ..lexicon import lexicon

    lex = lexicon()
    before, nouns, features = lex["town_cues"], lex["place_nouns"], lex["geo_feature_nouns"]
    lower = w.lower
    out = []
    for j, m in enumerate(names):
        if m.kind != "town":
            out.append(m)
            continue
        if m.end < len(lower) and (lower[m.end] in features or _name_goes_on(w, m.end, names, j)):
            continue  # "the Syr Darya basin": a river's name; "Rustam Minnikhanov": a person
        prev = lower[m.start - 1] if m.start else ""
        cue = prev in before or prev in nouns or (prev == "of" and m.start >= 2 and lower[m.start - 2] in nouns) \
            or (prev == "by" and m.start >= 2 and lower[m.start - 2] in ("hosted", "hosts"))  # "to be hosted by Gabala"
        cue = cue or (m.end < len(lower) and lower[m.end] in lex["town_cues_after"])
        if not cue and prev in ("'s", "’s") and j > 0 and names[j - 1].end == m.start - 1 and names[j - 1].kind == "country":
            city = gazetteer.city_by_id(m.id)
            cue = city is not None and city.country == names[j - 1].id  # "Kyrgyzstan's Cholpon-Ata"
        if not cue and j + 1 < len(names) and m.end < len(lower) and lower[m.end] in (",", "("):
            nxt = names[j + 1]
            if nxt.start == m.end + 1 and nxt.kind == "country":
                city = gazetteer.city_by_id(m.id)
                cue = city is not None and city.country == nxt.id
        if cue:
            out.append(Mention("city", m.start, m.end, m.start_char, m.end_char, m.text, m.id))
    return out


def _longest_first(triggers: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping trigger matches, in text order; a meeting noun
    right after a summit's or forum's name is that event's head noun ("the Heads of State
    Council Meeting"), not a meeting of its own."""
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(triggers, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.start, m.end))
        elif m.value.type == "Visit" and m.text.lower() == "visiting" and any(c.value.type == "Meeting" and c.end == m.end and c.start < m.start for c in chosen):
            chosen.append(m)  # "received the visiting minister": the reception, and the visit its last word tells
    ends = {m.end for m in chosen if m.value.type in ("Summit", "Forum")}
    summit_ends = {m.end for m in chosen if m.value.type == "Summit"}
    return sorted(
        (m for m in chosen if not (m.start in ends and m.value.type == "Meeting" and getattr(m.value, "anchor", None) == "noun")
         and not (m.start in summit_ends and m.value.type == "Forum")),  # "the summit conference": the summit's own head noun
        key=lambda m: m.start,
    )


def _dateline(doc: Doc, published: datetime.date | None) -> Any:
    """The dateline; almost free after ``find_dates`` ran on the same Doc (it keeps it)."""
    from ...dates import find_dateline

    return find_dateline(doc, published)


def _write_spans(doc: Doc, mentions: Mentions) -> None:
    def spans(items: list[Mention], label: Callable[[Mention], str]) -> list[Span]:
        return [Span(doc, m.start, m.end, label=label(m), kb_id=m.id or "") for m in items]

    doc.spans["eurasia_triggers"] = spans(mentions.triggers, lambda m: m.value.type)
    doc.spans["eurasia_actors"] = spans(mentions.actors, lambda m: m.kind.upper())
    doc.spans["eurasia_places"] = spans(mentions.places, lambda m: "CITY")
    doc.spans["eurasia_dates"] = spans(mentions.dates, lambda m: "DATE")
