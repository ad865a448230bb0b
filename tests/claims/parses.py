"""Hand-built parses shared by the claim tests: (word, head index, dep, pos, tag, lemma) rows."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

Row = tuple[str, int, str, str, str, str]


def doc_from_rows(nlp: Language, rows: list[Row], spaces: list[bool] | None = None) -> Doc:
    """A Doc with the parse the rows give."""
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


# "Ana Vell said that the port was shut."
SAID_THAT = [
    ("Ana", 1, "compound", "PROPN", "NNP", "Ana"),
    ("Vell", 2, "nsubj", "PROPN", "NNP", "Vell"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("port", 7, "nsubjpass", "NOUN", "NN", "port"),
    ("was", 7, "auxpass", "AUX", "VBD", "be"),
    ("shut", 2, "ccomp", "VERB", "VBN", "shut"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "The port may be shut, according to the ministry."
ACCORDING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("port", 4, "nsubjpass", "NOUN", "NN", "port"),
    ("may", 4, "aux", "AUX", "MD", "may"),
    ("be", 4, "auxpass", "AUX", "VB", "be"),
    ("shut", 4, "ROOT", "VERB", "VBN", "shut"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("according", 4, "prep", "VERB", "VBG", "accord"),
    ("to", 6, "prep", "ADP", "IN", "to"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("ministry", 7, "pobj", "NOUN", "NN", "ministry"),
    (".", 4, "punct", "PUNCT", ".", "."),
]
