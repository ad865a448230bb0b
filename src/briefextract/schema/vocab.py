"""The annotation vocabularies of ANNOTATION.md v1.1, in one place."""

from __future__ import annotations

from typing import Literal, get_args

ActorType = Literal[
    "ARMED_GROUP",
    "STATE",
    "GOVERNMENT_BODY",
    "INTERNATIONAL_ORG",
    "PERSON",
    "POLITICAL_GROUP",
    "RESEARCH_MEDIA",
]
PlaceType = Literal["CITY", "REGION", "COUNTRY", "OTHER"]
EventType = Literal[
    "ATTACK",
    "BOMBING",
    "KIDNAPPING",
    "MILITARY_OPERATION",
    "TAKEOVER",
    "REBELLION",
    "COUP",
    "FOUNDING",
    "SPLIT",
    "MERGER",
    "RENAMING",
    "ALLIANCE",
    "LEADERSHIP",
    "DESIGNATION",
    "DELISTING",
    "ARREST",
    "SENTENCING",
    "DEPLOYMENT",
    "ASSISTANCE",
    "ELECTION",
    "AGREEMENT",
]
Role = Literal["agent", "patient", "result", "mission", "requester"]
Modality = Literal["asserted", "negated", "uncertain", "hypothetical"]
CasualtyModifier = Literal["AT_LEAST", "AT_MOST", "ABOUT", "MORE_THAN"]
Granularity = Literal["day", "month", "season", "year", "decade", "century", "interval"]
TimeModifier = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER"]
ClaimKind = Literal["direct", "indirect", "mixed"]
RelationType = Literal[
    "LEADER_OF",
    "MEMBER_OF",
    "FOUNDER_OF",
    "SPLINTER_OF",
    "SUCCESSOR_OF",
    "MERGED_INTO",
    "AFFILIATE_OF",
    "ALLIED_WITH",
    "ENEMY_OF",
    "PART_OF",
    "OPERATES_IN",
]

ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)
PLACE_TYPES: tuple[str, ...] = get_args(PlaceType)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
ROLES: tuple[str, ...] = get_args(Role)
MODALITIES: tuple[str, ...] = get_args(Modality)
CASUALTY_MODIFIERS: tuple[str, ...] = get_args(CasualtyModifier)
GRANULARITIES: tuple[str, ...] = get_args(Granularity)
TIME_MODIFIERS: tuple[str, ...] = get_args(TimeModifier)
CLAIM_KINDS: tuple[str, ...] = get_args(ClaimKind)
RELATION_TYPES: tuple[str, ...] = get_args(RelationType)

# The actor types that are organisations (every actor but a person or a state).
ORGANISATION_TYPES: frozenset[str] = frozenset(ACTOR_TYPES) - {"PERSON", "STATE"}

# Relations whose direction carries no meaning: either order matches.
SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"ALLIED_WITH"})
