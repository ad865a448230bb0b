"""End to end: a clause that reports part of an event belongs to the event it names
itself before the event it hangs under (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

from .readings import participant_roles

pytestmark = pytest.mark.pipeline


def test_a_killing_in_a_strike_under_another_event_is_the_strikes_toll(nlp: Language) -> None:
    text = "After Omar Haddad was killed in an air strike in 2001, leadership passed to Ana Vell."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("patient", "Omar Haddad") in participant_roles(brief, "ATTACK")
    assert ("patient", "Omar Haddad") not in participant_roles(brief, "LEADERSHIP")
    (strike,) = [e for e in brief.events if e.type == "ATTACK"]
    assert strike.casualties is not None and strike.casualties.killed is not None
    assert strike.casualties.killed.value == 1
