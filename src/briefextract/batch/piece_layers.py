"""Events, claims and relations of a document processed in pieces.

Each piece runs the whole pipeline with a provisional, piece-local entity table, so
its layer records name piece-local entity ids. Once the mentions of all pieces are
resolved into entities over the whole text, :func:`join_layers` shifts every span of
the pieces' records to whole-text offsets and maps each local id to the entity of
the whole text that holds most of its mentions; ends, participants and places that
map to nothing are dropped. Event and claim ids are renumbered in text order and
relations deduplicated by (head, type, tail), as the layers do for a whole Doc.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SPAN_KEYS = frozenset({"start", "end", "text"})


@dataclass
class PieceLayers:
    """One piece's layer records and local entities, offsets already whole-text."""

    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    local_mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def shift_spans(node: Any, offset: int) -> Any:
    """A copy of ``node`` with every span (a dict with start, end and text) moved by ``offset``."""
    if isinstance(node, dict):
        moved = {k: shift_spans(v, offset) for k, v in node.items()}
        if node.keys() >= SPAN_KEYS and isinstance(node["start"], int) and isinstance(node["end"], int):
            moved["start"], moved["end"] = node["start"] + offset, node["end"] + offset
        return moved
    if isinstance(node, list):
        return [shift_spans(v, offset) for v in node]
    return node


def piece_layers(
    doc_layers: Mapping[str, Any], table: Iterable[Mapping[str, Any]], offset: int
) -> PieceLayers:
    """What a piece Doc's layers hold, moved to whole-text offsets."""
    out = PieceLayers()
    for key, target in (("events", out.events), ("claims", out.claims), ("relations", out.relations)):
        target.extend(shift_spans(r, offset) for r in (doc_layers.get(key) or {}).values())
    for ent in table:
        out.local_mentions[ent["id"]] = [(m["start"] + offset, m["end"] + offset) for m in ent["mentions"]]
    return out


def id_map(
    local_mentions: Mapping[str, list[tuple[int, int]]], table: Iterable[Mapping[str, Any]]
) -> dict[str, str]:
    """Local entity id -> whole-text entity id: the entity owning most of its mentions
    (ties to the id that sorts first, so the result does not depend on order)."""
    owner: dict[tuple[int, int], str] = {}
    for ent in table:
        for m in ent["mentions"]:
            owner[(m["start"], m["end"])] = ent["id"]
    out: dict[str, str] = {}
    for local, spans in local_mentions.items():
        votes = Counter(owner[s] for s in spans if s in owner)
        if votes:
            best = max(votes.values())
            out[local] = min(k for k, v in votes.items() if v == best)
    return out


def join_layers(pieces: list[PieceLayers], table: list[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The events, claims and relations of the whole text, from its pieces' records."""
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
    for piece in pieces:
        ids = id_map(piece.local_mentions, table)
        for ev in piece.events:
            ev = dict(ev)
            ev["participants"] = _unique(
                {"role": p["role"], "ref": ids[p["ref"]]}
                for p in ev.get("participants", [])
                if p["ref"] in ids
            )
            ev["locations"] = list(dict.fromkeys(ids[p] for p in ev.get("locations", []) if p in ids))
            ev["id"] = f"e{len(events) + 1}"
            events.append(ev)
        for cl in piece.claims:
            cl = dict(cl)
            cl["source"] = ids.get(cl["source"]) if cl.get("source") else None
            cl["about"] = list(dict.fromkeys(ids[a] for a in cl.get("about", []) if a in ids))
            cl["id"] = f"c{len(claims) + 1}"
            claims.append(cl)
        for rel in piece.relations:
            head, tail = ids.get(rel["head"]), ids.get(rel["tail"])
            if head is None or tail is None or head == tail:
                continue
            key = (head, rel["type"], tail)
            if key not in relations:
                relations[key] = {**rel, "head": head, "tail": tail}
    return {"events": events, "claims": claims, "relations": list(relations.values())}


def _unique(items: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
