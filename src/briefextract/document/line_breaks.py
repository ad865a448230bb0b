"""The ``briefextract_line_breaks`` component: a line break ends a sentence.

Backgrounders put headings, captions and list items on lines of their own, without
closing punctuation; the parser then reads "Kidnapping of the consul" and the first
sentence under it as one sentence, and a name can run across the break. Marking the
token after every line break as a sentence start (before the parser, which keeps
preset boundaries) keeps each line's parse its own. Thin: no rules, one setting.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc


class LineBreaks:
    """Sets ``is_sent_start`` on the first token after ``min_newlines`` line breaks."""

    def __init__(self, name: str = "briefextract_line_breaks", *, min_newlines: int = 1) -> None:
        if min_newlines < 1:
            raise ValueError("min_newlines must be at least 1")
        self.name = name
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= self.min_newlines:
                nxt = doc[token.i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)


@Language.factory(
    "briefextract_line_breaks",
    default_config={"min_newlines": 1},
    assigns=["token.is_sent_start"],
)
def make_line_breaks(nlp: Language, name: str, min_newlines: int) -> LineBreaks:
    """Factory for the ``briefextract_line_breaks`` component."""
    return LineBreaks(name, min_newlines=min_newlines)
