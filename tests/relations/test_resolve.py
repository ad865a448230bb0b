"""Tokens to entities, on hand-built parses (no statistical model)."""

from __future__ import annotations

from typing import Any

from spacy.lang.en import English
from spacy.tokens import Doc

from briefextract.relations.entity_lookup import Anaphora, EntityIndex, spread

VOCAB = English().vocab


def make_doc(words: list[str], heads: list[int], deps: list[str], tags: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags or ["NN"] * len(words))


def row(
    eid: str, etype: str, doc: Doc, spans: list[tuple[int, int]], key: str | None = None
) -> dict[str, Any]:
    mentions = []
    for s, e in spans:
        span = doc[s:e]
        mentions.append({"start": span.start_char, "end": span.end_char, "text": span.text})
    kind = "place" if etype in {"CITY", "COUNTRY", "REGION"} else "actor"
    name = mentions[0]["text"]
    return {
        "id": eid,
        "kind": kind,
        "type": etype,
        "name": name,
        "aliases": [],
        "gazetteer_key": key,
        "mentions": mentions,
    }


def test_spread_reaches_conjuncts_appositions_and_listed_items() -> None:
    # "groups including Front and Guard , Star"
    words = ["groups", "including", "Front", "and", "Guard", ",", "Star"]
    doc = make_doc(words, [0, 0, 1, 2, 2, 4, 4], ["ROOT", "prep", "pobj", "cc", "conj", "punct", "appos"])
    assert [t.text for t in spread(doc[0], frozenset({"including"}))] == ["groups", "Front", "Guard", "Star"]
    assert [t.text for t in spread(doc[0], frozenset())] == ["groups"]


def test_carrier_noun_names_its_modifier_but_other_nouns_do_not() -> None:
    # "Front units" / "Front committee"
    doc = make_doc(
        ["Front", "units", "Front", "committee"], [1, 1, 3, 3], ["compound", "ROOT", "compound", "ROOT"]
    )
    table = [row("front", "ARMED_GROUP", doc, [(0, 1), (2, 3)])]
    index = EntityIndex(doc, table, {}, carriers=frozenset({"units"}))
    assert index.candidates(doc[1]) == ["front"]
    assert index.candidates(doc[3]) == []


def test_country_name_inside_a_body_name_is_the_state() -> None:
    # "Freedonian Army": the demonym names the state even inside the army's name
    doc = make_doc(["Freedonian", "Army"], [1, 1], ["amod", "ROOT"])
    table = [
        row("army", "GOVERNMENT_BODY", doc, [(0, 2)]),
        {**row("fd", "STATE", doc, [(0, 1)], "country-FD"), "mentions": []},
    ]
    index = EntityIndex(doc, table, {"freedonian": "country-FD"})
    assert index.pick(doc[1], frozenset({"GOVERNMENT_BODY"})) == "army"
    assert index.pick(doc[0], frozenset({"STATE"}), avoid="army") == "fd"
    assert index.same_name(doc[0], doc[1])


def test_a_state_stands_for_its_territory_where_a_place_is_wanted() -> None:
    doc = make_doc(["Freedonia"], [0], ["ROOT"])
    table = [
        row("fd", "STATE", doc, [(0, 1)], "country-FD"),
        {**row("fd_place", "COUNTRY", doc, [(0, 1)], "country-FD"), "mentions": []},
    ]
    index = EntityIndex(doc, table, {})
    assert index.pick(doc[0], frozenset({"COUNTRY"})) == "fd_place"
    assert index.same_country("fd", "fd_place")


def test_the_group_names_the_last_group_mentioned() -> None:
    words = ["Front", "grew", ".", "The", "group", "fought", "Guard", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 5]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    doc = make_doc(words, heads, deps)
    table = [row("front", "ARMED_GROUP", doc, [(0, 1)]), row("guard", "ARMED_GROUP", doc, [(6, 7)])]
    anaphora = Anaphora(
        nouns=frozenset({"group"}), determiners=frozenset({"the"}), types=frozenset({"ARMED_GROUP"})
    )
    assert EntityIndex(doc, table, {}, anaphora).candidates(doc[4]) == ["front"]
    assert EntityIndex(doc, table, {}).candidates(doc[4]) == []


def test_descriptions_name_what_they_describe() -> None:
    # "Front , a group that split" / "Front is a group"
    words = ["Front", ",", "a", "group", "that", "split", ".", "Guard", "is", "a", "group"]
    heads = [0, 0, 3, 0, 5, 3, 0, 8, 8, 10, 8]
    deps = ["ROOT", "punct", "det", "appos", "nsubj", "relcl", "punct", "nsubj", "ROOT", "det", "attr"]
    tags = ["NNP", ",", "DT", "NN", "WDT", "VBD", ".", "NNP", "VBZ", "DT", "NN"]
    doc = make_doc(words, heads, deps, tags)
    table = [row("front", "ARMED_GROUP", doc, [(0, 1)]), row("guard", "ARMED_GROUP", doc, [(7, 8)])]
    index = EntityIndex(doc, table, {})
    assert index.candidates(doc[3]) == ["front"]  # apposition
    assert index.candidates(doc[4]) == ["front"]  # relative pronoun -> its noun -> apposition
    assert index.candidates(doc[10]) == ["guard"]  # copula complement


def test_owner_carrier_stands_for_its_possessor_or_its_of_object() -> None:
    # "Front 's fighters and members of Guard"
    doc = make_doc(
        ["Front", "'s", "fighters", "and", "members", "of", "Guard"],
        [2, 0, 2, 2, 2, 4, 5],
        ["poss", "case", "ROOT", "cc", "conj", "prep", "pobj"],
    )
    table = [row("front", "ARMED_GROUP", doc, [(0, 1)]), row("guard", "ARMED_GROUP", doc, [(6, 7)])]
    carriers = frozenset({"fighters", "members"})
    index = EntityIndex(doc, table, {}, owner_carriers=carriers, owner_prepositions=frozenset({"of"}))
    assert index.candidates(doc[2]) == ["front"]
    assert index.candidates(doc[4]) == ["guard"]
    assert EntityIndex(doc, table, {}).candidates(doc[4]) == []
    # The preposition is the lexicon's: without it "members of Guard" names no owner.
    assert EntityIndex(doc, table, {}, owner_carriers=carriers).candidates(doc[4]) == []


def test_relative_where_stands_for_the_place_its_clause_modifies() -> None:
    # "Velmar , where Front operates"
    doc = make_doc(
        ["Velmar", ",", "where", "Front", "operates"],
        [0, 0, 4, 4, 0],
        ["ROOT", "punct", "advmod", "nsubj", "relcl"],
        tags=["NNP", ",", "WRB", "NNP", "VBZ"],
    )
    table = [row("velmar", "CITY", doc, [(0, 1)]), row("front", "ARMED_GROUP", doc, [(3, 4)])]
    index = EntityIndex(doc, table, {}, relative_adverbs=frozenset({"where"}))
    assert index.candidates(doc[2]) == ["velmar"]
    assert EntityIndex(doc, table, {}).candidates(doc[2]) == []


def test_an_end_inside_a_mention_of_the_other_end() -> None:
    # "Front in Velm" is one name; "Velm" is also a place of its own
    doc = make_doc(["Front", "in", "Velm", "grew"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"])
    table = [row("front", "ARMED_GROUP", doc, [(0, 3)]), row("velm", "REGION", doc, [(2, 3)])]
    index = EntityIndex(doc, table, {})
    assert index.inside(doc[2], "front")
    assert not index.inside(doc[3], "front")


def test_climb_reads_a_list_from_its_first_item() -> None:
    # "Ana , Tom and leaders": the pattern reaches "Tom"
    doc = make_doc(
        ["Ana", ",", "Tom", "and", "leaders"], [0, 0, 0, 2, 2], ["ROOT", "punct", "appos", "cc", "conj"]
    )
    assert [t.text for t in spread(doc[2], frozenset())] == ["Tom", "leaders"]
    assert [t.text for t in spread(doc[2], frozenset(), climb=True)] == ["Ana", "Tom", "leaders"]


def test_an_apposed_description_names_its_head_before_its_modifier() -> None:
    # "Front , a Velm group": the description names Front; Velm only modifies it.
    words = ["Front", ",", "a", "Velm", "group"]
    heads = [0, 0, 4, 4, 0]
    deps = ["ROOT", "punct", "det", "compound", "appos"]
    doc = make_doc(words, heads, deps, ["NNP", ",", "DT", "NNP", "NN"])
    table = [row("front", "ARMED_GROUP", doc, [(0, 1)]), row("velm", "POLITICAL_GROUP", doc, [(3, 4)])]
    index = EntityIndex(doc, table, {}, carriers=frozenset({"group"}))
    assert index.candidates(doc[4]) == ["front", "velm"]


def test_a_modifier_names_a_group_by_the_singular_of_its_plural_name() -> None:
    # "the Greens struck ; Green leaders met ; Green met": only a modifier reads the singular
    words = ["the", "Greens", "struck", ";", "Green", "leaders", "met", ";", "Green", "met"]
    heads = [1, 2, 2, 2, 5, 6, 2, 2, 9, 2]
    deps = ["det", "nsubj", "ROOT", "punct", "amod", "nsubj", "conj", "punct", "nsubj", "conj"]
    doc = make_doc(words, heads, deps)
    table = [row("greens", "ARMED_GROUP", doc, [(1, 2)])]
    index = EntityIndex(doc, table, {}, plural_endings=("s",))
    assert index.candidates(doc[4]) == ["greens"]
    assert index.candidates(doc[8]) == []
    # The endings are the relations lexicon's PLURAL_ENDINGS: without them, no singular is read.
    assert EntityIndex(doc, table, {}).candidates(doc[4]) == []


def test_a_subject_pronoun_continues_the_previous_sentences_subject() -> None:
    # "Front is a coalition of Guard . It was led by Vell ." : "It" is Front, not Guard
    words = ["Front", "is", "a", "coalition", "of", "Guard", ".", "It", "was", "led", "by", "Vell", "."]
    heads = [1, 1, 3, 1, 3, 4, 1, 9, 9, 9, 9, 10, 9]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"]
    deps += ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"]
    doc = make_doc(words, heads, deps)
    table = [row("front", "ARMED_GROUP", doc, [(0, 1)]), row("guard", "ARMED_GROUP", doc, [(5, 6)])]
    anaphora = Anaphora(pronouns=frozenset({"it"}), types=frozenset({"ARMED_GROUP"}))
    index = EntityIndex(doc, table, {}, anaphora)
    assert index.candidates(doc[7]) == ["front"]


def test_the_last_word_of_a_name_with_the_stands_for_that_group() -> None:
    # "Kestrel Front grew . Iron Guard struck . The front fought ." : "The front" is Kestrel Front
    words = ["Kestrel", "Front", "grew", ".", "Iron", "Guard", "struck", ".", "The", "front", "fought", "."]
    heads = [1, 2, 2, 2, 5, 6, 6, 6, 9, 10, 10, 10]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    deps += ["det", "nsubj", "ROOT", "punct"]
    doc = make_doc(words, heads, deps)
    table = [row("front", "ARMED_GROUP", doc, [(0, 2)]), row("guard", "ARMED_GROUP", doc, [(4, 6)])]
    anaphora = Anaphora(
        nouns=frozenset({"group"}), determiners=frozenset({"the"}), types=frozenset({"ARMED_GROUP"})
    )
    assert EntityIndex(doc, table, {}, anaphora).candidates(doc[9]) == ["front"]
    # With no group so named, the word stands for nothing.
    table = [row("guard", "ARMED_GROUP", doc, [(4, 6)])]
    assert EntityIndex(doc, table, {}, anaphora).candidates(doc[9]) == []


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause() -> None:
    # "Star grew . Front and Guard backed it ." : "it" is Star, neither Front nor Guard;
    # "Front hit its rivals": a possessive may be its clause's subject.
    words = ["Star", "grew", ".", "Front", "and", "Guard", "backed", "it", "."]
    words += ["Front", "hit", "its", "rivals", "."]
    heads = [1, 1, 1, 6, 3, 3, 6, 6, 6, 10, 10, 12, 10, 10]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "cc", "conj", "ROOT", "dobj", "punct"]
    deps += ["nsubj", "ROOT", "poss", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"]
    pos += ["PROPN", "VERB", "PRON", "NOUN", "PUNCT"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    table = [
        row("star", "ARMED_GROUP", doc, [(0, 1)]),
        row("front", "ARMED_GROUP", doc, [(3, 4), (9, 10)]),
        row("guard", "ARMED_GROUP", doc, [(5, 6)]),
    ]
    anaphora = Anaphora(pronouns=frozenset({"it", "its"}), types=frozenset({"ARMED_GROUP"}))
    index = EntityIndex(doc, table, {}, anaphora)
    assert index.candidates(doc[7]) == ["star"]
    assert index.candidates(doc[11]) == ["front"]


def test_the_group_is_the_group_named_most_once_named() -> None:
    # "Front grew . Front split from Guard . Police held members of the group ." : Front
    words = ["Front", "grew", ".", "Front", "split", "from", "Guard", "."]
    words += ["Police", "held", "members", "of", "the", "group", "."]
    heads = [1, 1, 1, 4, 4, 4, 5, 4, 9, 9, 9, 10, 13, 11, 9]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"]
    deps += ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"]
    doc = make_doc(words, heads, deps)
    table = [row("front", "ARMED_GROUP", doc, [(0, 1), (3, 4)]), row("guard", "ARMED_GROUP", doc, [(6, 7)])]
    anaphora = Anaphora(
        nouns=frozenset({"group"}), determiners=frozenset({"the"}), types=frozenset({"ARMED_GROUP"})
    )
    assert EntityIndex(doc, table, {}, anaphora).candidates(doc[13]) == ["front"]


def test_a_name_head_after_a_modified_common_noun_of_that_word_is_no_group() -> None:
    # "Kestrel Front grew . The national front struck . The front fought ." : neither
    # "national front" nor the "front" after it is the Kestrel Front
    words = ["Kestrel", "Front", "grew", ".", "The", "national", "front", "struck", "."]
    words += ["The", "front", "fought", "."]
    heads = [1, 2, 2, 2, 6, 6, 7, 7, 7, 10, 11, 11, 11]
    deps = ["compound", "nsubj", "ROOT", "punct", "det", "amod", "nsubj", "ROOT", "punct"]
    deps += ["det", "nsubj", "ROOT", "punct"]
    doc = make_doc(words, heads, deps)
    table = [row("front", "ARMED_GROUP", doc, [(0, 2)])]
    anaphora = Anaphora(determiners=frozenset({"the"}), types=frozenset({"ARMED_GROUP"}))
    index = EntityIndex(doc, table, {}, anaphora)
    assert index.candidates(doc[6]) == []
    assert index.candidates(doc[10]) == []
