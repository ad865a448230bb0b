"""Every bundled gold file loads through the project's own validating loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefextract.io.briefio import load_briefs
from briefextract.io.bundled import corpus_texts

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "gold").glob("*.jsonl"))
TEXTS = corpus_texts(ROOT / "corpus")


def test_there_is_gold_for_several_documents() -> None:
    assert len(GOLD) >= 3


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_validates_against_its_document(path: Path) -> None:
    (brief,) = load_briefs(path, texts=TEXTS)
    assert brief.doc_id == path.stem and brief.doc_id in TEXTS
    assert brief.actors and brief.places, "a gold brief annotates at least actors and places"
    notes = ROOT / "gold" / "notes" / f"{path.stem}.md"
    assert notes.exists(), f"{notes} records the judgement calls"
