"""Names listed together are of a kind: a name listed with places is a place, one listed
with full personal names only is a person (the coordination records,
``models/entities/coordination.jsonl``)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.entities.canon import Mention
from briefextract.rules import RuleRecord, RuleSet

# Which names are coordinated with which: rule records (labels PARTNER, LIST_MEMBER).
COORDINATION_FILE = "entities/coordination.jsonl"


def coordinate(doc: Doc, mentions: list[Mention], rules: RuleSet[RuleRecord]) -> list[Mention]:
    """A statistical name coordinated with known places is a place too: "Velna, Tarvosa, and Ordin"."""
    if not doc.has_annotation("DEP"):
        return mentions
    place_at: dict[int, Mention] = {}
    actor_at: set[int] = set()
    for m in mentions:
        toks = doc.char_span(m.start, m.end, alignment_mode="expand") or []
        if m.kind == "place" and m.source == "gazetteer":
            for tok in toks:
                place_at[tok.i] = m
        elif m.kind == "actor":
            actor_at.update(tok.i for tok in toks)
    person_at = {
        tok.i
        for m in mentions
        if m.type == "PERSON" and m.source == "ner" and len(m.text.split()) > 1
        for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or []
    }
    spans = {
        k: span
        for k, m in enumerate(mentions)
        if m.source == "ner" and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
    }
    partners: dict[int, dict[str, set[int]]] = {}
    for match in rules.matches(doc, anchors={span.root.i for span in spans.values()}):
        partner = match.node("partner")
        if partner is not None:
            partners.setdefault(match.anchor, {}).setdefault(match.rule.label, set()).add(partner)
    out = []
    for k, m in enumerate(mentions):
        span = spans.get(k)
        if span is None:
            out.append(m)
            continue
        found = partners.get(span.root.i, {})
        near = {t for t in found.get("PARTNER", ()) if not span.start <= t < span.end}
        listed = near | {t for t in found.get("LIST_MEMBER", ()) if not span.start <= t < span.end}
        if (m.typed_by_default or m.kind == "place") and len(span) > 1:
            # "A, B, C and D": an untyped name or a place no gazetteer knows, listed with
            # full personal names only, is a person too.
            named = [t for t in listed if t in person_at or t in actor_at or t in place_at]
            if named and all(t in person_at for t in named):
                m = m.then("listed", kind="actor", type="PERSON", key=None, country=None)
                out.append(m)
                continue
        if m.kind == "actor":
            place = next((place_at[t] for t in sorted(near) if t in place_at), None)
            named = [t for t in near if t in actor_at or t in place_at]
            # Only when every named conjunct is a place: a list of people may hold a town-like surname.
            if place is not None and all(t in place_at for t in named):
                m = m.then("coordinated", kind="place", type=place.type)
        out.append(m)
    return out
