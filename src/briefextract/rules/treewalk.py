"""Dependency patterns run as walks through the parse from their anchor.

spaCy's ``DependencyMatcher`` runs every node of every pattern as a token pattern
over the whole Doc and joins the hits afterwards, so its cost grows with tokens x
nodes even when a pattern's anchor (an event trigger, a reporting verb) occurs
a handful of times. A :class:`Walk` starts at the tokens that pass the anchor's
test (optionally only the anchors a caller names) and follows the pattern's edges,
testing each node on the few tokens an edge reaches. It gives the same matches as
``DependencyMatcher`` for the part of the pattern language it supports (a test
checks this on parsed text); :func:`compile_walk` returns None for anything else
and the caller keeps spaCy's matcher for that pattern.

Supported: the operators ``>``, ``<``, ``>>``, ``<<``, ``;*``, ``.``; token attributes in
:data:`ATTRS` with an exact value or ``IN`` / ``NOT_IN`` / ``REGEX``; the flags in
:data:`FLAGS` with a boolean; extension attributes (``"_"``) with an exact value.

``Matcher`` patterns of several tokens run the same way as a :class:`TokenSequence`
(:func:`compile_sequence`): from the tokens that pass the first token's test, rather
than spaCy's matcher stepping every pattern through every token of the Doc.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, TypeVar

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IS_ALPHA,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_TITLE,
    IS_UPPER,
    LEMMA,
    LIKE_NUM,
    LOWER,
    NORM,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.strings import get_string_id as hash_string
from spacy.tokens import Doc, Token

T = TypeVar("T")

# Token attribute readers (attrgetter: no Python frame per call, and walks call them often).
ATTRS: dict[str, Callable[[Token], str]] = {
    "ORTH": attrgetter("orth_"),
    "TEXT": attrgetter("text"),
    "LOWER": attrgetter("lower_"),
    "NORM": attrgetter("norm_"),
    "LEMMA": attrgetter("lemma_"),
    "POS": attrgetter("pos_"),
    "TAG": attrgetter("tag_"),
    "DEP": attrgetter("dep_"),
    "ENT_TYPE": attrgetter("ent_type_"),
}
FLAGS: dict[str, Callable[[Token], bool]] = {
    "LIKE_NUM": attrgetter("like_num"),
    "IS_ALPHA": attrgetter("is_alpha"),
    "IS_DIGIT": attrgetter("is_digit"),
    "IS_PUNCT": attrgetter("is_punct"),
    "IS_TITLE": attrgetter("is_title"),
    "IS_UPPER": attrgetter("is_upper"),
    "IS_LOWER": attrgetter("is_lower"),
    "SPACY": lambda t: bool(t.whitespace_),  # a space follows the token
}
# The Doc array each token attribute is read from; node tests compare its ints (string
# hashes; POS holds part-of-speech ids) instead of building a Token and its strings.
COLUMNS: dict[str, int] = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "NORM": NORM,
    "LEMMA": LEMMA,
    "POS": POS,
    "TAG": TAG,
    "DEP": DEP,
    "ENT_TYPE": ENT_TYPE,
    "LIKE_NUM": LIKE_NUM,
    "IS_ALPHA": IS_ALPHA,
    "IS_DIGIT": IS_DIGIT,
    "IS_PUNCT": IS_PUNCT,
    "IS_TITLE": IS_TITLE,
    "IS_UPPER": IS_UPPER,
    "IS_LOWER": IS_LOWER,
    "SPACY": SPACY,
}


class TokenColumns:
    """One Doc's token attributes as lists of ints, one list per attribute in
    :data:`COLUMNS`, read from the Doc's arrays when a test first asks for it (as
    ``columns.LOWER``); and the Token objects that extension tests need, built once each."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        self.tokens: list[Token | None] = [None] * len(doc)

    def __getattr__(self, name: str) -> list[int]:
        # Called only for a column not read yet: it then stays as a plain attribute.
        attr = COLUMNS.get(name)
        if attr is None:
            raise AttributeError(name)
        column: list[int] = self.doc.to_array([attr]).reshape(-1).tolist() if len(self.doc) else []
        setattr(self, name, column)
        return column

    def token(self, i: int) -> Token:
        token = self.tokens[i]
        if token is None:
            token = self.tokens[i] = self.doc[i]
        return token


# Columns for the indexes of other modules (which hold none), kept while the index
# lives: the calls that share an index share what it assumes, a Doc that does not change.
_COLUMNS_OF_INDEX: weakref.WeakKeyDictionary[Any, TokenColumns] = weakref.WeakKeyDictionary()


def _columns_for(index: Any, doc: Doc) -> TokenColumns:
    """The columns of ``doc`` for walks given ``index``: one per index object, so that
    several rule sets' calls with it read each attribute of the Doc once."""
    if index is None:
        return TokenColumns(doc)
    try:
        found = _COLUMNS_OF_INDEX.get(index)
    except TypeError:  # an index that cannot be weakly referenced
        return TokenColumns(doc)
    if found is None or found.doc is not doc:
        found = _COLUMNS_OF_INDEX[index] = TokenColumns(doc)
    return found


# A node test: does token ``i`` of the Doc whose columns it is given pass?
Test = Callable[[TokenColumns, int], bool]


def _value_id(attr: str, value: str) -> int:
    """The int a column holds for ``value`` (-1, in no column, for an unknown part of speech)."""
    if attr == "POS":
        return int(POS_IDS.get(value, -1))
    return hash_string(value)


def _value_test(attr: str, spec: Any) -> Test | None:
    column = attrgetter(attr)
    if isinstance(spec, str):
        wanted = _value_id(attr, spec)
        return lambda c, i: column(c)[i] == wanted
    if not isinstance(spec, Mapping) or not spec:
        return None
    tests: list[Test] = []
    for op, arg in spec.items():
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(_value_id(attr, v) for v in arg)
            tests.append(lambda c, i, a=allowed: column(c)[i] in a)
        elif op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(_value_id(attr, v) for v in arg)
            tests.append(lambda c, i, b=banned: column(c)[i] not in b)
        elif op == "REGEX" and isinstance(arg, str):
            tests.append(_regex_test(column, re.compile(arg)))
        else:
            return None
    return _all(tests)


def _regex_test(column: Callable[[TokenColumns], list[int]], rx: re.Pattern[str]) -> Test:
    """A regular expression searched in the value's string, once per distinct value (a
    value's int always stands for the same string, so the results hold across Docs)."""
    seen: dict[int, bool] = {}

    def test(c: TokenColumns, i: int) -> bool:
        value = column(c)[i]
        found = seen.get(value)
        if found is None:
            found = seen[value] = rx.search(c.strings[value]) is not None
        return found

    return test


def _all(tests: Sequence[Test]) -> Test:
    """The conjunction of ``tests``, each called directly (a generator per call costs
    more than the tests)."""
    if not tests:
        return lambda c, i: True  # a node with no attributes: any token
    if len(tests) == 1:
        return tests[0]
    first, rest = tests[0], _all(tests[1:])  # nested pairs: no generator per call
    return lambda c, i: first(c, i) and rest(c, i)


def _flag_test(flag: str, value: bool) -> Test:
    column = attrgetter(flag)
    return lambda c, i: (column(c)[i] != 0) == value


def _extension_test(spec: Mapping[str, Any]) -> Test | None:
    pairs = list(spec.items())
    if not all(isinstance(v, str | bool | int) for _, v in pairs):
        return None
    return lambda c, i: all(getattr(c.token(i)._, k) == v for k, v in pairs)


_COMPILED: dict[str, Test | None] = {}


def compile_test(attrs: Mapping[str, Any]) -> Test | None:
    """A token test equivalent to a ``RIGHT_ATTRS`` dict, or None if unsupported; equal
    dicts give the same function (a :class:`WalkCache` then tests each token once)."""
    try:
        key = json.dumps(attrs, sort_keys=True)
    except TypeError:
        return _compile_test(attrs)
    if key not in _COMPILED:
        _COMPILED[key] = _compile_test(attrs)
    return _COMPILED[key]


def _compile_test(attrs: Mapping[str, Any]) -> Test | None:
    tests: list[Test] = []
    for key, spec in attrs.items():
        if key in ATTRS:
            test = _value_test(key, spec)
        elif key in FLAGS and isinstance(spec, bool):
            test = _flag_test(key, spec)
        elif key == "_" and isinstance(spec, Mapping):
            test = _extension_test(spec)
        else:
            return None
        if test is None:
            return None
        tests.append(test)
    return _all(tests)


OPERATORS = frozenset({">", "<", ">>", "<<", ";*", "."})


class ParseTree:
    """A Doc's dependency tree as token indices, read from its HEAD array once: walks
    follow it without building a Token object per child or head (``Token.children``
    builds one per token it yields)."""

    def __init__(self, relative: np.ndarray) -> None:
        """``relative``: the Doc's HEAD array (each token's head as an offset from it)."""
        size = len(relative)
        heads = relative + np.arange(size)
        self.heads: list[int] = heads.tolist()
        # The tokens sorted by head (a root, its own head, sorts last): a token's children
        # are one run of that order. Two flat lists, not a list per token: many small
        # lists that outlive a Doc's pass set off the garbage collector's full sweeps.
        by_head = np.where(heads == np.arange(size), size, heads)
        order = np.argsort(by_head, kind="stable")
        self._order: list[int] = order.tolist()
        self._runs: list[int] = np.searchsorted(by_head[order], np.arange(size + 1)).tolist()

    def children(self, i: int) -> list[int]:
        """The tokens whose head is token ``i``, in order (as ``Token.children``)."""
        return self._order[self._runs[i] : self._runs[i + 1]]

    def ancestors(self, i: int) -> tuple[int, ...]:
        """The heads above token ``i``, nearest first (as ``Token.ancestors``)."""
        out: list[int] = []
        while self.heads[i] != i and len(out) < len(self.heads):
            i = self.heads[i]
            out.append(i)
        return tuple(out)

    def descendants(self, i: int) -> tuple[int, ...]:
        """The tokens below token ``i`` (``Token.subtree`` without ``i``), in order."""
        out: list[int] = []
        stack = self.children(i)
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children(j))
        return tuple(sorted(out))


def parse_tree(doc: Doc) -> ParseTree:
    """The :class:`ParseTree` of ``doc``: the one built for it lately if its heads are the same."""
    relative = doc.to_array([HEAD]).astype(np.int64).reshape(-1) if len(doc) else np.zeros(0, np.int64)
    return _RECENT.reuse(doc, "HEAD", relative, ParseTree)


class WalkCache:
    """What walks over one Doc share while its tokens do not change (one
    :meth:`RuleSet.matches <briefextract.rules.compiler.RuleSet.matches>` call): Token
    objects, the token indices each operator reaches, and each node test's result per
    token. Many records share node tests (the same anchor test, the same "subject"
    node), and spaCy builds a new Token object on every index, so each is worked out once.
    """

    def __init__(self, doc: Doc, index: Any = None) -> None:
        self.doc = doc
        # The columns only view the Doc: an index of the same Doc shares its own.
        shared = getattr(index, "columns", None)
        self.columns = shared if isinstance(shared, TokenColumns) else _columns_for(index, doc)
        self._index = index
        self._tree: ParseTree | None = None
        self._reach: dict[tuple[int, str], tuple[int, ...]] = {}
        self._results: dict[Test, dict[int, bool]] = {}
        self._passing: dict[tuple[Test, Any], list[int]] = {}
        self._in_order: dict[int, list[int]] = {}
        # What each start selector selects depends on the Doc's token attributes only: an
        # index of the Doc keeps it for every rule set that shares the index (they ask the
        # same selectors), another index for this call only.
        if isinstance(index, _AttributeIndex):
            self._sizes, self._tokens_of, self._linked = index.selector_sizes, index.selected, index.linked
        else:
            self._sizes, self._tokens_of, self._linked = {}, {}, {}

    def token(self, i: int) -> Token:
        return self.columns.token(i)

    def results(self, test: Test) -> dict[int, bool]:
        """Token index -> result of ``test``, for the tokens tested so far."""
        found = self._results.get(test)
        if found is None:
            found = self._results[test] = {}
        return found

    def passes(self, test: Test, i: int) -> bool:
        results = self.results(test)
        found = results.get(i)
        if found is None:
            found = results[i] = test(self.columns, i)
        return found

    def passing(self, test: Test, key: Any, starts: Callable[[], Iterable[int]]) -> list[int]:
        """The tokens of ``starts()`` that pass ``test``, in order; worked out once per
        ``key`` (the walks of one call share their anchors and many anchor tests)."""
        found = self._passing.get((test, key))
        if found is None:
            found = self._passing[(test, key)] = [i for i in starts() if self.passes(test, i)]
        return found

    def starts(
        self, selectors: Sequence[StartSelector], index: Any
    ) -> tuple[Any, Callable[[], Iterable[int]]]:
        """Where a walk or sequence may start, and a key naming that choice: the tokens
        of the selector that leaves the fewest in this Doc, else every token."""
        if len(selectors) == 1 and index is not None and selectors[0].regex is None:
            only = selectors[0]  # nothing to choose between: no counting
            return ("select", only), lambda: [
                i - only.offset for i in self._selected(only, index) if i >= only.offset
            ]
        best: tuple[int, StartSelector] | None = None
        for selector in selectors if index is not None else ():
            if selector not in self._sizes:
                self._sizes[selector] = selector.size(index)
            size = self._sizes[selector]
            if size is not None and (best is None or size < best[0]):
                best = (size, selector)
        if best is None:
            return ("all",), lambda: range(len(self.doc))
        chosen = best[1]
        return ("select", chosen), lambda: [
            i - chosen.offset for i in self._selected(chosen, index) if i >= chosen.offset
        ]

    def possible(self, needs: Sequence[StartSelector], index: Any) -> bool:
        """False when one of ``needs`` selects no token of the Doc (so a pattern that
        requires them cannot match); True when each selects some, or ``index`` cannot tell."""
        for selector in needs:
            if selector not in self._sizes:
                self._sizes[selector] = selector.size(index)
            if self._sizes[selector] == 0:
                return False
        return True

    def in_order(self, anchors: Iterable[int]) -> list[int]:
        """``anchors`` (the object the walks of one call share) sorted, once per call."""
        found = self._in_order.get(id(anchors))
        if found is None:
            found = self._in_order[id(anchors)] = sorted(set(anchors))
        return found

    def linked(self, selector: StartSelector, op: str, index: Any) -> frozenset[int]:
        """The tokens from which one ``op`` step reaches a token ``selector`` selects: the
        heads of the selected tokens (">": a child is selected) or their children ("<": the
        head is)."""
        key = (selector, op)
        found = self._linked.get(key)
        if found is None:
            tree, chosen = self.tree(), self._selected(selector, index)
            if op == ">":
                found = frozenset({tree.heads[j] for j in chosen if tree.heads[j] != j})
            else:
                found = frozenset({child for j in chosen for child in tree.children(j)})
            self._linked[key] = found
        return found

    def _selected(self, selector: StartSelector, index: Any) -> list[int]:
        found = self._tokens_of.get(selector)
        if found is None:
            found = self._tokens_of[selector] = selector.tokens(index)
        return found

    def tree(self) -> ParseTree:
        """The Doc's :class:`ParseTree`, shared through an index of the same Doc that holds one."""
        if self._tree is None:
            shared = getattr(self._index, "tree", None)
            self._tree = shared() if callable(shared) else parse_tree(self.doc)
        return self._tree

    def reach(self, i: int, op: str) -> Sequence[int]:
        if op == ">":
            return (self._tree or self.tree()).children(i)
        if op == "<":
            head = self.tree().heads[i]
            return () if head == i else (head,)
        key = (i, op)
        found = self._reach.get(key)
        if found is None:
            if op == ">>":
                found = self.tree().descendants(i)
            elif op == "<<":
                found = self.tree().ancestors(i)
            elif op == ";*":  # the tokens before it in its tree, as DependencyMatcher reads them
                root = self.root(i)
                start = self.token(root).left_edge.i
                found = tuple(j for j in range(start, i) if self.root(j) == root)
            else:  # ".": the next token, in its tree
                root, j = self.root(i), i + 1
                inside = j <= self.token(root).right_edge.i and self.root(j) == root
                found = (j,) if inside else ()
            self._reach[key] = found
        return found

    def root(self, i: int) -> int:
        """The root of token ``i``'s tree (DependencyMatcher matches within one tree)."""
        key = (i, "root")
        found = self._reach.get(key)
        if found is None:
            # The last of its heads (as Token.ancestors reads them), without a Token per head.
            found = self._reach[key] = ((i, *self.tree().ancestors(i))[-1],)
        return found[0]


@dataclass(frozen=True)
class Walk:
    """A compiled dependency pattern: node tests in pattern order, each non-anchor
    node reached from an earlier node by an operator."""

    names: tuple[str, ...]
    tests: tuple[Test, ...]
    edges: tuple[tuple[int, str], ...]  # for nodes 1..n: (index of the left node, operator)
    # The anchor's attributes a per-Doc index can look up: the walk starts from the
    # tokens one of them selects instead of testing every token.
    selectors: tuple[StartSelector, ...] = ()
    # The other nodes' attributes an index can look up: a Doc with no token that one of
    # them selects holds no match, and the walk does not start.
    needs: tuple[StartSelector, ...] = ()
    # Words an index can look up of node 1 when a child (">") or head ("<") step reaches it
    # from the anchor: the walk does not start at an anchor whose children (or head) hold none.
    first_step: StartSelector | None = None

    def run(
        self,
        doc: Doc,
        anchors: Iterable[int] | None = None,
        index: Callable[[str], Mapping[str, list[int]]] | None = None,
        cache: WalkCache | None = None,
    ) -> Iterator[tuple[int, ...]]:
        """Every match as token indices in node order (as ``DependencyMatcher`` gives them).

        ``anchors`` limits the anchor to those tokens; ``index(attr)`` gives, for one
        attribute, value -> token indices of ``doc`` (built once per Doc by the caller);
        ``cache`` is shared by the walks of one call (see :class:`WalkCache`).
        """
        cache = cache or WalkCache(doc)
        if index is not None and not cache.possible(self.needs, index):
            return iter(())
        starts: Callable[[], Iterable[int]]
        if anchors is not None:
            # The walks of one call get the same anchors object: its id keys their starts.
            given = anchors
            key: Any = ("anchors", id(given))
            starts = lambda: cache.in_order(given)  # noqa: E731
        else:
            key, starts = cache.starts(self.selectors, index)
        if self.first_step is not None and index is not None:
            # Only the starts from which the first step can reach its word are tested.
            reachable = cache.linked(self.first_step, self.edges[0][1], index)
            unfiltered = starts
            starts = lambda: [i for i in unfiltered() if i in reachable]  # noqa: E731
            key = (key, self.first_step, self.edges[0][1])
        anchored = cache.passing(self.tests[0], key, starts)
        if len(self.names) == 1:
            return iter([(i,) for i in anchored])
        found: list[tuple[int, ...]] = []
        if anchored:
            # Each node's results so far, looked up once per run rather than at every step.
            results = [cache.results(test) for test in self.tests]
            for i in anchored:
                self._extend(cache, results, [i], found)
        return iter(found)

    def _extend(
        self,
        cache: WalkCache,
        results: list[dict[int, bool]],
        bound: list[int],
        found: list[tuple[int, ...]],
    ) -> None:
        """Add to ``found`` the matches that bind the nodes before ``len(bound)`` to
        ``bound``: a list filled by plain calls, not a generator per step (many per Doc)."""
        k = len(bound)
        left, op = self.edges[k - 1]
        test, tested = self.tests[k], results[k]
        columns = cache.columns
        last = k + 1 == len(self.names)
        for j in cache.reach(bound[left], op):
            passed = tested.get(j)
            if passed is None:
                passed = tested[j] = test(columns, j)
            if passed and last:
                found.append((*bound, j))
            elif passed:
                bound.append(j)
                self._extend(cache, results, bound, found)
                bound.pop()


def compile_walk(pattern: Sequence[Mapping[str, Any]]) -> Walk | None:
    """A :class:`Walk` for a ``DependencyMatcher`` pattern, or None if it uses anything
    the walk does not support (the caller then keeps spaCy's matcher)."""
    if not pattern:
        return None
    names: list[str] = []
    tests: list[Test] = []
    edges: list[tuple[int, str]] = []
    for n, node in enumerate(pattern):
        name = node.get("RIGHT_ID")
        test = compile_test(node.get("RIGHT_ATTRS", {}))
        if not isinstance(name, str) or test is None:
            return None
        if n == 0:
            if set(node) - {"RIGHT_ID", "RIGHT_ATTRS"}:
                return None
        else:
            left, op = node.get("LEFT_ID"), node.get("REL_OP")
            if (
                left not in names
                or op not in OPERATORS
                or set(node) - {"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"}
            ):
                return None
            edges.append((names.index(left), op))
        names.append(name)
        tests.append(test)
    needs = tuple(s for node in pattern[1:] for s in _selectors(node.get("RIGHT_ATTRS", {})))
    first_step = None
    if edges and edges[0][1] in (">", "<"):
        worded = [s for s in _selectors(pattern[1].get("RIGHT_ATTRS", {})) if s.regex is None]
        first_step = worded[0] if worded else None
    return Walk(
        tuple(names),
        tuple(tests),
        tuple(edges),
        _selectors(pattern[0].get("RIGHT_ATTRS", {})),
        needs,
        first_step,
    )


# Attributes a walk may start from: an attribute index looks their values up.
INDEXED = ("LOWER", "LEMMA", "ORTH", "TEXT", "DEP", "TAG", "POS")


@dataclass(frozen=True, eq=False)
class StartSelector:
    """Tokens a match must hold ``offset`` tokens after its start: those whose ``attr``
    is one of ``words``, or matches ``regex``."""

    offset: int
    attr: str
    words: frozenset[str] = frozenset()
    regex: str | None = None
    # The words' string hashes, worked out once: an attribute table looks values up by them.
    hashes: tuple[int, ...] = field(init=False, default=())
    # The regular expression's result per value id, kept across Docs (an id always
    # stands for the same string): each Doc tries only the values no Doc had before.
    regex_results: dict[int, bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hashes", tuple(hash_string(w) for w in sorted(self.words)))

    def size(self, index: Any) -> int | None:
        """How many tokens of the Doc are selected, or None if ``index`` cannot tell
        (only an index with ``matching`` reads regular expressions)."""
        if self.regex is None:
            table = index(self.attr)
            if isinstance(table, _ArrayTable):  # counts without listing the tokens
                return table.count_hashed(self.hashes)
            return sum(len(table.get(w, ())) for w in self.words)
        matching = getattr(index, "matching", None)
        return None if matching is None else len(matching(self.attr, self.regex, self.regex_results))

    def tokens(self, index: Any) -> list[int]:
        """The selected token indices, in order."""
        if self.regex is not None:
            return index.matching(self.attr, self.regex, self.regex_results)
        table = index(self.attr)
        if isinstance(table, _ArrayTable):
            return table.tokens_hashed(self.hashes)
        # A token has one value of an attribute: the words' runs never overlap.
        return sorted(i for w in self.words for i in table.get(w, ()))


def _selectors(attrs: Mapping[str, Any], offset: int = 0) -> tuple[StartSelector, ...]:
    out: list[StartSelector] = []
    for key in INDEXED:
        spec = attrs.get(key)
        if isinstance(spec, str):
            out.append(_selector(offset, key, frozenset({spec})))
        elif isinstance(spec, Mapping) and isinstance(spec.get("IN"), list):
            out.append(_selector(offset, key, frozenset(spec["IN"])))
        elif isinstance(spec, Mapping) and isinstance(spec.get("REGEX"), str):
            out.append(_selector(offset, key, regex=spec["REGEX"]))
    if attrs.get("LIKE_NUM") is True:
        out.append(_selector(offset, "LIKE_NUM", frozenset({"True"})))
    return tuple(out)


_SELECTORS: dict[tuple[int, str, frozenset[str], str | None], StartSelector] = {}


def _selector(
    offset: int, attr: str, words: frozenset[str] = frozenset(), regex: str | None = None
) -> StartSelector:
    """One object per selector (compared by identity: hashing the fields on every look-up
    cost more than the look-ups), so the walks of one call share its tokens."""
    key = (offset, attr, words, regex)
    if key not in _SELECTORS:
        _SELECTORS[key] = StartSelector(offset, attr, words, regex)
    return _SELECTORS[key]


def compile_single_token(pattern: Sequence[Mapping[str, Any]]) -> Walk | None:
    """A walk for a ``Matcher`` pattern of one token without operators, or None."""
    if len(pattern) != 1 or "OP" in pattern[0]:
        return None
    return compile_walk([{"RIGHT_ID": "token", "RIGHT_ATTRS": dict(pattern[0])}])


# A token pattern's ``OP`` as (fewest, most) repetitions; None for no upper bound.
Repeats = tuple[int, int | None]
REPEATS: dict[str | None, Repeats] = {None: (1, 1), "?": (0, 1), "+": (1, None), "*": (0, None)}
_COUNTED = re.compile(r"^\{(\d*)(,?)(\d*)\}$")  # "{n}", "{n,m}", "{n,}", "{,m}"


def _repeats(op: Any) -> tuple[int, int | None] | None:
    if op is None or op in REPEATS:
        return REPEATS[op]
    found = _COUNTED.match(op) if isinstance(op, str) else None
    if found is None:
        return None  # "!" and anything else: left to spaCy
    low, comma, high = found.groups()
    if not comma:
        return (int(low), int(low)) if low else None
    return int(low or 0), int(high) if high else None


@dataclass(frozen=True)
class TokenSequence:
    """A compiled ``Matcher`` pattern of several tokens: each token's test with how
    often it may repeat. Run from the tokens that pass the first test (found through
    the attribute index when it names a few words), it gives every span the pattern
    matches, as spaCy's ``Matcher`` does (all lengths, not only the longest)."""

    tests: tuple[Test, ...]
    repeats: tuple[tuple[int, int | None], ...]
    # The attributes an index can look up of the tokens at a fixed place from the start.
    selectors: tuple[StartSelector, ...] = ()

    def run(
        self,
        doc: Doc,
        index: Callable[[str], Mapping[str, list[int]]] | None = None,
        cache: WalkCache | None = None,
    ) -> Iterator[tuple[int, int]]:
        """Every match as (start, end) token offsets, each once."""
        cache = cache or WalkCache(doc)
        key, starts = cache.starts(self.selectors, index)
        for start in cache.passing(self.tests[0], key, starts):
            for end in self._ends(cache, len(doc), start):
                yield start, end

    def _ends(self, cache: WalkCache, size: int, start: int) -> list[int]:
        """Where matches from token ``start`` can end, in order: the positions each
        pattern token in turn can reach from those the one before it reached (a set per
        token, not a generator per step: many small objects set off the garbage collector)."""
        positions = {start}
        for test, (fewest, most) in zip(self.tests, self.repeats, strict=True):
            reached: set[int] = set()
            for at in positions:
                count = 0
                while True:
                    if count >= fewest:
                        reached.add(at + count)
                    j = at + count
                    if (most is not None and count >= most) or j >= size or not cache.passes(test, j):
                        break
                    count += 1
            if not reached:
                return []
            positions = reached
        return sorted(positions)


def compile_sequence(pattern: Sequence[Mapping[str, Any]]) -> TokenSequence | None:
    """A :class:`TokenSequence` for a ``Matcher`` pattern whose first token is required
    and whose operators are repetitions (``?``, ``+``, ``*``, ``{n,m}``), or None."""
    tests: list[Test] = []
    repeats: list[tuple[int, int | None]] = []
    for token in pattern:
        if not isinstance(token, Mapping):
            return None
        counted = _repeats(token.get("OP"))
        test = compile_test({k: v for k, v in token.items() if k != "OP"})
        if counted is None or test is None or (counted[1] is not None and counted[1] < counted[0]):
            return None
        tests.append(test)
        repeats.append(counted)
    if not tests or repeats[0][0] < 1:
        return None  # an optional first token: spaCy's matcher decides where a match starts
    # A token after only single ones sits at a fixed place from the start: the rarest
    # such token in a Doc tells where matches may start ("X - Y" from its hyphens).
    selectors: list[StartSelector] = []
    for offset, (token, counted) in enumerate(zip(pattern, repeats, strict=True)):
        if counted[0] >= 1:
            selectors.extend(_selectors(token, offset))
        if counted != (1, 1):
            break
    return TokenSequence(tuple(tests), tuple(repeats), tuple(selectors))


_ARRAY_ATTRS = {
    "LOWER": LOWER,
    "LEMMA": LEMMA,
    "ORTH": ORTH,
    "TEXT": ORTH,
    "DEP": DEP,
    "TAG": TAG,
    "POS": POS,
}


def attribute_index(doc: Doc) -> Callable[[str], Mapping[str, list[int]]]:
    """A lazy per-Doc index: attribute name -> value -> token indices, read from the Doc's
    arrays (no Token objects) and looked up by string. A value's indices are found with
    numpy when first asked for: walks ask for a few words, and building a table of every
    value token by token costs more than all their look-ups.

    Inside :func:`shared_attributes` of ``doc``, the scope's index (with its columns and
    parse tree, read once); otherwise a new one."""
    for scoped in reversed(_SCOPES.get()):
        if scoped.doc is doc:
            return scoped
    return _AttributeIndex(doc)


# The indexes of the open :func:`shared_attributes` scopes, innermost last (per thread
# and task: a context variable).
_SCOPES: ContextVar[tuple[_AttributeIndex, ...]] = ContextVar("briefextract_attribute_scopes", default=())


@contextmanager
def shared_attributes(doc: Doc) -> Iterator[Callable[[str], Mapping[str, list[int]]]]:
    """Within the block, every :func:`attribute_index` of ``doc`` (and so every
    :meth:`RuleSet.matches <briefextract.rules.compiler.RuleSet.matches>` call on it without
    an index) is one index: the rule sets a component runs read the Doc's columns, tables
    and parse tree once. The caller promises not to change the Doc's tokens, tags, parse or
    entities inside the block (writing spans and extension values is fine)."""
    index = attribute_index(doc)
    assert isinstance(index, _AttributeIndex)
    token = _SCOPES.set((*_SCOPES.get(), index))
    try:
        yield index
    finally:
        _SCOPES.reset(token)


class _AttributeIndex:
    """See :func:`attribute_index`; also holds the Doc's token columns for the walks
    (:class:`WalkCache`) of every rule set that shares the index."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.columns = TokenColumns(doc)
        self._tables: dict[str, _ArrayTable] = {}
        self._tree: ParseTree | None = None
        self._matching: dict[tuple[str, str], list[int]] = {}
        # Per start selector: how many tokens it selects and which, and which tokens a step
        # reaches them from (see WalkCache).
        self.selector_sizes: dict[StartSelector, int | None] = {}
        self.selected: dict[StartSelector, list[int]] = {}
        self.linked: dict[tuple[StartSelector, str], frozenset[int]] = {}

    def tree(self) -> ParseTree:
        """The Doc's :class:`ParseTree`, built when a walk first needs it."""
        if self._tree is None:
            self._tree = parse_tree(self.doc)
        return self._tree

    def matching(self, attr: str, regex: str, results: dict[int, bool] | None = None) -> list[int]:
        """The tokens whose ``attr`` matches ``regex`` (``re.search``), in order: each
        distinct value of the Doc is tried once, not each token (and not at all if
        ``results``, value id -> result, already holds it)."""
        key = (attr, regex)
        found = self._matching.get(key)
        if found is None:
            strings = self.doc.vocab.strings
            found = self._matching[key] = self(attr).matching(strings, re.compile(regex), results)
        return found

    def __call__(self, attr: str) -> Mapping[str, list[int]]:
        attr = "ORTH" if attr == "TEXT" else attr  # one array, one table
        found = self._tables.get(attr)
        if found is None:
            found = self._tables[attr] = attribute_table(self.doc, attr)
        return found


def attribute_table(doc: Doc, attr: str, raw: np.ndarray | None = None) -> _ArrayTable:
    """Value -> token indices of ``doc`` for one attribute of :data:`_ARRAY_ATTRS` or
    LIKE_NUM (``raw``: its array, when the caller has read it), shared with every reader of
    the Doc while the array is the same (see :class:`_RecentDocs`)."""
    attr = "ORTH" if attr == "TEXT" else attr  # one array, one table
    if raw is None:
        column = LIKE_NUM if attr == "LIKE_NUM" else _ARRAY_ATTRS[attr]
        raw = doc.to_array([column])
    return _RECENT.reuse(doc, attr, raw.astype(np.uint64), _table_builder(doc, attr))


def _table_builder(doc: Doc, attr: str) -> Callable[[np.ndarray], _ArrayTable]:
    """How the table of ``attr`` is built from its array: LIKE_NUM and POS hold values that are
    no string hashes, and are looked up by the strings they stand for."""
    if attr == "LIKE_NUM":
        return lambda raw: _ArrayTable(raw, {int(v): str(bool(v)) for v in np.unique(raw).tolist()})
    if attr == "POS":
        return lambda raw: _ArrayTable(
            raw, {int(v): doc.vocab.strings[int(v)] for v in np.unique(raw).tolist()}
        )
    return lambda raw: _ArrayTable(raw, None)


class _RecentDocs:
    """What was built from the arrays of the last few Docs read (attribute tables, parse
    trees), each kept with the array it was built from.

    The components of a pipeline read the same Doc one after another, each with its own
    index: a table or tree is reused while the Doc's array is the same (a Doc whose
    annotation changed gets a new one). Only the last few Docs are kept, so that a caller
    who keeps its Docs does not keep all this too."""

    def __init__(self, size: int) -> None:
        self.size = size
        # id(Doc) -> (the Doc, weakly; name -> (array, what was built from it)), latest last.
        self._docs: OrderedDict[int, tuple[weakref.ref[Doc], dict[str, tuple[np.ndarray, Any]]]] = (
            OrderedDict()
        )
        self._lock = threading.Lock()  # Docs of several threads: one order of the Docs

    def reuse(self, doc: Doc, name: str, raw: np.ndarray, build: Callable[[np.ndarray], T]) -> T:
        """What ``build(raw)`` gives: the object kept under ``name`` for ``doc`` if it was built
        from an equal array, else a new one, then kept."""
        built = self._built_of(doc)
        kept = built.get(name)
        if kept is not None and np.array_equal(kept[0], raw):
            return kept[1]  # type: ignore[no-any-return]
        made = build(raw)
        built[name] = (raw, made)
        return made

    def _built_of(self, doc: Doc) -> dict[str, tuple[np.ndarray, Any]]:
        with self._lock:
            entry = self._docs.get(id(doc))
            if entry is None or entry[0]() is not doc:  # a new Doc (or another at a freed one's id)
                entry = self._docs[id(doc)] = (weakref.ref(doc), {})
            self._docs.move_to_end(id(doc))
            while len(self._docs) > self.size:
                self._docs.popitem(last=False)
            return entry[1]


# 24 Docs: the rulers that run before the statistical components read a batch of Docs
# (eight in the benchmark) before the components after them read the first, and the claims
# layer makes two small Docs of each Doc's sentences meanwhile.
_RECENT = _RecentDocs(24)


class _ArrayTable(Mapping[str, list[int]]):
    """Value -> token indices over one attribute's array, read with strings: the indices
    sorted by value once (numpy), each value's run found in a dictionary. ``names``
    (array value -> string) when the array holds ids that are not string hashes."""

    def __init__(self, values: np.ndarray, names: dict[int, str] | None) -> None:
        self._names = names
        self._ids = None if names is None else {hash_string(n): v for v, n in names.items()}
        self._order = np.argsort(values, kind="stable")  # equal values keep token order
        uniq, starts, counts = np.unique(values[self._order], return_index=True, return_counts=True)
        # Value -> the number of its run, with the runs' starts and lengths in flat lists:
        # ints only, no tuple per value (many small objects set off the garbage collector).
        self._slot = dict(zip(uniq.tolist(), range(len(uniq)), strict=True))
        self._starts: list[int] = starts.tolist()
        self._counts: list[int] = counts.tolist()
        self._found: dict[int, list[int]] = {}

    def _value(self, key: str) -> int | None:
        h = hash_string(key)
        return h if self._ids is None else self._ids.get(h)

    def count(self, key: str) -> int:
        """How many tokens have the value ``key`` (without listing them)."""
        slot = self._slot.get(self._value(key))  # type: ignore[arg-type]
        return 0 if slot is None else self._counts[slot]

    def _slots(self, hashes: Iterable[int]) -> list[int]:
        """The runs of the values whose strings hash to ``hashes``, for those the Doc has."""
        values = hashes if self._ids is None else [self._ids.get(h) for h in hashes]
        return [slot for slot in map(self._slot.get, values) if slot is not None]  # type: ignore[arg-type]

    def count_hashed(self, hashes: Iterable[int]) -> int:
        """How many tokens have one of the values whose strings hash to ``hashes``."""
        counts = self._counts
        return sum(counts[slot] for slot in self._slots(hashes))

    def tokens_hashed(self, hashes: Iterable[int]) -> list[int]:
        """The tokens, in order, that have one of the values whose strings hash to ``hashes``."""
        order, starts, counts = self._order, self._starts, self._counts
        runs = [order[starts[s] : starts[s] + counts[s]] for s in self._slots(hashes)]
        if not runs:
            return []
        # A token has one value of an attribute: the runs never overlap.
        return sorted(np.concatenate(runs).tolist()) if len(runs) > 1 else runs[0].tolist()

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        value = self._value(key)
        if value is None:
            return default
        found = self._found.get(value)
        if found is None:
            slot = self._slot.get(value)
            if slot is None:
                return default
            start = self._starts[slot]
            found = self._found[value] = self._order[start : start + self._counts[slot]].tolist()
        return found

    def matching(
        self, strings: StringStore, regex: re.Pattern[str], results: dict[int, bool] | None = None
    ) -> list[int]:
        """The tokens whose value (read through ``strings`` or the table's names)
        ``regex`` finds a match in, in order; ``results`` keeps the result per value
        (a caller that keeps it across Docs searches each value's string once)."""
        results = {} if results is None else results
        found: list[int] = []
        for value, slot in self._slot.items():
            hit = results.get(value)
            if hit is None:
                name = strings[value] if self._names is None else self._names[value]
                hit = results[value] = regex.search(name) is not None
            if hit:
                start = self._starts[slot]
                found.extend(self._order[start : start + self._counts[slot]].tolist())
        return sorted(found)

    def __getitem__(self, key: str) -> list[int]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a hash-keyed table cannot list its strings")

    def __len__(self) -> int:
        return len(self._slot)
