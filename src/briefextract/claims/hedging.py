"""Whether a claim is hedged: a hedge cue in its own words, or one disputing it after."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HedgeHit:
    """A matched hedge (or pseudo-hedge) phrase: token range, label, scope and rule id."""

    start: int
    end: int
    label: str  # HEDGE | NOT_HEDGE
    scope: str  # claim | following
    rule: str


def live_hedges(hits: Sequence[HedgeHit]) -> list[HedgeHit]:
    """Hedges not inside a pseudo-hedge ("no doubt" is no hedge, though "doubt" is)."""
    pseudo = [h for h in hits if h.label == "NOT_HEDGE"]
    return [
        h
        for h in hits
        if h.label == "HEDGE" and not any(p.start <= h.start and h.end <= p.end for p in pseudo)
    ]


def hedged_by(
    claim: tuple[int, int], following: tuple[int, int], hits: Sequence[HedgeHit]
) -> HedgeHit | None:
    """The first hedge that marks a claim: a ``claim``-scope hedge inside the claim's
    token range, or a ``following``-scope one (a dispute) there or in the words after it
    (``following``)."""
    for h in live_hedges(hits):
        if h.scope == "claim" and claim[0] <= h.start and h.end <= claim[1]:
            return h
        if h.scope == "following" and claim[0] <= h.start and h.end <= max(claim[1], following[1]):
            return h
    return None
