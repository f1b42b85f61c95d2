"""Extract events from a folder of texts on a Dask cluster and write JSONL.

Each worker builds its :class:`eurasia_events.Extractor` once, in a worker plugin, and
every partition of files it receives goes through ``Extractor.pipe`` (the batch API) with
``on_error="record"``, so one unreadable or failing file costs one line on stderr, not
the job. The output has one event record a line, each with ``source`` set to the file's
path relative to the folder, files in sorted order and events in text order, so it equals
``Extractor().extract(text, source=name)`` run file by file.

Without ``--scheduler`` a ``LocalCluster`` of ``--workers`` processes (one thread each:
spaCy holds the GIL) is started; with ``--scheduler tcp://host:8786`` the same code runs on
a real cluster, whose workers need ``eurasia-events`` installed and the folder readable at
the same path (a shared file system).

Usage::

    pip install 'dask[distributed]'
    python examples/dask_corpus.py texts/ --out events.jsonl --workers 4
    python examples/dask_corpus.py /shared/texts --out events.jsonl --scheduler tcp://10.0.0.5:8786
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

from distributed import WorkerPlugin

PLUGIN_NAME = "eurasia-events-extractor"


class ExtractorPlugin(WorkerPlugin):
    """A Dask worker plugin that builds one Extractor per worker, at worker start.

    Dask calls ``setup`` once on every worker (also on workers that join later); tasks
    then fetch the Extractor with :func:`worker_extractor`.
    """

    name = PLUGIN_NAME

    def __init__(self, model: str | None = None) -> None:
        super().__init__()
        self.model = model
        self.extractor: Any = None

    def setup(self, worker: Any) -> None:
        import eurasia_events as ee

        self.extractor = ee.Extractor(model=self.model)

    def teardown(self, worker: Any) -> None:
        self.extractor = None


def worker_extractor(model: str | None = None) -> Any:
    """This worker's Extractor; outside a worker (or without the plugin) a new one."""
    try:
        from distributed import get_worker

        plugin = get_worker().plugins.get(PLUGIN_NAME)
        if plugin is not None and plugin.extractor is not None and plugin.model == model:
            return plugin.extractor
    except (ImportError, ValueError):  # ValueError: not running on a worker
        pass
    import eurasia_events as ee

    return ee.Extractor(model=model)


def extract_files(items: Iterable[tuple[str, str]], model: str | None = None, published: str | None = None,
                  batch_size: int = 32) -> list[dict[str, Any]]:
    """Extract every ``(path, source)`` of a partition; records in order, failures as error dicts."""
    ex = worker_extractor(model)
    out: list[dict[str, Any]] = []

    def texts():
        for path, source in items:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                out.append({"source": source, "error": f"cannot read {path}: {err}"})
                continue
            yield text, {"source": source, "published": published}

    for result, context in ex.pipe(texts(), as_tuples=True, batch_size=batch_size, on_error="record"):
        if isinstance(result, list):
            out.extend(event.to_dict() for event in result)
        else:
            out.append({"source": context["source"], "error": str(result.error)})
    return out


def list_files(folder: Path, pattern: str) -> list[tuple[str, str]]:
    """``(absolute path, path relative to folder)`` of every matching file, sorted."""
    return [(str(p.resolve()), p.relative_to(folder).as_posix()) for p in sorted(folder.glob(pattern)) if p.is_file()]


def run(folder: Path, out: Path, *, scheduler: str | None = None, workers: int = 2, pattern: str = "*.txt",
        files_per_partition: int = 50, model: str | None = None, published: str | None = None) -> dict[str, int]:
    """Run the job; returns counts of files, records and errors."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    files = list_files(folder, pattern)
    if not files:
        raise SystemExit(f"no files match {pattern!r} in {folder}")
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    counts = {"files": len(files), "records": 0, "errors": 0}
    try:
        client.register_plugin(ExtractorPlugin(model), name=PLUGIN_NAME)
        npartitions = max(1, -(-len(files) // files_per_partition))
        bag = db.from_sequence(files, npartitions=npartitions)
        parts = bag.map_partitions(extract_files, model=model, published=published).to_delayed()
        futures = client.compute(parts)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for future in futures:  # in partition order, so the file keeps the input order
                for record in future.result():
                    if "error" in record:
                        counts["errors"] += 1
                        print(f"{record['source']}: {record['error']}", file=sys.stderr)
                        continue
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    counts["records"] += 1
                future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of UTF-8 texts")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--glob", default="*.txt", help="files to read, relative to the folder (default *.txt)")
    parser.add_argument("--files-per-partition", type=int, default=50)
    parser.add_argument("--model", help="a trained spaCy pipeline, e.g. en_core_web_sm (default: blank English)")
    parser.add_argument("--published", help="publication date for every file (ISO)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    counts = run(args.folder, args.out, scheduler=args.scheduler, workers=args.workers, pattern=args.glob,
                 files_per_partition=args.files_per_partition, model=args.model, published=args.published)
    print(f"{counts['files']} files, {counts['records']} records, {counts['errors']} errors "
          f"in {time.perf_counter() - start:.1f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
