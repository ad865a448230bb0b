"""The entity layer's records as ``doc._.bx_entities`` holds them: JSON-able, keyed by id."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from briefextract.entities.canon import Entity, Mention


def records_by_id(entities: Iterable[Entity]) -> dict[str, dict[str, Any]]:
    """The JSON-able records of ``doc._.bx_entities``, keyed by entity id."""
    return {
        ent.id: {
            "id": ent.id,
            "kind": ent.kind,
            "name": ent.name,
            "type": ent.type,
            "aliases": ent.aliases,
            "country": ent.country,
            "gazetteer_key": ent.key,
            "rules": ent.rules,
            "mentions": [_mention_record(m) for m in ent.mentions],
        }
        for ent in entities
    }


_MENTION_FIELDS = tuple(f.name for f in fields(Mention) if f.metadata.get("record", True))


def _mention_record(m: Mention) -> dict[str, Any]:
    """``dataclasses.asdict(m)``: a Mention holds only strings, numbers and None, so a
    shallow copy is the same record without asdict's recursive deep copy (its main cost)."""
    return {name: getattr(m, name) for name in _MENTION_FIELDS}
