"""Canonical, total orders on records: what makes the scorer blind to record order and ids.

Every key here is a tuple built only from ints, strings and nested tuples of
them, with ``None`` wrapped (:func:`nullable`), so any two keys of one kind
compare without error, whatever values the schema allows (null dates and
values, empty lists, equal spans, duplicate records).

Ids never enter a key. An entity is known by its *colour*: an int that ranks
its content (kind, type, folded names, mention offsets), refined by the
content of the records that refer to it and the colours of their other ends
(colour refinement, as in Weisfeiler-Lehman), until nothing more splits. The
colours are computed over gold and system together, so equal colours on the
two sides mean the two entities cannot be told apart by content. Events and
claims are keyed by their content with refs replaced by colours.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from briefextract.schema.brief import Actor, Brief, Casualties, Claim, Count, Event, Place, Span, TimeValue
from briefextract.scoring.folding import name_keys

Key = tuple[Any, ...]


def nullable(value: Any) -> Key:
    """``None`` sorts before every value; a value is wrapped so it never meets ``None``."""
    return (0,) if value is None else (1, value)


def span_key(span: Span | None) -> Key:
    return (0,) if span is None else (1, span.start, span.end)


def time_key(time: TimeValue | None) -> Key:
    if time is None:
        return (0,)
    return (1, nullable(time.value), time.granularity, nullable(time.modifier), span_key(time.span))


def _count_key(count: Count | None) -> Key:
    return (0,) if count is None else (1, count.value, nullable(count.modifier))


def casualty_key(casualties: Casualties | None) -> Key:
    if casualties is None:
        return (0,)
    return (1, _count_key(casualties.killed), _count_key(casualties.injured))


def _entity_content(kind: str, entity: Actor | Place) -> Key:
    return (
        kind,
        entity.type,
        tuple(sorted(name_keys(entity.name, entity.aliases))),
        tuple(sorted((m.start, m.end) for m in entity.mentions)),
    )


Colour = Callable[[str], int]


def event_key(event: Event, colour: Colour) -> Key:
    """An event's content, refs as colours."""
    return (
        span_key(event.trigger),
        span_key(event.evidence),
        event.type,
        event.modality,
        time_key(event.date),
        tuple(sorted(colour(loc) for loc in event.locations)),
        tuple(sorted((p.role, colour(p.ref)) for p in event.participants)),
        casualty_key(event.casualties),
    )


def claim_key(claim: Claim, colour: Colour) -> Key:
    """A claim's content, refs as colours."""
    return (
        span_key(claim.content),
        span_key(claim.cue),
        claim.kind,
        claim.source_text,
        (0,) if claim.source is None else (1, colour(claim.source)),
        tuple(sorted(colour(ref) for ref in claim.about)),
        claim.hedged,
        time_key(claim.date),
    )


def _relation_key(relation: Any, colour: Colour) -> Key:
    return (relation.type, colour(relation.head), colour(relation.tail), span_key(relation.evidence))


def _ranks(keys: Mapping[Hashable, Key]) -> dict[Hashable, int]:
    order = {key: rank for rank, key in enumerate(sorted(set(keys.values())))}
    return {node: order[key] for node, key in keys.items()}


def _incidences(brief: Brief, colour: Colour) -> dict[str, list[Key]]:
    """For each entity id, how the brief's records refer to it (record content and the slot)."""
    found: dict[str, list[Key]] = defaultdict(list)
    for event in brief.events:
        key = event_key(event, colour)
        for p in event.participants:
            found[p.ref].append(("event", key, p.role))
        for loc in event.locations:
            found[loc].append(("event", key, "location"))
    for claim in brief.claims:
        key = claim_key(claim, colour)
        if claim.source is not None:
            found[claim.source].append(("claim", key, "source"))
        for ref in claim.about:
            found[ref].append(("claim", key, "about"))
    for relation in brief.relations:
        key = _relation_key(relation, colour)
        found[relation.head].append(("relation", key, "head"))
        found[relation.tail].append(("relation", key, "tail"))
    return found


@dataclass(frozen=True)
class Colours:
    """Entity colours of a gold and a system brief (comparable across the two)."""

    gold: dict[str, int]
    system: dict[str, int]

    def of_gold(self, ref: str) -> int:
        """A gold entity's colour; -1 for an id no entity has (only in unvalidated briefs)."""
        return self.gold.get(ref, -1)

    def of_system(self, ref: str) -> int:
        return self.system.get(ref, -1)


def _entities(brief: Brief) -> Iterable[tuple[str, Actor | Place]]:
    yield from (("actor", a) for a in brief.actors)
    yield from (("place", p) for p in brief.places)


def _lookup(colour: Mapping[Hashable, int], side: int) -> Colour:
    return lambda ref: colour.get((side, ref), -1)


def entity_colours(gold: Brief, system: Brief) -> Colours:
    """Colour refinement over the entities of both briefs (see the module docstring)."""
    keys: dict[Hashable, Key] = {}
    for side, brief in enumerate((gold, system)):
        for kind, entity in _entities(brief):
            keys[(side, entity.id)] = _entity_content(kind, entity)
    colour = _ranks(keys)
    n_colours = len(set(colour.values()))
    while True:
        refined: dict[Hashable, Key] = {}
        for side, brief in enumerate((gold, system)):
            found = _incidences(brief, _lookup(colour, side))
            for _, entity in _entities(brief):
                node = (side, entity.id)
                refined[node] = (colour[node], tuple(sorted(found.get(entity.id, ()))))
        new_colour = _ranks(refined)
        new_n = len(set(new_colour.values()))
        colour = new_colour
        if new_n == n_colours:
            break
        n_colours = new_n
    return Colours(
        gold={ref: c for (side, ref), c in colour.items() if side == 0},  # type: ignore[misc]
        system={ref: c for (side, ref), c in colour.items() if side == 1},  # type: ignore[misc]
    )


def pair_key(gold_key: Key | int, system_key: Key | int) -> tuple[Any, Any]:
    """The same key for a pair whichever side is gold: the tie-break that keeps scoring symmetric."""
    return (gold_key, system_key) if gold_key <= system_key else (system_key, gold_key)  # type: ignore[operator]
