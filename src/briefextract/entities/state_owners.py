"""A country that owns a government body is the state: "Velnia's Interior Ministry"."""

from __future__ import annotations

from spacy.tokens import Doc

from briefextract.entities.canon import STATE_OWNER, Mention
from briefextract.entities.context import OwnerRecord, owner_rules
from briefextract.rules import RuleSet

# Constructions that make a country the owner of a government body: rule records (label OWNER).
OWNED_BODIES_FILE = "entities/owned_bodies.jsonl"


def owned_bodies(doc: Doc, mentions: list[Mention], rules: RuleSet[OwnerRecord]) -> list[Mention]:
    """A country that the owner records (``models/entities/owned_bodies.jsonl``) make a
    government body's owner is the state: "India's RAW", "Afghanistan's intelligence
    agency NDS"."""
    if not doc.has_annotation("DEP"):
        return mentions
    body_tokens: set[int] = set()
    body_starts: set[int] = set()
    for m in mentions:
        if m.kind == "actor" and m.type == "GOVERNMENT_BODY":
            body = doc.char_span(m.start, m.end, alignment_mode="expand") or []
            body_tokens.update(t.i for t in body)
            body_starts.update(t.i for t in body[:1])
    countries = {
        i: span
        for i, m in enumerate(mentions)
        if m.kind == "place"
        and m.type == "COUNTRY"
        and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
    }
    if not countries or not body_tokens:
        return mentions
    anchors = {t.i for span in countries.values() for t in span}
    matches = rules.matches(doc, anchors=anchors)
    out = list(mentions)
    for i, span in countries.items():
        if owner_rules(span, matches, body_tokens, body_starts):
            out[i] = out[i].then(STATE_OWNER, kind="actor", type="STATE")
    return out
