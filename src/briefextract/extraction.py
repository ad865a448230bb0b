"""Extraction of documents into briefs: one text, or a stream of documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from briefextract.assemble import build_brief
from briefextract.brief import Brief
from briefextract.documents import Document, find_document_date
from briefextract.errors import BriefExtractError, DocumentError
from briefextract.pipeline import process


def _prepare(nlp: Language, text: str, doc_id: str, document_date: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.bx_doc_id = doc_id
    doc._.bx_document_date = document_date
    return doc


def extract_text(nlp: Language, text: str, *, doc_id: str, document_date: str | None = None) -> Brief:
    """The brief of ``text``. The document date is the caller's, else the one the text states."""
    if not text.strip():
        raise DocumentError(doc_id, "is empty")
    date = document_date if document_date is not None else find_document_date(text)
    doc = nlp(_prepare(nlp, text, doc_id, date))
    return build_brief(doc, doc_id, date)


@dataclass(frozen=True)
class Failure:
    """A document that produced no brief, and why."""

    doc_id: str
    path: str | None
    error: str
    code: str

    def as_record(self) -> dict[str, str | None]:
        return {"doc_id": self.doc_id, "path": self.path, "code": self.code, "error": self.error}


def extract_documents(
    nlp: Language, documents: Iterable[Document | DocumentError], *, batch_size: int = 8
) -> Iterator[Brief | Failure]:
    """Briefs of a stream of documents in order; a failed document yields a Failure, the rest go on."""
    failures: list[Failure] = []

    def texts() -> Iterator[tuple[Callable[[], Doc], Document]]:
        for item in documents:
            if isinstance(item, DocumentError):
                failures.append(Failure(Path(item.path).stem, item.path, item.detail, item.code))
                continue
            yield partial(_prepare, nlp, item.text, item.doc_id, item.document_date), item

    for doc, document in process(nlp, texts(), batch_size=batch_size):
        while failures:
            yield failures.pop(0)
        path = str(document.path) if document.path else None
        if doc._.bx_error is not None:
            yield Failure(document.doc_id, path, doc._.bx_error, "BX050")
            continue
        try:
            yield build_brief(doc, document.doc_id, document.document_date)
        except (BriefExtractError, ValueError) as exc:
            yield Failure(document.doc_id, path, f"{type(exc).__name__}: {exc}", "BX051")
    yield from failures
