"""A later mention can retell an earlier event only when what both name agrees."""

from __future__ import annotations

import pytest

from briefextract.events.retelling import may_retell, roles_of


def test_roles_of_groups_refs_by_role() -> None:
    assert roles_of([("agent", "a", "r1", 3), ("agent", "b", "r2", 5), ("patient", "c", "r3", 7)]) == {
        "agent": {"a", "b"},
        "patient": {"c"},
    }


@pytest.mark.parametrize(
    ("first", "again", "first_places", "again_places", "expected"),
    [
        ({}, {}, [], [], True),  # nothing named: a bare "the attack" may retell
        ({"agent": {"x"}}, {}, [], [], True),  # the retelling adds nothing
        ({}, {"patient": {"y"}}, [], [], True),  # the retelling adds a victim
        ({"agent": {"x"}}, {"agent": {"x", "z"}}, [], [], True),  # shares an agent
        ({"agent": {"x"}}, {"agent": {"z"}}, [], [], False),  # another perpetrator
        ({"patient": {"y"}}, {"patient": {"w"}}, [], [], False),  # another victim
        ({"result": {"r"}}, {"result": {"s"}}, [], [], False),  # another new group
        ({"mission": {"m"}}, {"mission": {"n"}}, [], [], True),  # mission does not identify
        ({}, {}, ["p1"], ["p2"], False),  # another place
        ({}, {}, ["p1"], ["p1", "p2"], True),  # shares a place
        ({}, {}, ["p1"], [], True),
    ],
)
def test_may_retell(
    first: dict[str, set[str]],
    again: dict[str, set[str]],
    first_places: list[str],
    again_places: list[str],
    expected: bool,
) -> None:
    assert may_retell(first, again, first_places, again_places) is expected


def test_a_place_of_its_own_identifies_a_nominal_retelling() -> None:
    # "the insurgency in X" after a rising told with no place is another event
    assert may_retell({}, {}, [], ["p2"], places_identify=True) is False
    assert may_retell({}, {}, ["p2"], ["p2"], places_identify=True) is True
    assert may_retell({}, {}, ["p1"], [], places_identify=True) is True
