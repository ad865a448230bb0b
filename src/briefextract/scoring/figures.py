"""Counters behind every reported figure, and their JSON form.

A figure whose denominator is zero is ``None`` (JSON ``null``, "n/a" in
text), never 0: "nothing to score" is not "scored badly". Counters add, so
micro-averaging over documents is summing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from briefextract.scoring.error_records import ErrorRecord


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives of one layer (or one type of it)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float | None:
        """Precision, ``None`` when the system proposed nothing."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def r(self) -> float | None:
        """Recall, ``None`` when gold holds nothing."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """F1 as ``2tp / (2tp + fp + fn)``: the harmonic mean of P and R where both exist.

        It is ``None`` only when both sides are empty; an empty system against
        non-empty gold has F1 0.0 (precision ``None``, recall 0.0).
        """
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        """``{"p", "r", "f1", "tp", "fp", "fn"}`` with ``None`` for undefined ratios."""
        return {"p": self.p, "r": self.r, "f1": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Accuracy:
    """Correct decisions out of the pairs where the attribute is scored."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        """``correct / total``, ``None`` when nothing was scored."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_json(self) -> dict[str, Any]:
        """``{"accuracy", "correct", "total"}`` with ``None`` for an undefined accuracy."""
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


Figure = PRF | Accuracy
F = TypeVar("F", PRF, Accuracy)

# The keys of the report, in report order.
PRF_KEYS: tuple[str, ...] = (
    "actors",
    "actor_mentions",
    "places",
    "place_mentions",
    "event_triggers_id",
    "event_triggers_cls",
    "event_arguments",
    "claims",
    "claim_source_pairs",
    "relations",
)
ACCURACY_KEYS: tuple[str, ...] = (
    "actor_type_accuracy",
    "place_type_accuracy",
    "event_date_accuracy",
    "event_location_accuracy",
    "event_casualty_accuracy",
    "event_modality_accuracy",
    "claim_attribution_accuracy",
    "claim_cue_accuracy",
)
KEYS: tuple[str, ...] = PRF_KEYS + ACCURACY_KEYS


def empty_figure(key: str) -> Figure:
    """The zero counter of ``key``."""
    if key in PRF_KEYS:
        return PRF()
    if key in ACCURACY_KEYS:
        return Accuracy()
    raise KeyError(key)


def total(figures: Iterable[F], start: F) -> F:
    """The sum of counters (micro-averaging)."""
    result = start
    for figure in figures:
        result = result + figure
    return result


def add_by_type(into: dict[str, F], more: Mapping[str, F]) -> None:
    """Add per-type counters of ``more`` into ``into`` (in place; for accumulating only)."""
    for label, figure in more.items():
        into[label] = into[label] + figure if label in into else figure


class Tally:
    """Accumulates counters per type: ``tally.prf("PERSON", tp=1)``, ``tally.acc("BOMBING", True)``."""

    def __init__(self) -> None:
        self.by_type: dict[str, Any] = {}

    def prf(self, label: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Count outcomes of ``label``."""
        add_by_type(self.by_type, {label: PRF(tp, fp, fn)})

    def acc(self, label: str, correct: bool) -> None:
        """Count one scored decision of ``label``."""
        add_by_type(self.by_type, {label: Accuracy(int(correct), 1)})

    def sorted(self) -> dict[str, Any]:
        """Per-type counters with labels sorted, so output never depends on insertion order."""
        return {label: self.by_type[label] for label in sorted(self.by_type)}

    def prf_total(self) -> PRF:
        """The sum of the per-type PRF counters."""
        return total(self.by_type.values(), PRF())

    def accuracy_total(self) -> Accuracy:
        """The sum of the per-type accuracy counters."""
        return total(self.by_type.values(), Accuracy())


@dataclass
class LayerScore:
    """What one layer found in one document: its figures, per-type figures and error records.

    ``figures[key]`` is the overall counter of a report key,
    ``per_type[key][label]`` its counter per type (labels sorted).
    """

    doc_id: str
    figures: dict[str, Figure] = field(default_factory=dict)
    per_type: dict[str, dict[str, Figure]] = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)

    def put(self, key: str, figure: Figure, tally: Tally) -> None:
        """Record the overall counter and the per-type counters of ``key``."""
        self.figures[key] = figure
        self.per_type[key] = tally.sorted()

    def prf(self, key: str) -> PRF:
        figure = self.figures[key]
        assert isinstance(figure, PRF), key
        return figure

    def accuracy(self, key: str) -> Accuracy:
        figure = self.figures[key]
        assert isinstance(figure, Accuracy), key
        return figure
