"""Word endings the entity lookup reads come from the relations lexicon (PLURAL_ENDINGS,
REFLEXIVE_ENDINGS), not from Python: without the list, the lookup decides otherwise (the
plural case is in test_resolve.py)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from briefextract.relations.entity_lookup import Anaphora, EntityIndex
from briefextract.rules.lexicon import Lexicon, WordList
from briefextract.rules.resources import model_path, read_jsonl

from .test_resolve import row

VOCAB = English().vocab


def _packaged(label: str) -> frozenset[str]:
    lexicon = Lexicon(read_jsonl(model_path("relations/lexicon.jsonl"), WordList))
    return lexicon.lower(label)


def test_the_relations_lexicon_holds_the_endings() -> None:
    assert "s" in _packaged("PLURAL_ENDINGS")
    assert "self" in _packaged("REFLEXIVE_ENDINGS")


def test_a_reflexive_object_may_stand_for_its_clause_subject() -> None:
    # "Star grew . Front renamed itself ."
    words = ["Star", "grew", ".", "Front", "renamed", "itself", "."]
    doc = Doc(
        VOCAB,
        words=words,
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
        tags=["NNP", "VBD", ".", "NNP", "VBD", "PRP", "."],
    )
    table = [row("star", "ARMED_GROUP", doc, [(0, 1)]), row("front", "ARMED_GROUP", doc, [(3, 4)])]
    kinds = {"pronouns": frozenset({"itself"}), "types": frozenset({"ARMED_GROUP"})}
    with_endings = EntityIndex(doc, table, {}, Anaphora(**kinds, reflexive_endings=("self",)))
    without = EntityIndex(doc, table, {}, Anaphora(**kinds))
    assert with_endings.candidates(doc[5]) != without.candidates(doc[5])
    assert without.candidates(doc[5]) == ["star"]
