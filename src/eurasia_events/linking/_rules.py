"""The rules that decide whether two records can be one event, and the tie-break by coverage."""

from __future__ import annotations

import datetime
from typing import Iterable, Mapping, Sequence

from . import settings
from ._features import (
    _PERSON_SIDED,
    _Feat,
    _news_meet,
    _same_person,
    _window_bonus,
    _window_fit,
)
from ._subjects import _subjects_any_meet, _subjects_meet


def _most_covered(
    ranked: list[int], by_root: Mapping[int, tuple[int, int]], size: Sequence[int], margin: int
) -> tuple[int, int] | None:
    """Of the best-scoring candidate clusters (roots) that tie, the one reported by at
    least ``COVERAGE_RATIO`` times as many records as any other, with the number of records
    of the next one; or None: a report is more likely of an event that many articles cover.
    Not for a signing with neither title nor subject (``margin`` unbounded), which needs a
    single candidate."""
    if not settings.COVERAGE_RATIO or margin >= 10**6:
        return None
    best = by_root[ranked[0]][0]
    tied = sorted((r for r in ranked if by_root[r][0] == best), key=lambda r: -size[r])
    if len(tied) < 2 or size[tied[0]] < settings.COVERAGE_RATIO * size[tied[1]]:
        return None
    return tied[0], size[tied[1]]


def _ignore(_reason: str) -> None:
    return None


class _Rules:
    """The linking rules for one call of :func:`link` (its keyword options)."""

    def __init__(self, tolerance_days: int, sided: frozenset[str], signing: frozenset[str]) -> None:
        self.tol = tolerance_days
        self.sided = sided
        self.signing = signing

    def kind(self, group_types: Iterable[str]) -> tuple[bool, bool, bool]:
        """Which type-dependent rules apply to a type group (its type names): whether its
        sides must agree, its persons must agree and it is a signing."""
        types = set(group_types)
        return bool(types & self.sided), bool(types & _PERSON_SIDED), bool(types & self.signing)

    def conflict(self, a: _Feat, b: _Feat, kind: tuple[bool, bool, bool]) -> str | None:
        """Why ``a`` and ``b`` cannot be the same event, or None. ``kind`` is
        :meth:`kind` of their type group. The checks run in the order of how often they
        rule a candidate out (the commonest first)."""
        if a.city and b.city and a.city != b.city:
            return "different cities"
        sided, person_sided, signing = kind
        sa, sb = a.sides, b.sides
        if sided and sa and sb and not (sa <= sb or sb <= sa):
            # sides that do not agree (neither a subset of the other; for three or more on
            # both, fewer than half shared); two one-sided reports of talks (one names the
            # guest, the other the host) can be the two sides of one bilateral meeting or visit
            na, nb = len(sa), len(sb)
            if not (na >= 3 and nb >= 3 and len(sa & sb) * 2 >= len(sa | sb)) and not (
                person_sided and na == 1 and nb == 1
            ):
                return "different sides"
        tol = self.tol
        # what a record's publication date and tense rule out (``_set_window``): reported
        # as past on D, an event begun by D; announced on D, one not over before D
        if a.after is not None and b.lo is not None and b.lo > a.after + tol:
            return "begins after what the report allows"
        if b.after is not None and a.lo is not None and a.lo > b.after + tol:
            return "begins after what the report allows"
        if a.before is not None and b.hi is not None and b.hi < a.before - tol:
            return "ends before what the report allows"
        if b.before is not None and a.hi is not None and a.hi < b.before - tol:
            return "ends before what the report allows"
        if a.country and b.country and a.country != b.country:
            return "different countries"
        alo, blo = a.lo, b.lo
        if alo is not None and blo is not None:
            ahi, bhi = a.hi, b.hi
            if (alo if alo > blo else blo) > (ahi if ahi < bhi else bhi) + tol:  # type: ignore[operator]
                return "dates do not overlap"
        if not a.sources.isdisjoint(b.sources):
            # the spec gives one record per real-world event per article: two records of
            # one article are two events
            return "same article"
        if a.edition is not None and b.edition is not None and a.edition != b.edition:
            return "different editions"
        if a.orgs and b.orgs and a.orgs.isdisjoint(b.orgs):
            return "different organizations"
        if person_sided and a.persons and b.persons:
            for side in sa & sb:
                pa = [p for p in a.persons if p.country == side]
                if not pa:
                    continue
                pb = [p for p in b.persons if p.country == side]
                if pb and not any(_same_person(x, y) for x in pa for y in pb):
                    return f"different persons for {side}"
        if signing:
            if a.parties and b.parties and not (a.parties <= b.parties or b.parties <= a.parties):
                return "different parties"
            if a.words and b.words and a.words.isdisjoint(b.words):
                return "different document titles"
            if a.subject and b.subject and not _subjects_any_meet(a.subject, b.subject):
                # "a memorandum on education" and "a memorandum on energy cooperation"
                return "different subjects"
        return None

    def _undated_actors(self, f: _Feat) -> int:
        """Shared actors an undated link needs besides the city: the same officials hold
        talks in the same few cities again and again, so for meetings and visits one is
        not enough."""
        return 2 if f.group in _PERSON_SIDED else 1

    def specific(self, f: _Feat) -> bool:
        """Whether a record is precise enough to link with its best match directly: a
        day-level date and, by type, two or more sides (meetings, visits), a title
        (signings) or a name, organization or edition (summits, forums, others)."""
        if not f.fine:
            return False
        if f.group in self.signing and not (f.words or f.subject):
            return False
        if f.group in self.sided or f.group in self.signing:
            return len(f.sides) >= 2
        return bool(f.words or f.orgs or f.edition is not None)

    def evidence(self, a: _Feat, b: _Feat, explain: bool) -> tuple[int, list[str]] | None:
        """The link score and reasons of two compatible records, or None if too weak."""
        why: list[str] = []
        note = why.append if explain else _ignore
        score = 0
        shared = 0
        if a.lo is not None and b.lo is not None:
            lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)  # type: ignore[type-var]
            if a.fine and b.fine:
                score += 4
                if a.lo != a.hi and a.lo == b.lo and a.hi == b.hi:
                    score += 1  # the same days of a longer event ("June 11-13")
            else:
                score += 1
            if explain:
                if lo <= hi:
                    span = datetime.date.fromordinal(lo).isoformat()
                    if hi > lo:
                        span += "/" + datetime.date.fromordinal(hi).isoformat()
                    note(f"dates overlap: {span}")
                else:
                    note(f"dates within {self.tol} day(s)")
        fit = _window_fit(a, b, self.tol, explain) if a.wlo is not None or b.wlo is not None else None
        if fit is not None:
            # a record without a day-level date whose article was published just after
            # (past), before (planned) or during (ongoing) the other's date
            score += _window_bonus(fit[0])
            note(fit[1])
        elif a.news and b.news and _news_meet(a, b):
            # two reports of the day's news published on the same day or a day apart
            fit = (abs(a.pub - b.pub), "")  # type: ignore[operator]
            score += 2 - fit[0]
            if explain:
                note("both the day's news, published " + " and ".join(
                    sorted({datetime.date.fromordinal(a.pub).isoformat(), datetime.date.fromordinal(b.pub).isoformat()})))  # type: ignore[arg-type]
        elif a.lo is None or b.lo is None:
            note("no date on one side (weak)")
        same_city = bool(a.city and a.city == b.city)
        if same_city:
            score += 3
            if explain:
                note(f"same city: {a.city}")
        elif a.country and a.country == b.country:
            score += 1
            if explain:
                note(f"same country: {a.country}")
        common_keys = a.keys & b.keys
        people: list[str] = []
        if a.persons and b.persons:
            for pa in a.persons:
                for pb in b.persons:
                    if _same_person(pa, pb):
                        people.append(pa.last)
                        break
        n_actors = len(common_keys) + (len(set(people)) if people else 0)
        if n_actors:
            shared += n_actors
            score += 2 * min(n_actors, 3)
            if explain:
                names = sorted(f"{k}:{v}" for k, v in common_keys) + sorted(f"person:{p}" for p in set(people))
                why.append("shared participants: " + ", ".join(names))
        common_sides = a.sides & b.sides
        if not n_actors and (len(common_sides) >= 2 or (common_sides and a.fine and b.fine and (same_city or a.group in self.sided))):
            shared += 1
            score += 1
            if explain:
                note("shared sides: " + ", ".join(sorted(common_sides)))
        elif not n_actors and not common_sides and same_city and a.fine and b.fine and a.group in _PERSON_SIDED:
            shared += 1
            score += 1
            note("the two sides of talks in one city on one day")
        elif (not n_actors and same_city and a.fine and b.fine and not (a.words and b.words)
              and a.group not in self.sided and a.group not in self.signing):
            # an unnamed forum or summit report that names none of the other's speakers: the
            # same city on the same days (weak: only an unambiguous vague record joins on it)
            shared += 1
            score += 1
            note("same city on the same days")
        common_orgs = a.orgs & b.orgs if a.orgs and b.orgs else None
        if common_orgs:
            shared += 1
            score += 2
            if explain:
                note("shared organizations: " + ", ".join(sorted(common_orgs)))
        names_match = False
        if a.words and b.words:
            common = a.words & b.words
            if common and 2 * len(common) >= min(len(a.words), len(b.words)):
                names_match = True
                score += 3
                if explain:
                    note("names share: " + " ".join(sorted(common)))
        if a.edition is not None and a.edition == b.edition:
            score += 2
            if explain:
                note(f"same edition: {a.edition}")
        subject_match = False
        if a.subject and b.subject and not names_match:
            if explain:
                common = _subjects_meet(sorted(a.subject), b.subject)
                if common:
                    subject_match = True
                    score += 3
                    note("same subject: " + " ".join(common))
            elif _subjects_any_meet(a.subject, b.subject):
                subject_match = True
                score += 3
        if not shared and not names_match and not (subject_match and same_city and a.fine and b.fine):
            # (a signing report that names no party: "the sides also signed a memorandum on
            # youth policy", the same city and day)
            return None
        if (a.lo is None or b.lo is None) and fit is None and not (
            names_match or (subject_match and common_sides) or (same_city and n_actors >= self._undated_actors(a))
        ):
            return None
        return score, why
