"""A country (or its capital) acting as the state, read from the syntax of a hand-built
parse: ``entities/context.py`` (``acts_as_state``) and the records of
``models/entities/state_roles.jsonl``; and the same names as places where nothing acts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities_unit.conftest import Row, mention_texts, parsed, record, summary

STATE = ("actor", "STATE")
COUNTRY = ("place", "COUNTRY")

# "The province gained independence from Ethiopia in 1993 ." ("from" on the verb)
INDEPENDENCE_FROM: list[Row] = [
    ("The", 1, "det", "DET", "O"),
    ("province", 1, "nsubj", "NOUN", "O"),
    ("gained", 0, "ROOT", "VERB", "O", "VBD", "gain"),
    ("independence", -1, "dobj", "NOUN", "O"),
    ("from", -2, "prep", "ADP", "O"),
    ("Ethiopia", -1, "pobj", "PROPN", "B-GPE"),
    ("in", -4, "prep", "ADP", "O"),
    ("1993", -1, "pobj", "NUM", "B-DATE"),
    (".", -6, "punct", "PUNCT", "O"),
]
# "Rebels fought two regional powers, namely Kenya and Ethiopia ." (Kenya in apposition;
# "powers" is an object, so no subject lends its role to the apposition)
POWERS_NAMELY: list[Row] = [
    ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
    ("fought", 0, "ROOT", "VERB", "O", "VBD", "fight"),
    ("two", 2, "nummod", "NUM", "O"),
    ("regional", 1, "amod", "ADJ", "O"),
    ("powers", -3, "dobj", "NOUN", "O", "NNS", "power"),
    (",", -1, "punct", "PUNCT", "O"),
    ("namely", 1, "advmod", "ADV", "O"),
    ("Kenya", -3, "appos", "PROPN", "B-GPE"),
    ("and", -1, "cc", "CCONJ", "O"),
    ("Ethiopia", -2, "conj", "PROPN", "B-GPE"),
    (".", -9, "punct", "PUNCT", "O"),
]


def roles(nlp: Language, rows: list[Row]) -> dict[str, tuple[str, str]]:
    doc = parsed(nlp, rows)
    return {name: (kind, etype) for name, kind, etype in summary(doc)}


def test_independence_from_a_country_makes_it_the_state(nlp: Language) -> None:
    # Fails when "independence" leaves STATE_SUPPORT_NOUN: Ethiopia is then a place.
    assert roles(nlp, INDEPENDENCE_FROM) == {"Ethiopia": STATE}


def test_independence_from_hung_on_the_noun(nlp: Language) -> None:
    rows = [*INDEPENDENCE_FROM]
    rows[4] = ("from", -1, "prep", "ADP", "O")  # "independence from Ethiopia"
    assert roles(nlp, rows) == {"Ethiopia": STATE}


def test_countries_after_powers_namely_are_the_states(nlp: Language) -> None:
    # The state-collective-namely record marks Kenya; Ethiopia is its conjunct. Fails when
    # "powers" leaves STATE_COLLECTIVE, or the record is removed: both are places then.
    assert roles(nlp, POWERS_NAMELY) == {"Kenya": STATE, "Ethiopia": STATE}


def test_countries_in_apposition_to_powers_without_a_lemmatizer(nlp: Language) -> None:
    # With no lemma the word itself is compared with STATE_COLLECTIVE: "powers" is listed.
    rows = [r for k, r in enumerate(POWERS_NAMELY) if k != 6]  # without "namely"
    rows[4] = ("powers", -3, "dobj", "NOUN", "O", "NNS", "")
    rows[6] = ("Kenya", -2, "appos", "PROPN", "B-GPE")
    assert roles(nlp, rows) == {"Kenya": STATE, "Ethiopia": STATE}


def test_countries_in_apposition_to_powers_are_the_states(nlp: Language) -> None:
    rows = [r for k, r in enumerate(POWERS_NAMELY) if k != 6]  # without "namely"
    rows[6] = ("Kenya", -2, "appos", "PROPN", "B-GPE")
    assert roles(nlp, rows) == {"Kenya": STATE, "Ethiopia": STATE}


def test_troops_from_a_country_make_it_the_state(nlp: Language) -> None:
    rows: list[Row] = [
        ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
        ("fought", 0, "ROOT", "VERB", "O", "VBD", "fight"),
        ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
        ("from", -1, "prep", "ADP", "O"),
        ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
        (".", -4, "punct", "PUNCT", "O"),
    ]
    assert roles(nlp, rows) == {"Kenya": STATE}


# One construction each: (rows, the role of every name found).
CONSTRUCTIONS: dict[str, tuple[list[Row], dict[str, tuple[str, str]]]] = {
    "subject": (
        [
            ("Kenya", 1, "nsubj", "PROPN", "B-GPE"),
            ("sent", 0, "ROOT", "VERB", "O", "VBD", "send"),
            ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "place-after-to": (
        [
            ("Fighting", 1, "nsubj", "NOUN", "O", "NN", "fighting"),
            ("spread", 0, "ROOT", "VERB", "O", "VBD", "spread"),
            ("to", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -3, "punct", "PUNCT", "O"),
        ],
        {"Kenya": COUNTRY},
    ),
    "possessor-of-a-state-noun": (
        [
            ("Kenya", 2, "poss", "PROPN", "B-GPE"),
            ("'s", -1, "case", "PART", "O"),
            ("government", 1, "nsubj", "NOUN", "O"),
            ("fell", 0, "ROOT", "VERB", "O", "VBD", "fall"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "possessor-of-another-noun": (
        [
            ("Kenya", 2, "poss", "PROPN", "B-GPE"),
            ("'s", -1, "case", "PART", "O"),
            ("coast", 1, "nsubj", "NOUN", "O"),
            ("flooded", 0, "ROOT", "VERB", "O", "VBD", "flood"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        {"Kenya": COUNTRY},
    ),
    "hyphen-participle": (
        [
            ("A", 4, "det", "DET", "O"),
            ("Kenya~", 2, "npadvmod", "PROPN", "B-GPE"),
            ("-~", 1, "punct", "PUNCT", "O", "HYPH"),
            ("backed", 1, "amod", "VERB", "O", "VBN", "back"),
            ("militia", 1, "nsubj", "NOUN", "O"),
            ("attacked", 0, "ROOT", "VERB", "O", "VBD", "attack"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "war-with": (
        [
            ("The", 1, "det", "DET", "O"),
            ("war", 3, "nsubj", "NOUN", "O"),
            ("with", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            ("ended", 0, "ROOT", "VERB", "O", "VBD", "end"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "object-of-accuse": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("accused", 0, "ROOT", "VERB", "O", "VBD", "accuse"),
            ("Kenya", -1, "dobj", "PROPN", "B-GPE"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "object-then-subject-of-xcomp": (
        [
            ("The", 1, "det", "DET", "O"),
            ("raid", 1, "nsubj", "NOUN", "O"),
            ("prompted", 0, "ROOT", "VERB", "O", "VBD", "prompt"),
            ("Kenya", -1, "dobj", "PROPN", "B-GPE"),
            ("to", 1, "aux", "PART", "O", "TO"),
            ("act", -3, "xcomp", "VERB", "O", "VB", "act"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "object-of-visit": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("visited", 0, "ROOT", "VERB", "O", "VBD", "visit"),
            ("Kenya", -1, "dobj", "PROPN", "B-GPE"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        {"Kenya": COUNTRY},
    ),
    "conjunct-of-a-subject": (
        [
            ("Kenya", 3, "nsubj", "PROPN", "B-GPE"),
            ("and", -1, "cc", "CCONJ", "O"),
            ("Ethiopia", -2, "conj", "PROPN", "B-GPE"),
            ("sent", 0, "ROOT", "VERB", "O", "VBD", "send"),
            ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE, "Ethiopia": STATE},
    ),
    # state-head-of: "They considered the government of Kenya illegitimate ."
    "record-government-of": (
        [
            ("They", 1, "nsubj", "PRON", "O"),
            ("considered", 0, "ROOT", "VERB", "O", "VBD", "consider"),
            ("the", 1, "det", "DET", "O"),
            ("government", 3, "nsubj", "NOUN", "O"),
            ("of", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            ("illegitimate", -5, "ccomp", "ADJ", "O"),
            (".", -6, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    # state-those-of: "The movement fought governments, including those of Kenya ."
    "record-those-of": (
        [
            ("The", 1, "det", "DET", "O"),
            ("movement", 1, "nsubj", "NOUN", "O"),
            ("fought", 0, "ROOT", "VERB", "O", "VBD", "fight"),
            ("governments", -1, "dobj", "NOUN", "O", "NNS", "government"),
            (",", -1, "punct", "PUNCT", "O"),
            ("including", -2, "prep", "VERB", "O", "VBG", "include"),
            ("those", -1, "pobj", "PRON", "O", "DT"),
            ("of", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -7, "punct", "PUNCT", "O"),
        ],
        {"Kenya": STATE},
    ),
    "attribute": (
        [
            ("The", 1, "det", "DET", "O"),
            ("winner", 1, "nsubj", "NOUN", "O"),
            ("was", 0, "ROOT", "AUX", "O", "VBD", "be"),
            ("Kenya", -1, "attr", "PROPN", "B-GPE"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        {"Kenya": COUNTRY},
    ),
    "direction-before-a-country": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("hid", 0, "ROOT", "VERB", "O", "VBD", "hide"),
            ("in", -1, "prep", "ADP", "O"),
            ("northern", 1, "amod", "ADJ", "O"),
            ("Kenya", -2, "pobj", "PROPN", "B-GPE"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        {"northern Kenya": ("place", "REGION")},
    ),
}


@pytest.mark.parametrize("construction", list(CONSTRUCTIONS), ids=list(CONSTRUCTIONS))
def test_a_countrys_role_from_its_syntax(nlp: Language, construction: str) -> None:
    rows, expected = CONSTRUCTIONS[construction]
    assert roles(nlp, rows) == expected


def test_a_state_keeps_its_country_record(nlp: Language) -> None:
    doc = parsed(nlp, CONSTRUCTIONS["subject"][0])
    kenya = record(doc, "Kenya")
    assert (kenya["gazetteer_key"], kenya["country"]) == ("country-KE", "KE")
    assert mention_texts(kenya) == ["Kenya"]
    assert [(s.text, s.label_, s.kb_id_, s.id_) for s in doc.spans["bx_entities"]] == [
        ("Kenya", "STATE", kenya["id"], "gazetteer:country-KE+state-subject")
    ]
    # The provenance names the gazetteer entry and the record that made the country the state.
    assert kenya["rules"] == ["gazetteer:country-KE+state-subject"]


def test_a_region_after_a_direction_keeps_its_country(nlp: Language) -> None:
    doc = parsed(nlp, CONSTRUCTIONS["direction-before-a-country"][0])
    north = record(doc, "northern Kenya")
    assert (north["country"], north["rules"]) == ("KE", ["gazetteer:country-KE+direction"])


def test_without_a_parse_a_country_is_a_place(nlp: Language) -> None:
    from tests.entities_unit.conftest import marked

    doc = marked(nlp, "[Kenya](GPE) sent troops.")
    assert summary(doc) == [("Kenya", "place", "COUNTRY")]


# --- capitals ------------------------------------------------------------------------
CAPITALS: dict[str, tuple[list[Row], tuple[str, str, str]]] = {
    "subject": (
        [
            ("Nairobi", 1, "nsubj", "PROPN", "B-GPE"),
            ("denied", 0, "ROOT", "VERB", "O", "VBD", "deny"),
            ("it", -1, "dobj", "PRON", "O"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        ("Kenya", "actor", "STATE"),
    ),
    "possessor": (
        [
            ("Nairobi", 2, "poss", "PROPN", "B-GPE"),
            ("'s", -1, "case", "PART", "O"),
            ("options", 1, "nsubj", "NOUN", "O", "NNS", "option"),
            ("narrowed", 0, "ROOT", "VERB", "O", "VBD", "narrow"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        ("Kenya", "actor", "STATE"),
    ),
    "the-capital-government": (
        [
            ("The", 2, "det", "DET", "O"),
            ("Nairobi", 1, "compound", "PROPN", "B-GPE"),
            ("government", 1, "nsubj", "NOUN", "O"),
            ("resigned", 0, "ROOT", "VERB", "O", "VBD", "resign"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        ("Kenya", "actor", "STATE"),
    ),
    "object-then-subject-of-xcomp": (
        [
            ("It", 1, "nsubj", "PRON", "O"),
            ("prompted", 0, "ROOT", "VERB", "O", "VBD", "prompt"),
            ("Nairobi", -1, "dobj", "PROPN", "B-GPE"),
            ("to", 1, "aux", "PART", "O", "TO"),
            ("act", -3, "xcomp", "VERB", "O", "VB", "act"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        ("Kenya", "actor", "STATE"),
    ),
    "object-of-visit": (
        [
            ("They", 1, "nsubj", "PRON", "O"),
            ("visited", 0, "ROOT", "VERB", "O", "VBD", "visit"),
            ("Nairobi", -1, "dobj", "PROPN", "B-GPE"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        ("Nairobi", "place", "CITY"),
    ),
    "place-after-in": (
        [
            ("They", 1, "nsubj", "PRON", "O"),
            ("met", 0, "ROOT", "VERB", "O", "VBD", "meet"),
            ("in", -1, "prep", "ADP", "O"),
            ("Nairobi", -1, "pobj", "PROPN", "B-GPE"),
            (".", -3, "punct", "PUNCT", "O"),
        ],
        ("Nairobi", "place", "CITY"),
    ),
}


@pytest.mark.parametrize("construction", list(CAPITALS), ids=list(CAPITALS))
def test_a_capital_stands_for_its_government(nlp: Language, construction: str) -> None:
    rows, expected = CAPITALS[construction]
    doc = parsed(nlp, rows)
    assert summary(doc) == [expected]
    assert [s.text for s in doc.spans["bx_entities"]] == ["Nairobi"]


def test_a_country_owning_a_government_body_is_the_state(nlp: Language) -> None:
    # "Kenya's Revenue Agency seized it .": "agency" is no state noun, but the body is a
    # government body's name, so its owner is the state.
    rows: list[Row] = [
        ("Kenya", 3, "poss", "PROPN", "B-GPE"),
        ("'s", -1, "case", "PART", "O"),
        ("Revenue", 1, "compound", "PROPN", "B-ORG"),
        ("Agency", 1, "nsubj", "PROPN", "I-ORG"),
        ("seized", 0, "ROOT", "VERB", "O", "VBD", "seize"),
        ("it", -1, "dobj", "PRON", "O"),
        (".", -2, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [("Kenya", "actor", "STATE"), ("Revenue Agency", "actor", "GOVERNMENT_BODY")]
    assert record(doc, "Kenya")["rules"] == ["gazetteer:country-KE+owner"]


def test_a_possessive_mark_before_a_government_body_makes_its_owner_however_attached(
    nlp: Language,
) -> None:
    # The parser hung "Kenya" on the verb: the possessive mark ("@POSSESSIVE_MARK") right
    # before the body's name still says whose the body is.
    rows: list[Row] = [
        ("Kenya", 4, "npadvmod", "PROPN", "B-GPE"),
        ("'s", -1, "case", "PART", "O"),
        ("Revenue", 1, "compound", "PROPN", "B-ORG"),
        ("Agency", 1, "nsubj", "PROPN", "I-ORG"),
        ("seized", 0, "ROOT", "VERB", "O", "VBD", "seize"),
        ("it", -1, "dobj", "PRON", "O"),
        (".", -2, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert record(doc, "Kenya")["rules"] == ["gazetteer:country-KE+owner"]


def test_a_country_before_a_body_it_does_not_modify_is_a_place(nlp: Language) -> None:
    # "Kenya Revenue Agency" with "Kenya" no possessive nor compound of the body: a place.
    rows: list[Row] = [
        ("In", 5, "prep", "ADP", "O"),
        ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
        (",", 3, "punct", "PUNCT", "O"),
        ("Revenue", 1, "compound", "PROPN", "B-ORG"),
        ("Agency", 1, "nsubj", "PROPN", "I-ORG"),
        ("seized", 0, "ROOT", "VERB", "O", "VBD", "seize"),
        ("it", -1, "dobj", "PRON", "O"),
        (".", -2, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert record(doc, "Kenya")["type"] == "COUNTRY"
