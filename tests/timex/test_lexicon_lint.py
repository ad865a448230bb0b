"""Lint of models/timex/lexicon.jsonl: parses, validates, unique ids, known labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefextract.errors import RuleFileError
from briefextract.rules.resources import model_path
from briefextract.timex.time_lexicon import LEXICON_LABELS, LexiconRecord, load_lexicon

PATH = model_path("timex/lexicon.jsonl")


def test_parses_and_validates() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.records) > 50


def test_ids_unique_and_labels_known() -> None:
    records = [
        json.loads(line)
        for line in PATH.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("//")
    ]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert {r["label"] for r in records} <= set(LEXICON_LABELS)
    assert all(r["comment"].strip() for r in records)


def test_every_label_is_used() -> None:
    assert {r.label for r in load_lexicon().records} == set(LEXICON_LABELS)


def test_months_and_seasons_complete() -> None:
    lexicon = load_lexicon()
    assert sorted(r.number for r in lexicon.of("MONTH")) == list(range(1, 13))
    assert {r.code for r in lexicon.of("SEASON")} == {"SP", "SU", "FA", "WI"}


def test_forms_are_unambiguous_within_a_meaning_table() -> None:
    lexicon = load_lexicon()
    for label in (
        "MONTH",
        "SEASON",
        "POSITION",
        "APPROX",
        "RELATION",
        "ANAPHORIC",
        "DEICTIC",
        "UNIT",
        "COUNT",
    ):
        forms = [f.lower() for r in lexicon.of(label) for f in [*r.forms, *r.abbreviations]]
        assert len(forms) == len(set(forms)), label


@pytest.mark.parametrize(
    "line",
    [
        '{"id": "x", "label": "MONTH", "comment": "c", "forms": ["Foo"]}',  # MONTH needs number
        '{"id": "x", "label": "SEASON", "comment": "c", "forms": ["foo"], "code": "SP", "number": 1}',
        '{"id": "x", "label": "NOPE", "comment": "c", "forms": ["foo"]}',
        '{"id": "x", "label": "GATE", "comment": "c", "forms": ["in"], "extra": 1}',
        '{"id": "x", "label": "GATE", "comment": "c", "forms": []}',
    ],
    ids=["missing-field", "surplus-field", "unknown-label", "unknown-key", "no-forms"],
)
def test_strict_records_are_rejected(line: str, tmp_path: Path) -> None:
    bad = tmp_path / "lexicon.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError):
        load_lexicon(bad)


def test_record_model_forbids_extra() -> None:
    assert LexiconRecord.model_config.get("extra") == "forbid"
