"""Token patterns run only near the words they need, not over the whole Doc.

spaCy's ``Matcher`` starts every pattern at every token and calls Python for each
regular expression and word-list test, so its cost is the text's length times the
number of patterns, although most tokens can start no match. A pattern with a required
token that only listed words ("Brigade", "of") or only text a regular expression
accepts (an acronym) can match only around such a token: at most ``before`` tokens
before it and ``after`` tokens after it (the sums of its specs' bounds on each side;
a side with ``*``, ``+`` or ``{n,}`` reaches the Doc's edge). The
:class:`WindowedMatcher` runs such a pattern over those windows only, and every other
pattern over the whole Doc. It finds what spaCy's ``Matcher`` finds, as the same
deduplicated ``(key, start, end)`` triples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefextract.rules.treewalk import attribute_table

# Attributes spaCy's Matcher refuses to read from a Doc that lacks them (its error E155).
_ANNOTATED = ("TAG", "POS", "MORPH", "LEMMA", "DEP")


def bound(spec: dict[str, Any]) -> int | None:
    """The most tokens one token spec can match, or None when unbounded."""
    op = spec.get("OP")
    if op in (None, "?", "!", "1"):
        return 1
    hit = re.fullmatch(r"\{(\d*),?(\d*)\}", op) if isinstance(op, str) else None
    if hit is None or (op.count(",") and not hit.group(2)):
        return None  # "*", "+", "{n,}"
    return int(hit.group(2) or hit.group(1))


def word_anchor(pattern: Sequence[dict[str, Any]]) -> tuple[str, set[str]] | None:
    """The word list a match must hold one word of: a list of words rather than of
    punctuation where the pattern has both ("X-Y gang": 'gang', not the hyphen, which
    a text can hold at every other token)."""
    lists = [w for spec in pattern if (w := _words(spec)) is not None]
    wordy = [w for w in lists if all(any(c.isalpha() for c in word) for word in w[1])]
    return (wordy or lists or [None])[0]


def _words(spec: dict[str, Any]) -> tuple[str, set[str]] | None:
    """("ORTH" or "LOWER", its words) for a required spec that matches only words of a fixed
    list (other attributes of the spec may narrow it further)."""
    found = _word_list(spec)
    if found is None:
        return None
    attr, values = found
    return ("LOWER", {v.lower() for v in values}) if attr == "LOWER" else ("ORTH", set(values))


def _word_list(spec: dict[str, Any]) -> tuple[str, list[str]] | None:
    """(the attribute, its words) of the first attribute of a required spec that lists words."""
    if spec.get("OP") is not None:
        return None
    for attr in ("ORTH", "TEXT", "LOWER"):
        value = spec.get(attr)
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values = value["IN"]
        else:
            continue
        if values:
            return attr, values
    return None


def _regex(spec: dict[str, Any]) -> tuple[str, str] | None:
    """("ORTH" or "LOWER", the expression) for a required spec whose text must match a
    regular expression."""
    if spec.get("OP") is not None:
        return None
    for attr in ("ORTH", "TEXT", "LOWER"):
        value = spec.get(attr)
        if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            return ("LOWER" if attr == "LOWER" else "ORTH", value["REGEX"])
    return None


@dataclass
class _Window:
    """The patterns that share one anchor test, and how far their matches reach from it
    (None: up to the Doc's edge, for a pattern with "*" or "+" on that side)."""

    matcher: Matcher
    before: int | None = 0
    after: int | None = 0

    def widen(self, before: int | None, after: int | None) -> None:
        self.before = None if before is None or self.before is None else max(self.before, before)
        self.after = None if after is None or self.after is None else max(self.after, after)


@dataclass(frozen=True)
class DocWords:
    """A Doc's ORTH and LOWER columns as read once per call (``table``, one row per token),
    each column's value -> tokens table (shared with the Doc's attribute indexes, which read
    the same columns later), and the strings the values stand for."""

    table: np.ndarray
    tables: tuple[Any, Any]
    strings: Any

    @classmethod
    def read(cls, doc: Doc) -> DocWords:
        table = doc.to_array([ORTH, LOWER])
        tables = (attribute_table(doc, "ORTH", table[:, 0]), attribute_table(doc, "LOWER", table[:, 1]))
        return cls(table, tables, doc.vocab.strings)  # the strings as spaCy's predicates read them


@dataclass
class _WordAnchor:
    column: int  # 0: ORTH, 1: LOWER (columns of the Doc array read once per call)
    ids: np.ndarray
    # A regular expression the same spec asks of the token's text ({"LOWER": {"IN": [...]},
    # "TEXT": {"REGEX": "^[A-Z]"}}): a lower-case "group" in running text is then no anchor.
    also: _RegexAnchor | None = None

    def positions(self, words: DocWords) -> list[int]:
        """The tokens holding one of the words (and what ``also`` asks of them), in order."""
        found = words.tables[self.column].tokens_hashed(self.ids.tolist())
        if self.also is None or not found:
            return found
        at = np.array(found, dtype=np.intp)
        return at[self.also.holds(words.table[at, self.also.column], words.strings)].tolist()


@dataclass
class _RegexAnchor:
    column: int
    regex: re.Pattern[str]
    # Whether a string (by hash) matches: a text repeats its words, and so do texts.
    seen: dict[int, bool] = field(default_factory=dict)

    def positions(self, words: DocWords) -> list[int]:
        """The tokens whose text matches, in order (each distinct value tried once, ever)."""
        return words.tables[self.column].matching(words.strings, self.regex, self.seen)

    def holds(self, column: np.ndarray, strings: Any) -> np.ndarray:
        """Whether each value of ``column`` matches, as a boolean array."""
        hits = []
        for value in np.unique(column).tolist():
            found = self.seen.get(value)
            if found is None:
                found = self.seen[value] = self.regex.search(strings[value]) is not None
            if found:
                hits.append(value)
        return np.isin(column, np.array(hits, dtype=np.uint64))


class WindowedMatcher:
    """A token-pattern matcher with spaCy ``Matcher``'s results, run near anchor tokens.

    Patterns are added as to a ``Matcher`` (validated by spaCy); :meth:`__call__`
    returns the ``(key, start, end)`` triples spaCy's ``Matcher`` would, each once, in
    no particular order.
    """

    def __init__(self, vocab: Vocab, *, validate: bool = True) -> None:
        self.vocab = vocab
        self.validate = validate
        self._all = Matcher(vocab, validate=validate)  # checks patterns; reports missing annotation
        self._whole = Matcher(vocab, validate=validate)  # patterns without an anchor
        self._windows: dict[tuple[str, int, Any], tuple[_Window, _WordAnchor | _RegexAnchor]] = {}
        self._annotated: set[str] = set()

    def __len__(self) -> int:
        return len(self._all)

    def add(self, key: str, patterns: Iterable[list[dict[str, Any]]]) -> None:
        patterns = list(patterns)
        self._all.add(key, patterns)
        for pattern in patterns:
            keys = {str(k).upper() for spec in pattern for k in spec}
            self._annotated.update(keys.intersection(_ANNOTATED))
            self._place(key, pattern)

    def _place(self, key: str, given: list[dict[str, Any]]) -> None:
        """Put a pattern with the other patterns of its anchor, or with the whole-Doc ones."""
        pattern = [{str(k).upper(): v for k, v in spec.items()} for spec in given]  # spaCy's keys ignore case
        bounds = [bound(spec) for spec in pattern]
        found = _anchor_index(pattern)
        if found is None:
            self._whole.add(key, [given])
            return
        at, kind, attr, value = found
        column = 0 if attr == "ORTH" else 1
        also = _regex(_without_words(pattern[at])) if kind == "words" else None
        name = (kind, column, frozenset(value) if kind == "words" else value, also)
        if name not in self._windows:
            test: _WordAnchor | _RegexAnchor
            if kind == "words":
                ids = np.array(sorted({self.vocab.strings.add(w) for w in value}), dtype=np.uint64)
                extra = None
                if also is not None:
                    extra = _RegexAnchor(0 if also[0] == "ORTH" else 1, re.compile(also[1]))
                test = _WordAnchor(column, ids, extra)
            else:
                test = _RegexAnchor(column, re.compile(value))
            self._windows[name] = (_Window(Matcher(self.vocab, validate=self.validate)), test)
        window = self._windows[name][0]
        window.matcher.add(key, [given])
        window.widen(_total(bounds[:at]), _total(bounds[at + 1 :]))

    def __call__(self, doc: Doc, *, allow_missing: bool = False) -> list[tuple[int, int, int]]:
        if not allow_missing and any(not doc.has_annotation(a) for a in self._annotated):
            return list(self._all(doc))  # spaCy's own error for the missing annotation
        found: set[tuple[int, int, int]] = set()
        if len(self._whole):
            found.update(self._whole(doc, allow_missing=True))
        if not self._windows or not len(doc):
            return list(found)
        # Each column's value -> tokens table, built once: no pass over the Doc per anchor.
        words = DocWords.read(doc)
        for window, test in self._windows.values():
            for start, end in _merged(test.positions(words), window, len(doc)):
                found.update(
                    (key, start + s, start + e)
                    for key, s, e in window.matcher(doc[start:end], allow_missing=True)
                )
        return list(found)


def _anchor_index(pattern: list[dict[str, Any]]) -> tuple[int, str, str, Any] | None:
    """(position, "words" or "regex", attribute, words or expression) of the spec that
    anchors ``pattern``: a word list (see :func:`word_anchor`), else a regular expression."""
    anchor = word_anchor(pattern)
    if anchor is not None:
        at = next(i for i, spec in enumerate(pattern) if _words(spec) == anchor)
        return at, "words", anchor[0], anchor[1]
    for at, spec in enumerate(pattern):
        if (regex := _regex(spec)) is not None:
            return at, "regex", regex[0], regex[1]
    return None


def _without_words(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec without the word-list attribute that anchors it (what else it asks)."""
    found = _word_list(spec)
    return {k: v for k, v in spec.items() if found is None or k != found[0]}


def _total(bounds: list[int | None]) -> int | None:
    """How many tokens specs with these bounds can match together; None when unbounded."""
    return None if None in bounds else sum(b for b in bounds if b is not None)


def _merged(positions: list[int], window: _Window, length: int) -> list[tuple[int, int]]:
    """The token ranges around ``positions`` that ``window``'s matches can reach, overlapping
    ones joined (a match lies wholly inside the range around its anchor token)."""
    out: list[tuple[int, int]] = []
    for i in positions:
        start = 0 if window.before is None else max(0, i - window.before)
        end = length if window.after is None else min(length, i + window.after + 1)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
