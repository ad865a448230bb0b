"""End to end: a goal or habit is no event, so it claims no date of its sentence; a
denial over all time is dated and placed nowhere (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

pytestmark = pytest.mark.pipeline


def test_a_date_in_a_purpose_clause_dates_the_act_it_is_the_purpose_of(nlp: Language) -> None:
    text = (
        "Chad designated the Kestrel Front a terrorist group in 2013. "
        "Chad sent troops to fight the group in 2015."
    )
    brief = extract_text(nlp, text, doc_id="t")
    (deployment,) = [e for e in brief.events if e.type == "DEPLOYMENT"]
    assert deployment.date is not None and deployment.date.value == "2015"


def test_a_denial_over_all_time_takes_no_date_or_place_of_the_narrative(nlp: Language) -> None:
    text = (
        "In 2018 the Kestrel Front attacked an army base in Tarvo. "
        "The group has never attacked civilians, according to its leaders."
    )
    brief = extract_text(nlp, text, doc_id="t")
    (denied,) = [e for e in brief.events if e.modality == "negated"]
    assert denied.date is None
    assert denied.locations == []


def test_a_bare_infinitive_joined_to_a_goal_is_a_goal_too(nlp: Language) -> None:
    text = "The Kestrel Front seeks to overthrow the government and establish an Islamic state."
    brief = extract_text(nlp, text, doc_id="t")
    assert brief.events == []
