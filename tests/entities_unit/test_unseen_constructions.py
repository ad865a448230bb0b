"""Constructions of reporting prose that type a name no gazetteer knows, on invented
sentences (issue 16, text never seen): a description after the name outweighs its head noun
and the default, a business is no actor, a town or region in apposition is a place wherever
its name stands, and a body's head noun outweighs a personal-name reading."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.resolver import EntityResolver
from briefextract.entities.typing import type_from_description
from tests.entities_unit.conftest import Row, marked, parsed, summary

DESCRIPTORS = {
    "separatist": "ARMED_GROUP",
    "militant": "ARMED_GROUP",
    "party": "POLITICAL_GROUP",
    "communal": "POLITICAL_GROUP",
}


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        (", a separatist party in the south.", "POLITICAL_GROUP"),
        (", a militant group.", "ARMED_GROUP"),
        (", a communal group of herders.", "POLITICAL_GROUP"),
    ],
    ids=["head-noun-before-modifier", "modifier-when-the-head-is-untyped", "communal-modifier"],
)
def test_the_descriptions_head_noun_types_first(
    resolver: EntityResolver, following: str, expected: str
) -> None:
    assert type_from_description(following, DESCRIPTORS, resolver.description) == expected


# (text with the NER's spans inline, every (name, kind, type) that must come out)
TYPINGS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "description-outweighs-a-pattern-head": (
        "The Tarrow Hill Movement, a separatist party, won four seats.",
        [("Tarrow Hill Movement", "actor", "POLITICAL_GROUP")],
    ),
    "description-outweighs-an-ner-head": (
        "[Velna Brigade](ORG) is a small political party in the south.",
        [("Velna Brigade", "actor", "POLITICAL_GROUP")],
    ),
    "plural-head-keeps-its-modifier": (
        "They joined the Tarrow Democratic Front, an alliance of opposition parties.",
        [("Tarrow Democratic Front", "actor", "POLITICAL_GROUP")],
    ),
    "communal-group-in-apposition": (
        "The rebels drew on the [Orvani](ORG), a communal group of herders.",
        [("Orvani", "actor", "POLITICAL_GROUP")],
    ),
    "indigenous-community": (
        "The [Dessu](ORG), an indigenous community of the forests, backed them.",
        [("Dessu", "actor", "POLITICAL_GROUP")],
    ),
    "media-outlet": (
        "[Velna Voice](ORG), the media outlet of the band, posted it.",
        [("Velna Voice", "actor", "RESEARCH_MEDIA")],
    ),
    "business-is-no-actor": ("[Velcor Energy](ORG), a mining company, closed the pit.", []),
    "business-after-a-copula": ("[Tarrow Holdings](ORG) is a logistics firm in the port.", []),
    "body-nearer-than-business": (
        "[Velcor Front](ORG), a militant group that runs a mining company, struck.",
        [("Velcor Front", "actor", "ARMED_GROUP")],
    ),
    "body-head-outweighs-a-person-reading": (
        "[Ostrel Brigades](PERSON), a splinter faction, broke away in 2003.",
        [("Ostrel Brigades", "actor", "ARMED_GROUP")],
    ),
}


@pytest.mark.parametrize("case", list(TYPINGS), ids=list(TYPINGS))
def test_a_names_type_from_its_context(nlp: Language, case: str) -> None:
    text, expected = TYPINGS[case]
    assert summary(marked(nlp, text)) == sorted(expected)


# "The rebels attacked Velmora , the provincial capital , after the Velmora massacre ."
CAPITAL: list[Row] = [
    ("The", 1, "det", "DET", "O"),
    ("rebels", 1, "nsubj", "NOUN", "O", "NNS"),
    ("attacked", 0, "ROOT", "VERB", "O"),
    ("Velmora", -1, "dobj", "PROPN", "B-PERSON"),
    (",", -1, "punct", "PUNCT", "O"),
    ("the", 2, "det", "DET", "O"),
    ("provincial", 1, "amod", "ADJ", "O"),
    ("capital", -4, "appos", "NOUN", "O"),
    (",", -5, "punct", "PUNCT", "O"),
    ("after", -6, "prep", "ADP", "O"),
    ("the", 2, "det", "DET", "O"),
    ("Velmora", 1, "compound", "PROPN", "B-PERSON"),
    ("massacre", -3, "pobj", "NOUN", "O"),
    (".", -10, "punct", "PUNCT", "O"),
]
# "They met Tom Marlow , a village elder ."
ELDER: list[Row] = [
    ("They", 1, "nsubj", "PRON", "O"),
    ("met", 0, "ROOT", "VERB", "O"),
    ("Tom", 1, "compound", "PROPN", "B-PERSON"),
    ("Marlow", -2, "dobj", "PROPN", "I-PERSON"),
    (",", -1, "punct", "PUNCT", "O"),
    ("a", 2, "det", "DET", "O"),
    ("village", 1, "compound", "NOUN", "O"),
    ("elder", -4, "appos", "NOUN", "O"),
    (".", -7, "punct", "PUNCT", "O"),
]
# "Fighting spread to Tarrowen , a mountainous province ."
PROVINCE: list[Row] = [
    ("Fighting", 1, "nsubj", "NOUN", "O"),
    ("spread", 0, "ROOT", "VERB", "O"),
    ("to", -1, "prep", "ADP", "O"),
    ("Tarrowen", -1, "pobj", "PROPN", "B-ORG"),
    (",", -1, "punct", "PUNCT", "O"),
    ("a", 2, "det", "DET", "O"),
    ("mountainous", 1, "amod", "ADJ", "O"),
    ("province", -4, "appos", "NOUN", "O"),
    (".", -7, "punct", "PUNCT", "O"),
]


def test_a_town_in_apposition_is_a_place_wherever_it_is_named(nlp: Language) -> None:
    assert summary(parsed(nlp, CAPITAL)) == [("Velmora", "place", "CITY")]


def test_a_settlement_noun_that_modifies_another_is_no_apposition(nlp: Language) -> None:
    assert summary(parsed(nlp, ELDER)) == [("Tom Marlow", "actor", "PERSON")]


def test_a_division_in_apposition_is_a_region(nlp: Language) -> None:
    assert summary(parsed(nlp, PROVINCE)) == [("Tarrowen", "place", "REGION")]


def test_the_apposition_records_decide(
    nlp: Language, resolver: EntityResolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefextract.rules import RuleRecord, RuleSet

    empty: RuleSet[RuleRecord] = RuleSet(nlp.vocab, [], resolver.facility_appositions.lexicon)
    monkeypatch.setattr(resolver, "facility_appositions", empty)
    assert ("Velmora", "place", "CITY") not in summary(parsed(nlp, CAPITAL))
