"""Every event rule record's inline examples, run through the whole pipeline.

``<ev type=T>...</ev>`` marks a trigger the example must yield (type T); ``mod=M`` its
modality. A modality example without any ``<ev>`` (goals, habits, tactics) must yield
no event at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text
from briefextract.rules.inline import parse_inline
from briefextract.rules.resources import model_path

pytestmark = pytest.mark.pipeline


def _examples(fname: str) -> list[tuple[str, str]]:
    path: Path = model_path(f"events/{fname}")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        out.extend((record["id"], ex) for ex in record.get("examples", []))
    return out


TRIGGER_EXAMPLES = _examples("triggers.jsonl")
CUE_EXAMPLES = _examples("modality.jsonl")  # each cue: a positive and a negative example


def test_every_trigger_type_has_an_example() -> None:
    types = {
        json.loads(line)["label"] for line in model_path("events/triggers.jsonl").read_text().splitlines()
    }
    with_examples = {
        json.loads(line)["label"]
        for line in model_path("events/triggers.jsonl").read_text().splitlines()
        if json.loads(line)["examples"]
    }
    assert types - {"NOT_EVENT", "ABSORBED"} <= with_examples


@pytest.mark.parametrize(
    ("rule", "example"),
    TRIGGER_EXAMPLES + CUE_EXAMPLES,
    ids=[f"{r}-{i}" for i, (r, _) in enumerate(TRIGGER_EXAMPLES + CUE_EXAMPLES)],
)
def test_rule_example(nlp: Language, rule: str, example: str) -> None:
    text, marked = parse_inline(example)
    brief = extract_text(nlp, text, doc_id="example")
    wanted = [m for m in marked if m.tag == "ev"]
    for m in (m for m in marked if m.tag == "veto"):
        vetoed = [e.type for e in brief.events if e.trigger.start < m.end and m.start < e.trigger.end]
        assert not vetoed, f"{rule}: {m.text!r} should be no event, got {vetoed}"
    if not wanted:
        assert brief.events == [], f"{rule}: expected no event, got {[e.trigger.text for e in brief.events]}"
    for m in wanted:
        hits = [e for e in brief.events if e.trigger.start < m.end and m.start < e.trigger.end]
        assert hits, f"{rule}: no event at {m.text!r}; got {[(e.type, e.trigger.text) for e in brief.events]}"
        if "type" in m.attrs:
            assert m.attrs["type"] in {e.type for e in hits}, (
                f"{rule}: {[(e.type, e.trigger.text) for e in hits]}"
            )
        if "mod" in m.attrs:
            assert m.attrs["mod"] in {e.modality for e in hits}, f"{rule}: {[e.modality for e in hits]}"


ROLE_TAGS = {"a": "agent", "p": "patient", "r": "result", "m": "mission"}
ARGUMENT_EXAMPLES = _examples("arguments.jsonl")


@pytest.mark.parametrize(("rule", "example"), ARGUMENT_EXAMPLES, ids=[r for r, _ in ARGUMENT_EXAMPLES])
def test_argument_example(nlp: Language, rule: str, example: str) -> None:
    """The event at ``<ev>`` has, in the role of each ``<a>``/``<p>``/``<r>``/``<m>``, the
    actor whose mention lies in the marked words."""
    text, marked = parse_inline(example)
    brief = extract_text(nlp, text, doc_id="example")
    (trigger,) = [m for m in marked if m.tag == "ev"]
    events = [e for e in brief.events if e.trigger.start < trigger.end and trigger.start < e.trigger.end]
    assert events, f"{rule}: no event at {trigger.text!r}"
    mentions = {a.id: [(s.start, s.end) for s in a.mentions] for a in brief.actors}
    for m in marked:
        if m.tag not in ROLE_TAGS:
            continue
        role = ROLE_TAGS[m.tag]
        refs = {p.ref for e in events for p in e.participants if p.role == role}
        hit = [r for r in refs if any(m.start <= s and e <= m.end for s, e in mentions.get(r, []))]
        assert hit, (
            f"{rule}: no {role} in {m.text!r}; "
            f"got {[(p.role, p.ref) for e in events for p in e.participants]}"
        )
