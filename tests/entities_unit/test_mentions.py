"""Which detector's span becomes a mention, and of what type: the resolver's checks on the
gazetteer, name-pattern and statistical candidates (``_blocked``, ``_to_mention``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities_unit.conftest import Row, marked, mention_texts, parsed, record, summary

# (text with the NER's spans inline, every (name, kind, type) that must come out)
TYPINGS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "org-typed-by-its-description": (
        "[Tarrow Holdings](ORG) is a militant group based in the hills.",
        [("Tarrow Holdings", "actor", "ARMED_GROUP")],
    ),
    "org-typed-by-a-political-description": (
        "[Tarrow Holdings](ORG), a political party, won seats.",
        [("Tarrow Holdings", "actor", "POLITICAL_GROUP")],
    ),
    "org-typed-by-its-head-noun": (
        "[Tarrow Velna Institute](ORG) wrote it.",
        [("Tarrow Velna Institute", "actor", "RESEARCH_MEDIA")],
    ),
    "org-by-default": (
        "[Tarrow Holdings](ORG) financed the raid.",
        [("Tarrow Holdings", "actor", "ARMED_GROUP")],
    ),
    "product-name-is-no-actor": ("The [Velcor](ORG) helicopters landed.", []),
    "company-before-a-facility-noun": (
        "Rebels destroyed the [Velcor](ORG) plant in May.",
        [("Velcor plant", "place", "OTHER")],
    ),
    "town-before-a-facility-noun": (
        "Rebels stormed the [Velmora](GPE) prison.",
        [("Velmora prison", "place", "OTHER")],
    ),
    "listed-city-before-a-facility-noun": (
        "Rebels hit the Nairobi station.",
        [("Nairobi station", "place", "OTHER")],
    ),
    "media-noun-after-a-name": (
        "He reads the [Tarrow Velna](ORG) magazine daily.",
        [("Tarrow Velna", "actor", "RESEARCH_MEDIA")],
    ),
    "media-noun-before-a-name": (
        "He reads the weekly [Tarrow Velna](PERSON) daily.",
        [("Tarrow Velna", "actor", "RESEARCH_MEDIA")],
    ),
    "person-before-a-group-noun": (
        "The [Tarvo Marlow](PERSON) movement grew.",
        [("Tarvo Marlow", "actor", "ARMED_GROUP")],
    ),
    "one-word-person-that-is-a-country": ("The envoy met [CHAD](PERSON).", []),
    "person": ("[Tarvo Marlow](PERSON) spoke.", [("Tarvo Marlow", "actor", "PERSON")]),
    "republic-of-a-demonym": (
        "[The Kenyan Republic](GPE) signed.",
        [("Kenyan Republic", "place", "COUNTRY")],
    ),
    "place-with-a-region-head": ("[Velmora Valley](GPE) flooded.", [("Velmora Valley", "place", "REGION")]),
    "statistical-town": ("Rebels hit [Velmora](GPE).", [("Velmora", "place", "CITY")]),
    "statistical-area": ("The [Velmora](LOC) flooded.", [("Velmora", "place", "REGION")]),
    "statistical-facility": ("Rebels hit [Velmora Gate](FAC).", [("Velmora Gate", "place", "OTHER")]),
    "direction-before-a-statistical-place": (
        "Rebels hid in western [Velmora](LOC).",
        [("western Velmora", "place", "REGION")],
    ),
    "lower-case-country-is-no-name": ("Floods hit [kenya](GPE).", []),
    "upper-case-country-is-no-name": ("Floods hit [KENYA](GPE).", []),
    "nationality-is-no-name": ("[Velnans](NORP) voted.", []),
    "doctrine-is-no-name": ("[Velnism](ORG) spread.", []),
    "number-is-no-name": ("In [1999](ORG) it failed.", []),
    "demonym-is-no-name": ("[Kenyan](GPE) troops left.", []),
    "plural-demonym-is-no-name": ("[Kenyans](GPE) left.", []),
    "listed-non-name": ("[Islamists](ORG) attacked.", []),
    "lower-case-start-is-no-name": ("They [rode](ORG) in.", []),
    "other-ner-labels-are-no-names": ("It cost [Tarrow](MONEY) dearly.", []),
    "operation-name-is-no-entity": ("Operation Grey Heron began.", []),
    "capitalised-facility-name": (
        "The [Greystone Barracks](FAC) burned.",
        [("Greystone Barracks", "place", "OTHER")],
    ),
    "gazetteer-organisation": ("The United Nations met.", [("United Nations", "actor", "INTERNATIONAL_ORG")]),
    "state-force-is-a-government-body": (
        "The Kenyan National Army attacked.",
        [("Kenyan National Army", "actor", "GOVERNMENT_BODY")],
    ),
    "state-force-from-the-ner": (
        "The [Kenyan Army](ORG) attacked.",
        [("Kenyan Army", "actor", "GOVERNMENT_BODY")],
    ),
    "group-named-after-a-people": (
        "The Kenyan Freedom Army attacked.",
        [("Kenyan Freedom Army", "actor", "ARMED_GROUP")],
    ),
    "two-word-head-decides": (
        "The Turkish News Agency reported it.",
        [("Turkish News Agency", "actor", "RESEARCH_MEDIA")],
    ),
    "division-pattern": ("Velmora Province flooded.", [("Velmora Province", "place", "REGION")]),
    "division-noun-after-a-demonym": ("The Kenyan province flooded.", []),
    "direction-before-a-division": (
        "Rebels hid in northern Velmora Province.",
        [("northern Velmora Province", "place", "REGION")],
    ),
    "shared-head": (
        "North and West Africa suffered.",
        [("North", "place", "REGION"), ("West Africa", "place", "REGION")],
    ),
    "arabic-article-prefix": ("The al-[Velna](ORG) brigade fought.", [("al-Velna", "actor", "ARMED_GROUP")]),
    "possessive-splits-a-statistical-span": (
        "[Tarrow Holdings's Velna Youth](ORG) met.",
        [("Tarrow Holdings", "actor", "ARMED_GROUP"), ("Velna Youth", "actor", "ARMED_GROUP")],
    ),
    "of-in-a-personal-name-starts-it": (
        "The [Friends of Tarvo Marlow](PERSON) met.",
        [("Tarvo Marlow", "actor", "PERSON")],
    ),
    "republic-of-a-listed-country": (
        "[The Republic of Andorra](GPE) voted.",
        [("Republic of Andorra", "place", "COUNTRY")],
    ),
    "numbered-unit-with-a-role-tag": (
        "Rebels ambushed 9 VELN (SF) at dawn.",
        [("9 VELN (SF)", "actor", "GOVERNMENT_BODY")],
    ),
    "community-of-a-listed-place-only": (
        "Veteran loyalists and Nairobi loyalists marched.",
        [("Nairobi loyalists", "actor", "POLITICAL_GROUP")],
    ),
    "facility-named-after-a-listed-city": (
        "They met at the Nairobi Velna Hotel.",
        [("Nairobi", "place", "CITY"), ("Velna Hotel", "place", "OTHER")],
    ),
    "statistical-span-of-listed-places": (
        "Floods hit [Velmora and Kenya](GPE).",
        [("Kenya", "place", "COUNTRY")],
    ),
}


@pytest.mark.parametrize("case", list(TYPINGS), ids=list(TYPINGS))
def test_a_candidates_type(nlp: Language, case: str) -> None:
    text, expected = TYPINGS[case]
    assert summary(marked(nlp, text)) == sorted(expected)


def test_a_surname_named_like_a_town_is_the_person(nlp: Language) -> None:
    # "Tarrow" after "Joseph Tarrow" is the person, though the NER read it as a place.
    doc = marked(nlp, "[Joseph Tarrow](PERSON) spoke. Then [Tarrow](GPE) left.")
    assert summary(doc) == [("Joseph Tarrow", "actor", "PERSON")]
    assert mention_texts(record(doc, "Joseph Tarrow")) == ["Joseph Tarrow", "Tarrow"]


def test_a_listed_city_that_is_a_surname_is_the_person(nlp: Language) -> None:
    doc = marked(nlp, "[Joseph Nairobi](PERSON) spoke. Then Nairobi left.")
    assert summary(doc) == [("Joseph Nairobi", "actor", "PERSON")]


def test_a_namesake_city_is_the_one_in_the_country_named_most(nlp: Language) -> None:
    doc = marked(nlp, "Rebels hit Tripoli. Lebanon, Lebanon and Beirut mourned.")
    tripoli = record(doc, "Tripoli")
    assert (tripoli["country"], tripoli["rules"]) == ("LB", ["gazetteer:city-2210247+namesake"])


def test_a_namesake_city_is_the_most_populous_by_default(nlp: Language) -> None:
    doc = marked(nlp, "Rebels hit Tripoli.")
    tripoli = record(doc, "Tripoli")
    assert (tripoli["country"], tripoli["gazetteer_key"], tripoli["rules"]) == (
        "LY",
        "city-2210247",
        ["gazetteer:city-2210247"],
    )


def test_a_gazetteer_span_in_the_wrong_case_is_no_name(nlp: Language) -> None:
    doc = marked(nlp, "The NAIROBI desk and the nairobi desk closed.")
    assert summary(doc) == []


# --- with tags and a parse -----------------------------------------------------------


def test_a_capitalised_common_noun_is_no_name(nlp: Language) -> None:
    # "Bombings rose ." with the NER reading "Bombings" as an organisation: no proper noun in it.
    rows: list[Row] = [
        ("Bombings", 1, "nsubj", "NOUN", "B-ORG", "NNS", "bombing"),
        ("rose", 0, "ROOT", "VERB", "O", "VBD", "rise"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == []


@pytest.mark.parametrize(
    ("descriptor", "expected"),
    [
        (["political", "party"], "POLITICAL_GROUP"),
        (["militia"], "ARMED_GROUP"),
        (["newspaper"], "RESEARCH_MEDIA"),
    ],
    ids=["political-party", "militia", "newspaper"],
)
def test_a_descriptor_noun_before_a_name_types_it(
    nlp: Language, descriptor: list[str], expected: str
) -> None:
    # "the political party Velna Unity won ."
    n = len(descriptor)
    rows: list[Row] = [
        ("the", n + 2, "det", "DET", "O"),
        *[
            (w, n + 1 - k, "compound" if k < n - 1 else "nmod", "NOUN", "O", "NN")
            for k, w in enumerate(descriptor)
        ],
        ("Velna", 1, "compound", "PROPN", "B-ORG"),
        ("Unity", 1, "nsubj", "PROPN", "I-ORG"),
        ("won", 0, "ROOT", "VERB", "O", "VBD", "win"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [("Velna Unity", "actor", expected)]
    assert record(doc, "Velna Unity")["rules"] == ["ner:ORG+described"]


def test_a_town_listed_with_known_places_is_a_place(nlp: Language) -> None:
    # "Fighting spread to Kenya , Velmora and Ethiopia ." with the NER reading "Velmora" as an
    # organisation: its partners are listed places, so it is a place too.
    rows: list[Row] = [
        ("Fighting", 1, "nsubj", "NOUN", "O", "NN", "fighting"),
        ("spread", 0, "ROOT", "VERB", "O", "VBD", "spread"),
        ("to", -1, "prep", "ADP", "O"),
        ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
        (",", -1, "punct", "PUNCT", "O"),
        ("Velmora", -2, "conj", "PROPN", "B-ORG"),
        ("and", -1, "cc", "CCONJ", "O"),
        ("Ethiopia", -2, "conj", "PROPN", "B-GPE"),
        (".", -7, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [
        ("Ethiopia", "place", "COUNTRY"),
        ("Kenya", "place", "COUNTRY"),
        ("Velmora", "place", "COUNTRY"),
    ]
    # A one-word name no gazetteer lists, in one list with countries, is read as a country's
    # (state_evidence.jsonl, state-evidence-coordinated) before the coordination records.
    assert record(doc, "Velmora")["rules"] == ["ner:ORG+state-evidence"]


def test_a_name_listed_with_full_personal_names_is_a_person(nlp: Language) -> None:
    # "The founders were Paddy Marlow , Tarvo Greer and Velna Unity ." with "Velna Unity"
    # read as an organisation of no known type.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "O"),
        ("founders", 1, "nsubj", "NOUN", "O", "NNS", "founder"),
        ("were", 0, "ROOT", "AUX", "O", "VBD", "be"),
        ("Paddy", 1, "compound", "PROPN", "B-PERSON"),
        ("Marlow", -2, "attr", "PROPN", "I-PERSON"),
        (",", -1, "punct", "PUNCT", "O"),
        ("Tarvo", 1, "compound", "PROPN", "B-PERSON"),
        ("Greer", -3, "conj", "PROPN", "I-PERSON"),
        ("and", -1, "cc", "CCONJ", "O"),
        ("Velna", 1, "compound", "PROPN", "B-ORG"),
        ("Unity", -3, "conj", "PROPN", "I-ORG"),
        (".", -8, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [
        ("Paddy Marlow", "actor", "PERSON"),
        ("Tarvo Greer", "actor", "PERSON"),
        ("Velna Unity", "actor", "PERSON"),
    ]
    assert record(doc, "Velna Unity")["rules"] == ["ner:ORG+default+listed"]


def test_a_person_listed_with_places_stays_a_person(nlp: Language) -> None:
    # "Kenya and Tarvo Greer signed ." : a full personal name is never made a place.
    rows: list[Row] = [
        ("Kenya", 4, "nsubj", "PROPN", "B-GPE"),
        ("and", -1, "cc", "CCONJ", "O"),
        ("Tarvo", 1, "compound", "PROPN", "B-PERSON"),
        ("Greer", -3, "conj", "PROPN", "I-PERSON"),
        ("signed", 0, "ROOT", "VERB", "O", "VBD", "sign"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == [("Kenya", "actor", "STATE"), ("Tarvo Greer", "actor", "PERSON")]


def test_a_town_listed_first_before_known_places_is_a_place(nlp: Language) -> None:
    # "Fighting spread to Velmora , Kenya and Ethiopia .": the partners are the conjuncts
    # after the name (coordinated-dependent).
    rows: list[Row] = [
        ("Fighting", 1, "nsubj", "NOUN", "O", "NN", "fighting"),
        ("spread", 0, "ROOT", "VERB", "O", "VBD", "spread"),
        ("to", -1, "prep", "ADP", "O"),
        ("Velmora", -1, "pobj", "PROPN", "B-ORG"),
        (",", -1, "punct", "PUNCT", "O"),
        ("Kenya", -2, "conj", "PROPN", "B-GPE"),
        ("and", -1, "cc", "CCONJ", "O"),
        ("Ethiopia", -4, "conj", "PROPN", "B-GPE"),
        (".", -7, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert record(doc, "Velmora")["type"] == "COUNTRY"
    # A one-word name no gazetteer lists, in one list with countries, is read as a country's
    # (state_evidence.jsonl, state-evidence-coordinated) before the coordination records.
    assert record(doc, "Velmora")["rules"] == ["ner:ORG+state-evidence"]


def test_a_name_in_a_list_of_personal_names_under_a_common_noun_is_a_person(nlp: Language) -> None:
    # "The founders were a cleric , Paddy Marlow and Velna Unity .": "Velna Unity" hangs on
    # "cleric", no name; the other member of the list (coordinated-sibling) is a person.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "O"),
        ("founders", 1, "nsubj", "NOUN", "O", "NNS", "founder"),
        ("were", 0, "ROOT", "AUX", "O", "VBD", "be"),
        ("a", 1, "det", "DET", "O"),
        ("cleric", -2, "attr", "NOUN", "O"),
        (",", -1, "punct", "PUNCT", "O"),
        ("Paddy", 1, "compound", "PROPN", "B-PERSON"),
        ("Marlow", -3, "conj", "PROPN", "I-PERSON"),
        ("and", -1, "cc", "CCONJ", "O"),
        ("Velna", 1, "compound", "PROPN", "B-ORG"),
        ("Unity", -6, "conj", "PROPN", "I-ORG"),
        (".", -9, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert summary(doc) == [("Paddy Marlow", "actor", "PERSON"), ("Velna Unity", "actor", "PERSON")]


def test_a_pattern_added_to_the_gazetteer_ruler_names_its_label(nlp: Language) -> None:
    ruler = nlp.get_pipe("briefextract_gazetteer")
    text = "Militants of the Orvath Sworn Hand ambushed a convoy."
    assert summary(marked(nlp, text)) == []
    ruler.add_patterns([{"label": "POLITICAL_GROUP", "pattern": "Orvath Sworn Hand", "id": "user-orvath"}])
    try:
        doc = marked(nlp, text)
    finally:
        ruler.remove_by_id("user-orvath")
    assert summary(doc) == [("Orvath Sworn Hand", "actor", "POLITICAL_GROUP")]
    assert record(doc, "Orvath Sworn Hand")["rules"] == ["pattern:user-orvath"]


def test_a_descriptor_before_a_quoted_name(nlp: Language) -> None:
    # 'the militia "Velna Unity" won .'
    rows: list[Row] = [
        ("the", 5, "det", "DET", "O"),
        ("militia", 4, "nmod", "NOUN", "O", "NN"),
        ('"~', 1, "punct", "PUNCT", "O", "``"),
        ("Velna", 1, "compound", "PROPN", "B-ORG"),
        ("Unity~", 2, "nsubj", "PROPN", "I-ORG"),
        ('"', 1, "punct", "PUNCT", "O", "''"),
        ("won", 0, "ROOT", "VERB", "O", "VBD", "win"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    assert doc.text == 'the militia "Velna Unity" won.'
    assert summary(doc) == [("Velna Unity", "actor", "ARMED_GROUP")]


@pytest.mark.parametrize(
    ("text", "name", "kind_type"),
    [
        ("Later the Velna Resistance Front attacked a convoy.", "Velna Resistance Front", "ARMED_GROUP"),
        ("Then the Tarrow Revenue Agency froze its accounts.", "Tarrow Revenue Agency", "GOVERNMENT_BODY"),
    ],
    ids=["adverb-the", "then-the"],
)
def test_a_sentence_opener_before_the_article_is_not_part_of_a_pattern_name(
    nlp: Language, text: str, name: str, kind_type: str
) -> None:
    doc = marked(nlp, text)
    assert summary(doc) == [(name, "actor", kind_type)]
