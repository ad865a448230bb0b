"""Other names the text gives an entity, and the sweep for further mentions, on Docs whose
statistical entities are written inline ("[Velna Front](ORG)") and which have no parse."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.aliases import AliasWords
from tests.entities_unit.conftest import lexicon_of, marked, mention_texts, record, summary


def test_parenthesised_acronym_is_an_alias_swept_everywhere(nlp: Language) -> None:
    doc = marked(
        nlp,
        "The [Eastern Liberation Front](ORG) (ELF) is a militant group. ELF fighters attacked a "
        "convoy. Later the ELF's leaders fled.",
    )
    assert summary(doc) == [("Eastern Liberation Front", "actor", "ARMED_GROUP")]
    elf = record(doc, "Eastern Liberation Front")
    assert elf["aliases"] == ["ELF"]
    assert mention_texts(elf) == ["Eastern Liberation Front", "ELF", "ELF", "ELF"]
    assert [s.id_ for s in doc.spans["bx_entities"]] == [
        "pattern:name-armed-suffix",
        "alias:acronym",
        "alias:sweep",
        "alias:sweep",
    ]
    assert {s.kb_id_ for s in doc.spans["bx_entities"]} == {elf["id"]}


def test_a_lower_case_definition_is_a_concept_not_a_name(nlp: Language) -> None:
    doc = marked(nlp, "The group lives on illegal gold mining (IGM). [IGM](ORG) earned it millions.")
    assert summary(doc) == []


def test_an_acronym_of_the_name_in_another_language(nlp: Language) -> None:
    # "EPT" spells no definition of "Tarvosa Popular Army", but shares most of its initials.
    doc = marked(nlp, "The [Tarvosa Popular Army](ORG) (EPT) fought on. The EPT split.")
    army = record(doc, "Tarvosa Popular Army")
    assert (army["type"], army["aliases"]) == ("ARMED_GROUP", ["EPT"])
    assert mention_texts(army) == ["Tarvosa Popular Army", "EPT", "EPT"]
    assert "alias:acronym-initials" in army["rules"]


def test_a_capitalised_long_form_is_one_name_over_the_names_inside_it(nlp: Language) -> None:
    doc = marked(nlp, "The Islamic Front of the [Sahel](LOC) (IFS) attacked.")
    assert summary(doc) == [("Islamic Front of the Sahel", "actor", "ARMED_GROUP")]
    assert record(doc, "Islamic Front of the Sahel")["aliases"] == ["IFS"]


def test_a_long_form_no_detector_found_is_made_a_name(nlp: Language) -> None:
    # No ruler and no NER span covers "Velna Tarrow Hold"; its definition makes it a name,
    # typed by the default.
    doc = marked(nlp, "Police watched the Velna Tarrow Hold (VTH) for years. The VTH grew.")
    assert summary(doc) == [("Velna Tarrow Hold", "actor", "ARMED_GROUP")]
    rec = record(doc, "Velna Tarrow Hold")
    assert (rec["aliases"], mention_texts(rec)) == (["VTH"], ["Velna Tarrow Hold", "VTH", "VTH"])


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "He founded the [Northern Hawks Brigade](ORG) (aka Those Who Fly at Night Brigade).",
            "Northern Hawks Brigade",
            "Those Who Fly at Night Brigade",
        ),
        (
            "The [Tarrow Unity Council](ORG), formerly Tarrow Youth, held a rally.",
            "Tarrow Unity Council",
            "Tarrow Youth",
        ),
        (
            "The [Tarrow Unity Council](ORG), also known as Velna Youth, met.",
            "Tarrow Unity Council",
            "Velna Youth",
        ),
        ("The [Tarrow Unity Council](ORG) (or TUC) met.", "Tarrow Unity Council", "TUC"),
        (
            "The [Tarrow Unity Council](ORG), also known as the Velna Guard, met.",
            "Tarrow Unity Council",
            "Velna Guard",
        ),
        (
            "The [Tarrow Unity Council](ORG), also known as the [Velna Guard](ORG), met.",
            "Tarrow Unity Council",
            "Velna Guard",
        ),
        (
            "The [Tarrow Unity Council](ORG) (better known as the Red Hand) met.",
            "Tarrow Unity Council",
            "Red Hand",
        ),
    ],
    ids=[
        "aka-in-brackets",
        "formerly",
        "also-known-as",
        "or-in-brackets",
        "article-before-a-new-name",
        "article-before-a-found-name",
        "article-in-brackets",
    ],
)
def test_an_alias_cue_names_the_same_actor(nlp: Language, text: str, name: str, alias: str) -> None:
    doc = marked(nlp, text)
    rec = record(doc, name)
    assert rec["aliases"] == [alias]
    assert mention_texts(rec) == [name, alias]
    assert len(doc._.bx_entities) == 1


def test_an_alias_cue_after_the_names_acronym(nlp: Language) -> None:
    doc = marked(nlp, "The [Tarrow Unity Council](ORG) (TUC), formerly known as the Velna Guard, met.")
    rec = record(doc, "Tarrow Unity Council")
    assert rec["aliases"] == ["TUC", "Velna Guard"]
    assert len(doc._.bx_entities) == 1


def test_a_bare_or_is_no_alias_cue(nlp: Language) -> None:
    doc = marked(nlp, "The [Tarrow Unity Council](ORG) or Velna Youth met.")
    assert record(doc, "Tarrow Unity Council")["aliases"] == []
    doc = marked(nlp, "The [Tarrow Unity Council](ORG) (TUC), or Velna Youth, met.")
    assert record(doc, "Tarrow Unity Council")["aliases"] == ["TUC"]


def test_a_cue_retypes_a_statistical_reading(nlp: Language) -> None:
    # The NER read "Velmora" as a town; "also known as" says it is the council's name.
    doc = marked(nlp, "The [Tarrow Unity Council](ORG), also known as [Velmora](GPE), met.")
    assert summary(doc) == [("Tarrow Unity Council", "actor", "ARMED_GROUP")]
    assert record(doc, "Tarrow Unity Council")["aliases"] == ["Velmora"]


def test_sentence_initial_also_known_as_names_the_previous_subject(nlp: Language) -> None:
    doc = marked(nlp, "[Marek Olvan](PERSON) led the raid. Also known as [Red Hand](PERSON), he fled south.")
    assert summary(doc) == [("Marek Olvan", "actor", "PERSON")]
    assert mention_texts(record(doc, "Marek Olvan")) == ["Marek Olvan", "Red Hand"]


def test_sentence_initial_also_known_as_with_he_makes_a_person(nlp: Language) -> None:
    # The NER read the group-like name as an organisation; ", he" says a person is meant.
    doc = marked(nlp, "[Marek Olvan](PERSON) led the raid. Also known as [Red Hand](ORG), he fled south.")
    assert summary(doc) == [("Marek Olvan", "actor", "PERSON")]
    assert record(doc, "Marek Olvan")["aliases"] == ["Red Hand"]


def test_sentence_initial_also_known_as_the_name(nlp: Language) -> None:
    doc = marked(nlp, "[Marek Olvan](PERSON) led the raid. Also known as the Red Hand, he fled south.")
    assert record(doc, "Marek Olvan")["aliases"] == ["Red Hand"]


def test_an_article_before_lower_case_words_is_no_alias(nlp: Language) -> None:
    doc = marked(nlp, "The [Tarrow Unity Council](ORG), also known as the council, met.")
    assert record(doc, "Tarrow Unity Council")["aliases"] == []


def test_sentence_initial_also_known_as_a_name_no_detector_found(nlp: Language) -> None:
    doc = marked(nlp, "[Marek Olvan](PERSON) led the raid. Also known as Red Hand, he fled south.")
    assert record(doc, "Marek Olvan")["aliases"] == ["Red Hand"]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        (
            'Smuggling earned [Marek Olvan](PERSON) the nickname "Mr. Tobacco." Police hunted him.',
            "Mr. Tobacco",
        ),
        ('[Marek Olvan](PERSON) fled. He was nicknamed "the Fox" by police.', "Fox"),
    ],
    ids=["nickname-after-the-name", "he-was-nicknamed"],
)
def test_a_quoted_nickname_is_an_alias(nlp: Language, text: str, nickname: str) -> None:
    doc = marked(nlp, text)
    assert summary(doc) == [("Marek Olvan", "actor", "PERSON")]
    olvan = record(doc, "Marek Olvan")
    assert (olvan["aliases"], mention_texts(olvan)) == ([nickname], ["Marek Olvan", nickname])


def test_a_quoted_nickname_replaces_a_shorter_name_inside_it(nlp: Language) -> None:
    doc = marked(nlp, 'Smuggling earned [Marek Olvan](PERSON) the nickname "Mr. [Tobacco](PERSON)."')
    assert mention_texts(record(doc, "Marek Olvan")) == ["Marek Olvan", "Mr. Tobacco"]


def test_a_lower_case_quotation_is_no_nickname(nlp: Language) -> None:
    doc = marked(nlp, '[Marek Olvan](PERSON) fled, nicknamed "tobacco man" by police.')
    assert record(doc, "Marek Olvan")["aliases"] == []


def test_an_undefined_acronym_joins_the_name_it_spells(nlp: Language) -> None:
    doc = marked(nlp, "The [Velna Resistance Front](ORG) grew. Later the [VRF](ORG) split.")
    assert summary(doc) == [("Velna Resistance Front", "actor", "ARMED_GROUP")]
    assert mention_texts(record(doc, "Velna Resistance Front")) == ["Velna Resistance Front", "VRF"]


def test_an_acronym_before_the_name_it_spells_stays_apart(nlp: Language) -> None:
    doc = marked(nlp, "Police watched the [VRF](ORG). The [Velna Resistance Front](ORG) split.")
    assert summary(doc) == [
        ("VRF", "actor", "ARMED_GROUP"),
        ("Velna Resistance Front", "actor", "ARMED_GROUP"),
    ]


def test_a_faction_tag_and_its_spelled_out_form(nlp: Language) -> None:
    doc = marked(nlp, "The [VLF](ORG) grew. The VLF political-military or VLF(pm) broke away.")
    assert summary(doc) == [
        ("VLF", "actor", "ARMED_GROUP"),
        ("VLF political-military", "actor", "ARMED_GROUP"),
    ]
    faction = record(doc, "VLF political-military")
    assert (faction["aliases"], faction["rules"]) == (
        ["VLF(pm)"],
        ["alias:faction-long-form", "alias:faction-tag"],
    )
    assert mention_texts(record(doc, "VLF")) == ["VLF"]


def test_a_faction_tag_alone(nlp: Language) -> None:
    doc = marked(nlp, "The [VLF](ORG) grew. Then VLF(pm) broke away.")
    assert mention_texts(record(doc, "VLF(pm)")) == ["VLF(pm)"]


def test_a_quoted_translation_in_brackets_is_an_alias(nlp: Language) -> None:
    doc = marked(nlp, 'The [Velna Batasuna](ORG) ("Unity of Velna") party grew.')
    assert summary(doc) == [("Velna Batasuna", "actor", "ARMED_GROUP")]
    batasuna = record(doc, "Velna Batasuna")
    assert (batasuna["aliases"], batasuna["rules"]) == (
        ["Unity of Velna"],
        ["alias:gloss", "ner:ORG+default"],
    )


def test_the_plural_of_an_offshoots_qualifier_names_it(nlp: Language) -> None:
    doc = marked(nlp, "The [Original VLA](ORG) attacked. The Originals then rested.")
    assert summary(doc) == [("Original VLA", "actor", "ARMED_GROUP")]
    assert mention_texts(record(doc, "Original VLA")) == ["Original VLA", "Originals"]


def test_a_persons_surname_is_swept_as_the_person(nlp: Language) -> None:
    doc = marked(nlp, "[Tarvo Malek](PERSON) spoke. Malek then left. Malekson stayed.")
    assert summary(doc) == [("Tarvo Malek", "actor", "PERSON")]
    assert mention_texts(record(doc, "Tarvo Malek")) == ["Tarvo Malek", "Malek"]


def test_the_sweep_takes_the_longest_name_and_whole_words_only(nlp: Language) -> None:
    doc = marked(
        nlp,
        "[Tarrow Holdings](ORG) and [Tarrow Holdings Youth](ORG) met. Tarrow Holdings Youth left; "
        "Tarrow Holdings-aligned men and Tarrow Holdingses stayed. Tarrow Holdings paid.",
    )
    youth, holdings = record(doc, "Tarrow Holdings Youth"), record(doc, "Tarrow Holdings")
    assert mention_texts(youth) == ["Tarrow Holdings Youth", "Tarrow Holdings Youth"]
    assert [m["rule"] for m in youth["mentions"]] == ["ner:ORG+default", "alias:sweep"]
    assert mention_texts(holdings) == ["Tarrow Holdings", "Tarrow Holdings"]
    assert holdings["mentions"][1]["start"] == doc.text.rindex("Tarrow Holdings paid")


def test_a_name_two_entities_share_is_not_swept(nlp: Language) -> None:
    # "Tarrow" is the surname of two people: a later "Tarrow" is left to the detectors.
    doc = marked(nlp, "[Anna Tarrow](PERSON) met [Joseph Tarrow](PERSON). Tarrow left.")
    assert [mention_texts(r) for r in doc._.bx_entities.values()] == [["Anna Tarrow"], ["Joseph Tarrow"]]


def test_countries_are_never_swept(nlp: Language) -> None:
    doc = marked(nlp, "The [Velna Front](ORG) left Kenya. Later Kenyas and Kenya.")
    kenya = record(doc, "Kenya")
    assert [m["rule"] for m in kenya["mentions"]] == ["gazetteer:country-KE", "gazetteer:country-KE"]


@pytest.mark.parametrize(
    "text",
    [
        "Then XYZ(pm) broke away.",
        'A man nicknamed "Red Fox" struck.',
    ],
    ids=["faction-tag-of-no-known-acronym", "nickname-of-no-one-named-before"],
)
def test_no_alias_without_an_owner(nlp: Language, text: str) -> None:
    assert summary(marked(nlp, text)) == []


def test_a_bracketed_acronym_of_other_initials_is_no_alias(nlp: Language) -> None:
    doc = marked(nlp, "[Tarrow Holdings](ORG) (XQZ) paid.")
    assert summary(doc) == [("Tarrow Holdings", "actor", "ARMED_GROUP")]
    assert record(doc, "Tarrow Holdings")["aliases"] == []


def test_a_long_form_straddling_another_name_is_left_alone(nlp: Language) -> None:
    # "Velna Front Hold (VFH)" starts inside the name "Marek Velna Front": no definition.
    doc = marked(nlp, "[Marek Velna](PERSON) Front Hold (VFH) met.")
    assert summary(doc) == [("Marek Velna Front", "actor", "ARMED_GROUP")]
    assert record(doc, "Marek Velna Front")["aliases"] == []


def test_an_alias_may_hold_an_arabic_article_and_a_connector(nlp: Language) -> None:
    # "al" stands alone inside the name, "ash-" is written onto a word: both from the lexicon.
    doc = marked(nlp, "The [Tarrow Unity Council](ORG), also known as Ansar al Velna ash-Tarrow, met.")
    assert record(doc, "Tarrow Unity Council")["aliases"] == ["Ansar al Velna ash-Tarrow"]


def test_the_alias_regexes_are_built_from_the_lexicon() -> None:
    # Changing a list changes what is read: no copy of the words in Python.
    labels = {
        "ARABIC_ARTICLE": ["el"],
        "ARABIC_ARTICLE_ENGLISH": ["as"],
        "NAME_CONNECTOR": ["near"],
        "PERSON_PRONOUN": ["she"],
        "NAME_LEADING_DROP": ["the"],
        "NICKNAME_LINK": ["as"],
        "NAME_ALTERNATIVE": ["nor"],
        "BARE_NICKNAME_CUE": ["kunya"],
    }
    lexicon = lexicon_of(labels)
    words = AliasWords.from_lexicon(lexicon)
    assert words.quoted.match(' as "Fox"') and not words.quoted.match(' of "Fox"')
    assert words.bracketed_cues == {"nor"}
    run = words.name_run.match("Velna near el Tarrow as-Holm, then")
    assert run and run.group(0) == "Velna near el Tarrow as-Holm"
    assert words.name_run.match("Velna of Tarrow").group(0) == "Velna"  # "of" is not listed here
    assert words.name_run.match("Velna as Tarrow").group(0) == "Velna"  # an English homograph stands alone
    assert words.personal_pronoun.match(", she left") and not words.personal_pronoun.match(", he left")
    assert words.pronoun_subject.match("She was") and not words.pronoun_subject.match("He was")
    assert words.article.match("The Fox") and not words.article.match("A Fox")
    cue = words.bare_nickname_cue
    assert cue is not None and cue.search("his kunya Abu Velna") and not cue.search("his alias Abu Velna")


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Commander [Tomas Velk](PERSON), known by his nom de guerre Abu Tarrow, led it.", "Abu Tarrow"),
        ("The unit was led by [Tomas Velk](PERSON) alias [Red Hand](PERSON) until 1990.", "Red Hand"),
        ("[Tomas Velk](PERSON) wrote under the pseudonym Anna Marlow for years.", "Anna Marlow"),
    ],
    ids=["nom-de-guerre", "alias-read-as-a-second-person", "pseudonym"],
)
def test_an_unquoted_name_after_a_persons_alias_cue_is_an_alias(nlp: Language, text: str, alias: str) -> None:
    doc = marked(nlp, text)
    assert summary(doc) == [("Tomas Velk", "actor", "PERSON")]
    assert record(doc, "Tomas Velk")["aliases"] == [alias]


def test_an_unquoted_alias_joins_a_person_not_a_group(nlp: Language) -> None:
    doc = marked(nlp, "The [Velna Front](ORG) used the alias Tarrow Youth in its leaflets.")
    assert record(doc, "Velna Front")["aliases"] == []


def test_an_acronym_the_text_defines_is_not_the_listed_body_it_also_names(nlp: Language) -> None:
    # "KDF" is listed for a state's defence forces; this text defines it as a front of its own.
    doc = marked(nlp, "The Kalmar Defence Front (KDF) was founded in 1979. The KDF split in 1988.")
    front = record(doc, "Kalmar Defence Front")
    assert front["type"] == "ARMED_GROUP"
    assert front["gazetteer_key"] is None
    assert mention_texts(front) == ["Kalmar Defence Front", "KDF", "KDF"]


def test_an_acronym_defined_by_a_spelling_of_its_listed_name_keeps_its_listing(nlp: Language) -> None:
    doc = marked(nlp, "The Kenyan Defence Forces (KDF) crossed the border. The KDF withdrew.")
    assert record(doc, "Kenyan Defence Forces")["type"] == "GOVERNMENT_BODY", summary(doc)
