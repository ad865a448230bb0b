"""Countries no gazetteer lists, known by the company they keep or by what they do, on
invented parsed sentences (issue 16, text never seen): a one-word name in one list with a
country is a country's, whoever the NER read it as; a demonym in "-ic" names one; a place
name that a state-role record says acts is a country's."""

from __future__ import annotations

from spacy.language import Language

from tests.entities_unit.conftest import Row, parsed, summary


def _listed_with(third: Row) -> list[Row]:
    # "Talks were mediated by Norland , Velmark and <third> ."
    return [
        ("Talks", 2, "nsubjpass", "NOUN", "O", "NNS"),
        ("were", 1, "auxpass", "AUX", "O", "VBD"),
        ("mediated", 0, "ROOT", "VERB", "O", "VBN"),
        ("by", -1, "agent", "ADP", "O"),
        ("Norland", -1, "pobj", "PROPN", "B-ORG"),
        (",", -1, "punct", "PUNCT", "O"),
        ("Velmark", -2, "conj", "PROPN", "B-PERSON"),
        ("and", -1, "cc", "CCONJ", "O"),
        third,
        (".", -7, "punct", "PUNCT", "O"),
    ]


def test_names_listed_with_a_country_are_countries(nlp: Language) -> None:
    doc = parsed(nlp, _listed_with(("France", -2, "conj", "PROPN", "B-GPE")))
    kinds = {name: (kind, etype) for name, kind, etype in summary(doc)}
    assert kinds["Norland"][1] in {"STATE", "COUNTRY"}, summary(doc)
    assert kinds["Velmark"][1] in {"STATE", "COUNTRY"}, summary(doc)


def test_names_listed_with_no_country_keep_their_reading(nlp: Language) -> None:
    doc = parsed(nlp, _listed_with(("Tarrow", -2, "conj", "PROPN", "B-ORG")))
    kinds = {name: etype for name, _, etype in summary(doc)}
    assert kinds["Velmark"] == "PERSON", summary(doc)
    assert kinds["Norland"] not in {"STATE", "COUNTRY"}, summary(doc)


def test_a_demonym_in_ic_names_a_country(nlp: Language) -> None:
    # "Norlandic officials accused Norland ..." is unnatural; the name stands in another sentence.
    rows: list[Row] = [
        ("Norlandic", 1, "amod", "ADJ", "O", "JJ"),
        ("officials", 1, "nsubj", "NOUN", "O", "NNS"),
        ("visited", 0, "ROOT", "VERB", "O"),
        ("the", 1, "det", "DET", "O"),
        ("camp", -2, "dobj", "NOUN", "O"),
        (".", -3, "punct", "PUNCT", "O"),
        ("Norland", 1, "nsubj", "PROPN", "B-ORG"),
        ("protested", 0, "ROOT", "VERB", "O"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert ("Norland", "actor", "STATE") in summary(parsed(nlp, rows))


def test_an_unlisted_place_that_acts_is_a_country(nlp: Language) -> None:
    # "The rebels received weapons from Dremland ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "O"),
        ("rebels", 1, "nsubj", "NOUN", "O", "NNS"),
        ("received", 0, "ROOT", "VERB", "O"),
        ("weapons", -1, "dobj", "NOUN", "O", "NNS"),
        ("from", -1, "prep", "ADP", "O"),
        ("Dremland", -1, "pobj", "PROPN", "B-GPE"),
        (".", -4, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == [("Dremland", "actor", "STATE")]


def test_an_unlisted_place_accused_is_a_country(nlp: Language) -> None:
    # "The rebels accused Kelvor of lying ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "O"),
        ("rebels", 1, "nsubj", "NOUN", "O", "NNS"),
        ("accused", 0, "ROOT", "VERB", "O", "VBD", "accuse"),
        ("Kelvor", -1, "dobj", "PROPN", "B-GPE"),
        ("of", -2, "prep", "ADP", "O"),
        ("lying", -1, "pcomp", "VERB", "O", "VBG", "lie"),
        (".", -4, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == [("Kelvor", "actor", "STATE")]


def test_an_unlisted_place_that_is_only_a_subject_keeps_its_reading(nlp: Language) -> None:
    # "Velmora rose ." : a subject is no evidence of statehood for a name no gazetteer lists
    rows: list[Row] = [
        ("Velmora", 1, "nsubj", "PROPN", "B-GPE"),
        ("rose", 0, "ROOT", "VERB", "O", "VBD", "rise"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert [etype for _, _, etype in summary(parsed(nlp, rows))] != ["STATE"]


def test_an_unlisted_countrys_record_hands_on_its_demonym(nlp: Language) -> None:
    # "Tarsian troops shelled the camp . Tarsia protested ."
    rows: list[Row] = [
        ("Tarsian", 1, "amod", "ADJ", "B-NORP", "JJ"),
        ("troops", 1, "nsubj", "NOUN", "O", "NNS"),
        ("shelled", 0, "ROOT", "VERB", "O"),
        ("the", 1, "det", "DET", "O"),
        ("camp", -2, "dobj", "NOUN", "O"),
        (".", -3, "punct", "PUNCT", "O"),
        ("Tarsia", 1, "nsubj", "PROPN", "B-GPE"),
        ("protested", 0, "ROOT", "VERB", "O"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    doc = parsed(nlp, rows)
    states = [r for r in doc._.bx_entities.values() if r["type"] == "STATE"]
    assert [(r["name"], r.get("demonyms")) for r in states] == [("Tarsia", ["Tarsian"])], summary(doc)


def test_a_listed_countrys_record_gets_no_demonyms_field(nlp: Language) -> None:
    rows: list[Row] = [
        ("France", 1, "nsubj", "PROPN", "B-GPE"),
        ("protested", 0, "ROOT", "VERB", "O"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert all("demonyms" not in r for r in parsed(nlp, rows)._.bx_entities.values())
