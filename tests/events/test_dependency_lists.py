"""Constructions the event layer reads from named dependency lists of its lexicon, on
hand-built parses: each test fails when its lexicon record is taken out."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import spacy
from spacy.tokens import Doc

from briefextract.events.event_dates import _ordered_date
from briefextract.events.parse import light_verb
from briefextract.events.restatements import definite_noun
from briefextract.rules import Lexicon
from briefextract.rules.resources import model_path
from tests.handbuilt import doc_from_rows

VOCAB = spacy.blank("en").vocab
LEXICON = Lexicon.from_files([model_path("events/lexicon.jsonl")])


def _light_verb(doc: Doc, i: int) -> str | None:
    found = light_verb(
        doc[i],
        LEXICON.lower("SUPPORT_VERBS"),
        frozenset(LEXICON.words("NOUN_POS")),
        frozenset(LEXICON.words("LIGHT_VERB_OBJECT_DEPS")),
    )
    return None if found is None else found.text


def test_a_light_verb_reaches_its_object_noun() -> None:
    doc = doc_from_rows(
        VOCAB,
        [
            ("Rebels", 1, "nsubj", "NOUN", "rebel"),
            ("mounted", 1, "ROOT", "VERB", "mount"),
            ("an", 3, "det", "DET", "an"),
            ("offensive", 1, "dobj", "NOUN", "offensive"),
        ],
    )
    assert _light_verb(doc, 3) == "mounted"


def test_a_light_verb_reaches_its_noun_through_a_preposition() -> None:
    # LIGHT_VERB_OBJECT_DEPS "prep>pobj": the noun is the object of the verb's preposition.
    doc = doc_from_rows(
        VOCAB,
        [
            ("Rebels", 1, "nsubj", "NOUN", "rebel"),
            ("launched", 1, "ROOT", "VERB", "launch"),
            ("into", 1, "prep", "ADP", "into"),
            ("an", 4, "det", "DET", "an"),
            ("offensive", 2, "pobj", "NOUN", "offensive"),
        ],
    )
    assert _light_verb(doc, 4) == "launched"


def test_a_preposition_of_another_verb_gives_no_light_verb() -> None:
    doc = doc_from_rows(
        VOCAB,
        [
            ("Rebels", 1, "nsubj", "NOUN", "rebel"),
            ("fled", 1, "ROOT", "VERB", "flee"),
            ("after", 1, "prep", "ADP", "after"),
            ("the", 4, "det", "DET", "the"),
            ("offensive", 2, "pobj", "NOUN", "offensive"),
        ],
    )
    assert _light_verb(doc, 4) is None


def _date_words() -> Any:
    return SimpleNamespace(
        lexicon=LEXICON,
        order_deps=LEXICON.lower("ORDER_CLAUSE_DEPS"),
        order_markers={w: "AFTER" for w in LEXICON.lower("AFTER_MARKERS")}
        | {w: "BEFORE" for w in LEXICON.lower("BEFORE_MARKERS")},
    )


def _year(doc: Doc, i: int, year: str) -> tuple[Any, dict[str, Any], Any]:
    return doc[i : i + 1], {"value": year, "granularity": "year"}, doc[doc[i].head.i]


def test_a_subordinate_clause_orders_an_event_after_its_date() -> None:
    # ORDER_MARKER_DEPS: the clause's subordinator ("after") is its order word.
    doc = doc_from_rows(
        VOCAB,
        [
            ("The", 1, "det", "DET", "the"),
            ("revolt", 2, "nsubj", "NOUN", "revolt"),
            ("began", 2, "ROOT", "VERB", "begin"),
            ("after", 6, "mark", "SCONJ", "after"),
            ("the", 5, "det", "DET", "the"),
            ("army", 6, "nsubj", "NOUN", "army"),
            ("cancelled", 2, "advcl", "VERB", "cancel"),
            ("the", 8, "det", "DET", "the"),
            ("vote", 6, "dobj", "NOUN", "vote"),
            ("in", 6, "prep", "ADP", "in"),
            ("1990", 9, "pobj", "NUM", "1990"),
        ],
    )
    found = _ordered_date(doc[2], [_year(doc, 10, "1990")], _date_words())
    assert found is not None
    assert (found["value"], found["modifier"], found["span"]) == ("1990", "AFTER", None)


def test_a_preposition_is_its_own_order_word() -> None:
    # ORDER_PREPOSITION_DEPS: "before the ceasefire of 1998".
    doc = doc_from_rows(
        VOCAB,
        [
            ("The", 1, "det", "DET", "the"),
            ("band", 2, "nsubj", "NOUN", "band"),
            ("fled", 2, "ROOT", "VERB", "flee"),
            ("before", 2, "prep", "ADP", "before"),
            ("the", 5, "det", "DET", "the"),
            ("ceasefire", 3, "pobj", "NOUN", "ceasefire"),
            ("of", 5, "prep", "ADP", "of"),
            ("1998", 6, "pobj", "NUM", "1998"),
        ],
    )
    found = _ordered_date(doc[2], [_year(doc, 7, "1998")], _date_words())
    assert found is not None
    assert (found["value"], found["modifier"]) == ("1998", "BEFORE")


def test_a_possessor_makes_an_event_noun_definite() -> None:
    # DEFINITE_EVENT_DEPS: "the band's raid" takes up a raid told before; "a raid" does not.
    words = SimpleNamespace(lexicon=LEXICON, anaphor_event_dets=LEXICON.lower("EVENT_ANAPHOR_DETERMINERS"))
    owned = doc_from_rows(
        VOCAB,
        [
            ("the", 1, "det", "DET", "the"),
            ("band", 3, "poss", "NOUN", "band"),
            ("'s", 1, "case", "PART", "'s"),
            ("raid", 3, "ROOT", "NOUN", "raid"),
        ],
    )
    bare = doc_from_rows(VOCAB, [("a", 1, "det", "DET", "a"), ("raid", 1, "ROOT", "NOUN", "raid")])
    assert definite_noun(owned[3], words)
    assert not definite_noun(bare[1], words)
