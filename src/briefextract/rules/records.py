"""The rule record: one construction of English prose, as data."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

MatcherKind = Literal["token", "phrase", "dependency"]


class RuleRecord(BaseModel):
    """A pattern with its meaning.

    ``matcher`` says which spaCy matcher runs ``pattern``: ``token`` (``Matcher``
    token pattern), ``phrase`` (a list of phrases for ``PhraseMatcher``, matched on
    ``attr``) or ``dependency`` (``DependencyMatcher``: the first node is the anchor).
    ``nodes`` names, for dependency patterns, the nodes whose tokens form the
    span the rule marks (default: the anchor only). Layers subclass this record to
    add the fields their rules need; every subclass stays strict.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    matcher: MatcherKind = "token"
    pattern: list[Any]
    attr: Literal["ORTH", "LOWER", "LEMMA", "NORM"] = "LOWER"
    nodes: list[str] = Field(default_factory=list)
    comment: str = Field(min_length=1)
    examples: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> RuleRecord:
        if not self.pattern:
            raise ValueError("pattern is empty")
        if self.matcher == "phrase":
            if not all(isinstance(p, str) for p in self.pattern):
                raise ValueError("a phrase pattern is a list of strings")
        elif not all(isinstance(p, dict) for p in self.pattern):
            raise ValueError(f"a {self.matcher} pattern is a list of objects")
        if self.matcher == "dependency":
            names = {p.get("RIGHT_ID") for p in self.pattern}
            unknown = [n for n in self.nodes if n not in names]
            if unknown:
                raise ValueError(f"nodes {unknown} are not RIGHT_IDs of the pattern")
        elif self.nodes:
            raise ValueError("nodes are only for dependency patterns")
        return self

    @property
    def anchor(self) -> str | None:
        """The name of a dependency pattern's anchor node."""
        if self.matcher != "dependency":
            return None
        return str(self.pattern[0]["RIGHT_ID"])
