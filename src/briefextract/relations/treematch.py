"""Dependency patterns matched outward from their key word: a fast path for the part
of spaCy's DependencyMatcher language that relation records use.

spaCy's DependencyMatcher runs one token pattern per node over every token it is
given and joins the hits afterwards, so its cost grows with tokens x nodes even
when the record's key word (a leader noun, a verb of splitting) occurs once in a
sentence or not at all. Here a compiled pattern starts at the tokens that pass
its most selective node (found through a per-sentence word index), then walks
the tree along the pattern's edges, testing each node on the one or few tokens
an edge reaches.

Supported: the operators ``>`` (right node is a child of the left one), ``<``
(right node is the head of the left one), ``>>`` (a descendant) and ``<<`` (an
ancestor), within the sentence; the attributes in :data:`ATTRS` with an
exact value or ``IN`` / ``NOT_IN``; extension attributes (``"_"``) with an exact
value. :func:`compile_pattern` returns None for anything else, and the caller
keeps spaCy's matcher for that record. As in spaCy, two nodes may bind the same
token, and a match is the list of token indices in node order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.attrs import HEAD as HEAD_ATTR
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

# Matcher attribute name -> the attribute read from the Doc's arrays (values compared
# as the integer ids spaCy stores: string hashes, and part-of-speech symbols).
ATTRS: dict[str, int] = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "LEMMA": LEMMA,
    "POS": POS,
    "TAG": TAG,
    "DEP": DEP,
}
COLUMNS: tuple[str, ...] = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP")
# Attributes a per-sentence index is kept for: the entry points of a walk. A pattern
# starts at a node tested on a word when it has one (most selective: fewest words),
# otherwise at a node tested on a label.
WORD_ATTRS: tuple[str, ...] = ("LOWER", "LEMMA")
LABEL_ATTRS: tuple[str, ...] = ("DEP", "TAG", "POS")
INDEXED: tuple[str, ...] = WORD_ATTRS + LABEL_ATTRS
CHILD, HEAD = ">", "<"
DESCENDANT, ANCESTOR = ">>", "<<"
OPERATORS = frozenset({CHILD, HEAD, DESCENDANT, ANCESTOR})
# Walking an edge backwards: from the right node to the left one.
REVERSED: dict[str, str] = {CHILD: HEAD, HEAD: CHILD, DESCENDANT: ANCESTOR, ANCESTOR: DESCENDANT}
# Coordinated verbs share the first one's subject ("X formed in 1990 and operates in
# Y"), and a participle clause takes its main clause's ("X retook Y, pushing Z back");
# with ``share_subjects`` such a verb without a subject of its own also has that
# subject among its children.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
CONJUNCT_DEP = "conj"
PARTICIPLE_CLAUSE_DEP = "advcl"
PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBG", "VBN"})
VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class NodeTest:
    """The attribute tests of one node: (attribute, kind, value) with kind "eq", "in"
    or "not_in", and (extension name, value) pairs."""

    tests: tuple[tuple[str, str, Any], ...]
    extensions: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Step:
    """Bind node ``node`` from the already bound node ``source``: ``toward`` is
    ``CHILD`` when the node is a child of the source's token, ``HEAD`` when it is its
    head, ``DESCENDANT`` / ``ANCESTOR`` for any token below / above it."""

    node: int
    source: int
    toward: str


@dataclass(frozen=True)
class TreePattern:
    """A compiled pattern: where a walk starts and the steps that bind the rest."""

    size: int
    start: int
    entry: tuple[str, frozenset[int]] | None  # indexed attribute and word ids of the start node
    tests: tuple[NodeTest, ...]
    steps: tuple[Step, ...]


def value_id(attr: str, value: str) -> int:
    """The id spaCy stores for ``value`` of attribute ``attr`` (-1: a part of speech
    that does not exist, which no token has)."""
    if attr == "POS":
        return int(POS_IDS[value]) if value in POS_IDS else -1
    return int(get_string_id(value))


def _node_test(attrs: Mapping[str, Any]) -> NodeTest | None:
    tests: list[tuple[str, str, Any]] = []
    extensions: list[tuple[str, Any]] = []
    for attr, value in attrs.items():
        if attr == "_":
            if not isinstance(value, Mapping):
                return None
            for name, wanted in value.items():
                if isinstance(wanted, Mapping):
                    return None
                extensions.append((str(name), wanted))
            continue
        if attr not in ATTRS:
            return None
        column = "ORTH" if attr == "TEXT" else attr
        if isinstance(value, str):
            tests.append((column, "eq", value_id(attr, value)))
        elif isinstance(value, Mapping) and len(value) == 1:
            ((op, words),) = value.items()
            if op not in ("IN", "NOT_IN") or not isinstance(words, list):
                return None
            tests.append((column, op.lower(), frozenset(value_id(attr, str(w)) for w in words)))
        else:
            return None
    return NodeTest(tuple(tests), tuple(extensions))


def _entry(test: NodeTest, attrs: tuple[str, ...]) -> tuple[str, frozenset[int]] | None:
    """The smallest value set one of ``attrs`` of the node must hold."""
    best: tuple[str, frozenset[int]] | None = None
    for attr, kind, value in test.tests:
        if attr not in attrs or kind == "not_in":
            continue
        words = frozenset({value}) if kind == "eq" else value
        if best is None or len(words) < len(best[1]):
            best = (attr, words)
    return best


def _parse(pattern: Sequence[Mapping[str, Any]]) -> tuple[list[NodeTest], list[tuple[int, str, int]]] | None:
    """The node tests and (left, op, right) edges of a pattern, or None."""
    if not pattern:
        return None
    index: dict[str, int] = {}
    tests: list[NodeTest] = []
    edges: list[tuple[int, str, int]] = []
    for k, node in enumerate(pattern):
        name = node.get("RIGHT_ID")
        test = _node_test(node.get("RIGHT_ATTRS", {}))
        if not isinstance(name, str) or name in index or test is None:
            return None
        if k:
            left, op = node.get("LEFT_ID"), node.get("REL_OP")
            if left not in index or op not in OPERATORS:
                return None
            edges.append((index[left], op, k))
        index[name] = k
        tests.append(test)
    return tests, edges


def _plan(
    tests: list[NodeTest],
    edges: list[tuple[int, str, int]],
    start: int,
    entry: tuple[str, frozenset[int]] | None,
) -> TreePattern:
    """The steps that bind every node from ``start`` along the edges."""
    steps: list[Step] = []
    bound = {start}
    while len(bound) < len(tests):
        # The next node reachable from a bound one; nodes tested on extensions (costly
        # to answer) come last, so that cheaper tests prune first.
        reachable: list[tuple[bool, int, Step]] = []
        for k, (left, op, right) in enumerate(edges):
            if left in bound and right not in bound:
                reachable.append((bool(tests[right].extensions), k, Step(right, left, op)))
            elif right in bound and left not in bound:
                # Walking an edge backwards: the left node is the head of a child, or a
                # child of a head.
                step = Step(left, right, REVERSED[op])
                reachable.append((bool(tests[left].extensions), k, step))
        step = min(reachable, key=lambda r: (r[0], r[1]))[2]
        steps.append(step)
        bound.add(step.node)
    return TreePattern(len(tests), start, entry, tuple(tests), tuple(steps))


def compile_starts(pattern: Sequence[Mapping[str, Any]]) -> list[TreePattern] | None:
    """One plan per node tested on a word, each starting there (the caller starts at the
    node whose words are rarest in the sentence at hand); a pattern without such a node
    has one plan per node tested on a label (:func:`label_plan` picks one), or else one
    from its root. None when the pattern uses something this module does not do."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    tests, edges = parsed
    for attrs in (WORD_ATTRS, LABEL_ATTRS):
        entries = [(e, k) for k, t in enumerate(tests) if (e := _entry(t, attrs)) is not None]
        if entries:
            return [_plan(tests, edges, k, e) for e, k in entries]
    return [_plan(tests, edges, 0, None)]


def first_plan(plans: Sequence[TreePattern]) -> TreePattern:
    """The plan whose start node has the fewest words or labels (the first such node)."""
    return min(plans, key=lambda p: (len(p.entry[1]) if p.entry else 0, p.start))


def label_plan(plans: Sequence[TreePattern]) -> TreePattern:
    """The plan of a pattern without words to run: it starts at a node tested on a
    dependency label when there is one, since a sentence has few tokens with a given
    dependency ("poss", "compound") and many with a given part of speech (nouns)."""
    return min(
        plans,
        key=lambda p: (p.entry is None or p.entry[0] != "DEP", len(p.entry[1]) if p.entry else 0, p.start),
    )


def text_order(plan: TreePattern) -> Callable[[list[int]], tuple[int, ...]] | None:
    """The sort key that puts bindings in the order a walk of ``plan`` finds them: by its
    start node's token, then by each step's node's. None when a step climbs to ancestors
    (found nearest first, not in text order)."""
    if any(step.toward == ANCESTOR for step in plan.steps):
        return None
    nodes = (plan.start, *(step.node for step in plan.steps))
    return lambda binding: tuple(binding[n] for n in nodes)


def compile_pattern(pattern: Sequence[Mapping[str, Any]]) -> TreePattern | None:
    """A DependencyMatcher pattern (lexicon references already expanded) as one
    :class:`TreePattern` starting at its most selective node (fewest words), or None
    when it uses something this module does not do."""
    plans = compile_starts(pattern)
    if plans is None:
        return None
    return first_plan(plans)


_UNSET = object()


class DocArrays:
    """The attribute columns (:data:`COLUMNS`, as ids), absolute heads and sentence
    ranges of a Doc, read once with ``Doc.to_array``: the walk reads no Token objects."""

    def __init__(self, doc: Doc) -> None:
        names = [ATTRS[c] for c in COLUMNS]
        table = doc.to_array(names) if len(doc) else None  # uint64: string hashes
        self.columns: dict[str, list[int]] = {
            c: ([] if table is None else table[:, k].tolist()) for k, c in enumerate(COLUMNS)
        }
        # Heads are signed offsets.
        offsets = doc.to_array([HEAD_ATTR]).view("int64").reshape(-1).tolist() if len(doc) else []
        self.heads: list[int] = [i + off for i, off in enumerate(offsets)]
        # Sentences as (start, end) token ranges, from the sentence-start column.
        if not len(doc):
            self.sentences: list[tuple[int, int]] = []
        elif doc.has_annotation("SENT_START"):
            flags = doc.to_array([SENT_START]).view("int64").reshape(-1).tolist()
            starts = [i for i, flag in enumerate(flags) if flag == 1 or i == 0]
            self.sentences = list(zip(starts, [*starts[1:], len(doc)], strict=True))
        else:
            self.sentences = [(0, len(doc))]


_SUBJECT_IDS = frozenset(value_id("DEP", d) for d in SUBJECT_DEPS)
_CONJUNCT_ID = value_id("DEP", CONJUNCT_DEP)
_PARTICIPLE_CLAUSE_ID = value_id("DEP", PARTICIPLE_CLAUSE_DEP)
_PARTICIPLE_TAG_IDS = frozenset(value_id("TAG", t) for t in PARTICIPLE_TAGS)
_VERB_POS_IDS = frozenset(value_id("POS", p) for p in VERB_POS)


class SentenceView:
    """The tokens of one stretch of a Doc (a sentence), read from its arrays.

    ``extension`` answers extension tests (name, token) -> value; by default the
    token's own extension attribute. ``share_subjects`` adds a coordinated verb's
    shared subject to its children (:data:`SUBJECT_DEPS`); spaCy's matcher does not.
    ``arrays`` are the Doc's (:class:`DocArrays`), read once per Doc by the caller.
    """

    def __init__(
        self,
        doc: Doc,
        start: int,
        end: int,
        extension: Callable[[str, Token], Any] | None = None,
        *,
        share_subjects: bool = False,
        arrays: DocArrays | None = None,
    ) -> None:
        self.doc = doc
        self.start, self.end = start, end
        arrays = arrays or DocArrays(doc)
        self.columns = arrays.columns
        self.heads = arrays.heads
        self.children: list[list[int]] = [[] for _ in range(start, end)]
        for i in range(start, end):
            head = self.heads[i]
            if head != i and start <= head < end:
                self.children[head - start].append(i)
        if share_subjects:
            self._share_subjects()
        self._words: dict[str, frozenset[int]] = {}
        self._extension = extension or (lambda name, token: token._.get(name))
        self._ext_cache: dict[tuple[str, int], Any] = {}
        self._start_cache: dict[tuple[str, frozenset[int]], list[int]] = {}

    def _share_subjects(self) -> None:
        dep, pos, tag, heads = self.columns["DEP"], self.columns["POS"], self.columns["TAG"], self.heads
        for i in range(self.start, self.end):
            head = heads[i]
            if pos[i] not in _VERB_POS_IDS or pos[head] not in _VERB_POS_IDS or head == i:
                continue
            participle = dep[i] == _PARTICIPLE_CLAUSE_ID and tag[i] in _PARTICIPLE_TAG_IDS
            if dep[i] != _CONJUNCT_ID and not participle:
                continue
            own = self.children[i - self.start]
            if any(dep[c] in _SUBJECT_IDS for c in own):
                continue
            first = head
            while dep[first] == _CONJUNCT_ID and heads[first] != first and pos[heads[first]] in _VERB_POS_IDS:
                first = heads[first]
            if not self.start <= first < self.end:
                continue
            shared = [c for c in self.children[first - self.start] if dep[c] in _SUBJECT_IDS]
            if shared:
                self.children[i - self.start] = sorted([*own, *shared])

    def values(self, attr: str) -> list[int]:
        """The attribute ``attr`` of every token of the Doc, as ids."""
        return self.columns[attr]

    def words(self, attr: str) -> frozenset[int]:
        """The value ids of ``attr`` that tokens of this stretch have."""
        found = self._words.get(attr)
        if found is None:
            found = self._words[attr] = frozenset(self.columns[attr][self.start : self.end])
        return found

    def tokens_with(self, attr: str, values: frozenset[int]) -> list[int]:
        """The indices of this stretch's tokens whose ``attr`` is one of ``values``, in order."""
        present = values & self.words(attr)
        if not present:
            return []
        column = self.columns[attr][self.start : self.end]
        return [i for i, value in enumerate(column, self.start) if value in present]

    def passes(self, test: NodeTest, i: int) -> bool:
        columns = self.columns
        for attr, kind, value in test.tests:
            have = columns[attr][i]
            if kind == "eq":
                if have != value:
                    return False
            elif (have in value) != (kind == "in"):
                return False
        for name, wanted in test.extensions:
            key = (name, i)
            have = self._ext_cache.get(key, _UNSET)
            if have is _UNSET:
                have = self._ext_cache[key] = self._extension(name, self.doc[i])
            if have != wanted:
                return False
        return True

    def starts(self, pattern: TreePattern) -> list[int]:
        """The tokens holding a word of the plan's start node (every token without one)."""
        return self._starts(pattern)

    def _starts(self, pattern: TreePattern) -> list[int]:
        if pattern.entry is None:
            return list(range(self.start, self.end))
        found = self._start_cache.get(pattern.entry)
        if found is None:
            attr, words = pattern.entry
            found = self._start_cache[pattern.entry] = self.tokens_with(attr, words)
        return found

    def _reach(self, i: int, toward: str) -> Sequence[int]:
        if toward == CHILD:
            return self.children[i - self.start]
        if toward == DESCENDANT:
            return self._descendants(i)
        if toward == ANCESTOR:
            return self._ancestors(i)
        head = self.heads[i]
        return (head,) if head != i and self.start <= head < self.end else ()

    def _descendants(self, i: int) -> list[int]:
        # A shared subject is a child of two verbs: each token is reached once.
        seen: set[int] = set()
        todo = list(self.children[i - self.start])
        while todo:
            k = todo.pop()
            if k not in seen and k != i:
                seen.add(k)
                todo.extend(self.children[k - self.start])
        return sorted(seen)

    def _ancestors(self, i: int) -> list[int]:
        out: list[int] = []
        while (head := self.heads[i]) != i and self.start <= head < self.end and head not in out:
            out.append(head)
            i = head
        return out

    def matches(self, pattern: TreePattern, starts: Sequence[int] | None = None) -> list[list[int]]:
        """Every binding of the pattern's nodes to token indices (node order); ``starts``
        are the candidate tokens of its start node when the caller has them."""
        out: list[list[int]] = []
        if starts is None:
            starts = self._starts(pattern)
        if not starts:  # most sentences hold no start of most label-started patterns
            return out
        binding: list[int] = [-1] * pattern.size
        first = pattern.tests[pattern.start]
        for i in starts:
            if self.passes(first, i):
                binding[pattern.start] = i
                self._walk(pattern, binding, 0, out)
        return out

    def _walk(self, pattern: TreePattern, binding: list[int], k: int, out: list[list[int]]) -> None:
        """Bind the nodes of steps ``k`` onwards, depth-first, appending each full binding
        to ``out``. A plain recursion (a chain of generators costs a resumption per level
        for every binding it passes up), and a method: a recursive closure is a reference
        cycle, which only the garbage collector frees, with the bindings it holds."""
        steps = pattern.steps
        if k == len(steps):
            out.append(list(binding))
            return
        step = steps[k]
        test = pattern.tests[step.node]
        for i in self._reach(binding[step.source], step.toward):
            if self.passes(test, i):
                binding[step.node] = i
                self._walk(pattern, binding, k + 1, out)


class TreeMatcher:
    """Compiled patterns indexed by their words: a sentence runs a pattern only when it
    holds a word for every node tested on words (one set test per pattern), walking
    from the node with the fewest words."""

    def __init__(self) -> None:
        self.patterns: list[tuple[Any, list[TreePattern]]] = []
        self._entry_ids: dict[tuple[str, frozenset[int]], int] = {}
        self._by_word: dict[tuple[str, int], list[int]] = {}
        # pattern index -> (entry ids the sentence must hold, plan to run)
        self._worded: dict[int, tuple[frozenset[int], TreePattern]] = {}
        # entry id -> the patterns filed under it: a sentence looks only at the patterns
        # filed under an entry it holds, not at every pattern.
        self._by_entry: dict[int, list[int]] = {}
        # pattern index -> (plan to run, sort key that restores its first plan's order)
        self._anywhere: dict[int, tuple[TreePattern, Callable[[list[int]], tuple[int, ...]] | None]] = {}

    def __len__(self) -> int:
        return len(self.patterns)

    def add(self, key: Any, plans: Sequence[TreePattern]) -> None:
        """Add the plans :func:`compile_starts` made for one pattern, under ``key``."""
        k = len(self.patterns)
        self.patterns.append((key, list(plans)))
        worded = [p for p in plans if p.entry is not None and p.entry[0] in WORD_ATTRS]
        if not worded:
            # Bindings come out in the order of the first plan's walk, whichever runs.
            first, run = first_plan(plans), label_plan(plans)
            order = text_order(first) if run is not first else None
            self._anywhere[k] = (run, order) if run is first or order is not None else (first, None)
            return
        ids: set[int] = set()
        for plan in worded:
            entry = plan.entry
            assert entry is not None
            eid = self._entry_ids.get(entry)
            if eid is None:
                eid = self._entry_ids[entry] = len(self._entry_ids)
                attr, words = entry
                for word in words:
                    self._by_word.setdefault((attr, word), []).append(eid)
            ids.add(eid)
        # A pattern runs only where the sentence holds all its entries, so it is filed
        # under one: the one with the most words, a list of content words (verbs, nouns)
        # that few sentences hold, where a small entry is often a common preposition.
        filed = max(worded, key=lambda p: (len(p.entry[1]) if p.entry else 0, -p.start))
        assert filed.entry is not None
        self._by_entry.setdefault(self._entry_ids[filed.entry], []).append(k)
        self._worded[k] = (frozenset(ids), first_plan(worded))

    def __call__(self, view: SentenceView) -> list[tuple[Any, list[int]]]:
        """(key, binding) of every match in ``view``, in the order patterns were added."""
        present: set[int] = set()
        by_word = self._by_word
        for attr in WORD_ATTRS:
            for word in view.words(attr):
                found = by_word.get((attr, word))
                if found:
                    present.update(found)
        filed = self._by_entry
        candidates = {k for eid in present for k in filed.get(eid, ())}
        worded = self._worded
        runs = [(k, worded[k][1], None) for k in candidates if worded[k][0] <= present]
        runs.extend((k, plan, order) for k, (plan, order) in self._anywhere.items())
        out: list[tuple[Any, list[int]]] = []
        for k, plan, order in sorted(runs, key=lambda r: r[0]):
            key = self.patterns[k][0]
            bindings = view.matches(plan)
            if order is not None:
                bindings.sort(key=order)
            out.extend((key, binding) for binding in bindings)
        return out
