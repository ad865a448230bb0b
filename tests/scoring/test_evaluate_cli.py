"""``briefextract evaluate`` on brief files: unscored documents named, exit codes, error lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefextract.cli import EXIT_BAD_INPUT, EXIT_DOC_FAILED, EXIT_OK, main
from briefextract.io.briefio import write_briefs

from .builders import TEXT, partial_system, rich_gold


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id in ("d1", "d2", "d3"):
        (folder / f"{doc_id}.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _run(tmp_path: Path, corpus: Path, system: list, gold: list, *extra: str) -> int:
    write_briefs(tmp_path / "system.jsonl", system)
    write_briefs(tmp_path / "gold.jsonl", gold)
    args = ["evaluate", "--system", str(tmp_path / "system.jsonl"), "--gold", str(tmp_path / "gold.jsonl")]
    return main([*args, "--corpus", str(corpus), *extra])


def test_a_gold_document_without_a_system_brief_is_named_and_exits_1(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(tmp_path, corpus, [partial_system("d1"), rich_gold("d3")], [rich_gold("d1"), rich_gold("d2")])
    assert code == EXIT_DOC_FAILED
    out, err = capsys.readouterr()
    head = out[: out.index("Overall")]
    assert "1 gold document(s) have no system brief (all their records count as missed):\n  d2\n" in head
    assert "1 system brief(s) have no gold brief (ignored):\n  d3\n" in head
    assert "d2" in err
    assert "How to read this" in out


def test_json_names_unscored_documents(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        tmp_path, corpus, [rich_gold("d1"), rich_gold("d3")], [rich_gold("d1"), rich_gold("d2")], "--json"
    )
    assert code == EXIT_DOC_FAILED
    data = json.loads(capsys.readouterr().out)
    assert data["unscored"] == {"no_system": ["d2"], "no_gold": ["d3"]}
    assert data["per_document"]["d2"]["actors"]["r"] == 0.0


def test_extra_system_briefs_alone_do_not_fail(tmp_path: Path, corpus: Path) -> None:
    assert _run(tmp_path, corpus, [rich_gold("d1"), rich_gold("d3")], [rich_gold("d1")]) == EXIT_OK


def test_empty_gold_file_is_unusable_input(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, corpus, [rich_gold("d1")], []) == EXIT_BAD_INPUT
    assert "no gold briefs" in capsys.readouterr().err


def test_gold_that_matches_no_system_brief_is_unusable_input(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, corpus, [rich_gold("d3")], [rich_gold("d1"), rich_gold("d2")]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "none of the 2 gold documents (d1, d2)" in err and "[BX040]" in err


def test_error_list_holds_every_missed_spurious_and_mismatched_record_with_its_evidence(
    tmp_path: Path, corpus: Path
) -> None:
    errors = tmp_path / "errors.jsonl"
    assert (
        _run(tmp_path, corpus, [partial_system("d1")], [rich_gold("d1")], "--errors", str(errors)) == EXIT_OK
    )
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    layers = {(r["layer"], r["outcome"]) for r in records}
    for layer in ("actors", "places", "events", "relations"):
        assert (layer, "missed") in layers and (layer, "spurious") in layers, layer
    assert {
        ("events", "date_mismatch"),
        ("event_arguments", "role_mismatch"),
        ("actors", "type_mismatch"),
    } <= layers
    assert ("actor_mentions", "missed") in layers
    for record in records:
        for side in (record["gold"], record["system"]):
            if side is not None and side["evidence"] is not None:
                evidence = side["evidence"]
                assert TEXT[evidence["start"] : evidence["end"]] == evidence["text"]
    # Gold events e2 (system typed it otherwise), e4 and e5 (not found) are each listed.
    missed_events = [r["gold"]["id"] for r in records if (r["layer"], r["outcome"]) == ("events", "missed")]
    assert sorted(missed_events) == ["e2", "e4", "e5"]
