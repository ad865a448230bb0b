"""Scoring system briefs against gold briefs (ANNOTATION.md, "How briefs are scored").

``evaluate_briefs(system, gold)`` returns an :class:`Evaluation` holding the
figures as data; ``Evaluation.to_json()`` is the JSON report,
``Evaluation.errors`` the error-analysis records, and
:func:`render_text` the readable table.
"""

from __future__ import annotations

from briefextract.scoring.evaluate import Evaluation, evaluate_briefs
from briefextract.scoring.figures import ACCURACY_KEYS, KEYS, PRF, PRF_KEYS, Accuracy
from briefextract.scoring.layers import DocumentScore, score_document
from briefextract.scoring.report import render_text

__all__ = [
    "ACCURACY_KEYS",
    "KEYS",
    "PRF",
    "PRF_KEYS",
    "Accuracy",
    "DocumentScore",
    "Evaluation",
    "evaluate_briefs",
    "render_text",
    "score_document",
]
