"""A document long enough to run in pieces keeps its events, claims and relations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.extraction import extract_text
from briefextract.schema.brief import reference_problems, span_problems


@pytest.mark.slow
@pytest.mark.pipeline
def test_a_long_document_keeps_every_layer(nlp: Language) -> None:
    paragraph = (
        "In 2004 the Kestrel Liberation Front (KLF) bombed a police station in Nairobi, killing 12 people. "
        "Ana Vell, a spokeswoman, said the KLF had acted alone. In 2006 the KLF split from the Old Army.\n\n"
    )
    text = paragraph * 260  # over one piece (50,000 characters)
    brief = extract_text(nlp, text, doc_id="long")
    assert span_problems(brief, text) == [] and reference_problems(brief) == []
    assert len(brief.events) >= 260 and brief.claims and brief.relations
    assert len({e.id for e in brief.events}) == len(brief.events)
