"""The events as the layer hands them on: ``bx_events`` trigger spans (``label_`` the
event type, ``kb_id_`` the event id, ``id_`` the trigger rule) and ``doc._.bx_events``
(event id -> record with provenance)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from briefextract.events.event_candidate import Candidate, DocFacts
from briefextract.events.parse import sentence_evidence
from briefextract.extensions import SPAN_GROUP_EVENTS


def write_events(facts: DocFacts, kept: list[Candidate]) -> None:
    """Number the events ``e1``, ``e2``... in order and write their spans and records."""
    doc, text = facts.doc, facts.text
    spans: list[Span] = []
    records: dict[str, dict[str, Any]] = {}
    for n, c in enumerate(kept, start=1):
        eid = f"e{n}"
        trig = doc[c.start : c.end]
        ev_start, ev_end = sentence_evidence(text, *facts.sent_chars(c.head))
        casualties = None
        if c.casualties:
            casualties = {"killed": c.casualties.get("killed"), "injured": c.casualties.get("injured")}
        record: dict[str, Any] = {
            "id": eid,
            "type": c.type,
            "trigger": _span(text, trig.start_char, trig.end_char),
            "date": c.date,
            "locations": c.locations,
            "participants": [{"role": role, "ref": ref} for role, ref, *_ in c.participants],
            "casualties": casualties,
            "modality": c.modality,
            "evidence": _span(text, ev_start, ev_end),
            "provenance": {
                "trigger": c.rule,
                "participants": [rule for _, _, rule, *_ in c.participants],
                "date": c.date_rule,
                "modality": c.modality_rule,
            },
        }
        if c.restatements:
            record["restatements"] = [
                _span(text, doc[a:b].start_char, doc[a:b].end_char) for a, b in c.restatements
            ]
        if len(c.figures) > 1:
            record["casualty_figures"] = c.figures
        records[eid] = record
        spans.append(Span(doc, c.start, c.end, label=c.type, kb_id=eid, span_id=c.rule))
    doc.spans[SPAN_GROUP_EVENTS] = spans
    doc._.bx_events = records


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}
