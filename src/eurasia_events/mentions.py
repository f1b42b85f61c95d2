"""Stage 1: find mentions on a Doc: event triggers, actors, places and dates.

A :class:`MentionFinder` is built once per :class:`~eurasia_events.Extractor` from its
rules and gazetteer; :meth:`MentionFinder.find` returns a :class:`Mentions` table for a
Doc and also writes every mention to ``doc.spans`` (keys ``eurasia_triggers``,
``eurasia_actors``, ``eurasia_places``, ``eurasia_dates``) so they can be inspected or
rendered with displaCy.
"""

from __future__ import annotations

import datetime
import functools
from bisect import bisect_left
from typing import Any, Callable, Iterable, Sequence

import attrs

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ._text import fold
from ._tokens import Words, words as doc_words
from ._trigger_match import TriggerMatcher
from .rules import Rule

__all__ = ["Mention", "Mentions", "MentionFinder", "ACTOR_KINDS"]

ACTOR_KINDS = ("country", "demonym", "organization", "person")
# lower-case words allowed inside a multi-word gazetteer name ("Conference on Interaction and ...")
_CONNECTORS = frozenset(["of", "the", "and", "on", "in", "for", "de", "-", "&", "'s", "at", "to", "upon"])
_MAX_NAME_TOKENS = 16


@attrs.define(slots=True)
class Mention:
    """One mention on a Doc.

    ``kind`` is ``"trigger"``, ``"country"``, ``"demonym"``, ``"organization"``,
    ``"person"``, ``"city"`` or ``"date"``; ``start``/``end`` are token offsets;
    ``id`` the canonical id (alpha-3 code, organization id, person name, geonameid);
    ``value`` the object behind it (a :class:`~eurasia_events.rules.Rule` for triggers,
    a ``DateMention`` for dates, a gazetteer object or a dict for actors).
    """

    kind: str
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    id: str | None = None
    value: Any = None

    def overlaps(self, other: Mention) -> bool:
        """True when the two mentions share a token."""
        return self.start < other.end and other.start < self.end


@attrs.define
class Mentions:
    """All stage-1 mentions of one Doc, each list sorted by position."""

    triggers: list[Mention] = attrs.Factory(list)
    actors: list[Mention] = attrs.Factory(list)
    places: list[Mention] = attrs.Factory(list)
    dates: list[Mention] = attrs.Factory(list)
    dateline: Any = None  # a DateMention, or None
    _starts: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def in_range(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of a list (``"actors"``, ``"places"``...) inside token range [start, end)."""
        return [m for m in self.starting(kind, start, end) if m.end <= end]

    def starting(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of a list whose first token lies in [start, end), in list order.

        The lists are kept in text order, so this is a binary search, not a scan: stages
        that ask it once per sentence stay linear in the length of the text.
        """
        items = getattr(self, kind)
        cached = self._starts.get(kind)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            starts = [m.start for m in items]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            cached = self._starts[kind] = (items, len(items), starts if ordered else None)
        starts = cached[2]
        if starts is None:
            return [m for m in items if start <= m.start < end]
        return items[bisect_left(starts, start) : bisect_left(starts, end)]


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
        self._names: dict[str, tuple[str, str]] | None = None
        self._first: dict[str, int] = {}
        if date_finder is None:
            from .dates import find_dates

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
        """Rebuild the gazetteer name index (after entries were added to the gazetteer)."""
        self._names = None

    # -- gazetteer names ---------------------------------------------------------
    def _name_index(self) -> dict[str, tuple[str, str]]:
        """folded name without spaces -> (kind, id); built on first use."""
        if self._names is None:
            from ._text import phrase_tokens

            names: dict[str, tuple[str, str]] = {}
            first: dict[str, int] = {}
            # later kinds do not override earlier ones: a country name beats a city alias
            for kind in ("organization", "country", "demonym", "person", "city"):
                for surface, ident in self.gazetteer.aliases(kind):
                    if not surface or not surface[0].isupper() and not surface[0].isdigit():
                        continue
                    toks = [fold(t) for t in phrase_tokens(surface)] if _needs_tokens(surface) else fold(surface).split()
                    if not toks or len(toks) > _MAX_NAME_TOKENS:
                        continue
                    key = "".join(toks)
                    # every spelling must be findable ("Ulaan Baatar", "Ulaanbaatar"), the first id wins
                    if first.get(toks[0], 0) < len(toks):
                        first[toks[0]] = len(toks)
                    if key not in names:
                        names[key] = (kind, str(ident))
            self._names = names
            self._first = first
        return self._names

    def _find_names(self, doc: Doc) -> list[Mention]:
        names = self._name_index()
        first = self._first
        out: list[Mention] = []
        w = doc_words(doc)
        texts = w.text
        n = len(texts)
        done = 0  # names do not overlap: the next one starts at or after this token
        folded: dict[int, str] = {}  # fold() of the tokens looked at
        for i in [k for k, t in enumerate(texts) if t[:1].isupper()]:  # every name starts capitalised
            if i < done:
                continue
            longest = first.get(fold(texts[i]), 0)
            if not longest:
                continue
            stop = min(i + longest, n)
            for k in range(i, stop):
                if k not in folded:
                    folded[k] = fold(texts[k])
            for length in range(stop - i, 0, -1):
                last = texts[i + length - 1][:1]
                if not (last.isupper() or last.isdigit()):
                    continue
                key = "".join([folded[k] for k in range(i, i + length)])
                hit = names.get(key)
                if hit is not None and _capitalised(w, i, i + length):
                    kind, ident = hit
                    start_char, end_char = w.chars(i, i + length)
                    out.append(Mention(kind, i, i + length, start_char, end_char, w.string[start_char:end_char], ident))
                    done = i + length
                    break
        return out

    def _capitals(self, doc: Doc, names: list[Mention]) -> list[Mention]:
        """"the Qatari capital", "the Kazakh capital": the country's capital city."""
        dw = doc_words(doc)
        out = []
        for m in names:
            if m.kind not in ("demonym", "country") or m.end >= len(doc) or dw.lower[m.end] != "capital":
                continue
            if m.start == 0 or dw.lower[m.start - 1] != "the":
                continue
            city = self.gazetteer.capital(m.id)
            if city is not None:
                span = doc[m.start - 1 : m.end + 1]
                out.append(Mention("city", m.start, m.end + 1, span.start_char, span.end_char, span.text, str(city.geonameid)))
        return out

    def _event_organizations(self, orgs: list[Mention]) -> list[Mention]:
        """Organizations that are events ("St. Petersburg International Economic Forum")."""
        from ._lexicon import lexicon

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
        from .persons import find_persons

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
        mentions.triggers = _longest_first(mentions.triggers)
        for m in names:
            (mentions.places if m.kind == "city" else mentions.actors).append(m)
        mentions.places.extend(self._capitals(doc, names))
        mentions.places.sort(key=lambda m: m.start)
        mentions.actors.extend(find_persons(doc, mentions.actors, self.gazetteer, published))
        mentions.actors.extend(_unknown_organizations(doc, mentions.actors + mentions.places))
        mentions.actors.sort(key=lambda m: m.start)
        for dm in self.date_finder(doc, published):
            span = doc.char_span(dm.start_char, dm.end_char, alignment_mode="expand")
            if span is None:
                continue
            mentions.dates.append(Mention("date", span.start, span.end, dm.start_char, dm.end_char, dm.text, None, dm))
        mentions.dateline = _dateline(doc, published)
        _write_spans(doc, mentions)
        return mentions


def _unknown_organizations(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Organizations the gazetteer does not know, where the text says who organized, hosted
    or signed: "organized by the Gorchakov Public Diplomacy Fund and the ... Center".

    A run of capitalised words (with "of", "for", "the"...) after such a cue is an
    organization when it contains a head word such as Fund, Institute or Ministry; with a
    trained pipeline, its ORG entities there count too.
    """
    from ._lexicon import lexicon

    lex = lexicon()
    w = doc_words(doc)
    texts, lowered = w.text, w.lower
    covered = {i for m in known for i in range(m.start, m.end)}
    ents = {e.start: e for e in doc.ents if e.label_ == "ORG"} if doc.has_annotation("ENT_IOB") else {}
    out: list[Mention] = []
    n = len(lowered)
    has_sents = doc.has_annotation("SENT_START")

    def mention(start: int, end: int, name: str | None = None) -> Mention:
        start_char, end_char = w.chars(start, end)
        text = w.string[start_char:end_char]
        return Mention("organization", start, end, start_char, end_char, text, text if name is None else name)

    # the subjects of a signing: "the Eurasian Development Bank and the Kyrgyz Ministry of ... signed"
    last_heads = lex["org_heads"] | {"development", "affairs", "economy", "trade", "finance", "energy", "transport"}
    sign_words = lex["sign_words"]
    for i in [k for k, low in enumerate(lowered) if low in sign_words]:
        if i > 0:
            sent_start = w.sent_start[i] if has_sents else max(0, i - 30)
            j = i - 1
            while j >= sent_start and lowered[j] not in (";",):
                k = j + 1
                while j >= sent_start and j not in covered and (texts[j][:1].isupper() or lowered[j] in ("of", "for", "on", "&")):
                    j -= 1
                start = j + 1
                while start < k and lowered[start] in ("of", "for", "on", "&"):
                    start += 1
                if k - start >= 2 and any(x in lex["org_heads"] for x in lowered[start:k]) and lowered[k - 1] in last_heads:
                    out.append(mention(start, k))
                    covered.update(range(start, k))
                j -= 1
    cues = _cues_by_first_word()
    for i in [k for k, low in enumerate(lowered) if low in cues]:
        cue_len = 0
        for cue in cues.get(lowered[i], ()):
            if lowered[i : i + len(cue)] == cue:
                cue_len = len(cue)
                break
        if not cue_len:
            continue
        j = i + cue_len
        while j < n and j - i < 40:
            text = texts[j]
            if lowered[j] in ("the", "and", ",", "as", "well") or text in ('"', "“", "”"):
                j += 1
                continue
            if j in covered:
                j = next(m.end for m in known if m.start <= j < m.end)
                continue
            if not text[:1].isupper():
                break
            if j - 1 in covered and texts[j - 1][:1].isupper():
                break  # "the OSCE Programme Office": a body of the organization just named
            k = j
            while k < n and k not in covered and (
                texts[k][:1].isupper() or lowered[k] in ("of", "for", "on", "the", "&", "-") or texts[k] in ('"', "“", "”")
            ):
                k += 1
            while k > j and (lowered[k - 1] in ("of", "for", "on", "the", "&", "-") or texts[k - 1] in ('"', "“", "”")):
                k -= 1
            named = lowered[i + cue_len - 1] in lex["org_name_cues"]  # "state corporation Rosatom"
            if k > j and (named or any(x in lex["org_heads"] for x in lowered[j:k]) or j in ents):
                span = doc[j:k]
                name = " ".join(t.text for t in span if t.text not in ('"', "“", "”") and t.text.strip())
                out.append(mention(j, k, name.replace(" - ", "-")))
                covered.update(range(j, k))
            j = max(k, j + 1)
    return out


@functools.lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, list[list[str]]]:
    """The organization cues ("organized by", "state corporation") by their first word."""
    from ._lexicon import lexicon

    lex = lexicon()
    cues: dict[str, list[list[str]]] = {}
    for cue in sorted(lex["org_cues"] | lex["org_name_cues"], key=lambda c: (-len(c.split()), c)):
        cue_words = cue.split()
        cues.setdefault(cue_words[0], []).append(cue_words)
    return cues


def _needs_tokens(surface: str) -> bool:
    return any(not c.isalnum() and not c.isspace() for c in surface)


def _capitalised(w: Words, start: int, end: int) -> bool:
    for text, low in zip(w.text[start:end], w.lower[start:end]):
        c = text[:1]
        if not (c.isupper() or c.isdigit() or low in _CONNECTORS or not c.isalpha()):
            return False
    return True


def _longest_first(triggers: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping trigger matches, in text order."""
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(triggers, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def _dateline(doc: Doc, published: datetime.date | None) -> Any:
    """The dateline; almost free after ``find_dates`` ran on the same Doc (it keeps it)."""
    from .dates import find_dateline

    return find_dateline(doc, published)


def _write_spans(doc: Doc, mentions: Mentions) -> None:
    def spans(items: list[Mention], label: Callable[[Mention], str]) -> list[Span]:
        return [Span(doc, m.start, m.end, label=label(m), kb_id=m.id or "") for m in items]

    doc.spans["eurasia_triggers"] = spans(mentions.triggers, lambda m: m.value.type)
    doc.spans["eurasia_actors"] = spans(mentions.actors, lambda m: m.kind.upper())
    doc.spans["eurasia_places"] = spans(mentions.places, lambda m: "CITY")
    doc.spans["eurasia_dates"] = spans(mentions.dates, lambda m: "DATE")
