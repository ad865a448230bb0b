"""End to end: participants found through descriptions, pairs, appositions and the
prepositions a participant phrase is read through (invented names throughout)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

from .readings import participant_roles

pytestmark = pytest.mark.pipeline


def test_both_men_are_the_persons_named_together_last(nlp: Language) -> None:
    text = (
        "In 1984 Omar Haddad and Piet Varga were arrested in Tarvo for the murder of Lena Brok. "
        "In 1985 both men were sentenced to ten years."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert {("patient", "Omar Haddad"), ("patient", "Piet Varga")} <= participant_roles(brief, "SENTENCING")


def test_a_definite_description_of_a_person_is_the_person_named_last(nlp: Language) -> None:
    text = (
        "Omar Haddad led the Kestrel Front for a decade. "
        "The veteran commander later carried out the 2013 bombing of the depot."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Omar Haddad") in participant_roles(brief, "BOMBING")


def test_a_described_group_in_apposition_is_the_named_group(nlp: Language) -> None:
    text = "In 1975 the Kestrel Front, a faction that broke away from the Ardmore Army, was formed in Tarvo."
    brief = extract_text(nlp, text, doc_id="t")
    roles = participant_roles(brief, "SPLIT")
    assert {("agent", "Kestrel Front"), ("result", "Kestrel Front")} <= roles
    assert ("patient", "Ardmore Army") in roles


def test_a_place_after_in_is_no_participant(nlp: Language) -> None:
    text = "In 2012 the Kestrel Front attacked a mission in Ethiopia, killing two guards."
    brief = extract_text(nlp, text, doc_id="t")
    assert all(ref != "Ethiopia" for _, ref in participant_roles(brief, "ATTACK"))


def test_a_relative_clause_with_its_own_subject_gives_its_head_no_role(nlp: Language) -> None:
    text = "The Kestrel Front held the town that the army attacked in 2004."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") not in participant_roles(brief, "ATTACK")


def test_a_wounding_told_beside_a_killing_adds_its_victim_not_a_death(nlp: Language) -> None:
    text = (
        "In 1973 two gunmen of the Kestrel Front killed Omar Haddad and badly wounded his driver, Piet Varga."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert {("patient", "Omar Haddad"), ("patient", "Piet Varga")} <= participant_roles(brief, "ATTACK")
    (attack,) = [e for e in brief.events if e.type == "ATTACK"]
    assert attack.casualties is not None and attack.casualties.killed is not None
    assert attack.casualties.killed.value == 1


def test_a_merger_told_after_a_battle_does_not_take_its_place(nlp: Language) -> None:
    text = (
        "In 2004 the Kestrel Front seized the port of Tarvo. "
        "In 2005 the Kestrel Front merged with the Ardmore Army."
    )
    brief = extract_text(nlp, text, doc_id="t")
    (merger,) = [e for e in brief.events if e.type == "MERGER"]
    assert merger.locations == []


def test_a_description_by_the_last_word_of_a_name_is_that_group(nlp: Language) -> None:
    text = (
        "The Kestrel Front was founded in 1990. In 1995 the Ardmore Party won six seats. "
        "In 2001 the front bombed a depot in Tarvo."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert participant_roles(brief, "BOMBING") == {("agent", "Kestrel Front")}


def test_a_group_left_is_not_the_group_that_leaves(nlp: Language) -> None:
    text = "The Kestrel Front was founded in 1990. In 2010 the Red Hand Army split from the group."
    brief = extract_text(nlp, text, doc_id="t")
    roles = participant_roles(brief, "SPLIT")
    assert ("agent", "Red Hand Army") in roles
    assert ("patient", "Kestrel Front") in roles


def test_its_members_are_the_group_named_last(nlp: Language) -> None:
    text = "The Kestrel Front was founded in 1990. In 2004 its fighters ambushed a convoy near Tarvo."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") in participant_roles(brief, "ATTACK")


def test_a_clause_told_as_part_of_two_events_joins_the_one_that_is_an_event(nlp: Language) -> None:
    # "wounded" reports part of the killing (a conjoined toll) and has a when-like clause
    # of its own ("as they left"), which is no event: it stays part of the killing.
    text = (
        "In 1984 two gunmen of the Kestrel Front killed Omar Haddad and badly wounded "
        "Piet Varga as both were leaving a hotel in Tarvo."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert {("patient", "Omar Haddad"), ("patient", "Piet Varga")} <= participant_roles(brief, "ATTACK")


def test_a_toll_told_with_a_when_clause_belongs_to_the_clause_event(nlp: Language) -> None:
    text = (
        "The Kestrel Front was founded in 1990. In 2013 the front bombed a bus in Tarvo. "
        "More than 60 people were killed when gunmen from the front stormed a hotel in Velmar in 2015."
    )
    brief = extract_text(nlp, text, doc_id="t")
    (bombing,) = [e for e in brief.events if e.type == "BOMBING"]
    (attack,) = [e for e in brief.events if e.type == "ATTACK"]
    assert bombing.casualties is None or bombing.casualties.killed is None
    assert attack.casualties is not None and attack.casualties.killed is not None
    assert attack.casualties.killed.value == 60


def test_a_description_joined_to_a_name_takes_up_its_group(nlp: Language) -> None:
    text = (
        "The Kestrel Front was founded in 1990. "
        "The front and the Ardmore Path Army announced a merger in 1996, forming the Velmar Front."
    )
    brief = extract_text(nlp, text, doc_id="t")
    roles = participant_roles(brief, "MERGER")
    assert {("agent", "Kestrel Front"), ("agent", "Ardmore Path Army"), ("result", "Velmar Front")} <= roles
    assert not [e for e in brief.events if e.type == "FOUNDING" and e.trigger.text == "forming"]


def test_its_inside_a_conjunct_is_not_a_second_party(nlp: Language) -> None:
    text = (
        "The Kestrel Front was founded in 1990. "
        "In 1998 the Ardmore Army and its allies bombed a depot in Tarvo."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") not in participant_roles(brief, "BOMBING")


def test_the_group_is_the_group_the_text_is_about_once_named(nlp: Language) -> None:
    text = (
        "The Kestrel Front was founded in 1990 by Omar Haddad. In 1994 the front's split from "
        "the Ardmore Liberation Army weakened the opposition. In 1996 Haddad was succeeded by "
        "Piet Varga. In 1999 the group was designated a terrorist organization by Canada."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("patient", "Kestrel Front") in participant_roles(brief, "DESIGNATION")
    assert ("patient", "Ardmore Liberation Army") not in participant_roles(brief, "DESIGNATION")


def test_the_head_word_of_a_group_name_is_the_group_not_an_event(nlp: Language) -> None:
    text = (
        "The Alliance of Free Tribes was created in 1996 by three rebel groups. "
        "In 1998 the alliance captured the town of Tarvo."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert not [e for e in brief.events if e.type == "ALLIANCE"]
    assert ("agent", "Alliance of Free Tribes") in participant_roles(brief, "TAKEOVER")


def test_the_army_after_a_national_army_is_not_the_group_named_army(nlp: Language) -> None:
    text = (
        "The Kestrel Liberation Army is an insurgent group in the north. In 2009 the national "
        "army launched an offensive against the group near Tarvo. The army arrested its deputy "
        "leader, Omar Haddad."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Liberation Army") not in participant_roles(brief, "ARREST")
    assert ("agent", "Kestrel Liberation Army") not in participant_roles(brief, "MILITARY_OPERATION")


def test_the_army_after_a_state_army_named_is_not_the_group_named_army(nlp: Language) -> None:
    text = (
        "The Kestrel Liberation Army is an insurgent group in the north. In 1972 the British "
        "Army sent troops to Tarvo. The army arrested Omar Haddad in 1973."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Liberation Army") not in participant_roles(brief, "ARREST")
