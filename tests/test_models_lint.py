"""Every rule and lexicon file under models/ parses, validates, has unique ids and known labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from briefextract.document.furniture import FURNITURE_FILE, FurnitureRule
from briefextract.entities.gazetteers import load_gazetteer
from briefextract.entities.lexicons import LEXICON_FILE, WordList
from briefextract.entities.place_constructions import (
    PLACE_CONSTRUCTIONS_FILE,
    PlaceConstructionRecord,
)
from briefextract.entities.rulers import (
    EVENT_NAME,
    PATTERN_PLACE_LABELS,
    NamePatternRuler,
    TokenPatternRule,
)
from briefextract.events.event_rules import NumberWordRecord
from briefextract.rules.resources import model_path, read_jsonl
from briefextract.schema.vocab import ACTOR_TYPES
from briefextract.timex.dateline import DATELINE_FILE, DatelineRule

MODELS = Path(__file__).resolve().parents[1] / "models"


def test_every_jsonl_file_parses_with_ids_and_comments() -> None:
    files = sorted(MODELS.rglob("*.jsonl"))
    assert files
    for path in files:
        ids: set[str] = set()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue  # read_jsonl allows // comment lines
            record = json.loads(line)
            where = f"{path.relative_to(MODELS)}:{n}"
            assert isinstance(record.get("id"), str) and record["id"], where
            assert record["id"] not in ids, f"{where}: duplicate id {record['id']}"
            ids.add(record["id"])
            assert "label" in record, where


@pytest.mark.parametrize(
    ("relative", "model"),
    [
        (FURNITURE_FILE, FurnitureRule),
        (DATELINE_FILE, DatelineRule),
        (LEXICON_FILE, WordList),
        ("entities/name_patterns.jsonl", TokenPatternRule),
        ("events/number_words.jsonl", NumberWordRecord),
        (PLACE_CONSTRUCTIONS_FILE, PlaceConstructionRecord),
    ],
    ids=["furniture", "datelines", "lexicon", "name-patterns", "number-words", "place-constructions"],
)
def test_rule_files_validate_strictly(relative: str, model: type) -> None:
    assert read_jsonl(model_path(relative), model)


def test_name_patterns_are_valid_spacy_patterns_with_known_labels() -> None:
    """Actor types, a place found by its shape, or a named event; word lists resolve."""
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab, validate=True)
    labels = {*ACTOR_TYPES, *PATTERN_PLACE_LABELS, EVENT_NAME}
    for rule in read_jsonl(model_path("entities/name_patterns.jsonl"), TokenPatternRule):
        assert rule.label in labels, rule.id
    ruler = NamePatternRuler(
        nlp, "probe", spans_key="probe", source="entities/name_patterns.jsonl", phrase_matcher_attr=None
    )
    for pattern in ruler.default_patterns():
        matcher.add(pattern["id"], [pattern["pattern"]])


def test_gazetteer_loads_and_labels_are_known() -> None:
    gaz = load_gazetteer()
    assert gaz.entries, "the gazetteers are present"
    labels = {e.label for e in gaz.entries.values()}
    assert labels <= {"COUNTRY", "CITY", "REGION", "OTHER", *ACTOR_TYPES}
    for entry in gaz.entries.values():
        assert entry.country is None or (len(entry.country) == 2 and entry.country.isupper()), entry.key


def test_name_patterns_are_bounded() -> None:
    """An unbounded "*" or "+" over capitalised words made the matcher quadratic in a run of them."""

    for line in (MODELS / "entities" / "name_patterns.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert all(spec.get("OP") not in {"*", "+"} for spec in record["pattern"]), record["id"]
