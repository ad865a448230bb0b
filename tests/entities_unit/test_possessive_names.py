"""A possessor noun's possessive inside a body's name ("the People's Liberation Front",
"the Velnan Workers' Party") is part of the name; the possessive of any other word (a
country's, a group's) is not. Invented names, hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities_unit.conftest import marked, record, records, spans, summary


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("In 1974 the People's Velna Army broke away.", "People's Velna Army", "ARMED_GROUP"),
        ("The Velnan Workers' Party won two seats.", "Velnan Workers' Party", "POLITICAL_GROUP"),
        ("Police raided the Peasants' Tarrow Party in May.", "Peasants' Tarrow Party", "POLITICAL_GROUP"),
        ("The Tarrow Martyrs' Brigades claimed the attack.", "Tarrow Martyrs' Brigades", "ARMED_GROUP"),
        ("The People’s Velna Front held a rally.", "People’s Velna Front", "ARMED_GROUP"),
        (
            "It joined the People's Movement for the Liberation of Velna in 1980.",
            "People's Movement for the Liberation of Velna",
            "ARMED_GROUP",
        ),
        ("The Mothers' Committee of Tarrow marched.", "Mothers' Committee of Tarrow", "POLITICAL_GROUP"),
    ],
    ids=["people-s", "workers-apostrophe", "peasants", "martyrs", "curly", "prefix-name", "of-name"],
)
def test_a_possessor_nouns_possessive_stays_inside_a_pattern_name(
    nlp: Language, text: str, name: str, type_: str
) -> None:
    doc = marked(nlp, text)
    assert record(doc, name)["type"] == type_
    # No piece of it is a name of its own.
    assert [r for r in records(doc) if r != name and r in name] == [], summary(doc)


@pytest.mark.parametrize(
    ("text", "kept", "not_kept"),
    [
        ("Velnia's Frontier Guard sealed the pass.", "Frontier Guard", "Velnia's Frontier Guard"),
        ("The Tarrow Front's Youth Brigade grew.", "Youth Brigade", "Tarrow Front's Youth Brigade"),
        ("Lord Velna's Tarrow Army marched.", "Tarrow Army", "Velna's Tarrow Army"),
    ],
    ids=["a-countrys-body", "a-groups-unit", "a-persons-army"],
)
def test_any_other_possessive_is_no_part_of_a_name(
    nlp: Language, text: str, kept: str, not_kept: str
) -> None:
    doc = marked(nlp, text)
    found = [s.text for s in spans(doc)]
    assert kept in found
    assert not any(not_kept in f for f in found), found


def test_a_statistical_name_keeps_a_possessor_nouns_possessive(nlp: Language) -> None:
    doc = marked(nlp, "[The Women's Tarrow Union](ORG) met in Velna.")
    assert "Women's Tarrow Union" in records(doc), summary(doc)
    assert "Women" not in records(doc)


def test_a_statistical_name_is_split_at_any_other_possessive(nlp: Language) -> None:
    # "Tarrow Union" ends in a head noun, but "Velna" is no possessor noun: two names.
    doc = marked(nlp, "[Velna's Tarrow Union](ORG) met in May.")
    names = records(doc)
    assert "Tarrow Union" in names
    assert "Velna's Tarrow Union" not in names


def test_a_statistical_name_without_a_head_noun_is_split(nlp: Language) -> None:
    # "Women's Tarrow" ends in no body's head noun: the possessive names nothing inside a name.
    doc = marked(nlp, "[Women's Tarrow](ORG) opened in May.")
    assert "Women's Tarrow" not in records(doc)
