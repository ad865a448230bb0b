"""The batch CLI never loses work: input untouched, whole lines, Ctrl-C, SIGKILL, --resume,
encodings, unique doc_ids, and byte-identical output across runs, orders and hash seeds."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefextract.cli import DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT, EXIT_DOC_FAILED, EXIT_OK, EXIT_USAGE, main
from briefextract.document.documents import decode_text
from briefextract.extraction import DEFAULT_MAX_CHARS as LIBRARY_MAX_CHARS
from briefextract.extraction import DEFAULT_TIME_LIMIT as LIBRARY_TIME_LIMIT
from briefextract.io.briefio import load_briefs

NAMES = ["Vantor", "Kestrel", "Ordin", "Tarvosa", "Velna", "Harrow", "Quill", "Brisk", "Mallow", "Sorrel"]


def _story(i: int) -> str:
    a, b = NAMES[i % len(NAMES)], NAMES[(i + 3) % len(NAMES)]
    return (
        f"{a} Liberation Front\n\n"
        f"The {a} Liberation Front ({a[0]}LF), also known as {a}, is an armed group led by Daniel {b}. "
        f"In {2000 + i} the {a} Liberation Front attacked a depot in Kenya, and {b} fled to Nairobi.\n\n"
        f"The {a} Front and {b} later met officials of the African Union in Addis Ababa.\n"
    )


def _folder(root: Path, n: int) -> Path:
    docs = root / "docs"
    docs.mkdir()
    for i in range(n):
        (docs / f"doc{i:02d}.txt").write_text(_story(i), encoding="utf-8")
    return docs


def _cli(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def,type-arg]
    return subprocess.Popen(
        [sys.executable, "-m", "briefextract", *args],
        env={**os.environ, **(env or {})},
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    proc = _cli(*args, env=env)
    _, err = proc.communicate(timeout=600)
    return proc.returncode, err


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"fewer than {n} lines in {path}")


def _doc_ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_defaults_are_the_library_defaults() -> None:
    assert (DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT) == (LIBRARY_MAX_CHARS, LIBRARY_TIME_LIMIT)


def test_output_onto_the_input_is_refused_and_the_input_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "same.txt"
    doc.write_text(_story(0), encoding="utf-8")
    assert main(["extract", str(doc), "-o", str(doc)]) == EXIT_USAGE
    assert doc.read_text(encoding="utf-8") == _story(0)
    assert "one of the input documents" in capsys.readouterr().err
    assert (
        main(["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--errors", str(doc)])
        == EXIT_USAGE
    )
    assert doc.read_text(encoding="utf-8") == _story(0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/missing/out.jsonl"], "in a folder that does not exist"),
        (["-o", "{tmp}"], "names a folder"),
        (["-o", "-", "--resume"], "--resume needs an output file"),
        (["-o", "{tmp}/o.jsonl", "--batch-size", "0"], "must be at least 1"),
        (["{tmp}/nothing-here", "-o", "{tmp}/o.jsonl"], "no such file or folder"),
    ],
    ids=["missing-folder", "folder", "resume-stdout", "batch-size", "missing-input"],
)
def test_usage_errors_are_messages_naming_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "a.txt").write_text(_story(1), encoding="utf-8")
    argv = ["extract", str(tmp_path / "a.txt"), *(a.format(tmp=tmp_path) for a in args)]
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and "[BX060]" in err and "Traceback" not in err


def test_colliding_stems_get_their_relative_path_as_doc_id(tmp_path: Path) -> None:
    for sub in ("2018", "2019"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "report.txt").write_text(_story(int(sub) % 10), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q"]) == EXIT_OK
    assert _doc_ids(out) == ["2018/report", "2019/report"]


def test_byte_order_marks_and_line_endings(tmp_path: Path) -> None:
    text = _story(2)
    variants = {
        "lf": text.encode(),
        "crlf": text.replace("\n", "\r\n").encode(),
        "cr": text.replace("\n", "\r").encode(),
        "bom8": codecs.BOM_UTF8 + text.encode(),
        "bom16": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "bom32": codecs.BOM_UTF32_BE + text.encode("utf-32-be"),
        "nobom16": text.encode("utf-16-le"),
    }
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, data in variants.items():
        (docs / f"{name}.txt").write_bytes(data)
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    assert main(["extract", str(docs), "-o", str(out), "--errors", str(errors), "-q"]) == EXIT_DOC_FAILED
    texts = {name: decode_text(data, name)[0] for name, data in variants.items() if name != "nobom16"}
    briefs = {b.doc_id: b for b in load_briefs(out, texts=texts)}
    assert set(briefs) == set(texts)

    def records(name: str) -> list[tuple]:  # type: ignore[type-arg]
        b = briefs[name]
        return sorted((e.name, e.type, tuple(m.text for m in e.mentions)) for e in b.actors + b.places)

    for name in texts:
        assert records(name) == records("lf"), name
        assert briefs[name].title == briefs["lf"].title
    assert briefs["bom16"].model_extra == {"encoding": "utf-16-le (byte-order mark)"}
    assert not briefs["lf"].model_extra
    (failure,) = map(json.loads, errors.read_text(encoding="utf-8").splitlines())
    assert failure["doc_id"] == "nobom16" and failure["code"] == "BX021" and "UTF-16-LE" in failure["error"]


def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    docs = _folder(tmp_path, 8)
    # One document per batch: the reader is gone well before the last brief is written.
    proc = _cli("extract", str(docs), "-q", "--batch-size", "1", "-o", "-", stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.read(10)
    proc.stdout.close()
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 141 and "Traceback" not in err and "Error" not in err


def test_ctrl_c_stops_after_the_current_document_and_resume_finishes(tmp_path: Path) -> None:
    docs = _folder(tmp_path, 12)
    out = tmp_path / "out.jsonl"
    proc = _cli("extract", str(docs), "-o", str(out), "-q", "--batch-size", "1")
    _wait_for_lines(out, 1, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert "interrupted:" in err and "run again with --resume" in err and "Traceback" not in err
    first = _doc_ids(out)
    assert 1 <= len(first) < 12
    code, err = _run("extract", str(docs), "-o", str(out), "-q", "--resume")
    assert code == 0, err
    assert _doc_ids(out) == [f"doc{i:02d}" for i in range(12)]


def test_sigkill_leaves_whole_lines_and_resume_gives_the_same_file(tmp_path: Path) -> None:
    docs = _folder(tmp_path, 12)
    full, killed = tmp_path / "full.jsonl", tmp_path / "killed.jsonl"
    assert _run("extract", str(docs), "-o", str(full), "-q")[0] == 0
    proc = _cli("extract", str(docs), "-o", str(killed), "-q", "--batch-size", "1")
    _wait_for_lines(killed, 2, proc)
    proc.kill()
    proc.communicate(timeout=60)
    data = killed.read_bytes()
    assert data.endswith(b"\n")
    for line in data.splitlines():
        json.loads(line)  # every line whole
    assert _run("extract", str(docs), "-o", str(killed), "-q", "--resume")[0] == 0
    assert killed.read_bytes() == full.read_bytes()


def test_output_is_byte_identical_across_hash_seeds_and_file_orders(tmp_path: Path) -> None:
    docs = _folder(tmp_path, 4)
    (docs / "prefix.txt").write_text(
        "The Vantor Front, also known as Vantor, attacked the depot. Vantor Front fighters and Vantor "
        "supporters met Daniel Harrow. Harrow and the Vantor Front left Kenya.\n",
        encoding="utf-8",
    )
    files = sorted(str(p) for p in docs.iterdir())
    outputs = []
    for seed, order in [("0", files), ("1", files[::-1]), ("2", files), ("3", files[::-1])]:
        out = tmp_path / f"seed{seed}.jsonl"
        code, err = _run("extract", *order, "-o", str(out), "-q", env={"PYTHONHASHSEED": seed})
        assert code == 0, err
        outputs.append(out.read_bytes())
    assert all(o == outputs[0] for o in outputs[1:])
    again = tmp_path / "again.jsonl"
    assert _run("extract", *files, "-o", str(again), "-q", env={"PYTHONHASHSEED": "0"})[0] == 0
    assert again.read_bytes() == outputs[0]
