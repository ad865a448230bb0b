"""``extract --jobs N`` keeps every guarantee of the serial batch: the same bytes in the same
order, failures as error lines, Ctrl-C and --resume, and a missing pipeline refused before
any output is opened."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefextract.batch.parallel import cores
from briefextract.cli import EXIT_BAD_INPUT, EXIT_DOC_FAILED, EXIT_USAGE, main
from briefextract.entities.resolver import EntityResolver

pytestmark = pytest.mark.pipeline

NAMES = ["Vantor", "Kestrel", "Ordin", "Tarvosa", "Velna", "Harrow", "Quill", "Brisk", "Mallow", "Sorrel"]


def _story(i: int) -> str:
    a, b = NAMES[i % len(NAMES)], NAMES[(i + 4) % len(NAMES)]
    return (
        f"{a} People's Army\n\n"
        f"The {a} People's Army ({a[0]}PA) is an armed group founded in {1990 + i} by Maria {b}. "
        f"In March {2001 + i} it attacked a police post in Ghana, killing three officers, "
        f"according to a statement by the Ghana Police Service.\n\n"
        f"{b} was arrested in Accra in {2010 + i}.\n"
    )


def _folder(root: Path, n: int) -> Path:
    docs = root / "docs"
    docs.mkdir()
    for i in range(n):
        (docs / f"doc{i:02d}.txt").write_text(_story(i), encoding="utf-8")
    (docs / "latin.txt").write_bytes("Caf\xe9 owners met the mayor of Lyon.\n".encode("cp1252"))
    return docs


def _extract(docs: Path, out: Path, *extra: str) -> tuple[int, bytes, bytes]:
    errors = out.with_suffix(".errors")
    code = main(["extract", str(docs), "-o", str(out), "--errors", str(errors), "-q", *extra])
    return code, out.read_bytes(), errors.read_bytes()


def test_jobs_output_is_the_serial_output_byte_for_byte(tmp_path: Path) -> None:
    docs = _folder(tmp_path, 9)
    serial = _extract(docs, tmp_path / "serial.jsonl", "--batch-size", "2")
    jobs = _extract(docs, tmp_path / "jobs.jsonl", "--batch-size", "2", "--jobs", "2")
    assert serial[0] == jobs[0] == EXIT_DOC_FAILED
    assert jobs[1] == serial[1] and jobs[2] == serial[2]  # same lines, same order: no sorting needed
    assert [json.loads(line)["doc_id"] for line in jobs[1].splitlines()] == [f"doc{i:02d}" for i in range(9)]
    (error,) = [json.loads(line) for line in jobs[2].splitlines()]
    assert error["doc_id"] == "latin" and error["code"] == "BX021"


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the crash is patched into forked workers"
)
def test_a_component_crash_in_a_worker_loses_only_its_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = EntityResolver.__call__

    def crash_on_marker(self: EntityResolver, doc):  # type: ignore[no-untyped-def]
        if "Ordin" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(EntityResolver, "__call__", crash_on_marker)
    docs = _folder(tmp_path, 6)
    code, briefs, errors = _extract(docs, tmp_path / "jobs.jsonl", "--batch-size", "3", "--jobs", "2")
    assert code == EXIT_DOC_FAILED
    expected = ["doc00", "doc01", "doc03", "doc04", "doc05"]
    assert [json.loads(line)["doc_id"] for line in briefs.splitlines()] == expected
    records = {r["doc_id"]: r for r in map(json.loads, errors.splitlines())}
    assert sorted(records) == ["doc02", "latin"]
    assert records["doc02"]["component"] == "briefextract_entities" and "boom" in records["doc02"]["error"]


JOBS_2 = ("--batch-size", "1", "--jobs", "2")


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the kill is patched into forked workers"
)
def test_a_worker_killed_ends_the_run_with_whole_lines_and_resume_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    original = EntityResolver.__call__

    def killed_on_marker(self: EntityResolver, doc):  # type: ignore[no-untyped-def]
        if "Tarvosa" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel does to a process out of memory
        return original(self, doc)

    docs = _folder(tmp_path, 8)
    (docs / "latin.txt").unlink()
    serial, out = tmp_path / "serial.jsonl", tmp_path / "jobs.jsonl"
    assert main(["extract", str(docs), "-o", str(serial), "-q"]) == 0
    monkeypatch.setattr(EntityResolver, "__call__", killed_on_marker)
    assert main(["extract", str(docs), "-o", str(out), "-q", *JOBS_2]) == EXIT_BAD_INPUT
    assert "[BX053] a worker process ended unexpectedly (killed by SIGKILL" in capsys.readouterr().err
    for line in out.read_bytes().splitlines():
        json.loads(line)  # every line whole
    monkeypatch.undo()
    assert main(["extract", str(docs), "-o", str(out), "-q", "--resume", *JOBS_2]) == 0
    assert out.read_bytes() == serial.read_bytes()


def test_ctrl_c_ends_the_workers_and_resume_finishes_with_the_serial_file(tmp_path: Path) -> None:
    docs = _folder(tmp_path, 10)
    (docs / "latin.txt").unlink()
    serial, out = tmp_path / "serial.jsonl", tmp_path / "jobs.jsonl"
    assert main(["extract", str(docs), "-o", str(serial), "-q"]) == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefextract", "extract", str(docs), "-o", str(out), "-q", *JOBS_2],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while not (out.exists() and out.read_bytes().count(b"\n") >= 1):
        assert proc.poll() is None and time.monotonic() < deadline, "no brief written"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: to the workers too
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and err.count("stopping after the current document") == 1
    assert 1 <= out.read_bytes().count(b"\n") < 10
    assert main(["extract", str(docs), "-o", str(out), "-q", "--resume", "--jobs", "2"]) == 0
    assert out.read_bytes() == serial.read_bytes()


def test_jobs_usage_and_a_missing_pipeline_before_any_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _folder(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    assert main(["extract", str(docs), "-o", str(out), "--jobs", "-1"]) == EXIT_USAGE
    code = main(
        ["extract", str(docs), "-o", str(out), "--jobs", "2", "--batch-size", "1", "--model", "no_such"]
    )
    assert code == EXIT_BAD_INPUT and "BX030" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "kept\n"


def test_jobs_0_means_one_per_core() -> None:
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert cores() == expected
