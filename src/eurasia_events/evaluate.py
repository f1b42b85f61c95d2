"""The built-in evaluator: compare predicted event records with a human annotation.

Implements section 4 of the spec (``EVENTS.md``). Per article, predicted and annotated
records are paired one to one, only within a type, by the highest total agreement of
name, date, place and participants (an exact assignment, deterministic); a pair needs at
least one of: overlapping dates, the same city, a shared participant, or names sharing
half their words. From the pairs come event P/R/F1, date and place accuracy,
participant P/R/F1 and slot P/R/F1, per type and overall.

:func:`score` is pure and works on the spec's JSON dicts; :func:`evaluate` reads an
annotated folder, runs an extractor and calls :func:`score`.

Example:
    >>> gold = [{"type": "Summit", "name": "SCO Summit", "place": {"city": "Astana", "country": "KAZ"}}]
    >>> pred = [{"type": "Summit", "name": "SCO summit", "place": {"city": "Astana", "country": "KAZ"}}]
    >>> report = score([("a1", gold, pred, None)], gazetteer=None)
    >>> report.overall.f1, report.overall.place_accuracy
    (1.0, 1.0)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .errors import InputValueError

__all__ = ["evaluate", "score", "Report", "load_gold"]

#: Order of the built-in types in tables; other types follow alphabetically.
_TYPE_ORDER = ("Summit", "Visit", "Meeting", "Forum", "MemorandumSigned", "AgreementSigned")

#: Function words ignored when comparing event names word by word.
_NAME_STOPWORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with"})

#: Fields of a pair reported as differing (the scored ones, then two informative ones).
_DIFF_FIELDS = ("name", "date", "place", "organizations", "participants", "edition", "status")

_DEFAULT = object()


# --------------------------------------------------------------------------- normalisation


def _fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form: "Erdoğan" -> "erdogan"."""
    if not text:
        return ""
    text = text.replace("ı", "i").replace("İ", "I")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text.casefold())
    return " ".join(text.split())


def _name_words(name: str | None) -> set[str]:
    return {w for w in _fold(name).split() if w not in _NAME_STOPWORDS}


def _names_share_half(a: str | None, b: str | None) -> bool:
    """Both names have at least half of their words in common with the other."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    return 2 * len(wa & wb) >= max(len(wa), len(wb))


def _name_agreement(a: str | None, b: str | None) -> float:
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


class _Cities:
    """City identity by GeoNames place, with a string fallback; one cache per scoring run."""

    def __init__(self, gazetteer: Any) -> None:
        if gazetteer is _DEFAULT:
            gazetteer = _default_gazetteer()
        self._gazetteer = gazetteer
        self._cache: dict[str, int | None] = {}

    def _geonameid(self, name: str) -> int | None:
        if self._gazetteer is None:
            return None
        if name not in self._cache:
            try:
                found = self._gazetteer.city(name)
                gid = getattr(found, "geonameid", None) if found is not None else None
            except (LookupError, ValueError, TypeError, AttributeError):
                gid = None
            self._cache[name] = int(gid) if gid is not None else None
        return self._cache[name]

    def same(self, a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
        """Whether two place dicts name the same city (False when either has none)."""
        if not a or not b or not a.get("city") or not b.get("city"):
            return False
        if _fold(a["city"]) == _fold(b["city"]):
            return True
        ga = a.get("geonameid") or self._geonameid(a["city"])
        gb = b.get("geonameid") or self._geonameid(b["city"])
        return ga is not None and gb is not None and int(ga) == int(gb)


def _default_gazetteer() -> Any:
    try:
        from .gazetteer import Gazetteer  # written alongside; optional at scoring time

        return Gazetteer.default()
    except (ImportError, AttributeError):
        return None
    except Exception:  # noqa: BLE001 - a broken gazetteer must not stop scoring
        return None


# --------------------------------------------------------------------------- comparisons


def _has_place(place: Mapping[str, Any] | None) -> bool:
    return bool(place) and bool(place.get("city") or place.get("country"))


def _place_right(gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None, cities: _Cities) -> bool:
    """The place-accuracy rule: same city, or same country where the annotation has no city."""
    if not _has_place(gold) or not pred:
        return False
    if gold.get("city"):
        return cities.same(gold, pred)
    return bool(pred.get("country")) and pred.get("country") == gold.get("country")


def _parse_day(value: Any) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def _dates_overlap(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    """Both resolved and overlapping (a null end is open), or the same non-empty date text."""
    if not a or not b:
        return False
    a_start, b_start = _parse_day(a.get("start")), _parse_day(b.get("start"))
    if a_start and b_start:
        a_end, b_end = _parse_day(a.get("end")), _parse_day(b.get("end"))
        if (a_end is None or b_start <= a_end) and (b_end is None or a_start <= b_end):
            return True
    ta, tb = _fold(a.get("text")), _fold(b.get("text"))
    return bool(ta) and ta == tb


def _date_key(date: Mapping[str, Any] | None) -> tuple[Any, Any, Any] | None:
    if not date:
        return None
    return (date.get("start"), date.get("end"), date.get("granularity"))


def _participant_key(p: Mapping[str, Any]) -> tuple[str, str]:
    kind = p.get("kind") or "participant"
    if kind == "country" and p.get("code"):
        return (kind, str(p["code"]).upper())
    return (kind, _fold(p.get("name")))


def _participant_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
    """2 for the same (kind, canonical id), 1 for persons with the same surname, else 0."""
    gk, pk = _participant_key(g), _participant_key(p)
    if gk[0] != pk[0] or not gk[1] or not pk[1]:
        return 0.0
    if gk == pk:
        return 2.0
    if gk[0] == "person" and gk[1].split()[-1] == pk[1].split()[-1]:
        return 1.0
    return 0.0


def _match_participants(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one matches between two participant lists, exact ids before surnames."""
    if not gold or not pred:
        return []
    weights = [[_participant_match(g, p) for p in pred] for g in gold]
    return _assign(weights)


# --------------------------------------------------------------------------- assignment


def _assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Maximum-total-weight one-to-one assignment (Hungarian algorithm), pairs of weight > 0.

    Exact and deterministic for a given matrix; rows and columns may differ in number.
    Returns ``(row, column)`` pairs sorted by row.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    n = max(n_rows, n_cols)
    if n_rows == 0 or n_cols == 0:
        return []
    cost = [[-float(weights[i][j]) if i < n_rows and j < n_cols else 0.0 for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = [
        (p[j] - 1, j - 1)
        for j in range(1, n + 1)
        if p[j] and p[j] - 1 < n_rows and j - 1 < n_cols and weights[p[j] - 1][j - 1] > 0
    ]
    return sorted(pairs)


# --------------------------------------------------------------------------- pairing


def _pair_agreement(gold: Mapping[str, Any], pred: Mapping[str, Any], cities: _Cities) -> float:
    """Agreement of two records of one type; 0.0 when they may not be paired at all.

    Eligible when the dates overlap, the city is the same, a participant is shared or the
    names share half their words. The agreement then sums, each in [0, 1]: name word
    overlap (Jaccard), date (0.5 for overlap, 1 for equal start/end/granularity), place
    (1 same city, 0.5 same country only) and the share of participants matched.
    """
    dates = _dates_overlap(gold.get("date"), pred.get("date"))
    city = cities.same(gold.get("place"), pred.get("place"))
    gp, pp = gold.get("participants") or [], pred.get("participants") or []
    shared = len(_match_participants(gp, pp))
    names = _names_share_half(gold.get("name"), pred.get("name"))
    if not (dates or city or shared or names):
        return 0.0
    agreement = _name_agreement(gold.get("name"), pred.get("name"))
    if dates:
        agreement += 1.0 if _date_key(gold.get("date")) == _date_key(pred.get("date")) else 0.5
    g_country = (gold.get("place") or {}).get("country")
    if city:
        agreement += 1.0
    elif g_country and g_country == (pred.get("place") or {}).get("country"):
        agreement += 0.5
    if shared:
        agreement += shared / max(len(gp), len(pp))
    return agreement


def _pair_records(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], cities: _Cities
) -> list[tuple[int, int, float]]:
    """``(gold index, predicted index, agreement)`` for the pairs of one article."""
    out: list[tuple[int, int, float]] = []
    types = sorted({r["type"] for r in gold} & {r["type"] for r in pred})
    for event_type in types:
        gi = [i for i, r in enumerate(gold) if r["type"] == event_type]
        pi = [j for j, r in enumerate(pred) if r["type"] == event_type]
        weights = [[_pair_agreement(gold[i], pred[j], cities) for j in pi] for i in gi]
        out.extend((gi[a], pi[b], weights[a][b]) for a, b in _assign(weights))
    return sorted(out)


# --------------------------------------------------------------------------- slots


def _slots(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """The (field, value) triples of a record that slot F1 counts.

    ``("type", T)``; ``("date", start, end, granularity)`` when dated; ``("place", city or
    country)`` when placed; ``("org", id)`` per organization; ``("participant", kind, id)``
    per participant.
    """
    out: list[tuple[Any, ...]] = [("type", record["type"])]
    if record.get("date"):
        out.append(("date", *_date_key(record["date"])))
    place = record.get("place")
    if _has_place(place):
        out.append(("place", place.get("city") or place.get("country")))
    out.extend(("org", _fold(o)) for o in record.get("organizations") or [])
    out.extend(("participant", *_participant_key(p)) for p in record.get("participants") or [])
    return out


def _slot_hits(gold: Mapping[str, Any], pred: Mapping[str, Any], cities: _Cities) -> int:
    """Matched slot triples of a pair (each triple matched at most once)."""
    hits = 1  # the type: pairs are within a type
    if gold.get("date") and pred.get("date") and _date_key(gold["date"]) == _date_key(pred["date"]):
        hits += 1
    if _has_place(gold.get("place")) and _has_place(pred.get("place")):
        hits += _place_right(gold["place"], pred["place"], cities)
    g_orgs = [_fold(o) for o in gold.get("organizations") or []]
    for org in (_fold(o) for o in pred.get("organizations") or []):
        if org in g_orgs:
            g_orgs.remove(org)
            hits += 1
    hits += len(_match_participants(gold.get("participants") or [], pred.get("participants") or []))
    return hits


# --------------------------------------------------------------------------- results


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@attrs.define
class Metrics:
    """Counts and figures for one event type, or for all of them.

    A figure whose denominator is zero (no predicted event for a precision, no annotated
    date among the pairs for date accuracy...) is ``None``, shown as ``-``.
    """

    predicted: int = 0
    gold: int = 0
    pairs: int = 0
    date_total: int = 0
    date_correct: int = 0
    place_total: int = 0
    place_correct: int = 0
    participant_predicted: int = 0
    participant_gold: int = 0
    participant_matched: int = 0
    slot_predicted: int = 0
    slot_gold: int = 0
    slot_matched: int = 0

    @property
    def precision(self) -> float | None:
        """Pairs / predicted events."""
        return _ratio(self.pairs, self.predicted)

    @property
    def recall(self) -> float | None:
        """Pairs / annotated events."""
        return _ratio(self.pairs, self.gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall: 2 pairs / (predicted + annotated)."""
        return _ratio(2 * self.pairs, self.predicted + self.gold)

    @property
    def date_accuracy(self) -> float | None:
        """Of the pairs with an annotated date, the share with equal start, end and granularity."""
        return _ratio(self.date_correct, self.date_total)

    @property
    def place_accuracy(self) -> float | None:
        """Of the pairs with an annotated place, the share with the same city (or country)."""
        return _ratio(self.place_correct, self.place_total)

    @property
    def participant_precision(self) -> float | None:
        """Matched / predicted participants of paired events."""
        return _ratio(self.participant_matched, self.participant_predicted)

    @property
    def participant_recall(self) -> float | None:
        """Matched / annotated participants of paired events."""
        return _ratio(self.participant_matched, self.participant_gold)

    @property
    def participant_f1(self) -> float | None:
        """Participant F1 over paired events."""
        return _ratio(2 * self.participant_matched, self.participant_predicted + self.participant_gold)

    @property
    def slot_precision(self) -> float | None:
        """Matched / predicted slot triples, over all predicted events."""
        return _ratio(self.slot_matched, self.slot_predicted)

    @property
    def slot_recall(self) -> float | None:
        """Matched / annotated slot triples, over all annotated events."""
        return _ratio(self.slot_matched, self.slot_gold)

    @property
    def slot_f1(self) -> float | None:
        """Slot F1: the strictest single figure."""
        return _ratio(2 * self.slot_matched, self.slot_predicted + self.slot_gold)

    def add(self, other: Metrics) -> None:
        """Add another's counts to these."""
        for field in attrs.fields(Metrics):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def to_dict(self) -> dict[str, Any]:
        """Counts and figures as a JSON-serialisable dict."""
        out: dict[str, Any] = attrs.asdict(self)
        for name in _FIGURES:
            out[name] = getattr(self, name)
        return out


_FIGURES = (
    "precision",
    "recall",
    "f1",
    "date_accuracy",
    "place_accuracy",
    "participant_precision",
    "participant_recall",
    "participant_f1",
    "slot_precision",
    "slot_recall",
    "slot_f1",
)


@attrs.frozen
class Pair:
    """A predicted record paired with an annotated one, and the fields where they differ."""

    gold: dict[str, Any]
    predicted: dict[str, Any]
    agreement: float
    differs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "agreement": round(self.agreement, 6),
            "differs": list(self.differs),
        }


@attrs.frozen
class ArticleResult:
    """One article's outcome: missed annotated records, spurious predicted ones, the pairs."""

    article_id: str
    missed: list[dict[str, Any]]
    spurious: list[dict[str, Any]]
    pairs: list[Pair]
    text: str | None = attrs.field(default=None, repr=False)

    @property
    def partly_wrong(self) -> list[Pair]:
        """The pairs where at least one field differs (scored or not)."""
        return [p for p in self.pairs if p.differs]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form (without the text)."""
        return {
            "id": self.article_id,
            "missed": self.missed,
            "spurious": self.spurious,
            "pairs": [p.to_dict() for p in self.pairs],
        }


def _type_sort_key(name: str) -> tuple[int, str]:
    return (_TYPE_ORDER.index(name), "") if name in _TYPE_ORDER else (len(_TYPE_ORDER), name)


def _fmt(value: float | None, width: int) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'-':>{width}}"


@attrs.frozen
class Report:
    """The outcome of an evaluation: figures overall and per type, details per article.

    Attributes:
        overall: :class:`Metrics` over every event.
        per_type: :class:`Metrics` per event type, built-in types first.
        articles: :class:`ArticleResult` per article, in input order.
    """

    overall: Metrics
    per_type: dict[str, Metrics]
    articles: list[ArticleResult]

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-serialisable dict."""
        return {
            "overall": self.overall.to_dict(),
            "per_type": {name: m.to_dict() for name, m in self.per_type.items()},
            "articles": [a.to_dict() for a in self.articles],
        }

    def format_table(self) -> str:
        """A fixed-width table: one row per type and one overall.

        Example:
            >>> print(score([], gazetteer=None).format_table())  # doctest: +NORMALIZE_WHITESPACE
            type              gold  pred pairs      P      R     F1   date  place part F1 slot F1
            overall              0     0     0      -      -      -      -      -       -       -
        """
        header = (
            f"{'type':<16} {'gold':>5} {'pred':>5} {'pairs':>5} {'P':>6} {'R':>6} {'F1':>6} "
            f"{'date':>6} {'place':>6} {'part F1':>7} {'slot F1':>7}"
        )
        rows = [header]
        for name, m in [*self.per_type.items(), ("overall", self.overall)]:
            rows.append(
                f"{name[:16]:<16} {m.gold:>5} {m.predicted:>5} {m.pairs:>5} "
                f"{_fmt(m.precision, 6)} {_fmt(m.recall, 6)} {_fmt(m.f1, 6)} "
                f"{_fmt(m.date_accuracy, 6)} {_fmt(m.place_accuracy, 6)} "
                f"{_fmt(m.participant_f1, 7)} {_fmt(m.slot_f1, 7)}"
            )
        return "\n".join(rows)

    def format_show(self, width: int = 200, all_articles: bool = False) -> str:
        """Per article, missed, spurious and partly wrong records side by side.

        One line per record (or pair): a tag (``missed``, ``spurious`` or the differing
        fields), the type, then the annotated record on the left and the predicted one on
        the right, each summarised as ``name | date | place | organizations | participants``
        (a participant's role in brackets unless it is ``participant``).

        Args:
            width: total line width; each side is cut to fit.
            all_articles: also list articles with nothing wrong, and correct pairs.
        """
        side = max(20, (width - 40) // 2)
        lines: list[str] = []
        for art in self.articles:
            shown = art.pairs if all_articles else art.partly_wrong
            if not (art.missed or art.spurious or shown or all_articles):
                continue
            lines.append(
                f"== {art.article_id}: {len(art.missed)} missed, {len(art.spurious)} spurious, "
                f"{len(art.partly_wrong)} partly wrong, {len(art.pairs)} paired"
            )
            lines.append(f"   {'':<21} {'':<16} {'annotated':<{side}} | predicted")
            rows: list[tuple[str, str, str, str]] = []
            rows += [("missed", r["type"], _summary(r), "") for r in art.missed]
            rows += [("spurious", r["type"], "", _summary(r)) for r in art.spurious]
            rows += [
                ("~" + ",".join(p.differs) if p.differs else "ok", p.gold["type"], _summary(p.gold), _summary(p.predicted))
                for p in shown
            ]
            for tag, event_type, left, right in rows:
                head = f"   {tag[:21]:<21} {event_type[:16]:<16} "
                if not right:  # a missed record may use the whole line
                    lines.append(head + _cut(left, 2 * side + 3))
                elif not left:
                    lines.append(head + f"{'':<{side}} | {_cut(right, side)}")
                else:
                    lines.append(head + f"{_cut(left, side):<{side}} | {_cut(right, side)}")
        return "\n".join(lines) if lines else "nothing to show: every record paired and right"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _summary(record: Mapping[str, Any]) -> str:
    date = record.get("date")
    if date:
        start, end = date.get("start"), date.get("end")
        when = (start or "?") if start == end else f"{start or '?'}..{end or '?'}"
        when += f" {date.get('granularity')}"
        if date.get("text"):
            when += f' "{date["text"]}"'
    else:
        when = "-"
    place = record.get("place") or {}
    where = ", ".join(x for x in (place.get("city"), place.get("country")) if x) or "-"
    orgs = ",".join(record.get("organizations") or []) or "-"
    parts = []
    for p in record.get("participants") or []:
        ident = p.get("code") if p.get("kind") == "country" and p.get("code") else p.get("name")
        role = p.get("role") or "participant"
        parts.append(ident if role == "participant" else f"{ident}({role})")
    return " | ".join([record.get("name") or "-", when, where, orgs, ", ".join(parts) or "-"])


def _differs(gold: Mapping[str, Any], pred: Mapping[str, Any], cities: _Cities) -> tuple[str, ...]:
    out = []
    if _fold(gold.get("name")) != _fold(pred.get("name")):
        out.append("name")
    if _date_key(gold.get("date")) != _date_key(pred.get("date")):
        out.append("date")
    g_place, p_place = gold.get("place"), pred.get("place")
    if _has_place(g_place) or _has_place(p_place):
        if not (_has_place(g_place) and _has_place(p_place) and _place_right(g_place, p_place, cities)):
            out.append("place")
    if sorted(_fold(o) for o in gold.get("organizations") or []) != sorted(
        _fold(o) for o in pred.get("organizations") or []
    ):
        out.append("organizations")
    gp, pp = gold.get("participants") or [], pred.get("participants") or []
    if not (len(gp) == len(pp) == len(_match_participants(gp, pp))):
        out.append("participants")
    if gold.get("edition") != pred.get("edition"):
        out.append("edition")
    if (gold.get("status") or "past") != (pred.get("status") or "past"):
        out.append("status")
    return tuple(f for f in _DIFF_FIELDS if f in out)


# --------------------------------------------------------------------------- scoring


def _check_records(records: Any, article_id: str, which: str) -> list[dict[str, Any]]:
    if not isinstance(records, (list, tuple)):
        raise InputValueError(
            f"article {article_id!r}: the {which} records must be a list of dicts, got {type(records).__name__}"
        )
    out = []
    for i, rec in enumerate(records):
        if hasattr(rec, "to_dict") and not isinstance(rec, Mapping):  # an Event record
            rec = rec.to_dict()
        if not isinstance(rec, Mapping) or not isinstance(rec.get("type"), str):
            raise InputValueError(
                f"article {article_id!r}: {which} record #{i} must be a dict with a 'type' string, got {rec!r}"
            )
        out.append(dict(rec))
    return out


def score(
    articles: Iterable[tuple[str, Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]], str | None]],
    *,
    gazetteer: Any = _DEFAULT,
) -> Report:
    """Compare predicted records with annotated ones, article by article (spec section 4).

    Args:
        articles: ``(article_id, gold_records, predicted_records, text)`` tuples; records
            are the spec's JSON dicts (predicted ones as from ``Event.to_dict()``; Event
            objects are converted); the text is kept in the article details and may be None.
        gazetteer: an object whose ``city(name)`` returns something with a ``geonameid``,
            used to compare cities by GeoNames place; by default
            ``eurasia_events.gazetteer.Gazetteer.default()`` when available; None compares
            city names only (case- and accent-insensitive).

    Returns:
        A :class:`Report`.

    Raises:
        InputValueError: a record list is not a list of dicts with a ``type``.

    Example:
        >>> g = [{"type": "Visit", "participants": [{"kind": "person", "name": "Ann Lee"}]}]
        >>> p = [{"type": "Visit", "participants": [{"kind": "person", "name": "Lee"}]}]
        >>> score([("x", g, p, None)], gazetteer=None).overall.participant_f1
        1.0

    .. versionadded:: 0.1.0
    """
    cities = _Cities(gazetteer)
    per_type: dict[str, Metrics] = {}
    results: list[ArticleResult] = []

    def metrics(event_type: str) -> Metrics:
        return per_type.setdefault(event_type, Metrics())

    for item in articles:
        article_id, gold_in, pred_in, text = item
        gold = _check_records(gold_in, article_id, "annotated")
        pred = _check_records(pred_in, article_id, "predicted")
        for rec in gold:
            m = metrics(rec["type"])
            m.gold += 1
            m.slot_gold += len(_slots(rec))
        for rec in pred:
            m = metrics(rec["type"])
            m.predicted += 1
            m.slot_predicted += len(_slots(rec))
        paired = _pair_records(gold, pred, cities)
        pairs: list[Pair] = []
        for gi, pi, agreement in paired:
            g, p = gold[gi], pred[pi]
            m = metrics(g["type"])
            m.pairs += 1
            if g.get("date"):
                m.date_total += 1
                m.date_correct += bool(p.get("date")) and _date_key(g["date"]) == _date_key(p["date"])
            if _has_place(g.get("place")):
                m.place_total += 1
                m.place_correct += _place_right(g["place"], p.get("place"), cities)
            gp, pp = g.get("participants") or [], p.get("participants") or []
            m.participant_gold += len(gp)
            m.participant_predicted += len(pp)
            m.participant_matched += len(_match_participants(gp, pp))
            m.slot_matched += _slot_hits(g, p, cities)
            pairs.append(Pair(g, p, agreement, _differs(g, p, cities)))
        gold_paired = {gi for gi, _, _ in paired}
        pred_paired = {pi for _, pi, _ in paired}
        results.append(
            ArticleResult(
                article_id=article_id,
                missed=[r for i, r in enumerate(gold) if i not in gold_paired],
                spurious=[r for j, r in enumerate(pred) if j not in pred_paired],
                pairs=pairs,
                text=text,
            )
        )

    ordered = {name: per_type[name] for name in sorted(per_type, key=_type_sort_key)}
    overall = Metrics()
    for m in ordered.values():
        overall.add(m)
    return Report(overall=overall, per_type=ordered, articles=results)


# --------------------------------------------------------------------------- folders


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Read every ``<id>.json`` annotation of a folder, keyed by file stem, sorted.

    Each value is the annotation object (``{"id", "published", "events"}``); a missing
    ``id`` is set to the file stem and a missing ``published`` to None.

    Raises:
        InputValueError: the folder is missing, holds no ``.json`` file, or a file is not
            valid JSON or lacks an ``events`` list (the message names the file).

    Example:
        >>> load_gold("no/such/folder")
        Traceback (most recent call last):
        ...
        eurasia_events.errors.InputValueError: annotation folder not found: 'no/such/folder'

    .. versionadded:: 0.1.0
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputValueError(f"annotation folder not found: {str(gold_dir)!r}")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputValueError(
            f"no annotations found in {str(folder)!r}: expected <id>.json files with an 'events' list"
        )
    out: dict[str, dict[str, Any]] = {}
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise InputValueError(
                f"{path}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
            ) from err
        except UnicodeDecodeError as err:
            raise InputValueError(f"{path}: not UTF-8 text ({err})") from err
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise InputValueError(
                f"{path}: an annotation must be a JSON object with an 'events' list "
                '({"id": ..., "published": ..., "events": [...]})'
            )
        data.setdefault("id", path.stem)
        data.setdefault("published", None)
        out[path.stem] = data
    return out


def evaluate(
    gold_dir: str | Path,
    extractor: Any = None,
    texts_dir: str | Path | None = None,
    *,
    gazetteer: Any = _DEFAULT,
) -> Report:
    """Run an extractor over an annotated folder and score it against the annotation.

    For every ``<id>.json`` in ``gold_dir``, reads ``<id>.txt`` from ``texts_dir`` (by
    default ``gold_dir``), calls ``extractor.extract(text, published=gold["published"])``
    and scores the records with :func:`score`.

    Args:
        gold_dir: folder of annotations.
        extractor: an object with ``extract(text, published=...)`` returning Event
            records (or dicts); default ``eurasia_events.extractor.Extractor()``.
        texts_dir: folder of the texts, if not beside the annotations.
        gazetteer: as in :func:`score`.

    Raises:
        InputValueError: a missing folder, no annotations, a missing text, malformed JSON.

    Example:
        >>> report = evaluate("corpus")  # doctest: +SKIP
        >>> print(report.format_table())  # doctest: +SKIP

    .. versionadded:: 0.1.0
    """
    gold = load_gold(gold_dir)
    text_folder = Path(texts_dir) if texts_dir is not None else Path(gold_dir)
    if not text_folder.is_dir():
        raise InputValueError(f"text folder not found: {str(text_folder)!r}")
    texts: dict[str, str] = {}
    for stem in gold:
        path = text_folder / f"{stem}.txt"
        if not path.is_file():
            raise InputValueError(f"no text for annotation {stem}.json: {str(path)!r} does not exist")
        texts[stem] = path.read_text(encoding="utf-8")
    if extractor is None:
        from .extractor import Extractor

        extractor = Extractor()
    articles = []
    for stem, annotation in gold.items():
        records = extractor.extract(texts[stem], published=annotation["published"])
        predicted = [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in records]
        articles.append((str(annotation["id"]), annotation["events"], predicted, texts[stem]))
    return score(articles, gazetteer=gazetteer)
