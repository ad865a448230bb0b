"""General constructions of backgrounder prose about any armed group, on invented sentences:
kin groups, designations, army units, doctrines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities_unit.conftest import marked, record, records, summary


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out with the Velmar tribe near the river.",
        "Clashes broke out with the [Velmar](GPE) tribe near the river.",
        "Clashes broke out with the [Velmar](PERSON) clan near the river.",
        "Later the Velmar clans sided with the rebels.",
        "The group recruits among the [Velmar](PERSON) people of the east.",
        "The Velmar minority has long complained of neglect.",
        "Leaders of the Velmar community met the governor.",
    ],
    ids=[
        "tribe",
        "tribe-read-as-a-town",
        "clan-read-as-a-person",
        "clans-after-an-opener",
        "people",
        "minority",
        "community",
    ],
)
def test_a_name_before_a_kin_group_noun_is_a_communal_group(nlp: Language, text: str) -> None:
    doc = marked(nlp, text)
    assert record(doc, "Velmar")["type"] == "POLITICAL_GROUP", summary(doc)
    assert [r for r in records(doc) if r != "Velmar"] == [], summary(doc)


@pytest.mark.parametrize(
    "text",
    ["The tribe moved north in winter.", "These people moved north.", "The Afghan people voted."],
    ids=["opener", "determiner", "demonym"],
)
def test_a_communal_noun_after_no_name_names_nothing(nlp: Language, text: str) -> None:
    doc = marked(nlp, text)
    assert summary(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2008 the group was designated a Foreign Terrorist Organization by the Velnan government.",
        "It was named a [Specially Designated Global Terrorist](ORG) in 2012.",
    ],
    ids=["pattern-read", "ner-read"],
)
def test_a_designation_is_no_actor(nlp: Language, text: str) -> None:
    doc = marked(nlp, text)
    assert not [r for r in records(doc) if "Terrorist" in r], summary(doc)


def test_a_numbered_division_is_a_state_unit(nlp: Language) -> None:
    doc = marked(nlp, "The 9th Tarrow Division retook the pass.")
    assert record(doc, "9th Tarrow Division")["type"] == "GOVERNMENT_BODY"


def test_a_doctrine_in_brackets_after_a_party_is_no_actor(nlp: Language) -> None:
    doc = marked(nlp, "The Velnan Labour Party ([Marxist-Leninist](ORG)) left the coalition.")
    assert summary(doc) == [("Velnan Labour Party", "actor", "POLITICAL_GROUP")]
