"""The relation rule files: they compile, and every word list is used."""

from __future__ import annotations

import json

from spacy.lang.en import English

from briefextract.relations import relation_extractor
from briefextract.rules import Lexicon, RuleSet

from .conftest import EVENT_RULES, IMPLIED_RULES, LEXICON_PATH, RULES

MECHANISM_LISTS = {
    relation_extractor.SPREAD_PREPOSITIONS,
    relation_extractor.ALLEGATION_MARKERS,
    relation_extractor.ANAPHOR_NOUNS,
    relation_extractor.ANAPHOR_PRONOUNS,
    relation_extractor.ANAPHOR_DETERMINERS,
    relation_extractor.NAME_CARRIERS,
    relation_extractor.NAMING_VERBS,
    relation_extractor.RELATIVE_ADVERBS,
    relation_extractor.OWNER_CARRIERS,
    relation_extractor.OWNER_PREPOSITIONS,
    relation_extractor.PLURAL_ENDINGS,
    relation_extractor.REFLEXIVE_ENDINGS,
}


def test_records_compile_with_the_shipped_lexicon() -> None:
    lexicon = Lexicon.from_files([LEXICON_PATH])
    assert len(RuleSet(English().vocab, RULES, lexicon, source="constructions")) == len(RULES)


def test_every_word_list_is_used() -> None:
    lexicon = Lexicon.from_files([LEXICON_PATH])
    text = json.dumps([r.pattern for r in [*RULES, *IMPLIED_RULES]])
    unused = [
        label for label in lexicon.labels() if f'"@{label}"' not in text and label not in MECHANISM_LISTS
    ]
    assert unused == []


def test_event_mappings_have_unique_ids_and_known_types() -> None:
    ids = [r.id for r in EVENT_RULES]
    assert len(ids) == len(set(ids))


def test_gate_is_the_smallest_word_constraint() -> None:
    from briefextract.relations.relation_extractor import gate
    from briefextract.relations.relation_rules import RelationRule
    from briefextract.rules import WordList

    lexicon = Lexicon([WordList(id="v", label="VERBS", words=["lead", "head", "run"], comment="verbs")])
    record = RelationRule.model_validate(
        {
            "id": "t",
            "label": "LEADER_OF",
            "pattern": [
                {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": "@VERBS"}}},
                {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "a", "RIGHT_ATTRS": {"DEP": "nsubj"}},
                {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {"LOWER": "since"}},
            ],
            "head": "a",
            "tail": "b",
            "comment": "a test record",
        }
    )
    assert gate(record, lexicon) == ("LOWER", frozenset({"since"}))
    unconstrained = record.model_copy(update={"pattern": record.pattern[:2]})
    assert gate(unconstrained, lexicon) == ("LEMMA", frozenset({"lead", "head", "run"}))
