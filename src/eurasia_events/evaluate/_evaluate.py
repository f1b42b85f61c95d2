"""Scoring predicted records against annotations: :func:`score`, :func:`load_gold`, :func:`evaluate`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputValueError
from ._matching import (
    _DEFAULT,
    _Cities,
    _date_key,
    _fold,
    _has_place,
    _match_participants,
    _pair_records,
    _place_right,
    _slot_hits,
    _slots,
)
from .report import ArticleResult, Metrics, Pair, Report, _type_sort_key

__all__ = ["evaluate", "score", "load_gold"]


#: Fields of a pair reported as differing (the scored ones, then two informative ones).
_DIFF_FIELDS = ("name", "date", "place", "organizations", "participants", "edition", "status")


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
            records (or dicts); default ``eurasia_events.extraction.extractor.Extractor()``.
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
        from ..extraction.extractor import Extractor

        extractor = Extractor()
    articles = []
    for stem, annotation in gold.items():
        records = extractor.extract(texts[stem], published=annotation["published"])
        predicted = [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in records]
        articles.append((str(annotation["id"]), annotation["events"], predicted, texts[stem]))
    return score(articles, gazetteer=gazetteer)
