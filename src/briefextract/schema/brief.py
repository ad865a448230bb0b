"""The brief: pydantic models implementing ANNOTATION.md v1.1.

Briefs (system output and gold) accept extra fields, which the scorer ignores;
provenance rides on them. Span integrity against the document text is checked
by :func:`check_brief`, because a span alone cannot see its document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from briefextract.schema.vocab import (
    ActorType,
    CasualtyModifier,
    ClaimKind,
    EventType,
    Granularity,
    Modality,
    PlaceType,
    RelationType,
    Role,
    TimeModifier,
)


class _Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(_Record):
    """Character offsets into the document (code points, ``end`` exclusive)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but offsets "
                f"{self.start}-{self.end} cover {self.end - self.start}"
            )
        return self


class Actor(_Record):
    id: str = Field(min_length=1)
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Place(_Record):
    id: str = Field(min_length=1)
    name: str
    type: PlaceType
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _iso2(cls, value: str | None) -> str | None:
        if value is not None and (len(value) != 2 or not value.isalpha() or not value.isupper()):
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {value!r}")
        return value


class TimeValue(_Record):
    text: str | None = None
    span: Span | None = None
    value: str | None = None
    granularity: Granularity
    modifier: TimeModifier | None = None


class Count(_Record):
    value: int = Field(ge=0)
    modifier: CasualtyModifier | None = None


class Casualties(_Record):
    killed: Count | None = None
    injured: Count | None = None


class Participant(_Record):
    role: Role
    ref: str


class Event(_Record):
    id: str = Field(min_length=1)
    type: EventType
    trigger: Span
    date: TimeValue | None = None
    locations: list[str] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    casualties: Casualties | None = None
    modality: Modality = "asserted"
    evidence: Span


class Claim(_Record):
    id: str = Field(min_length=1)
    source: str | None = None
    source_text: str
    cue: Span
    content: Span
    kind: ClaimKind
    date: TimeValue | None = None
    hedged: bool = False
    about: list[str] = Field(default_factory=list)


class Relation(_Record):
    head: str
    type: RelationType
    tail: str
    evidence: Span
    date: TimeValue | None = None


class Brief(_Record):
    doc_id: str = Field(min_length=1)
    text_sha256: str
    title: str | None = None
    document_date: str | None = None
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the brief with a path naming the record that holds it."""
        for a in self.actors:
            for i, m in enumerate(a.mentions):
                yield f"actor {a.id!r} mention {i}", m
        for p in self.places:
            for i, m in enumerate(p.mentions):
                yield f"place {p.id!r} mention {i}", m
        for e in self.events:
            yield f"event {e.id!r} trigger", e.trigger
            yield f"event {e.id!r} evidence", e.evidence
            if e.date is not None and e.date.span is not None:
                yield f"event {e.id!r} date", e.date.span
        for c in self.claims:
            yield f"claim {c.id!r} cue", c.cue
            yield f"claim {c.id!r} content", c.content
            if c.date is not None and c.date.span is not None:
                yield f"claim {c.id!r} date", c.date.span
        for k, r in enumerate(self.relations):
            yield f"relation {k} ({r.head} {r.type} {r.tail}) evidence", r.evidence
            if r.date is not None and r.date.span is not None:
                yield f"relation {k} date", r.date.span


def text_sha256(text: str) -> str:
    """The ``text_sha256`` of a document: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reference_problems(brief: Brief) -> list[str]:
    """Dangling or duplicate ids, each as a sentence naming the record."""
    problems: list[str] = []
    actor_ids = [a.id for a in brief.actors]
    place_ids = [p.id for p in brief.places]
    entity_ids = actor_ids + place_ids
    seen: set[str] = set()
    for eid in entity_ids:
        if eid in seen:
            problems.append(f"id {eid!r} is used by more than one actor or place")
        seen.add(eid)
    actors, places, entities = set(actor_ids), set(place_ids), set(entity_ids)
    for kind, ids in (("event", [e.id for e in brief.events]), ("claim", [c.id for c in brief.claims])):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        problems.extend(f"{kind} id {i!r} is used more than once" for i in dupes)
    for e in brief.events:
        problems.extend(
            f"event {e.id!r} participant {p.role} refers to unknown actor {p.ref!r}"
            for p in e.participants
            if p.ref not in actors
        )
        problems.extend(
            f"event {e.id!r} location refers to unknown place {loc!r}"
            for loc in e.locations
            if loc not in places
        )
    for c in brief.claims:
        if c.source is not None and c.source not in entities:
            problems.append(f"claim {c.id!r} source refers to unknown actor {c.source!r}")
        problems.extend(
            f"claim {c.id!r} about refers to unknown actor {ref!r}" for ref in c.about if ref not in entities
        )
    for k, r in enumerate(brief.relations):
        for end, ref in (("head", r.head), ("tail", r.tail)):
            if ref not in entities:
                problems.append(f"relation {k} ({r.type}) {end} refers to unknown id {ref!r}")
    return problems


def span_problems(brief: Brief, text: str) -> list[str]:
    """Spans whose offsets fall outside ``text`` or whose text differs from it."""
    problems: list[str] = []
    if text_sha256(text) != brief.text_sha256:
        problems.append("text_sha256 does not match the document text")
    for where, span in brief.spans():
        if span.end > len(text):
            problems.append(
                f"{where}: offsets {span.start}-{span.end} run past the document end ({len(text)})"
            )
        elif text[span.start : span.end] != span.text:
            problems.append(
                f"{where}: offsets {span.start}-{span.end} hold {text[span.start : span.end]!r}, "
                f"span says {span.text!r}"
            )
    return problems
