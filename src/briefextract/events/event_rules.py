"""The rule records of the event layer (each a strict :class:`RuleRecord`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from briefextract.rules.records import RuleRecord

PartOfSpeech = Literal["verb", "noun", "any"]

# Labels a trigger record may carry besides an event type.
VETO = "NOT_EVENT"  # the matched token is not an event trigger
ABSORBED = "ABSORBED"  # the matched token reports part of the event that governs it
RETOLD = "RETOLD"  # the matched token tells again an event of its type told just before


class TriggerRule(RuleRecord):
    """A word or construction that names an event of type ``label``."""

    pos: PartOfSpeech = "any"


class ArgumentRule(RuleRecord):
    """A syntactic path from a trigger (node ``trigger``) to a participant (node ``arg``).

    ``label`` is the role; ``types`` the event types it applies to (``*`` for all);
    ``priority`` decides between rules that give the same token different roles.
    The role ``none`` marks a token as no participant (a designation's category).
    ``unless_trigger_has``: dependencies that, on a child of the trigger, keep the rule
    from applying (a conjoined verb with a subject of its own takes no shared subject).
    ``fallback``: who the participant is when the matched phrase names no one and the
    event has no participant in the role once every rule has run; ``topic`` is the group
    the document is about, once named ("a faction broke away": the group left is the
    group the text is about).
    """

    types: list[str] = Field(min_length=1)
    pos: PartOfSpeech = "any"
    priority: int = 0
    unless_trigger_has: list[str] = Field(default_factory=list)
    fallback: Literal["topic"] | None = None


class CueRule(RuleRecord):
    """A modality cue. ``scope``: ``dependent`` when the cue modifies the trigger (or
    its light verb); ``governor`` when the trigger lies under the cue in the parse;
    ``trigger`` when the cue is a word of the trigger itself ("refused the truce");
    ``governor-dependent`` when the cue modifies a verb the trigger lies under
    ("*often* vow to carry out raids"); ``copula`` when the cue is the
    complement of a copula whose clause holds the trigger ("it is *unclear* whether X
    attacked")."""

    scope: Literal["dependent", "governor", "trigger", "governor-dependent", "copula"]


class CasualtyRule(RuleRecord):
    """A construction counting the dead (``killed``) or hurt (``injured``); node ``num``
    is the number, node ``verb`` the word that says what befell them."""


class NumberWordRecord(BaseModel):
    """A row of ``models/events/number_words.jsonl``: number words and what they are worth.

    ``UNIT`` words add ``value`` ("three", "twenty"), ``SCALE`` words multiply what comes
    before them by ``value`` ("dozen", "hundred"), ``JOINER`` tokens stand between the
    words of one number and carry no value ("-", "and")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    label: Literal["UNIT", "SCALE", "JOINER"]
    words: list[str] = Field(min_length=1)
    value: int | None = Field(default=None, ge=0)
    comment: str = Field(min_length=1)

    @model_validator(mode="after")
    def _value_fits_label(self) -> NumberWordRecord:
        if (self.value is None) != (self.label == "JOINER"):
            raise ValueError(f"{self.label} rows {'take no' if self.label == 'JOINER' else 'need a'} value")
        return self
