"""Typed error records: every missed, spurious and disagreeing record a layer finds.

An :class:`ErrorRecord` is ``{"doc_id", "layer", "outcome", "gold", "system"}``
in JSON, where ``gold`` and ``system`` are :class:`Side` objects
``{"id", "type", "text", "evidence"}`` (plus ``"value"`` where the record
carries the disputed value) or null. ``evidence`` is the span (with its text)
an analyst reads to judge the record: an entity's first mention, an event's
evidence sentence, a claim's content, a relation's evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from briefextract.schema.brief import Span

Layer = Literal["actors", "places", "actor_mentions", "place_mentions", "events", "event_arguments",
                "claims", "relations"]  # fmt: skip
Outcome = Literal[
    "missed",
    "spurious",
    "type_mismatch",
    "role_mismatch",
    "date_mismatch",
    "location_mismatch",
    "casualty_mismatch",
    "modality_mismatch",
    "attribution_mismatch",
    "cue_mismatch",
]


class _NoValue:
    """Marks a side that carries no disputed value (so JSON has no ``"value"`` key)."""

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Any = _NoValue()


def span_json(span: Span | None) -> dict[str, Any] | None:
    """``{"start", "end", "text"}`` of a span, or None."""
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


@dataclass(frozen=True)
class Side:
    """One side (gold or system) of an error record."""

    id: str
    type: str
    text: str
    evidence: Span | None
    value: Any = NO_VALUE

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "text": self.text,
            "evidence": span_json(self.evidence),
        }
        if self.value is not NO_VALUE:
            data["value"] = self.value
        return data


@dataclass(frozen=True)
class ErrorRecord:
    """A missed (gold only), spurious (system only) or disagreeing (both sides) record."""

    doc_id: str
    layer: Layer
    outcome: Outcome
    gold: Side | None
    system: Side | None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "layer": self.layer,
            "outcome": self.outcome,
            "gold": None if self.gold is None else self.gold.to_json(),
            "system": None if self.system is None else self.system.to_json(),
        }


def missed(doc_id: str, layer: Layer, gold: Side) -> ErrorRecord:
    return ErrorRecord(doc_id, layer, "missed", gold, None)


def spurious(doc_id: str, layer: Layer, system: Side) -> ErrorRecord:
    return ErrorRecord(doc_id, layer, "spurious", None, system)


def mismatch(doc_id: str, layer: Layer, outcome: Outcome, gold: Side, system: Side) -> ErrorRecord:
    return ErrorRecord(doc_id, layer, outcome, gold, system)
