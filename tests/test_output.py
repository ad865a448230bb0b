"""Output files: never an input, whole lines, resumable."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefextract.errors import UsageError
from briefextract.io.output import LineFile, check_outputs, written_doc_ids


def test_an_output_that_is_an_input_is_refused_through_links(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("text", encoding="utf-8")
    (tmp_path / "soft.jsonl").symlink_to(doc)
    os.link(doc, tmp_path / "hard.jsonl")
    for name in ("doc.txt", "soft.jsonl", "hard.jsonl"):
        with pytest.raises(UsageError, match="one of the input documents"):
            check_outputs([doc], str(tmp_path / name), None)
        with pytest.raises(UsageError, match="one of the input documents"):
            check_outputs([doc], None, str(tmp_path / name))
    assert doc.read_text(encoding="utf-8") == "text"


@pytest.mark.parametrize(
    ("output", "errors", "message"),
    [
        ("missing/out.jsonl", None, "in a folder that does not exist"),
        (".", None, "names a folder"),
        ("out.jsonl", "out.jsonl", "name the same file"),
    ],
    ids=["missing-folder", "folder", "same-file"],
)
def test_unusable_output_paths_are_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, errors: str | None, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match=message):
        check_outputs([], output, errors)


def test_lines_are_whole_and_a_cut_line_is_dropped_on_resume(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    out = LineFile(path)
    out.write(json.dumps({"doc_id": "a"}))
    out.close()
    with path.open("ab") as handle:
        handle.write(b'{"doc_id": "b", "act')  # a line cut short by a killed run
    assert written_doc_ids(path) == {"a"}
    out = LineFile(path, append=True)
    out.write(json.dumps({"doc_id": "c"}))
    out.close()
    assert path.read_text(encoding="utf-8") == '{"doc_id": "a"}\n{"doc_id": "c"}\n'


def test_resume_refuses_a_file_that_is_not_briefs(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(UsageError, match="line 1: not a brief"):
        written_doc_ids(path)
