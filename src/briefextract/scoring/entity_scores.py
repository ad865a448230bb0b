"""Actors and places: one-to-one alignment, then entity, mention and type figures.

Actors align with actors and places with places. A pair is a candidate when
their folded name/alias sets (:func:`~briefextract.entities.names.fold_name`) share a
string or any of their mentions overlap. The alignment maximises the number
of pairs (ANNOTATION.md); among maximum alignments it prefers more pairs
sharing a name, then more mentions matched one-to-one, then more pairs of
equal type, then more pairs whose main names (not only aliases) fold alike,
then content order (:mod:`briefextract.scoring.order`), so it
never depends on record order or ids and is the same whichever side is gold.

Entity P/R/F1 ignores type (type accuracy measures it); per type it is
strict: a pair is a tp of T only when both are T, a gold T not so paired is a
fn of T, a system T not so paired a fp of T (so per-type tps need not sum to
the overall tp). Mentions: within an aligned pair, mentions match one-to-one
by overlap; unmatched ones, and all mentions of unaligned entities, are
fp/fn; per type as for entities (a pair of differing types puts all its gold
mentions as fn of the gold type, its system mentions as fp of the system
type). Type accuracy is over aligned pairs, per gold type.

Error records: ``missed``, ``spurious`` and ``type_mismatch`` entities (layer
``actors``/``places``); ``missed`` and ``spurious`` mentions of aligned pairs
(layer ``actor_mentions``/``place_mentions``; the mentions of an unaligned
entity are covered by the entity's record).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefextract.entities.names import fold_name
from briefextract.schema.brief import Actor, Place, Span
from briefextract.scoring.error_records import Layer, Side, mismatch, missed, spurious
from briefextract.scoring.figures import PRF, Accuracy, LayerScore, Tally
from briefextract.scoring.folding import name_keys, offsets_overlap, spans_overlap
from briefextract.scoring.matching import best_matching, maximum_matching

Entity = Actor | Place
# An entity reference in a common space: ("g", gold id) for gold refs and aligned system refs,
# ("s", system id) for system refs with no gold counterpart, which therefore match nothing.
Ref = tuple[str, str]


@dataclass(frozen=True)
class Alignment:
    """System-to-gold id map of aligned actors and places."""

    to_gold: dict[str, str]

    def system_ref(self, ref: str) -> Ref:
        """Where a system ref lands in gold space."""
        return ("g", self.to_gold[ref]) if ref in self.to_gold else ("s", ref)

    @staticmethod
    def gold_ref(ref: str) -> Ref:
        return ("g", ref)


@dataclass
class EntityScore(LayerScore):
    """Actors or places of one document: figures, per-type figures, errors and the alignment."""

    layer: Literal["actors", "places"] = "actors"
    to_gold: dict[str, str] = field(default_factory=dict)

    @property
    def entities(self) -> PRF:
        return self.prf(self.layer)

    @property
    def mentions(self) -> PRF:
        return self.prf(f"{self.layer[:-1]}_mentions")

    @property
    def types(self) -> Accuracy:
        return self.accuracy(f"{self.layer[:-1]}_type_accuracy")


def _overlap_candidates(gold: Sequence[Entity], system: Sequence[Entity]) -> set[tuple[int, int]]:
    """Entity pairs with at least one overlapping mention pair.

    Sorted starts and the longest gold mention bound the search, so this is
    near-linear in the number of mentions rather than quadratic in entities.
    """
    gold_mentions = sorted((m.start, m.end, gi) for gi, g in enumerate(gold) for m in g.mentions)
    starts = [start for start, _, _ in gold_mentions]
    longest = max((end - start for start, end, _ in gold_mentions), default=0)
    found: set[tuple[int, int]] = set()
    for si, s in enumerate(system):
        for m in s.mentions:
            lo = bisect.bisect_left(starts, m.start - longest)
            hi = bisect.bisect_right(starts, m.end)
            for start, end, gi in gold_mentions[lo:hi]:
                if offsets_overlap(start, end, m.start, m.end):
                    found.add((gi, si))
    return found


def _sorted_mentions(entity: Entity) -> list[Span]:
    return sorted(entity.mentions, key=lambda m: (m.start, m.end))


def match_mentions(gold: Entity, system: Entity) -> list[tuple[int, int]]:
    """One-to-one overlap matching of two entities' mentions (indices into offset order)."""
    gold_mentions, system_mentions = _sorted_mentions(gold), _sorted_mentions(system)
    adjacency = [[j for j, s in enumerate(system_mentions) if spans_overlap(g, s)] for g in gold_mentions]
    return maximum_matching(adjacency)


def align_entities(
    gold: Sequence[Entity],
    system: Sequence[Entity],
    gold_colours: Sequence[int] | None = None,
    system_colours: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one alignment of entity lists (indices into the given lists); see the module docstring.

    Colours (:func:`~briefextract.scoring.order.entity_colours`) settle the
    last ties by content; without them, ties fall to list order.
    """
    by_key: dict[str, set[int]] = defaultdict(set)
    for gi, g in enumerate(gold):
        for key in name_keys(g.name, g.aliases):
            by_key[key].add(gi)
    shares: set[tuple[int, int]] = set()
    for si, s in enumerate(system):
        for key in name_keys(s.name, s.aliases):
            shares.update((gi, si) for gi in by_key.get(key, ()))
    overlapping = _overlap_candidates(gold, system)
    edges = {
        (gi, si): (
            int((gi, si) in shares),
            len(match_mentions(gold[gi], system[si])) if (gi, si) in overlapping else 0,
            int(gold[gi].type == system[si].type),
            int(fold_name(gold[gi].name) == fold_name(system[si].name)),
        )
        for gi, si in shares | overlapping
    }
    order = None
    if gold_colours is not None and system_colours is not None:
        order = {(gi, si): _unordered(gold_colours[gi], system_colours[si]) for gi, si in edges}
    return best_matching(edges, order)


def _unordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a <= b else (b, a)


def _side(entity: Entity, *value: str) -> Side:
    first = _sorted_mentions(entity)[0] if entity.mentions else None
    return Side(entity.id, entity.type, entity.name, first, *value)


def _mention_side(entity: Entity, mention: Span) -> Side:
    return Side(entity.id, entity.type, mention.text, mention)


def score_entities(
    doc_id: str,
    gold: Sequence[Entity],
    system: Sequence[Entity],
    layer: Literal["actors", "places"],
    gold_colours: dict[str, int] | None = None,
    system_colours: dict[str, int] | None = None,
) -> EntityScore:
    """Score actors (``layer="actors"``) or places (``"places"``) of one document.

    Fills ``<layer>``, ``<singular>_mentions`` and ``<singular>_type_accuracy``;
    ``to_gold`` is the alignment (system id -> gold id).
    """
    singular = layer[:-1]
    mention_layer: Layer = "actor_mentions" if layer == "actors" else "place_mentions"
    gc = gold_colours or {}
    sc = system_colours or {}
    gold = sorted(gold, key=lambda e: gc.get(e.id, -1))
    system = sorted(system, key=lambda e: sc.get(e.id, -1))
    pairs = align_entities(
        gold,
        system,
        [gc.get(e.id, -1) for e in gold] if gold_colours is not None else None,
        [sc.get(e.id, -1) for e in system] if system_colours is not None else None,
    )
    score = EntityScore(doc_id, layer=layer)
    entities, mentions, types = Tally(), Tally(), Tally()
    mention_totals = PRF()
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        matched = match_mentions(g, s)
        n = len(matched)
        mention_totals += PRF(n, len(s.mentions) - n, len(g.mentions) - n)
        gold_mentions, system_mentions = _sorted_mentions(g), _sorted_mentions(s)
        taken_gold, taken_system = {i for i, _ in matched}, {j for _, j in matched}
        for i, m in enumerate(gold_mentions):
            if i not in taken_gold:
                score.errors.append(missed(doc_id, mention_layer, _mention_side(g, m)))
        for j, m in enumerate(system_mentions):
            if j not in taken_system:
                score.errors.append(spurious(doc_id, mention_layer, _mention_side(s, m)))
        types.acc(g.type, g.type == s.type)
        if g.type == s.type:
            entities.prf(g.type, tp=1)
            mentions.prf(g.type, tp=n, fp=len(s.mentions) - n, fn=len(g.mentions) - n)
        else:
            entities.prf(g.type, fn=1)
            entities.prf(s.type, fp=1)
            mentions.prf(g.type, fn=len(g.mentions))
            mentions.prf(s.type, fp=len(s.mentions))
            score.errors.append(mismatch(doc_id, layer, "type_mismatch", _side(g, g.type), _side(s, s.type)))
    paired_gold, paired_system = {gi for gi, _ in pairs}, {si for _, si in pairs}
    for gi, g in enumerate(gold):
        if gi not in paired_gold:
            entities.prf(g.type, fn=1)
            mentions.prf(g.type, fn=len(g.mentions))
            mention_totals += PRF(fn=len(g.mentions))
            score.errors.append(missed(doc_id, layer, _side(g)))
    for si, s in enumerate(system):
        if si not in paired_system:
            entities.prf(s.type, fp=1)
            mentions.prf(s.type, fp=len(s.mentions))
            mention_totals += PRF(fp=len(s.mentions))
            score.errors.append(spurious(doc_id, layer, _side(s)))
    n_pairs = len(pairs)
    score.put(layer, PRF(n_pairs, len(system) - n_pairs, len(gold) - n_pairs), entities)
    score.put(f"{singular}_mentions", mention_totals, mentions)
    score.put(f"{singular}_type_accuracy", types.accuracy_total(), types)
    score.to_gold = {system[si].id: gold[gi].id for gi, si in pairs}
    return score
