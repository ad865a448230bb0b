"""Casualty counting reads explicit fields and lexicon lists, not provenance strings or Python
words: a participant read from a clause that reports part of an event carries a ``part`` flag
that ``one_dead`` reads; the marks joining a number's parts are the number-word table's
joiners (``models/events/number_words.jsonl``)."""

from __future__ import annotations

from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from briefextract.events.casualty_counts import _number_at, one_dead
from briefextract.events.event_candidate import Candidate
from briefextract.events.event_rules import NumberWordRecord
from briefextract.events.numbers import NumberWords
from briefextract.rules.resources import model_path, read_jsonl

NUMBER_WORDS = NumberWords.from_records(read_jsonl(model_path("events/number_words.jsonl"), NumberWordRecord))


def _facts() -> SimpleNamespace:
    words = ["Officers", "killed", "Arlo", "and", "wounded", "Bex"]
    lemmas = ["officer", "kill", "Arlo", "and", "wound", "Bex"]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    people = {"arlo": "PERSON", "bex": "PERSON"}
    return SimpleNamespace(doc=doc, entities=SimpleNamespace(type_of=people.get))


WORDS = SimpleNamespace(one_dead=frozenset({"kill"}))


def _killing(*patients: tuple[str, int, bool]) -> Candidate:
    # The rule strings say nothing about where an argument was read: only the flag does.
    return Candidate(
        "ATTACK", 1, 2, 1, "t", participants=[("patient", ref, "arg", at, part) for ref, at, part in patients]
    )


def test_a_victim_of_a_clause_told_beside_the_killing_is_set_aside() -> None:
    c = _killing(("arlo", 2, False), ("bex", 5, True))
    one_dead(_facts(), c, WORDS)
    assert c.casualties == {"killed": {"value": 1, "modifier": None}}


def test_without_the_flag_two_victims_give_no_count() -> None:
    c = _killing(("arlo", 2, False), ("bex", 5, False))
    one_dead(_facts(), c, WORDS)
    assert c.casualties == {}


def test_victims_only_of_a_reported_part_still_count() -> None:
    c = _killing(("bex", 5, True))
    one_dead(_facts(), c, WORDS)
    assert c.casualties["killed"]["value"] == 1


def test_the_marks_joining_a_number_written_in_parts_come_from_the_number_words() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["thirty", "-", "three", "died"])
    assert "-" in NUMBER_WORDS.marks and "and" not in NUMBER_WORDS.marks
    assert _number_at(doc, 0, NUMBER_WORDS) == (33, 0)
    records = read_jsonl(model_path("events/number_words.jsonl"), NumberWordRecord)
    no_hyphen = [r.model_copy(update={"words": [w for w in r.words if w != "-"]}) for r in records]
    assert _number_at(doc, 0, NumberWords.from_records(no_hyphen)) == (30, 0)
