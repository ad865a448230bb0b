"""The records of a brief as the view addresses them: a safe HTML key per record, the spans to draw."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefextract.schema.brief import Actor, Brief, Claim, Event, Place, Relation, Span
from briefextract.view.markup import Anchor, Mark

# Extra fields that name the rules that made a record (provenance rides on extra fields).
RULE_FIELDS = ("provenance", "rule", "rules", "rule_id", "rule_ids")

LAYERS = ("actor", "place", "event", "claim", "relation")


def layer_css(layer: str, label: str) -> str:
    """CSS class giving a span its colour: by layer, and for actors and places by type."""
    return f"c-{layer}-{label}" if layer in ("actor", "place") else f"c-{layer}"


@dataclass
class BriefIndex:
    """Keys for every record of one brief: ``actor-0``, ``event-3``, ``relation-12``...

    Keys are positional, so record ids of any spelling never reach an HTML id
    or a CSS selector. ``entity_key`` maps an actor or place id to its key.
    """

    brief: Brief
    entity_key: dict[str, str] = field(default_factory=dict)
    entity_name: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, brief: Brief) -> BriefIndex:
        index = cls(brief)
        for i, actor in enumerate(brief.actors):
            index.entity_key.setdefault(actor.id, f"actor-{i}")
            index.entity_name.setdefault(actor.id, actor.name)
        for i, place in enumerate(brief.places):
            index.entity_key.setdefault(place.id, f"place-{i}")
            index.entity_name.setdefault(place.id, place.name)
        return index

    def records(self) -> list[tuple[str, str, Actor | Place | Event | Claim | Relation]]:
        """``(layer, key, record)`` for every record, in brief order."""
        b = self.brief
        out: list[tuple[str, str, Any]] = []
        out += [("actor", f"actor-{i}", r) for i, r in enumerate(b.actors)]
        out += [("place", f"place-{i}", r) for i, r in enumerate(b.places)]
        out += [("event", f"event-{i}", r) for i, r in enumerate(b.events)]
        out += [("claim", f"claim-{i}", r) for i, r in enumerate(b.claims)]
        out += [("relation", f"relation-{i}", r) for i, r in enumerate(b.relations)]
        return out


def rule_ids(record: Any) -> list[str]:
    """The rule ids an extractor attached to a record, from whichever provenance field it used."""
    extra = record.model_extra or {}
    found: list[str] = []
    for name in RULE_FIELDS:
        value = extra.get(name)
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list):
            found += [str(v) for v in value]
    return list(dict.fromkeys(found))


def mention_id(key: str, k: int | str) -> str:
    """Id of the drawn span ``k`` of a record (a mention index, or ``date``)."""
    return f"m-{key}-{k}"


def marks_and_anchors(index: BriefIndex, prefix: str = "") -> tuple[list[Mark], list[Anchor]]:
    """Spans to draw (mentions, triggers, cues, contents, dates) and evidence anchors of a brief.

    ``prefix`` keeps ids apart when two briefs share a page (the evaluation report).
    """
    marks: list[Mark] = []
    anchors: list[Anchor] = []

    def mark(span: Span, label: str, css: str, key: str, ident: str | None, title: str) -> None:
        marks.append(Mark(span.start, span.end, label, css, prefix + key, ident and prefix + ident, title))

    def evidence(span: Span, key: str) -> None:
        anchors.append(Anchor(span.start, f"{prefix}ev-{key}"))
        anchors.append(Anchor(span.end, f"{prefix}ev-{key}-end"))

    for layer, key, rec in index.records():
        if isinstance(rec, Actor | Place):
            for k, m in enumerate(rec.mentions):
                mark(
                    m, rec.type, layer_css(layer, rec.type), key, mention_id(key, k), f"{rec.name} ({rec.id})"
                )
        elif isinstance(rec, Event):
            mark(rec.trigger, rec.type, layer_css(layer, rec.type), key, mention_id(key, 0), rec.id)
            if rec.date is not None and rec.date.span is not None:
                mark(rec.date.span, "TIME", "c-time", key, mention_id(key, "date"), f"{rec.id} date")
            evidence(rec.evidence, key)
        elif isinstance(rec, Claim):
            mark(rec.cue, "CUE", "c-cue", key, mention_id(key, 0), rec.id)
            mark(rec.content, f"CLAIM {rec.kind}", "c-claim", key, mention_id(key, 1), rec.id)
            evidence(rec.content, key)
            if rec.date is not None and rec.date.span is not None:
                mark(rec.date.span, "TIME", "c-time", key, mention_id(key, "date"), f"{rec.id} date")
        else:
            evidence(rec.evidence, key)
            if rec.date is not None and rec.date.span is not None:
                mark(rec.date.span, "TIME", "c-time", key, mention_id(key, "date"), f"{rec.type} date")
    return marks, anchors


def relation_text(index: BriefIndex, relation: Relation) -> str:
    names = index.entity_name
    return (
        f"{names.get(relation.head, relation.head)} {relation.type} {names.get(relation.tail, relation.tail)}"
    )
