"""Scoring a collection: system briefs against gold briefs, paired by doc_id.

- Documents are paired by ``doc_id``. Every gold document is scored; one
  with no system brief is scored against an empty brief, so all its records
  count as missed, and it is listed in :attr:`Evaluation.no_system`. System
  briefs with no gold brief are not scored; they are listed in
  :attr:`Evaluation.no_gold`. Both lists head the report.
- Briefs that cannot be scored raise
  :class:`~briefextract.errors.EvaluationError` naming the document and the
  record, never a traceback from the scorer: a paired system brief whose
  ``text_sha256`` differs from the gold one (its offsets mean nothing), a
  doc_id occurring twice on one side, an id used twice or a reference to an
  id no actor or place has.
- Overall figures are micro-averages: counters summed over documents.
  Per-type figures are summed the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefextract.errors import EvaluationError
from briefextract.schema.brief import Brief, reference_problems
from briefextract.scoring.document_scores import score_document
from briefextract.scoring.error_records import ErrorRecord
from briefextract.scoring.figures import KEYS, Figure, add_by_type, empty_figure


@dataclass(frozen=True)
class Evaluation:
    """The figures of one evaluation, as data.

    ``overall[key]``, ``per_type[key][type]`` and ``per_document[doc_id][key]``
    are :class:`~briefextract.scoring.figures.PRF` or
    :class:`~briefextract.scoring.figures.Accuracy` counters; ``errors`` holds
    the error records (:class:`~briefextract.scoring.error_records.ErrorRecord`);
    ``no_system`` the gold doc_ids that had no system brief (scored as all
    missed), ``no_gold`` the system doc_ids that have no gold brief (not scored).
    """

    overall: dict[str, Figure]
    per_type: dict[str, dict[str, Figure]]
    per_document: dict[str, dict[str, Figure]]
    errors: list[ErrorRecord] = field(default_factory=list)
    no_system: list[str] = field(default_factory=list)
    no_gold: list[str] = field(default_factory=list)

    @property
    def unscored(self) -> list[str]:
        """Every doc_id named as unscored: gold without a system brief, system without gold."""
        return sorted({*self.no_system, *self.no_gold})

    def to_json(self) -> dict[str, Any]:
        """``{"unscored", "overall", "per_type", "per_document"}``.

        ``unscored`` is ``{"no_system": [...], "no_gold": [...]}``. A PRF
        figure is ``{"p", "r", "f1", "tp", "fp", "fn"}``, an accuracy
        ``{"accuracy", "correct", "total"}``; undefined ratios are null.
        """
        return {
            "unscored": {"no_system": list(self.no_system), "no_gold": list(self.no_gold)},
            "overall": {key: figure.to_json() for key, figure in self.overall.items()},
            "per_type": {
                key: {label: figure.to_json() for label, figure in by_type.items()}
                for key, by_type in self.per_type.items()
            },
            "per_document": {
                doc_id: {key: figure.to_json() for key, figure in figures.items()}
                for doc_id, figures in self.per_document.items()
            },
        }


def _by_doc_id(briefs: Iterable[Brief], side: str) -> dict[str, Brief]:
    result: dict[str, Brief] = {}
    for brief in briefs:
        if brief.doc_id in result:
            raise EvaluationError(f"document {brief.doc_id!r}: occurs more than once in the {side} briefs")
        problems = reference_problems(brief)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise EvaluationError(f"{side} brief {brief.doc_id!r}: {problems[0]}{more}")
        result[brief.doc_id] = brief
    return result


def evaluate_briefs(system: Iterable[Brief], gold: Iterable[Brief]) -> Evaluation:
    """Score ``system`` briefs against ``gold`` briefs (see the module docstring for the pairing rules).

    Raises :class:`~briefextract.errors.EvaluationError` for briefs that
    cannot be scored (see the module docstring).
    """
    gold_docs = _by_doc_id(gold, "gold")
    system_docs = _by_doc_id(system, "system")
    for doc_id in sorted(gold_docs.keys() & system_docs.keys()):
        if gold_docs[doc_id].text_sha256 != system_docs[doc_id].text_sha256:
            raise EvaluationError(
                f"document {doc_id!r}: the system brief's text_sha256 {system_docs[doc_id].text_sha256} "
                f"differs from the gold brief's {gold_docs[doc_id].text_sha256}: "
                "they were made from different texts"
            )
    overall: dict[str, Figure] = {key: empty_figure(key) for key in KEYS}
    per_type: dict[str, dict[str, Any]] = {key: {} for key in KEYS}
    per_document: dict[str, dict[str, Figure]] = {}
    errors: list[ErrorRecord] = []
    for doc_id in sorted(gold_docs):
        gold_brief = gold_docs[doc_id]
        system_brief = system_docs.get(doc_id) or Brief(doc_id=doc_id, text_sha256=gold_brief.text_sha256)
        score = score_document(gold_brief, system_brief)
        for key in KEYS:
            overall[key] = overall[key] + score.figures[key]  # type: ignore[operator]
            add_by_type(per_type[key], score.per_type[key])
        per_document[doc_id] = score.figures
        errors.extend(score.errors)
    return Evaluation(
        overall=overall,
        per_type={
            key: {label: by_type[label] for label in sorted(by_type)} for key, by_type in per_type.items()
        },
        per_document=per_document,
        errors=errors,
        no_system=sorted(gold_docs.keys() - system_docs.keys()),
        no_gold=sorted(system_docs.keys() - gold_docs.keys()),
    )
