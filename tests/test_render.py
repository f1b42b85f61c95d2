"""The HTML review page: marks, cards, timeline, escaping, offline, and a real browser."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import eurasia_events as ee
from eurasia_events.errors import InputTypeError, InputValueError
from eurasia_events.io.render import render, type_color

TEXT = (
    "ORSK, June 3, 2031. Prime Minister Ada Vey of Kazakhstan paid a visit to Orsk on June 2. "
    "Vey and Governor Lin Tao signed a memorandum <on> trade & \"roads\"."
)
VISIT_END = TEXT.index("Vey and")
MOU_START = VISIT_END


def _events() -> list[ee.Event]:
    visit = ee.Visit(
        participants=[ee.Participant.person("Ada Vey", title="Prime Minister", country="KAZ", role="visitor")],
        place=ee.Place("Orsk", "RUS"),
        date=ee.DateSpan.day(datetime.date(2031, 6, 2), "June 2"),
        evidence=[ee.Evidence(20, VISIT_END - 1, TEXT[20 : VISIT_END - 1])],
        trigger="visit",
        source="orsk.txt",
    )
    mou = ee.MemorandumSigned(
        name="<script>alert(1)</script>",
        participants=[ee.Participant.person("Ada Vey", country="KAZ", role="signatory"),
                      ee.Participant.person("Lin Tao", role="signatory")],
        date=ee.DateSpan(datetime.date(2031, 7, 1), datetime.date(2031, 9, 30), "quarter", None),
        status="planned",
        evidence=[ee.Evidence(MOU_START, len(TEXT), TEXT[MOU_START:])],
        trigger="memorandum",
    )
    return [visit, mou]


@pytest.fixture()
def page() -> str:
    return render(TEXT, _events(), title="Orsk <review>", published="2031-06-03")


class TestMarks:
    def test_evidence_marks_per_event(self, page):
        """Each evidence span is a mark tagged with its event number and a badge linking to its card."""
        assert re.search(r'<mark class="ev-mark" data-events="1"', page)
        assert re.search(r'<mark class="ev-mark" data-events="2"', page)
        assert 'href="#event-1"' in page and 'id="ev-2-0"' in page

    def test_roles_inside_evidence(self, page):
        """Trigger, actor, place and date are marked inside the evidence by string search."""
        assert re.search(r'class="role role-trigger"[^>]*>visit<', page)
        assert re.search(r'class="role role-actor"[^>]*>Ada Vey<', page)
        assert re.search(r'class="role role-place"[^>]*>Orsk<', page)
        assert re.search(r'class="role role-date"[^>]*>June 2<', page)
        assert re.search(r'class="role role-actor"[^>]*>Vey<', page)  # surname of Ada Vey
        # "Orsk" in the dateline lies outside the evidence and stays unmarked
        assert page.count('role-place" data-events') == 1

    def test_type_colour(self, page):
        """Marks and cards use the type's colour."""
        assert type_color("Visit") in page and type_color("MemorandumSigned") in page
        assert type_color("Exercise").startswith("#") and len(type_color("Exercise")) == 7


class TestCards:
    def test_one_card_per_event(self, page):
        """Every event has a card with its type, status, date and participants."""
        assert page.count('<article class="card"') == 2
        card = page[page.index('id="event-1"') : page.index('id="event-2"')]
        assert "Visit" in card and "2031-06-02" in card and "Ada Vey" in card and "visitor" in card
        assert "status-past" in card and "Orsk" in card and "RUS" in card

    def test_timeline(self, page):
        """The timeline is inline SVG with one bar per dated event; planned ones are dashed."""
        svg = page[page.index("<svg") : page.index("</svg>")]
        assert svg.count("<rect") == 2
        assert "stroke-dasharray" in svg
        assert "published" in svg

    def test_no_events(self):
        """A text without events still gives a page that says so."""
        assert "No events found." in render("Nothing happened.", [])


class TestSafety:
    def test_everything_is_escaped(self, page):
        """Text, names and title are HTML-escaped: no injected tags survive."""
        assert "<script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "&lt;on&gt; trade &amp; &quot;roads&quot;" in page
        assert "<title>Orsk &lt;review&gt;</title>" in page

    def test_offline(self, page):
        """The page loads nothing: no src/href to http(s), no <link> or <script>."""
        assert not re.search(r'(?:src|href)\s*=\s*["\']?\s*(?:https?:)?//', page, re.I)
        assert "<link" not in page and "<script" not in page and "@import" not in page

    def test_evidence_must_fit_the_text(self):
        """Records from another text are refused with a clear message."""
        with pytest.raises(InputValueError, match="extracted from"):
            render("Short text.", _events())

    def test_events_must_be_records(self):
        """A wrong events argument is an InputTypeError."""
        with pytest.raises(InputTypeError):
            render(TEXT, ["not a record"])
        with pytest.raises(InputTypeError):
            render(TEXT, _events()[0])

    def test_dicts_are_accepted(self):
        """Spec dicts render like records."""
        assert 'id="event-2"' in render(TEXT, [e.to_dict() for e in _events()])


# --------------------------------------------------------------------------- browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
)
SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "images" / "review.png"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles" / "sco_summit_astana.txt"


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
class TestBrowser:
    def test_dom_has_marks_and_cards(self, tmp_path, page):
        """Headless Chromium parses the page into a DOM with the marks, role marks and cards."""
        html = tmp_path / "review.html"
        html.write_text(page, encoding="utf-8")
        result = _chromium(tmp_path, "--dump-dom", html.as_uri())
        dom = result.stdout
        assert result.returncode == 0, result.stderr[-2000:]
        assert dom.count('class="ev-mark"') >= 2
        assert 'class="role role-trigger"' in dom
        assert dom.count('class="card"') == 2
        assert "<svg" in dom and "<script>alert" not in dom

    def test_screenshot_of_an_example_article(self, tmp_path):
        """The review page of an example article renders to a screenshot (the one in docs/review.md)."""
        text = EXAMPLE.read_text(encoding="utf-8")
        from eurasia_events.extraction.extractor import Extractor

        events = Extractor().extract(text, "2024-07-04", source=f"examples/articles/{EXAMPLE.name}")
        html = tmp_path / "review.html"
        html.write_text(render(text, events, title="SCO summit in Astana", published="2024-07-04"), encoding="utf-8")
        # EURASIA_EVENTS_UPDATE_SCREENSHOT=1 refreshes docs/images/review.png (see docs/review.md)
        shot = SCREENSHOT if os.environ.get("EURASIA_EVENTS_UPDATE_SCREENSHOT") else tmp_path / "review.png"
        result = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", html.as_uri())
        assert result.returncode == 0, result.stderr[-2000:]
        assert shot.is_file() and shot.stat().st_size > 10_000
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
