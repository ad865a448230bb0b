"""spaCy's own set-up path works on our components: ``nlp.initialize()`` validates each
component's ``initialize`` signature (a type spaCy cannot resolve breaks it)."""

from __future__ import annotations

import spacy


def test_nlp_initialize_sets_up_our_components_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    for name in ("briefextract_gazetteer", "briefextract_name_patterns", "briefextract_furniture"):
        nlp.add_pipe(name)
    nlp.add_pipe("briefextract_times")
    nlp.add_pipe("briefextract_entities")
    nlp.initialize()
    doc = nlp("Updated May 12, 2015\n\nThe rebels crossed into Kenya last year.")
    assert doc._.bx_document_date == "2015-05-12"
    assert [(s.text, s.label_) for s in doc.spans["bx_entities"]] == [("Kenya", "COUNTRY")]
