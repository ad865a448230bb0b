"""A component crash loses only the document it happened on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.document.documents import Document
from briefextract.entities.resolver import EntityResolver
from briefextract.extraction import Failure, extract_documents


def test_one_crashing_document_does_not_take_its_batch_down(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = EntityResolver.__call__

    def crash_on_marker(self: EntityResolver, doc):  # type: ignore[no-untyped-def]
        if "CRASH" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(EntityResolver, "__call__", crash_on_marker)
    docs = [Document(f"d{i}", "France retook the port." if i != 2 else "CRASH here.") for i in range(5)]
    results = list(extract_documents(nlp, docs, batch_size=4))
    assert [r.doc_id for r in results] == ["d0", "d1", "d2", "d3", "d4"]
    failed = [r for r in results if isinstance(r, Failure)]
    assert [f.doc_id for f in failed] == ["d2"] and "RuntimeError: boom" in failed[0].error
