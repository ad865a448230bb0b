"""End to end: claims from the full pipeline into the brief, on invented general-English text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

pytestmark = pytest.mark.pipeline

TEXT = (
    "The Kestrel Front was founded in 1990 in the hills of Marland.\n\n"
    "The group has about two hundred fighters, according to the Marland Interior Ministry. "
    "\u201cThe front is weaker than it looks. Its leaders are old,\u201d wrote Ana Vell, an analyst at the "
    "Tarn Institute. Analysts say the front may have moved its camps north.\n\n"
    "In 2004, the Kestrel Front claimed responsibility for the bombing of a bridge."
)


def test_claims_reach_the_brief(nlp: Language) -> None:
    brief = extract_text(nlp, TEXT, doc_id="invented-front")
    by_cue = {c.cue.text: c for c in brief.claims}
    assert set(by_cue) >= {"according to", "wrote", "say", "claimed"}
    ministry = by_cue["according to"]
    assert ministry.content.text == "The group has about two hundred fighters"
    quote = by_cue["wrote"]
    assert quote.kind == "direct"
    assert quote.content.text == "The front is weaker than it looks. Its leaders are old"
    assert quote.source_text == "Ana Vell"
    analysts = by_cue["say"]
    assert analysts.source is None and analysts.source_text == "Analysts" and analysts.hedged
    responsibility = by_cue["claimed"]
    assert responsibility.content.text.startswith("responsibility for the bombing")
    assert all(c.model_extra and c.model_extra.get("provenance") for c in brief.claims)


@pytest.mark.parametrize(
    "text",
    [
        'A stray " mark opens here. Ana Vell said that the port was closed in 2004.',
        "An \u201cunclosed mark.\n\nAna Vell said that the port was closed in 2004.",
        "Ana Vell said that the port was \u00abclosed\u00bb in 2004 and \u201eopened\u201c later.",
    ],
    ids=["stray-straight", "unclosed-curly", "guillemets-and-low-high"],
)
def test_unbalanced_and_foreign_quotes_do_not_break_a_document(nlp: Language, text: str) -> None:
    brief = extract_text(nlp, text, doc_id="invented-quotes")
    said = [c for c in brief.claims if c.cue.text == "said"]
    assert said and said[0].content.text.startswith("the port was")


def test_nested_quotes_stay_one_direct_claim(nlp: Language) -> None:
    text = "\u201cThey called the pact \u2018a brief truce\u2019 from the start,\u201d said Ana Vell."
    brief = extract_text(nlp, text, doc_id="invented-nested")
    said = [c for c in brief.claims if c.cue.text == "said"]
    assert len(said) == 1
    assert said[0].kind == "direct"
    assert "\u2018a brief truce\u2019" in said[0].content.text


def test_said_as_an_adjective_is_no_claim(nlp: Language) -> None:
    brief = extract_text(nlp, "The said group was banned in 1990 by the court.", doc_id="invented-said")
    assert brief.claims == []


def test_a_time_reference_by_the_cue_does_not_date_the_claim(nlp: Language) -> None:
    # "Former" is a time reference (PAST_REF) governed by the cue, with no calendar value:
    # the claim has no date (it once failed the brief's validation and lost the document).
    text = "Former defence minister Lena Orvik said the front had received funds from abroad."
    brief = extract_text(nlp, text, doc_id="invented-former")
    said = [c for c in brief.claims if c.cue.text == "said"]
    assert said and said[0].date is None
