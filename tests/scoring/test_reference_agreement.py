"""The scorer agrees with an independent implementation of ANNOTATION.md v1.2 (:mod:`.reference`).

System briefs are the bundled gold briefs, randomly mutated as an extractor
might err: records dropped, duplicated and retyped, dates nulled, roles
swapped, actors merged. Every overall figure of the production scorer lies
within 0.03 of the reference's (they may differ only where the contract
leaves ties open); where one is undefined, so is the other.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest

from briefextract.io.briefio import load_briefs
from briefextract.schema.brief import Brief
from briefextract.schema.vocab import ACTOR_TYPES, CLAIM_KINDS, EVENT_TYPES, RELATION_TYPES
from briefextract.scoring import PRF, evaluate_briefs

from . import reference
from .builders import rich_gold

GOLD_DIR = Path(__file__).resolve().parents[2] / "gold"
TOLERANCE = 0.03


def _gold() -> list[Brief]:
    briefs = [b for path in sorted(GOLD_DIR.glob("*.jsonl")) for b in load_briefs(path)]
    return briefs or [rich_gold("d1")]


GOLD = _gold()


def _merge_actors(data: dict[str, Any], rng: random.Random) -> None:
    """Fold one actor into another: names, aliases and mentions joined, references redirected."""
    if len(data["actors"]) < 2:
        return
    keep, gone = rng.sample(range(len(data["actors"])), 2)
    a, b = data["actors"][keep], data["actors"][gone]
    a["aliases"] = [*a["aliases"], b["name"], *b["aliases"]]
    a["mentions"] = [*a["mentions"], *b["mentions"]]
    old, new = b["id"], a["id"]
    del data["actors"][gone]
    for e in data["events"]:
        for p in e["participants"]:
            p["ref"] = new if p["ref"] == old else p["ref"]
    for c in data["claims"]:
        c["source"] = new if c["source"] == old else c["source"]
        c["about"] = [new if x == old else x for x in c["about"]]
    for r in data["relations"]:
        r["head"] = new if r["head"] == old else r["head"]
        r["tail"] = new if r["tail"] == old else r["tail"]


def mutate(brief: Brief, rng: random.Random) -> Brief:
    data: dict[str, Any] = brief.model_dump(mode="json")
    for _ in range(rng.randint(0, 3)):
        _merge_actors(data, rng)
    for key in ("events", "claims", "relations"):
        records = [r for r in data[key] if rng.random() > 0.2]  # dropped
        records += [
            copy.deepcopy(dict(r, id=f"{r.get('id', 'r')}_dup{i}"))
            for i, r in enumerate(records)
            if rng.random() < 0.1
        ]
        data[key] = records
    for a in data["actors"]:
        if rng.random() < 0.15:
            a["type"] = rng.choice(ACTOR_TYPES)
    for e in data["events"]:
        if rng.random() < 0.15:
            e["type"] = rng.choice(EVENT_TYPES)
        if rng.random() < 0.3:
            e["date"] = None
        if rng.random() < 0.1:
            e["casualties"] = None
        for p in e["participants"]:
            if p["role"] in ("agent", "patient") and rng.random() < 0.3:
                p["role"] = "patient" if p["role"] == "agent" else "agent"
    for c in data["claims"]:
        if rng.random() < 0.15:
            c["kind"] = rng.choice(CLAIM_KINDS)
    for r in data["relations"]:
        if rng.random() < 0.15:
            r["type"] = rng.choice(RELATION_TYPES)
    return Brief.model_validate(data)


def _production(system: list[Brief], gold: list[Brief]) -> dict[str, dict[str, Any]]:
    evaluation = evaluate_briefs(system, gold)
    out: dict[str, dict[str, Any]] = {}
    for key, figure in evaluation.overall.items():
        out[key] = {"p": figure.p, "r": figure.r, "f1": figure.f1} if isinstance(figure, PRF) else {
            "accuracy": figure.accuracy
        }  # fmt: skip
    return out


@pytest.mark.parametrize("seed", range(10))
def test_scorer_agrees_with_the_reference_on_mutated_gold(seed: int) -> None:
    rng = random.Random(seed)
    system = [mutate(b, rng) for b in GOLD]
    ours, theirs = _production(system, GOLD), reference.score(system, GOLD)
    assert set(ours) == set(theirs)
    for key, figures in ours.items():
        for name, value in figures.items():
            other = theirs[key][name]
            assert (value is None) == (other is None), (key, name, value, other)
            if value is not None:
                assert abs(value - other) <= TOLERANCE, (key, name, value, other)


def test_reference_sees_a_perfect_system_as_perfect() -> None:
    figures = reference.score(GOLD, GOLD)
    assert all(v in (1.0, None) for f in figures.values() for v in f.values())
