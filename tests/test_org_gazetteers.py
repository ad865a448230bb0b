"""Consistency checks for the organisation gazetteers in models/gazetteers/."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

GAZ_DIR = Path(__file__).resolve().parents[1] / "models" / "gazetteers"
FILES = {
    "armed_groups.jsonl": {"ARMED_GROUP"},
    "organisations.jsonl": {"GOVERNMENT_BODY", "INTERNATIONAL_ORG", "POLITICAL_GROUP", "RESEARCH_MEDIA"},
}
LABELS = {"ARMED_GROUP", "GOVERNMENT_BODY", "INTERNATIONAL_ORG", "POLITICAL_GROUP", "RESEARCH_MEDIA"}
REQUIRED = {"id", "label", "name", "aliases", "comment"}
OPTIONAL = {"lists", "country", "parent", "successor", "status", "ambiguous"}
LIST_TAGS = {
    "us_fto",
    "us_tel",
    "us_sdgt",
    "un_1267",
    "un_1988",
    "un_2713",
    "uk_proscribed",
    "eu_terror_list",
}
STATUSES = {"current", "delisted", "defunct"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def normalise(text: str) -> str:
    """Fold case, accents, apostrophes, hyphens and a leading 'the' for duplicate detection."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[\u2018\u2019\u02bc`\u00b4'.]", "", text)
    text = re.sub(r"[-\u2010-\u2015/_,]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def _load() -> list[tuple[str, int, dict]]:
    rows = []
    for fname in FILES:
        path = GAZ_DIR / fname
        for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            rows.append((fname, line_no, json.loads(raw)))
    return rows


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [rec for _, _, rec in _load()]


@pytest.fixture(scope="module")
def by_id(records: list[dict]) -> dict[str, dict]:
    return {rec["id"]: rec for rec in records}


def test_every_line_is_a_json_object() -> None:
    for fname in FILES:
        lines = (GAZ_DIR / fname).read_text(encoding="utf-8").splitlines()
        assert lines, f"{fname} is empty"
        for line_no, raw in enumerate(lines, start=1):
            assert raw.strip(), f"{fname}:{line_no}: blank line"
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as exc:
                pytest.fail(f"{fname}:{line_no}: not JSON: {exc.msg}")
            assert isinstance(rec, dict), f"{fname}:{line_no}: not an object"


def test_ids_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for fname, line_no, rec in _load():
        rid = rec.get("id")
        assert isinstance(rid, str) and ID_RE.match(rid), f"{fname}:{line_no}: bad id {rid!r}"
        assert rid not in seen, f"{fname}:{line_no}: id {rid!r} already used at {seen[rid]}"
        seen[rid] = f"{fname}:{line_no}"


def test_labels_and_fields() -> None:
    for fname, line_no, rec in _load():
        where = f"{fname}:{line_no} ({rec.get('id')})"
        assert rec.keys() >= REQUIRED, f"{where}: missing {REQUIRED - rec.keys()}"
        assert not rec.keys() - REQUIRED - OPTIONAL, (
            f"{where}: unknown keys {rec.keys() - REQUIRED - OPTIONAL}"
        )
        assert rec["label"] in LABELS, f"{where}: bad label {rec['label']!r}"
        assert rec["label"] in FILES[fname], f"{where}: label {rec['label']} does not belong in {fname}"
        assert isinstance(rec["name"], str) and rec["name"].strip() == rec["name"] and rec["name"], where
        assert isinstance(rec["aliases"], list), f"{where}: aliases is not a list"
        assert all(isinstance(a, str) and a.strip() == a and a for a in rec["aliases"]), f"{where}: bad alias"
        assert isinstance(rec["comment"], str) and rec["comment"].strip(), f"{where}: empty comment"
        if "lists" in rec:
            assert isinstance(rec["lists"], list) and set(rec["lists"]) <= LIST_TAGS, f"{where}: bad lists"
            assert len(set(rec["lists"])) == len(rec["lists"]), f"{where}: repeated list tag"
        if "country" in rec:
            assert re.fullmatch(r"[A-Z]{2}", rec["country"]), f"{where}: bad country {rec['country']!r}"
        if "status" in rec:
            assert rec["status"] in STATUSES, f"{where}: bad status {rec['status']!r}"
        if "ambiguous" in rec:
            assert rec["ambiguous"] is True, f"{where}: ambiguous must be true when present"


def test_no_alias_repeated_within_a_record(records: list[dict]) -> None:
    for rec in records:
        forms = [rec["name"], *rec["aliases"]]
        folded = [f.casefold() for f in forms]
        dupes = {f for f in folded if folded.count(f) > 1}
        assert not dupes, f"{rec['id']}: repeated name/alias {sorted(dupes)}"


def test_no_shared_names_within_a_label_unless_ambiguous(records: list[dict]) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec in records:
        for form in [rec["name"], *rec["aliases"]]:
            owners[(rec["label"], normalise(form))].add(rec["id"])
    ambiguous = {rec["id"] for rec in records if rec.get("ambiguous")}
    clashes = [
        f"{label} {form!r}: {sorted(ids)}"
        for (label, form), ids in owners.items()
        if len(ids) > 1 and not ids <= ambiguous
    ]
    assert not clashes, "unmarked shared names:\n" + "\n".join(sorted(clashes))


def test_parent_and_successor_ids_exist(records: list[dict], by_id: dict[str, dict]) -> None:
    for rec in records:
        for field in ("parent", "successor"):
            if field in rec:
                assert rec[field] in by_id, f"{rec['id']}: {field} {rec[field]!r} is not an id"
                assert rec[field] != rec["id"], f"{rec['id']}: {field} points to itself"


def test_known_facts(by_id: dict[str, dict]) -> None:
    imu = by_id["imu"]
    assert imu["label"] == "ARMED_GROUP"
    assert "IMU" in imu["aliases"]
    assert "us_fto" in imu["lists"]
    assert by_id["jabhat-al-nusra"]["successor"] == "hts"
    assert by_id["minusma"]["parent"] == "un"
    assert by_id["minusma"]["label"] == "INTERNATIONAL_ORG"
    assert by_id["un"]["label"] == "INTERNATIONAL_ORG"
    cia = next(r for r in by_id.values() if "CIA" in [r["name"], *r["aliases"]])
    assert cia["label"] == "GOVERNMENT_BODY"
    assert cia["country"] == "US"
    assert by_id["hezbollah"]["label"] == "ARMED_GROUP"
    assert {"Hizballah", "Hezbollah"} <= {by_id["hezbollah"]["name"], *by_id["hezbollah"]["aliases"]}
    assert by_id["taliban"]["label"] == "ARMED_GROUP"
    assert by_id["reuters"]["label"] == "RESEARCH_MEDIA"


def test_label_counts_are_substantial(records: list[dict]) -> None:
    counts: dict[str, int] = defaultdict(int)
    for rec in records:
        counts[rec["label"]] += 1
    assert counts["ARMED_GROUP"] >= 150
    assert counts["INTERNATIONAL_ORG"] >= 150
    assert counts["GOVERNMENT_BODY"] >= 150
    assert counts["RESEARCH_MEDIA"] >= 150
    assert counts["POLITICAL_GROUP"] >= 80


OFFSHOOT = re.compile(r"^(?:the\s+)?(?:Provisional|Real|Continuity|Official)\s", re.IGNORECASE)


def test_no_record_takes_an_offshoots_name(records: list[dict]) -> None:
    """A "Provisional"/"Real"/"Continuity"/"Official" offshoot is its own actor (issue 16), so
    a record's alias never adds that word to a name that lacks it."""
    for r in records:
        if r["label"] != "ARMED_GROUP" or OFFSHOOT.match(r["name"]):
            continue
        assert not [a for a in r["aliases"] if OFFSHOOT.match(a)], r["id"]


@pytest.mark.parametrize(
    ("record", "not_alias"),
    [
        ("ira", "Provisional IRA"),
        ("eta", "Batasuna"),
        ("cpp-npa", "New People's Army"),
        ("hamas", "Qassam Brigades"),
        ("cira", "Republican Sinn Fein"),
    ],
    ids=["offshoot", "political-wing", "armed-wing-listed-together", "armed-wing", "party"],
)
def test_wings_fronts_and_offshoots_are_separate_records(
    by_id: dict[str, dict], record: str, not_alias: str
) -> None:
    assert not_alias not in by_id[record]["aliases"]


def test_a_several_word_name_ending_in_a_genitive_is_also_found_without_it() -> None:
    from briefextract.entities.gazetteers import GazetteerEntry

    forms = GazetteerEntry("x", "RESEARCH_MEDIA", "Tarrow Hall's", ("Marlow’s",)).surface_forms()
    assert "Tarrow Hall's" in forms and "Tarrow Hall" in forms
    assert "Marlow" not in forms  # one word: a possessive-less form would be a bare name
