"""End to end: taking over a group, or control of one, is taking command of it
(LEADERSHIP); taking a place stays TAKEOVER; the side one defects to is no new group
(invented names throughout)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

from .readings import participant_roles

pytestmark = pytest.mark.pipeline


def _types(brief) -> list[str]:
    return [e.type for e in brief.events]


def test_a_person_taking_over_a_group_is_leadership(nlp: Language) -> None:
    text = "The Kestrel Front is an armed group. In 2006 Piet Varga took over the Kestrel Front."
    brief = extract_text(nlp, text, doc_id="t")
    assert "TAKEOVER" not in _types(brief)
    assert {("agent", "Piet Varga"), ("patient", "Kestrel Front")} <= participant_roles(brief, "LEADERSHIP")


def test_control_of_a_group_names_the_group_led(nlp: Language) -> None:
    text = "The Kestrel Front is an armed group. In 2008 Piet Varga took control of the Kestrel Front."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("patient", "Kestrel Front") in participant_roles(brief, "LEADERSHIP")


def test_control_of_a_place_stays_a_takeover(nlp: Language) -> None:
    text = "The Kestrel Front is an armed group. In 2009 the Kestrel Front took control of the port of Tarvo."
    brief = extract_text(nlp, text, doc_id="t")
    assert "TAKEOVER" in _types(brief)
    assert "LEADERSHIP" not in _types(brief)


def test_the_side_defected_to_is_no_result_of_the_split(nlp: Language) -> None:
    text = "The Kestrel Front is an armed group. In 2004 Omar Haddad defected to the Ardmore Army."
    brief = extract_text(nlp, text, doc_id="t")
    assert not any(role == "result" for role, _ in participant_roles(brief, "SPLIT"))
    kinds = {(r.head, r.type, r.tail) for r in brief.relations}
    assert ("omar_haddad", "MEMBER_OF", "ardmore_army") in kinds
    assert not any(t in ("SPLINTER_OF", "FOUNDER_OF") for _, t, _ in kinds)


def test_the_partner_a_coalition_is_founded_with_is_a_founder(nlp: Language) -> None:
    text = (
        "The Kestrel Front is an armed group. In 2010 Omar Haddad founded a coalition with the Ardmore Army."
    )
    brief = extract_text(nlp, text, doc_id="t")
    roles = participant_roles(brief, "FOUNDING")
    assert {("agent", "Omar Haddad"), ("agent", "Ardmore Army")} <= roles
    assert ("patient", "Ardmore Army") not in roles
