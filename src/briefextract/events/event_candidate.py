"""What the event passes over one Doc build and share: candidate events, and the
facts of the Doc every pass reads (worked out once: ``Doc.text`` and ``Token.sent``
rebuild from the tokens on every call)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from briefextract.events.actors import EntityIndex
from briefextract.events.parse import light_verb

# Marks, in a participant's provenance, an argument read from a clause that reports part of
# an event; code reads the participant's ``part`` flag, never this suffix.
PART = "+part"


@dataclass
class Candidate:
    type: str
    start: int  # trigger tokens
    end: int
    head: int  # the predicate arguments are read from
    rule: str
    # role, ref, rule, token, part (read from a clause that reports part of the event)
    participants: list[tuple[str, str, str, int, bool]] = field(default_factory=list)
    date: dict[str, Any] | None = None
    date_rule: str | None = None
    locations: list[str] = field(default_factory=list)
    location_tokens: list[int] = field(default_factory=list)
    casualties: dict[str, dict[str, Any]] = field(default_factory=dict)
    figures: list[dict[str, Any]] = field(default_factory=list)
    modality: str = "asserted"
    modality_rule: str | None = None
    restatements: list[tuple[int, int]] = field(default_factory=list)  # token spans


@dataclass
class DocFacts:
    """One Doc and what the passes over it share."""

    doc: Doc
    text: str
    attributes: Callable[[str], Mapping[str, list[int]]]  # the rule sets' attribute index
    entities: EntityIndex
    place_types: dict[str, str]  # place entity id -> place type
    sents: list[tuple[int, int]]  # token range of each sentence
    sent_of: list[int]  # token -> its sentence number
    dates: list[tuple[Span, dict[str, Any]]]  # the calendar dates of the Doc
    # Set by the trigger pass: tokens that tell an event again (RETOLD), light verbs
    # standing for their event noun, clauses that report part of an event (ABSORBED).
    retold: set[int] = field(default_factory=set)
    via: dict[int, int] = field(default_factory=dict)
    absorbed: dict[int, int] = field(default_factory=dict)

    def sent(self, i: int) -> tuple[int, int]:
        """The token range of the sentence of token ``i``."""
        return self.sents[self.sent_of[i]]

    def sent_chars(self, i: int) -> tuple[int, int]:
        """The character range of the sentence of token ``i`` (as ``Span.start_char``,
        ``Span.end_char``)."""
        start, end = self.sent(i)
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last)


class LightVerbWords(Protocol):
    support_verbs: frozenset[str]
    noun_pos: frozenset[str]
    light_object_deps: frozenset[str]


def light_verb_of(trigger: Token, words: LightVerbWords) -> Token | None:
    """The light verb a nominal trigger is the object of ("carried out *an attack*")."""
    return light_verb(trigger, words.support_verbs, words.noun_pos, words.light_object_deps)
