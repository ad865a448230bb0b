"""Event records -> relations: one case per mapping record, and the filters."""

from __future__ import annotations

from typing import Any

import pytest

from briefextract.relations.from_events import event_candidates
from briefextract.relations.relation_rules import EventRelationRule, expand_types
from briefextract.rules import Lexicon

from .conftest import EVENT_RULES, IMPLIED_RULES, LEXICON_PATH

SPAN = {"start": 0, "end": 10, "text": "0123456789"}


def event(etype: str, participants: list[tuple[str, str]], **extra: Any) -> dict[str, Any]:
    return {
        "id": "e1",
        "type": etype,
        "trigger": {"start": 2, "end": 5, "text": "234"},
        "evidence": SPAN,
        "participants": [{"role": r, "ref": ref} for r, ref in participants],
        "locations": extra.pop("locations", []),
        "modality": extra.pop("modality", "asserted"),
        **extra,
    }


def example_type(names: list[str]) -> str:
    """A type the record allows, preferring a group."""
    allowed = expand_types(names)
    for t in ("ARMED_GROUP", "PERSON", "STATE", "CITY"):
        if t in allowed:
            return t
    return sorted(allowed)[0]


@pytest.mark.parametrize("rule", EVENT_RULES, ids=[r.id for r in EVENT_RULES])
def test_every_mapping_maps_its_roles(rule: EventRelationRule) -> None:
    types = {"h1": example_type(rule.head_types), "t1": example_type(rule.tail_types)}
    if rule.head_role == rule.tail_role:
        ev = event(rule.event_type, [(rule.head_role, "h1"), (rule.tail_role, "t1")])
    else:
        parts = [(rule.head_role, "h1")] if rule.head_role != "location" else []
        parts += [(rule.tail_role, "t1")] if rule.tail_role != "location" else []
        locations = ["t1"] if rule.tail_role == "location" else []
        ev = event(rule.event_type, parts, locations=locations)
    found = [c for c in event_candidates([ev], [rule], types) if c.provenance == f"{rule.id}@e1"]
    assert [(c.head, c.type, c.tail) for c in found] == [("h1", rule.label, "t1")]
    assert found[0].evidence == (0, 10) and found[0].marked == (2, 5)


TYPES = {
    "front": "ARMED_GROUP",
    "guard": "ARMED_GROUP",
    "star": "ARMED_GROUP",
    "vell": "PERSON",
    "velm": "REGION",
    "velmar": "CITY",
    "freedonia": "COUNTRY",
    "main_street": "OTHER",
}
RULES = {r.id: r for r in EVENT_RULES}


@pytest.mark.parametrize(
    ("ev", "expected"),
    [
        (event("SPLIT", [("agent", "guard"), ("patient", "front")]), [("guard", "SPLINTER_OF", "front")]),
        (event("SPLIT", [("agent", "guard"), ("patient", "front")], modality="uncertain"), []),
        (event("SPLIT", [("agent", "guard"), ("patient", "front")], modality="negated"), []),
        (event("RENAMING", [("agent", "front"), ("result", "star")]), [("star", "SUCCESSOR_OF", "front")]),
        (
            event("MERGER", [("agent", "front"), ("agent", "guard"), ("result", "star")]),
            [("front", "MERGED_INTO", "star"), ("guard", "MERGED_INTO", "star")],
        ),
        (
            event("ALLIANCE", [("agent", "front"), ("agent", "guard"), ("agent", "star")]),
            [
                ("front", "ALLIED_WITH", "guard"),
                ("front", "ALLIED_WITH", "star"),
                ("guard", "ALLIED_WITH", "star"),
            ],
        ),
        (event("LEADERSHIP", [("agent", "vell"), ("patient", "front")]), [("vell", "LEADER_OF", "front")]),
        (event("LEADERSHIP", [("agent", "guard"), ("patient", "front")]), []),
        (
            event("ATTACK", [("agent", "front"), ("patient", "guard")], locations=["velm"]),
            [("front", "ENEMY_OF", "guard"), ("front", "OPERATES_IN", "velm")],
        ),
        (event("ATTACK", [("agent", "front"), ("patient", "front")]), []),
        (
            event("BOMBING", [("agent", "front")], locations=["main_street", "velmar", "freedonia"]),
            [("front", "OPERATES_IN", "velmar")],
        ),
        (
            event("BOMBING", [("agent", "front")], locations=["main_street", "freedonia"]),
            [("front", "OPERATES_IN", "freedonia")],
        ),
        (event("KIDNAPPING", [("agent", "front"), ("patient", "guard")]), []),
        (event("KIDNAPPING", [("agent", "front"), ("patient", "vell")]), [("front", "ENEMY_OF", "vell")]),
    ],
    ids=[
        "split",
        "split-uncertain",
        "split-negated",
        "renaming",
        "merger",
        "alliance-pairs-once",
        "leadership",
        "leadership-needs-person",
        "attack",
        "self",
        "city-before-country-never-street",
        "country-when-no-city",
        "kidnapping-a-group",
        "kidnapping-a-person",
    ],
)
def test_event_table(ev: dict[str, Any], expected: list[tuple[str, str, str]]) -> None:
    found = event_candidates([ev], list(RULES.values()), TYPES)
    assert sorted((c.head, c.type, c.tail) for c in found) == sorted(expected)


def test_event_date_keeps_only_brief_fields() -> None:
    date = {
        "text": "1990",
        "span": None,
        "value": "1990",
        "granularity": "year",
        "modifier": None,
        "kind": "date",
    }
    ev = event("SPLIT", [("agent", "guard"), ("patient", "front")], date=date)
    (c,) = event_candidates([ev], [RULES["split-leaver"]], TYPES)
    assert c.date == {"text": "1990", "span": None, "value": "1990", "granularity": "year", "modifier": None}


@pytest.mark.pipeline
@pytest.mark.parametrize(
    ("text", "trigger", "subject", "expected"),
    [
        # A description standing for the group last named is the agent it lacks.
        ("The Red Hand Front grew. In May the group bombed a depot in Velmar.", "bombed", "group", "front"),
        # A named subject of a coordinated verb the event layer left without agent.
        ("The Red Hand Front left the coalition and merged into the Star Guard.", "merged", "Front", "front"),
        # A noun trigger carried out by the subject of its verb.
        ("The Red Hand Front grew. Later the group launched attacks on Velmar.", "attacks", "group", "front"),
        # ... but not the subject of any verb ("the minister condemned the attacks").
        ("The Red Hand Front grew. The minister condemned the attacks.", "attacks", None, None),
        # A passive clause's subject suffered the act: no agent.
        ("The Red Hand Front was bombed in Velmar.", "bombed", None, None),
    ],
)
def test_implied_agent_is_the_triggers_subject(
    parser: Any, text: str, trigger: str, subject: str | None, expected: str | None
) -> None:
    from briefextract.relations.from_events import ImpliedAgents, with_implied_agents

    doc = parser(text)
    start = text.index(trigger)
    span = {"start": start, "end": start + len(trigger), "text": trigger}
    ev = {**event("BOMBING", []), "trigger": span}
    readings = ImpliedAgents(doc.vocab, IMPLIED_RULES, Lexicon.from_files([LEXICON_PATH]))
    root = doc.char_span(span["start"], span["end"]).root.i
    found_by_records = readings.subjects(doc, [root])[root]
    assert (doc[found_by_records].text if found_by_records is not None else None) == subject

    def names(token: Any) -> list[str]:
        return ["front"] if token.text in {"group", "Front"} else []

    (out,) = with_implied_agents(doc, [ev], names, readings)
    agents = [p["ref"] for p in out["participants"] if p["role"] == "agent"]
    assert agents == ([expected] if expected else [])
    # An event that has its agent keeps it.
    named = event("BOMBING", [("agent", "star")])
    assert with_implied_agents(doc, [named], names, readings) == [named]
