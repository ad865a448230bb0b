"""The words that bound a name come from the entity lexicon (``NameWords``), and the
candidate functions read them from there: a hand-built Doc each."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.entities.candidates import NameWords, extend_article, name_shaped, trim
from briefextract.entities.resolver import EntityResolver
from tests.entities_unit.conftest import lexicon_of, marked


@pytest.fixture(scope="module")
def words(resolver: EntityResolver) -> NameWords:
    return resolver.name_words


VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, punctuation)


def doc_of(*tokens: str, spaces: list[bool] | None = None) -> Doc:
    return Doc(VOCAB, words=list(tokens), spaces=spaces)


def test_a_leading_article_and_a_trailing_possessive_are_dropped(words: NameWords) -> None:
    doc = doc_of("the", "Velna", "Front", "'s")
    assert trim(doc, 0, 4, words) == (1, 3)


def test_a_hyphenated_arabic_article_is_part_of_the_name(words: NameWords) -> None:
    doc = doc_of("al", "-", "Fajr", spaces=[False, False, True])
    assert extend_article(doc, 2, words) == 0


def test_a_connector_may_stand_inside_a_name(words: NameWords) -> None:
    doc = doc_of("Front", "for", "Velna")
    assert name_shaped(doc[0:3], words)
    assert not name_shaped(doc_of("Front", "near", "Velna")[0:3], words)


def test_the_lists_are_the_lexicons() -> None:
    # Changing a list changes what the functions do: no copy of the words in Python.
    labels = {
        "ARABIC_ARTICLE": ["el"],
        "ARABIC_ARTICLE_ENGLISH": ["as"],
        "NAME_LEADING_DROP": ["a"],
        "NAME_TRAILING_DROP": ["'s"],
        "PERSON_NAME_BREAK": ["of"],
        "NAME_CONNECTOR": ["near"],
        "NAME_SPLIT_PAIR": ["and the"],
        "DEMONYM_ADJECTIVE_ENDING": ["an"],
        "NAME_POSSESSOR_NOUN": ["farmers"],
        "NAME_POSSESSIVE_MARK": ["'s"],
        "COMMUNAL_GROUP_NOUN": ["kin"],
        "NAME_SPLIT_MARK": [";"],
        "PLACE_COORDINATOR": ["plus"],
        "BODY_OWNER_LINK": ["under"],
    }
    lexicon = lexicon_of(labels)
    words = NameWords.from_lexicon(lexicon)
    assert name_shaped(doc_of("Front", "near", "Velna")[0:3], words)
    assert trim(doc_of("the", "Velna", "Front"), 0, 3, words) == (0, 3)  # "the" is not listed here
    assert extend_article(doc_of("al", "-", "Fajr", spaces=[False, False, True]), 2, words) == 2
    possessive = [False, True, True]
    assert name_shaped(doc_of("Farmers", "'s", "Front", spaces=possessive)[0:3], words)
    assert not name_shaped(doc_of("People", "'s", "Front", spaces=possessive)[0:3], words)  # not listed here


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police raided the abu Velna Brigade at dawn.", "abu Velna Brigade"),
        ("Police raided the al-Tarrow Brigade at dawn.", "al-Tarrow Brigade"),
        ("She taught at the Institute for Peace at Velna until 1990.", "Institute for Peace at Velna"),
        ("Police raided the Martyrs of ash Velna Brigade at dawn.", "Martyrs of ash Velna Brigade"),
    ],
    ids=["name-particle-opens", "hyphenated-article-opens", "connector-at", "article-inside"],
)
def test_name_patterns_read_their_particles_from_the_lexicon(nlp: Language, text: str, name: str) -> None:
    # The patterns name the lists ("@ARABIC_NAME_PARTICLE", "@NAME_CONNECTOR" inside a regex):
    # dropping a word from the lexicon drops it from these names.
    doc = marked(nlp, text)
    assert name in [s.text for s in doc.spans["bx_name_patterns"]]
