"""The readable text report: what was not scored first, then the figures, a legend, details.

Layers down, figures across, three decimals, "n/a" where a ratio has a zero
denominator. A layer with nothing on either side (no gold and no system
record) is one line saying so, not a row of "n/a".
"""

from __future__ import annotations

from collections.abc import Mapping

from briefextract.scoring.collection_scores import Evaluation
from briefextract.scoring.figures import ACCURACY_KEYS, PRF, PRF_KEYS, Accuracy, Figure

LEGEND = """\
How to read this
  P   precision: of what the system found, the share that is in gold (tp / (tp + fp))
  R   recall: of what gold holds, the share the system found (tp / (tp + fn))
  F1  the balance of the two (2tp / (2tp + fp + fn))
  tp  found and right; fp  found but not in gold (spurious); fn  in gold but not found (missed)
  acc  share of matched pairs where the attribute agrees (correct / total)
  micro-averaged  counts summed over all documents before dividing, so long documents weigh more
  n/a  nothing to divide by (e.g. P when the system proposed nothing)
  event_triggers_id   an event is found: the trigger span overlaps a gold trigger (type ignored)
  event_triggers_cls  ... and the event type is right too
  event_arguments     (event, role, participant) triples of matched events
  claim_source_pairs  a claim found with its source attributed correctly
  date, location and casualty accuracy count matched events where gold or system has a value
  (both null: left out); modality accuracy counts every matched event.
  See docs/ANNOTATION.md, "How briefs are scored"."""


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _empty(figure: Figure) -> bool:
    return (figure.tp + figure.fp + figure.fn == 0) if isinstance(figure, PRF) else figure.total == 0


def _nothing(label: str, width: int, what: str) -> str:
    return f"{label:<{width}}  ({what})"


def _prf_rows(rows: Mapping[str, PRF], indent: str = "", header: str = "layer") -> list[str]:
    width = max([len(indent) + len(label) for label in rows] + [len(header)])
    lines = [f"{header:<{width}}  {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for label, f in rows.items():
        if _empty(f):
            lines.append(_nothing(indent + label, width, "nothing in gold or system"))
        else:
            lines.append(
                f"{indent + label:<{width}}  {_ratio(f.p):>6} {_ratio(f.r):>6} {_ratio(f.f1):>6} "
                f"{f.tp:>6} {f.fp:>6} {f.fn:>6}"
            )
    return lines


def _accuracy_rows(rows: Mapping[str, Accuracy], indent: str = "", header: str = "attribute") -> list[str]:
    width = max([len(indent) + len(label) for label in rows] + [len(header)])
    lines = [f"{header:<{width}}  {'acc':>6} {'correct':>7} {'total':>6}"]
    for label, f in rows.items():
        if _empty(f):
            lines.append(_nothing(indent + label, width, "no matched pair to judge"))
        else:
            lines.append(f"{indent + label:<{width}}  {_ratio(f.accuracy):>6} {f.correct:>7} {f.total:>6}")
    return lines


def _tables(figures: Mapping[str, Figure]) -> list[str]:
    prf = {key: figures[key] for key in PRF_KEYS if isinstance(figures.get(key), PRF)}
    accuracy = {key: figures[key] for key in ACCURACY_KEYS if isinstance(figures.get(key), Accuracy)}
    return [*_prf_rows(prf), "", *_accuracy_rows(accuracy)]  # type: ignore[arg-type]


def _unscored(evaluation: Evaluation) -> list[str]:
    lines = []
    if evaluation.no_system:
        lines.append(
            f"NOT SCORED: {len(evaluation.no_system)} gold document(s) have no system brief "
            "(all their records count as missed):"
        )
        lines += [f"  {doc_id}" for doc_id in evaluation.no_system]
    if evaluation.no_gold:
        lines.append(f"NOT SCORED: {len(evaluation.no_gold)} system brief(s) have no gold brief (ignored):")
        lines += [f"  {doc_id}" for doc_id in evaluation.no_gold]
    return [*lines, ""] if lines else []


def render_text(evaluation: Evaluation, *, legend: bool = True) -> str:
    """The report as text: unscored documents, overall tables, legend, per type, per document.

    Per-type sections list only the types that occur in gold or system.
    """
    n_docs = len(evaluation.per_document)
    lines = _unscored(evaluation)
    lines += [f"Overall (micro-averaged over {n_docs} document{'s' if n_docs != 1 else ''})", ""]
    lines += _tables(evaluation.overall)
    if legend:
        lines += ["", LEGEND]

    lines += ["", "", "Per type"]
    for key, by_type in evaluation.per_type.items():
        if not by_type:
            continue
        lines += ["", key]
        rows = _prf_rows(by_type, "  ", "type") if key in PRF_KEYS else _accuracy_rows(by_type, "  ", "type")  # type: ignore[arg-type]
        lines += rows

    lines += ["", "", "Per document"]
    for doc_id, figures in evaluation.per_document.items():
        note = "  (no system brief: all missed)" if doc_id in evaluation.no_system else ""
        lines += ["", doc_id + note, *_tables(figures)]
    return "\n".join(lines) + "\n"
