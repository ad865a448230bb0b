"""Shared fixtures: the records as shipped, and one statistical parser per session."""

from __future__ import annotations

import re
from typing import Any

import pytest
import spacy
from spacy.language import Language

from briefextract.pipeline import DEFAULT_MODEL
from briefextract.relations.relation_rules import (
    DescriptionRule,
    EventRelationRule,
    ImpliedAgentRule,
    RelationRule,
)
from briefextract.rules import Lexicon
from briefextract.rules.inline import Marked, parse_inline
from briefextract.rules.resources import model_path, read_jsonl
from briefextract.schema.vocab import PLACE_TYPES

RULES = read_jsonl(model_path("relations/constructions.jsonl"), RelationRule)
EVENT_RULES = read_jsonl(model_path("relations/from_events.jsonl"), EventRelationRule)
IMPLIED_RULES = read_jsonl(model_path("relations/implied_agents.jsonl"), ImpliedAgentRule)
DESCRIPTION_RULES = read_jsonl(model_path("relations/descriptions.jsonl"), DescriptionRule)
LEXICON_PATH = model_path("relations/lexicon.jsonl")


@pytest.fixture(scope="session")
def parser() -> Language:
    """The base statistical pipeline alone: only the parse is needed to run a record."""
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.from_files([LEXICON_PATH])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def entity_table(marked: list[Marked]) -> list[dict[str, Any]]:
    """An entity table from inline tags: each tagged span is one entity named by its
    text (``type=`` its type, ``key=`` an optional gazetteer key)."""
    table: dict[str, dict[str, Any]] = {}
    for m in marked:
        eid = slug(m.text)
        etype = m.attrs.get("type", "ARMED_GROUP")
        row = table.setdefault(
            eid,
            {
                "id": eid,
                "kind": "place" if etype in PLACE_TYPES else "actor",
                "name": m.text,
                "type": etype,
                "aliases": [],
                "gazetteer_key": m.attrs.get("key"),
                "mentions": [],
            },
        )
        row["mentions"].append({"start": m.start, "end": m.end, "text": m.text})
    return list(table.values())


def expected_pairs(marked: list[Marked]) -> set[tuple[str, str]]:
    """Every <head> with every <tail>: the relations an example states."""
    heads = {slug(m.text) for m in marked if m.tag == "head"}
    tails = {slug(m.text) for m in marked if m.tag == "tail"}
    if not tails:  # a list of heads all related to one untagged collective
        return set()
    return {(h, t) for h in heads for t in tails if h != t}


__all__ = ["EVENT_RULES", "IMPLIED_RULES", "RULES", "entity_table", "expected_pairs", "parse_inline", "slug"]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The whole briefextract pipeline, loaded once."""
    import briefextract

    return briefextract.load()
