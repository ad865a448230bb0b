"""The small words and marks that join or split names come from the entity lexicon, not from
Python: each check runs with a test list in place of the shipped one, on a hand-built Doc, and
changes with the list (``PLACE_COORDINATOR``, ``BODY_OWNER_LINK``, ``NAME_SPLIT_MARK``,
``NAME_OPENING_MARK``, and the gazetteer's ``POSSESSIVE_MARK``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from briefextract.entities.candidates import (
    Candidate,
    NameWords,
    _coordinated_places,
    _crosses_coordination,
    _joins_two_bodies,
    _shared_heads,
)
from briefextract.entities.gazetteers import Gazetteer, GazetteerEntry, NameForms, load_gazetteer
from briefextract.entities.resolver import EntityResolver
from tests.entities_unit.conftest import lexicon_of

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def shipped(resolver: EntityResolver) -> NameWords:
    return resolver.name_words


@pytest.fixture(scope="module")
def listed() -> NameWords:
    """Joining words no English list holds, so a check that reads them can only have read these."""
    return NameWords.from_lexicon(
        lexicon_of(
            {
                "ARABIC_ARTICLE": ["el"],
                "ARABIC_ARTICLE_ENGLISH": ["as"],
                "NAME_LEADING_DROP": ["the"],
                "NAME_TRAILING_DROP": ["'s"],
                "PERSON_NAME_BREAK": ["of"],
                "NAME_CONNECTOR": ["of"],
                "NAME_SPLIT_PAIR": ["at the"],
                "DEMONYM_ADJECTIVE_ENDING": ["an"],
                "NAME_POSSESSOR_NOUN": ["farmers"],
                "NAME_POSSESSIVE_MARK": ["'s"],
                "COMMUNAL_GROUP_NOUN": ["kin"],
                "NAME_SPLIT_MARK": [";"],
                "PLACE_COORDINATOR": ["plus"],
                "BODY_OWNER_LINK": ["under"],
            }
        )
    )


def doc_of(*words: str) -> Doc:
    return Doc(VOCAB, words=list(words))


def test_a_split_mark_makes_two_names(shipped: NameWords, listed: NameWords) -> None:
    semicolon = doc_of("Velna", "Front", ";", "Tarrow", "Movement")
    comma = doc_of("Velna", "Front", ",", "Tarrow", "Movement")
    assert _crosses_coordination(semicolon[0:5], listed)
    assert not _crosses_coordination(comma[0:5], listed)
    assert _crosses_coordination(comma[0:5], shipped)


def test_a_coordinator_between_places_makes_two(shipped: NameWords, listed: NameWords) -> None:
    plus = doc_of("Velmora", "plus", "Tarrow")[0:3]
    assert _coordinated_places(plus, {(2, 3)}, listed)
    assert not _coordinated_places(plus, {(2, 3)}, shipped)
    assert _coordinated_places(doc_of("Velmora", "and", "Tarrow")[0:3], {(2, 3)}, shipped)


def test_a_coordinator_before_a_listed_place_shares_its_head(shipped: NameWords, listed: NameWords) -> None:
    gaz = Gazetteer()
    for key, name in (("upper-tarrow", "Upper Tarrow"), ("lower-tarrow", "Lower Tarrow")):
        gaz.add(GazetteerEntry(key, "REGION", name))
    place = Candidate(2, 4, "REGION", "gazetteer", "gazetteer:lower-tarrow", "lower-tarrow")
    [shared] = _shared_heads(doc_of("Upper", "plus", "Lower", "Tarrow"), gaz, [place], listed)
    assert (shared.start, shared.end, shared.key, shared.shared_head) == (0, 1, "upper-tarrow", True)
    assert _shared_heads(doc_of("Upper", "plus", "Lower", "Tarrow"), gaz, [place], shipped) == []
    assert len(_shared_heads(doc_of("Upper", "and", "Lower", "Tarrow"), gaz, [place], shipped)) == 1


def test_an_owner_link_joins_two_bodies(shipped: NameWords, listed: NameWords) -> None:
    heads = frozenset({"unit", "department"})
    under = doc_of("Velna", "Intelligence", "Unit", "under", "the", "Tarrow", "Police", "Department")
    of = doc_of("Velna", "Intelligence", "Unit", "of", "the", "Tarrow", "Police", "Department")
    assert _joins_two_bodies(under[0:8], heads, listed)
    assert not _joins_two_bodies(under[0:8], heads, shipped)
    assert _joins_two_bodies(of[0:8], heads, shipped)


def test_an_opening_mark_stands_between_a_descriptor_and_its_name(resolver: EntityResolver) -> None:
    reader = resolver.reader
    words = ["the", "think", "tank", "_", "Velna", "Forum"]
    tags = ["DT", "NN", "NN", "NFP", "NNP", "NNP"]
    doc = Doc(VOCAB, words=words, tags=tags, spaces=[True, True, True, False, True, False])
    assert reader._described_before(doc[4:6]) == "RESEARCH_MEDIA"
    marks = reader.opening_marks
    try:
        reader.opening_marks = frozenset()
        assert reader._described_before(doc[4:6]) is None
    finally:
        reader.opening_marks = marks


def test_a_genitive_and_an_article_are_cut_by_the_lexicons_words() -> None:
    def forms(name: str, label: str, name_forms: NameForms) -> list[str]:
        return GazetteerEntry("x", label, name, forms=name_forms).surface_forms()

    assert "Tarrow Hall" in forms("Tarrow Hall's", "OTHER", NameForms(genitive_marks=("'s",)))
    assert "Tarrow Hall" not in forms("Tarrow Hall's", "OTHER", NameForms())
    assert "Velna Basin" in forms("The Velna Basin", "REGION", NameForms(articles=("the",)))
    assert "Velna Basin" not in forms("The Velna Basin", "REGION", NameForms())
    assert "Velna Basin" not in forms("The Velna Basin", "REGION", NameForms(articles=("a",)))


def test_the_gazetteer_reads_its_words_from_the_lexicon_beside_it(tmp_path: Path) -> None:
    (tmp_path / "gazetteers").mkdir()
    (tmp_path / "entities").mkdir()
    regions = [
        {"id": "hall", "label": "OTHER", "name": "Tarrow Hall’s", "comment": "test"},
        {"id": "basin", "label": "REGION", "name": "La Velna Basin", "comment": "test"},
    ]
    (tmp_path / "gazetteers" / "regions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in regions))
    lists = [
        {"id": "marks", "label": "POSSESSIVE_MARK", "words": ["’s"], "comment": "test"},
        {"id": "articles", "label": "LISTED_NAME_ARTICLE", "words": ["la"], "comment": "test"},
    ]
    (tmp_path / "entities" / "lexicon.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lists))
    entries = load_gazetteer("gazetteers", tmp_path).entries
    assert entries["hall"].forms == NameForms(("la",), ("’s",))
    assert "Tarrow Hall" in entries["hall"].surface_forms()
    assert "Velna Basin" in entries["basin"].surface_forms()
