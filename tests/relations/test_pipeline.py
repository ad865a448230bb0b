"""End to end: relations appear in the brief, on invented text."""

from __future__ import annotations

import pytest
from spacy.language import Language

import briefextract.relations.relation_extractor  # registers the factory before the pipeline is built
from briefextract.assemble import build_brief

assert briefextract.relations.relation_extractor

TEXT = (
    "The Red Hand Front is a militant group operating in Sylvania. "
    "Its leader, Maria Santos, founded the group in 1990. "
    "In 2004 the Black Star Brigade broke away from the Red Hand Front."
)


@pytest.mark.pipeline
def test_relations_reach_the_brief(nlp: Language) -> None:
    doc = nlp(TEXT)
    brief = build_brief(doc, "invented")
    names = {a.id: a.name for a in brief.actors} | {p.id: p.name for p in brief.places}
    found = {(names[r.head], r.type, names[r.tail]) for r in brief.relations}
    assert ("Red Hand Front", "OPERATES_IN", "Sylvania") in found
    assert ("Maria Santos", "LEADER_OF", "Red Hand Front") in found
    assert ("Black Star Brigade", "SPLINTER_OF", "Red Hand Front") in found
    assert ("Maria Santos", "FOUNDER_OF", "Red Hand Front") in found  # "the group" is the Front
    for r in brief.relations:
        assert r.model_extra and r.model_extra["provenance"]


@pytest.mark.pipeline
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a definite description by the group's kind takes up the group named last
        (
            "The Gold Lantern Brigade is a separatist militia. "
            "The militia is allied with the Free Moor Party.",
            ("Gold Lantern Brigade", "ALLIED_WITH", "Free Moor Party"),
        ),
        # a pledge of allegiance: an affiliate, not an ally as well
        (
            "In 2011 the Gold Lantern Brigade pledged allegiance to the Iron Wheel Movement.",
            ("Gold Lantern Brigade", "AFFILIATE_OF", "Iron Wheel Movement"),
        ),
    ],
)
def test_relations_of_invented_backgrounders(nlp: Language, text: str, wanted: tuple[str, str, str]) -> None:
    brief = build_brief(nlp(text), "invented")
    names = {a.id: a.name for a in brief.actors} | {p.id: p.name for p in brief.places}
    found = {(names[r.head], r.type, names[r.tail]) for r in brief.relations}
    assert wanted in found
    if wanted[1] == "AFFILIATE_OF":
        assert not any(t == "ALLIED_WITH" for _, t, _ in found)


@pytest.mark.pipeline
def test_a_denied_statement_gives_no_relation(nlp: Language) -> None:
    text = (
        "The Gold Lantern Brigade is a militant group. In 2008 the Gold Lantern Brigade denied "
        "that it had carried out the bombing of a hotel in the city of Ardmore."
    )
    brief = build_brief(nlp(text), "invented")
    assert not [r for r in brief.relations if r.type == "OPERATES_IN"]
