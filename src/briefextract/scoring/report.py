"""The readable text report: layers down, figures across, "n/a" where a figure is undefined."""

from __future__ import annotations

from collections.abc import Mapping

from briefextract.scoring.evaluate import Evaluation
from briefextract.scoring.figures import ACCURACY_KEYS, PRF, PRF_KEYS, Accuracy, Figure


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf_rows(rows: Mapping[str, PRF], indent: str = "", header: str = "layer") -> list[str]:
    width = max([len(indent) + len(label) for label in rows] + [len(header)])
    lines = [f"{header:<{width}}  {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"]
    lines += [
        f"{indent + label:<{width}}  {_ratio(f.p):>6} {_ratio(f.r):>6} {_ratio(f.f1):>6} "
        f"{f.tp:>6} {f.fp:>6} {f.fn:>6}"
        for label, f in rows.items()
    ]
    return lines


def _accuracy_rows(rows: Mapping[str, Accuracy], indent: str = "", header: str = "attribute") -> list[str]:
    width = max([len(indent) + len(label) for label in rows] + [len(header)])
    lines = [f"{header:<{width}}  {'acc':>6} {'correct':>7} {'total':>6}"]
    lines += [
        f"{indent + label:<{width}}  {_ratio(f.accuracy):>6} {f.correct:>7} {f.total:>6}"
        for label, f in rows.items()
    ]
    return lines


def _tables(figures: Mapping[str, Figure]) -> list[str]:
    prf = {key: figures[key] for key in PRF_KEYS if isinstance(figures.get(key), PRF)}
    accuracy = {key: figures[key] for key in ACCURACY_KEYS if isinstance(figures.get(key), Accuracy)}
    return [*_prf_rows(prf), "", *_accuracy_rows(accuracy)]  # type: ignore[arg-type]


def render_text(evaluation: Evaluation) -> str:
    """The report as text: overall tables, then per-type and per-document sections.

    Ratios have three decimals; "n/a" marks a ratio whose denominator is zero.
    Per-type sections list only the types that occur in gold or system.
    """
    n_docs = len(evaluation.per_document)
    lines = [f"Overall (micro-averaged over {n_docs} document{'s' if n_docs != 1 else ''})"]
    if evaluation.unscored:
        lines.append(f"Not scored, no gold brief: {', '.join(evaluation.unscored)}")
    lines += ["", *_tables(evaluation.overall)]

    lines += ["", "", "Per type"]
    for key, by_type in evaluation.per_type.items():
        if not by_type:
            continue
        lines += ["", key]
        rows = _prf_rows(by_type, "  ", "type") if key in PRF_KEYS else _accuracy_rows(by_type, "  ", "type")  # type: ignore[arg-type]
        lines += rows

    lines += ["", "", "Per document"]
    for doc_id, figures in evaluation.per_document.items():
        lines += ["", doc_id, *_tables(figures)]
    return "\n".join(lines) + "\n"
