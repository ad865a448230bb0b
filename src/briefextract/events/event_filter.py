"""Whether a candidate tells an event that happened: not a goal or a generic
statement, a question, a heading, a habit, or a bare plural naming a kind of event."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from briefextract.events.event_candidate import Candidate, DocFacts
from briefextract.events.modality_scope import NOT_EVENTS
from briefextract.events.parse import is_heading_line


class EventhoodWords(Protocol):
    verb_pos: frozenset[str]
    plural_tags: frozenset[str]
    specific_deps: frozenset[str]
    own_date_rules: frozenset[str]
    habit_tags: frozenset[str]
    determiner_deps: frozenset[str]
    anaphor_dets: frozenset[str]
    antecedent_types: frozenset[str]


def is_event(facts: DocFacts, c: Candidate, words: EventhoodWords) -> bool:
    if c.modality in NOT_EVENTS:
        return False
    trigger = facts.doc[c.head]
    sent_start, sent_end = facts.sent_chars(c.head)
    if facts.text[sent_start:sent_end].rstrip().endswith("?"):
        return False  # a question (often a heading) asserts nothing
    if is_heading_line(facts.text, trigger.idx):
        return False  # "Kidnapping of X": a heading names an event the body tells
    bare_plural = (
        trigger.pos_ not in words.verb_pos
        and trigger.tag_ in words.plural_tags
        and not any(ch.dep_ in words.specific_deps for ch in trigger.children)
    )
    if not c.participants and _names_a_group(facts, trigger, words):
        return False  # "the alliance captured the town": the group of that name, no event
    if c.participants or c.locations or c.casualties:
        return True
    if c.date and not (bare_plural and c.date_rule not in words.own_date_rules):
        # A bare plural ("the height of suicide attacks") is a kind of event: a date
        # of the sentence does not make it one that happened, a date of its own does.
        return True
    if trigger.pos_ in words.verb_pos:
        return trigger.tag_ not in words.habit_tags  # "the group kidnaps foreigners": a habit
    # A bare plural ("attacks on civilians") is a kind of event, not one that happened.
    return not bare_plural


def _names_a_group(facts: DocFacts, trigger: Token, words: EventhoodWords) -> bool:
    """Whether an event noun with a definite determiner is the head word of a group named
    before it ("the Union" after "the X Union"): then it stands for the group."""
    if trigger.pos_ in words.verb_pos:
        return False
    if not any(
        ch.dep_ in words.determiner_deps and ch.lower_ in words.anaphor_dets for ch in trigger.children
    ):
        return False
    return facts.entities.antecedent(trigger, words.antecedent_types, None, head=trigger.lower_) is not None
