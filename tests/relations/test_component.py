"""The component on hand-built Docs: filters, add_patterns, and saving and loading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

import briefextract.relations.relation_extractor  # registers the factory
from briefextract.extensions import SPAN_GROUP_RELATIONS
from briefextract.relations.relation_extractor import RelationExtractor

assert briefextract.relations.relation_extractor

# "Front shunned Guard ." with an optional adverb before the verb (no shipped record knows "shun").
ENEMY_RULE = {
    "id": "test-opposed",
    "label": "ENEMY_OF",
    "matcher": "dependency",
    "pattern": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "shun"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "a", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {"DEP": "dobj"}},
    ],
    "head": "a",
    "tail": "b",
    "comment": 'a test record: "X shunned Y"',
}


@pytest.fixture
def nlp() -> Language:
    return English()


def opposed(nlp: Language, adverb: str | None = None, lemma: str = "shun") -> Doc:
    words = ["Front", "shunned", "Guard", "."]
    heads = [1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNP", "."]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT"]
    if adverb:
        words = ["Front", adverb, "shunned", "Guard", "."]
        heads = [2, 2, 2, 2, 2]
        deps = ["nsubj", "neg" if adverb == "not" else "advmod", "ROOT", "dobj", "punct"]
        tags = ["NNP", "RB", "VBD", "NNP", "."]
        pos = ["PROPN", "PART" if adverb == "not" else "ADV", "VERB", "PROPN", "PUNCT"]
    lemmas = [lemma if w == "shunned" else w.lower() for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags, pos=pos)
    rows = [table_row("front", doc[0]), table_row("guard", doc[len(words) - 2])]
    doc._.bx_entities = {row["id"]: row for row in rows}
    return doc


def table_row(eid: str, token: Any) -> dict[str, Any]:
    return {
        "id": eid,
        "kind": "actor",
        "type": "ARMED_GROUP",
        "name": token.text,
        "aliases": [],
        "gazetteer_key": None,
        "mentions": [{"start": token.idx, "end": token.idx + len(token), "text": token.text}],
    }


def extractor(nlp: Language) -> RelationExtractor:
    component = nlp.add_pipe("briefextract_relations")
    assert isinstance(component, RelationExtractor)
    component.add_patterns([ENEMY_RULE])
    return component


def triples(doc: Doc) -> list[tuple[str, str, str]]:
    return [(r["head"], r["type"], r["tail"]) for r in doc._.bx_relations.values()]


def test_add_patterns_takes_effect_and_writes_spans_and_records(nlp: Language) -> None:
    doc = extractor(nlp)(opposed(nlp))
    assert triples(doc) == [("front", "ENEMY_OF", "guard")]
    (span,) = [s for s in doc.spans[SPAN_GROUP_RELATIONS] if s.id_ == "test-opposed"]
    assert (span.label_, span.kb_id_, span.text) == ("ENEMY_OF", "r1", "shunned")
    assert doc._.bx_relations["r1"]["provenance"] == ["test-opposed"]


def test_negated_statement_is_no_relation(nlp: Language) -> None:
    assert triples(extractor(nlp)(opposed(nlp, "not"))) == []


def test_alleged_statement_only_inside_an_attributed_claim(nlp: Language) -> None:
    component = extractor(nlp)
    doc = component(opposed(nlp, "allegedly"))
    assert triples(doc) == []
    doc = opposed(nlp, "allegedly")
    doc._.bx_claims = {"c1": {"content": {"start": 0, "end": len(doc.text), "text": doc.text}}}
    assert triples(component(doc)) == [("front", "ENEMY_OF", "guard")]


def test_events_map_to_relations(nlp: Language) -> None:
    component = extractor(nlp)
    doc = opposed(nlp, lemma="admire")
    doc._.bx_events = {
        "e1": {
            "id": "e1",
            "type": "SPLIT",
            "trigger": {"start": 6, "end": 13, "text": "shunned"},
            "evidence": {"start": 0, "end": len(doc.text), "text": doc.text},
            "participants": [{"role": "agent", "ref": "guard"}, {"role": "patient", "ref": "front"}],
            "locations": [],
            "modality": "asserted",
        }
    }
    doc = component(doc)
    assert triples(doc) == [("guard", "SPLINTER_OF", "front")]
    assert doc._.bx_relations["r1"]["provenance"] == ["split-leaver@e1"]


def test_round_trip_without_models(nlp: Language, tmp_path: Path) -> None:
    component = extractor(nlp)
    component.to_disk(tmp_path / "relations")
    names = sorted(p.name for p in (tmp_path / "relations").iterdir())
    saved = [
        "constructions.jsonl",
        "descriptions.jsonl",
        "from_events.jsonl",
        "implied_agents.jsonl",
        "lexicon.jsonl",
        "owner_keys.json",
        "settings.json",
    ]
    assert names == saved
    other = English().add_pipe("briefextract_relations")
    assert isinstance(other, RelationExtractor)
    other.from_disk(tmp_path / "relations")
    assert [r.id for r in other.records] == [r.id for r in component.records]
    assert "test-opposed" in [r.id for r in other.records]
    assert [r.id for r in other.description_records] == [r.id for r in component.description_records]
    assert other.settings() == component.settings()
    doc = opposed(other.nlp)
    assert triples(other(doc)) == [("front", "ENEMY_OF", "guard")]


def test_a_record_the_tree_walk_cannot_run_goes_to_spacys_matcher(nlp: Language) -> None:
    component = nlp.add_pipe("briefextract_relations")
    assert isinstance(component, RelationExtractor)
    deep = {**ENEMY_RULE, "id": "test-deep"}
    deep["pattern"] = [*ENEMY_RULE["pattern"][:2], {**ENEMY_RULE["pattern"][2], "REL_OP": ">++"}]
    component.add_patterns([deep])
    assert "test-deep" not in [r.id for r, _ in component._trees.patterns]
    doc = component(opposed(nlp))
    assert triples(doc) == [("front", "ENEMY_OF", "guard")]
    assert doc._.bx_relations["r1"]["provenance"] == ["test-deep"]


def test_end_nodes_are_flagged_when_they_name_something(nlp: Language) -> None:
    doc = extractor(nlp)(opposed(nlp))
    assert [t.text for t in doc if t._.bx_relation_end] == ["Front", "Guard"]


def test_an_empty_doc_gives_no_relations(nlp: Language) -> None:
    # A Doc with no tokens (``nlp("")``, or one built from no words with sentence starts).
    component = extractor(nlp)
    for doc in (nlp(""), Doc(nlp.vocab, words=[], sent_starts=[])):
        doc._.bx_entities = {}
        assert triples(component(doc)) == []
        assert list(doc.spans[SPAN_GROUP_RELATIONS]) == []


def test_a_modal_marks_the_statement_but_a_month_does_not(nlp: Language) -> None:
    component = extractor(nlp)
    assert triples(component(opposed(nlp, "may"))) == []
    # "Front shunned Guard May ." with the month a proper noun on the verb
    words = ["Front", "shunned", "Guard", "May", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "npadvmod", "punct"],
        lemmas=["front", "shun", "guard", "May", "."],
        tags=["NNP", "VBD", "NNP", "NNP", "."],
        pos=["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
    )
    doc._.bx_entities = {r["id"]: r for r in (table_row("front", doc[0]), table_row("guard", doc[2]))}
    assert triples(component(doc)) == [("front", "ENEMY_OF", "guard")]


def test_a_marker_heading_its_own_clause_marks_only_that_clause(nlp: Language) -> None:
    # "Front shunned Guard and Star was believed ." : "believed" heads the second clause
    words = ["Front", "shunned", "Guard", "and", "Star", "was", "believed", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 1, 6, 6, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "cc", "nsubjpass", "auxpass", "conj", "punct"],
        lemmas=["front", "shun", "guard", "and", "star", "be", "believe", "."],
        tags=["NNP", "VBD", "NNP", "CC", "NNP", "VBD", "VBN", "."],
        pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
    )
    doc._.bx_entities = {r["id"]: r for r in (table_row("front", doc[0]), table_row("guard", doc[2]))}
    assert triples(extractor(nlp)(doc)) == [("front", "ENEMY_OF", "guard")]


def test_a_walk_runs_only_in_a_doc_with_entities_of_its_end_types(nlp: Language) -> None:
    component = nlp.add_pipe("briefextract_relations")
    assert isinstance(component, RelationExtractor)
    people = {**ENEMY_RULE, "id": "test-people", "head_types": ["PERSON"], "tail_types": ["PERSON"]}
    target = {**people, "id": "test-target"}
    yielding = {**ENEMY_RULE, "id": "test-yielding", "yields_to": ["test-target"]}
    component.add_patterns([people, target, yielding])

    def walked(*types: str) -> set[str]:
        return {r.id for r, _ in component._trees_for(frozenset(types)).patterns}

    assert {"test-people", "test-target", "test-yielding"} <= walked("PERSON")
    # Between two groups no record about people can state anything; the one another record
    # yields to still runs, and silences it.
    assert "test-people" not in walked("ARMED_GROUP")
    assert {"test-target", "test-yielding"} <= walked("ARMED_GROUP")
    assert triples(component(opposed(nlp))) == []
