"""The Dask runner on a LocalCluster of two worker processes gives the serial CLI's briefs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefextract.cli import EXIT_DOC_FAILED, main

pytest.importorskip(
    "distributed", reason="the Dask extra is not installed (pip install 'briefextract[dask]')"
)
pytest.importorskip("dask.bag", reason="the Dask extra is not installed (pip install 'briefextract[dask]')")

from distributed import Client, LocalCluster

from briefextract.batch.distributed import PipelinePlugin, extract_with_dask

pytestmark = pytest.mark.pipeline
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _lines(paths: list[Path]) -> list[bytes]:
    return sorted(line for path in paths for line in path.read_bytes().splitlines(keepends=True))


def test_dask_runner_equals_the_serial_cli_and_isolates_a_bad_file(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, docs / path.name)
    (docs / "bad.txt").write_bytes("Caf\xe9 owners met the mayor of Lyon.\n".encode("cp1252"))
    n_docs = len(list(docs.glob("*.txt")))

    serial, serial_errors = tmp_path / "serial.jsonl", tmp_path / "serial-errors.jsonl"
    code = main(["extract", str(docs), "-o", str(serial), "--errors", str(serial_errors), "-q"])
    assert code == EXIT_DOC_FAILED

    out = tmp_path / "dask"
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        run = extract_with_dask([docs], out, scheduler=client, partition_size=2)
        name = PipelinePlugin().name
        loads = client.run(lambda dask_worker: dask_worker.plugins[name].loads)

    assert len(loads) == 2 and all(n <= 1 for n in loads.values())  # once per worker, never per document
    assert not run.failed and len(run.partitions) == -(-n_docs // 2)
    briefs = sorted(out.glob("briefs-*.jsonl"))
    errors = sorted(out.glob("errors-*.jsonl"))
    assert len(briefs) == len(errors) == len(run.partitions)
    assert _lines(briefs) == _lines([serial])  # byte for byte, once sorted
    (error,) = [json.loads(line) for line in _lines(errors)]
    assert error == json.loads(serial_errors.read_bytes())
    assert error["doc_id"] == "bad" and error["code"] == "BX021"
    assert (run.briefs, run.errors) == (n_docs - 1, 1)
