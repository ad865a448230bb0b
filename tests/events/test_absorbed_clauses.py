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


def test_a_which_clause_hung_on_the_date_is_the_events_toll(nlp: Language) -> None:
    text = "The Kestrel Front bombed a market in Tarvo in May 2014, which killed at least 70 people."
    brief = extract_text(nlp, text, doc_id="t")
    assert [e.type for e in brief.events] == ["BOMBING"]
    (bombing,) = brief.events
    assert bombing.casualties is not None and bombing.casualties.killed is not None
    assert bombing.casualties.killed.value == 70


def test_the_place_of_a_verb_whose_object_is_an_event_noun_is_the_events(nlp: Language) -> None:
    text = "In 1983 an ambush near Tarvo triggered riots in Ardmore."
    brief = extract_text(nlp, text, doc_id="t")
    (riots,) = [e for e in brief.events if e.trigger.text == "riots"]
    assert [p.name for p in brief.places if p.id in riots.locations] == ["Ardmore"]
