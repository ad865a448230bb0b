"""The entity layer's error classes on texts never seen (issue 16), one table per class.

Every sentence is general English with invented names (or generic world knowledge);
none is taken from corpus/."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text
from briefextract.schema.brief import Brief


def brief_of(nlp: Language, text: str) -> Brief:
    return extract_text(nlp, text, doc_id="t")


def names(b: Brief) -> dict[str, str]:
    """name or alias -> type, over actors and places."""
    out: dict[str, str] = {}
    for e in [*b.actors, *b.places]:
        for n in [e.name, *e.aliases]:
            out[n] = e.type
    return out


def mentioned(b: Brief) -> set[str]:
    return {m.text for e in [*b.actors, *b.places] for m in e.mentions}


# --- 2. administrative divisions are places -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was born in County Cork in 1921.", "County Cork"),
        ("Fighters moved into Kandahar Province last spring.", "Kandahar Province"),
        ("The raid took place in Borno State in 2014.", "Borno State"),
        ("Villagers fled the Tarrowin District after the raid.", "Tarrowin District"),
        ("Shelling hit Velmora Governorate for a week.", "Velmora Governorate"),
        ("Clashes spread to Ostravin province by June.", "Ostravin province"),
        ("He was born in County Velnagh, where his father farmed.", "County Velnagh"),
    ],
    ids=[
        "iso-county-prefix",
        "iso-province",
        "iso-state",
        "district",
        "governorate",
        "lower-province",
        "county-prefix-unlisted",
    ],
)
def test_administrative_divisions_are_regions(nlp: Language, text: str, name: str) -> None:
    b = brief_of(nlp, text)
    assert names(b).get(name) == "REGION", names(b)
    assert not any(name in a.name or a.name in name for a in b.actors)


def test_a_listed_lower_level_division_carries_its_country(nlp: Language) -> None:
    b = brief_of(nlp, "Cattle were stolen in County Cork.")
    assert next(p for p in b.places if p.name == "County Cork").country == "IE"


def test_a_demonym_before_a_division_noun_is_no_division(nlp: Language) -> None:
    b = brief_of(nlp, "The Afghan province of Helmand saw heavy fighting.")
    assert "Afghan province" not in names(b)


# --- 3. wars, operations and periods are not entities ---------------------------------------
@pytest.mark.parametrize(
    ("text", "event_name"),
    [
        ("Many volunteers fought in the Spanish Civil War.", "Spanish Civil War"),
        ("He served during the Iran–Iraq War.", "Iran–Iraq War"),
        ("Operation Desert Storm began in January 1991.", "Operation Desert Storm"),
        ("The Prague Spring was crushed in August 1968.", "Prague Spring"),
        ("Operation Grey Heron failed within a week.", "Operation Grey Heron"),
        ("The Battle of Velmora lasted three days.", "Battle of Velmora"),
        ("After the Ostrava Accords the guerrillas disarmed.", "Ostrava Accords"),
        ("Six militants were sentenced to death in the Velmora Trial of 1970.", "Velmora Trial"),
    ],
    ids=[
        "civil-war",
        "dash-war",
        "operation",
        "spring",
        "operation-invented",
        "battle-of",
        "accords",
        "trial",
    ],
)
def test_named_wars_operations_and_periods_are_no_entities(nlp: Language, text: str, event_name: str) -> None:
    b = brief_of(nlp, text)
    assert not [a for a in b.actors if a.name in event_name], [a.name for a in b.actors]
    assert not [m for m in mentioned(b) if event_name in m or (m in event_name and len(m.split()) > 1)]


def test_a_person_named_in_a_murder_heading_is_found_in_the_body(nlp: Language) -> None:
    text = "Murder of John Tarrowby\n\nJohn Tarrowby was shot in 1973. Tarrowby had led the school board."
    b = brief_of(nlp, text)
    person = next(a for a in b.actors if a.name == "John Tarrowby")
    assert person.type == "PERSON"
    assert not any("Murder" in a.name for a in b.actors)


# --- 1. distinct organisations stay distinct -------------------------------------------------
def test_a_provisional_offshoot_is_not_its_parent(nlp: Language) -> None:
    b = brief_of(
        nlp,
        "The Ostmark Republican Army fought in the 1920s. In 1969 the Provisional ORA split from it. "
        "The Provisional ORA bombed a barracks in 1972.",
    )
    pora = next(a for a in b.actors if "Provisional ORA" in [a.name, *a.aliases])
    assert "ORA" not in [pora.name, *pora.aliases]
    assert "Ostmark Republican Army" not in [pora.name, *pora.aliases]


def test_a_political_wing_is_not_its_armed_group(nlp: Language) -> None:
    b = brief_of(nlp, "Batasuna was banned in 2003. ETA declared a ceasefire in 2006.")
    batasuna = next(a for a in b.actors if a.name == "Batasuna")
    assert batasuna.type == "POLITICAL_GROUP"
    assert "ETA" not in batasuna.aliases


# --- 4. no entity crosses a paragraph break or a heading -------------------------------------
def test_headings_and_blank_lines_bound_every_name(nlp: Language) -> None:
    text = (
        "History\n\nThe Velmar Liberation Front (VLF) is a militant group in Kenya.\n\n"
        "Research and Media Coverage\n\nInternational Relations\n\n"
        "The VLF was founded in 1990 by Omar Velnik.\n"
    )
    b = brief_of(nlp, text)
    assert all("\n" not in m.text for e in [*b.actors, *b.places] for m in e.mentions)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Tarrow Kestrel Front", "Tarrow Kestrel Front"),
        ("Rebels seize port town in northern Velna", "Rebels seize port town in northern Velna"),
        ("Early history and formation", None),
        ("Attacks on civilians", None),
    ],
)
def test_a_section_heading_is_no_title(nlp: Language, first_line: str, title: str | None) -> None:
    b = brief_of(nlp, first_line + "\n\nThe Tarrow Kestrel Front is a militant group in Kenya.\n")
    assert b.title == title


# --- 5. communal and religious groups --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Druze fought alongside the army.", "Druze"),
        ("Alawite officers dominated the command.", "Alawite"),
        ("Sunni tribes turned against the militants.", "Sunni"),
        ("Muslims and Christians marched together in 1990.", "Muslims"),
        ("Arab militias attacked the villages.", "Arab"),
        ("Yazidi villages were shelled.", "Yazidi"),
    ],
    ids=["druze", "alawite-attributive", "sunni-attributive", "muslims", "arab-attributive", "yazidi"],
)
def test_communal_groups_are_political_groups(nlp: Language, text: str, name: str) -> None:
    b = brief_of(nlp, text)
    group = [a for a in b.actors if name in [a.name, *a.aliases]]
    assert group and group[0].type == "POLITICAL_GROUP", [(a.name, a.type) for a in b.actors]
    assert name in {m.text for m in group[0].mentions}


# --- 6. names in lists, aliases, companies, media --------------------------------------------
def test_people_in_a_list_are_people(nlp: Language) -> None:
    b = brief_of(nlp, "The founders were Paddy Marlow, Tomas Greer, Anna Velk and Joe Brannick.")
    assert names(b).get("Paddy Marlow") == "PERSON"
    assert not b.places


def test_a_nickname_after_he_is_the_persons(nlp: Language) -> None:
    b = brief_of(nlp, 'Omar Velnik led the cell for a decade. He was nicknamed "the Fox" by the police.')
    assert [a.name for a in b.actors] == ["Omar Velnik"]
    assert "Fox" in b.actors[0].aliases


def test_a_quoted_alias_is_never_a_place(nlp: Language) -> None:
    b = brief_of(nlp, 'Marta Velk, alias "Kestrel", joined in 1973. Kestrel later fled to Mexico.')
    assert "Kestrel" in next(a for a in b.actors if a.name == "Marta Velk").aliases
    assert all(p.name != "Kestrel" for p in b.places)


def test_a_company_before_a_facility_noun_is_the_facility(nlp: Language) -> None:
    b = brief_of(nlp, "In 1972 the cell destroyed the Bayer plant near the river.")
    assert all(a.type != "ARMED_GROUP" for a in b.actors)


def test_a_magazine_is_a_medium(nlp: Language) -> None:
    b = brief_of(nlp, "The attack on the satirical magazine Velmont Charivari killed twelve people.")
    assert names(b).get("Velmont Charivari") == "RESEARCH_MEDIA"


# --- 7. same-named places ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Velna Front fought the army for a decade. In 1984 it bombed a barracks in Tripoli. "
            "Lebanon blamed Syria.",
            "LB",
        ),
        ("The Velna Front was based in Libya. In 1984 it bombed a barracks in Tripoli.", "LY"),
        ("Police in Spain arrested four members of the Velna Front in Valencia in 2003.", "ES"),
        ("The Velna Front bombed a market in Valencia in 2003.", "VE"),  # no country: most populous
    ],
)
def test_a_shared_city_name_is_the_city_in_the_documents_country(
    nlp: Language, text: str, country: str
) -> None:
    b = brief_of(nlp, text)
    city = next(p for p in b.places if p.type == "CITY")
    assert city.country == country


# --- 8. line endings and a byte-order mark ---------------------------------------------------
def test_crlf_line_endings_change_nothing(nlp: Language) -> None:
    text = (
        "Kestrel Front\n\nThe Kestrel Front (KF) is a militant group in Kenya.\n\n"
        "Kidnappings\n\nIn 2009 the KF kidnapped two engineers in Mombasa.\n"
    )
    plain, crlf = brief_of(nlp, text), brief_of(nlp, text.replace("\n", "\r\n"))

    def shape(b: Brief) -> list[tuple[str, str, int]]:
        return sorted((e.type, e.name, len(e.mentions)) for e in [*b.actors, *b.places])

    assert shape(plain) == shape(crlf)


def test_a_byte_order_mark_changes_nothing_but_offsets(nlp: Language) -> None:
    text = (
        "Tarrow Kestrel Front\n\nThe Tarrow Kestrel Front (TKF) is a militant group in Kenya.\n\n"
        "Kidnappings\n\nIn 2009 the TKF kidnapped two engineers in Mombasa.\n"
    )
    marked = "\ufeff" + text
    plain = brief_of(nlp, text)
    for variant in (marked, marked.replace("\n", "\r\n")):
        b = brief_of(nlp, variant)
        assert b.title == plain.title == "Tarrow Kestrel Front"

        def shape(x: Brief) -> list[tuple[str, str, tuple[str, ...]]]:
            return sorted((e.type, e.name, tuple(m.text for m in e.mentions)) for e in [*x.actors, *x.places])

        assert shape(b) == shape(plain)
        for e in [*b.actors, *b.places]:
            for m in e.mentions:
                assert variant[m.start : m.end] == m.text  # offsets index the text as given


# --- countries acting as states, groups named after their leaders ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The movement promised war on several governments, including those of France, Spain and Italy.",
        "Velnia asked three European powers—namely, France, Spain and Italy—for arms.",
    ],
)
def test_countries_standing_for_states_named_before_are_states(nlp: Language, text: str) -> None:
    b = brief_of(nlp, text)
    for country in ("France", "Spain", "Italy"):
        assert names(b).get(country) == "STATE", country


def test_a_country_after_those_of_an_economic_noun_is_a_place(nlp: Language) -> None:
    b = brief_of(nlp, "The economies of France and those of Spain and Italy grew.")
    assert names(b).get("Spain") == "COUNTRY"


def test_a_gang_named_after_its_leaders_is_one_group(nlp: Language) -> None:
    b = brief_of(
        nlp,
        "The bombing was carried out by Paul Marlow and Anna Greer, two founders of the Marlow-Greer gang. "
        "Later the Marlow-Greer gang robbed a bank, and the Marlow-Greer group fled.",
    )
    (group,) = [a for a in b.actors if a.type == "ARMED_GROUP"]
    assert sorted(m.text for m in group.mentions) == [
        "Marlow-Greer gang",
        "Marlow-Greer gang",
        "Marlow-Greer group",
    ]
    assert {a.name for a in b.actors if a.type == "PERSON"} == {"Paul Marlow", "Anna Greer"}


def test_bracket_tagged_and_numbered_factions_are_their_own_groups(nlp: Language) -> None:
    b = brief_of(
        nlp,
        "The Velna Liberation Front (VLF) was founded in 1959. In 1974 the VLF split into two groups: "
        "VLF political-military or VLF(pm), and VLF military or VLF(m).\n\n"
        "VLF(m) and VLF(pm) each rejected the truce. VLF VIII later merged into VLF(m).",
    )
    by_name = {a.name: a for a in b.actors}
    assert by_name["VLF political-military"].aliases == ["VLF(pm)"]
    assert len(by_name["VLF political-military"].mentions) == 3
    assert len(by_name["VLF military"].mentions) == 4
    assert "VLF VIII" in by_name
    assert [m.text for m in by_name["Velna Liberation Front"].mentions].count("VLF") == 2


def test_an_offshoot_qualifier_names_a_group_and_its_plural_names_it_again(nlp: Language) -> None:
    b = brief_of(
        nlp,
        "The Velna Republican Army (VRA) fought in the 1920s. In 1969 the Provisional VRA split from "
        "the VRA. Most units in the north joined the Provisionals in 1970, and the Provisionals "
        "bombed a barracks in 1971.",
    )
    by_name = {a.name: a for a in b.actors}
    assert [m.text for m in by_name["Provisional VRA"].mentions] == [
        "Provisional VRA",
        "Provisionals",
        "Provisionals",
    ]
    assert "Provisional VRA" not in by_name["Velna Republican Army"].aliases


@pytest.mark.parametrize(
    ("text", "facility", "city"),
    [
        ("In 1972 six gunmen seized the Velnan Embassy in Stockholm.", "Velnan Embassy", "Stockholm"),
        ("A bomb exploded at the West Berlin Velnan Yacht Club in 1972.", "Velnan Yacht Club", "West Berlin"),
        ("Two inmates escaped from Mombasa prison in 1973.", "Mombasa prison", None),
    ],
)
def test_facilities_are_other_places(nlp: Language, text: str, facility: str, city: str | None) -> None:
    b = brief_of(nlp, text)
    assert names(b).get(facility) == "OTHER"
    if city is not None:
        assert names(b).get(city) == "CITY"


def test_a_border_between_two_countries_is_one_region(nlp: Language) -> None:
    b = brief_of(
        nlp, "Troops raided camps along the Kenya–Somalia border in 2015. Kenya said the raid was a success."
    )
    assert names(b).get("Kenya–Somalia border") == "REGION"
    assert "Somalia" not in names(b)


def test_a_shared_head_gives_both_places(nlp: Language) -> None:
    b = brief_of(nlp, "The group spread across North and West Africa in the 2000s.")
    assert names(b).get("West Africa") == "REGION"
    assert names(b).get("North") == "REGION"  # "North ... Africa"
    assert "North and West Africa" not in names(b)


def test_an_adjective_before_a_listed_name_is_no_new_name(nlp: Language) -> None:
    b = brief_of(nlp, "Drought hit the sub-Saharan Sahel, and France sent aid in 1973.")
    assert "Saharan Sahel" not in names(b)
    assert names(b).get("Sahel") == "REGION"


def test_a_place_and_a_community_noun_name_a_communal_group(nlp: Language) -> None:
    b = brief_of(nlp, "In 1969 Punjab loyalists attacked the march. Veteran republicans stayed away.")
    assert names(b).get("Punjab loyalists") == "POLITICAL_GROUP"
    assert "Veteran republicans" not in names(b)


def test_a_name_before_a_vehicle_noun_is_a_product(nlp: Language) -> None:
    b = brief_of(nlp, "The commandos fast-roped from Velcor helicopters near the border with Kenya.")
    assert not any("Velcor" in n for n in names(b))


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "In 1977 the group merged into the political party Velna Unity, which won two seats.",
            "Velna Unity",
            "POLITICAL_GROUP",
        ),
        ("The newspaper Velna Herald reported the attack.", "Velna Herald", "RESEARCH_MEDIA"),
        ("The militant Omar Velnik was killed.", "Omar Velnik", "PERSON"),
    ],
)
def test_a_descriptor_noun_before_a_name_types_it(nlp: Language, text: str, name: str, etype: str) -> None:
    assert names(brief_of(nlp, text)).get(name) == etype


def test_a_numbered_regiment_is_a_state_force(nlp: Language) -> None:
    b = brief_of(nlp, "In 2015 the rebels ambushed a convoy of 6 Velna Regiment and killed 18 soldiers.")
    assert names(b).get("6 Velna Regiment") == "GOVERNMENT_BODY"


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "The air force and 9 VELN (SF) carried out a raid across the border.",
            "9 VELN (SF)",
            "GOVERNMENT_BODY",
        ),
        ("The bombing of a station in Gasteiz-Vitoria killed a child.", "Gasteiz-Vitoria", "CITY"),
        ("Aid reached the rebels from across the Republic of Kenya in 1970.", "Republic of Kenya", "COUNTRY"),
    ],
)
def test_unit_designations_bilingual_city_names_and_republics(
    nlp: Language, text: str, name: str, etype: str
) -> None:
    assert names(brief_of(nlp, text)).get(name) == etype


def test_a_quoted_translation_in_brackets_is_another_name(nlp: Language) -> None:
    b = brief_of(
        nlp,
        'In 1977 the faction merged into the political party Velna Batasuna ("Unity of Kenya"), '
        "which won two seats. Velna Batasuna later split.",
    )
    party = next(a for a in b.actors if a.name == "Velna Batasuna")
    assert party.aliases == ["Unity of Kenya"]
    assert not b.places


def test_a_citys_unit_of_a_group_is_a_group_of_its_own(nlp: Language) -> None:
    b = brief_of(
        nlp,
        "The Velna Republican Army (VRA) was founded in 1919. He made contact with the Belfast VRA "
        "under Tom Marlow, who was wary of the leadership.",
    )
    assert names(b).get("Belfast VRA") == "ARMED_GROUP"


def test_a_facilitys_short_and_full_names_are_one_place(nlp: Language) -> None:
    b = brief_of(
        nlp,
        "The group met in Velmora prison in 1972. Marlow escaped from Velmora State Prison in 1973.",
    )
    facilities = [p for p in b.places if p.type == "OTHER"]
    assert len(facilities) == 1 and len(facilities[0].mentions) == 2


def test_a_name_before_a_gas_is_a_product(nlp: Language) -> None:
    b = brief_of(nlp, "Police saturated the area with VX gas in 1969.")
    assert "VX" not in names(b)


@pytest.mark.parametrize(
    "text",
    [
        "They considered the government of Spain illegitimate.",
        "He said that Kenya's Research Wing and Spain's National Directorate of Security were "
        "arming the rebels.",
    ],
)
def test_a_country_owning_a_state_body_is_the_state(nlp: Language, text: str) -> None:
    assert names(brief_of(nlp, text)).get("Spain") == "STATE"


# --- issue 16, round 4: type accuracy --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "A spokesman of the Velna Front faction _Tarwa Dawn_ said the two groups acted together.",
            "Tarwa Dawn",
            "ARMED_GROUP",
        ),
        (
            "The rebels asked that a residents' coalition named the Tarrow Residents Committee "
            "hand out the food.",
            "Tarrow Residents Committee",
            "POLITICAL_GROUP",
        ),
        (
            "Its statements were issued by the Velna Publicity Bureau in 1971.",
            "Velna Publicity Bureau",
            "RESEARCH_MEDIA",
        ),
        (
            "Gunmen dressed as men of the 9 Velna Battalion of Kenyan army raided the camp.",
            "9 Velna Battalion",
            "GOVERNMENT_BODY",
        ),
        (
            "Riots began after a Loyal Sons of Tarrow march in 1969.",
            "Loyal Sons of Tarrow",
            "POLITICAL_GROUP",
        ),
        ("The Lions of Velmora ambushed a convoy in 2004.", "Lions of Velmora", "ARMED_GROUP"),
        (
            "The Marlow administration established the Coastal Security Partnership in 2005 to train police.",
            "Coastal Security Partnership",
            "GOVERNMENT_BODY",
        ),
        (
            "Seven states joined the Coastal Security Partnership in 2005 to train police.",
            "Coastal Security Partnership",
            "INTERNATIONAL_ORG",
        ),
        (
            "In 1970 the Tarrow Relief Committee raised funds for the families of prisoners.",
            "Tarrow Relief Committee",
            "POLITICAL_GROUP",
        ),
    ],
    ids=[
        "faction",
        "called",
        "publicity-bureau",
        "unit-of-state-force",
        "members-of-civic",
        "members-of-armed",
        "programme-of-a-state",
        "partnership-of-states",
        "committee",
    ],
)
def test_descriptors_heads_and_owners_type_a_name(nlp: Language, text: str, name: str, etype: str) -> None:
    assert names(brief_of(nlp, text)).get(name) == etype


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "The 1960 bombing was claimed by the left-wing group VRDL, which bombed four trains.",
            "VRDL",
            "ARMED_GROUP",
        ),
        (
            'In 1980 the faction merged into the political party _Tarrow Unity_ ("Left of Kenya"), '
            "which won two seats.",
            "Tarrow Unity",
            "POLITICAL_GROUP",
        ),
    ],
    ids=["group-acronym", "party-in-emphasis"],
)
def test_a_noun_saying_what_follows_makes_a_name(nlp: Language, text: str, name: str, etype: str) -> None:
    b = brief_of(nlp, text)
    assert names(b).get(name) == etype
    assert not any(p.name == "Kenya" for p in b.places)


def test_a_unit_name_stops_before_a_listed_name_it_runs_into(nlp: Language) -> None:
    b = brief_of(nlp, "The 9 Velna Battalion of Kenyan army guarded the border with Uganda.")
    assert "Velna Battalion of Kenyan" not in names(b)


def test_a_unit_of_a_named_state_body_is_a_body_of_its_own(nlp: Language) -> None:
    b = brief_of(
        nlp, "He was an informant for the Velna Intelligence Unit of the Tarrow Police Department in 1968."
    )
    found = names(b)
    assert found.get("Velna Intelligence Unit") == "GOVERNMENT_BODY"
    assert found.get("Tarrow Police Department") == "GOVERNMENT_BODY"
    assert "Velna Intelligence Unit of the Tarrow Police Department" not in found


def test_a_country_after_a_border_noun_and_with_is_a_territory(nlp: Language) -> None:
    b = brief_of(nlp, "The rebels camped near the border with Kenya. Later Uganda went to war with Tanzania.")
    kenya = [e.type for e in [*b.actors, *b.places] if e.name == "Kenya"]
    assert kenya == ["COUNTRY"]
    assert names(b).get("Tanzania") == "STATE"


def test_a_facility_in_apposition_and_a_town_of_name_are_places(nlp: Language) -> None:
    b = brief_of(nlp, "Most of its founders studied at Jamil Nadwa, a seminary in the town of Velmora Khel.")
    found = names(b)
    assert found.get("Jamil Nadwa") == "OTHER"
    assert found.get("Velmora Khel") == "CITY"


def test_a_pattern_cut_before_a_listed_name_leaves_no_bare_article(nlp: Language) -> None:
    b = brief_of(nlp, "The International Committee of the Red Cross visited the camp in 2004.")
    assert "The" not in names(b)
    assert names(b).get("International Committee of the Red Cross") == "INTERNATIONAL_ORG"
