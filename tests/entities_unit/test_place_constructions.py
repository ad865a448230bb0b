"""Towns under the cities' floor and places found by their construction
(``models/entities/place_constructions.jsonl``, :mod:`briefextract.entities.place_constructions`)
on hand-built Docs: which evidence makes a listed town a place, and which never does.

The towns are invented and given to a copy of the gazetteer; real countries are gazetteer
knowledge."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from briefextract.entities.candidates import gather
from briefextract.entities.canon import Mention
from briefextract.entities.gazetteers import Gazetteer, Town
from briefextract.entities.place_constructions import EVIDENCE_LABELS, place_candidates, town_keys
from briefextract.entities.resolver import EntityResolver
from briefextract.entities.rulers import GAZETTEER_SPANS, NAME_PATTERN_SPANS
from tests.entities_unit.conftest import Row, marked, parsed

VELMORA = Town("town-1", "Velmora", "KE", 40_000, ambiguous=False)
VELMORA_TZ = Town("town-2", "Velmora", "TZ", 20_000, ambiguous=False)
# A town whose name is also a common word or personal name.
HOLLIS = Town("town-3", "Hollis", "KE", 30_000, ambiguous=True)


@pytest.fixture(scope="module")
def gaz(resolver: EntityResolver) -> Gazetteer:
    return replace(resolver.gaz, towns={"velmora": [VELMORA, VELMORA_TZ], "hollis": [HOLLIS]})


def towns_found(nlp: Language, resolver: EntityResolver, gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    """(name, rule) of the town candidates of ``text`` (NER spans written "[words](LABEL)")."""
    doc = marked(nlp, text)
    candidates = gather(doc, gaz, GAZETTEER_SPANS, NAME_PATTERN_SPANS, resolver.name_words)
    found = place_candidates(
        doc, resolver.place_constructions, gaz, resolver.name_words, candidates, lambda a, b: True
    )
    return [(doc[c.start : c.end].text, c.rule) for c in found if c.rule.startswith("pattern:town")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb went off in [Velmora](PERSON) in 1998.", [("Velmora", "pattern:town+locative-name")]),
        ("The rebels camped near Velmora for a month.", [("Velmora", "pattern:town+locative-name")]),
        ("A bomb went off in Hollis in 1998.", [("Hollis", "pattern:town+locative-name")]),
    ],
    ids=["locative-over-person", "near", "ambiguous-locative"],
)
def test_a_listed_town_is_a_place_with_evidence(
    nlp: Language, resolver: EntityResolver, gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert towns_found(nlp, resolver, gaz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops reached Velmora by May.",  # no evidence: no locative, no country
        "[Velmora](GPE) was shelled for a week.",  # the NER's place is a place already
        "Fighting in Kenya reached Velmora by May.",  # its country, but no preposition's object
        "Fighting in Kenya reached [Velmora](PERSON) by May.",  # the NER read someone there
        "Fighting in Kenya reached Hollis by May.",  # an ambiguous town needs more than its country
        "A bomb went off in [Hollis](PERSON) in 1998.",  # ambiguous, and the NER read a person
        "[Tom Velmora](PERSON) spoke. A bomb went off in Velmora later.",  # a surname
        "A bomb went off in Velmora Road in 1998.",  # part of a longer name
        "The raid in Velmora's absence failed.",  # someone's
        "Raids in Velmora-held areas stopped.",  # a hyphen joins it to what follows
        "The ship SMS Velmora sank near the coast.",  # a capitalised word before it
        "Troops crossed the Isthmus of Velmora.",  # "X of" before it
        "Troops waded across the Velmora river.",  # a landform's name
    ],
    ids=[
        "no-evidence",
        "ner-place",
        "country-not-object",
        "country-but-person",
        "ambiguous-country-only",
        "ambiguous-person",
        "surname",
        "longer-name",
        "possessive",
        "hyphen",
        "capitalised-before",
        "x-of-before",
        "landform",
    ],
)
def test_a_listed_town_is_no_place_without_evidence(
    nlp: Language, resolver: EntityResolver, gaz: Gazetteer, text: str
) -> None:
    assert towns_found(nlp, resolver, gaz, text) == []


def test_a_town_takes_the_namesake_in_the_country_the_text_names(gaz: Gazetteer) -> None:
    town = Mention(30, 37, "Velmora", "place", "CITY", "pattern:town+locative-name", "pattern")
    tanzania = Mention(0, 8, "Tanzania", "place", "COUNTRY", "gazetteer:country-TZ", "gazetteer", "c", "TZ")
    assert [m.country for m in town_keys([tanzania, town], gaz)] == ["TZ", "TZ"]
    assert town_keys([town], gaz) == [town]  # no country named: no record


KENYA = Mention(0, 5, "Kenya", "place", "COUNTRY", "gazetteer:country-KE", "gazetteer", "country-KE", "KE")


def test_a_one_word_ner_region_that_is_a_town_in_a_named_country_is_the_town(gaz: Gazetteer) -> None:
    region = Mention(30, 37, "Velmora", "place", "REGION", "ner:LOC", "ner")
    shaped = Mention(30, 37, "Velmora", "place", "REGION", "pattern:the-name-valley", "pattern")
    assert town_keys([KENYA, region], gaz)[1].type == "CITY"
    assert town_keys([region], gaz)[0] == region  # no country named
    assert town_keys([KENYA, shaped], gaz)[1] == shaped  # a construction said region


def test_an_ambiguous_town_gives_the_ners_place_no_record(gaz: Gazetteer) -> None:
    hollis = Mention(30, 36, "Hollis", "place", "CITY", "ner:GPE", "ner")
    assert town_keys([KENYA, hollis], gaz)[1] == hollis


# "Fighting in Kenya reached the road to Velmora ."
ROAD_TO: list[Row] = [
    ("Fighting", 3, "nsubj", "NOUN", "O", "NN"),
    ("in", -1, "prep", "ADP", "O"),
    ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
    ("reached", 0, "ROOT", "VERB", "O"),
    ("the", 1, "det", "DET", "O"),
    ("road", -2, "dobj", "NOUN", "O"),
    ("to", -1, "prep", "ADP", "O"),
    ("Velmora", -1, "pobj", "PROPN", "O"),
    (".", -5, "punct", "PUNCT", "O"),
]


def test_a_town_in_a_named_country_as_a_prepositions_object_is_a_place(
    nlp: Language, resolver: EntityResolver, gaz: Gazetteer
) -> None:
    doc = parsed(nlp, ROAD_TO)
    candidates = gather(doc, gaz, GAZETTEER_SPANS, NAME_PATTERN_SPANS, resolver.name_words)
    found = place_candidates(
        doc, resolver.place_constructions, gaz, resolver.name_words, candidates, lambda a, b: True
    )
    assert [(doc[c.start : c.end].text, c.rule) for c in found] == [("Velmora", "pattern:town+country")]


def test_an_unknown_name_before_a_region_noun_and_of_is_a_region(nlp: Language) -> None:
    """ "the X region of Y": both names are regions, whatever the NER read."""
    doc = marked(nlp, "The front is active in the [Velari](ORG) region of [Tarsia](ORG).")
    found = {(r["name"], r["kind"], r["type"]) for r in doc._.bx_entities.values()}
    assert found == {("Velari", "place", "REGION"), ("Tarsia", "place", "REGION")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Velmora and Tarrowby](ORG) were shelled.", {("Tarrowby", "CITY"), ("Velmora", "CITY")}),
        ("[Velmora and Hollis](ORG) were shelled.", {("Hollis", "CITY"), ("Velmora", "CITY")}),
        ("[Kenya and Tarrowby](ORG) signed a pact.", {("Kenya", "COUNTRY")}),
    ],
    ids=["town-and-unknown", "two-towns", "country-and-unknown"],
)
def test_a_statistical_span_joining_a_town_and_a_name_is_two_places(
    nlp: Language, resolver: EntityResolver, gaz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = marked(nlp, text)
    candidates = gather(doc, gaz, GAZETTEER_SPANS, NAME_PATTERN_SPANS, resolver.name_words)
    found = place_candidates(
        doc, resolver.place_constructions, gaz, resolver.name_words, candidates, lambda a, b: True
    )
    listed = {(doc[c.start : c.end].text, c.label) for c in candidates if c.source == "gazetteer"}
    assert {(doc[c.start : c.end].text, c.label) for c in found} | listed == expected


PORT_VELNA = Town("town-4", "Port Velna", "KE", 25_000, ambiguous=False)
ST_ORDIN = Town("town-5", "St. Ordin", "KE", 15_000, ambiguous=False)
PORT_VELNA_SUR = Town("town-6", "Port Velna Sur", "KE", 12_000, ambiguous=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb went off in Port Velna in 1998.", [("Port Velna", "pattern:town+locative-name")]),
        ("A bomb went off in Port Velna Sur in 1998.", [("Port Velna Sur", "pattern:town+locative-name")]),
        ("A bomb went off in St. Ordin in 1998.", [("St. Ordin", "pattern:town+locative-name")]),
        ("A bomb went off in Port Tarrow in 1998.", []),
    ],
    ids=["two-words", "longest", "with-a-full-stop", "first-word-only"],
)
def test_a_town_of_several_words_is_read_whole(
    nlp: Language, resolver: EntityResolver, text: str, expected: list[tuple[str, str]]
) -> None:
    towns = {"port velna": [PORT_VELNA], "port velna sur": [PORT_VELNA_SUR], "st. ordin": [ST_ORDIN]}
    assert towns_found(nlp, resolver, replace(resolver.gaz, towns=towns), text) == expected


def test_a_scan_for_town_names_stops_where_no_name_starts_so(gaz: Gazetteer) -> None:
    assert gaz.may_start_town("velmora")
    assert gaz.may_start_town("vel")
    assert gaz.may_start_town("hollis")
    assert not gaz.may_start_town("velmora ")  # no town's name goes on after "Velmora"
    assert not gaz.may_start_town("tarrow")


def test_the_evidence_records_are_read_only_where_a_town_needs_them(
    nlp: Language, resolver: EntityResolver, gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = resolver.place_constructions
    assert {r.label for r in rules.evidence.records} == EVIDENCE_LABELS
    assert EVIDENCE_LABELS.isdisjoint(r.label for r in rules.places.records)
    assert len(rules.places) + len(rules.evidence) == len(rules)
    read: list[object] = []
    monkeypatch.setattr(rules.evidence, "matches", lambda doc, **_: read.append(doc) or [])
    towns_found(nlp, resolver, gaz, "The rebels camped near the border for a month.")
    assert read == []
    towns_found(nlp, resolver, gaz, "The rebels camped near Velmora for a month.")
    assert len(read) == 1
