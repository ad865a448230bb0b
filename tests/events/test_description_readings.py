"""End to end: descriptions that stand for a group or a state ("the militants",
"government troops", "the army"), and who they never stand for (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

from .readings import participant_roles

pytestmark = pytest.mark.pipeline


def test_the_militants_take_up_the_group(nlp: Language) -> None:
    text = (
        "The Kestrel Front was formed in Tarvo in 1990. "
        "In 1998 the militants stormed a police station near the border, killing six officers."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") in participant_roles(brief, "ATTACK")


def test_militants_with_a_modifier_of_their_own_are_new_people(nlp: Language) -> None:
    text = (
        "The Kestrel Front was formed in Tarvo in 1990. "
        "In 1998 the foreign militants stormed a police station near the border."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") not in participant_roles(brief, "ATTACK")


def test_government_troops_are_the_state_named_just_before(nlp: Language) -> None:
    text = (
        "In 2007 the government of Chad designated the Kestrel Front a terrorist group. "
        "In 2008 government troops launched an offensive against the group."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Chad") in participant_roles(brief, "MILITARY_OPERATION")


def test_government_troops_name_no_state_when_two_are_named(nlp: Language) -> None:
    text = (
        "In 2007 Chad and Niger designated the Kestrel Front a terrorist group. "
        "In 2008 government troops launched an offensive against the group."
    )
    brief = extract_text(nlp, text, doc_id="t")
    agents = {ref for role, ref in participant_roles(brief, "MILITARY_OPERATION") if role == "agent"}
    assert not agents & {"Chad", "Niger"}


def test_the_army_is_not_a_group_named_army(nlp: Language) -> None:
    text = (
        "The Tarvo People's Army is an insurgent group formed in 1969. "
        "In 1972 the army drove the rebels out of the town of Ardmore."
    )
    brief = extract_text(nlp, text, doc_id="t")
    roles = participant_roles(brief, "TAKEOVER")
    assert ("agent", "Tarvo People's Army") not in roles
    assert ("patient", "Tarvo People's Army") in roles


def test_a_name_beside_a_description_is_the_participant_not_the_names_inside_it(nlp: Language) -> None:
    text = (
        "The Kestrel Front is an armed group in Chad. "
        "In 2015 the Kestrel Front's leader, Abdi Warsame, was arrested by Chadian forces in Abeche."
    )
    brief = extract_text(nlp, text, doc_id="t")
    roles = participant_roles(brief, "ARREST")
    assert ("patient", "Abdi Warsame") in roles
    assert ("patient", "Kestrel Front") not in roles


def test_the_faction_is_not_the_group_it_left(nlp: Language) -> None:
    text = (
        "The Kestrel Front was formed in 1990. In 2011 a faction led by Ana Vell split from the front. "
        "The faction later pledged allegiance to the Orvan Brigades."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") not in participant_roles(brief, "ALLIANCE")


def test_the_parties_of_a_truce_signed_in_the_passive(nlp: Language) -> None:
    text = "In 2002 a ceasefire between Chad and the Kestrel Front was signed in Oslo."
    brief = extract_text(nlp, text, doc_id="t")
    assert {("agent", "Chad"), ("agent", "Kestrel Front")} <= participant_roles(brief, "AGREEMENT")


def test_a_demonym_on_a_single_office_holder_is_no_state(nlp: Language) -> None:
    text = (
        "Chad expelled the Kestrel Front in 1990. In 1991 the front assassinated a former Chadian minister."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("patient", "Chad") not in participant_roles(brief, "ATTACK")


def test_its_takes_up_the_subject_of_its_own_clause(nlp: Language) -> None:
    text = (
        "The Kestrel Front attacked a convoy near Tarvo in 2016. "
        "The African Union extended its peacekeeping mission in 2017."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert all(ref != "Kestrel Front" for _, ref in participant_roles(brief, "DEPLOYMENT"))


def test_its_inside_the_subject_still_takes_up_the_group_named_last(nlp: Language) -> None:
    text = "The Kestrel Front was formed in 1990. In 2009 its fighters ambushed an army convoy near Tarvo."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") in participant_roles(brief, "ATTACK")


def test_government_troops_name_no_state_when_the_text_names_another_country_there(
    nlp: Language,
) -> None:
    text = (
        "In 2004 Chad arrested Ana Vell in Niamey and handed her over to Niger. "
        "Omar Haddad fled to Chad after the army overran his base in 2005."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert all(role != "agent" for role, _ in participant_roles(brief, "TAKEOVER"))


def test_the_militants_take_up_no_group_named_only_after_them(nlp: Language) -> None:
    text = "In 1985 the militants stormed a police station near Tarvo. In 1990 the Kestrel Front was formed."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") not in participant_roles(brief, "ATTACK")


def test_the_demonym_of_a_state_no_gazetteer_lists_names_it(nlp: Language) -> None:
    # "Tarsia" is found by what only a state has ("Tarsia's president"); its record
    # carries the demonym the text spells from it, which the events layer reads.
    text = (
        "Tarsia's president ordered a crackdown in 2004. "
        "In 2006 Tarsian troops attacked the Velna Front near the border."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Tarsia") in participant_roles(brief, "ATTACK")
