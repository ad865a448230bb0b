"""The event layer's pure pieces: numbers, bounds, evidence extent."""

from __future__ import annotations

import pytest

from briefextract.events.numbers import bound_before, parse_number

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
        (["hundreds"], None),
        (["several"], None),
    ],
    ids=lambda x: str(x),
)
def test_parse_number(words: list[str], value: int | None) -> None:
    assert parse_number(words) == value


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
