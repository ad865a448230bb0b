"""Flat tables and the JSON Schema."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from briefextract.schema.brief import Brief
from briefextract.view.export import COLUMNS, brief_schema, write_csv_tables


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_table_per_layer_keyed_by_doc_and_record(brief: Brief, tmp_path: Path) -> None:
    written = write_csv_tables([brief], tmp_path)
    assert {p.stem for p in written} == set(COLUMNS)
    tables = {p.stem: read(p) for p in written}
    assert [r["actor_id"] for r in tables["actors"]] == ["kf", "heron", "reyes", "quill"]
    assert tables["actors"][0]["rules"] == "gaz.armed_group|alias.parenthesis"
    assert [(r["entity_id"], r["mention_index"], r["text"]) for r in tables["mentions"][:3]] == [
        ("kf", "0", "Kestrel Front"),
        ("kf", "1", "KF"),
        ("kf", "2", "KF"),
    ]
    event = tables["events"][0]
    assert (event["event_id"], event["date_value"], event["killed"], event["killed_modifier"]) == (
        "e1",
        "2009-03",
        "3",
        "AT_LEAST",
    )
    assert [(r["event_id"], r["role"], r["actor_id"]) for r in tables["event_participants"]][:2] == [
        ("e1", "agent", "kf"),
        ("e2", "agent", "kf"),
    ]
    assert tables["claims"][0]["content_text"] == "will not stop"
    assert [r["relation_id"] for r in tables["relations"]] == ["r0", "r1", "r2"]
    assert all(r["doc_id"] == "kestrel" for rows in tables.values() for r in rows)
    assert all(list(read(p)[0]) == list(COLUMNS[p.stem]) for p in written if read(p))


def test_schema_describes_the_brief() -> None:
    schema = brief_schema()
    json.dumps(schema)
    assert set(schema["required"]) == {"doc_id", "text_sha256"}
    assert {"actors", "places", "events", "claims", "relations"} <= set(schema["properties"])
    assert schema["$defs"]["Event"]["properties"]["type"]["enum"][0] == "ATTACK"


def test_committed_schema_is_current() -> None:
    committed = Path(__file__).resolve().parents[2] / "docs" / "brief.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == brief_schema(), (
        "docs/brief.schema.json is stale: run `briefextract schema > docs/brief.schema.json`"
    )
