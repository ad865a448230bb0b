"""Matching only where it can match: a Doc of the sentences that hold a cue word.

spaCy's ``DependencyMatcher`` tests every node of every pattern on every token,
and on a ``Span`` it copies the whole span first; a backgrounder's claims sit in
a minority of its sentences. :func:`compact_doc` builds one small Doc of the
chosen sentences (words, parse, tags, lemmas copied as arrays) and keeps the map
back to the original token indices, so rule matches can be moved back with
:func:`remap`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from briefextract.rules.compiler import RuleMatch

# The token attributes patterns may test besides the lexical ones the vocabulary holds.
COPIED = [HEAD, DEP, POS, TAG, LEMMA, MORPH]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the parsed sentences, read from one array (``doc.sents`` builds a
    Span per sentence and walks the tokens in Python)."""
    flags = doc.to_array([SENT_START])
    starts = [i for i, flag in enumerate(flags.tolist()) if flag == 1 or i == 0]
    return list(zip(starts, [*starts[1:], len(doc)], strict=True)) if len(doc) else []


def compact_doc(doc: Doc, sentences: Sequence[tuple[int, int]]) -> tuple[Doc, list[int]]:
    """A Doc of ``sentences`` (token ranges of whole parsed sentences, in order) and, for
    each of its tokens, the index of the token it copies in ``doc``."""
    index = [i for start, end in sentences for i in range(start, end)]
    words = [doc[i].text for i in index]
    spaces = [bool(doc[i].whitespace_) for i in index]
    small = Doc(doc.vocab, words=words, spaces=spaces)
    if index:
        small.from_array(COPIED, doc.to_array(COPIED)[index])
    return small, index


def remap(matches: Iterable[RuleMatch[Any]], index: Sequence[int]) -> list[RuleMatch[Any]]:
    """Matches found in a compact Doc, with the token indices of the original Doc."""
    out: list[RuleMatch[Any]] = []
    for m in matches:
        end = index[m.end - 1] + 1
        nodes = tuple((name, index[i]) for name, i in m.nodes)
        out.append(RuleMatch(m.rule, index[m.start], end, nodes))
    return out
