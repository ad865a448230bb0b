"""The event layer's pure pieces: numbers, bounds, evidence extent."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefextract.events.actors import name_heads
from briefextract.events.event_rules import NumberWordRecord
from briefextract.events.numbers import NumberWords, bound_before, parse_number
from briefextract.rules.resources import model_path, read_jsonl

# The number words the event layer reads (models/events/number_words.jsonl).
NUMBER_WORDS = NumberWords.from_records(read_jsonl(model_path("events/number_words.jsonl"), NumberWordRecord))

BOUNDS = {
    "AT_LEAST": ["at least"],
    "MORE_THAN": ["more than", "over"],
    "AT_MOST": ["no more than", "up to"],
    "ABOUT": ["about", "nearly"],
}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["61"], 61),
        (["1,200"], 1200),
        (["thirty", "-", "three"], 33),
        (["thirty-three"], 33),
        (["twelve"], 12),
        (["two", "hundred"], 200),
        (["a", "dozen"], 12),
        (["two", "thousand", "five", "hundred"], 2500),
        (["two", "hundred", "and", "five"], 205),
        (["two", "dozen"], 24),
        (["three", "million", "four", "hundred", "thousand"], 3_400_000),
        (["zero"], 0),
        (["hundreds"], None),
        (["several"], None),
    ],
    ids=lambda x: str(x),
)
def test_parse_number(words: list[str], value: int | None) -> None:
    assert parse_number(words, NUMBER_WORDS) == value


def test_the_number_words_are_the_tables() -> None:
    # A word the table does not hold is no number: no copy of the words in Python.
    rows = [
        NumberWordRecord(id="u", label="UNIT", words=["tre"], value=3, comment="test"),
        NumberWordRecord(id="s", label="SCALE", words=["cento"], value=100, comment="test"),
        NumberWordRecord(id="j", label="JOINER", words=["e"], comment="test"),
    ]
    table = NumberWords.from_records(rows)
    assert parse_number(["tre", "cento", "e", "tre"], table) == 303
    assert parse_number(["three"], table) is None


@pytest.mark.parametrize(
    "row",
    [
        {"id": "u", "label": "UNIT", "words": ["x"], "comment": "c"},
        {"id": "j", "label": "JOINER", "words": ["x"], "value": 1, "comment": "c"},
        {"id": "s", "label": "SCALE", "words": ["x"], "value": 10, "comment": "c", "extra": 1},
    ],
    ids=["unit-without-value", "joiner-with-value", "unknown-key"],
)
def test_number_word_rows_are_strict(row: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        NumberWordRecord.model_validate(row)


@pytest.mark.parametrize(
    ("preceding", "modifier"),
    [
        (["killing", "at", "least"], "AT_LEAST"),
        (["injuring", "more", "than"], "MORE_THAN"),
        (["no", "more", "than"], "AT_MOST"),
        (["killing"], None),
        (["nearly"], "ABOUT"),
    ],
    ids=["at-least", "more-than", "longest-phrase-wins", "none", "about"],
)
def test_bound_before(preceding: list[str], modifier: str | None) -> None:
    assert bound_before(preceding, BOUNDS) == modifier


@pytest.mark.parametrize(
    ("name", "heads"),
    [
        ("Kestrel Front", ["front"]),
        ("Army of the Dawn", ["dawn", "army"]),
        ("Movement for Unity and Peace", ["peace", "movement"]),
        ("al-Kestrel", ["al-kestrel"]),
        ("", []),
    ],
    ids=["last-word", "before-of", "before-for", "one-word", "empty"],
)
def test_name_heads(name: str, heads: list[str]) -> None:
    assert name_heads(name) == heads
