"""End to end: a goal or habit is no event, so it claims no date of its sentence
(invented names)."""

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
