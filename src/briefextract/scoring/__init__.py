"""Scoring system briefs against gold briefs (ANNOTATION.md v1.2, "How briefs are scored").

``evaluate_briefs(system, gold)`` returns an :class:`Evaluation` holding the
figures as data; ``Evaluation.to_json()`` is the JSON report,
``Evaluation.errors`` the error records, and :func:`render_text` the
readable table. One module per layer, each returning its own typed result
(figures, per-type figures, :class:`ErrorRecord` list):

- :mod:`.entities`: actors and places (alignment, entity, mention, type figures)
- :mod:`.events` and :mod:`.arguments`: triggers, event matching, arguments, attributes
- :mod:`.claims`: claims, attribution, cues, (source, claim) pairs
- :mod:`.relations`: relation triples
- shared: :mod:`.normalize` (folding, tokens, overlap), :mod:`.matching`
  (one-to-one alignment), :mod:`.order` (total content keys), :mod:`.figures`
  (counters), :mod:`.records` (error records), :mod:`.document` (one
  document), :mod:`.evaluate` (a collection), :mod:`.report` (text).
"""

from __future__ import annotations

from briefextract.scoring.collection_scores import Evaluation, evaluate_briefs
from briefextract.scoring.document_scores import DocumentScore, score_document
from briefextract.scoring.error_records import ErrorRecord, Side
from briefextract.scoring.figures import ACCURACY_KEYS, KEYS, PRF, PRF_KEYS, Accuracy
from briefextract.scoring.text_report import render_text

__all__ = [
    "ACCURACY_KEYS",
    "KEYS",
    "PRF",
    "PRF_KEYS",
    "Accuracy",
    "DocumentScore",
    "ErrorRecord",
    "Evaluation",
    "Side",
    "evaluate_briefs",
    "render_text",
    "score_document",
]
