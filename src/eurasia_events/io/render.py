"""Visual review: one self-contained HTML page per article with its event records.

:func:`render` highlights each event's evidence sentences in the article text (a tint of
the type's colour, displaCy style), marks the trigger, actors, places and dates found
inside them, shows a card per event with its normalized fields and a timeline of the
events by date. The page has no external CSS, scripts, fonts or images: it opens offline
and can be mailed or archived as one file. Everything taken from the text or the records
is HTML-escaped.

Example:
    >>> import datetime
    >>> from eurasia_events.model import Visit, Evidence, Place, DateSpan
    >>> text = "Ali Khan visited Baku on May 2. Nothing else."
    >>> v = Visit(evidence=[Evidence(0, 31, text[:31])], place=Place("Baku", "AZE"),
    ...           date=DateSpan.day(datetime.date(2025, 5, 2), "May 2"), trigger="visited")
    >>> page = render(text, [v], title="Example")
    >>> page.startswith("<!DOCTYPE html>"), 'class="ev-mark' in page, 'id="event-1"' in page
    (True, True, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime
import hashlib
import re
from html import escape
from typing import Any, Iterable, Mapping, Sequence

from ..errors import InputTypeError, InputValueError, RecordError
from ..model.events import Event

__all__ = ["render", "TYPE_COLORS", "type_color"]

#: The colour of each built-in event type (marks, cards, timeline).
TYPE_COLORS: dict[str, str] = {
    "Summit": "#e07a1f",
    "Visit": "#1f9e89",
    "Meeting": "#3a6fb0",
    "Forum": "#8e5bd0",
    "MemorandumSigned": "#d1457d",
    "AgreementSigned": "#c0392b",
}

#: Role marks inside the evidence: css class suffix, label and colours (background, text).
_ROLES = {
    "trigger": ("trigger", None),
    "actor": ("actor", "#e9e3ff"),
    "place": ("place", "#ffe8b8"),
    "date": ("date", "#d3f0e6"),
}
_ROLE_ORDER = {"trigger": 0, "actor": 1, "place": 2, "date": 3}


def type_color(event_type: str) -> str:
    """The colour of an event type: built-in ones from :data:`TYPE_COLORS`, others derived
    from the name (stable across runs).

    Example:
        >>> type_color("Summit")
        '#e07a1f'
    """
    if event_type in TYPE_COLORS:
        return TYPE_COLORS[event_type]
    hue = int(hashlib.blake2b(event_type.encode("utf-8"), digest_size=2).hexdigest(), 16) % 360
    # hsl(h, 45%, 45%) as hex, so that alpha suffixes work everywhere
    import colorsys

    r, g, b = colorsys.hls_to_rgb(hue / 360, 0.45, 0.45)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


# --------------------------------------------------------------------------- input checks


def _as_events(events: Iterable[Any]) -> list[Event]:
    if isinstance(events, (Event, Mapping, str)):
        raise InputTypeError(f"events must be a list of Event records, got a single {type(events).__name__}")
    out = []
    for i, item in enumerate(events):
        if isinstance(item, Event):
            out.append(item)
        elif isinstance(item, Mapping):
            try:
                out.append(Event.from_dict(item))
            except RecordError as err:
                raise RecordError(f"event {i + 1}: {err}") from None
        else:
            raise InputTypeError(f"events must be Event records or their dicts; item {i + 1} is a {type(item).__name__}")
    return out


def _check_evidence(text: str, events: Sequence[Event]) -> None:
    for n, event in enumerate(events, 1):
        for ev in event.evidence:
            if ev.end > len(text):
                raise InputValueError(
                    f"event {n} ({event.type}): evidence {ev.start}-{ev.end} lies beyond the end of the text "
                    f"({len(text)} characters); render records with the text they were extracted from"
                )
            if ev.text is not None and text[ev.start : ev.end] != ev.text:
                raise InputValueError(
                    f"event {n} ({event.type}): evidence {ev.start}-{ev.end} is {ev.text[:50]!r} in the record "
                    f"but {text[ev.start:ev.end][:50]!r} in the text; render records with the text they were "
                    "extracted from"
                )


# --------------------------------------------------------------------------- role marks


def _finditer(needle: str, hay: str, offset: int) -> Iterable[tuple[int, int]]:
    needle = needle.strip()
    if not needle:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE)
    return [(offset + m.start(), offset + m.end()) for m in pattern.finditer(hay)]


def _role_needles(event: Event) -> list[tuple[str, list[str]]]:
    """(role, [alternatives, best first]) to look for inside the evidence."""
    out: list[tuple[str, list[str]]] = []
    if event.trigger:
        out.append(("trigger", [event.trigger]))
    for p in event.participants:
        alts = [p.name]
        if p.kind == "person" and len(p.name.split()) > 1:
            alts.append(p.name.split()[-1])  # "Putin" for "Vladimir Putin"
        if p.kind == "country" and p.code:
            alts.append(p.code)
        out.append(("actor", alts))
    for org in event.organizations:
        out.append(("actor", [org]))
    if event.place is not None and event.place.city:
        out.append(("place", [event.place.city]))
    if event.date is not None and event.date.text:
        out.append(("date", [event.date.text]))
    return out


def _role_spans(text: str, events: Sequence[Event]) -> list[tuple[int, int, str, tuple[int, ...]]]:
    """Non-overlapping (start, end, role, event numbers) marks inside evidence spans."""
    found: dict[tuple[int, int, str], set[int]] = {}
    for n, event in enumerate(events, 1):
        for role, alts in _role_needles(event):
            for ev in event.evidence:
                hay = text[ev.start : ev.end]
                for alt in alts:
                    hits = list(_finditer(alt, hay, ev.start))
                    if hits:
                        for s, e in hits:
                            found.setdefault((s, e, role), set()).add(n)
                        break
    # longest first, then by role priority; drop anything overlapping a kept mark
    ordered = sorted(found.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), _ROLE_ORDER[kv[0][2]], kv[0][0]))
    kept: list[tuple[int, int, str, tuple[int, ...]]] = []
    for (s, e, role), numbers in ordered:
        if all(e <= ks or s >= ke for ks, ke, _r, _n in kept):
            kept.append((s, e, role, tuple(sorted(numbers))))
    return sorted(kept)


# --------------------------------------------------------------------------- text


def _render_text(text: str, events: Sequence[Event]) -> str:
    starts: dict[int, list[tuple[int, int]]] = {}  # offset -> [(event number, evidence index)]
    cover: list[tuple[int, int, int]] = []  # (start, end, event number)
    for n, event in enumerate(events, 1):
        for k, ev in enumerate(event.evidence):
            if ev.end > ev.start:
                cover.append((ev.start, ev.end, n))
                starts.setdefault(ev.start, []).append((n, k))
    roles = _role_spans(text, events)
    cuts = {0, len(text)}
    for s, e, _n in cover:
        cuts.update((s, e))
    for s, e, _r, _n in roles:
        cuts.update((s, e))
    bounds = sorted(cuts)
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        for n, k in starts.get(a, ()):
            event = events[n - 1]
            color = type_color(event.type)
            parts.append(
                f'<a class="ev-badge" id="ev-{n}-{k}" href="#event-{n}" style="background:{color}" '
                f'title="{escape(event.type)} #{n}: go to its card">{n}&#8239;{escape(event.type)}</a>'
            )
        chunk = escape(text[a:b])
        role = next(((s, e, r, ns) for s, e, r, ns in roles if s <= a and b <= e), None)
        if role is not None:
            r_start, r_end, name, numbers = role
            style = ""
            if name == "trigger":
                style = f' style="border-color:{type_color(events[numbers[0] - 1].type)}"'
            label = f'<span class="role-label">{name}</span>' if b == r_end else ""
            chunk = (
                f'<span class="role role-{name}" data-events="{" ".join(map(str, numbers))}"{style}>'
                f"{chunk}{label}</span>"
            )
        covering = [n for s, e, n in cover if s <= a and b <= e]
        if covering:
            colors = [type_color(events[n - 1].type) for n in covering]
            shadows = ", ".join(f"inset 0 -{3 * (i + 1)}px 0 {c}" for i, c in enumerate(colors))
            chunk = (
                f'<mark class="ev-mark" data-events="{" ".join(map(str, covering))}" '
                f'style="background:{colors[0]}26; box-shadow:{shadows}">{chunk}</mark>'
            )
        parts.append(chunk)
    return "".join(parts)


# --------------------------------------------------------------------------- cards


def _fmt_date(date: Any) -> str:
    if date is None:
        return '<span class="none">no date</span>'
    if date.start is None:
        span = "year unknown"
    elif date.end is None:
        span = f"{date.start.isoformat()} &ndash; open"
    elif date.start == date.end:
        span = date.start.isoformat()
    else:
        span = f"{date.start.isoformat()} &ndash; {date.end.isoformat()}"
    bits = [f"<strong>{span}</strong>", f'<span class="muted">{escape(date.granularity)}</span>']
    if date.mod:
        bits.append(f'<span class="muted">{escape(date.mod)}</span>')
    if date.text:
        bits.append(f'<span class="quote">&ldquo;{escape(date.text)}&rdquo;</span>')
    else:
        bits.append('<span class="muted">(from the publication date)</span>')
    return " ".join(bits)


def _fmt_place(place: Any) -> str:
    if place is None or (place.city is None and place.country is None):
        return '<span class="none">no place</span>'
    city = escape(place.city) if place.city else '<span class="none">city unknown</span>'
    country = f' <span class="code">{escape(place.country)}</span>' if place.country else ""
    return f"<strong>{city}</strong>{country}"


def _participants_table(event: Event) -> str:
    if not event.participants:
        return '<p class="none">no participants</p>'
    rows = []
    for p in event.participants:
        if p.kind == "person":
            detail = " ".join(x for x in (escape(p.title or ""), f'<span class="code">{escape(p.country)}</span>' if p.country else "") if x)
        elif p.kind == "country":
            detail = f'<span class="code">{escape(p.code or "")}</span>'
        else:
            detail = ""
        rows.append(
            f'<tr><td class="kindcell"><span class="kind kind-{escape(p.kind)}" title="{escape(p.kind)}">{escape(p.kind[:3])}</span></td>'
            f"<td>{escape(p.name)}</td><td>{detail}</td>"
            f'<td><span class="roletag">{escape(p.role)}</span></td></tr>'
        )
    return f'<table class="parts">{"".join(rows)}</table>'


def _card(n: int, event: Event) -> str:
    color = type_color(event.type)
    name = escape(event.name) if event.name else '<span class="none">unnamed</span>'
    fields = [
        ("status", f'<span class="status status-{escape(event.status)}">{escape(event.status)}</span>'),
        ("date", _fmt_date(event.date)),
        ("place", _fmt_place(event.place)),
    ]
    if event.edition is not None:
        fields.append(("edition", str(int(event.edition))))
    if event.organizations:
        fields.append(("framework", " ".join(f'<span class="code">{escape(o)}</span>' for o in event.organizations)))
    if event.trigger:
        fields.append(("trigger", f'<span class="quote">&ldquo;{escape(event.trigger)}&rdquo;</span>'))
    extra = {k: v for k, v in event.to_dict().items() if k not in {
        "type", "name", "edition", "organizations", "participants", "place", "date", "status", "evidence", "trigger", "source"}}
    for key, value in extra.items():
        fields.append((escape(key), escape(str(value))))
    links = " ".join(f'<a href="#ev-{n}-{k}">{k + 1}</a>' for k in range(len(event.evidence)))
    fields.append(("evidence", links or '<span class="none">none</span>'))
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
    return (
        f'<article class="card" id="event-{n}" data-type="{escape(event.type)}" style="border-left-color:{color}">'
        f'<header><span class="num" style="background:{color}">{n}</span>'
        f'<span class="type" style="color:{color}">{escape(event.type)}</span></header>'
        f'<h3>{name}</h3><table class="fields">{rows}</table>'
        f"{_participants_table(event)}</article>"
    )


# --------------------------------------------------------------------------- timeline


def _ticks(lo: datetime.date, hi: datetime.date) -> list[tuple[datetime.date, str]]:
    days = (hi - lo).days
    out: list[tuple[datetime.date, str]] = []
    if days <= 45:
        step = max(1, days // 8 or 1)
        d = lo
        while d <= hi:
            out.append((d, d.strftime("%b %d").replace(" 0", " ")))
            d += datetime.timedelta(days=step)
        return out
    months = days // 30
    step = 1 if months <= 10 else 3 if months <= 30 else 6 if months <= 60 else 12
    y, m = lo.year, lo.month
    if lo.day > 1:
        m += 1
    while True:
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        d = datetime.date(y, m, 1)
        if d > hi:
            break
        if (m - 1) % step == 0:
            out.append((d, d.strftime("%b %Y") if step < 12 else str(y)))
        m += 1
    return out


def _timeline(events: Sequence[Event], published: datetime.date | None) -> str:
    dated = [(n, e) for n, e in enumerate(events, 1) if e.date is not None and e.date.start is not None]
    undated = [n for n, e in enumerate(events, 1) if n not in {m for m, _ in dated}]
    if not dated:
        return '<p class="none">No event has a date.</p>' if events else ""
    starts = [e.date.start for _, e in dated]
    ends = [e.date.end or max(e.date.start, published or e.date.start) for _, e in dated]
    lo, hi = min(starts + ([published] if published else [])), max(ends + ([published] if published else []))
    span = max((hi - lo).days, 1)
    pad = max(1, span // 20)
    lo, hi = lo - datetime.timedelta(days=pad), hi + datetime.timedelta(days=pad)
    total = (hi - lo).days + 1
    left, width, row_h, top = 190, 780, 24, 28
    height = top + row_h * len(dated) + 8

    def x(d: datetime.date, end: bool = False) -> float:
        return left + width * ((d - lo).days + (1 if end else 0)) / total

    parts = [
        f'<svg class="timeline" viewBox="0 0 {left + width + 20} {height}" role="img" '
        f'aria-label="Timeline of the events by date">'
    ]
    for d, label in _ticks(lo, hi):
        xx = x(d)
        parts.append(f'<line x1="{xx:.1f}" y1="{top - 6}" x2="{xx:.1f}" y2="{height - 4}" class="tick"/>')
        parts.append(f'<text x="{xx:.1f}" y="{top - 11}" class="ticklabel">{escape(label)}</text>')
    if published is not None:
        xx = x(published) + (x(published, True) - x(published)) / 2
        parts.append(f'<line x1="{xx:.1f}" y1="{top - 6}" x2="{xx:.1f}" y2="{height - 4}" class="pub"/>')
        parts.append(f'<text x="{xx + 4:.1f}" y="{height - 6}" class="publabel">published</text>')
    for row, (n, e) in enumerate(sorted(dated, key=lambda ne: (ne[1].date.start, ne[0]))):
        y = top + row * row_h
        color = type_color(e.type)
        end = e.date.end or hi
        x1, x2 = x(e.date.start), max(x(end, True), x(e.date.start) + 6)
        dash = ' stroke-dasharray="4 3"' if e.status == "planned" else ""
        label = f"{n} {e.type}" + (f" \u00b7 {e.name}" if e.name else "")
        if len(label) > 30:
            label = label[:29] + "\u2026"
        parts.append(
            f'<a href="#event-{n}"><g class="tl-row" data-event="{n}">'
            f"<title>{escape(e.type)} #{n}: {escape(e.date.start.isoformat())}"
            f"{' to ' + escape(e.date.end.isoformat()) if e.date.end and e.date.end != e.date.start else ''}"
            f" ({escape(e.date.granularity)}, {escape(e.status)})</title>"
            f'<text x="{left - 8}" y="{y + 15}" class="rowlabel">{escape(label)}</text>'
            f'<rect x="{x1:.1f}" y="{y + 4}" width="{x2 - x1:.1f}" height="{row_h - 8}" rx="4" '
            f'fill="{color}" fill-opacity="{0.25 if e.status == "planned" else 0.9}" stroke="{color}" '
            f'stroke-width="1.5"{dash}/></g></a>'
        )
    parts.append("</svg>")
    if undated:
        parts.append(
            '<p class="muted small">No date: '
            + ", ".join(f'<a href="#event-{n}">{n} {escape(events[n - 1].type)}</a>' for n in undated)
            + "</p>"
        )
    return "".join(parts)


# --------------------------------------------------------------------------- page

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
color:#1d2330;background:#f4f5f8}
header.page{padding:18px 28px 10px;background:#fff;border-bottom:1px solid #e2e5ec}
header.page h1{margin:0 0 4px;font-size:21px;font-weight:650}
.meta{color:#5d6577;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:10px;font-size:13px}
.legend span{display:inline-flex;align-items:center;gap:5px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:3px}
.legend .rl{padding:0 6px;border-radius:4px;font-size:12px}
section.tl{background:#fff;margin:14px 28px 0;padding:10px 16px 6px;border:1px solid #e2e5ec;border-radius:10px}
section.tl h2,aside h2,main h2{font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:#5d6577;margin:2px 0 8px}
svg.timeline{width:100%;height:auto;display:block;font-size:12px}
svg .tick{stroke:#e6e8ee;stroke-width:1}
svg .ticklabel{fill:#7a8294;text-anchor:middle;font-size:11px}
svg .rowlabel{fill:#33394a;text-anchor:end;font-size:12px}
svg .pub{stroke:#1d2330;stroke-width:1.5;stroke-dasharray:2 3}
svg .publabel{fill:#1d2330;font-size:11px}
svg a:hover rect{stroke-width:3}
.wrap{display:grid;grid-template-columns:minmax(0,1.35fr) minmax(340px,1fr);gap:18px;padding:14px 28px 40px;align-items:start}
main{background:#fff;border:1px solid #e2e5ec;border-radius:10px;padding:14px 22px 18px}
.text{white-space:pre-wrap;line-height:2.15;font-size:15.5px}
mark.ev-mark{color:inherit;padding:3px 0 5px;border-radius:2px}
a.ev-badge{display:inline-block;color:#fff;font-size:10.5px;font-weight:650;line-height:1.45;padding:0 5px;
border-radius:3px;margin-right:3px;text-decoration:none;vertical-align:2px;white-space:nowrap}
.role{padding:1px 4px;border-radius:4px;white-space:nowrap}
.role-trigger{font-weight:700;border-bottom:2.5px solid;border-radius:0;padding:0 1px}
.role-actor{background:#e9e3ff}
.role-place{background:#ffe8b8}
.role-date{background:#d3f0e6}
.role-label{font-size:9px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#4b5263;
margin-left:4px;vertical-align:1px;opacity:.8}
aside{position:sticky;top:10px;max-height:calc(100vh - 20px);overflow:auto;padding-right:4px}
.card{background:#fff;border:1px solid #e2e5ec;border-left:5px solid;border-radius:10px;padding:10px 14px 12px;margin-bottom:12px}
.card:target{box-shadow:0 0 0 3px #3a6fb055}
.card header{display:flex;align-items:center;gap:8px}
.card .num{color:#fff;font-weight:700;font-size:12px;border-radius:10px;min-width:22px;text-align:center;padding:1px 6px}
.card .type{font-weight:650;font-size:13px;letter-spacing:.02em}
.card h3{margin:4px 0 6px;font-size:16px;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:13px}
.fields th{text-align:left;color:#7a8294;font-weight:500;width:78px;vertical-align:top;padding:2px 6px 2px 0}
.fields td{padding:2px 0}
.parts{margin-top:6px;border-top:1px solid #eef0f4}
.parts td{padding:3px 6px 3px 0;border-bottom:1px solid #f2f3f6}
.kind{display:inline-block;font-size:9.5px;font-weight:650;text-transform:uppercase;color:#fff;text-align:center;
width:32px;border-radius:3px;line-height:16px}
td.kindcell{width:38px;vertical-align:top;padding-top:5px!important}
.parts td{vertical-align:top}
.kind-person{background:#8a78d6}.kind-country{background:#c9962b}.kind-organization{background:#4a8f7d}
.code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:12px;
background:#eef0f5;border-radius:3px;padding:0 4px}
.roletag{font-size:11.5px;color:#44506a;background:#f0f2f7;border-radius:9px;padding:0 7px}
.status{font-size:12px;font-weight:600;border-radius:9px;padding:0 8px}
.status-past{background:#e4e7ee;color:#444d60}.status-ongoing{background:#d7f2dd;color:#1e6b32}
.status-planned{background:#fff0cc;color:#8a5a00}
.quote{color:#4b5263;font-style:italic}
.muted{color:#7a8294}.small{font-size:12.5px}.none{color:#a0a6b4;font-style:italic}
a{color:#3a6fb0}
@media (max-width:900px){.wrap{grid-template-columns:1fr}aside{position:static;max-height:none}}
"""


def render(
    text: str,
    events: Iterable[Event | Mapping[str, Any]],
    *,
    title: str | None = None,
    published: datetime.date | str | None = None,
) -> str:
    """A self-contained HTML page to review the event records of one article.

    The article text is shown with each event's evidence spans highlighted in its type's
    colour and numbered; inside them, the trigger (``event.trigger``), the participants
    and framework organizations, the place's city and the date's text are marked where a
    string search finds them. Beside the text, one card per event lists its normalized
    fields; above, a timeline draws each dated event as a bar (planned ones hollow and
    dashed) with the publication date as a dotted line.

    Args:
        text: the article text the records were extracted from (evidence offsets refer
            to it).
        events: :class:`~eurasia_events.model.events.Event` records or their dicts.
        title: the page title (default: "Event review").
        published: the publication date, drawn on the timeline and shown in the header.

    Returns:
        The HTML page as a string; no external resources.

    Raises:
        InputTypeError: ``text`` is not a str, or ``events`` holds something else than records.
        InputValueError: an evidence span does not fit the text.

    Example:
        >>> from eurasia_events import extract
        >>> text = "Kyrgyzstan and Tajikistan signed a memorandum in Bishkek on February 18, 2025."
        >>> page = render(text, extract(text), title="Bishkek")
        >>> page.startswith("<!DOCTYPE html>"), "MemorandumSigned" in page
        (True, True)

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise InputTypeError(f"text must be a str, got {type(text).__name__}")
    records = _as_events(events)
    _check_evidence(text, records)
    if published is not None and not isinstance(published, datetime.date):
        from ..dates import coerce_published

        published = coerce_published(published)
    if isinstance(published, datetime.datetime):
        published = published.date()
    page_title = title or "Event review"
    counts: dict[str, int] = {}
    for e in records:
        counts[e.type] = counts.get(e.type, 0) + 1
    legend = "".join(
        f'<span><i style="background:{type_color(t)}"></i>{escape(t)} {c}</span>' for t, c in counts.items()
    )
    legend += "".join(
        f'<span><span class="rl role-{r}">{r}</span></span>'
        for r in ("trigger", "actor", "place", "date")
    )
    sources = sorted({e.source for e in records if e.source})
    meta = [f"{len(records)} event{'s' if len(records) != 1 else ''}"]
    if published:
        meta.append(f"published {published.isoformat()}")
    if sources:
        meta.append("source " + ", ".join(escape(s) for s in sources))
    cards = "".join(_card(n, e) for n, e in enumerate(records, 1)) or '<p class="none">No events found.</p>'
    timeline = _timeline(records, published if isinstance(published, datetime.date) else None)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="eurasia_events">'
        f"<title>{escape(page_title)}</title><style>{_CSS}</style></head><body>"
        f'<header class="page"><h1>{escape(page_title)}</h1><div class="meta">{" &middot; ".join(meta)}</div>'
        f'<div class="legend">{legend}</div></header>'
        + (f'<section class="tl"><h2>Timeline</h2>{timeline}</section>' if timeline else "")
        + f'<div class="wrap"><main><h2>Article</h2><div class="text">{_render_text(text, records)}</div></main>'
        f'<aside><h2>Events</h2>{cards}</aside></div></body></html>\n'
    )
