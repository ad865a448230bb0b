"""Narrative anchoring: resolving a document's relative time expressions in order.

An anaphoric expression ("that year", "the following January", "two years
later", "in December") resolves against the nearest preceding date in the
narrative, else the document date. A deictic one ("last year", "this month",
"two years ago", "the past decade") is the writer's own time and resolves
against the document date only. With neither, the value stays None.

The narrative anchor is the latest absolute date at day, month, season, year or
decade precision (intervals and centuries do not anchor). A resolved relative
date moves the anchor too ("In 2007 ... The following year ... The year after
that"), except when it only restates the anchor's own period more coarsely
("In May 2014 ... earlier that year" leaves May 2014 as the anchor).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefextract.brief import Span, TimeValue
from briefextract.timex.grammar import Grammar, default_grammar
from briefextract.timex.normalize import Reading, interpret, to_time_value

_ANCHORING = frozenset({"day", "month", "season", "year", "decade"})


def resolve(items: Sequence[tuple[str, Reading]], document_date: str | None = None) -> list[TimeValue]:
    """TimeValues for ``(text, reading)`` pairs in document order, relative ones anchored."""
    narrative: str | None = None
    out: list[TimeValue] = []
    for text, reading in items:
        rel = reading.relative
        if rel is None:
            anchor = None
        elif rel.scope == "deictic":
            anchor = document_date
        else:
            anchor = narrative or document_date
        tv = to_time_value(reading, text, anchor)
        out.append(tv)
        if tv.value is None or reading.granularity not in _ANCHORING:
            continue
        if rel is None or narrative is None or not narrative.startswith(tv.value):
            narrative = tv.value
    return out


def find_times(
    text: str, document_date: str | None = None, *, grammar: Grammar | None = None
) -> list[tuple[int, int, TimeValue]]:
    """Every time expression in ``text`` as ``(start, end, TimeValue)``, in order.

    Pure: no spaCy, no wall clock. ``document_date`` (ISO) is the fallback
    anchor for relative expressions. Each TimeValue carries its ``span`` and the
    extra fields ``anchor`` and ``rule`` (the grammar rule that found it).
    """
    g = grammar or default_grammar()
    found = g.scan(text, lambda cand: interpret(cand, g))
    values = resolve([(cand.text, reading) for cand, reading in found], document_date)
    result: list[tuple[int, int, TimeValue]] = []
    for (cand, _), tv in zip(found, values, strict=True):
        tv.span = Span(start=cand.start, end=cand.end, text=cand.text)
        result.append((cand.start, cand.end, tv))
    return result
