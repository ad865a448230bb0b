"""Hypothesis strategies: random *valid* briefs over a random document.

Spans are real substrings of the document (zero-length, equal and nested
ones included, drawn from a small pool so they collide); ids resolve; names
come from a small pool of variants that fold alike or to nothing; dates,
values and casualties may be null; records may be duplicated under a new id;
every type, role, modality and kind of the vocabularies can occur.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from briefextract.schema.brief import (
    Actor,
    Brief,
    Casualties,
    Claim,
    Count,
    Event,
    Participant,
    Place,
    Relation,
    Span,
    TimeValue,
    text_sha256,
)
from briefextract.schema.vocab import (
    ACTOR_TYPES,
    CASUALTY_MODIFIERS,
    CLAIM_KINDS,
    EVENT_TYPES,
    GRANULARITIES,
    MODALITIES,
    PLACE_TYPES,
    RELATION_TYPES,
    ROLES,
    TIME_MODIFIERS,
)

WORDS = [
    "Velmar",
    "Front",
    "the",
    "group",
    "said",
    "officials",
    "north",
    "of",
    "Orsk",
    "bombed",
    "in",
    "2007",
]
PUNCT = [",", ".", "'s", "\u2019", "(", ")", "-", '"']
NAMES = [
    "Velmar Front",
    "the Velmar Front",
    "VELMAR FRONT",
    "Velmar Front's",
    "Orsk",
    "orsk",
    "...",
    "",
    "Tal",
]
SOURCE_TEXTS = ["officials", "an official", "Western analysts", "analyst", "", "---", "Tal"]
DATE_VALUES = [None, "2007", "2007-12", "2007-12-11", "199X", "1979/1989"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(WORDS + PUNCT), min_size=1, max_size=24))
    return " ".join(pieces)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


@st.composite
def fresh_spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 24)))
    return _span(text, start, end)


@st.composite
def span_pools(draw: st.DrawFn, text: str) -> list[Span]:
    """A few spans that records share, so equal and nested spans are common."""
    pool = draw(st.lists(fresh_spans(text), min_size=1, max_size=5))
    outer = pool[0]
    if outer.end > outer.start:  # a span nested in the first one
        start = draw(st.integers(outer.start, outer.end))
        pool.append(_span(text, start, draw(st.integers(start, outer.end))))
    return pool


def _spans(text: str, pool: list[Span]) -> st.SearchStrategy[Span]:
    return st.one_of(st.sampled_from(pool), fresh_spans(text))


def _times(spans: st.SearchStrategy[Span]) -> st.SearchStrategy[TimeValue | None]:
    return st.none() | st.builds(
        TimeValue,
        text=st.none() | st.sampled_from(WORDS),
        span=st.none() | spans,
        value=st.sampled_from(DATE_VALUES),
        granularity=st.sampled_from(GRANULARITIES),
        modifier=st.none() | st.sampled_from(TIME_MODIFIERS),
    )


# Strategies built once: building them per draw costs more than drawing from them.
COUNTS = st.none() | st.builds(
    Count, value=st.integers(0, 3), modifier=st.none() | st.sampled_from(CASUALTY_MODIFIERS)
)
CASUALTIES = st.none() | st.builds(Casualties, killed=COUNTS, injured=COUNTS)
NAME = st.sampled_from(NAMES)
ACTOR_TYPE, PLACE_TYPE = st.sampled_from(ACTOR_TYPES), st.sampled_from(PLACE_TYPES)
EVENT_TYPE, RELATION_TYPE = st.sampled_from(EVENT_TYPES), st.sampled_from(RELATION_TYPES)
ROLE, MODALITY, KIND = st.sampled_from(ROLES), st.sampled_from(MODALITIES), st.sampled_from(CLAIM_KINDS)
SOURCE_TEXT = st.sampled_from(SOURCE_TEXTS)


@st.composite
def briefs(draw: st.DrawFn, text: str, doc_id: str = "doc", max_records: int = 4) -> Brief:
    """A valid brief over ``text``."""
    pool = draw(span_pools(text))
    spans = _spans(text, pool)
    names = NAME
    times = _times(spans)
    actors = [
        Actor(
            id=f"a{i}",
            name=draw(names),
            type=draw(ACTOR_TYPE),
            aliases=draw(st.lists(names, max_size=2)),
            mentions=draw(st.lists(spans, max_size=3)),
        )
        for i in range(draw(st.integers(0, max_records)))
    ]
    places = [
        Place(
            id=f"p{i}",
            name=draw(names),
            type=draw(PLACE_TYPE),
            country=draw(st.none() | st.just("ZZ")),
            aliases=draw(st.lists(names, max_size=1)),
            mentions=draw(st.lists(spans, max_size=3)),
        )
        for i in range(draw(st.integers(0, max_records - 1)))
    ]
    actor_ids = [a.id for a in actors]
    entity_ids = actor_ids + [p.id for p in places]
    locations = st.lists(st.sampled_from([p.id for p in places]), max_size=2) if places else st.nothing()
    participants = (
        st.lists(st.tuples(ROLE, st.sampled_from(actor_ids)), max_size=3) if actor_ids else st.nothing()
    )
    events = [
        Event(
            id=f"e{i}",
            type=draw(EVENT_TYPE),
            trigger=draw(spans),
            evidence=draw(spans),
            date=draw(times),
            locations=draw(locations) if places else [],
            participants=[Participant(role=role, ref=ref) for role, ref in draw(participants)]
            if actor_ids
            else [],
            casualties=draw(CASUALTIES),
            modality=draw(MODALITY),
        )
        for i in range(draw(st.integers(0, max_records)))
    ]
    refs = st.sampled_from(entity_ids) if entity_ids else st.nothing()
    claims = [
        Claim(
            id=f"c{i}",
            source=draw(st.none() | refs) if entity_ids else None,
            source_text=draw(SOURCE_TEXT),
            cue=draw(spans),
            content=draw(spans),
            kind=draw(KIND),
            date=draw(times),
            hedged=draw(st.booleans()),
            about=draw(st.lists(refs, max_size=2)) if entity_ids else [],
        )
        for i in range(draw(st.integers(0, max_records - 1)))
    ]
    relations = (
        [
            Relation(
                head=draw(refs),
                type=draw(RELATION_TYPE),
                tail=draw(refs),
                evidence=draw(spans),
            )
            for _ in range(draw(st.integers(0, max_records)))
        ]
        if entity_ids
        else []
    )
    brief = Brief(
        doc_id=doc_id,
        text_sha256=text_sha256(text),
        actors=actors,
        places=places,
        events=events,
        claims=claims,
        relations=relations,
    )
    return draw(_with_duplicates(brief))


@st.composite
def _with_duplicates(draw: st.DrawFn, brief: Brief) -> Brief:
    """The brief with some records repeated under new ids (relations repeated as they are)."""
    data: dict[str, Any] = brief.model_dump(mode="json")
    for key in ("actors", "places", "events", "claims", "relations"):
        records = data[key]
        if not records:
            continue
        for k in draw(st.lists(st.integers(0, len(records) - 1), max_size=2)):
            copy = dict(records[k])
            if "id" in copy:
                copy["id"] = f"{copy['id']}_dup{k}_{len(records)}"
            records.append(copy)
    return Brief.model_validate(data)


@st.composite
def mutated(draw: st.DrawFn, brief: Brief) -> Brief:
    """A system-like brief made from ``brief``: records dropped, retyped, dates nulled, roles changed."""
    data: dict[str, Any] = brief.model_dump(mode="json")
    actor_ids = {a["id"] for a in data["actors"]}
    place_ids = {p["id"] for p in data["places"]}
    data["actors"] = [a for a in data["actors"] if draw(st.integers(0, 4))]
    data["places"] = [p for p in data["places"] if draw(st.integers(0, 4))]
    for a in data["actors"]:
        if not draw(st.integers(0, 3)):
            a["type"] = draw(ACTOR_TYPE)
    kept = {a["id"] for a in data["actors"]} | {p["id"] for p in data["places"]}
    dropped = (actor_ids | place_ids) - kept
    events = []
    for e in data["events"]:
        if not draw(st.integers(0, 4)):
            continue
        e["participants"] = [p for p in e["participants"] if p["ref"] not in dropped]
        e["locations"] = [loc for loc in e["locations"] if loc not in dropped]
        if not draw(st.integers(0, 3)):
            e["type"] = draw(EVENT_TYPE)
        if not draw(st.integers(0, 3)):
            e["date"] = None
        for p in e["participants"]:
            if not draw(st.integers(0, 3)):
                p["role"] = draw(ROLE)
        events.append(e)
    data["events"] = events
    claims = []
    for c in data["claims"]:
        if not draw(st.integers(0, 4)):
            continue
        if c["source"] in dropped:
            c["source"] = None
        c["about"] = [ref for ref in c["about"] if ref not in dropped]
        if not draw(st.integers(0, 3)):
            c["kind"] = draw(KIND)
        claims.append(c)
    data["claims"] = claims
    data["relations"] = [
        r
        for r in data["relations"]
        if r["head"] not in dropped and r["tail"] not in dropped and draw(st.integers(0, 4))
    ]
    return Brief.model_validate(data)


@st.composite
def brief_pairs(draw: st.DrawFn) -> tuple[Brief, Brief]:
    """``(gold, system)`` over one document: system independent of gold or mutated from it."""
    text = draw(documents())
    gold = draw(briefs(text))
    system = draw(mutated(gold)) if draw(st.booleans()) else draw(briefs(text))
    return gold, system
