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
("In May 2014 ... earlier that year" leaves May 2014 as the anchor). A date in
a side remark does not move it: inside parentheses, or right after a birth or
death cue ("born 1890"); nor does a deictic one (the writer's own time). A
yearless month or day at most two months ahead of the anchor's month across the
new year falls in the next year ("December 1903 ... 9 January" is 1904). In a
narrative anchored before Christ, relative expressions and bare three-digit
years ("in 480") are read BC.

Records: :func:`scan_times` gives every expression as a JSON-able dict with a
``kind``: ``date`` (the brief's TimeValue fields), ``duration``, ``reference``,
``time``, ``set`` (TIMEX3-style values, never an event's date) and
``range_part`` (one end of a range; the range itself stays one ``date`` record
with its interval value, and each part points back at it under ``range``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefextract.schema.brief import Span, TimeValue
from briefextract.timex.grammar import Candidate, Grammar, default_grammar
from briefextract.timex.normalize import Reading, apply_anchor, interpret

_ANCHORING = frozenset({"day", "month", "season", "year", "decade"})


def resolve_values(
    readings: Sequence[Reading], document_date: str | None = None, moves: Sequence[bool] | None = None
) -> list[tuple[str | None, str | None]]:
    """``(value, anchor used)`` for each reading in document order, relative ones anchored.

    ``moves[i]`` False keeps expression ``i`` from moving the narrative anchor
    (a date in a side remark); by default every date may move it.
    """
    narrative: str | None = None
    out: list[tuple[str | None, str | None]] = []
    for i, reading in enumerate(readings):
        rel = reading.relative
        value, used = reading.value, None
        if rel is not None:
            anchor = document_date if rel.scope == "deictic" else narrative or document_date
            value = apply_anchor(rel, anchor)
            used = anchor if value is not None else None
        out.append((value, used))
        if value is None or reading.kind != "date" or reading.granularity not in _ANCHORING:
            continue
        if moves is not None and not moves[i]:
            continue
        if rel is not None and rel.scope == "deictic":
            continue  # the writer's own time is no step in the narrative
        if rel is None or narrative is None or not narrative.startswith(value):
            narrative = value
    return out


def resolve(items: Sequence[tuple[str, Reading]], document_date: str | None = None) -> list[TimeValue]:
    """TimeValues for ``(text, date reading)`` pairs in document order, relative ones anchored."""
    values = resolve_values([r for _, r in items], document_date)
    return [
        TimeValue(
            text=text,
            span=None,
            value=value,
            granularity=reading.granularity,  # type: ignore[arg-type]
            modifier=reading.modifier,  # type: ignore[arg-type]
            anchor=used,
            rule=reading.rule,
        )
        for (text, reading), (value, used) in zip(items, values, strict=True)
    ]


def records(
    text: str, found: Sequence[tuple[Candidate, Reading]], document_date: str | None, grammar: Grammar
) -> list[dict[str, Any]]:
    """JSON-able records for scanned expressions (see the module docstring), in text order."""
    moves = [not grammar.is_side_remark(text, cand.start) for cand, _ in found]
    values = resolve_values([r for _, r in found], document_date, moves)
    out: list[dict[str, Any]] = []
    for (cand, reading), (value, used) in zip(found, values, strict=True):
        if reading.read_as == "short-year" and value is None:
            continue  # a bare three-digit number outside a narrative BC: no year
        span = {"start": cand.start, "end": cand.end, "text": cand.text}
        record: dict[str, Any] = {
            "text": cand.text,
            "span": span,
            "value": value,
            "granularity": reading.granularity,
            "modifier": reading.modifier,
            "anchor": used,
            "rule": reading.rule,
            "kind": reading.kind,
        }
        out.append(record)
        for k, part in enumerate(reading.parts):
            start, end = cand.start + part.start, cand.start + part.end
            out.append(
                {
                    "text": text[start:end],
                    "span": {"start": start, "end": end, "text": text[start:end]},
                    "value": part.value,
                    "granularity": part.granularity,
                    "modifier": None,
                    "anchor": None,
                    "rule": reading.rule,
                    "kind": "range_part",
                    "part": "start" if k == 0 else "end",
                    "range": {"start": cand.start, "end": cand.end, "value": value},
                }
            )
    return out


def scan_times(
    text: str, document_date: str | None = None, *, grammar: Grammar | None = None
) -> list[dict[str, Any]]:
    """Every time expression in ``text`` as a record dict, in order (pure: no spaCy, no clock).

    Keys: ``text``, ``span`` (start, end, text), ``value``, ``granularity``,
    ``modifier``, ``anchor``, ``rule``, ``kind``; range parts add ``part``
    ("start"/"end") and ``range`` (the whole range's start, end and value).
    Only ``kind == "date"`` records are dates an event can take.
    """
    g = grammar or default_grammar()
    found = g.scan(text, lambda cand: interpret(cand, g))
    return records(text, found, document_date, g)


def find_times(
    text: str, document_date: str | None = None, *, grammar: Grammar | None = None
) -> list[tuple[int, int, TimeValue]]:
    """Every calendar date in ``text`` as ``(start, end, TimeValue)``, in order.

    Pure: no spaCy, no wall clock. ``document_date`` (ISO) is the fallback
    anchor for relative expressions. Each TimeValue carries its ``span`` and the
    extra fields ``anchor`` and ``rule`` (the grammar rule that found it). Only
    dates: durations, references, clock times, sets and range ends are in
    :func:`scan_times`; a range is one interval here.
    """
    result: list[tuple[int, int, TimeValue]] = []
    for r in scan_times(text, document_date, grammar=grammar):
        if r["kind"] != "date":
            continue
        s = r["span"]
        tv = TimeValue(
            text=r["text"],
            span=Span(**s),
            value=r["value"],
            granularity=r["granularity"],
            modifier=r["modifier"],
            anchor=r["anchor"],
            rule=r["rule"],
        )
        result.append((s["start"], s["end"], tv))
    return result
