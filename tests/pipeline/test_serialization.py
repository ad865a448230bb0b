"""A saved pipeline loads back through spacy.load and produces the same brief, with or
without a ``models/`` folder to read."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from briefextract.errors import RuleFileError
from briefextract.extraction import extract_text
from briefextract.rules.resources import MODELS_ENV, models_dir

TEXT = (
    "The Popular Liberation Army (ALP) opposed Nairobi in the 1990s. France retook the north in 2013, "
    "and the ALP was delisted."
)
# Every layer has something to find: a dateline, a relative date, an event with a place,
# a claim, a relation.
LAYERED = (
    "Kestrel Front\nUpdated May 12, 2015\n\n"
    "The Kestrel Front broke away from the Popular Liberation Army in 2009. Last year its "
    "fighters kidnapped two engineers in Tobruk, according to the Interior Ministry. "
    "Mara Vell, the leader of the Kestrel Front, said that the group would fight on."
)
_RELOAD = """
import sys
from pathlib import Path

import spacy

import briefextract
from briefextract.extraction import extract_text

nlp = spacy.load(sys.argv[1]) if sys.argv[4] == "spacy.load" else briefextract.load(sys.argv[1])
Path(sys.argv[3]).write_text(extract_text(nlp, Path(sys.argv[2]).read_text(), doc_id="d").model_dump_json())
"""


def test_to_disk_and_spacy_load_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "briefextract_entities" / "settings.json").exists()
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    before = extract_text(nlp, TEXT, doc_id="d").model_dump()
    after = extract_text(reloaded, TEXT, doc_id="d").model_dump()
    assert before == after
    assert any(a["name"] == "Popular Liberation Army" for a in after["actors"])


# briefextract.load is what `extract --model SAVED` calls: it must neither need models/ nor
# re-read it over what the pipeline saved.
@pytest.mark.parametrize("loader", ["spacy.load", "briefextract.load"])
def test_a_saved_pipeline_needs_no_models_folder(nlp: Language, tmp_path: Path, loader: str) -> None:
    saved, empty = tmp_path / "pipeline", tmp_path / "empty-models"
    empty.mkdir()
    nlp.to_disk(saved)
    (tmp_path / "text.txt").write_text(LAYERED, encoding="utf-8")
    env = {**os.environ, "BRIEFEXTRACT_MODELS": str(empty)}
    args = [str(saved), str(tmp_path / "text.txt"), str(tmp_path / "brief.json"), loader]
    run = subprocess.run([sys.executable, "-c", _RELOAD, *args], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    expected = extract_text(nlp, LAYERED, doc_id="d")
    assert (tmp_path / "brief.json").read_text() == expected.model_dump_json()
    # The brief is not empty: the date, an event and a claim came through the saved copy.
    assert expected.document_date == "2015-05-12"
    assert expected.events and expected.claims


# Each rules component, built from the config alone with an empty models/, and the first
# file it would read.
NOTHING_TO_READ = [
    ("briefextract_furniture", "document/furniture.jsonl"),
    ("briefextract_times", "timex/lexicon.jsonl"),
    ("briefextract_entities", "gazetteers"),
    ("briefextract_events", "events/triggers.jsonl"),
    ("briefextract_claims", "claims/cues.jsonl"),
    ("briefextract_relations", "relations/constructions.jsonl"),
]


@pytest.fixture
def empty_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``models/`` pointed at an empty folder (its lookup is cached: cleared now and after)."""
    monkeypatch.setenv(MODELS_ENV, str(tmp_path))
    models_dir.cache_clear()
    yield tmp_path
    models_dir.cache_clear()


@pytest.mark.parametrize(("factory", "missing"), NOTHING_TO_READ, ids=[f for f, _ in NOTHING_TO_READ])
def test_a_component_with_nothing_to_read_names_the_missing_file(
    empty_models: Path, factory: str, missing: str
) -> None:
    blank = spacy.blank("en")
    component = blank.add_pipe(factory)  # built: it waits for from_disk
    with pytest.raises(RuleFileError, match="BX031") as raised:
        component(blank.make_doc("Nothing here."))
    assert raised.value.path == str(empty_models / missing)
    assert "no saved pipeline" in raised.value.problem


RULERS = [
    ("briefextract_gazetteer", "gazetteers"),
    ("briefextract_name_patterns", "entities/name_patterns.jsonl"),
]


@pytest.mark.parametrize(("factory", "missing"), RULERS, ids=[f for f, _ in RULERS])
def test_a_ruler_initialised_with_nothing_to_read_names_the_missing_file(
    empty_models: Path, factory: str, missing: str
) -> None:
    blank = spacy.blank("en")
    ruler = blank.add_pipe(factory)
    with pytest.raises(RuleFileError, match="BX031") as raised:
        ruler.initialize(lambda: [], nlp=blank)
    assert raised.value.path == str(empty_models / missing)
    # Patterns given need no models/.
    ruler.initialize(lambda: [], nlp=blank, patterns=[{"label": "CITY", "pattern": "Velmora", "id": "t"}])
    doc = ruler(blank("Off to Velmora."))
    assert [s.text for s in doc.spans[ruler.key]] == ["Velmora"]
