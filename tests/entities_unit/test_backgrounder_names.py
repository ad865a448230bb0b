"""General constructions of backgrounder prose about any armed group, on invented sentences:
kin groups, designations, army units, doctrines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities_unit.conftest import Row, marked, parsed, record, records, summary


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


def test_a_kin_group_noun_outweighs_a_full_personal_name_reading(nlp: Language) -> None:
    doc = marked(nlp, "The group recruits among the [Velmar Tarrow](PERSON) clan in the east.")
    assert summary(doc) == [("Velmar Tarrow", "actor", "POLITICAL_GROUP")]


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


def _opener_rows(opener: str, tag: str) -> list[Row]:
    # "<Opener> of the Velna Front attacked ." parsed, with the opener tagged as given.
    return [
        (opener, 5, "nsubj", "NOUN" if tag == "NNS" else "PROPN", "O", tag, opener.lower()),
        ("of", -1, "prep", "ADP", "O"),
        ("the", 2, "det", "DET", "O"),
        ("Velna", 1, "compound", "PROPN", "O"),
        ("Front", -3, "pobj", "PROPN", "O"),
        ("attacked", 0, "ROOT", "VERB", "O"),
        (".", -1, "punct", "PUNCT", "O"),
    ]


@pytest.mark.parametrize("opener", ["Members", "Fighters", "Supporters"])
def test_a_plural_noun_opening_the_sentence_is_no_part_of_a_name(nlp: Language, opener: str) -> None:
    doc = parsed(nlp, _opener_rows(opener, "NNS"))
    assert summary(doc) == [("Velna Front", "actor", "ARMED_GROUP")]


def test_a_plural_proper_noun_opening_a_name_stays_in_it(nlp: Language) -> None:
    doc = parsed(nlp, _opener_rows("Friends", "NNPS"))
    assert summary(doc) == [("Friends of the Velna Front", "actor", "ARMED_GROUP")]


def test_a_plural_noun_of_members_heading_a_name_stays_in_it(nlp: Language) -> None:
    rows: list[Row] = [
        ("Sons", 3, "nsubj", "NOUN", "O", "NNS", "son"),
        ("of", -1, "prep", "ADP", "O"),
        ("Velna", -1, "pobj", "PROPN", "O"),
        ("marched", 0, "ROOT", "VERB", "O"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == [("Sons of Velna", "actor", "POLITICAL_GROUP")]


def test_amir_is_a_given_name_not_a_title(nlp: Language) -> None:
    doc = marked(nlp, "The founders included [Amir Velnani](PERSON). In 1990 [Velnani](PERSON) fled.")
    assert summary(doc) == [("Amir Velnani", "actor", "PERSON")]
    assert record(doc, "Amir Velnani")["aliases"] == ["Velnani"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The unit was led by [Comandante Tomas Velk](PERSON) until 1990.", "Tomas Velk"),
        ("The truce was mediated by [Archbishop Tomas Velk](PERSON) in 1990.", "Tomas Velk"),
        ("The rebels met [Governor Tomas Velk](PERSON) in 1990.", "Tomas Velk"),
    ],
    ids=["comandante", "archbishop", "governor"],
)
def test_a_title_before_a_personal_name_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    assert summary(marked(nlp, text)) == [(name, "actor", "PERSON")]


def test_a_ministers_portfolio_is_no_name(nlp: Language) -> None:
    # "Defence Minister Tomas Velk", the NER reading the portfolio as an organisation.
    doc = marked(nlp, "The rebels met [Defence](ORG) Minister [Tomas Velk](PERSON) in 1990.")
    assert summary(doc) == [("Tomas Velk", "actor", "PERSON")]
