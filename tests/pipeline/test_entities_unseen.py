"""The entity layer's error classes on texts never seen (issue 16), one table per class.

Every sentence is general English with invented names (or generic world knowledge);
none is taken from corpus/."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.brief import Brief
from briefextract.extraction import extract_text


def brief_of(nlp: Language, text: str) -> Brief:
    return extract_text(nlp, text, doc_id="t")


def names(b: Brief) -> dict[str, str]:
    """name or alias -> type, over actors and places."""
    out: dict[str, str] = {}
    for e in [*b.actors, *b.places]:
        for n in [e.name, *e.aliases]:
            out[n] = e.type
    return out


def mentioned(b: Brief) -> set[str]:
    return {m.text for e in [*b.actors, *b.places] for m in e.mentions}


# --- 2. administrative divisions are places -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was born in County Cork in 1921.", "County Cork"),
        ("Fighters moved into Kandahar Province last spring.", "Kandahar Province"),
        ("The raid took place in Borno State in 2014.", "Borno State"),
        ("Villagers fled the Tarrowin District after the raid.", "Tarrowin District"),
        ("Shelling hit Velmora Governorate for a week.", "Velmora Governorate"),
        ("Clashes spread to Ostravin province by June.", "Ostravin province"),
        ("He was born in County Velnagh, where his father farmed.", "County Velnagh"),
    ],
    ids=[
        "iso-county-prefix",
        "iso-province",
        "iso-state",
        "district",
        "governorate",
        "lower-province",
        "county-prefix-unlisted",
    ],
)
def test_administrative_divisions_are_regions(nlp: Language, text: str, name: str) -> None:
    b = brief_of(nlp, text)
    assert names(b).get(name) == "REGION", names(b)
    assert not any(name in a.name or a.name in name for a in b.actors)


def test_a_listed_lower_level_division_carries_its_country(nlp: Language) -> None:
    b = brief_of(nlp, "Cattle were stolen in County Cork.")
    assert next(p for p in b.places if p.name == "County Cork").country == "IE"


def test_a_demonym_before_a_division_noun_is_no_division(nlp: Language) -> None:
    b = brief_of(nlp, "The Afghan province of Helmand saw heavy fighting.")
    assert "Afghan province" not in names(b)


# --- 3. wars, operations and periods are not entities ---------------------------------------
@pytest.mark.parametrize(
    ("text", "event_name"),
    [
        ("Many volunteers fought in the Spanish Civil War.", "Spanish Civil War"),
        ("He served during the Iran–Iraq War.", "Iran–Iraq War"),
        ("Operation Desert Storm began in January 1991.", "Operation Desert Storm"),
        ("The Prague Spring was crushed in August 1968.", "Prague Spring"),
        ("Operation Grey Heron failed within a week.", "Operation Grey Heron"),
        ("The Battle of Velmora lasted three days.", "Battle of Velmora"),
        ("After the Ostrava Accords the guerrillas disarmed.", "Ostrava Accords"),
    ],
    ids=["civil-war", "dash-war", "operation", "spring", "operation-invented", "battle-of", "accords"],
)
def test_named_wars_operations_and_periods_are_no_entities(nlp: Language, text: str, event_name: str) -> None:
    b = brief_of(nlp, text)
    assert not [a for a in b.actors if a.name in event_name], [a.name for a in b.actors]
    assert not [m for m in mentioned(b) if event_name in m or (m in event_name and len(m.split()) > 1)]


def test_a_person_named_in_a_murder_heading_is_found_in_the_body(nlp: Language) -> None:
    text = "Murder of John Tarrowby\n\nJohn Tarrowby was shot in 1973. Tarrowby had led the school board."
    b = brief_of(nlp, text)
    person = next(a for a in b.actors if a.name == "John Tarrowby")
    assert person.type == "PERSON"
    assert not any("Murder" in a.name for a in b.actors)
