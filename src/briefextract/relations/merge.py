"""Relation candidates from every source, deduplicated into Relation records."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from spacy.attrs import IDX
from spacy.tokens import Doc

from briefextract.schema.vocab import SYMMETRIC_RELATIONS


@dataclass(frozen=True)
class Candidate:
    """One statement of a relation: its ends, the sentence that states it (character
    offsets), the span that marks it, the rule or event mapping that found it, and a
    date where the text gives one (a TimeValue dict)."""

    head: str
    type: str
    tail: str
    evidence: tuple[int, int]
    marked: tuple[int, int]
    provenance: str
    date: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        if self.type in SYMMETRIC_RELATIONS and self.tail < self.head:
            return (self.tail, self.type, self.head)
        return (self.head, self.type, self.tail)


class Sliceable(Protocol):
    def __getitem__(self, key: slice, /) -> str: ...


class DocText:
    """Slices of a Doc's text read from the tokens they cover: ``Doc.text`` joins every
    token of the Doc, which costs more than the few sentences a relation cites."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        self._seen: dict[tuple[int, int], str] = {}

    def __getitem__(self, key: slice, /) -> str:
        start, end = int(key.start or 0), int(key.stop if key.stop is not None else len(self.doc.text))
        found = self._seen.get((start, end))
        if found is None:
            found = self._seen[(start, end)] = self._read(start, end)
        return found

    def _read(self, start: int, end: int) -> str:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = bisect.bisect_left(self.starts, end)
        if last <= first:
            return ""
        piece = self.doc[first:last].text_with_ws
        offset = self.starts[first]
        return piece[start - offset : end - offset]


# A relation type and the more specific ones a single statement may make it part of:
# "a founding member of Y" states FOUNDER_OF, not MEMBER_OF as well; "X pledged
# allegiance to Y" states AFFILIATE_OF (X joins Y as its branch), not ALLIED_WITH as well
# (the pledge is also an ALLIANCE event, whose parties the event mapping makes allies);
# a person taking over a group leads it, which is no hostility to it.
# These are facts of the relation schema (ANNOTATION.md), not of English wording.
SUBSUMED_BY: dict[str, frozenset[str]] = {
    "MEMBER_OF": frozenset({"FOUNDER_OF", "LEADER_OF"}),
    "ALLIED_WITH": frozenset({"AFFILIATE_OF"}),
    "ENEMY_OF": frozenset({"LEADER_OF"}),
}


def most_specific(candidates: Iterable[Candidate]) -> list[Candidate]:
    """``candidates`` without a statement whose marked span overlaps a more specific
    statement of the same two ends (:data:`SUBSUMED_BY`); a symmetric relation's ends
    match in either order."""
    kept = list(candidates)
    specific: dict[tuple[str, str], list[tuple[str, tuple[int, int]]]] = {}
    for c in kept:
        specific.setdefault((c.head, c.tail), []).append((c.type, c.marked))

    def subsumed(c: Candidate) -> bool:
        wider = SUBSUMED_BY.get(c.type)
        if not wider:
            return False
        ends = [(c.head, c.tail)]
        if c.type in SYMMETRIC_RELATIONS:
            ends.append((c.tail, c.head))
        return any(
            t in wider and s < c.marked[1] and c.marked[0] < e
            for pair in ends
            for t, (s, e) in specific.get(pair, [])
        )

    return [c for c in kept if not subsumed(c)]


def _span(text: Sliceable, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def merge(candidates: Iterable[Candidate], text: Sliceable) -> dict[str, dict[str, Any]]:
    """One record per (head, type, tail), in order of its first statement.

    The first statement is the record's ``evidence``; every statement's sentence is
    in ``evidences``, every rule or mapping in ``provenance``, and the first date
    any statement gives is the record's ``date``. Ids are ``r1``, ``r2``, ... in
    text order, so output does not depend on the order of the sources.
    """
    grouped: dict[tuple[str, str, str], list[Candidate]] = {}
    for c in candidates:
        if c.head == c.tail:
            continue
        grouped.setdefault(c.key, []).append(c)
    ordered = sorted(grouped.items(), key=lambda kv: (min((c.evidence, c.marked) for c in kv[1]), kv[0]))
    out: dict[str, dict[str, Any]] = {}
    for n, ((_, rtype, _), group) in enumerate(ordered, start=1):
        group = sorted(group, key=lambda c: (c.evidence, c.marked, c.provenance))
        first = group[0]
        evidences = sorted({c.evidence for c in group})
        dated = [c.date for c in group if c.date is not None]
        rid = f"r{n}"
        out[rid] = {
            "id": rid,
            "head": first.head,
            "type": rtype,
            "tail": first.tail,
            "evidence": _span(text, *first.evidence),
            "date": dated[0] if dated else None,
            "evidences": [_span(text, s, e) for s, e in evidences],
            "marked": [_span(text, s, e) for s, e in sorted({c.marked for c in group})],
            "provenance": sorted({c.provenance for c in group}),
        }
    return out
