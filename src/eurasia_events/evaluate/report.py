"""The scores: :class:`Metrics` per type and overall, :class:`Pair` and :class:`ArticleResult`
per article, and the :class:`Report` that prints them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Metrics", "Pair", "ArticleResult", "Report"]


#: Order of the built-in types in tables; other types follow alphabetically.
_TYPE_ORDER = ("Summit", "Visit", "Meeting", "Forum", "MemorandumSigned", "AgreementSigned")

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
