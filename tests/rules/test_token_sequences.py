"""Token patterns of several tokens run as sequences give exactly spaCy's Matcher matches.

Differential test: every token record of the event layer that
:func:`~briefextract.rules.treewalk.compile_sequence` runs, on parsed text (the
bundled corpus), matched by both; and each repetition operator on a hand-built Doc.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from briefextract.rules.treewalk import attribute_index, compile_sequence

from .conftest import event_token_patterns

VOCAB = spacy.blank("en").vocab
WORDS = ["the", "old", "grey", "fort", "fell", "to", "the", "Tall", "Green", "Men"]


def _spacy_spans(doc: Doc, pattern: list[dict]) -> list[tuple[int, int]]:
    matcher = Matcher(doc.vocab)
    matcher.add("r", [pattern])
    return sorted({(start, end) for _, start, end in matcher(doc)})


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "the"}, {"LOWER": {"IN": ["old", "grey"]}, "OP": "*"}, {"LOWER": "fort"}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["old", "grey"]}, "OP": "+"}],
        [{"LOWER": "the"}, {"LOWER": "old", "OP": "?"}, {"LOWER": "grey", "OP": "?"}],
        [{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": "fort"}],
        [{"LOWER": "the"}, {"IS_TITLE": True, "OP": "{2,}"}],
        [{"LOWER": "the"}, {"IS_TITLE": True, "OP": "{,2}"}],
        [{"LOWER": "fell"}, {"LOWER": "to"}, {"IS_TITLE": True, "OP": "{1}"}],
        [{"LOWER": {"REGEX": "^t"}}, {"IS_TITLE": True, "OP": "+"}],
    ],
    ids=["star", "plus", "two-optional", "counted", "at-least", "at-most", "exactly", "regex-start"],
)
def test_repetitions_match_as_spacy_does(pattern: list[dict]) -> None:
    doc = Doc(VOCAB, words=WORDS)
    sequence = compile_sequence(pattern)
    assert sequence is not None
    assert list(sequence.run(doc, attribute_index(doc))) == _spacy_spans(doc, pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "the", "OP": "?"}, {"LOWER": "fort"}],
        [{"LOWER": "the"}, {"LOWER": "old", "OP": "!"}],
        [{"LOWER": "the"}, {"LENGTH": {">=": 3}}],
    ],
    ids=["optional-first", "negation", "unsupported-attribute"],
)
def test_what_sequences_cannot_run_is_left_to_spacy(pattern: list[dict]) -> None:
    assert compile_sequence(pattern) is None


@pytest.mark.pipeline
def test_sequences_agree_with_the_matcher_on_the_corpus(parsed_corpus: list[Doc]) -> None:
    checked = 0
    for rule_id, pattern in event_token_patterns():
        if len(pattern) < 2:
            continue
        sequence = compile_sequence(pattern)
        assert sequence is not None, rule_id
        checked += 1
        for doc in parsed_corpus:
            ours = list(sequence.run(doc, attribute_index(doc)))
            assert ours == _spacy_spans(doc, pattern), rule_id
    assert checked > 10
