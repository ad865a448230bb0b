"""Relation candidates from every source, deduplicated into Relation records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefextract.vocab import SYMMETRIC_RELATIONS


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


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def merge(candidates: Iterable[Candidate], text: str) -> dict[str, dict[str, Any]]:
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
