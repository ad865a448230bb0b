"""What kind of body a unit or programme is, from whose it is: "the Velna Battalion of the
Kenyan army" is a government body (the unit-type records, ``models/entities/unit_types.jsonl``)."""

from __future__ import annotations

from pydantic import Field
from spacy.tokens import Doc

from briefextract.entities.canon import Mention
from briefextract.rules import RuleRecord, RuleSet
from briefextract.schema.vocab import ORGANISATION_TYPES

# Constructions that say what kind of body a unit or programme is from whose it is: rule
# records (label: the actor type of the name that ends in the match's first word or node).
UNIT_TYPES_FILE = "entities/unit_types.jsonl"


class UnitTypeRecord(RuleRecord):
    """A unit-type record; ``owner_types``, when given, asks for an owner: the name takes the
    label only when a mention of one of these types starts where the match ends."""

    owner_types: list[str] = Field(default_factory=list)


def unit_types(doc: Doc, mentions: list[Mention], rules: RuleSet[UnitTypeRecord]) -> list[Mention]:
    """An organisation's name ending where a unit-type record's match begins (a token
    record's first word, a dependency record's "name" node) takes the record's type: "the
    9 Velna Battalion of the Kenyan army", "the Velna Unit of the Tarrow Police Department"
    and "the administration established the Velna Partnership" are government bodies. A
    listed body keeps its listed type."""
    if not doc.has_annotation("DEP"):
        return mentions
    starts = {m.start: m.type for m in mentions if m.kind == "actor"}
    typed = {
        doc[match.start].idx: match.rule
        for match in rules.matches(doc)
        if not match.rule.owner_types
        or (match.end < len(doc) and starts.get(doc[match.end].idx) in match.rule.owner_types)
    }
    if not typed:
        return mentions
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        rule = typed.get(span[-1].idx) if span is not None and m.kind == "actor" else None
        if rule is not None and m.type in ORGANISATION_TYPES and m.source != "gazetteer":
            m = m.then(rule.id, type=rule.label)
        out.append(m)
    return out
