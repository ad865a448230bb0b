"""Schwartz-Hearst acronym definitions, as a table."""

from __future__ import annotations

import pytest

from briefextract.abbreviations import find_abbreviations, initials_overlap, is_short_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islamic Movement of Uzbekistan (IMU) fought.", [("IMU", "Islamic Movement of Uzbekistan")]),
        # French word order: not a Schwartz-Hearst match; initials_overlap accepts it instead.
        ("It joined the Salafist Group for Preaching and Combat (GSPC).", []),
        ("the Royal Ulster Constabulary (RUC) in Derry", [("RUC", "Royal Ulster Constabulary")]),
        ("a foreign terrorist organization (FTO) operating", [("FTO", "foreign terrorist organization")]),
        ("kidnapping for ransom (KFR) and", [("KFR", "kidnapping for ransom")]),
        ("the Tehrik-i-Taliban Pakistan (TTP) said", [("TTP", "Tehrik-i-Taliban Pakistan")]),
        ("in the north (see map) and", []),
        ("casualties (2012) rose", []),
        ("The group (aka the Front) fought.", []),
        ("forces (UN) were", []),
        ("He said so. The ICC (International Criminal Court) ruled.", []),
    ],
    ids=[
        "imu",
        "gspc",
        "ruc",
        "lowercase-long",
        "kfr",
        "hyphenated",
        "parenthetical",
        "year",
        "aka-cue",
        "no-long-form",
        "reverse-order-not-handled",
    ],
)
def test_find_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_abbreviations(text)
    assert [(a.short, a.long) for a in found] == expected
    for a in found:
        assert text[a.short_start : a.short_end] == a.short and text[a.long_start : a.long_end] == a.long


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [("AQIM", True), ("ETA(m)", False), ("U.S.", True), ("al", False), ("2012", False), ("NSCN-K", True)],
)
def test_is_short_form(candidate: str, expected: bool) -> None:
    assert is_short_form(candidate) is expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("GIA", "Armed Islamic Group", 1.0),
        ("GSPC", "Salafist Group for Preaching and Combat", 1.0),
        ("MUJAO", "Movement for Unity and Jihad in West Africa", 0.8),
        ("ABC", "Armed Islamic Group", 1 / 3),
    ],
)
def test_initials_overlap_allows_acronyms_in_another_word_order(
    short: str, long: str, expected: float
) -> None:
    assert initials_overlap(short, long) == pytest.approx(expected)
