"""Where a name may be (page furniture, the article's end, line breaks), clustering of
differently written names, the resolver's pure parts, and saving and loading it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from briefextract.entities.candidates import case_compatible
from briefextract.entities.canon import Mention
from briefextract.entities.index import LONG_RANGE, Coverage, RangeIndex, Usable
from briefextract.entities.resolver import EntityResolver, holds_break
from briefextract.entities.typing import description_regex, type_from_description, type_from_head
from tests.entities_unit.conftest import Row, marked, mention_texts, parsed, record, summary


# --- where a name may be -------------------------------------------------------------
def test_no_name_in_page_furniture_or_after_the_articles_end(nlp: Language) -> None:
    doc = marked(
        nlp,
        "The [Velna Front](ORG) attacked Kenya.\nShare\nRelated Articles\n"
        "The [Tarrow Front](ORG) and the Velna Front in Ethiopia.",
    )
    assert summary(doc) == [("Kenya", "place", "COUNTRY"), ("Velna Front", "actor", "ARMED_GROUP")]
    assert mention_texts(record(doc, "Velna Front")) == ["Velna Front"]
    assert doc._.bx_article_end == doc.text.index("Related Articles")


def test_a_name_does_not_cross_a_line_break(nlp: Language) -> None:
    # The NER joined two lines into one span; no name holds a line break, and the sweep
    # does not find "Velna Front" across one either.
    doc = marked(nlp, "The [Velna Front](ORG) rose.\n[Tarrow\nHoldings](ORG) paid. Velna\nFront left.")
    assert summary(doc) == [("Velna Front", "actor", "ARMED_GROUP")]
    assert mention_texts(record(doc, "Velna Front")) == ["Velna Front"]


def test_a_control_character_inside_a_word_blocks_the_name(nlp: Language) -> None:
    # One token holds the control character, so only the resolver's own check sees it.
    doc = marked(nlp, "The [Velna Front](ORG) rose. [Tarrow\x07Holdings](ORG) paid.")
    assert summary(doc) == [("Velna Front", "actor", "ARMED_GROUP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Velna Front", False), ("Velna\nFront", True), ("Velna\tFront", True), ("Velna\u2028Front", True)],
    ids=["plain", "newline", "tab", "line-separator"],
)
def test_holds_break(text: str, expected: bool) -> None:
    assert holds_break(text) is expected


def test_usable_ranges() -> None:
    text = "Velna Front. Share this. Tarrow. Related. Kenya."
    usable = Usable(text, text.index("Related"), [(13, 24), (14, 16)], breaks=holds_break)
    assert usable(0, 11)
    assert not usable(13, 18)  # starts in furniture
    assert not usable(15, 17)  # inside the inner furniture span, still in the outer one
    assert usable(25, 31)
    assert not usable(text.index("Kenya"), len(text) - 1)  # after the article's end
    assert Usable("Velna\nFront", None, [], breaks=holds_break)(0, 5)
    assert not Usable("Velna\nFront", None, [], breaks=holds_break)(0, 11)


# --- the range index -----------------------------------------------------------------
def test_range_index_finds_overlaps_lowest_number_first() -> None:
    index = RangeIndex([(10, 20), (0, 5), (15, 30)])
    assert index.overlapping(12, 16) == [0, 2]
    assert index.overlapping(5, 10) == []
    assert index.first_overlapping(0, 100) == 0
    assert index.first_overlapping(40, 50) is None
    assert index.add(40, 45) == 3
    assert index.overlapping(44, 60) == [3]


def test_range_index_keeps_long_ranges_apart_and_moves_ranges() -> None:
    long_end = 10 + LONG_RANGE + 1
    index = RangeIndex([(10, long_end), (300, 305)])
    assert index.overlapping(long_end - 1, long_end + 5) == [0]
    index.move(0, (10, long_end), (500, 505))  # a long range made short
    assert index.overlapping(20, 30) == []
    assert index.overlapping(500, 501) == [0]
    index.move(1, (300, 305), (600, 600 + LONG_RANGE + 5))  # a short range made long
    assert index.overlapping(300, 305) == []
    assert index.overlapping(700, 701) == [1]
    index.move(1, (600, 600 + LONG_RANGE + 5), (0, 3))  # and back
    assert index.overlapping(700, 701) == []
    assert index.overlapping(1, 2) == [1]


def test_coverage() -> None:
    covered = Coverage([(0, 5)])
    assert not covered.free(4, 8)
    assert covered.free(5, 8)
    covered.take(5, 8)
    assert not covered.free(6, 7)


# --- typing by head noun and description -----------------------------------------------
HEADS = {"brigade": "ARMED_GROUP", "liberation army": "ARMED_GROUP", "army": "GOVERNMENT_BODY"}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Velna", "Brigade"], "ARMED_GROUP"),
        (["Velna", "Liberation", "Army"], "ARMED_GROUP"),
        (["Velna", "Army"], "GOVERNMENT_BODY"),
        (["Velna", "Holdings"], None),
        ([], None),
    ],
    ids=["one-word-head", "two-word-head-first", "one-word-head-of-two", "no-head", "empty"],
)
def test_type_from_head(words: list[str], expected: str | None) -> None:
    assert type_from_head(words, HEADS) == expected


DESCRIPTORS = {"militant": "ARMED_GROUP", "political party": "POLITICAL_GROUP", "party": "POLITICAL_GROUP"}


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        (", a militant group based in the hills.", "ARMED_GROUP"),
        (" is a small political party in the south.", "POLITICAL_GROUP"),
        (" (VH), a militant network.", "ARMED_GROUP"),
        (", a charitable organization.", None),
        (" financed the raid.", None),
    ],
    ids=["appositive", "copula", "after-an-acronym", "no-descriptor", "no-description"],
)
def test_type_from_description(resolver: EntityResolver, following: str, expected: str | None) -> None:
    assert type_from_description(following, DESCRIPTORS, resolver.description) == expected


def test_the_description_words_are_the_lexicons() -> None:
    # The copula, article and head noun come from the lists given: no copy in Python.
    description = description_regex(["remains"], ["the"], ["band"])
    assert (
        type_from_description(" remains the militant band here.", DESCRIPTORS, description) == "ARMED_GROUP"
    )
    assert type_from_description(" is the militant band here.", DESCRIPTORS, description) is None
    assert type_from_description(" remains a militant band here.", DESCRIPTORS, description) is None
    assert type_from_description(" remains the militant group here.", DESCRIPTORS, description) is None


@pytest.mark.parametrize(
    ("text", "kind_type"),
    [("Fighters entered [Tarvosa City](GPE) at dawn.", ("place", "CITY"))],
    ids=["settlement-noun-keeps-a-city"],
)
def test_a_statistical_place_ending_in_a_settlement_noun_is_no_region(
    nlp: Language, text: str, kind_type: tuple[str, str]
) -> None:
    doc = marked(nlp, text)
    assert summary(doc) == [("Tarvosa City", *kind_type)]


@pytest.mark.parametrize(
    ("text", "alias", "expected"),
    [
        ("al-Qaeda", "Al-Qaeda", False),
        ("Al-Qaeda", "al-Qaeda", True),
        ("chad", "Chad", False),
        ("TARA", "Tara", False),
        ("UN", "UN", True),
        ("Un", "UN", False),
        ("the Velna", "Velna", False),
        ("velna", "velna", False),
    ],
    ids=[
        "article-capitalised",
        "article-lower",
        "lower-name",
        "acronym-text",
        "acronym",
        "acronym-miscased",
        "other-word-count",
        "no-capital",
    ],
)
def test_case_compatible(text: str, alias: str, expected: bool) -> None:
    assert case_compatible(text, alias) is expected


# --- clustering --------------------------------------------------------------------------
def test_a_groups_name_without_its_head_noun_is_the_group(nlp: Language) -> None:
    doc = marked(nlp, "The [Tarrow Velna Brigade](ORG) grew. Police caught [Tarrow Velna](ORG) men.")
    assert summary(doc) == [("Tarrow Velna Brigade", "actor", "ARMED_GROUP")]
    assert mention_texts(record(doc, "Tarrow Velna Brigade")) == ["Tarrow Velna Brigade", "Tarrow Velna"]


def test_an_owners_demonym_before_a_body_is_the_same_body(nlp: Language) -> None:
    doc = marked(nlp, "The Revenue Agency acted. It paid the Kenyan Revenue Agency.")
    assert summary(doc) == [("Kenyan Revenue Agency", "actor", "GOVERNMENT_BODY")]
    assert mention_texts(record(doc, "Kenyan Revenue Agency")) == ["Revenue Agency", "Kenyan Revenue Agency"]


def test_a_facility_written_two_ways_is_one_facility(nlp: Language) -> None:
    doc = marked(nlp, "Rebels stormed the [Velmora](GPE) prison. The Velmora State Prison burned.")
    assert summary(doc) == [("Velmora State Prison", "place", "OTHER")]
    assert mention_texts(record(doc, "Velmora State Prison")) == ["Velmora prison", "Velmora State Prison"]


def test_gang_and_group_of_one_name_are_one_group(nlp: Language) -> None:
    doc = marked(nlp, "The Marlow-Greer gang robbed banks. The Marlow-Greer group fled.")
    assert summary(doc) == [("Marlow-Greer group", "actor", "ARMED_GROUP")]
    assert mention_texts(record(doc, "Marlow-Greer group")) == ["Marlow-Greer gang", "Marlow-Greer group"]


# --- pieces ------------------------------------------------------------------------------
def test_join_pieces_makes_a_surname_named_like_a_town_the_person(resolver: EntityResolver) -> None:
    person = Mention(0, 12, "Joseph Tarrow", "actor", "PERSON", "ner:PERSON", "ner")
    town = Mention(40, 46, "Tarrow", "place", "CITY", "ner:GPE", "ner", "city-1", "KE", "Tarrow")
    swept = Mention(60, 66, "Tarrow", "place", "CITY", "alias:sweep", "alias", "city-1", "KE", "Tarrow")
    other = Mention(70, 76, "Velmora", "place", "CITY", "ner:GPE", "ner")
    joined = resolver.join_pieces([person, town, swept, other])
    assert joined[0] == person and joined[2] == swept and joined[3] == other
    assert (joined[1].kind, joined[1].type, joined[1].key, joined[1].country, joined[1].rule) == (
        "actor",
        "PERSON",
        None,
        None,
        "ner:PERSON+surname",
    )


def test_mentions_of_pieces_resolve_together(nlp: Language, resolver: EntityResolver) -> None:
    first = marked(nlp, "The [Eastern Velna Front](ORG) (EVF) attacked.")
    second = marked(nlp, "Later EVF fighters fled.")
    text = first.text + " " + second.text
    shift = len(first.text) + 1
    mentions = resolver.local_mentions(first) + [
        m.__class__(**{**m.__dict__, "start": m.start + shift, "end": m.end + shift})
        for m in resolver.local_mentions(second)
    ]
    entities = resolver.resolve(text, resolver.join_pieces(mentions), lambda s, e: True)
    assert [(e.name, [m.text for m in e.mentions]) for e in entities] == [
        ("Eastern Velna Front", ["Eastern Velna Front", "EVF", "EVF"])
    ]


# --- saving and loading ------------------------------------------------------------------
def test_the_resolver_round_trips_through_disk(nlp: Language, tmp_path: Path) -> None:
    text = "The [Eastern Velna Front](ORG) (EVF) attacked Kenya. EVF fled."
    nlp.get_pipe("briefextract_entities").to_disk(tmp_path / "entities")
    assert (tmp_path / "entities" / "models" / "entities" / "state_roles.jsonl").is_file()
    other = spacy.blank("en", vocab=nlp.vocab)
    loaded = other.add_pipe("briefextract_entities", config={"default_org_type": "POLITICAL_GROUP"})
    assert isinstance(loaded, EntityResolver)
    loaded.from_disk(tmp_path / "entities")
    assert loaded.settings() == {
        "gazetteer_dir": "gazetteers",
        "lexicon_path": "entities/lexicon.jsonl",
        "default_org_type": "ARMED_GROUP",
    }
    assert loaded.models_root == tmp_path / "entities" / "models"
    expected = marked(nlp, text)._.bx_entities
    assert loaded(marked(nlp, text))._.bx_entities == expected
    assert [r["name"] for r in expected.values()] == ["Eastern Velna Front", "Kenya"]


# --- the parse decides ---------------------------------------------------------------------
def test_a_republic_named_by_its_demonym_acts_as_the_state(nlp: Language) -> None:
    rows: list[Row] = [
        ("The", 2, "det", "DET", "O"),
        ("Kenyan", 1, "amod", "ADJ", "B-GPE", "JJ"),
        ("Republic", 1, "nsubj", "PROPN", "I-GPE"),
        ("signed", 0, "ROOT", "VERB", "O", "VBD", "sign"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [("Kenya", "actor", "STATE")]
    assert mention_texts(record(doc, "Kenya")) == ["Kenyan Republic"]


def test_an_adjective_before_a_listed_name_is_no_part_of_it(nlp: Language) -> None:
    # "Rebels crossed the arid Sahel ." with the NER's span over "arid Sahel"
    rows: list[Row] = [
        ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
        ("crossed", 0, "ROOT", "VERB", "O", "VBD", "cross"),
        ("the", 2, "det", "DET", "O"),
        ("Saharan", 1, "amod", "ADJ", "B-LOC", "JJ"),
        ("Sahel", -3, "dobj", "PROPN", "I-LOC"),
        (".", -4, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [("Sahel", "place", "REGION")]
