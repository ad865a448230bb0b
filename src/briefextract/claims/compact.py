"""Matching only where it can match: a Doc of the sentences that hold a cue word.

spaCy's ``DependencyMatcher`` tests every node of every pattern on every token,
and on a ``Span`` it copies the whole span first; a backgrounder's claims sit in
a minority of its sentences. A :class:`Compactor` reads a Doc's token arrays
once and builds small Docs of chosen sentences from them (words, parse, tags,
lemmas copied as arrays), each with the map back to the original token indices,
so rule matches can be moved back with :func:`remap`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LIKE_NUM, LOWER, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import get_string_id as hash_string
from spacy.tokens import Doc

from briefextract.rules.compiler import RuleMatch
from briefextract.rules.records import RuleRecord
from briefextract.rules.treewalk import attribute_index

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
        """``doc.text`` from the arrays (spaCy builds it from a Token object per token)."""
        if self._array is None:
            return ""
        spaces = self._array[:, 1].tolist()
        return "".join([w + " " if s else w for w, s in zip(self.words(), spaces, strict=True)])

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


# Attributes whose array holds the string hash of the value.
HASHED = {"LOWER": LOWER, "LEMMA": LEMMA, "ORTH": ORTH, "TEXT": ORTH, "DEP": DEP, "TAG": TAG}


class ArrayIndex:
    """:func:`~briefextract.rules.treewalk.attribute_index` of a Doc (attribute name ->
    value -> token indices, looked up by string), built from the Doc's arrays with numpy:
    the token indices sorted by value once, each value's run found in a dictionary.
    Building the reference's dictionary of lists token by token in Python costs more
    than all the look-ups the rules make."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._tables: dict[str, Mapping[str, list[int]]] = {}
        self._fallback: Callable[[str], Mapping[str, list[int]]] | None = None

    def __call__(self, attr: str) -> Mapping[str, list[int]]:
        table = self._tables.get(attr)
        if table is None:
            values = self._values(attr)
            if values is None:  # an attribute this index does not read: the reference's table
                if self._fallback is None:
                    self._fallback = attribute_index(self.doc)
                table = self._fallback(attr)
            else:
                table = _SortedTable(values)
            self._tables[attr] = table
        return table

    def _values(self, attr: str) -> np.ndarray | None:
        doc = self.doc
        if not len(doc):
            return np.zeros(0, dtype=np.uint64)
        if attr in HASHED:
            return doc.to_array([HASHED[attr]]).astype(np.uint64)
        if attr not in ("POS", "LIKE_NUM"):
            return None
        # Parts of speech are symbol ids and flags are 0/1: both are keyed by the hash of
        # their string, as the reference keys them.
        raw = doc.to_array([POS if attr == "POS" else LIKE_NUM]).astype(np.uint64)
        ids, inverse = np.unique(raw, return_inverse=True)
        strings = doc.vocab.strings
        name = (lambda v: strings[v]) if attr == "POS" else (lambda v: str(bool(v)))
        hashes = np.array([hash_string(name(v)) for v in ids.tolist()], dtype=np.uint64)
        return hashes[inverse.reshape(-1)]


class _SortedTable(Mapping[str, list[int]]):
    """Token indices grouped by value: one stable sort, runs found by value hash."""

    def __init__(self, values: np.ndarray) -> None:
        order = np.argsort(values, kind="stable")
        keys, starts, counts = np.unique(values[order], return_index=True, return_counts=True)
        self._order: list[int] = order.tolist()
        self._runs = dict(
            zip(keys.tolist(), zip(starts.tolist(), (starts + counts).tolist(), strict=True), strict=True)
        )

    def __getitem__(self, key: str) -> list[int]:
        run = self._runs[hash_string(key)]
        return self._order[run[0] : run[1]]

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        run = self._runs.get(hash_string(key))
        return default if run is None else self._order[run[0] : run[1]]

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a hash-keyed table cannot list its strings")

    def __len__(self) -> int:
        return len(self._runs)


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
