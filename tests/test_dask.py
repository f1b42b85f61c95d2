"""The Dask recipe (examples/dask_corpus.py) on a LocalCluster gives Extractor().extract per file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

SCRIPT = Path(__file__).resolve().parents[1] / "examples" / "dask_corpus.py"

# Our own short articles.
TEXTS = {
    "a_summit.txt": (
        "DUSHANBE, June 2, 2025. The leaders of Tajikistan, Kyrgyzstan and Uzbekistan gathered in Dushanbe "
        "for a trilateral summit on Monday.\n\nThe presidents signed an agreement on the junction point of "
        "their state borders."
    ),
    "b_visit.txt": (
        "Azerbaijani President Ilham Aliyev arrived in Ankara on a working visit on Tuesday.\n\n"
        "He held talks with Turkish President Recep Tayyip Erdogan on energy and transport."
    ),
    "c_forum.txt": "The Astana International Forum will take place in Astana on 29-30 May 2026, the organizers said.",
    "d_nothing.txt": "Wheat prices rose slightly in regional markets this week.",
    "sub/e_meeting.txt": "The foreign ministers of Russia and Mongolia met in Ulaanbaatar on 14 April 2025.",
}


# Extractor().extract per file, in sorted path order, as JSON records.
REFERENCE = """
import json, sys
from pathlib import Path
import eurasia_events as ee
folder = Path(sys.argv[1])
ex = ee.Extractor()
out = []
for path in sorted(folder.glob("**/*.txt")):
    name = path.relative_to(folder).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        continue
    out.extend(e.to_dict() for e in ex.extract(text, "2025-06-03", source=name))
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask_corpus")
    for name, text in TEXTS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe not UTF-8 \xff")
    return folder


class TestDaskCorpus:
    def test_output_equals_extract_per_file(self, corpus, tmp_path):
        """Two LocalCluster workers write, in file order, exactly the records of
        Extractor().extract(text, source=name) per file; an unreadable file is reported."""
        out = tmp_path / "events.jsonl"
        # the same hash seed in the workers and in the reference process: results currently
        # depend on it (see test_robustness.py::TestDeterminism), which is not what this tests
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        proc = subprocess.run(
            [sys.executable, str(SCRIPT), str(corpus), "--out", str(out), "--glob", "**/*.txt",
             "--workers", "2", "--files-per-partition", "2", "--published", "2025-06-03"],
            capture_output=True, text=True, timeout=120, env=env,
        )
        assert proc.returncode == 0, proc.stderr
        assert "broken.txt: cannot read" in proc.stderr
        got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        reference = subprocess.run([sys.executable, "-c", REFERENCE, str(corpus)], capture_output=True, text=True,
                                   timeout=60, env=env, check=True)
        expected = json.loads(reference.stdout)
        assert len(expected) >= 4
        assert got == expected
        assert {r["source"] for r in got} <= set(TEXTS)

    def test_partition_function_without_cluster(self, corpus):
        """The partition function also runs outside a worker, building its own Extractor."""
        import importlib.util

        spec = importlib.util.spec_from_file_location("dask_corpus", SCRIPT)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        items = module.list_files(corpus, "*.txt")
        records = module.extract_files(items, published="2025-06-03")
        assert [r["source"] for r in records if "error" in r] == ["broken.txt"]
        assert any(r.get("type") == "Summit" for r in records)
