"""A noun before a name that says what kind of body it names types the name: the
name-descriptor records (``models/entities/name_descriptors.jsonl``) on hand-built Docs,
the longest match ending before a name chosen (:func:`descriptor_nouns`), and the resolver
typing from their matches alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.mention_reader import descriptor_nouns
from briefextract.entities.resolver import EntityResolver
from briefextract.rules import Lexicon, RuleMatch, RuleRecord, RuleSet, WordList
from tests.entities_unit.conftest import Row, parsed, summary

# "They founded the political party Velna Unity ."
PARTY: list[Row] = [
    ("They", 1, "nsubj", "PRON", "O"),
    ("founded", 0, "ROOT", "VERB", "O"),
    ("the", 2, "det", "DET", "O"),
    ("political", 1, "amod", "ADJ", "O"),
    ("party", -3, "dobj", "NOUN", "O"),
    ("Velna", 1, "compound", "PROPN", "B-ORG"),
    ("Unity", -2, "appos", "PROPN", "I-ORG"),
    (".", -6, "punct", "PUNCT", "O"),
]
# "Later a coalition dubbed Velna Dawn took the town ."
DUBBED: list[Row] = [
    ("Later", 6, "advmod", "ADV", "O"),
    ("a", 1, "det", "DET", "O"),
    ("coalition", 4, "nsubj", "NOUN", "O"),
    ("dubbed", -1, "acl", "VERB", "O", "VBN"),
    ("Velna", 1, "compound", "PROPN", "B-ORG"),
    ("Dawn", -2, "oprd", "PROPN", "I-ORG"),
    ("took", 0, "ROOT", "VERB", "O"),
    ("the", 1, "det", "DET", "O"),
    ("town", -2, "dobj", "NOUN", "O"),
    (".", -4, "punct", "PUNCT", "O"),
]
# "Later a newspaper known as the Tarrow Lantern was banned ."
KNOWN_AS: list[Row] = [
    ("Later", 9, "advmod", "ADV", "O"),
    ("a", 1, "det", "DET", "O"),
    ("newspaper", 7, "nsubjpass", "NOUN", "O"),
    ("known", -1, "acl", "VERB", "O", "VBN"),
    ("as", -1, "prep", "ADP", "O"),
    ("the", 2, "det", "DET", "O"),
    ("Tarrow", 1, "compound", "PROPN", "B-ORG"),
    ("Lantern", -3, "pobj", "PROPN", "I-ORG"),
    ("was", 1, "auxpass", "AUX", "O", "VBD"),
    ("banned", 0, "ROOT", "VERB", "O", "VBN"),
    (".", -1, "punct", "PUNCT", "O"),
]
# "They cited the think tank _ Velna Forum ." (an emphasis mark before the name)
THINK_TANK: list[Row] = [
    ("They", 1, "nsubj", "PRON", "O"),
    ("cited", 0, "ROOT", "VERB", "O"),
    ("the", 2, "det", "DET", "O"),
    ("think", 1, "compound", "NOUN", "O"),
    ("tank", -3, "dobj", "NOUN", "O"),
    ("_~", 2, "punct", "PUNCT", "O", "NFP"),
    ("Velna", 1, "compound", "PROPN", "B-ORG"),
    ("Forum", -3, "appos", "PROPN", "I-ORG"),
    (".", -7, "punct", "PUNCT", "O"),
]

CASES = [
    ("descriptor-before-name", PARTY, 4, 5, ("Velna Unity", "actor", "POLITICAL_GROUP")),
    ("descriptor-introducer-before-name", DUBBED, 2, 4, ("Velna Dawn", "actor", "POLITICAL_GROUP")),
    ("descriptor-known-as-before-name", KNOWN_AS, 2, 6, ("Tarrow Lantern", "actor", "RESEARCH_MEDIA")),
    ("descriptor-before-name", THINK_TANK, 4, 6, ("Velna Forum", "actor", "RESEARCH_MEDIA")),
]
IDS = ["party", "dubbed", "known-as-the", "think-tank-over-a-mark"]


def without(
    resolver: EntityResolver, rule_id: str | None = None, lexicon: Lexicon | None = None
) -> RuleSet[RuleRecord]:
    """The shipped records but ``rule_id``, compiled with ``lexicon`` (default: the shipped one)."""
    rules = resolver.name_descriptors
    kept = [r for r in rules.records if r.id != rule_id]
    return RuleSet(rules.vocab, kept, lexicon or rules.lexicon)


@pytest.mark.parametrize(("rule_id", "rows", "noun", "name", "entity"), CASES, ids=IDS)
def test_the_longest_match_runs_from_the_noun_to_the_name(
    nlp: Language,
    resolver: EntityResolver,
    rule_id: str,
    rows: list[Row],
    noun: int,
    name: int,
    entity: tuple[str, str, str],
) -> None:
    doc = parsed(nlp, rows)
    matches = resolver.name_descriptors.matches(doc)
    longest = min((m for m in matches if m.end == name), key=lambda m: m.start)
    assert (longest.rule.id, longest.start) == (rule_id, noun)
    assert descriptor_nouns(matches)[name] == noun


@pytest.mark.parametrize(("rule_id", "rows", "noun", "name", "entity"), CASES, ids=IDS)
def test_the_resolver_types_the_name_from_the_record(
    nlp: Language,
    resolver: EntityResolver,
    monkeypatch: pytest.MonkeyPatch,
    rule_id: str,
    rows: list[Row],
    noun: int,
    name: int,
    entity: tuple[str, str, str],
) -> None:
    assert entity in summary(parsed(nlp, rows))
    monkeypatch.setattr(resolver, "name_descriptors", without(resolver, rule_id))
    assert entity not in summary(parsed(nlp, rows))


def test_the_opening_marks_come_from_the_lexicon(
    nlp: Language, resolver: EntityResolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = resolver.name_descriptors.lexicon
    other = Lexicon(
        [
            *(wl for wl in shipped.records if wl.label != "NAME_OPENING_MARK"),
            WordList(id="marks", label="NAME_OPENING_MARK", words=["~"], comment="test"),
        ]
    )
    entity = ("Velna Forum", "actor", "RESEARCH_MEDIA")
    assert entity in summary(parsed(nlp, THINK_TANK))
    monkeypatch.setattr(resolver, "name_descriptors", without(resolver, lexicon=other))
    assert entity not in summary(parsed(nlp, THINK_TANK))


def test_an_introducer_with_no_noun_before_it_types_nothing(nlp: Language, resolver: EntityResolver) -> None:
    # "He was known as Velna Dawn ." : "was" is no descriptor noun.
    rows: list[Row] = [
        ("He", 2, "nsubjpass", "PRON", "O"),
        ("was", 1, "auxpass", "AUX", "O", "VBD"),
        ("known", 0, "ROOT", "VERB", "O", "VBN"),
        ("as", -1, "prep", "ADP", "O"),
        ("Velna", 1, "compound", "PROPN", "B-ORG"),
        ("Dawn", -2, "pobj", "PROPN", "I-ORG"),
        (".", -4, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert 4 not in descriptor_nouns(resolver.name_descriptors.matches(doc))


def test_descriptor_nouns_keeps_the_longest_match_ending_at_each_token() -> None:
    record = RuleRecord(id="r", label="DESCRIPTOR", pattern=[{"ORTH": "x"}], comment="test")
    matches = [RuleMatch(record, 2, 4, ()), RuleMatch(record, 1, 4, ()), RuleMatch(record, 3, 5, ())]
    assert descriptor_nouns(matches) == {4: 1, 5: 3}


@pytest.mark.pipeline
def test_every_record_matches_its_examples_with_the_statistical_pipeline() -> None:
    import briefextract

    full = briefextract.load()
    rules = full.get_pipe("briefextract_entities").name_descriptors
    assert len(rules) == 4
    for record in rules.records:
        assert record.examples, record.id
        for example in record.examples:
            assert any(m.rule.id == record.id for m in rules.matches(full(example))), (record.id, example)
