"""Provenance is written, never read back: "typed by default" is a field of the mention,
and the steps that decide on a mention join its rule text through named ids."""

from __future__ import annotations

from spacy.language import Language

from briefextract.entities.canon import (
    STATE_OWNER,
    TYPE_DEFAULT,
    Mention,
    build_entities,
    cluster,
    provenance,
)
from tests.entities_unit.conftest import marked


def _org(start: int, text: str, etype: str, rule: str, **kw: object) -> Mention:
    return Mention(start, start + len(text), text, "actor", etype, rule, "ner", **kw)  # type: ignore[arg-type]


def test_a_type_given_by_default_barely_votes_whatever_the_rule_text_says() -> None:
    # Both read by the NER; the default reading carries no suffix in its rule text.
    guessed = _org(0, "Velna Unity", "ARMED_GROUP", "ner:ORG", typed_by_default=True)
    evidenced = _org(30, "Velna Unity", "POLITICAL_GROUP", "ner:ORG")
    (ent,) = build_entities([guessed, evidenced], [[0, 1]])
    assert ent.type == "POLITICAL_GROUP"
    # A rule text that merely ends like the default step decides nothing.
    worded = _org(0, "Velna Unity", "ARMED_GROUP", provenance("ner:ORG", TYPE_DEFAULT))
    (ent,) = build_entities([worded, evidenced], [[0, 1]])
    assert ent.type == "ARMED_GROUP"  # equal votes: the first type in order


def test_a_default_typed_personal_name_takes_its_surname() -> None:
    full = _org(0, "Tarvo Greer", "ARMED_GROUP", "ner:ORG", typed_by_default=True)
    short = Mention(40, 45, "Greer", "actor", "PERSON", "ner:PERSON", "ner")
    assert cluster([full, short]) == [[0, 1]]
    assert cluster([_org(0, "Tarvo Greer", "ARMED_GROUP", "ner:ORG"), short]) == [[0], [1]]


def test_later_steps_join_the_provenance_and_end_the_default_reading() -> None:
    guessed = _org(0, "Velmora", "ARMED_GROUP", "ner:ORG+default", typed_by_default=True)
    placed = guessed.then("coordinated", kind="place", type="CITY")
    assert (placed.rule, placed.typed_by_default, placed.kind) == (
        "ner:ORG+default+coordinated",
        False,
        "place",
    )
    swept = guessed.remade("alias:sweep", start=50, end=57)
    assert (swept.rule, swept.typed_by_default, swept.start) == ("alias:sweep", False, 50)
    owner = Mention(0, 5, "Kenya", "place", "COUNTRY", "gazetteer:country-KE", "gazetteer")
    assert owner.then(STATE_OWNER, kind="actor", type="STATE").rule == "gazetteer:country-KE+owner"


def test_the_resolver_marks_an_organisation_only_the_default_typed(nlp: Language) -> None:
    doc = marked(nlp, "[Velna Unity](ORG) met the [Tarrow Brigade](ORG).")
    resolver = nlp.get_pipe("briefextract_entities")
    by_text = {m.text: m for m in resolver.local_mentions(doc)}
    assert (by_text["Velna Unity"].typed_by_default, by_text["Velna Unity"].rule) == (True, "ner:ORG+default")
    brigade = by_text["Tarrow Brigade"]  # typed by its head noun
    assert not brigade.typed_by_default
    assert TYPE_DEFAULT not in brigade.rule.split("+")
    records = {m["text"]: m for r in doc._.bx_entities.values() for m in r["mentions"]}
    assert "typed_by_default" not in records["Velna Unity"]
