"""End-to-end snapshots of the entity layer on bundled corpus documents.

The YAML files next to this module were read line by line when they were
written (see the review notes at their top); a change in output fails here
until someone reviews the difference and regenerates them with
``pytest tests/pipeline/test_corpus_snapshots.py --force-regen``.
Known errors are kept in the snapshot on purpose: the test guards against
unreviewed change, the gold scores measure correctness.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from briefextract.documents import read_document
from briefextract.extraction import extract_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
DOCS = ["cfr-aqim-2015", "wp-symbionese-liberation-army-2019"]


@pytest.mark.parametrize("doc_id", DOCS)
def test_entity_snapshot(nlp: Language, doc_id: str, data_regression) -> None:  # type: ignore[no-untyped-def]
    document = read_document(CORPUS / f"{doc_id}.txt")
    brief = extract_text(nlp, document.text, doc_id=doc_id, document_date=document.document_date)
    data_regression.check(
        {
            "document_date": brief.document_date,
            "actors": [
                f"{a.type} | {a.name} | {'; '.join(a.aliases)} | {len(a.mentions)}" for a in brief.actors
            ],
            "places": [f"{p.type} | {p.name} | {p.country} | {len(p.mentions)}" for p in brief.places],
        }
    )
