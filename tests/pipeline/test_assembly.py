"""Assembly: our components on top of a base pipeline, which stays as it was."""

from __future__ import annotations

import spacy
from spacy.language import Language

from briefextract.pipeline import DEFAULT_MODEL, our_component_names

TEXT = (
    "Omar Haddad announced the alliance on March 3, 2009, and the group renamed itself "
    "as KFEH the following June in Kenya. France sent troops to Chad."
)


def test_our_components_are_registered_and_present(nlp: Language) -> None:
    assert our_component_names(nlp) == [
        "briefextract_line_breaks",
        "briefextract_gazetteer",
        "briefextract_name_patterns",
        "briefextract_furniture",
        "briefextract_times",
        "briefextract_entities",
        "briefextract_events",
        "briefextract_claims",
        "briefextract_relations",
    ]
    # Registered through spacy_factories entry points: a fresh blank pipeline can add them by name.
    blank = spacy.blank("en")
    blank.add_pipe("briefextract_furniture")
    assert blank.pipe_names == ["briefextract_furniture"]


def test_base_ner_output_is_unchanged_after_assembly(nlp: Language) -> None:
    base = spacy.load(DEFAULT_MODEL)
    ours = nlp(TEXT)
    theirs = base(TEXT)
    assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == [
        (e.start_char, e.end_char, e.label_) for e in theirs.ents
    ]
    assert [t.dep_ for t in ours] == [t.dep_ for t in theirs]
