"""Whether a later mention of an event can be a retelling of an earlier one.

Event coreference needs compatible arguments (as in the event-coreference
literature since Bejan and Harabagiu 2010): a retelling may add what the first
telling left out, but it cannot name other participants in the same role or
another place. "The insurgency in X" is not the rising in Y told pages before.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

# The roles whose fillers must agree; others (instrument, mission, ...) may be added.
IDENTIFYING_ROLES = ("agent", "patient", "result")


def roles_of(participants: Iterable[tuple[Any, ...]]) -> dict[str, set[str]]:
    """Role -> the refs that fill it."""
    out: dict[str, set[str]] = {}
    for p in participants:
        out.setdefault(p[0], set()).add(p[1])
    return out


def may_retell(
    first_roles: Mapping[str, Collection[str]],
    again_roles: Mapping[str, Collection[str]],
    first_places: Collection[str],
    again_places: Collection[str],
    *,
    places_identify: bool = False,
) -> bool:
    """True when nothing the two tellings both name contradicts: in every identifying
    role and in places, either side is silent or they share a ref. With
    ``places_identify`` (a definite noun with its own place, "the insurgency in X"),
    the place picks out the event: the first telling must have named it too."""
    for role in IDENTIFYING_ROLES:
        a, b = set(first_roles.get(role, ())), set(again_roles.get(role, ()))
        if a and b and not a & b:
            return False
    a, b = set(first_places), set(again_places)
    if places_identify and b:
        return bool(a & b)
    return not (a and b and not a & b)


def dated_apart(first: Mapping[str, Any] | None, again: Mapping[str, Any] | None) -> bool:
    """Whether two events' dates (TimeValue dicts) tell them apart: both are calendar
    values and neither contains the other ("2016" and "2017" are apart; "2016" and
    "2016-05" may be one act)."""
    if first is None or again is None:
        return False
    a, b = str(first.get("value") or ""), str(again.get("value") or "")
    if not (a[:4].isdigit() and b[:4].isdigit()):
        return False
    return not (a.startswith(b) or b.startswith(a))
