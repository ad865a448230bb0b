"""Flat tables of briefs, one per layer, for pandas or a spreadsheet; and the brief's JSON Schema.

Every table starts with ``doc_id`` and the record's id; rows that belong to a
record (mentions, participants) repeat that record's id, so tables join on
``(doc_id, id)``. Relations have no id in the format; their ``relation_id``
is ``r<position>`` in the brief. Lists inside a cell (aliases, locations,
about, rule ids) are joined with ``|``. Written with the standard library's
``csv`` module: UTF-8, a header row, ``\\n`` line ends.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefextract.schema.brief import Brief, Span, TimeValue
from briefextract.view.record_keys import rule_ids

LIST_SEPARATOR = "|"

COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": ("doc_id", "actor_id", "name", "type", "aliases", "n_mentions", "rules"),
    "mentions": ("doc_id", "entity_id", "entity_layer", "mention_index", "start", "end", "text"),
    "places": ("doc_id", "place_id", "name", "type", "country", "aliases", "n_mentions", "rules"),
    "events": (
        "doc_id",
        "event_id",
        "type",
        "trigger_start",
        "trigger_end",
        "trigger_text",
        "date_value",
        "date_granularity",
        "date_modifier",
        "date_text",
        "date_start",
        "date_end",
        "locations",
        "killed",
        "killed_modifier",
        "injured",
        "injured_modifier",
        "modality",
        "evidence_start",
        "evidence_end",
        "evidence_text",
        "rules",
    ),
    "event_participants": ("doc_id", "event_id", "role", "actor_id"),
    "claims": (
        "doc_id",
        "claim_id",
        "source",
        "source_text",
        "cue_start",
        "cue_end",
        "cue_text",
        "content_start",
        "content_end",
        "content_text",
        "kind",
        "hedged",
        "date_value",
        "date_granularity",
        "date_modifier",
        "date_text",
        "date_start",
        "date_end",
        "about",
        "rules",
    ),
    "relations": (
        "doc_id",
        "relation_id",
        "head",
        "type",
        "tail",
        "date_value",
        "date_granularity",
        "date_modifier",
        "date_text",
        "date_start",
        "date_end",
        "evidence_start",
        "evidence_end",
        "evidence_text",
        "rules",
    ),
}


def _span(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _date(tv: TimeValue | None) -> dict[str, Any]:
    span = tv.span if tv is not None else None
    return {
        "date_value": tv.value if tv else None,
        "date_granularity": tv.granularity if tv else None,
        "date_modifier": tv.modifier if tv else None,
        "date_text": tv.text if tv else None,
        "date_start": span.start if span else None,
        "date_end": span.end if span else None,
    }


def _join(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def brief_tables(briefs: Iterable[Brief]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table, keyed by table name (see :data:`COLUMNS`)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for b in briefs:
        d = b.doc_id
        for layer, records in (("actor", b.actors), ("place", b.places)):
            for k, m in ((r.id, m) for r in records for m in r.mentions):
                tables["mentions"].append(
                    {"doc_id": d, "entity_id": k, "entity_layer": layer, **m.model_dump()}
                )
        for a in b.actors:
            tables["actors"].append(
                {
                    "doc_id": d,
                    "actor_id": a.id,
                    "name": a.name,
                    "type": a.type,
                    "aliases": _join(a.aliases),
                    "n_mentions": len(a.mentions),
                    "rules": _join(rule_ids(a)),
                }
            )
        for p in b.places:
            tables["places"].append(
                {
                    "doc_id": d,
                    "place_id": p.id,
                    "name": p.name,
                    "type": p.type,
                    "country": p.country,
                    "aliases": _join(p.aliases),
                    "n_mentions": len(p.mentions),
                    "rules": _join(rule_ids(p)),
                }
            )
        for e in b.events:
            killed = e.casualties.killed if e.casualties else None
            injured = e.casualties.injured if e.casualties else None
            tables["events"].append(
                {
                    "doc_id": d,
                    "event_id": e.id,
                    "type": e.type,
                    **_span("trigger", e.trigger),
                    **_date(e.date),
                    "locations": _join(e.locations),
                    "killed": killed.value if killed else None,
                    "killed_modifier": killed.modifier if killed else None,
                    "injured": injured.value if injured else None,
                    "injured_modifier": injured.modifier if injured else None,
                    "modality": e.modality,
                    **_span("evidence", e.evidence),
                    "rules": _join(rule_ids(e)),
                }
            )
            tables["event_participants"] += [
                {"doc_id": d, "event_id": e.id, "role": p.role, "actor_id": p.ref} for p in e.participants
            ]
        for c in b.claims:
            tables["claims"].append(
                {
                    "doc_id": d,
                    "claim_id": c.id,
                    "source": c.source,
                    "source_text": c.source_text,
                    **_span("cue", c.cue),
                    **_span("content", c.content),
                    "kind": c.kind,
                    "hedged": c.hedged,
                    **_date(c.date),
                    "about": _join(c.about),
                    "rules": _join(rule_ids(c)),
                }
            )
        for k, r in enumerate(b.relations):
            tables["relations"].append(
                {
                    "doc_id": d,
                    "relation_id": f"r{k}",
                    "head": r.head,
                    "type": r.type,
                    "tail": r.tail,
                    **_date(r.date),
                    **_span("evidence", r.evidence),
                    "rules": _join(rule_ids(r)),
                }
            )
    return tables


def write_csv_tables(briefs: Iterable[Brief], folder: Path) -> dict[Path, int]:
    """Write ``<table>.csv`` for every table into ``folder``; returns each path with its row count.

    Mentions are numbered per entity (``mention_index``) in brief order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    tables = brief_tables(briefs)
    _number_mentions(tables["mentions"])
    written: dict[Path, int] = {}
    for name, columns in COLUMNS.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(tables[name])
        written[path] = len(tables[name])
    return written


def _number_mentions(rows: list[dict[str, Any]]) -> None:
    seen: dict[tuple[str, str, str], int] = {}
    for row in rows:
        key = (row["doc_id"], row["entity_layer"], row["entity_id"])
        row["mention_index"] = seen.get(key, 0)
        seen[key] = row["mention_index"] + 1


def brief_schema() -> dict[str, Any]:
    """The JSON Schema of one brief, from the pydantic models (extra fields allowed everywhere)."""
    from briefextract.schema.brief import Brief as _Brief

    schema = _Brief.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "briefextract brief"
    schema["description"] = (
        "One document's brief (one line of a brief file), as ANNOTATION.md defines it. "
        "Offsets are code points into the document text, end exclusive."
    )
    return schema
