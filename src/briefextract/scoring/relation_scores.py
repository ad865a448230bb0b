"""Relations: ``(aligned head, type, aligned tail)`` triples.

System ends are mapped through the entity alignment (an unaligned end matches
nothing); ALLIED_WITH is unordered; a triple stated twice counts once;
counters per relation type. Error records (layer ``relations``): ``missed``
and ``spurious`` triples, each shown with the relation that states it first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefextract.schema.brief import Brief, Relation
from briefextract.schema.vocab import SYMMETRIC_RELATIONS
from briefextract.scoring.entity_scores import Alignment, Ref
from briefextract.scoring.error_records import Side, missed, spurious
from briefextract.scoring.figures import PRF, LayerScore, Tally
from briefextract.scoring.order import span_key

Triple = tuple[Ref, str, Ref]


@dataclass
class RelationScore(LayerScore):
    """Relations of one document: triple figures and errors."""

    @property
    def relations(self) -> PRF:
        return self.prf("relations")


def _triple(head: Ref, label: str, tail: Ref) -> Triple:
    if label in SYMMETRIC_RELATIONS and tail < head:
        head, tail = tail, head
    return (head, label, tail)


def triples(relations: Iterable[Relation], ref: Callable[[str], Ref]) -> dict[Triple, Relation]:
    """Distinct triples, each with the relation stating it first in the text (for error records)."""
    ordered = sorted(relations, key=lambda r: (span_key(r.evidence), r.type, r.head, r.tail))
    found: dict[Triple, Relation] = {}
    for relation in ordered:
        found.setdefault(_triple(ref(relation.head), relation.type, ref(relation.tail)), relation)
    return found


def score_relations(doc_id: str, gold: Brief, system: Brief, alignment: Alignment) -> RelationScore:
    """Score the relation triples of one document."""
    gold_triples = triples(gold.relations, Alignment.gold_ref)
    system_triples = triples(system.relations, alignment.system_ref)
    gold_names = {e.id: e.name for e in (*gold.actors, *gold.places)}
    system_names = {e.id: e.name for e in (*system.actors, *system.places)}

    def side(relation: Relation, names: dict[str, str]) -> Side:
        head, tail = names.get(relation.head, relation.head), names.get(relation.tail, relation.tail)
        record_id = f"{relation.head} {relation.type} {relation.tail}"
        return Side(record_id, relation.type, f"{head} {relation.type} {tail}", relation.evidence)

    score = RelationScore(doc_id)
    tally = Tally()
    for triple, relation in gold_triples.items():
        if triple in system_triples:
            tally.prf(relation.type, tp=1)
        else:
            tally.prf(relation.type, fn=1)
            score.errors.append(missed(doc_id, "relations", side(relation, gold_names)))
    for triple, relation in system_triples.items():
        if triple not in gold_triples:
            tally.prf(relation.type, fp=1)
            score.errors.append(spurious(doc_id, "relations", side(relation, system_names)))
    score.put("relations", tally.prf_total(), tally)
    return score
