"""The records of the relations layer: stative constructions, event mappings and the
readings of an event's clause that give it an implied agent."""

from __future__ import annotations

import functools
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from briefextract.rules.records import RuleRecord
from briefextract.schema.vocab import (
    ACTOR_TYPES,
    EVENT_TYPES,
    MODALITIES,
    ORGANISATION_TYPES,
    PLACE_TYPES,
    ROLES,
    RelationType,
)

# Entity type classes a record may name besides the types themselves.
TYPE_CLASSES: dict[str, frozenset[str]] = {
    "*": frozenset(ACTOR_TYPES) | frozenset(PLACE_TYPES),
    "ACTOR": frozenset(ACTOR_TYPES),
    "PLACE": frozenset(PLACE_TYPES),
    "ORG": ORGANISATION_TYPES,
}
# An event role, or the event's locations.
EVENT_SLOT_NAMES: tuple[str, ...] = (*ROLES, "location")


def expand_types(names: list[str]) -> frozenset[str]:
    """The entity types that ``names`` (types or classes) allow."""
    return _expand(tuple(names))


@functools.lru_cache(maxsize=256)
def _expand(names: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        out |= TYPE_CLASSES.get(name, frozenset({name}))
    return frozenset(out)


def _check_types(names: list[str]) -> list[str]:
    known = set(TYPE_CLASSES) | set(ACTOR_TYPES) | set(PLACE_TYPES)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"unknown entity types {unknown}")
    if not names:
        raise ValueError("at least one entity type is needed")
    return names


class RelationRule(RuleRecord):
    """A stative construction: a dependency pattern whose ``head`` and ``tail`` nodes
    name the two ends of a relation of type ``label``.

    ``head_types``/``tail_types`` restrict the entity types at each end (types or
    the classes ``*``, ``ACTOR``, ``PLACE``, ``ORG``); ``spread`` lets the relation
    reach every conjunct and apposition of an end ("X and Y", "groups including X");
    ``inside_name`` lets both ends lie inside one name ("the Freedonian Army");
    ``climb`` reads an end's list from its first item when the end is a later one
    ("A, B and other Y leaders": the pattern reaches B); ``yields_to`` names records
    that, matching at this record's anchor token, read the clause more specifically, so
    this record states nothing there ("X and Y clashed" yields to "X and Y clashed with Z").
    """

    label: RelationType
    matcher: Literal["dependency"] = "dependency"
    head: str = Field(min_length=1)
    tail: str = Field(min_length=1)
    head_types: list[str] = Field(default_factory=lambda: ["*"])
    tail_types: list[str] = Field(default_factory=lambda: ["*"])
    spread: bool = True
    inside_name: bool = False
    climb: bool = False
    yields_to: list[str] = Field(default_factory=list)

    _types = field_validator("head_types", "tail_types")(_check_types)

    @model_validator(mode="after")
    def _ends_are_nodes(self) -> RelationRule:
        names = {p.get("RIGHT_ID") for p in self.pattern}
        for end in (self.head, self.tail):
            if end not in names:
                raise ValueError(f"end node {end!r} is not a RIGHT_ID of the pattern")
        return self


class EventRelationRule(BaseModel):
    """An event mapping: in an event of ``event_type`` (with a modality in
    ``modalities``), every ref in ``head_role`` stands in relation ``label`` to every
    ref in ``tail_role`` ("location" is the event's places).

    ``implied_tail``: an event with no ref in ``tail_role`` takes the group the text is
    discussing where its trigger stands (a group named earlier in the trigger's sentence,
    else the group the document is about, else the last group named), other than the
    event's own refs: "In 1999 a faction broke away to form X" leaves the group the text
    is about."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    label: RelationType
    event_type: str
    head_role: str
    tail_role: str
    head_types: list[str] = Field(default_factory=lambda: ["*"])
    tail_types: list[str] = Field(default_factory=lambda: ["*"])
    modalities: list[str] = Field(default_factory=lambda: ["asserted"])
    prefer: list[str] = Field(default_factory=list)
    implied_tail: bool = False
    comment: str = Field(min_length=1)
    examples: list[str] = Field(default_factory=list)

    _types = field_validator("head_types", "tail_types")(_check_types)

    @field_validator("event_type")
    @classmethod
    def _event_type(cls, value: str) -> str:
        if value not in EVENT_TYPES:
            raise ValueError(f"unknown event type {value!r}")
        return value

    @field_validator("head_role", "tail_role")
    @classmethod
    def _role(cls, value: str) -> str:
        if value not in EVENT_SLOT_NAMES:
            raise ValueError(f"unknown role {value!r}; one of {EVENT_SLOT_NAMES}")
        return value

    @field_validator("modalities")
    @classmethod
    def _modalities(cls, value: list[str]) -> list[str]:
        unknown = [m for m in value if m not in MODALITIES]
        if unknown or not value:
            raise ValueError(f"modalities must be a non-empty subset of {MODALITIES}")
        return value


ImpliedAgentLabel = Literal["ACT_CLAUSE", "PASSIVE", "SUBJECT", "SHARED_SUBJECT"]
# The labels whose record names the node the reading leads to in ``target``.
TARGETED_LABELS: frozenset[str] = frozenset({"ACT_CLAUSE", "SUBJECT", "SHARED_SUBJECT"})


class ImpliedAgentRule(RuleRecord):
    """How an event without an agent takes one from its trigger's clause: a dependency
    pattern anchored at the trigger (``ACT_CLAUSE``) or at a clause's verb (the others).

    ``ACT_CLAUSE``: the act is told by node ``target``'s clause, not the trigger's ("X
    launched *attacks*": the clause of "launched"). At each clause, from the trigger's
    (or that one) upward, the first reading that matches decides, in this order:
    ``PASSIVE``: the clause's subject suffered the act, so it names no agent ("X was
    bombed"); ``SUBJECT``: node ``target`` is the clause's subject, the agent ("X bombed
    Y"; of several, the first); ``SHARED_SUBJECT``: the clause shares the subject of
    node ``target``'s clause, read next ("X went on to bomb Y", "X seized and held Y").
    """

    label: ImpliedAgentLabel
    matcher: Literal["dependency"] = "dependency"
    target: str | None = None

    @model_validator(mode="after")
    def _target_is_a_node(self) -> ImpliedAgentRule:
        names = {p.get("RIGHT_ID") for p in self.pattern}
        if (self.label in TARGETED_LABELS) != (self.target is not None):
            raise ValueError(
                f"a {self.label} record {'names' if self.label in TARGETED_LABELS else 'has no'} target"
            )
        if self.target is not None and self.target not in names:
            raise ValueError(f"target {self.target!r} is not a RIGHT_ID of the pattern")
        return self


class DescriptionRule(RuleRecord):
    """A reading of a description, a common noun that stands for what another word names
    ("X, a group based in Y", "X is a group", "a group known as X"): a dependency pattern
    whose ``description`` node is the noun and ``named`` node the word whose entity it
    names. ``first_per`` names a node: of the matches that share it, only the first named
    word in text order that names an entity counts (one name per naming clause)."""

    first_per: str | None = None

    @model_validator(mode="after")
    def _description_nodes(self) -> DescriptionRule:
        if self.matcher != "dependency":
            raise ValueError("a description record is a dependency pattern")
        names = {p.get("RIGHT_ID") for p in self.pattern}
        needed = {"description", "named"} | ({self.first_per} if self.first_per else set())
        if missing := sorted(needed - names):
            raise ValueError(f"nodes {missing} are not RIGHT_IDs of the pattern")
        return self
