"""Scoring one document: a gold brief against a system brief, layer by layer.

Entities first (their alignment maps system refs into gold space), then
events, claims and relations. Each layer module documents what its counters
count and which error records it writes:
:mod:`~briefextract.scoring.entity_scores`, :mod:`~briefextract.scoring.event_scores`
(with :mod:`~briefextract.scoring.argument_scores`),
:mod:`~briefextract.scoring.claim_scores`, :mod:`~briefextract.scoring.relation_scores`.
Records are put in content order (:mod:`~briefextract.scoring.order`) before
matching, so shuffling records or renaming ids consistently changes no figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefextract.schema.brief import Brief
from briefextract.scoring.claim_scores import ClaimScore, score_claims
from briefextract.scoring.entity_scores import Alignment, EntityScore, score_entities
from briefextract.scoring.error_records import ErrorRecord
from briefextract.scoring.event_scores import EventScore, score_events
from briefextract.scoring.figures import KEYS, Figure
from briefextract.scoring.order import entity_colours
from briefextract.scoring.relation_scores import RelationScore, score_relations


@dataclass
class DocumentScore:
    """Every layer's result for one document, and their figures in report order."""

    doc_id: str
    actors: EntityScore
    places: EntityScore
    events: EventScore
    claims: ClaimScore
    relations: RelationScore
    figures: dict[str, Figure] = field(default_factory=dict)
    per_type: dict[str, dict[str, Figure]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        layers = (self.actors, self.places, self.events, self.claims, self.relations)
        figures = {key: f for layer in layers for key, f in layer.figures.items()}
        per_type = {key: t for layer in layers for key, t in layer.per_type.items()}
        # Every layer fills its keys; put them in report order so every consumer sees one order.
        assert set(figures) == set(KEYS), sorted(set(KEYS) ^ set(figures))
        self.figures = {key: figures[key] for key in KEYS}
        self.per_type = {key: per_type[key] for key in KEYS}

    @property
    def errors(self) -> list[ErrorRecord]:
        """Error records of every layer, layer by layer."""
        layers = (self.actors, self.places, self.events, self.claims, self.relations)
        return [error for layer in layers for error in layer.errors]


def score_document(gold: Brief, system: Brief) -> DocumentScore:
    """Every layer of one document: ``system`` scored against ``gold`` (same doc_id assumed)."""
    doc_id = gold.doc_id
    colours = entity_colours(gold, system)
    actors = score_entities(doc_id, gold.actors, system.actors, "actors", colours.gold, colours.system)
    places = score_entities(doc_id, gold.places, system.places, "places", colours.gold, colours.system)
    alignment = Alignment({**actors.to_gold, **places.to_gold})
    return DocumentScore(
        doc_id,
        actors=actors,
        places=places,
        events=score_events(
            doc_id, gold.events, system.events, alignment, colours.of_gold, colours.of_system
        ),
        claims=score_claims(
            doc_id, gold.claims, system.claims, alignment, colours.of_gold, colours.of_system
        ),
        relations=score_relations(doc_id, gold, system, alignment),
    )
