"""Joining the event, claim and relation records of a document's pieces."""

from __future__ import annotations

from briefextract.batch.piece_layers import PieceLayers, id_map, join_layers, piece_layers, shift_spans


def span(start: int, end: int, text: str = "x") -> dict:
    return {"start": start, "end": end, "text": text}


TABLE = [  # the entities of the whole text
    {"id": "kestrel_front", "mentions": [span(100, 113), span(300, 313)]},
    {"id": "ardmore", "mentions": [span(150, 157)]},
]


def test_shift_spans_moves_every_nested_span_and_nothing_else() -> None:
    record = {"trigger": span(1, 4), "date": {"text": "2004", "span": span(5, 9), "value": "2004"}, "n": 3}
    moved = shift_spans(record, 100)
    assert moved["trigger"]["start"] == 101 and moved["date"]["span"]["end"] == 109
    assert moved["date"]["value"] == "2004" and moved["n"] == 3
    assert record["trigger"]["start"] == 1  # the input is not changed


def test_id_map_takes_the_entity_owning_most_mentions() -> None:
    local = {"front": [(100, 113), (300, 313)], "town": [(150, 157)], "ghost": [(900, 905)]}
    assert id_map(local, TABLE) == {"front": "kestrel_front", "town": "ardmore"}


def test_id_map_breaks_ties_by_id() -> None:
    table = [{"id": "b", "mentions": [span(0, 1)]}, {"id": "a", "mentions": [span(2, 3)]}]
    assert id_map({"x": [(0, 1), (2, 3)]}, table) == {"x": "a"}


def _piece(offset: int, local_id: str, mention: tuple[int, int], ev_id: str) -> PieceLayers:
    doc_layers = {
        "events": {
            ev_id: {
                "id": ev_id,
                "trigger": span(5, 11),
                "participants": [{"role": "agent", "ref": local_id}, {"role": "patient", "ref": "nobody"}],
                "locations": ["town"],
            }
        },
        "claims": {"c1": {"id": "c1", "source": local_id, "about": ["nobody"], "cue": span(20, 24)}},
        "relations": {
            "r": {"head": local_id, "type": "OPERATES_IN", "tail": "town", "evidence": span(0, 30)}
        },
    }
    table = [
        {"id": local_id, "mentions": [span(mention[0] - offset, mention[1] - offset)]},
        {"id": "town", "mentions": [span(150 - offset, 157 - offset)]}
        if offset == 0
        else {"id": "town", "mentions": []},
    ]
    return piece_layers(doc_layers, table, offset)


def test_join_layers_remaps_renumbers_and_deduplicates() -> None:
    first = _piece(0, "kf", (100, 113), "e1")
    second = _piece(200, "front", (300, 313), "e1")
    joined = join_layers([first, second], TABLE)
    events = joined["events"]
    assert [e["id"] for e in events] == ["e1", "e2"]
    assert events[0]["participants"] == [{"role": "agent", "ref": "kestrel_front"}]  # unmapped ref dropped
    assert events[0]["locations"] == ["ardmore"] and events[1]["locations"] == []
    assert events[1]["trigger"]["start"] == 205
    assert [c["id"] for c in joined["claims"]] == ["c1", "c2"]
    assert all(c["source"] == "kestrel_front" and c["about"] == [] for c in joined["claims"])
    # the same (head, type, tail) from two pieces is one relation; one whose tail maps to nothing is dropped
    assert [(r["head"], r["tail"]) for r in joined["relations"]] == [("kestrel_front", "ardmore")]
