"""A line break ends a sentence before the parser sees it."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefextract.document.line_breaks import LineBreaks

VOCAB = spacy.blank("en").vocab


def test_token_after_a_line_break_starts_a_sentence() -> None:
    doc = Doc(
        VOCAB,
        words=["Kidnapping", "of", "Ana", "\n", "On", "Monday", "rebels", "struck", "."],
        spaces=[True, True, False, False, True, True, True, False, False],
    )
    LineBreaks()(doc)
    assert doc[4].is_sent_start is True
    assert doc[1].is_sent_start is None and doc[5].is_sent_start is None  # the rest is left to the parser


def test_min_newlines_keeps_single_line_breaks_inside_sentences() -> None:
    doc = Doc(VOCAB, words=["one", "\n", "two", "\n\n", "three"], spaces=[False] * 5)
    LineBreaks(min_newlines=2)(doc)
    assert doc[2].is_sent_start is None and doc[4].is_sent_start is True


def test_min_newlines_must_be_positive() -> None:
    with pytest.raises(ValueError, match="min_newlines"):
        LineBreaks(min_newlines=0)
