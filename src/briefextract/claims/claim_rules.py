"""The rule records of the claim layer (each a strict :class:`RuleRecord`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from briefextract.rules.records import RuleRecord

# Labels a claim record may carry: the construction class of its cue, or a veto.
CUE_LABELS = frozenset(
    {"REPORT", "ACCORDING_TO", "RESPONSIBILITY", "DENIAL", "DESCRIPTION", "ATTRIBUTION", "BELIEF"}
)
NOT_CLAIM = "NOT_CLAIM"  # the matched tokens are no reporting cue ("the said group")

# How the content is cut from the parse:
# ``subtree``: the tokens from the first to the last token of the content nodes' subtrees;
# ``clause_side``: the clause the content node (the cue phrase) modifies, on the side of
#   the cue where that clause's head stands, without the cue phrase ("Y, according to X" /
#   "According to X, Y");
# ``block``: the paragraph a colon after the cue introduces ("X stated:\n\n  ...");
# ``next_quote``: the quotation that follows the cue's own words after a comma or colon
#   ("X yelled to the crowd, “...”").
# ``around``: the governor's clause on both sides of a parenthetical cue phrase
#   ("Y, the minister said, Z").
ContentExtent = Literal["subtree", "clause_side", "around", "block", "next_quote"]


class ClaimRule(RuleRecord):
    """A reporting construction: a cue (``nodes``, default the anchor), the node naming the
    speaker (``source``; without one, the cue's subject, or its governor's for a participle
    or conjunct verb; ``sourceless`` for a construction that attributes without naming a
    source: no record does, since gold/CONVENTIONS.md 7 leaves "it is believed that" to the
    author's voice), the nodes whose extent is the content (``content``), nodes cut out of
    it (``exclude``).

    Between records matching the same cue the higher ``priority`` wins where contents
    overlap; ``hedged`` marks a construction that itself signals uncertainty;
    ``unless_anchor_has``: dependencies that, on a child of the anchor, keep the record
    from applying (a participle with an auxiliary or a subject of its own heads a clause).
    """

    source: str | None = None
    sourceless: bool = False
    content: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    extent: ContentExtent = "subtree"
    hedged: bool = False
    priority: int = 0
    unless_anchor_has: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _claim_shape(self) -> ClaimRule:
        if self.label != NOT_CLAIM and self.label not in CUE_LABELS:
            raise ValueError(f"label {self.label!r} is neither a cue class nor {NOT_CLAIM}")
        if self.label == NOT_CLAIM:
            return self
        if self.matcher != "dependency":
            raise ValueError("a claim construction is a dependency pattern")
        names = {str(p.get("RIGHT_ID")) for p in self.pattern}
        wanted = [n for n in (self.source, *self.content, *self.exclude) if n is not None]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            raise ValueError(f"nodes {unknown} are not RIGHT_IDs of the pattern")
        if not self.content:
            raise ValueError("a claim construction names its content nodes")
        return self


HedgeScope = Literal["claim", "following"]


class HedgeRule(RuleRecord):
    """A word or phrase marking a statement as uncertain (``label`` ``HEDGE``) or a phrase
    that looks like one and is not (``NOT_HEDGE``: "no doubt").

    ``scope``: ``claim`` when it counts inside the claim's own words (source, cue,
    content); ``following`` when it disputes the claim from the rest of the sentence or
    the next one ("the figures were later shown to be false").
    """

    scope: HedgeScope = "claim"

    @model_validator(mode="after")
    def _hedge_shape(self) -> HedgeRule:
        if self.label not in {"HEDGE", "NOT_HEDGE"}:
            raise ValueError(f"label {self.label!r} is neither HEDGE nor NOT_HEDGE")
        return self


STANDS_FOR = "STANDS_FOR"
SOURCE_LABELS = frozenset({"SPEAKS_FOR", "NOT_SOURCE", "STATE_ORGAN", "ANAPHOR", STANDS_FOR})


class SourceRule(RuleRecord):
    """How a source phrase names its speaker.

    ``SPEAKS_FOR``: the phrase's head (anchor) speaks for node ``speaker`` ("a spokesman
    of X", "a report by X", "X's statement"), so the claim's source is the speaker.
    ``NOT_SOURCE``: the anchor cannot be a speaker ("according to the plan").
    ``STATE_ORGAN``: the anchor with a demonym or state name as node ``speaker`` stands for
    that state ("Ruritanian officials").
    ``ANAPHOR``: the anchor is a definite description of a group ("the group said") and
    stands for the group actor named last before it.
    ``STANDS_FOR``: the anchor is a word standing for node ``speaker`` (of several matches,
    the nearest ``speaker`` before it): a subordinator the parser made a subject stands
    for the subject of the verb above ("rumours spread that claimed ...").
    """

    speaker: str | None = None
    head: str | None = None  # the node of the source's head noun, when it is not the anchor

    @model_validator(mode="after")
    def _source_shape(self) -> SourceRule:
        if self.label not in SOURCE_LABELS:
            raise ValueError(f"label {self.label!r} is not one of {sorted(SOURCE_LABELS)}")
        names = {str(p.get("RIGHT_ID")) for p in self.pattern}
        if self.head is not None and (self.matcher != "dependency" or self.head not in names):
            raise ValueError(f"head {self.head!r} is not a node of the pattern")
        if self.label in {"SPEAKS_FOR", "STATE_ORGAN", STANDS_FOR} and (
            self.matcher != "dependency" or self.speaker not in names
        ):
            raise ValueError(f"a {self.label} rule is a dependency pattern naming its speaker node")
        return self
