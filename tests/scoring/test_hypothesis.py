"""Properties that hold for every valid brief (issue 10), checked with hypothesis.

Derandomised, so CI runs the same examples every time; ``BX_HYPOTHESIS_EXAMPLES``
raises the number of examples for a longer local hunt.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefextract.schema.brief import Brief
from briefextract.schema.vocab import SYMMETRIC_RELATIONS
from briefextract.scoring import PRF, Accuracy, Evaluation, evaluate_briefs, render_text
from briefextract.scoring.figures import ACCURACY_KEYS, PRF_KEYS

from .builders import shuffled_and_renamed
from .strategies import brief_pairs

EXAMPLES = int(os.environ.get("BX_HYPOTHESIS_EXAMPLES", "500"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _counts(brief: Brief) -> dict[str, int]:
    """What each PRF figure counts on one side, computed from the brief alone."""
    triples = set()
    for r in brief.relations:
        head, tail = r.head, r.tail
        if r.type in SYMMETRIC_RELATIONS and tail < head:
            head, tail = tail, head
        triples.add((head, r.type, tail))
    return {
        "actors": len(brief.actors),
        "actor_mentions": sum(len(a.mentions) for a in brief.actors),
        "places": len(brief.places),
        "place_mentions": sum(len(p.mentions) for p in brief.places),
        "event_triggers_id": len(brief.events),
        "event_triggers_cls": len(brief.events),
        "event_arguments": sum(len({(p.role, p.ref) for p in e.participants}) for e in brief.events),
        "claims": len(brief.claims),
        "claim_source_pairs": len(brief.claims),
        "relations": len(triples),
    }


def _all_figures(evaluation: Evaluation) -> list[PRF | Accuracy]:
    figures = list(evaluation.overall.values())
    for by_type in evaluation.per_type.values():
        figures += by_type.values()
    for per_doc in evaluation.per_document.values():
        figures += per_doc.values()
    return figures


def _check_ranges_and_counts(gold: Brief, system: Brief, evaluation: Evaluation) -> None:
    for figure in _all_figures(evaluation):
        ratios = (figure.p, figure.r, figure.f1) if isinstance(figure, PRF) else (figure.accuracy,)
        assert all(r is None or 0.0 <= r <= 1.0 for r in ratios), figure
        if isinstance(figure, Accuracy):
            assert 0 <= figure.correct <= figure.total
    gold_counts, system_counts = _counts(gold), _counts(system)
    for key in PRF_KEYS:
        figure = evaluation.overall[key]
        assert figure.tp + figure.fn == gold_counts[key], key
        assert figure.tp + figure.fp == system_counts[key], key


def _swapped(figure: PRF) -> PRF:
    return PRF(tp=figure.tp, fp=figure.fn, fn=figure.fp)


def _check_swap(forward: Evaluation, backward: Evaluation) -> None:
    for key in PRF_KEYS:
        assert backward.overall[key] == _swapped(forward.overall[key]), key
        assert (backward.overall[key].p, backward.overall[key].r) == (
            forward.overall[key].r,
            forward.overall[key].p,
        ), key
        # Trigger identification counts a pair under the gold type, so only its total is symmetric.
        if key != "event_triggers_id":
            assert backward.per_type[key] == {k: _swapped(f) for k, f in forward.per_type[key].items()}, key


def _check_perfect(brief: Brief) -> None:
    evaluation = evaluate_briefs([brief], [brief])
    for figure in _all_figures(evaluation):
        ratios = (figure.p, figure.r, figure.f1) if isinstance(figure, PRF) else (figure.accuracy,)
        assert set(ratios) <= {1.0, None}, figure
    assert evaluation.errors == []


def _check_empty_system(brief: Brief) -> None:
    empty = Brief(doc_id=brief.doc_id, text_sha256=brief.text_sha256)
    for evaluation in (evaluate_briefs([empty], [brief]), evaluate_briefs([], [brief])):
        for key in PRF_KEYS:
            figure = evaluation.overall[key]
            assert figure.p is None and figure.tp == figure.fp == 0, key
            assert figure.r == (0.0 if figure.fn else None), key
        for key in ACCURACY_KEYS:
            assert evaluation.overall[key] == Accuracy(0, 0), key
        assert {e.outcome for e in evaluation.errors} <= {"missed"}


# Generating a brief costs more than scoring it, so each test checks several properties per example.


@PROPERTY
@given(brief_pairs())
def test_scoring_never_raises_stays_in_range_counts_add_up_and_swaps(pair: tuple[Brief, Brief]) -> None:
    gold, system = pair
    forward = evaluate_briefs([system], [gold])
    _check_ranges_and_counts(gold, system, forward)
    json.dumps(forward.to_json())
    json.dumps([e.to_json() for e in forward.errors])
    render_text(forward)
    backward = evaluate_briefs([gold], [system])
    _check_ranges_and_counts(system, gold, backward)
    _check_swap(forward, backward)


@PROPERTY
@given(brief_pairs(), st.integers(0, 2**16))
def test_self_score_empty_system_and_shuffling_and_renaming(pair: tuple[Brief, Brief], seed: int) -> None:
    gold, system = pair
    _check_perfect(gold)
    _check_perfect(system)
    _check_empty_system(gold)
    expected = evaluate_briefs([system], [gold]).to_json()
    shuffled = evaluate_briefs([shuffled_and_renamed(system, seed)], [shuffled_and_renamed(gold, seed + 1)])
    assert shuffled.to_json() == expected
