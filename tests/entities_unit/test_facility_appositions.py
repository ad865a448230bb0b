"""A facility named in apposition right after a name makes the name a facility's: the
facility-apposition records (``models/entities/facility_appositions.jsonl``) on hand-built
Docs, and the resolver deciding from their matches alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.resolver import EntityResolver
from briefextract.rules import RuleRecord, RuleSet
from tests.entities_unit.conftest import Row, parsed, summary

# "The raid on Velna Hall , a seminary in the hills , failed ."
SEMINARY: list[Row] = [
    ("The", 1, "det", "DET", "O"),
    ("raid", 11, "nsubj", "NOUN", "O"),
    ("on", -1, "prep", "ADP", "O"),
    ("Velna", 1, "compound", "PROPN", "B-ORG"),
    ("Hall", -2, "pobj", "PROPN", "I-ORG"),
    (",", -1, "punct", "PUNCT", "O"),
    ("a", 1, "det", "DET", "O"),
    ("seminary", -3, "appos", "NOUN", "O"),
    ("in", -1, "prep", "ADP", "O"),
    ("the", 1, "det", "DET", "O"),
    ("hills", -2, "pobj", "NOUN", "O", "NNS"),
    (",", -10, "punct", "PUNCT", "O"),
    ("failed", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
]
# "They met at Tarrow House , the old disused prison ."
PRISON: list[Row] = [
    ("They", 1, "nsubj", "PRON", "O"),
    ("met", 0, "ROOT", "VERB", "O"),
    ("at", -1, "prep", "ADP", "O"),
    ("Tarrow", 1, "compound", "PROPN", "B-ORG"),
    ("House", -2, "pobj", "PROPN", "I-ORG"),
    (",", -1, "punct", "PUNCT", "O"),
    ("the", 3, "det", "DET", "O"),
    ("old", 2, "amod", "ADJ", "O"),
    ("disused", 1, "amod", "VERB", "O", "VBN"),
    ("prison", -5, "appos", "NOUN", "O"),
    (".", -9, "punct", "PUNCT", "O"),
]


@pytest.mark.parametrize(("rows", "comma"), [(SEMINARY, 5), (PRISON, 5)], ids=["seminary", "old-prison"])
def test_the_record_matches_from_the_comma_after_the_name(
    nlp: Language, resolver: EntityResolver, rows: list[Row], comma: int
) -> None:
    doc = parsed(nlp, rows)
    assert [(m.rule.id, m.start) for m in resolver.facility_appositions.matches(doc)] == [
        ("facility-in-apposition", comma)
    ]


def test_three_modifiers_are_too_many(nlp: Language, resolver: EntityResolver) -> None:
    rows = [*PRISON[:8], ("grey", 1, "amod", "ADJ", "O"), *PRISON[8:]]
    rows[6] = ("the", 4, "det", "DET", "O")
    rows[7] = ("old", 3, "amod", "ADJ", "O")
    rows[8] = ("grey", 2, "amod", "ADJ", "O")
    rows[10] = ("prison", -6, "appos", "NOUN", "O")
    rows[11] = (".", -10, "punct", "PUNCT", "O")
    assert resolver.facility_appositions.matches(parsed(nlp, rows)) == []


def test_the_resolver_decides_from_the_records(
    nlp: Language, resolver: EntityResolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ("Velna Hall", "place", "OTHER") in summary(parsed(nlp, SEMINARY))
    empty: RuleSet[RuleRecord] = RuleSet(nlp.vocab, [], resolver.facility_appositions.lexicon)
    monkeypatch.setattr(resolver, "facility_appositions", empty)
    assert ("Velna Hall", "place", "OTHER") not in summary(parsed(nlp, SEMINARY))


@pytest.mark.pipeline
def test_every_record_matches_its_examples_with_the_statistical_pipeline() -> None:
    import briefextract

    full = briefextract.load()
    rules = full.get_pipe("briefextract_entities").facility_appositions
    assert len(rules)
    for record in rules.records:
        assert record.examples, record.id
        for example in record.examples:
            assert any(m.rule.id == record.id for m in rules.matches(full(example))), (record.id, example)
