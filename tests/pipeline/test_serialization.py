"""A saved pipeline loads back through spacy.load and produces the same brief."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from briefextract.extraction import extract_text

TEXT = (
    "The Popular Liberation Army (ALP) opposed Nairobi in the 1990s. France retook the north in 2013, "
    "and the ALP was delisted."
)


def test_to_disk_and_spacy_load_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "briefextract_entities" / "settings.json").exists()
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    before = extract_text(nlp, TEXT, doc_id="d").model_dump()
    after = extract_text(reloaded, TEXT, doc_id="d").model_dump()
    assert before == after
    assert any(a["name"] == "Popular Liberation Army" for a in after["actors"])
