"""Pairing predicted records with annotated ones (spec section 4): agreement of names,
dates, places and participants, the exact one-to-one assignment, and the slot triples.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from ..text.fold import surname_skeleton

#: Stands for "the bundled gazetteer" where None means "no gazetteer".
_DEFAULT = object()


#: Function words ignored when comparing event names word by word.
_NAME_STOPWORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with"})

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
        from ..gazetteer import Gazetteer  # written alongside; optional at scoring time

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


#: Countries whose names English news writes surname first ("Li Zhaoxing", "Moon Jae-in").
_SURNAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "VNM", "MNG"})
#: a surname with its transliteration variants written alike (spec section 4), shared with the extractor
_skeleton = surname_skeleton


def _surnames(p: Mapping[str, Any], name: str) -> set[str]:
    words = name.split()
    out = {_skeleton(words[-1])}
    if len(words) > 1 and str(p.get("country") or "").upper() in _SURNAME_FIRST:
        out.add(_skeleton(words[0]))
    return out


def _participant_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
    """2 for the same (kind, canonical id), 1 for persons with the same surname, else 0.

    Surnames compare by their transliteration skeleton (:func:`_skeleton`); for a person
    of a country that writes the surname first, the first word counts as a surname too
    ("Li" is Li Zhaoxing's surname)."""
    gk, pk = _participant_key(g), _participant_key(p)
    if gk[0] != pk[0] or not gk[1] or not pk[1]:
        return 0.0
    if gk == pk:
        return 2.0
    if gk[0] == "person" and _surnames(g, gk[1]) & _surnames(p, pk[1]):
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
