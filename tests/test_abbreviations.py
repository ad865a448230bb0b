"""Schwartz-Hearst acronym definitions, as a table."""

from __future__ import annotations

import pytest

from briefextract.entities.abbreviations import find_abbreviations, initials_overlap, is_short_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islamic Movement of Uzbekistan (IMU) fought.", [("IMU", "Islamic Movement of Uzbekistan")]),
        # French word order: not a Schwartz-Hearst match; initials_overlap accepts it instead.
        ("It joined the Popular Liberation Army (ALP).", []),
        ("the Royal Highland Constabulary (RHC) in Inverness", [("RHC", "Royal Highland Constabulary")]),
        ("a private military company (PMC) operating", [("PMC", "private military company")]),
        ("improvised explosive device (IED) and", [("IED", "improvised explosive device")]),
        ("the Tehrik-i-Taliban Pakistan (TTP) said", [("TTP", "Tehrik-i-Taliban Pakistan")]),
        ("in the north (see map) and", []),
        ("casualties (2012) rose", []),
        ("The group (aka the Front) fought.", []),
        ("forces (UN) were", []),
        ("He said so. The ICC (International Criminal Court) ruled.", []),
    ],
    ids=[
        "imu",
        "french-order",
        "rhc",
        "lowercase-long",
        "ied",
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
    [("KFEH", True), ("ABC(m)", False), ("U.S.", True), ("al", False), ("2012", False), ("ULFA-I", True)],
)
def test_is_short_form(candidate: str, expected: bool) -> None:
    assert is_short_form(candidate) is expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("ALP", "Popular Liberation Army", 1.0),
        ("FLNK", "Kanak National Liberation Front", 1.0),
        ("MUJAD", "Movement for Unity and Justice in the Delta", 0.8),
        ("ABC", "Popular Liberation Army", 1 / 3),
    ],
)
def test_initials_overlap_allows_acronyms_in_another_word_order(
    short: str, long: str, expected: float
) -> None:
    assert initials_overlap(short, long) == pytest.approx(expected)
