"""Every rule record's inline-annotated examples, run through the full pipeline.

A claim example must come out with its cue, content and source, made by that
record (provenance), so removing the record fails its test. Hedge and source
examples must be matched by their own record at the marked words.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from briefextract.claims.claim_extractor import FILES, ClaimExtractor
from briefextract.claims.claim_rules import NOT_CLAIM, ClaimRule, HedgeRule, SourceRule
from briefextract.rules.inline import Marked, parse_inline
from briefextract.rules.resources import model_path, read_jsonl
from briefextract.scoring.folding import token_f1

FOLDER = model_path("claims")
CUES = read_jsonl(FOLDER / FILES["cues"], ClaimRule)
HEDGES = read_jsonl(FOLDER / FILES["hedges"], HedgeRule)
SOURCES = read_jsonl(FOLDER / FILES["sources"], SourceRule)


def _cases(records: list[Any]) -> list[tuple[Any, str]]:
    return [(r, ex) for r in records for ex in r.examples]


def _ids(cases: list[tuple[Any, str]]) -> list[str]:
    return [f"{r.id}-{n}" for n, (r, _) in enumerate(cases)]


def _one(marks: list[Marked], tag: str) -> Marked | None:
    found = [m for m in marks if m.tag == tag]
    return found[0] if found else None


def _overlaps(a: tuple[int, int], m: Marked) -> bool:
    return a[0] < m.end and m.start < a[1]


CLAIM_CASES = _cases([r for r in CUES if r.label != NOT_CLAIM])
VETO_CASES = _cases([r for r in CUES if r.label == NOT_CLAIM])
HEDGE_CASES = _cases(HEDGES)
SOURCE_CASES = _cases(SOURCES)


def test_every_record_has_an_example() -> None:
    assert all(r.examples for r in [*CUES, *HEDGES, *SOURCES])


@pytest.mark.pipeline
@pytest.mark.parametrize(("rule", "example"), CLAIM_CASES, ids=_ids(CLAIM_CASES))
def test_claim_examples(nlp: Language, rule: ClaimRule, example: str) -> None:
    text, marks = parse_inline(example)
    cue, content, src = _one(marks, "cue"), _one(marks, "content"), _one(marks, "src")
    assert content is not None
    doc = nlp(text)
    claims = list(doc._.bx_claims.values())
    made = [c for c in claims if c["provenance"]["cue"] == rule.id]
    assert made, f"{rule.id} made no claim in {text!r}: {claims}"
    best = max(made, key=lambda c: token_f1(content.text, c["content"]["text"]))
    assert token_f1(content.text, best["content"]["text"]) >= 0.8, best["content"]["text"]
    if cue is not None:
        assert _overlaps((best["cue"]["start"], best["cue"]["end"]), cue)
    if src is not None:
        assert src.text in best["source_text"] or best["source_text"] in src.text, best["source_text"]
    elif rule.sourceless:
        assert best["source"] is None and best["source_text"] == ""


@pytest.mark.pipeline
@pytest.mark.parametrize(("rule", "example"), VETO_CASES, ids=_ids(VETO_CASES))
def test_veto_examples(nlp: Language, rule: ClaimRule, example: str) -> None:
    text, _ = parse_inline(example)
    doc = nlp(text)
    claimer: ClaimExtractor = nlp.get_pipe("briefextract_claims")
    vetoes = [m for m in claimer.cues.matches(doc) if m.rule.id == rule.id]
    assert vetoes, f"{rule.id} does not match {text!r}"
    vetoed = {i for m in vetoes for i in range(m.start, m.end)}
    assert not any(
        c["cue"]["start"] <= doc[i].idx < c["cue"]["end"] for c in doc._.bx_claims.values() for i in vetoed
    )


@pytest.mark.pipeline
@pytest.mark.parametrize(("rule", "example"), HEDGE_CASES, ids=_ids(HEDGE_CASES))
def test_hedge_examples(nlp: Language, rule: HedgeRule, example: str) -> None:
    text, marks = parse_inline(example)
    marked = _one(marks, "hedge") or _one(marks, "nothedge")
    assert marked is not None
    doc = nlp(text)
    claimer: ClaimExtractor = nlp.get_pipe("briefextract_claims")
    hits = [m for m in claimer.hedges.matches(doc) if m.rule.id == rule.id]
    assert any(_overlaps((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])), marked) for m in hits)
    claims = list(doc._.bx_claims.values())
    if marked.tag == "hedge" and claims:
        assert any(c["hedged"] for c in claims)
    if marked.tag == "nothedge":
        assert claims and not any(c["hedged"] for c in claims)


@pytest.mark.pipeline
@pytest.mark.parametrize(("rule", "example"), SOURCE_CASES, ids=_ids(SOURCE_CASES))
def test_source_examples(nlp: Language, rule: SourceRule, example: str) -> None:
    text, marks = parse_inline(example)
    head, speaker = _one(marks, "head"), _one(marks, "speaker")
    assert head is not None
    doc = nlp(text)
    claimer: ClaimExtractor = nlp.get_pipe("briefextract_claims")
    found = [m for m in claimer.sources.matches(doc) if m.rule.id == rule.id]
    heads = [doc[i] for m in found if (i := m.node(rule.head) if rule.head else m.anchor) is not None]
    assert any(_overlaps((t.idx, t.idx + len(t)), head) for t in heads)
    if speaker is not None:
        nodes = [doc[m.node(rule.speaker or "")] for m in found if m.node(rule.speaker or "") is not None]
        assert any(_overlaps((t.idx, t.idx + len(t)), speaker) for t in nodes)
