"""The description records (``models/relations/descriptions.jsonl``): a common noun that
stands for what another word names ("X, a group", "X is a group", "a group known as X").
Hand-built parses test each record's reading (each case fails without its record); the
records' own examples run on the statistical parse."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.relations.entity_lookup import EntityIndex
from briefextract.relations.relation_rules import DescriptionRule
from briefextract.rules import Lexicon, RuleSet
from briefextract.rules.inline import parse_inline

from .conftest import DESCRIPTION_RULES, LEXICON_PATH

VOCAB = English().vocab
LEXICON = Lexicon.from_files([LEXICON_PATH])

# (word, head, dep, lemma)
APPOSED = [
    ("Front", 0, "ROOT", "front"),
    (",", 0, "punct", ","),
    ("a", 3, "det", "a"),
    ("group", 0, "appos", "group"),
]
COPULA = [
    ("Guard", 1, "nsubj", "guard"),
    ("is", 1, "ROOT", "be"),
    ("a", 3, "det", "a"),
    ("group", 1, "attr", "group"),
]
# "They formed a group known in Velm as Circle": the first naming word of the clause counts.
NAMING = [
    ("They", 1, "nsubj", "they"),
    ("formed", 1, "ROOT", "form"),
    ("a", 3, "det", "a"),
    ("group", 1, "dobj", "group"),
    ("known", 3, "acl", "know"),
    ("in", 4, "prep", "in"),
    ("Velm", 5, "pobj", "velm"),
    ("as", 4, "prep", "as"),
    ("Circle", 7, "pobj", "circle"),
]


def doc_of(rows: list[tuple[str, int, str, str]]) -> Doc:
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
    )


def table(doc: Doc, names: dict[str, int]) -> list[dict[str, Any]]:
    rows = []
    for eid, i in names.items():
        t = doc[i]
        mention = {"start": t.idx, "end": t.idx + len(t), "text": t.text}
        rows.append(
            {
                "id": eid,
                "kind": "actor",
                "type": "ARMED_GROUP",
                "name": t.text,
                "aliases": [],
                "mentions": [mention],
            }
        )
    return rows


def described(
    rows: list[tuple[str, int, str, str]], names: dict[str, int], token: int, rules: list[DescriptionRule]
) -> list[str]:
    doc = doc_of(rows)
    index = EntityIndex(doc, table(doc, names), {}, descriptions=RuleSet(VOCAB, rules, LEXICON))
    return index._described(doc[token])


CASES = [
    ("description-in-apposition", APPOSED, {"front": 0}, 3, ["front"]),
    ("complement-of-copula", COPULA, {"guard": 0}, 3, ["guard"]),
    ("named-by-participle", NAMING, {"velm": 6, "circle": 8}, 3, ["velm"]),
]


@pytest.mark.parametrize(("rule_id", "rows", "names", "token", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_reading_needs_its_record(
    rule_id: str,
    rows: list[tuple[str, int, str, str]],
    names: dict[str, int],
    token: int,
    expected: list[str],
) -> None:
    assert described(rows, names, token, DESCRIPTION_RULES) == expected
    others = [r for r in DESCRIPTION_RULES if r.id != rule_id]
    assert described(rows, names, token, others) == []


def test_a_naming_clause_gives_one_name_the_first_that_names_something() -> None:
    assert described(NAMING, {"circle": 8}, 3, DESCRIPTION_RULES) == ["circle"]
    every = [r.model_copy(update={"first_per": None}) for r in DESCRIPTION_RULES]
    assert described(NAMING, {"velm": 6, "circle": 8}, 3, every) == ["velm", "circle"]


def test_the_naming_verbs_come_from_the_lexicon() -> None:
    words = [r for r in LEXICON.records if r.label != "NAME_VERBS"]
    other = Lexicon(
        [*words, words[0].model_copy(update={"id": "x", "label": "NAME_VERBS", "words": ["dub"]})]
    )
    doc = doc_of(NAMING)
    index = EntityIndex(
        doc, table(doc, {"circle": 8}), {}, descriptions=RuleSet(VOCAB, DESCRIPTION_RULES, other)
    )
    assert index._described(doc[3]) == []


def test_without_records_a_description_names_nothing() -> None:
    doc = doc_of(COPULA)
    assert EntityIndex(doc, table(doc, {"guard": 0}), {}).candidates(doc[3]) == []


def test_a_record_needs_a_description_and_a_named_node() -> None:
    with pytest.raises(ValueError, match="named"):
        DescriptionRule(
            id="x",
            label="X",
            matcher="dependency",
            pattern=[{"RIGHT_ID": "description", "RIGHT_ATTRS": {}}],
            comment="c",
        )


@pytest.mark.pipeline
@pytest.mark.parametrize("rule", DESCRIPTION_RULES, ids=[r.id for r in DESCRIPTION_RULES])
def test_every_record_reads_its_examples(parser: Language, rule: DescriptionRule) -> None:
    assert rule.examples
    rules = RuleSet(parser.vocab, [rule], LEXICON)
    for example in rule.examples:
        text, marked = parse_inline(example)
        doc = parser(text)
        spans = {m.tag: doc.char_span(m.start, m.end) for m in marked}
        found = [(m.node("description"), m.node("named")) for m in rules.matches(doc)]
        assert any(
            d in range(spans["description"].start, spans["description"].end)
            and n in range(spans["named"].start, spans["named"].end)
            for d, n in found
        ), (example, found)
