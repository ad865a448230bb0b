"""Matching only where it can match: a Doc of the sentences that hold a cue word.

spaCy's ``DependencyMatcher`` tests every node of every pattern on every token,
and on a ``Span`` it copies the whole span first; a backgrounder's claims sit in
a minority of its sentences. A :class:`Compactor` reads a Doc's token arrays
once and builds small Docs of chosen sentences from them (words, parse, tags,
lemmas copied as arrays), each with the map back to the original token indices,
so rule matches can be moved back with :func:`remap`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

from briefextract.extensions import doc_text
from briefextract.rules.compiler import RuleMatch
from briefextract.rules.records import RuleRecord

# The token attributes patterns may test besides the lexical ones the vocabulary holds.
COPIED = [HEAD, DEP, POS, TAG, LEMMA, MORPH]
# Setting MORPH costs more than all the others together: it is copied only for records
# that test it.
OPTIONAL = {"MORPH": MORPH}


def copied_attrs(records: Iterable[RuleRecord]) -> list[int]:
    """The attributes of :data:`COPIED` that ``records`` need: all but the optional ones,
    and those of :data:`OPTIONAL` that some pattern (or phrase matcher) tests."""
    named: set[str] = set()
    for record in records:
        if record.matcher == "phrase":
            named.add(record.attr)
            continue
        for node in record.pattern:
            if isinstance(node, dict):
                attrs = node.get("RIGHT_ATTRS", {}) if record.matcher == "dependency" else node
                named |= {str(key).upper() for key in attrs} if isinstance(attrs, dict) else set()
    skipped = {attr for name, attr in OPTIONAL.items() if name not in named}
    return [attr for attr in COPIED if attr not in skipped]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the parsed sentences, read from one array (``doc.sents`` builds a
    Span per sentence and walks the tokens in Python)."""
    flags = doc.to_array([SENT_START])
    starts = [i for i, flag in enumerate(flags.tolist()) if flag == 1 or i == 0]
    return list(zip(starts, [*starts[1:], len(doc)], strict=True)) if len(doc) else []


class Compactor:
    """Compact Docs of one Doc's sentences, built from token arrays read once."""

    def __init__(self, doc: Doc, attrs: Sequence[int] = tuple(COPIED)) -> None:
        self.doc = doc
        self.attrs = list(attrs)
        self._array = doc.to_array([ORTH, SPACY, *self.attrs]) if len(doc) else None
        self._words: list[str] | None = None

    def words(self) -> list[str]:
        """The Doc's words (its tokens' texts)."""
        if self._words is None:
            strings = self.doc.vocab.strings
            self._words = [] if self._array is None else [strings[o] for o in self._array[:, 0].tolist()]
        return self._words

    def text(self) -> str:
        """``doc.text`` as :func:`~briefextract.extensions.doc_text` reads it, once per Doc
        for every component (spaCy builds it from a Token object per token)."""
        return doc_text(self.doc)

    def build(self, sentences: Sequence[tuple[int, int]]) -> tuple[Doc, list[int]]:
        """A Doc of ``sentences`` (token ranges of whole parsed sentences, in order) and,
        for each of its tokens, the index of the token it copies in the Doc."""
        index = [i for start, end in sentences for i in range(start, end)]
        vocab = self.doc.vocab
        if not index or self._array is None:
            return Doc(vocab, words=[]), index
        rows = self._array[index]
        words = self.words()
        small = Doc(vocab, words=[words[i] for i in index], spaces=[bool(s) for s in rows[:, 1].tolist()])
        small.from_array(self.attrs, rows[:, 2:])
        return small, index


def compact_doc(
    doc: Doc, sentences: Sequence[tuple[int, int]], attrs: Sequence[int] = tuple(COPIED)
) -> tuple[Doc, list[int]]:
    """A Doc of ``sentences`` (token ranges of whole parsed sentences, in order) and, for
    each of its tokens, the index of the token it copies in ``doc``."""
    return Compactor(doc, attrs).build(sentences)


def remap(matches: Iterable[RuleMatch[Any]], index: Sequence[int]) -> list[RuleMatch[Any]]:
    """Matches found in a compact Doc, with the token indices of the original Doc."""
    out: list[RuleMatch[Any]] = []
    for m in matches:
        end = index[m.end - 1] + 1
        nodes = tuple((name, index[i]) for name, i in m.nodes)
        out.append(RuleMatch(m.rule, index[m.start], end, nodes))
    return out
