"""An event told again is one record (ANNOTATION.md v1.2): which later candidate
retells an earlier one, and folding what the retelling adds into the first telling.
Whether two tellings' arguments agree is :mod:`.retelling`'s test."""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Token

from briefextract.events.event_candidate import Candidate, DocFacts
from briefextract.events.retelling import dated_apart, may_retell, roles_of
from briefextract.rules.lexicon import Lexicon

# The events lexicon's dependents that make an event noun definite ("the group's raid").
DEFINITE_EVENT_DEPS = "DEFINITE_EVENT_DEPS"
# How many sentences back a RETOLD trigger looks for the event it tells again.
RETOLD_WINDOW = 3


class RetellingWords(Protocol):
    violent_types: frozenset[str]
    name_pos: frozenset[str]
    noun_pos: frozenset[str]
    own_date_rules: frozenset[str]
    anaphor_event_dets: frozenset[str]
    event_hypernyms: frozenset[str]
    noun_date_rules: frozenset[str]
    same_victim_types: frozenset[str]
    toll_words: frozenset[str]
    new_occurrence_deps: frozenset[str]
    new_occurrence_words: frozenset[str]
    lexicon: Lexicon


def fold_restatements(facts: DocFacts, events: list[Candidate], words: RetellingWords) -> list[Candidate]:
    """The events without their retellings.

    Two retellings are folded into the event they take up: a definite event noun
    with no date of its own ("took credit for *the raid*", "*the
    bombing* killed ...") and a toll stated without an agent ("12 people were
    killed") after an event of violence. What the retelling adds (participants,
    places, a toll) goes to the first telling; its trigger is kept in ``restatements``.
    """
    kept: list[Candidate] = []
    for c in events:
        earlier = _taken_up(facts, c, kept, words)
        if earlier is None:
            kept.append(c)
            continue
        for p in c.participants:
            if (p[0], p[1]) not in {(q[0], q[1]) for q in earlier.participants}:
                earlier.participants.append(p)
        for pid, tok in zip(c.locations, c.location_tokens, strict=True):
            if pid not in earlier.locations:
                earlier.locations.append(pid)
                earlier.location_tokens.append(tok)
        for label, count in c.casualties.items():
            earlier.casualties.setdefault(label, count)
        earlier.figures.extend(c.figures)
        earlier.restatements.append((c.start, c.end))
    return kept


def _taken_up(
    facts: DocFacts, c: Candidate, earlier: list[Candidate], words: RetellingWords
) -> Candidate | None:
    """The earlier event ``c`` tells again, if any."""
    trigger = facts.doc[c.head]
    sent_of = facts.sent_of
    roles = roles_of(c.participants)
    # Two acts the text dates apart are two acts, whatever else they share. An earlier
    # event with no date of its own is read at the date the story had reached (the
    # last date before it), as the narrative anchor will date it. A definite event
    # noun is left out: the date of its clause may date the telling, not the act ("the
    # documents released in 2013 show who carried out the bombing").
    if c.date is not None and trigger.pos_ not in words.noun_pos:
        reached: dict[str, Any] | None = None
        apart: set[int] = set()
        for e in earlier:
            reached = e.date or reached
            if dated_apart(reached, c.date):
                apart.add(id(e))
        earlier = [e for e in earlier if id(e) not in apart]
    if c.head in facts.retold:
        # A construction that tells an act again: "the bombs exploded at midnight" after a
        # bombing told just before; "the worst attack was the bombing of X". It says the
        # act is the same, so only a contradiction in what both name keeps them apart.
        here = sent_of[c.head]
        near = [
            e
            for e in earlier
            if here - sent_of[e.head] <= RETOLD_WINDOW
            and may_retell(roles_of(e.participants), roles, e.locations, c.locations)
        ]
        # The same type first; else a violent act of another type ("the bomb blew up"
        # after an assassination carried out with it).
        same = [e for e in near if e.type == c.type] or [
            e for e in near if c.type in words.violent_types and e.type in words.violent_types
        ]
        if same:
            return same[-1]
    if trigger.pos_ in words.name_pos:
        # An event's proper name ("the Battle of X") is its fullest statement, never
        # a retelling that folds away ("the fighting became known as the Battle of X").
        return None
    nominal = trigger.pos_ in words.noun_pos
    own_date = c.date is not None and c.date_rule in words.own_date_rules
    # The cheap reasons for no retelling first: the argument test below pairs the
    # candidate with every earlier event.
    if nominal:
        if not definite_noun(trigger, words) or _new_occurrence(trigger, words):
            return None
    elif own_date:
        return None
    patients = {p[1] for p in c.participants if p[0] == "patient"}
    same_victim = bool(patients) and c.type in words.same_victim_types
    toll_only = trigger.lemma_.lower() in words.toll_words and not c.participants
    if not nominal and not same_victim and not toll_only:
        return None  # neither construction below can take up an earlier event
    earlier = [
        e
        for e in earlier
        if may_retell(roles_of(e.participants), roles, e.locations, c.locations, places_identify=nominal)
    ]
    if not earlier:
        return None
    if nominal:
        if trigger.lower_ in words.event_hypernyms:
            same = [e for e in earlier if e.type in words.violent_types]
        else:
            same = [e for e in earlier if e.type == c.type]
        if own_date and c.date_rule in words.noun_date_rules:
            # "the 1960 attack" after a bombing in 1960: the same event again. A date of
            # the clause above the noun ("revealed in May the arrest of the organiser
            # of the attack") dates that clause, not the act the noun takes up.
            same = [e for e in same if e.date is not None and e.date.get("value") == c.date["value"]]
        return same[-1] if same else None
    # "the shot that killed X" after the killing of X was told: the same act.
    if same_victim:
        same = [e for e in earlier if e.type == c.type and patients & {p[1] for p in e.participants}]
        if same:
            return same[-1]
    # "61 people were killed": a toll with no agent and no named victim. Without a
    # count ("several residents were killed") only just after the act, in its own
    # sentence or the next one.
    if toll_only:
        here = sent_of[c.head]
        near = [
            e
            for e in earlier
            if e.type in words.violent_types
            and c.head - e.head < 80
            and (c.casualties or here - sent_of[e.head] <= 1)
        ]
        return near[-1] if near else None
    return None


def definite_noun(trigger: Token, words: RetellingWords) -> bool:
    """An event noun made definite by a determiner ("*the* raid") or a dependent that
    works as one ("*the group's* raid"): it may take up an act told before."""
    definite_deps = words.lexicon.lower(DEFINITE_EVENT_DEPS)
    return any(ch.lower_ in words.anaphor_event_dets or ch.dep_ in definite_deps for ch in trigger.children)


def _new_occurrence(trigger: Token, words: RetellingWords) -> bool:
    """An ordinal picks out one act of a series ("the first planned assassination",
    "another bombing"): a new event, not a retelling."""
    return any(
        mod.dep_ in words.new_occurrence_deps and mod.lower_ in words.new_occurrence_words
        for mod in trigger.children
    )
