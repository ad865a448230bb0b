"""The places of each candidate event: place mentions whose phrase attaches to the
trigger (or its light verb); and, for a scene that names none, the place of the scene
told just before it."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from briefextract.events.event_candidate import Candidate, DocFacts, LightVerbWords, light_verb_of
from briefextract.events.event_dates import timeless_denial
from briefextract.events.parse import attachment
from briefextract.events.retelling import dated_apart


class PlaceWords(LightVerbWords, Protocol):
    stop_pos: frozenset[str]
    passing_deps: frozenset[str]
    scene_types: frozenset[str]
    describing_clauses: frozenset[str]
    object_deps: frozenset[str]


def assign_locations(
    facts: DocFacts, candidates: list[Candidate], heads: dict[int, Candidate], words: PlaceWords
) -> None:
    """Add to each candidate the places attached to its trigger."""
    doc = facts.doc
    places: list[tuple[str, Token, int]] = []
    for ref in facts.entities.mentions:
        if ref.kind != "place":
            continue
        span = doc[ref.start : ref.end]
        places.append((ref.id, attachment(span, heads, words.stop_pos, words.passing_deps), span.root.i))
    # A clause that reports part of an event (ABSORBED: "the bombing killed 23 in X")
    # places that event: its places are the event's own.
    reported: dict[int, set[int]] = {}
    for t, g in facts.absorbed.items():
        reported.setdefault(g, set()).add(t)
    for c in candidates:
        trigger = doc[c.head]
        lv = light_verb_of(trigger, words)
        own = {c.head} | ({lv.i} if lv is not None else set()) | reported.get(c.head, set())
        # An event noun as the object of a verb that is no event ("the ambush triggered
        # riots in X", "sparked clashes in X"): the verb's places are its own.
        if (
            lv is None
            and trigger.pos_ in words.noun_pos
            and trigger.dep_ in words.object_deps
            and trigger.head.i not in heads
        ):
            own.add(trigger.head.i)
        for pid, att, at in places:
            if att.i in own and pid not in c.locations:
                c.locations.append(pid)
                c.location_tokens.append(at)


def narrative_places(facts: DocFacts, events: list[Candidate], words: PlaceWords) -> None:
    """An event that names no place, told right after one that does (same paragraph,
    at most one sentence between), happened there too: "seized the embassy in X. The
    group took hostages.". Both must be acts of a scene (SCENE_EVENT_TYPES): a merger or
    a founding told after a battle did not happen on the battlefield; two acts the
    text dates apart ("in 2016 ... in 2017 ...") are two scenes; and a denial over all
    time ("has never attacked civilians") is no scene."""
    doc, text = facts.doc, facts.text
    previous: Candidate | None = None

    def sentence_no(c: Candidate) -> int:
        return facts.sent_of[c.head]

    for c in events:
        if (
            not c.locations
            and not timeless_denial(doc[c.head], c.modality)
            and previous is not None
            and previous.locations
            and {c.type, previous.type} <= words.scene_types
            and "\n" not in text[doc[previous.head].idx : doc[c.head].idx]
            and sentence_no(c) - sentence_no(previous) <= 2
            and not dated_apart(c.date, previous.date)
        ):
            c.locations = list(previous.locations)
            c.location_tokens = list(previous.location_tokens)
        if not _describes(doc[c.head], words):
            previous = c


def _describes(token: Token, words: PlaceWords) -> bool:
    """Whether ``token`` lies in a clause that describes a participant ("X, who led a
    unit on the border, ..."): its places belong to that background, not the story."""
    return any(t.dep_ in words.describing_clauses for t in (token, *token.ancestors))
