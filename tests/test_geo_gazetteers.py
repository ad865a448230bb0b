"""Sanity checks for the generated geographic gazetteers (no spaCy needed)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "models" / "gazetteers"


def _jsonl(name: str) -> list[dict]:
    with (GAZ / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def countries() -> list[dict]:
    return _jsonl("countries.jsonl")


@pytest.fixture(scope="module")
def regions() -> list[dict]:
    return _jsonl("regions.jsonl")


@pytest.fixture(scope="module")
def cities() -> list[dict]:
    with (GAZ / "cities.tsv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        assert reader.fieldnames == ["id", "label", "name", "country", "population", "aliases"]
        return list(reader)


def _key(text: str) -> str:
    return text.casefold().strip()


def test_files_are_small():
    for name in ("countries.jsonl", "cities.tsv", "regions.jsonl"):
        assert (GAZ / name).stat().st_size < 3_000_000, name


def test_ids_unique_and_labels(countries, cities, regions):
    for records, labels in ((countries, {"COUNTRY"}), (cities, {"CITY"}), (regions, {"REGION", "OTHER"})):
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids))
        assert all(r["label"] in labels for r in records)
        assert all(r["name"] for r in records)


def test_jsonl_records_have_comment(countries, regions):
    for r in countries + regions:
        assert r["comment"], r["id"]
        assert isinstance(r["aliases"], list)


def test_country_codes(countries):
    current = [r for r in countries if not r.get("historical")]
    assert len(current) >= 240
    codes = [r["iso2"] for r in current]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert len(codes) == len(set(codes))
    for r in countries:
        if r.get("historical"):
            assert r["iso2"] is None or re.fullmatch(r"[A-Z]{2}", r["iso2"])


def test_country_facts(countries):
    by_code = {r["iso2"]: r for r in countries if not r.get("historical")}
    assert by_code["KE"]["capital"] == "Nairobi"
    assert by_code["DZ"]["name"] == "Algeria"
    assert "U.S." in by_code["US"]["aliases"]
    assert "United States of America" in by_code["US"]["aliases"]
    assert "Afghan" in by_code["AF"]["demonyms"]
    assert "Britain" in by_code["GB"]["aliases"]
    assert "British" in by_code["GB"]["demonyms"]
    assert "Burma" in by_code["MM"]["aliases"]
    assert by_code["IR"]["name"] == "Iran"
    assert by_code["KR"]["name"] == "South Korea"
    assert by_code["KP"]["name"] == "North Korea"
    assert by_code["CI"]["name"] == "Ivory Coast"
    assert "Kiev" in by_code["UA"]["capital_aliases"]
    historical = {r["name"] for r in countries if r.get("historical")}
    assert {"Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany", "Rhodesia", "Zaire"} <= historical


def test_every_country_has_demonym(countries):
    missing = [r["iso2"] for r in countries if not r.get("historical") and not r["demonyms"]]
    assert not missing


def test_city_names(cities, countries):
    country_names = set()
    for r in countries:
        country_names.add(_key(r["name"]))
        country_names.update(_key(a) for a in r["aliases"] if len(a) > 3)
    names = [_key(r["name"]) for r in cities]
    assert len(names) == len(set(names))
    assert not [n for n in names if n in country_names]
    for bad in ("mobile", "of", "split", "nice", "reading", "bath", "djibouti", "kuwait", "singapore"):
        assert bad not in names
    assert {"mexico city", "guatemala city", "kyiv", "baghdad", "mosul"} <= set(names)
    assert all(r["population"].isdigit() for r in cities)
    assert all(re.fullmatch(r"[A-Z]{2}", r["country"]) for r in cities)


def test_city_aliases(cities):
    by_name = {r["name"]: r for r in cities}
    assert "Kiev" in by_name["Kyiv"]["aliases"].split("|")
    for r in cities:
        for alias in filter(None, r["aliases"].split("|")):
            assert alias.strip() == alias


def test_regions(regions):
    names = {r["name"] for r in regions}
    for expected in (
        "Sahel",
        "Horn of Africa",
        "Middle East",
        "Gaza Strip",
        "West Bank",
        "Donbas",
        "Crimea",
        "Kashmir",
        "Red Sea",
        "Hindu Kush",
        "Lake Chad",
        "Nile",
        "Helmand",
    ):
        assert expected in names, expected
    hand = [r for r in regions if r["id"].startswith("region-")]
    features = [r for r in regions if r["label"] == "OTHER"]
    assert len(hand) >= 150
    assert len(features) >= 80
    for r in regions:
        assert r["country"] is None or re.fullmatch(r"[A-Z]{2}", r["country"])
