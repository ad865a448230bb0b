"""Properties every scorer must have: perfect self-score, empty system, symmetry, order and id invariance."""

from __future__ import annotations

from typing import Any

import pytest

from briefextract.schema.brief import Brief
from briefextract.scoring import PRF, Accuracy, ErrorRecord, evaluate_briefs
from briefextract.scoring.figures import ACCURACY_KEYS, PRF_KEYS

from .builders import partial_system, rich_gold, shuffled_and_renamed


def _gold_set() -> list[Brief]:
    return [rich_gold("d1"), rich_gold("d2"), partial_system("d3")]


def _system_set() -> list[Brief]:
    return [partial_system("d1"), rich_gold("d2"), rich_gold("d3")]


def test_gold_against_itself_is_perfect() -> None:
    evaluation = evaluate_briefs(_gold_set(), _gold_set())
    for key, figure in evaluation.overall.items():
        if isinstance(figure, PRF):
            assert (figure.p, figure.r, figure.f1) == (1.0, 1.0, 1.0), key
        else:
            assert figure.accuracy == 1.0, key
    for figures in [*evaluation.per_document.values(), *evaluation.per_type.values()]:
        for label, figure in figures.items():
            values = (figure.p, figure.r, figure.f1) if isinstance(figure, PRF) else (figure.accuracy,)
            assert set(values) <= {1.0, None}, label
    assert evaluation.errors == []


def test_empty_system_has_recall_zero_and_no_precision() -> None:
    empty = [Brief(doc_id=b.doc_id, text_sha256=b.text_sha256) for b in _gold_set()]
    for evaluation in (evaluate_briefs(empty, _gold_set()), evaluate_briefs([], _gold_set())):
        for key in PRF_KEYS:
            figure = evaluation.overall[key]
            assert (figure.p, figure.r, figure.f1, figure.tp, figure.fp) == (None, 0.0, 0.0, 0, 0), key
            assert figure.fn > 0
        for key in ACCURACY_KEYS:
            assert evaluation.overall[key] == Accuracy(0, 0), key
            assert evaluation.overall[key].accuracy is None
        assert {e.outcome for e in evaluation.errors} == {"missed"}


def _swapped(figure: PRF) -> PRF:
    return PRF(tp=figure.tp, fp=figure.fn, fn=figure.fp)


def test_swapping_system_and_gold_swaps_precision_and_recall() -> None:
    forward = evaluate_briefs(_system_set(), _gold_set())
    backward = evaluate_briefs(_gold_set(), _system_set())
    for key in PRF_KEYS:
        assert backward.overall[key] == _swapped(forward.overall[key]), key
        assert backward.overall[key].p == forward.overall[key].r
        assert backward.overall[key].r == forward.overall[key].p
        for doc_id in forward.per_document:
            assert backward.per_document[doc_id][key] == _swapped(forward.per_document[doc_id][key])
        # Trigger identification counts per gold type, so only its overall figure is symmetric.
        if key != "event_triggers_id":
            swapped = {label: _swapped(f) for label, f in forward.per_type[key].items()}
            assert backward.per_type[key] == swapped, key
    # The fixtures are not trivial: something is wrong in each direction.
    assert 0 < forward.overall["actors"].tp < forward.overall["actors"].tp + forward.overall["actors"].fp


@pytest.mark.parametrize("seed", range(10))
def test_record_order_and_ids_change_nothing(seed: int) -> None:
    expected = evaluate_briefs(_system_set(), _gold_set()).to_json()
    system = [shuffled_and_renamed(b, seed) for b in reversed(_system_set())]
    gold = [shuffled_and_renamed(b, seed + 1000) for b in _gold_set()]
    assert evaluate_briefs(system, gold).to_json() == expected


def test_renaming_changes_ids_in_errors_only() -> None:
    plain = evaluate_briefs(_system_set(), _gold_set())
    renamed = evaluate_briefs([shuffled_and_renamed(b, 3) for b in _system_set()], _gold_set())

    def without_ids(errors: list[ErrorRecord]) -> list[tuple[Any, ...]]:
        return sorted(
            (e.doc_id, e.layer, e.outcome, str(e.system.evidence if e.system else None)) for e in errors
        )

    assert without_ids(renamed.errors) == without_ids(plain.errors)
