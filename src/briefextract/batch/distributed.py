"""Corpora beyond one machine: the batch on a Dask cluster (``pip install briefextract[dask]``).

The client lists the documents (paths and doc_ids, named as the ``extract``
command names them) and builds a ``dask.bag`` of them; no text leaves the client.
Each partition is one task: the worker reads its documents itself, runs the
serial engine (:func:`briefextract.extraction.extract_documents`) and writes one
JSON Lines file of briefs (``briefs-00000.jsonl``) and one of errors
(``errors-00000.jsonl``) into the output folder, a line as each document is
done; a document that fails is an error line and the rest go on. The pipeline is
loaded once per worker, by a worker plugin, and used by one task at a time.

Workers must see the documents and the output folder at the same paths as the
client (a shared file system), and have briefextract and the spaCy pipeline
installed. Tasks run in worker threads, where the time limit per document is
checked between pipeline stages rather than interrupting a stage.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import dask.bag as db
    from dask import delayed
    from distributed import Client, LocalCluster, as_completed, get_worker
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "briefextract.batch.distributed needs Dask: pip install 'briefextract[dask]' "
        f"(dask[bag] and distributed): {exc}"
    ) from exc

from spacy.language import Language

from briefextract.errors import ModelError, UsageError
from briefextract.extraction import DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT, Failure
from briefextract.pipeline import DEFAULT_MODEL

PARTITION_SIZE = 100  # documents per partition, by default: one task, one pair of files
BRIEFS_FILE = "briefs-{:05d}.jsonl"
ERRORS_FILE = "errors-{:05d}.jsonl"


class PipelinePlugin(WorkerPlugin):
    """Holds one briefextract pipeline per worker: loaded by the first task that needs it,
    then used by one task at a time (a spaCy pipeline is not meant for concurrent threads)."""

    idempotent = True  # registering it again (another run on the same cluster) keeps the loaded one

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self.name = f"briefextract-pipeline-{model}"
        self.lock = threading.Lock()
        self.loads = 0  # how many times this worker loaded the pipeline: 1 at most
        self._nlp: Language | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "name": self.name}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["model"])  # type: ignore[misc]

    def pipeline(self) -> Language:
        """The loaded pipeline (call with ``lock`` held)."""
        if self._nlp is None:
            from briefextract.pipeline import load

            self.loads += 1
            self._nlp = load(self.model)
        return self._nlp


@dataclass
class DaskRun:
    """What a Dask run wrote: per partition its files and counts; partitions whose task failed."""

    out_dir: Path
    partitions: list[dict[str, Any]] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)

    @property
    def briefs(self) -> int:
        return sum(p["briefs"] for p in self.partitions)

    @property
    def errors(self) -> int:
        return sum(p["errors"] for p in self.partitions)


def extract_partition(
    items: list[tuple[str, str]],
    index: int,
    out_dir: str,
    plugin_name: str,
    settings: dict[str, Any],
) -> dict[str, Any]:
    """Run on a worker: extract one partition of (path, doc_id) into its brief and error files."""
    from briefextract.batch.parallel import as_lines
    from briefextract.document.documents import iter_documents
    from briefextract.extraction import extract_documents
    from briefextract.io.output import LineFile

    plugin: PipelinePlugin = get_worker().plugins[plugin_name]  # type: ignore[assignment]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    briefs_path, errors_path = out / BRIEFS_FILE.format(index), out / ERRORS_FILE.format(index)
    counts = {"partition": index, "documents": len(items), "briefs": 0, "errors": 0}
    briefs, errors = LineFile(briefs_path), LineFile(errors_path)
    try:
        with plugin.lock:
            try:
                nlp = plugin.pipeline()
            except ModelError as exc:
                return {**counts, "fatal": exc.detail}
            documents = iter_documents([(Path(path), doc_id) for path, doc_id in items])
            for line in as_lines(extract_documents(nlp, documents, **settings)):
                if isinstance(line, Failure):
                    errors.write(_error_line(line))
                    counts["errors"] += 1
                else:
                    briefs.write(line)
                    counts["briefs"] += 1
    finally:
        briefs.close()
        errors.close()
    return {**counts, "briefs_file": str(briefs_path), "errors_file": str(errors_path)}


def _error_line(failure: Failure) -> str:
    return json.dumps(failure.as_record(), sort_keys=True)


def extract_with_dask(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    scheduler: str | Client = "local",
    n_workers: int | None = None,
    model: str = DEFAULT_MODEL,
    partition_size: int = PARTITION_SIZE,
    batch_size: int = 8,
    max_chars: int = DEFAULT_MAX_CHARS,
    seconds: float | None = DEFAULT_TIME_LIMIT,
    on_partition: Callable[[dict[str, Any]], None] | None = None,
) -> DaskRun:
    """Extract the ``.txt`` documents of ``paths`` on a Dask cluster into ``out_dir``.

    ``scheduler`` is ``"local"`` (a ``distributed.LocalCluster`` of ``n_workers``
    processes, one thread each; default one per core), the address of a running
    scheduler (``tcp://host:8786``), or a connected ``Client``. Documents are split
    into partitions of at most ``partition_size`` (and at least two per worker
    thread, when there are that many documents). ``on_partition`` is called with the
    summary of each partition as it completes. A task that fails (a worker lost
    repeatedly, say) is named in ``DaskRun.failed``; a pipeline that cannot be loaded
    raises its ModelError. Raises :class:`UsageError` for paths that name no documents
    and for an output folder that already holds partition files."""
    from briefextract.batch.parallel import cores
    from briefextract.document.documents import collect_documents

    if partition_size < 1:
        raise UsageError("the partition size must be at least 1")
    found = collect_documents(paths)
    if not found:
        raise UsageError("no .txt documents found in " + ", ".join(map(str, paths)))
    out = Path(out_dir).resolve()
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out_dir}: the output is a file; give a folder")
    if any(out.glob("briefs-*.jsonl")) or any(out.glob("errors-*.jsonl")):
        raise UsageError(f"{out_dir}: already holds partition files of a run; give a new or empty folder")
    out.mkdir(parents=True, exist_ok=True)
    # Workers read the files themselves, so they get absolute paths, not texts.
    items = [(str(path.resolve()), doc_id) for path, doc_id in found]
    settings = {"batch_size": batch_size, "max_chars": max_chars, "seconds": seconds}

    cluster: LocalCluster | None = None
    if isinstance(scheduler, Client):
        client, own_client = scheduler, False
    else:
        if scheduler == "local":
            cluster = LocalCluster(
                n_workers=n_workers or cores(), threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            client = Client(scheduler)
        own_client = True
    try:
        threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values()) or 1
        npartitions = max(math.ceil(len(items) / partition_size), min(len(items), 2 * threads))
        bag = db.from_sequence(items, npartitions=npartitions)
        plugin = PipelinePlugin(model)
        client.register_plugin(plugin)
        tasks = [
            delayed(extract_partition)(part, i, str(out), plugin.name, settings)
            for i, part in enumerate(bag.to_delayed())
        ]
        run = DaskRun(out)
        futures = client.compute(tasks)
        index_of = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures):
            try:
                summary = future.result()
            except Exception as exc:
                run.failed[index_of[future.key]] = f"{type(exc).__name__}: {exc}"
                continue
            if "fatal" in summary:
                raise ModelError(summary["fatal"])
            run.partitions.append(summary)
            if on_partition is not None:
                on_partition(summary)
        run.partitions.sort(key=lambda p: p["partition"])
        return run
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
