"""What the end-to-end event tests read off a brief."""

from __future__ import annotations

from briefextract.schema.brief import Brief


def participant_roles(brief: Brief, event_type: str) -> set[tuple[str, str]]:
    """(role, actor name) of every participant of the events of ``event_type``."""
    names = {a.id: a.name for a in brief.actors}
    return {
        (p.role, names[p.ref])
        for e in brief.events
        if e.type == event_type
        for p in e.participants
        if p.ref in names
    }
