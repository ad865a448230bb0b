"""A record a layer makes that does not fit the brief's schema is left out and named in the
brief, and the rest of the document's brief is kept (it used to fail the whole document)."""

from __future__ import annotations

from typing import Any

import spacy

from briefextract.assemble import build_brief
from briefextract.extensions import register_extensions

TEXT = "The Velnar Front bombed a bridge in 2004."


def _event(event_id: str, granularity: str) -> dict[str, Any]:
    year = {"start": 35, "end": 39, "text": "2004"}
    return {
        "id": event_id,
        "type": "BOMBING",
        "trigger": {"start": 17, "end": 23, "text": "bombed"},
        "date": {"text": "2004", "span": year, "value": "2004", "granularity": granularity, "modifier": None},
        "locations": [],
        "participants": [],
        "casualties": None,
        "modality": "asserted",
        "evidence": {"start": 0, "end": len(TEXT), "text": TEXT},
    }


def test_a_record_the_schema_rejects_is_left_out_and_named() -> None:
    register_extensions()
    doc = spacy.blank("en")(TEXT)
    doc._.bx_events = {"e1": _event("e1", "year"), "e2": _event("e2", "reference")}
    brief = build_brief(doc, "invented")
    assert [e.id for e in brief.events] == ["e1"]
    dropped = (brief.model_extra or {}).get("dropped_records")
    assert dropped and dropped[0]["layer"] == "events" and dropped[0]["id"] == "e2"
    assert "granularity" in dropped[0]["problem"]


def test_a_brief_with_nothing_left_out_has_no_such_field() -> None:
    register_extensions()
    doc = spacy.blank("en")(TEXT)
    doc._.bx_events = {"e1": _event("e1", "year")}
    brief = build_brief(doc, "invented")
    assert "dropped_records" not in brief.model_dump()
