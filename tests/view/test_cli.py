"""``show``, ``export``, ``schema`` and ``evaluate --html`` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefextract.cli import main

from .conftest import TEXT, make_brief


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kestrel.txt").write_bytes(TEXT.encode("utf-8"))
    briefs = tmp_path / "briefs.jsonl"
    briefs.write_text(json.dumps(make_brief()) + "\n", encoding="utf-8")
    return briefs, corpus


def test_show_writes_one_page(files: tuple[Path, Path], tmp_path: Path) -> None:
    briefs, corpus = files
    out = tmp_path / "page.html"
    assert main(["show", str(briefs), "--corpus", str(corpus), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html
    assert "&lt;script&gt;window.pwned" in html


def test_show_unknown_document_is_bad_input(files: tuple[Path, Path], tmp_path: Path) -> None:
    briefs, corpus = files
    code = main(
        ["show", str(briefs), "--corpus", str(corpus), "--doc", "nope", "-o", str(tmp_path / "x.html")]
    )
    assert code == 3


def test_export_and_schema(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    briefs, _ = files
    assert main(["export", str(briefs), "--to", str(tmp_path / "tables")]) == 0
    assert (tmp_path / "tables" / "event_participants.csv").read_text(encoding="utf-8").count("\n") == 6
    capsys.readouterr()
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "briefextract brief"


def test_evaluate_html_lists_errors_beside_both_texts(files: tuple[Path, Path], tmp_path: Path) -> None:
    briefs, corpus = files
    system = make_brief()
    system["actors"] = system["actors"][:3]  # Ada Quill missed
    system["events"] = [e for e in system["events"] if e["id"] != "e3"]
    system["relations"] = system["relations"][:1]
    system["events"][0]["type"] = "BOMBING"
    system_file = tmp_path / "system.jsonl"
    system_file.write_text(json.dumps(system) + "\n", encoding="utf-8")
    report = tmp_path / "report.html"
    args = ["evaluate", "--system", str(system_file), "--gold", str(briefs), "--corpus", str(corpus)]
    assert main([*args, "--html", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert html.count('data-outcome="missed"') >= 3
    assert 'data-outcome="type_mismatch"' in html
    assert 'id="d0g-err0"' in html and "<h3>Gold</h3>" in html and "<h3>System</h3>" in html
    assert "&lt;script&gt;window.pwned" in html and "<script>window.pwned" not in html
