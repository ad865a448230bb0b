"""Hand-built parses for tests that need no statistical pipeline: rows of
(word, head index, dependency, part of speech, lemma)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.vocab import Vocab

Row = tuple[str, int, str, str, str]  # word, head, dependency, part of speech, lemma


def doc_from_rows(vocab: Vocab, rows: Sequence[Row]) -> Doc:
    """A Doc with the parse the rows give."""
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )
