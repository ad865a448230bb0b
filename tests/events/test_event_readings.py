"""End to end: what a participant phrase names, which mentions retell an event, and
which clause dates or places an event.

Each case is a sentence of invented names that failed before the construction it is
named after was handled.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text

from .readings import participant_roles

pytestmark = pytest.mark.pipeline


def test_an_apposition_describing_a_named_agent_adds_no_agent(nlp: Language) -> None:
    text = (
        "Mira Talos, a founding member of the Orvan Front, split from the group in 2012 "
        "and founded a rival movement."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert participant_roles(brief, "FOUNDING") == {("agent", "Mira Talos")}


def test_an_apposition_naming_an_unnamed_object_is_the_patient(nlp: Language) -> None:
    text = "In 1970 the Kestrel Front kidnapped the Dutch consul in Tarvo, Anton Meyers, to free prisoners."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("patient", "Anton Meyers") in participant_roles(brief, "KIDNAPPING")


def test_a_definite_event_noun_in_another_place_is_another_event(nlp: Language) -> None:
    text = (
        "A rebellion in Chile broke out in 1990.\n\n"
        "Years later, Orvan Front veterans joined the rebellion in Bolivia."
    )
    brief = extract_text(nlp, text, doc_id="t")
    rebellions = [e for e in brief.events if e.type == "REBELLION"]
    assert len(rebellions) == 2
    assert [len(e.locations) for e in rebellions] == [1, 1]


def test_a_clause_on_an_event_noun_dates_it(nlp: Language) -> None:
    brief = extract_text(nlp, "By 2001 the army had crushed the uprising that began in 1990.", doc_id="t")
    (uprising,) = [e for e in brief.events if e.trigger.text == "uprising"]
    assert uprising.date is not None and uprising.date.value == "1990"


def test_a_place_in_a_describing_clause_is_not_the_next_event_s(nlp: Language) -> None:
    text = (
        "Mira Talos, a commander who led a battalion in Chile, split from the Orvan Front in 2012 "
        "and founded a rival movement."
    )
    brief = extract_text(nlp, text, doc_id="t")
    later = [e for e in brief.events if e.type in {"SPLIT", "FOUNDING"}]
    assert later and all(e.locations == [] for e in later)


def test_a_pronoun_object_is_not_the_subject_of_its_own_clause(nlp: Language) -> None:
    brief = extract_text(nlp, "The depot was quiet when the Kestrel Front bombed it in 2004.", doc_id="t")
    assert participant_roles(brief, "BOMBING") == {("agent", "Kestrel Front")}


def test_a_conjoined_verb_with_its_own_subject_shares_none(nlp: Language) -> None:
    text = (
        "Omar Haddad announced the truce in 2006, and the Kestrel Front rebranded itself as the Ardmore Army."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Omar Haddad") not in participant_roles(brief, "RENAMING")
    assert ("agent", "Kestrel Front") in participant_roles(brief, "RENAMING")


def test_the_group_with_no_group_named_nearby_is_the_documents_group(nlp: Language) -> None:
    text = (
        "The Kestrel Front is an armed group. The Kestrel Front was founded in 1990.\n\n"
        "Omar Haddad was born in 1950. He studied law. He worked in a bank. He wrote poems.\n\n"
        "In 2004 Omar Haddad took command of the group."
    )
    brief = extract_text(nlp, text, doc_id="t")
    assert ("patient", "Kestrel Front") in participant_roles(brief, "LEADERSHIP")


def test_an_event_told_only_as_after_a_dated_one_takes_its_date(nlp: Language) -> None:
    brief = extract_text(nlp, "The revolt began after the army canceled the elections in 1992.", doc_id="t")
    (revolt,) = [e for e in brief.events if e.type == "REBELLION"]
    assert revolt.date is not None
    assert (revolt.date.value, revolt.date.modifier, revolt.date.span) == ("1992", "AFTER", None)


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        # "no one": zero, not one
        (
            "In 1968 the Kestrel Front bombed the store in Tarvo. "
            "The bombs exploded at night, and no one was injured.",
            {"injured": 0},
        ),
        # "a child": one
        ("In 1960 the Kestrel Front bombed the station in Tarvo, which killed a child.", {"killed": 1}),
        # a named person wounded beside the killing: one hurt
        (
            "In 1973 two members of the Kestrel Front killed Omar Haddad "
            "and wounded his bodyguard, Ana Vellon.",
            {"killed": 1, "injured": 1},
        ),
    ],
)
def test_tolls_told_without_a_figure(nlp: Language, text: str, casualties: dict[str, int]) -> None:
    brief = extract_text(nlp, text, doc_id="t")
    (event,) = [e for e in brief.events if e.type in {"BOMBING", "ATTACK"}]
    assert event.casualties is not None
    got = {
        k: v.value
        for k, v in (("killed", event.casualties.killed), ("injured", event.casualties.injured))
        if v
    }
    assert got == casualties


def test_places_after_including_belong_to_the_event(nlp: Language) -> None:
    text = "In 2012 the Kestrel Front drove the rebels from several cities including Kano and Maiduguri."
    brief = extract_text(nlp, text, doc_id="t")
    names = {p.id: p.name for p in brief.places}
    takeovers = [e for e in brief.events if e.type == "TAKEOVER"]
    assert sorted(names[p] for e in takeovers for p in e.locations) == ["Kano", "Maiduguri"]


def _toll(event) -> dict[str, int]:
    assert event.casualties is not None
    pairs = (("killed", event.casualties.killed), ("injured", event.casualties.injured))
    return {k: v.value for k, v in pairs if v}


@pytest.mark.parametrize(
    "text",
    [
        # "a" is one, not one added to the year before it
        "In 1999 a guard was killed in an ambush near Tarvo.",
        # a person who died
        "A guard died in an ambush near Tarvo in 1999.",
    ],
)
def test_one_person_killed_in_an_event_is_its_toll_of_one(nlp: Language, text: str) -> None:
    brief = extract_text(nlp, text, doc_id="t")
    (ambush,) = [e for e in brief.events if e.type == "ATTACK"]
    assert _toll(ambush) == {"killed": 1}


def test_the_place_of_a_toll_clause_places_the_event_it_reports(nlp: Language) -> None:
    text = (
        "In May 1990 the Kestrel Front bombed a depot in the town of Tarvo. "
        "The bombing of a bus in June 1991 killed 12 people in the city of Ardmore."
    )
    brief = extract_text(nlp, text, doc_id="t")
    names = {p.id: p.name for p in brief.places}
    (bus,) = [e for e in brief.events if e.trigger.text == "bombing"]
    assert [names[p] for p in bus.locations] == ["Ardmore"]
    assert _toll(bus) == {"killed": 12}


def test_an_act_dated_apart_does_not_take_the_place_before_it(nlp: Language) -> None:
    text = (
        "A guard died in an ambush in the town of Tarvo in 1996. "
        "In 1997 a bomb attack on a bus killed 9 people."
    )
    brief = extract_text(nlp, text, doc_id="t")
    (attack,) = [e for e in brief.events if e.trigger.text == "attack"]
    assert attack.locations == []


def test_an_act_dated_apart_is_no_retelling_of_the_one_before(nlp: Language) -> None:
    text = (
        "In 1990 the Kestrel Front expanded its operations into the north. "
        "In April 1995 gunmen from the Kestrel Front abducted two engineers near Tarvo. "
        "On 2 July 1998, a car bomb exploded outside a ministry in Ardmore, killing 17 people."
    )
    brief = extract_text(nlp, text, doc_id="t")
    (bombing,) = [e for e in brief.events if e.type == "BOMBING"]
    assert _toll(bombing) == {"killed": 17}
    assert all(e.casualties is None or not e.casualties.killed for e in brief.events if e is not bombing)


@pytest.mark.parametrize(
    "text",
    [
        "In 2009 Omar Haddad, a commander of the Kestrel Front, was killed in an ambush near Tarvo.",
        "In 2009 Omar Haddad, a commander of the Kestrel Front, was killed in an air strike near Tarvo.",
    ],
)
def test_a_named_person_killed_in_an_event_is_one_dead_of_it(nlp: Language, text: str) -> None:
    brief = extract_text(nlp, text, doc_id="t")
    (attack,) = [e for e in brief.events if e.type == "ATTACK"]
    assert attack.trigger.text in {"ambush", "strike"}
    assert _toll(attack) == {"killed": 1}


def test_who_resumes_attacks_carries_them_out(nlp: Language) -> None:
    text = "The Kestrel Front announced a truce in 1995, but it resumed attacks in 1997."
    brief = extract_text(nlp, text, doc_id="t")
    assert ("agent", "Kestrel Front") in participant_roles(brief, "ATTACK")
