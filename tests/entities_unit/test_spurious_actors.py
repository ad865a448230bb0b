"""Names that ANNOTATION.md does not annotate as actors or places, on invented sentences
(issue 16, text never seen): doctrines of several words, and named periods, policies,
strikes and bombings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities_unit.conftest import marked, summary


@pytest.mark.parametrize(
    "text",
    [
        "The rebels preached [Radical Velnism](ORG) in the villages.",
        "Its founders borrowed from [Southern Tarrowism](NORP) and from the clergy.",
    ],
    ids=["two-words", "ner-nationality"],
)
def test_a_doctrine_of_several_words_is_no_actor(nlp: Language, text: str) -> None:
    assert summary(marked(nlp, text)) == []


def test_a_body_named_after_a_doctrine_stays_a_body(nlp: Language) -> None:
    doc = marked(nlp, "The [Centre for the Study of Velnism](ORG) published a report.")
    assert [name for name, _, _ in summary(doc)] == ["Centre for the Study of Velnism"]


@pytest.mark.parametrize(
    "text",
    [
        "During the [Long Winter](LOC) the schools were shut.",
        "The [Great Strike](ORG) closed the mines for a month.",
        "The [Land Reform](ORG) weakened the landlords.",
        "The rally closed [Unity Week](ORG) in the capital.",
        "The [Market Bombings](ORG) shocked the city.",
    ],
    ids=["period", "strike", "policy", "week", "bombings"],
)
def test_a_named_period_policy_or_event_is_no_entity(nlp: Language, text: str) -> None:
    assert summary(marked(nlp, text)) == []


def test_a_longer_body_name_holding_an_event_word_is_read_whole(nlp: Language) -> None:
    doc = marked(nlp, "The [Velna Strike Force](ORG) raided the port.")
    assert summary(doc) == [("Velna Strike Force", "actor", "ARMED_GROUP")]


@pytest.mark.parametrize(
    "text",
    [
        "The [Arveshi](PERSON) army crossed the river.",
        "The [Velmese](ORG) parliament passed the law.",
    ],
    ids=["army", "parliament"],
)
def test_a_demonym_before_a_states_organ_is_no_actor(nlp: Language, text: str) -> None:
    assert summary(marked(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The [Tarrowi](PERSON) government fell in May.", "Tarrowi"),
        ("The [Arveshi](ORG) elders met in the square.", "Arveshi"),
        ("The [Arveshi](ORG) Army crossed the river.", "Arveshi Army"),
    ],
    ids=["leaders-government", "communal-elders", "capitalised-head"],
)
def test_a_name_before_other_nouns_stays(nlp: Language, text: str, name: str) -> None:
    assert name in [n for n, _, _ in summary(marked(nlp, text))], summary(marked(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The [International Velna Contact Group](ORG) met in May.", "INTERNATIONAL_ORG"),
        ("The [International Velna Front](ORG) met in May.", "ARMED_GROUP"),
    ],
    ids=["untyped-head", "typed-head-decides"],
)
def test_an_international_opener_types_a_name_its_head_does_not(
    nlp: Language, text: str, expected: str
) -> None:
    assert [etype for _, _, etype in summary(marked(nlp, text))] == [expected]
