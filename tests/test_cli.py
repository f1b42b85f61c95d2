"""The command line: inputs, formats, publication dates, summary, errors and subcommands."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from eurasia_events import cli

ARTICLE_A = (
    "ORSK, June 3, 2031. Prime Minister Ada Vey of Kazakhstan paid an official visit to Russia "
    "on June 2-3. The sides signed a memorandum of understanding on river transport.\n"
)
ARTICLE_B = "Nothing about diplomacy here, only the weather.\n"


@pytest.fixture()
def news(tmp_path):
    """A folder with two .txt articles (one with a sidecar date) and a JSONL feed in a subfolder."""
    root = tmp_path / "news"
    (root / "feed").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "a.json").write_text('{"published": "2031-06-03"}', encoding="utf-8")
    (root / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    lines = [{"id": "feed-1", "text": ARTICLE_A, "published": "2031-06-04"}, {"text": ARTICLE_B}]
    (root / "feed" / "items.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return root


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class TestExtractInputs:
    def test_one_file(self, capsys, news):
        """A .txt file gives JSONL records with the file name as source."""
        code, out, err = run(capsys, "extract", str(news / "a.txt"))
        records = jsonl(out)
        assert code == 0
        assert {r["type"] for r in records} >= {"Visit", "MemorandumSigned"}
        assert all(r["source"] == str(news / "a.txt") for r in records)

    def test_folder_is_recursive(self, capsys, news):
        """A folder means every .txt and .jsonl below it; JSONL lines are articles."""
        code, out, err = run(capsys, "extract", str(news))
        sources = {r["source"] for r in jsonl(out)}
        assert code == 0
        assert sources == {str(news / "a.txt"), "feed-1"}
        assert "4 articles" in err

    def test_glob(self, capsys, news):
        """A quoted glob is expanded by the command, recursively with '**'."""
        code, out, err = run(capsys, "extract", str(news / "**" / "*.jsonl"))
        assert code == 0 and "2 articles" in err
        assert {r["source"] for r in jsonl(out)} == {"feed-1"}

    def test_duplicates_are_read_once(self, capsys, news):
        """A file named twice (directly and through its folder) is one article."""
        code, out, err = run(capsys, "extract", str(news / "a.txt"), str(news))
        assert "4 articles" in err

    def test_stdin(self, capsys, monkeypatch):
        """'-' reads one article from standard input."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE_A))
        code, out, err = run(capsys, "extract", "-", "--published", "2031-06-03")
        assert code == 0 and jsonl(out) and all(r["source"] == "<stdin>" for r in jsonl(out))


TODAY = "Prime Minister Ada Vey of Kazakhstan paid an official visit to Russia today.\n"


def visit_start(out):
    return [r["date"]["start"] for r in jsonl(out) if r["type"] == "Visit"]


class TestPublished:
    def test_sidecar_beats_the_flag(self, capsys, tmp_path):
        """article.json's 'published' is the article's date, before --published ("today" resolves to it)."""
        (tmp_path / "t.txt").write_text(TODAY, encoding="utf-8")
        (tmp_path / "t.json").write_text('{"published": "2031-06-03"}', encoding="utf-8")
        code, out, err = run(capsys, "extract", str(tmp_path / "t.txt"), "--published", "2031-01-01")
        assert visit_start(out) == ["2031-06-03"]

    def test_jsonl_field(self, capsys, tmp_path):
        """A JSONL line's 'published' is that article's date."""
        (tmp_path / "f.jsonl").write_text(json.dumps({"text": TODAY, "published": "2031-06-04"}), encoding="utf-8")
        code, out, err = run(capsys, "extract", str(tmp_path / "f.jsonl"), "--published", "2031-01-01")
        assert visit_start(out) == ["2031-06-04"]

    def test_flag_without_own_date(self, capsys, tmp_path):
        """--published is the date of articles without their own."""
        (tmp_path / "t.txt").write_text(TODAY, encoding="utf-8")
        code, out, err = run(capsys, "extract", str(tmp_path / "t.txt"), "--published", "2031-05-01")
        assert visit_start(out) == ["2031-05-01"]

    def test_dateline_last(self, capsys, tmp_path):
        """Without any other date the dateline dates the article."""
        (tmp_path / "t.txt").write_text("ORSK, June 5, 2031. " + TODAY, encoding="utf-8")
        code, out, err = run(capsys, "extract", str(tmp_path / "t.txt"))
        assert visit_start(out) == ["2031-06-05"]

    def test_bad_published_is_exit_2(self, capsys, news):
        """A bad --published stops with exit status 2 and says which value is wrong."""
        code, out, err = run(capsys, "extract", str(news), "--published", "2031-13-45")
        assert code == 2 and "--published" in err and "2031-13-45" in err and out == ""

    def test_bad_sidecar_is_exit_2(self, capsys, news):
        """A sidecar that is not JSON is an input error naming the file."""
        (news / "a.json").write_text("{oops", encoding="utf-8")
        code, out, err = run(capsys, "extract", str(news / "a.txt"))
        assert code == 2 and "a.json" in err


class TestOutputs:
    def test_csv(self, capsys, news, tmp_path):
        """-o events.csv writes CSV (format from the suffix): one row per event, flattened participants."""
        target = tmp_path / "events.csv"
        code, out, err = run(capsys, "extract", str(news / "a.txt"), "-o", str(target))
        rows = list(csv.DictReader(target.open(encoding="utf-8")))
        assert code == 0 and out == ""
        visit = next(r for r in rows if r["type"] == "Visit")
        assert "person:Ada Vey:visitor" in visit["participants"].split(";")
        assert visit["persons"] == "Ada Vey"
        assert f"-> {target}" in err

    def test_json_array(self, capsys, news):
        """--format json writes one JSON array."""
        code, out, err = run(capsys, "extract", str(news / "a.txt"), "--format", "json")
        assert isinstance(json.loads(out), list) and json.loads(out)

    def test_empty_json_array(self, capsys, news):
        """No events give an empty JSON array, not an empty output."""
        code, out, err = run(capsys, "extract", str(news / "b.txt"), "--format", "json")
        assert json.loads(out) == []

    def test_summary_line(self, capsys, news):
        """The run ends with one summary line on stderr: articles, events by type, errors."""
        code, out, err = run(capsys, "extract", str(news / "a.txt"), str(news / "b.txt"))
        lines = err.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("eurasia-events: 2 articles, ")
        assert "Visit 1" in lines[0] and lines[0].endswith("0 errors")

    def test_quiet(self, capsys, news):
        """--quiet leaves stderr empty."""
        code, out, err = run(capsys, "extract", str(news), "--quiet")
        assert code == 0 and err == "" and out

    def test_link(self, capsys, news):
        """--link writes clusters: the same visit in a.txt and in the feed is one cluster."""
        code, out, err = run(capsys, "extract", str(news), "--link")
        clusters = jsonl(out)
        assert code == 0 and "clusters" in err
        assert all({"id", "event", "members", "sources"} <= set(c) for c in clusters)
        visit = [c for c in clusters if c["event"]["type"] == "Visit"]
        assert len(visit) == 1 and visit[0]["sources"] == sorted([str(news / "a.txt"), "feed-1"])
        # each article's publication date reaches link(): the timeline carries it
        dates = {t["source"]: t["published"] for t in visit[0]["timeline"]}
        assert dates == {str(news / "a.txt"): "2031-06-03", "feed-1": "2031-06-04"}


class TestErrors:
    def test_missing_file(self, capsys, tmp_path):
        """A missing input is exit status 2 with the name in the message, and no output file."""
        target = tmp_path / "out.jsonl"
        code, out, err = run(capsys, "extract", str(tmp_path / "nope.txt"), "-o", str(target))
        assert code == 2 and "nope.txt" in err and "no such file" in err
        assert not target.exists() and list(tmp_path.iterdir()) == []

    def test_bad_input_after_good_leaves_no_partial_output(self, capsys, news, tmp_path):
        """A bad JSONL line stops the run before anything is written to -o."""
        (news / "feed" / "bad.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
        target = tmp_path / "out.jsonl"
        code, out, err = run(capsys, "extract", str(news), "-o", str(target))
        assert code == 2 and "bad.jsonl, line 1" in err and "'text'" in err
        assert not target.exists()

    def test_unmatched_glob(self, capsys, tmp_path):
        """A glob that matches nothing is an input error."""
        code, out, err = run(capsys, "extract", str(tmp_path / "*.txt"))
        assert code == 2 and "matches" in err

    def test_not_utf8(self, capsys, tmp_path):
        """A file that is not UTF-8 is an input error with the byte position."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Caf\xe9 talks".encode("latin-1"))
        code, out, err = run(capsys, "extract", str(path))
        assert code == 2 and "not UTF-8" in err

    def test_help_has_examples(self, capsys):
        """Every command's --help shows examples."""
        for command in ("extract", "link", "render", "evaluate"):
            with pytest.raises(SystemExit) as exit_info:
                cli.main([command, "--help"])
            out = capsys.readouterr().out
            assert exit_info.value.code == 0 and "examples:" in out, command


class TestOtherCommands:
    def test_render(self, capsys, news, tmp_path):
        """render writes a self-contained review page for one article."""
        target = tmp_path / "review.html"
        code, out, err = run(capsys, "render", str(news / "a.txt"), "-o", str(target))
        page = target.read_text(encoding="utf-8")
        assert code == 0 and page.startswith("<!DOCTYPE html>")
        assert 'class="ev-mark"' in page and 'class="card"' in page and "2031-06-03" in page

    def test_render_saved_records(self, capsys, news, tmp_path):
        """render --records shows records saved by extract instead of extracting again."""
        records = tmp_path / "events.jsonl"
        run(capsys, "extract", str(news / "a.txt"), "-o", str(records))
        code, out, err = run(capsys, "render", str(news / "a.txt"), "--records", str(records))
        assert code == 0 and out.count('<article class="card"') == len(jsonl(records.read_text()))

    def test_link_command(self, capsys, news, tmp_path):
        """link reads record files and writes clusters."""
        records = tmp_path / "events.jsonl"
        run(capsys, "extract", str(news), "-o", str(records))
        code, out, err = run(capsys, "link", str(records), "--format", "json")
        assert code == 0 and isinstance(json.loads(out), list) and "clusters" in err

    def test_link_published_from_articles_jsonl(self, capsys, news, tmp_path):
        """link --published reads publication dates by source from the articles' JSONL."""
        records = tmp_path / "events.jsonl"
        run(capsys, "extract", str(news / "feed" / "items.jsonl"), "-o", str(records))
        code, out, err = run(capsys, "link", str(records), "--published", str(news / "feed" / "items.jsonl"))
        timeline = [t for c in jsonl(out) for t in c["timeline"]]
        assert code == 0 and timeline and all(t["published"] == "2031-06-04" for t in timeline)

    def test_link_published_from_json_object(self, capsys, news, tmp_path):
        """link --published also takes one JSON object {source: date}; without it no dates."""
        records = tmp_path / "events.jsonl"
        run(capsys, "extract", str(news / "feed" / "items.jsonl"), "-o", str(records))
        dates = tmp_path / "published.json"
        dates.write_text('{"feed-1": "2031-06-05"}', encoding="utf-8")
        code, out, err = run(capsys, "link", str(records), "--published", str(dates))
        assert code == 0 and {t["published"] for c in jsonl(out) for t in c["timeline"]} == {"2031-06-05"}
        code, out, err = run(capsys, "link", str(records))
        assert code == 0 and {t["published"] for c in jsonl(out) for t in c["timeline"]} == {None}

    def test_link_published_errors(self, capsys, news, tmp_path):
        """A missing --published file or an unreadable date is an input error."""
        records = tmp_path / "events.jsonl"
        run(capsys, "extract", str(news / "feed" / "items.jsonl"), "-o", str(records))
        code, out, err = run(capsys, "link", str(records), "--published", str(tmp_path / "nope.json"))
        assert code == 2 and "nope.json" in err
        bad = tmp_path / "bad.json"
        bad.write_text('{"feed-1": "soon"}', encoding="utf-8")
        code, out, err = run(capsys, "link", str(records), "--published", str(bad))
        assert code == 2 and "feed-1" in err

    def test_link_refuses_articles(self, capsys, news):
        """Giving link an article file is a clear input error."""
        code, out, err = run(capsys, "link", str(news / "feed" / "items.jsonl"))
        assert code == 2 and "line 1" in err

    def test_evaluate_tiny_gold_folder(self, capsys, tmp_path):
        """evaluate scores a folder of <id>.txt + <id>.json annotations."""
        gold = tmp_path / "gold"
        gold.mkdir()
        (gold / "one.txt").write_text(ARTICLE_A, encoding="utf-8")
        record = {"type": "Visit", "participants": [
            {"kind": "person", "name": "Ada Vey", "title": "Prime Minister", "country": "KAZ", "role": "visitor"}],
            "place": {"city": None, "country": "RUS"},
            "date": {"start": "2031-06-02", "end": "2031-06-03", "granularity": "day", "text": "June 2-3"},
            "status": "past", "evidence": []}
        (gold / "one.json").write_text(json.dumps({"id": "one", "published": "2031-06-03", "events": [record]}))
        code, out, err = run(capsys, "evaluate", str(gold), "--json")
        report = json.loads(out)
        assert code == 0 and isinstance(report, dict)
        code, out, err = run(capsys, "evaluate", str(gold))
        assert code == 0 and "Visit" in out

    def test_no_command_prints_help(self, capsys):
        """Without a command the usage is printed and the status is 2."""
        code, out, err = run(capsys)
        assert code == 2 and "extract" in out


def test_python_m_subprocess(news):
    """python -m eurasia_events runs the CLI in a fresh process: stdout records, stderr summary."""
    result = subprocess.run(
        [sys.executable, "-m", "eurasia_events", "extract", str(news / "a.txt"), "--format", "csv"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("id,source,type,")
    assert result.stderr.startswith("eurasia-events: 1 article, ")
