"""Every construction record's own examples, run with that record alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.relations.entity_lookup import EntityIndex
from briefextract.relations.relation_extractor import as_match
from briefextract.relations.relation_rules import RelationRule
from briefextract.relations.stative import stative_candidates
from briefextract.relations.treematch import SentenceView, compile_pattern
from briefextract.rules import Lexicon
from briefextract.rules.inline import parse_inline

from .conftest import RULES, entity_table, expected_pairs, slug

# Invented countries for examples that name a state by its demonym.
OWNER_KEYS = {
    "freedonia": "country-FD",
    "freedonian": "country-FD",
    "sylvania": "country-SY",
    "sylvanian": "country-SY",
}

CASES = [(r, ex) for r in RULES for ex in r.examples]


def test_every_record_has_an_example() -> None:
    assert [r.id for r in RULES if not r.examples] == []


def found_pairs(parser: Language, lexicon: Lexicon, rule: RelationRule, example: str) -> set[tuple[str, str]]:
    text, marked = parse_inline(example)
    doc = parser(text)
    table = entity_table(marked)
    for row in table:
        if row["type"] == "STATE" and row["gazetteer_key"] is None:
            row["gazetteer_key"] = OWNER_KEYS.get(slug(row["name"]))
    index = EntityIndex(
        doc,
        table,
        OWNER_KEYS,
        carriers=lexicon.lower("NAME_CARRIER_NOUNS"),
        relative_adverbs=lexicon.lower("RELATIVE_ADVERBS"),
        owner_carriers=lexicon.lower("OWNER_CARRIER_NOUNS"),
        owner_prepositions=lexicon.lower("OWNER_PREPOSITIONS"),
    )
    # As the component runs it: a walk over the tree, coordinated verbs sharing a subject.
    tree = compile_pattern(lexicon.expand(rule.pattern))
    assert tree is not None
    view = SentenceView(doc, 0, len(doc), share_subjects=True)
    matches = [as_match(rule, binding) for binding in view.matches(tree)]
    preps = lexicon.lower("SPREAD_PREPOSITIONS")
    found = stative_candidates(doc, matches, index, spread_preps=preps)
    assert all(c.type == rule.label and c.provenance == rule.id for c in found)
    return {(c.head, c.tail) for c in found}


@pytest.mark.pipeline
@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(CASES)])
def test_record_example(parser: Language, lexicon: Lexicon, rule: RelationRule, example: str) -> None:
    _, marked = parse_inline(example)
    assert found_pairs(parser, lexicon, rule, example) == expected_pairs(marked)
