"""The sweep's words come from the entity lexicon: the plural of an acronym's qualifier
(PLURAL_ENDING) names the group: "the Tarrows" for the "Tarrow VLA"."""

from __future__ import annotations

from spacy.language import Language

from briefextract.entities.canon import Entity, Mention
from briefextract.entities.mention_sweep import sweep
from tests.entities_unit.conftest import marked, mention_texts, record

TEXT = "The Tarrow VLA split. The Tarrows grew; the Tarrowen did not."


def _group() -> Entity:
    m = Mention(4, 14, "Tarrow VLA", "actor", "ARMED_GROUP", "ner:ORG", "ner")
    return Entity("tarrow_vla", "actor", m.text, m.type, [], [m])


def _swept(endings: tuple[str, ...]) -> list[str]:
    (ent,) = sweep(
        TEXT, [_group()], lambda s, e: True, titles=frozenset(), not_names=frozenset(), plural_endings=endings
    )
    return [m.text for m in ent.mentions]


def test_a_qualifier_made_plural_by_a_listed_ending_names_the_group() -> None:
    assert _swept(("s",)) == ["Tarrow VLA", "Tarrows"]
    assert _swept(()) == ["Tarrow VLA"]
    assert _swept(("en",)) == ["Tarrow VLA", "Tarrowen"]


def test_the_resolver_reads_the_endings_from_the_lexicon(nlp: Language) -> None:
    doc = marked(nlp, "The [Tarrow VLA](ORG) split. The Tarrows grew.")
    assert mention_texts(record(doc, "Tarrow VLA")) == ["Tarrow VLA", "Tarrows"]
