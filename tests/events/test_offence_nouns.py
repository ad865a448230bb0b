"""End to end: an offence noun after a verb of charging or blaming takes up an act told
before, or names a new one when it is indefinite (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

pytestmark = pytest.mark.pipeline


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Police blamed the Kestrel Front for an arson attack on a newspaper office in Tarvo in 1977.", 1),
        ("In 1977 the Kestrel Front bombed a depot in Tarvo. Two men were charged with the attack.", 0),
        ("In 1977 two members of the Kestrel Front were convicted of murder.", 0),
    ],
    ids=["indefinite-new-act", "definite-told-before", "bare-charge"],
)
def test_offence_nouns(nlp: Language, text: str, attacks: int) -> None:
    brief = extract_text(nlp, text, doc_id="t")
    assert len([e for e in brief.events if e.type == "ATTACK"]) == attacks


def test_an_act_a_group_is_blamed_for_is_alleged(nlp: Language) -> None:
    text = "The Kestrel Front was formed in 1990. The group was blamed for a bombing in Tarvo in 2002."
    brief = extract_text(nlp, text, doc_id="t")
    (bombing,) = [e for e in brief.events if e.type == "BOMBING"]
    assert bombing.modality == "uncertain"
