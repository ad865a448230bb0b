"""What a name pattern's record says of its matches besides their label (its ``traits`` in
models/entities/name_patterns.jsonl), passed on by the ruler in the span group's ``attrs``
and read from :class:`Candidate` fields, never from the pattern's id or a rule string.

Each behaviour is checked twice: with the records as shipped, and with their traits taken
away, which must change the result (so the test fails when the trait is removed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from briefextract.entities.candidates import Candidate
from briefextract.entities.resolver import EntityResolver
from briefextract.entities.rulers import (
    ADMIN_DIVISION,
    CONTEXT_TYPED,
    LISTED_PLACE_FIRST,
    MEMBER_PLURAL,
    NAME_PATTERN_SPANS,
    PATTERN_TRAITS,
    NamePatternRuler,
)
from tests.entities_unit.conftest import Row, marked, parsed, summary


@contextmanager
def without_trait(nlp: Language, trait: str) -> Iterator[None]:
    """The name-pattern ruler with ``trait`` taken from every pattern, for the block's length."""
    ruler = nlp.get_pipe("briefextract_name_patterns")
    assert isinstance(ruler, NamePatternRuler)
    saved = [(p, list(p["traits"])) for p in ruler.patterns if trait in p.get("traits", [])]
    assert saved, f"no pattern has the trait {trait!r}"
    for p, traits in saved:
        p["traits"] = [t for t in traits if t != trait]
    try:
        yield
    finally:
        for p, traits in saved:
            p["traits"] = traits


def test_the_ruler_passes_the_traits_on_in_the_span_group(nlp: Language) -> None:
    doc = marked(nlp, "Velmora Province flooded.")
    group = doc.spans[NAME_PATTERN_SPANS]
    [span] = [s for s in group if s.text == "Velmora Province"]
    assert ADMIN_DIVISION in group.attrs[PATTERN_TRAITS][span.id_]


def test_an_added_pattern_brings_its_traits(nlp: Language) -> None:
    ruler = nlp.get_pipe("briefextract_name_patterns")
    assert isinstance(ruler, NamePatternRuler)
    before = list(ruler.patterns)
    pattern = [{"LOWER": "zorvan"}, {"LOWER": "ward"}]
    try:
        ruler.add_patterns(
            [{"label": "REGION", "pattern": pattern, "id": "test-ward", "traits": [ADMIN_DIVISION]}]
        )
        doc = marked(nlp, "Zorvan Ward flooded.")
        assert doc.spans[NAME_PATTERN_SPANS].attrs[PATTERN_TRAITS]["test-ward"] == [ADMIN_DIVISION]
    finally:
        ruler.clear()
        ruler.add_patterns(before)


# (trait, text with the NER's spans inline, the summary with the records, the summary without)
MARKED: dict[str, tuple[str, str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    "a-demonym-before-a-division-noun-is-no-division": (
        ADMIN_DIVISION,
        "The Kenyan province flooded.",
        [],
        [("Kenyan province", "place", "REGION")],
    ),
    "a-community-noun-after-no-listed-place-is-no-name": (
        LISTED_PLACE_FIRST,
        "Veteran loyalists and Nairobi loyalists marched.",
        [("Nairobi loyalists", "actor", "POLITICAL_GROUP")],
        [
            ("Nairobi loyalists", "actor", "POLITICAL_GROUP"),
            ("Veteran loyalists", "actor", "POLITICAL_GROUP"),
        ],
    ),
}


@pytest.mark.parametrize("case", list(MARKED), ids=list(MARKED))
def test_a_trait_decides(nlp: Language, case: str) -> None:
    trait, text, expected, without = MARKED[case]
    assert summary(marked(nlp, text)) == expected
    with without_trait(nlp, trait):
        assert summary(marked(nlp, text)) == without


def test_a_kin_group_noun_outweighs_a_personal_name_reading_by_its_trait(nlp: Language) -> None:
    text = "The group recruits among the [Velmar Tarrow](PERSON) clan in the east."
    assert summary(marked(nlp, text)) == [("Velmar Tarrow", "actor", "POLITICAL_GROUP")]
    with without_trait(nlp, CONTEXT_TYPED):
        assert summary(marked(nlp, text)) != [("Velmar Tarrow", "actor", "POLITICAL_GROUP")]


# "Sons of Velmora Tarrow marched.": a plural noun of members opening the sentence is the
# name's own first word, not an opener to drop ("Members of the Velna Front").
MEMBERS: list[Row] = [
    ("Sons", 4, "nsubj", "NOUN", "O", "NNS"),
    ("of", -1, "prep", "ADP", "O"),
    ("Velmora", 1, "compound", "PROPN", "O"),
    ("Tarrow", -2, "pobj", "PROPN", "O"),
    ("marched", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
]


def test_a_member_plural_opens_its_name(nlp: Language) -> None:
    assert summary(parsed(nlp, MEMBERS)) == [("Sons of Velmora Tarrow", "actor", "POLITICAL_GROUP")]
    with without_trait(nlp, MEMBER_PLURAL):
        assert summary(parsed(nlp, MEMBERS)) != [("Sons of Velmora Tarrow", "actor", "POLITICAL_GROUP")]


def test_a_shared_head_word_is_read_by_its_field(nlp: Language, resolver: EntityResolver) -> None:
    """ "Western and Central Africa": "Western" alone is no name (a listed non-name), but as
    the first of two places sharing a head noun it is the place's mention."""
    doc = nlp.make_doc("Western and Central Africa suffered.")
    shared = Candidate(0, 1, "REGION", "gazetteer", "gazetteer:x+shared-head", "x", shared_head=True)
    assert not resolver.reader._blocked(doc, shared)
    alone = Candidate(0, 1, "REGION", "gazetteer", "gazetteer:x+shared-head", "x")
    assert resolver.reader._blocked(doc, alone)


def test_a_saved_ruler_keeps_the_traits(nlp: Language, tmp_path: Path) -> None:
    ruler = nlp.get_pipe("briefextract_name_patterns")
    assert isinstance(ruler, NamePatternRuler)
    ruler.to_disk(tmp_path / "ruler")
    fresh = spacy.blank("en")
    loaded = fresh.add_pipe("briefextract_name_patterns")
    assert isinstance(loaded, NamePatternRuler)
    loaded.from_disk(tmp_path / "ruler")
    doc = loaded(fresh.make_doc("Velmora Province flooded."))
    assert doc.spans[NAME_PATTERN_SPANS].attrs[PATTERN_TRAITS] == ruler._traits()
    assert ADMIN_DIVISION in doc.spans[NAME_PATTERN_SPANS].attrs[PATTERN_TRAITS]["region-division-suffix"]
