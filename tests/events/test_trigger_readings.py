"""End to end: which mentions of an event are new events and which tell one again.

Each case is a sentence of invented names for a construction of reporting prose that
the trigger side handles in Python (the retelling checks of ``restatements``); the rule
records carry their own examples.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

pytestmark = pytest.mark.pipeline


def _triggers(nlp: Language, text: str, event_type: str) -> list[str]:
    brief = extract_text(nlp, text, doc_id="t")
    return [e.trigger.text for e in brief.events if e.type == event_type]


def test_an_ordinal_event_noun_is_a_new_act(nlp: Language) -> None:
    text = (
        "In June 1968 a student was shot and killed near Ardmore. "
        "This led to the first planned assassination, that of the police chief."
    )
    assert "assassination" in _triggers(nlp, text, "ATTACK")


def test_fighting_beside_a_side_is_no_event_of_its_own(nlp: Language) -> None:
    text = "Many volunteers fought beside the Orvan militia in the years of the northern invasion."
    assert _triggers(nlp, text, "MILITARY_OPERATION") == ["invasion"]


def test_a_conviction_and_an_acquittal_of_one_person_are_two_events(nlp: Language) -> None:
    text = (
        "In 1975 a court in Tarvo convicted Mira Talos of murder. "
        "In 1981 the conviction of Mira Talos was overturned by the appeals court, "
        "and she was later acquitted."
    )
    assert "acquitted" in _triggers(nlp, text, "SENTENCING")


def test_a_toll_without_a_count_just_after_a_violent_act_tells_that_act(nlp: Language) -> None:
    text = (
        "In August 1969 armed mobs attacked the eastern quarter of Tarvo. "
        "Several residents were killed that night."
    )
    assert _triggers(nlp, text, "ATTACK") == ["attacked"]


def test_a_device_going_off_after_an_assassination_tells_the_assassination(nlp: Language) -> None:
    text = (
        "In December 1973 the Kestrel Front assassinated the minister Anton Vale in Tarvo. "
        "The device exploded under his car as he drove past."
    )
    assert _triggers(nlp, text, "BOMBING") == []


def test_a_date_of_the_clause_above_an_event_noun_does_not_make_it_a_new_act(nlp: Language) -> None:
    text = (
        "In March 2016 gunmen attacked the police academy in Tarvo. "
        "On 10 May 2016 the governor announced the arrest of an organiser of the attack."
    )
    assert _triggers(nlp, text, "ATTACK") == ["attacked"]
