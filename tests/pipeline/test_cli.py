"""The batch CLI: good documents are written, bad ones become error lines, the exit code says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefextract.cli import EXIT_BAD_INPUT, EXIT_DOC_FAILED, EXIT_OK, main
from briefextract.io.briefio import load_briefs


def test_extract_folder_with_good_empty_and_invalid_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    good = "The Popular Liberation Army (ALP) fought the government of Kenya in the 1990s.\n"
    (docs / "good.txt").write_text(good, encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "latin1.txt").write_bytes("Caf\u00e9 in Nairobi".encode("latin-1"))
    out, errors = tmp_path / "briefs.jsonl", tmp_path / "errors.jsonl"
    code = main(["extract", str(docs), "-o", str(out), "--errors", str(errors), "-q"])
    assert code == EXIT_DOC_FAILED
    (brief,) = load_briefs(out, texts={"good": good})
    assert brief.doc_id == "good" and brief.actors
    failures = {r["doc_id"]: r for r in map(json.loads, errors.read_text(encoding="utf-8").splitlines())}
    assert set(failures) == {"empty", "latin1"}
    assert failures["empty"]["path"].endswith("empty.txt") and "empty" in failures["empty"]["error"]
    assert "not valid UTF-8" in failures["latin1"]["error"]
    assert "2 of 3 documents failed" in capsys.readouterr().err


def test_extract_all_good_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("France retook the port.\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == EXIT_OK
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_validate_reports_a_bad_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x", "text_sha256": "0", "actors": [{"id": "a"}]}\n', encoding="utf-8")
    assert main(["validate", str(bad)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "bad.jsonl, line 1, doc_id 'x'" in err and "[BX010]" in err


def test_missing_model_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    code = main(
        ["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--model", "no_such_pipeline_xyz"]
    )
    assert code == EXIT_BAD_INPUT
    assert "cannot load the spaCy pipeline 'no_such_pipeline_xyz'" in capsys.readouterr().err
