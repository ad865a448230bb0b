"""Loading brief files: schema, id references and span integrity, with errors that name the place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefextract.errors import BriefFileError
from briefextract.io.briefio import BriefWriter, load_briefs
from briefextract.schema.brief import text_sha256

TEXT = "KFEH bombed Nairobi in 2009. France retook the port."


def brief(**overrides: object) -> dict:
    data = {
        "doc_id": "d1",
        "text_sha256": text_sha256(TEXT),
        "actors": [
            {
                "id": "kfeh",
                "name": "KFEH",
                "type": "ARMED_GROUP",
                "mentions": [{"start": 0, "end": 4, "text": "KFEH"}],
            }
        ],
        "places": [
            {
                "id": "nairobi",
                "name": "Nairobi",
                "type": "CITY",
                "country": "KE",
                "mentions": [{"start": 12, "end": 19, "text": "Nairobi"}],
            }
        ],
        "events": [
            {
                "id": "e1",
                "type": "BOMBING",
                "trigger": {"start": 5, "end": 11, "text": "bombed"},
                "evidence": {"start": 0, "end": 28, "text": TEXT[:28]},
                "locations": ["nairobi"],
                "participants": [{"role": "agent", "ref": "kfeh"}],
            }
        ],
    }
    data.update(overrides)
    return data


def write(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "briefs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_valid_file_loads_with_its_texts(tmp_path: Path) -> None:
    briefs = load_briefs(write(tmp_path, brief()), texts={"d1": TEXT})
    assert [b.doc_id for b in briefs] == ["d1"]
    assert briefs[0].actors[0].mentions[0].text == "KFEH"


def test_span_text_that_differs_from_the_document_names_file_line_doc_and_offsets(tmp_path: Path) -> None:
    bad = brief()
    bad["places"][0]["mentions"][0] = {"start": 13, "end": 20, "text": "Nairobi"}
    path = write(tmp_path, brief(doc_id="d0"), bad)
    with pytest.raises(BriefFileError) as info:
        load_briefs(path, texts={"d0": TEXT, "d1": TEXT})
    message = str(info.value)
    assert str(path) in message and "line 2" in message and "'d1'" in message
    assert "place 'nairobi' mention 0" in message and "13-20" in message
    assert info.value.line == 2 and info.value.doc_id == "d1"


def test_span_whose_text_length_disagrees_with_offsets_is_rejected_without_the_text(tmp_path: Path) -> None:
    bad = brief()
    bad["actors"][0]["mentions"][0] = {"start": 0, "end": 5, "text": "KFEH"}
    with pytest.raises(BriefFileError, match=r"line 1, doc_id 'd1'.*4 characters but offsets 0-5"):
        load_briefs(write(tmp_path, bad))


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("events", 0, "participants", 0, "ref"),
            "nobody",
            "participant agent refers to unknown actor 'nobody'",
        ),
        (("events", 0, "locations", 0), "nowhere", "location refers to unknown place 'nowhere'"),
    ],
    ids=["participant", "location"],
)
def test_dangling_references_are_rejected(tmp_path: Path, path: tuple, value: str, expected: str) -> None:
    bad = brief()
    target = bad
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(BriefFileError, match=expected):
        load_briefs(write(tmp_path, bad))


def test_unknown_type_and_bad_json_are_rejected_with_line_numbers(tmp_path: Path) -> None:
    bad = brief()
    bad["actors"][0]["type"] = "TERRORIST"
    with pytest.raises(BriefFileError, match=r"line 1, doc_id 'd1': actors\.0\.type"):
        load_briefs(write(tmp_path, bad))
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(brief()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(BriefFileError, match="line 2: not JSON"):
        load_briefs(broken)


def test_wrong_text_hash_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BriefFileError, match="text_sha256 does not match"):
        load_briefs(write(tmp_path, brief()), texts={"d1": TEXT + " "})


def test_duplicate_doc_ids_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(BriefFileError, match="more than one line"):
        load_briefs(write(tmp_path, brief(), brief()))


def test_writer_round_trips_with_sorted_keys_and_extra_fields(tmp_path: Path) -> None:
    original = load_briefs(write(tmp_path, brief(provenance="test")))[0]
    out = tmp_path / "out.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        BriefWriter(handle).write(original)
    line = out.read_text(encoding="utf-8")
    assert list(json.loads(line)) == sorted(json.loads(line))
    again = load_briefs(out, texts={"d1": TEXT})[0]
    assert again == original and again.model_extra == {"provenance": "test"}
