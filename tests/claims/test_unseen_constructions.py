"""Reporting constructions first seen on invented backgrounders, through the full pipeline:
a quotation split by its reporting clause, a group named by the last word of its name,
a bare denial of responsibility (invented names throughout)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

pytestmark = pytest.mark.pipeline


def _claims(nlp: Language, text: str) -> list[dict[str, Any]]:
    brief = extract_text(nlp, text, doc_id="t")
    return [c.model_dump() for c in brief.claims]


def test_a_quotation_split_by_its_reporting_clause_is_one_claim(nlp: Language) -> None:
    text = (
        'The Kestrel Front was formed in 1990. "We will fight," its commander said, '
        '"until the last of us falls."'
    )
    (claim,) = _claims(nlp, text)
    assert claim["content"]["text"].startswith("We will fight")
    assert claim["content"]["text"].endswith("until the last of us falls")
    assert claim["kind"] == "direct"
    assert [p["text"] for p in claim["content_parts"]] == ["We will fight", "until the last of us falls"]


def test_two_quotations_in_two_sentences_stay_two_claims(nlp: Language) -> None:
    text = '"We will fight," its commander said. "The truce is over," the commander said later.'
    assert len(_claims(nlp, text)) == 2


def test_the_last_word_of_a_groups_name_names_it_as_a_source(nlp: Language) -> None:
    text = (
        "The Orvan Brigades were formed in 1990. "
        "In 2001 the brigades denied responsibility for the bombing of the station."
    )
    (claim,) = _claims(nlp, text)
    assert claim["source"] == "orvan_brigades"


def test_the_army_is_not_a_group_named_army_as_a_source(nlp: Language) -> None:
    text = "The Orvan People's Army was formed in 1990. In 2001 the army said that the rebels had fled."
    (claim,) = _claims(nlp, text)
    assert claim["source"] is None


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("The station was bombed in 2004. The Kestrel Front denied responsibility.", True),
        ("The station was bombed in 2004. The Kestrel Front claimed responsibility.", False),
    ],
    ids=["bare-denial-is-a-claim", "bare-claim-restates-the-deed"],
)
def test_a_bare_denial_of_responsibility(nlp: Language, text: str, claimed: bool) -> None:
    claims = _claims(nlp, text)
    assert bool(claims) is claimed
    if claimed:
        assert claims[0]["source"] == "kestrel_front"
        assert claims[0]["content"]["text"] == "responsibility"


@pytest.mark.parametrize(
    ("text", "source_text", "content"),
    [
        ("Prosecutors allege he ordered the bombing.", "Prosecutors", "he ordered the bombing"),
        (
            "Officials allege links between the front and the cartel.",
            "Officials",
            "links between the front and the cartel",
        ),
    ],
    ids=["adverbial", "object"],
)
def test_allege_misread_as_a_noun_still_reports(
    nlp: Language, text: str, source_text: str, content: str
) -> None:
    (claim,) = _claims(nlp, text)
    assert claim["source_text"] == source_text
    assert claim["content"]["text"] == content
    assert claim["hedged"] is True


def test_a_pronoun_whose_antecedent_refers_back_speaks_for_that_group(nlp: Language) -> None:
    text = (
        "The Orvan Brigades were formed in 1990. "
        "The group was blamed for a bombing in Tarvo in 2002, but it denied responsibility."
    )
    claims = _claims(nlp, text)
    assert [c["source"] for c in claims if c["cue"]["text"] == "denied"] == ["orvan_brigades"]


def test_an_organ_named_by_the_demonym_of_an_unlisted_state_speaks_for_it(nlp: Language) -> None:
    text = (
        "Tarsia's president ordered a crackdown in 2004. "
        "The Tarsian interior ministry said that the Velna Front had been defeated."
    )
    brief = extract_text(nlp, text, doc_id="t")
    states = {a.id for a in brief.actors if a.name == "Tarsia"}
    (claim,) = _claims(nlp, text)
    assert states and claim["source"] in states
