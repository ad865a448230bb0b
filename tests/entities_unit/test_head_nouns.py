"""Organisation head nouns live once, in the entity lexicon: the name patterns find a name
by the ``ORG_HEAD_*`` lists ("@ORG_HEAD_ARMED") and the resolver types a name by the same
lists (plus ``ORG_TYPE_HEAD``, heads that type a name but find none by its shape). So what
a name is found by and what it is typed by cannot drift apart. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.lexicons import LEXICON_FILE, ORG_HEAD_LABELS
from briefextract.entities.resolver import EntityResolver
from briefextract.rules import Lexicon
from briefextract.rules.resources import model_path
from tests.entities_unit.conftest import marked, record, summary

LEXICON = Lexicon.from_files([model_path(LEXICON_FILE)])
FINDING = [label for label in ORG_HEAD_LABELS if label != "ORG_TYPE_HEAD"]
# (list label, type, word) for every one-word head a pattern finds names by.
FOUND_BY = [
    (label, wl.type, word)
    for wl in LEXICON.records
    if wl.label in FINDING
    for label in [wl.label]
    for word in wl.words
    if " " not in word
]
# A word of these lists is also a facility's head ("the Velna Academy" may be a campus).
FACILITY = LEXICON.lower("FACILITY_HEAD")
# ... or an administrative division's ("Velna Department" is a region).
DIVISION = LEXICON.lower("ADMIN_DIVISION_SUFFIX")
ACTOR_TYPES = {wl.type for wl in LEXICON.records if wl.label in ORG_HEAD_LABELS}


def test_every_head_noun_is_listed_once() -> None:
    seen: dict[str, str] = {}
    for wl in LEXICON.records:
        if wl.label in ORG_HEAD_LABELS or wl.label == "ORG_HEAD_UNTYPED":
            for word in wl.words:
                assert word not in seen, f"{word!r} in {wl.id} and {seen[word]}"
                seen[word] = wl.id


def test_every_finding_list_has_a_type_and_the_resolver_types_by_it(resolver: EntityResolver) -> None:
    for label, type_, word in FOUND_BY:
        assert type_ is not None, label
        assert resolver.head_types[word] == type_, word


@pytest.mark.parametrize(("label", "type_", "word"), FOUND_BY, ids=[w for _, _, w in FOUND_BY])
def test_a_pattern_finds_a_name_by_each_head_and_gives_its_lists_type(
    nlp: Language, label: str, type_: str, word: str
) -> None:
    head = word.upper() if len(word) <= 2 else word.title()
    doc = marked(nlp, f"Police raided the Velna Tarrow {head} at dawn.")
    found = {(s.text, s.label_) for s in doc.spans["bx_name_patterns"]}
    assert (f"Velna Tarrow {head}", type_) in found, found
    if word not in FACILITY and word not in DIVISION:
        assert record(doc, f"Velna Tarrow {head}")["type"] == type_, summary(doc)


@pytest.mark.parametrize(
    "word", [w for w in LEXICON.words("ORG_TYPE_HEAD") if " " not in w], ids=lambda w: str(w)
)
def test_a_type_only_head_finds_no_name_by_its_shape(nlp: Language, word: str) -> None:
    doc = marked(nlp, f"Police raided the Velna Tarrow {word.title()} at dawn.")
    # (a facility's or a division's shape may still find it as a place)
    found = doc.spans["bx_name_patterns"]
    assert not [s.text for s in found if s.text.endswith(word.title()) and s.label_ in ACTOR_TYPES]


def test_a_type_only_head_types_a_statistical_name(nlp: Language) -> None:
    doc = marked(nlp, "[Velna Tarrow Rebels](ORG) attacked the town.")
    assert record(doc, "Velna Tarrow Rebels")["type"] == "ARMED_GROUP"
    doc = marked(nlp, "[Velna Tarrow News Agency](ORG) reported it.")
    assert record(doc, "Velna Tarrow News Agency")["type"] == "RESEARCH_MEDIA"


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("It joined the Party of Velnan Renewal in 1990.", "Party of Velnan Renewal", "POLITICAL_GROUP"),
        ("It joined the Movement for Velnan Renewal in 1990.", "Movement for Velnan Renewal", "ARMED_GROUP"),
        ("The Coalition for Velnan Peace met.", "Coalition for Velnan Peace", "INTERNATIONAL_ORG"),
        ("The Patriotic Union of Velnistan met in 1990.", "Patriotic Union of Velnistan", "POLITICAL_GROUP"),
        ("The Velna Students' Union met in 1990.", "Velna Students' Union", "POLITICAL_GROUP"),
        ("The Office of Velnan Renewal met in 1990.", "Office of Velnan Renewal", "GOVERNMENT_BODY"),
        ("The Journal of Velnan Studies said so.", "Journal of Velnan Studies", "RESEARCH_MEDIA"),
        ("The Council for Velnan Renewal met in 1990.", "Council for Velnan Renewal", "ARMED_GROUP"),
        ("The Tarrow Court of Appeals upheld it.", "Tarrow Court of Appeals", "GOVERNMENT_BODY"),
        ("He wrote to the Velnan Ministry of Finance.", "Velnan Ministry of Finance", "GOVERNMENT_BODY"),
    ],
    ids=[
        "party-of",
        "movement-for",
        "coalition-for",
        "union-of",
        "students-union",
        "office-of",
        "journal-of",
        "council-for-default",
        "court-of-with-seat",
        "ministry-of-with-owner",
    ],
)
def test_a_head_before_for_or_of_opens_a_name_of_its_lists_type(
    nlp: Language, text: str, name: str, type_: str
) -> None:
    doc = marked(nlp, text)
    assert record(doc, name)["type"] == type_, summary(doc)
