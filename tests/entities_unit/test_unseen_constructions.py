"""Constructions of reporting prose that type a name no gazetteer knows, on invented
sentences (issue 16, text never seen): a description after the name outweighs its head noun
and the default, a business is no actor, a town or region in apposition is a place wherever
its name stands, and a body's head noun outweighs a personal-name reading."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.abbreviations import find_abbreviations
from briefextract.entities.candidates import Candidate
from briefextract.entities.canon import Mention
from briefextract.entities.defined_names import redefined_acronyms
from briefextract.entities.gazetteers import Gazetteer, GazetteerEntry
from briefextract.entities.resolver import EntityResolver
from briefextract.entities.shared_names import choose_shared_names
from briefextract.entities.typing import type_from_description
from tests.entities_unit.conftest import Row, marked, parsed, summary

DESCRIPTORS = {
    "separatist": "ARMED_GROUP",
    "militant": "ARMED_GROUP",
    "party": "POLITICAL_GROUP",
    "communal": "POLITICAL_GROUP",
}


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        (", a separatist party in the south.", "POLITICAL_GROUP"),
        (", a militant group.", "ARMED_GROUP"),
        (", a communal group of herders.", "POLITICAL_GROUP"),
    ],
    ids=["head-noun-before-modifier", "modifier-when-the-head-is-untyped", "communal-modifier"],
)
def test_the_descriptions_head_noun_types_first(
    resolver: EntityResolver, following: str, expected: str
) -> None:
    assert type_from_description(following, DESCRIPTORS, resolver.description) == expected


# (text with the NER's spans inline, every (name, kind, type) that must come out)
TYPINGS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "description-outweighs-a-pattern-head": (
        "The Tarrow Hill Movement, a separatist party, won four seats.",
        [("Tarrow Hill Movement", "actor", "POLITICAL_GROUP")],
    ),
    "description-outweighs-an-ner-head": (
        "[Velna Brigade](ORG) is a small political party in the south.",
        [("Velna Brigade", "actor", "POLITICAL_GROUP")],
    ),
    "plural-head-keeps-its-modifier": (
        "They joined the Tarrow Democratic Front, an alliance of opposition parties.",
        [("Tarrow Democratic Front", "actor", "POLITICAL_GROUP")],
    ),
    "communal-group-in-apposition": (
        "The rebels drew on the [Orvani](ORG), a communal group of herders.",
        [("Orvani", "actor", "POLITICAL_GROUP")],
    ),
    "media-outlet": (
        "[Velna Voice](ORG), the media outlet of the band, posted it.",
        [("Velna Voice", "actor", "RESEARCH_MEDIA")],
    ),
    "business-is-no-actor": ("[Velcor Energy](ORG), a mining company, closed the pit.", []),
    "business-after-a-copula": ("[Tarrow Holdings](ORG) is a logistics firm in the port.", []),
    "body-nearer-than-business": (
        "[Velcor Front](ORG), a militant group that runs a mining company, struck.",
        [("Velcor Front", "actor", "ARMED_GROUP")],
    ),
    "body-head-outweighs-a-person-reading": (
        "[Ostrel Brigades](PERSON), a splinter faction, broke away in 2003.",
        [("Ostrel Brigades", "actor", "ARMED_GROUP")],
    ),
}


@pytest.mark.parametrize("case", list(TYPINGS), ids=list(TYPINGS))
def test_a_names_type_from_its_context(nlp: Language, case: str) -> None:
    text, expected = TYPINGS[case]
    assert summary(marked(nlp, text)) == sorted(expected)


# "The rebels attacked Velmora , the provincial capital , after the Velmora massacre ."
CAPITAL: list[Row] = [
    ("The", 1, "det", "DET", "O"),
    ("rebels", 1, "nsubj", "NOUN", "O", "NNS"),
    ("attacked", 0, "ROOT", "VERB", "O"),
    ("Velmora", -1, "dobj", "PROPN", "B-PERSON"),
    (",", -1, "punct", "PUNCT", "O"),
    ("the", 2, "det", "DET", "O"),
    ("provincial", 1, "amod", "ADJ", "O"),
    ("capital", -4, "appos", "NOUN", "O"),
    (",", -5, "punct", "PUNCT", "O"),
    ("after", -6, "prep", "ADP", "O"),
    ("the", 2, "det", "DET", "O"),
    ("Velmora", 1, "compound", "PROPN", "B-PERSON"),
    ("massacre", -3, "pobj", "NOUN", "O"),
    (".", -10, "punct", "PUNCT", "O"),
]
# "They met Tom Marlow , a village elder ."
ELDER: list[Row] = [
    ("They", 1, "nsubj", "PRON", "O"),
    ("met", 0, "ROOT", "VERB", "O"),
    ("Tom", 1, "compound", "PROPN", "B-PERSON"),
    ("Marlow", -2, "dobj", "PROPN", "I-PERSON"),
    (",", -1, "punct", "PUNCT", "O"),
    ("a", 2, "det", "DET", "O"),
    ("village", 1, "compound", "NOUN", "O"),
    ("elder", -4, "appos", "NOUN", "O"),
    (".", -7, "punct", "PUNCT", "O"),
]
# "Fighting spread to Tarrowen , a mountainous province ."
PROVINCE: list[Row] = [
    ("Fighting", 1, "nsubj", "NOUN", "O"),
    ("spread", 0, "ROOT", "VERB", "O"),
    ("to", -1, "prep", "ADP", "O"),
    ("Tarrowen", -1, "pobj", "PROPN", "B-ORG"),
    (",", -1, "punct", "PUNCT", "O"),
    ("a", 2, "det", "DET", "O"),
    ("mountainous", 1, "amod", "ADJ", "O"),
    ("province", -4, "appos", "NOUN", "O"),
    (".", -7, "punct", "PUNCT", "O"),
]


def test_a_town_in_apposition_is_a_place_wherever_it_is_named(nlp: Language) -> None:
    assert summary(parsed(nlp, CAPITAL)) == [("Velmora", "place", "CITY")]


def test_a_settlement_noun_that_modifies_another_is_no_apposition(nlp: Language) -> None:
    assert summary(parsed(nlp, ELDER)) == [("Tom Marlow", "actor", "PERSON")]


def test_a_division_in_apposition_is_a_region(nlp: Language) -> None:
    assert summary(parsed(nlp, PROVINCE)) == [("Tarrowen", "place", "REGION")]


def test_the_apposition_records_decide(
    nlp: Language, resolver: EntityResolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefextract.rules import RuleRecord, RuleSet

    empty: RuleSet[RuleRecord] = RuleSet(nlp.vocab, [], resolver.facility_appositions.lexicon)
    monkeypatch.setattr(resolver, "facility_appositions", empty)
    assert ("Velmora", "place", "CITY") not in summary(parsed(nlp, CAPITAL))


# --- names by their transliterated or broadcaster's head, and names the NER joined ---------
NAMED: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "transliterated-head-over-a-person-reading": (
        "Later a faction formed [Jund al-Velna](PERSON) in the hills.",
        [("Jund al-Velna", "actor", "ARMED_GROUP")],
    ),
    "izafe-particles": (
        "Lashkar-e-Tarrow claimed the raid.",
        [("Lashkar-e-Tarrow", "actor", "ARMED_GROUP")],
    ),
    "broadcaster-prefix": (
        "[Radio Velna](ORG) broadcast the statement.",
        [("Radio Velna", "actor", "RESEARCH_MEDIA")],
    ),
    "voice-of": (
        "The Voice of the Tarrow Hills aired it.",
        [("Voice of the Tarrow Hills", "actor", "RESEARCH_MEDIA")],
    ),
    "two-bodies-joined-by-and-the": (
        "In 2011 [the Velna Brotherhood and the Tarrow Circle](ORG) formed a bloc.",
        [("Tarrow Circle", "actor", "ARMED_GROUP"), ("Velna Brotherhood", "actor", "ARMED_GROUP")],
    ),
}


@pytest.mark.parametrize("case", list(NAMED), ids=list(NAMED))
def test_a_name_found_by_its_words(nlp: Language, case: str) -> None:
    text, expected = NAMED[case]
    assert summary(marked(nlp, text)) == sorted(expected)


def _entry(key: str, label: str, name: str, aliases: tuple[str, ...], country: str | None) -> GazetteerEntry:
    return GazetteerEntry(key, label, name, aliases, country)


SHARED = Gazetteer()
for _e in (
    _entry("velna-front-east", "ARMED_GROUP", "Velna Front of the East", ("Velna Front",), "AA"),
    _entry("velna-front-west", "ARMED_GROUP", "Velna Front of the West", ("Velna Front",), "BB"),
    _entry("tarrow-front", "ARMED_GROUP", "Tarrow Front", (), "BB"),
    _entry("ordin-front", "ARMED_GROUP", "Velna Front", (), None),
    _entry("city-velna", "CITY", "Velna Front", (), "AA"),
):
    SHARED.add(_e)


def _listed(start: int, key: str) -> Candidate:
    return Candidate(start, start + 2, SHARED.entries[key].label, "gazetteer", f"gazetteer:{key}", key)


def test_a_shared_name_is_the_entrys_in_the_country_named_most() -> None:
    shared = [_listed(0, "velna-front-east"), _listed(0, "velna-front-west")]
    other = _listed(5, "tarrow-front")  # names a body of country BB
    texts = dict.fromkeys(range(3), "Velna Front")
    kept = choose_shared_names([*shared, other], SHARED, texts)
    assert [c.key for c in kept] == ["velna-front-west", "tarrow-front"]
    # Without a country named, the first reading stays.
    assert [c.key for c in choose_shared_names(shared, SHARED, texts)] == ["velna-front-east"]


def test_a_shared_name_is_first_the_entry_whose_own_name_it_is() -> None:
    cands = [_listed(0, "velna-front-west"), _listed(0, "ordin-front"), _listed(5, "tarrow-front")]
    kept = choose_shared_names(cands, SHARED, dict.fromkeys(range(3), "Velna Front"))
    assert [c.key for c in kept] == ["ordin-front", "tarrow-front"]


def test_a_place_reading_does_not_compete_with_bodies() -> None:
    cands = [_listed(0, "velna-front-east"), _listed(0, "city-velna")]
    kept = choose_shared_names(cands, SHARED, dict.fromkeys(range(2), "Velna Front"))
    assert [c.key for c in kept] == ["velna-front-east", "city-velna"]


# "In 1990 its armed wing , the Velna Guard , took the pass ."
ARMED_WING: list[Row] = [
    ("In", 10, "prep", "ADP", "O"),
    ("1990", -1, "pobj", "NUM", "O"),
    ("its", 2, "poss", "PRON", "O", "PRP$"),
    ("armed", 1, "amod", "ADJ", "O"),
    ("wing", 6, "nsubj", "NOUN", "O"),
    (",", -1, "punct", "PUNCT", "O"),
    ("the", 2, "det", "DET", "O"),
    ("Velna", 1, "compound", "PROPN", "B-ORG"),
    ("Guard", -4, "appos", "PROPN", "I-ORG"),
    (",", -5, "punct", "PUNCT", "O"),
    ("took", 0, "ROOT", "VERB", "O"),
    ("the", 1, "det", "DET", "O"),
    ("pass", -2, "dobj", "NOUN", "O"),
    (".", -3, "punct", "PUNCT", "O"),
]
# "Fighting the militia , Tarrow Voice said ."
BARE_NOUN: list[Row] = [
    ("Fighting", 5, "advcl", "VERB", "O", "VBG"),
    ("the", 1, "det", "DET", "O"),
    ("militia", -2, "dobj", "NOUN", "O"),
    (",", 2, "punct", "PUNCT", "O"),
    ("Tarrow", 1, "compound", "PROPN", "B-ORG"),
    ("Voice", 1, "nsubj", "PROPN", "I-ORG"),
    ("said", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
]


def test_a_possessed_descriptor_before_a_comma_types_the_name(nlp: Language) -> None:
    # "Guard" alone would make a government body; the descriptor says it is the group's wing.
    assert summary(parsed(nlp, ARMED_WING)) == [("Velna Guard", "actor", "ARMED_GROUP")]


def test_a_bare_descriptor_before_a_comma_does_not(nlp: Language) -> None:
    assert summary(parsed(nlp, BARE_NOUN)) == [("Tarrow Voice", "actor", "ARMED_GROUP")]


UNITS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "numbered-arm-of-service-unit": (
        "The army's 12th Infantry Brigade shelled the camp.",
        [("12th Infantry Brigade", "actor", "GOVERNMENT_BODY")],
    ),
    "corps-head-keeps-the-possessive": (
        "Its fighters joined [the People's Velna Corps](ORG) in 2004.",
        [("People's Velna Corps", "actor", "ARMED_GROUP")],
    ),
    "daily-opens-a-newspapers-name": (
        "The Daily Tarrow reported the raid.",
        [("Daily Tarrow", "actor", "RESEARCH_MEDIA")],
    ),
}


@pytest.mark.parametrize("case", list(UNITS), ids=list(UNITS))
def test_a_units_or_outlets_name(nlp: Language, case: str) -> None:
    text, expected = UNITS[case]
    assert summary(marked(nlp, text)) == sorted(expected)


ROMANCE: dict[str, tuple[str, str, str]] = {
    "front-with-connectors": (
        "The Frente Popular de Liberación del Velna was founded in 1970.",
        "Frente Popular de Liberación del Velna",
        "ARMED_GROUP",
    ),
    "party": (
        "Its rival, the Partido Obrero Tarrovense, rejected it.",
        "Partido Obrero Tarrovense",
        "POLITICAL_GROUP",
    ),
    "ministry": ("The Ministerio del Interior hunted them.", "Ministerio del Interior", "GOVERNMENT_BODY"),
    "university": (
        "Students at the Universidad Nacional de Velna joined.",
        "Universidad Nacional de Velna",
        "RESEARCH_MEDIA",
    ),
    "french-movement": (
        "The Mouvement pour la Justice et la Paix condemned it.",
        "Mouvement pour la Justice et la Paix",
        "ARMED_GROUP",
    ),
}


@pytest.mark.parametrize("case", list(ROMANCE), ids=list(ROMANCE))
def test_a_romance_head_noun_opens_a_typed_name(nlp: Language, case: str) -> None:
    text, name, etype = ROMANCE[case]
    assert summary(marked(nlp, text)) == [(name, "actor", etype)]


def test_an_english_word_opens_no_romance_name(nlp: Language) -> None:
    # "Tribunal", "Guerrilla" are English words too: not in the lists.
    assert summary(marked(nlp, "Tribunal Velna Tarrow met.")) == []


# "Haddo Merrin , a former army colonel , founded it ."
COLONEL: list[Row] = [
    ("Haddo", 1, "compound", "PROPN", "B-ORG"),
    ("Merrin", 7, "nsubj", "PROPN", "I-ORG"),
    (",", -1, "punct", "PUNCT", "O"),
    ("a", 4, "det", "DET", "O"),
    ("former", 3, "amod", "ADJ", "O"),
    ("army", 2, "compound", "NOUN", "O"),
    ("colonel", -5, "appos", "NOUN", "O"),
    (",", -6, "punct", "PUNCT", "O"),
    ("founded", 0, "ROOT", "VERB", "O"),
    ("it", -1, "dobj", "PRON", "O"),
    (".", -2, "punct", "PUNCT", "O"),
]
# "The Kessari , an ethnic minority , met . Kessari leaders left ."
MINORITY: list[Row] = [
    ("The", 1, "det", "DET", "O"),
    ("Kessari", 6, "nsubj", "PROPN", "B-GPE"),
    (",", -1, "punct", "PUNCT", "O"),
    ("an", 2, "det", "DET", "O"),
    ("ethnic", 1, "amod", "ADJ", "O"),
    ("minority", -4, "appos", "NOUN", "O"),
    (",", -5, "punct", "PUNCT", "O"),
    ("met", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
    ("Kessari", 1, "compound", "PROPN", "B-GPE"),
    ("leaders", 1, "nsubj", "NOUN", "O", "NNS"),
    ("left", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
]


def test_a_persons_role_in_apposition_makes_a_person(nlp: Language) -> None:
    assert summary(parsed(nlp, COLONEL)) == [("Haddo Merrin", "actor", "PERSON")]


def test_a_communal_noun_in_apposition_makes_a_communal_group_wherever_it_is_named(nlp: Language) -> None:
    doc = parsed(nlp, MINORITY)
    assert summary(doc) == [("Kessari", "actor", "POLITICAL_GROUP")]
    assert len(doc._.bx_entities["kessari"]["mentions"]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("General [Arno Pask](ORG) ordered the assault.", [("Arno Pask", "actor", "PERSON")]),
        ("General [Velna Brigade](ORG) units moved.", [("General Velna Brigade", "actor", "ARMED_GROUP")]),
    ],
    ids=["title-before-a-name", "a-body-head-outweighs-it"],
)
def test_a_title_before_a_statistical_organisation(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(marked(nlp, text)) == expected


BODIES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "volunteer-force": (
        "In 2010 the Velna Volunteer Force announced a ceasefire.",
        [("Velna Volunteer Force", "actor", "ARMED_GROUP")],
    ),
    "task-force-is-a-states": (
        "The Joint Task Force raided the camps.",
        [("Joint Task Force", "actor", "GOVERNMENT_BODY")],
    ),
    "company-name-head": ("[Velcor Oil](PERSON) paid the militants.", []),
    "company-head-inside-a-body": (
        "[Velcor Energy Ministry](ORG) paid the militants.",
        [("Velcor Energy Ministry", "actor", "GOVERNMENT_BODY")],
    ),
    "a-title-word-is-no-listed-name": (
        "Vice President [Samuel Tarrow](PERSON) spoke.",
        [("Samuel Tarrow", "actor", "PERSON")],
    ),
}


@pytest.mark.parametrize("case", list(BODIES), ids=list(BODIES))
def test_forces_companies_and_titles(nlp: Language, case: str) -> None:
    text, expected = BODIES[case]
    assert summary(marked(nlp, text)) == sorted(expected)


# "Amadu 's wife was arrested ."
KIN: list[Row] = [
    ("Amadu", 2, "poss", "PROPN", "B-ORG"),
    ("'s", -1, "case", "PART", "O", "POS"),
    ("wife", 2, "nsubjpass", "NOUN", "O"),
    ("was", 1, "auxpass", "AUX", "O"),
    ("arrested", 0, "ROOT", "VERB", "O", "VBN"),
    (".", -1, "punct", "PUNCT", "O"),
]


def test_a_name_with_a_wife_is_a_persons(nlp: Language) -> None:
    assert summary(parsed(nlp, KIN)) == [("Amadu", "actor", "PERSON")]


def test_a_hyphenated_modifier_keeps_the_apposition(nlp: Language) -> None:
    rows: list[Row] = [
        *PROVINCE[:6],
        ("oil", 2, "npadvmod", "NOUN", "O"),
        ("-", 1, "punct", "PUNCT", "O", "HYPH"),
        ("rich", 1, "amod", "ADJ", "O"),
        ("province", -7, "appos", "NOUN", "O"),
        (".", -10, "punct", "PUNCT", "O"),
    ]
    rows[5] = ("a", 4, "det", "DET", "O")
    assert summary(parsed(nlp, rows)) == [("Tarrowen", "place", "REGION")]


def test_a_description_outweighs_a_business_word(nlp: Language) -> None:
    doc = marked(nlp, "[Velcor Oil](ORG), a militant group, struck.")
    assert summary(doc) == [("Velcor Oil", "actor", "ARMED_GROUP")]


@pytest.mark.parametrize(
    "text",
    ["The Council of Southern States sent observers.", "The [Union of Coastal Nations](ORG) sent observers."],
    ids=["untyped-head", "political-head"],
)
def test_a_body_of_states_is_international(nlp: Language, text: str) -> None:
    (found,) = summary(marked(nlp, text))
    assert found[1:] == ("actor", "INTERNATIONAL_ORG")


# --- countries no gazetteer lists (state_evidence.jsonl) ----------------------------------
# "Tarsia 's president signed it ."
PRESIDENT: list[Row] = [
    ("Tarsia", 2, "poss", "PROPN", "B-ORG"),
    ("'s", -1, "case", "PART", "O", "POS"),
    ("president", 1, "nsubj", "NOUN", "O"),
    ("signed", 0, "ROOT", "VERB", "O"),
    ("it", -1, "dobj", "PRON", "O"),
    (".", -2, "punct", "PUNCT", "O"),
]
# "Tarsian forces left . They fled to Tarsia ."
DEMONYM: list[Row] = [
    ("Tarsian", 1, "amod", "ADJ", "O", "JJ"),
    ("forces", 1, "nsubj", "NOUN", "O", "NNS"),
    ("left", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
    ("They", 1, "nsubj", "PRON", "O"),
    ("fled", 0, "ROOT", "VERB", "O"),
    ("to", -1, "prep", "ADP", "O"),
    ("Tarsia", -1, "pobj", "PROPN", "B-GPE"),
    (".", -3, "punct", "PUNCT", "O"),
]
# "Velmar 's parliament met . Velmar Tolland spoke ."
LEADER: list[Row] = [
    ("Velmar", 2, "poss", "PROPN", "B-ORG"),
    ("'s", -1, "case", "PART", "O", "POS"),
    ("parliament", 1, "nsubj", "NOUN", "O"),
    ("met", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
    ("Velmar", 1, "compound", "PROPN", "B-PERSON"),
    ("Tolland", 1, "nsubj", "PROPN", "I-PERSON"),
    ("spoke", 0, "ROOT", "VERB", "O"),
    (".", -1, "punct", "PUNCT", "O"),
]


def test_a_name_with_a_president_is_a_country_acting_as_a_state(nlp: Language) -> None:
    assert ("Tarsia", "actor", "STATE") in summary(parsed(nlp, PRESIDENT))


def test_a_names_demonym_before_a_states_organ_makes_it_a_country(nlp: Language) -> None:
    assert summary(parsed(nlp, DEMONYM)) == [("Tarsia", "place", "COUNTRY")]


def test_a_persons_name_is_no_country(nlp: Language) -> None:
    found = summary(parsed(nlp, LEADER))
    assert not [f for f in found if f[2] in {"STATE", "COUNTRY"}], found


def test_no_evidence_no_country(
    nlp: Language, resolver: EntityResolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefextract.rules import RuleRecord, RuleSet

    empty: RuleSet[RuleRecord] = RuleSet(nlp.vocab, [], resolver.state_evidence.lexicon)
    monkeypatch.setattr(resolver, "state_evidence", empty)
    assert ("Tarsia", "place", "COUNTRY") not in summary(parsed(nlp, DEMONYM))


def test_a_facility_noun_that_modifies_another_is_no_facility(nlp: Language) -> None:
    # "Velmora , a port city ." : a town, not a port
    rows: list[Row] = [
        *CAPITAL[:5],
        ("a", 2, "det", "DET", "O"),
        ("port", 1, "compound", "NOUN", "O"),
        ("city", -4, "appos", "NOUN", "O"),
        (".", -6, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == [("Velmora", "place", "CITY")]


def test_an_occupations_possessive_stays_inside_a_bodys_name(nlp: Language) -> None:
    doc = marked(nlp, "The Herders' Union of Velna protested the deal.")
    assert summary(doc) == [("Herders' Union of Velna", "actor", "POLITICAL_GROUP")]


# --- acronyms the text defines ---------------------------------------------------------------
def test_a_name_given_an_acronym_is_a_bodys(nlp: Language) -> None:
    doc = marked(nlp, "In 2004 [Jamaat Velna Tarrow](PERSON) (JVT) claimed the raid.")
    assert summary(doc) == [("Jamaat Velna Tarrow", "actor", "ARMED_GROUP")]


def _mention(start: int, text: str, source: str, type_: str, key: str | None = None) -> Mention:
    return Mention(start, start + len(text), text, "actor", type_, f"{source}:x", source, key)


def test_a_listed_acronym_the_text_defines_as_another_body_is_that_bodys() -> None:
    text = "Jamaat Velna Tarrow (JVT) struck. JVT left."
    definitions = find_abbreviations(text)
    long_form = _mention(0, "Jamaat Velna Tarrow", "ner", "ARMED_GROUP")
    listed = [
        _mention(21, "JVT", "gazetteer", "GOVERNMENT_BODY", "jvt"),
        _mention(34, "JVT", "gazetteer", "GOVERNMENT_BODY", "jvt"),
    ]
    out = redefined_acronyms(definitions, [long_form, *listed], lambda key: ["Joint Velnan Troops"])
    assert [(m.text, m.type, m.key, m.source) for m in out[1:]] == [("JVT", "ARMED_GROUP", None, "alias")] * 2
    # A listed body whose names share most of the long form's words keeps its reading.
    kept = redefined_acronyms(definitions, [long_form, *listed], lambda key: ["Jamaat Velna Tarrow"])
    assert [m.key for m in kept[1:]] == ["jvt", "jvt"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Police arrested [Mikhail](PERSON) "the Wolf" Tarrow in 1977.',
            [('Mikhail "the Wolf" Tarrow', "actor", "PERSON")],
        ),
        (
            'Its commander, [Tobi](ORG) "Black Fire" [Velnar](ORG), was arrested.',
            [('Tobi "Black Fire" Velnar', "actor", "PERSON")],
        ),
        ('The Velna "Liberation" Front attacked.', []),
    ],
    ids=["nickname-after-a-given-name", "both-sides-read-as-bodies", "a-body-head-makes-no-person"],
)
def test_a_quoted_nickname_inside_a_persons_name(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(marked(nlp, text)) == expected


def test_words_between_two_quotations_are_no_nickname(nlp: Language) -> None:
    doc = marked(nlp, 'It was signed "Tom Velnar" of the "Tarrow Republican Press Bureau".')
    assert all('"' not in name for name, _, _ in summary(doc))


def test_a_communal_noun_that_modifies_another_is_no_description(nlp: Language) -> None:
    doc = marked(nlp, "The [Velna Tribes Pact](ORG) is a coalition of clan militias in the north.")
    assert summary(doc) == [("Velna Tribes Pact", "actor", "ARMED_GROUP")]
