"""Places on texts never seen (issue 16): unknown names that a construction says are places,
end to end through the statistical pipeline. Sentences are general English with invented
names; none is taken from corpus/."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text


def test_every_place_construction_matches_its_examples(nlp: Language) -> None:
    rules = nlp.get_pipe("briefextract_entities").place_constructions
    assert len(rules)
    for record in rules.records:
        assert record.examples, record.id
        for example in record.examples:
            assert any(m.rule.id == record.id for m in rules.matches(nlp(example))), (record.id, example)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The front is active in the Velari region of Tarsia.",
            [("Tarsia", "REGION"), ("Velari", "REGION")],
        ),
        ("Fighters later seized Velmora, a small town in the east of the country.", [("Velmora", "CITY")]),
        ("He grew up in Tarrowby, a village near the border.", [("Tarrowby", "CITY")]),
        ("The army moved into Ostravin, a remote province in the north.", [("Ostravin", "REGION")]),
        ("Government troops retook the Ordin valley in 2010.", [("Ordin", "REGION")]),
        ("The group set up camps near Ostrin and Kelvary.", [("Kelvary", "CITY"), ("Ostrin", "CITY")]),
        ("The blast hit a market on the outskirts of Durnavo.", [("Durnavo", "CITY")]),
        ("The camp lay in a village 30 km north of Pellavar.", [("Pellavar", "CITY")]),
        ("Troops were sent to the state of Tarrow Sur in 1984.", [("Tarrow Sur", "REGION")]),
    ],
    ids=[
        "region-of",
        "town-apposition",
        "village-apposition",
        "province-apposition",
        "valley",
        "near-a-list",
        "outskirts-of",
        "distance-direction-of",
        "state-of",
    ],
)
def test_unknown_names_in_place_constructions_are_places(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    b = extract_text(nlp, text, doc_id="t")
    assert sorted((p.name, p.type) for p in b.places) == expected, [(a.name, a.type) for a in b.actors]
    assert not any(a.name in dict(expected) for a in b.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A meeting planned near Christmas was cancelled.", "Christmas"),
        ("Police waited outside Tarrow's house for an hour.", "Tarrow"),
        ("A guard stood outside Velna Hall all night.", "Velna"),
    ],
    ids=["a-date", "a-possessor", "part-of-a-longer-name"],
)
def test_a_construction_reads_no_town_where_the_words_name_something_else(
    nlp: Language, text: str, name: str
) -> None:
    b = extract_text(nlp, text, doc_id="t")
    assert not any(p.name == name and p.type == "CITY" for p in b.places), [
        (p.name, p.type) for p in b.places
    ]
