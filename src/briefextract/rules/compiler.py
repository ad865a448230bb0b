"""Rule records compiled to spaCy matchers, and their matches as plain tuples."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefextract.errors import RuleFileError
from briefextract.rules.lexicon import Lexicon
from briefextract.rules.records import RuleRecord
from briefextract.rules.resources import read_jsonl
from briefextract.rules.treewalk import (
    TokenSequence,
    Walk,
    WalkCache,
    attribute_index,
    compile_sequence,
    compile_single_token,
    compile_walk,
)
from briefextract.rules.windowed import WindowedMatcher

RecordT = TypeVar("RecordT", bound=RuleRecord)


@dataclass(frozen=True)
class RuleMatch(Generic[RecordT]):
    """One match of one record: the token span it marks and its named nodes."""

    rule: RecordT
    start: int  # token index of the marked span
    end: int  # exclusive
    nodes: tuple[tuple[str, int], ...]  # (node name, token index); dependency patterns only

    def node(self, name: str) -> int | None:
        for key, index in self.nodes:
            if key == name:
                return index
        return None

    @property
    def anchor(self) -> int:
        """The anchor token (dependency patterns) or the first token of the span."""
        anchor = self.rule.anchor
        found = self.node(anchor) if anchor else None
        return self.start if found is None else found


def read_records(path: Path, model: type[RecordT]) -> list[RecordT]:
    """Rule records of one JSONL file, strictly validated."""
    return read_jsonl(path, model)


class RuleSet(Generic[RecordT]):
    """Records compiled once to spaCy matchers; :meth:`matches` runs them on a Doc.

    Patterns are validated by spaCy (``validate=True``) when added: a pattern
    spaCy rejects is a :class:`RuleFileError` naming the record.
    """

    def __init__(
        self, vocab: Vocab, records: Iterable[RecordT], lexicon: Lexicon, *, source: str = "<rules>"
    ) -> None:
        self.vocab = vocab
        self.lexicon = lexicon
        self.source = source
        self.records: list[RecordT] = []
        self._order: dict[str, int] = {}
        # Token patterns run only near their anchor words, with spaCy's Matcher's results.
        self._token = WindowedMatcher(vocab, validate=True)
        self._phrase: dict[str, PhraseMatcher] = {}
        self._dependency = DependencyMatcher(vocab, validate=True)
        # Dependency patterns the tree walk can run skip spaCy's matcher (see treewalk).
        self._walks: list[tuple[RecordT, Walk]] = []
        self._singles: list[tuple[RecordT, Walk]] = []
        self._sequences: list[tuple[RecordT, TokenSequence]] = []
        # Dependency record id -> its node names and the positions of the nodes its span
        # covers, worked out once rather than for every match.
        self._layouts: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        self.add(records)

    def add(self, records: Iterable[RecordT]) -> None:
        """Compile and add ``records``; a repeated id is an error."""
        for record in records:
            if record.id in self._order:
                raise RuleFileError(self.source, f"duplicate rule id {record.id!r}")
            try:
                self._compile(record)
            except RuleFileError:
                raise
            except (ValueError, KeyError, TypeError) as exc:
                raise RuleFileError(self.source, f"rule {record.id!r}: {exc}") from exc
            self._order[record.id] = len(self.records)
            self.records.append(record)

    def _compile(self, record: RecordT) -> None:
        where = f"{self.source} rule {record.id!r}"
        pattern = self.lexicon.expand(record.pattern, where=where)
        if record.matcher == "token":
            # spaCy validates the pattern either way, so a bad record fails the same.
            probe = Matcher(self.vocab, validate=True)
            probe.add(record.id, [pattern])
            single = compile_single_token(pattern)
            sequence = None if single is not None else compile_sequence(pattern)
            if single is not None:
                # One token without operators: the walk finds it from a per-Doc index.
                self._singles.append((record, single))
            elif sequence is not None:
                # Several tokens: spaCy's Matcher steps through every token of the Doc,
                # the sequence only from the tokens that pass its first test.
                self._sequences.append((record, sequence))
            else:
                self._token.add(record.id, [pattern])
        elif record.matcher == "dependency":
            # spaCy validates the pattern either way, so a bad record fails the same.
            probe = DependencyMatcher(self.vocab, validate=True)
            probe.add(record.id, [pattern])
            names = tuple(str(node["RIGHT_ID"]) for node in record.pattern)
            marked = record.nodes or names[:1]
            self._layouts[record.id] = (names, tuple(k for k, n in enumerate(names) if n in marked))
            walk = compile_walk(pattern)
            if walk is None:
                self._dependency.add(record.id, [pattern])
            else:
                self._walks.append((record, walk))
        else:
            attr = record.attr
            matcher = self._phrase.get(attr)
            if matcher is None:
                matcher = self._phrase[attr] = PhraseMatcher(self.vocab, attr=attr)
            phrases = [str(p) for p in pattern]
            # Phrases are tokenised without a pipeline; LEMMA needs the lemmatizer, so
            # phrases to be matched on lemmas are written as their lemmas.
            docs = [self._phrase_doc(p, attr) for p in phrases]
            matcher.add(record.id, docs)

    def _phrase_doc(self, phrase: str, attr: str) -> Doc:
        words = phrase.split()
        doc = Doc(self.vocab, words=words)
        if attr == "LEMMA":
            for token, word in zip(doc, words, strict=True):
                token.lemma_ = word
        if attr == "LOWER":
            return Doc(self.vocab, words=[w.lower() for w in words])
        return doc

    def __len__(self) -> int:
        return len(self.records)

    def matches(
        self,
        doc: Doc,
        *,
        anchors: Iterable[int] | None = None,
        index: Callable[[str], Mapping[str, list[int]]] | None = None,
        dependency_only: bool = False,
    ) -> list[RuleMatch[RecordT]]:
        """Every match in ``doc``, sorted by span and then by record order.

        ``anchors`` (token indices) restricts dependency patterns to those anchor tokens;
        ``index`` is :func:`~briefextract.rules.treewalk.attribute_index` of ``doc``, when
        the caller shares one between rule sets; ``dependency_only`` skips the token and
        phrase patterns (for a caller that has their matches and runs the dependency
        patterns again from further anchors).
        """
        strings = self.vocab.strings
        index = index or attribute_index(doc)
        cache = WalkCache(doc, index)  # shared by this call's walks: the Doc does not change meanwhile
        found = [] if dependency_only else self._token_matches(doc, index, cache)
        allowed = None if anchors is None else set(anchors)
        dependency: list[tuple[RecordT, Sequence[int]]] = []
        if len(self._dependency):
            for key, token_ids in self._dependency(doc):
                if allowed is None or token_ids[0] in allowed:
                    dependency.append((self._record(strings[key]), token_ids))
        for record, walk in self._walks:
            dependency.extend((record, ids) for ids in walk.run(doc, allowed, index, cache))
        for record, token_ids in dependency:
            names, positions = self._layouts[record.id]
            nodes = tuple(zip(names, token_ids, strict=True))
            marked = [token_ids[k] for k in positions]
            found.append(RuleMatch(record, min(marked), max(marked) + 1, nodes))
        found.sort(key=lambda m: (m.start, m.end, self._order[m.rule.id], m.nodes))
        return _unique(found)

    def _token_matches(
        self, doc: Doc, index: Callable[[str], Mapping[str, list[int]]], cache: WalkCache
    ) -> list[RuleMatch[RecordT]]:
        """The matches of the token and phrase patterns."""
        found: list[RuleMatch[RecordT]] = []
        strings = self.vocab.strings
        if len(self._token):  # token patterns no sequence can run
            for key, start, end in self._token(doc):
                found.append(RuleMatch(self._record(strings[key]), start, end, ()))
        for matcher in self._phrase.values():
            for key, start, end in matcher(doc):
                found.append(RuleMatch(self._record(strings[key]), start, end, ()))
        for record, walk in self._singles:
            found.extend(
                RuleMatch(record, ids[0], ids[0] + 1, ()) for ids in walk.run(doc, None, index, cache)
            )
        for record, sequence in self._sequences:
            found.extend(RuleMatch(record, start, end, ()) for start, end in sequence.run(doc, index, cache))
        return found

    def _record(self, rule_id: str) -> RecordT:
        return self.records[self._order[rule_id]]


def _unique(found: Sequence[RuleMatch[RecordT]]) -> list[RuleMatch[RecordT]]:
    out: list[RuleMatch[RecordT]] = []
    seen: set[tuple[str, int, int, tuple[tuple[str, int], ...]]] = set()
    for m in found:
        key = (m.rule.id, m.start, m.end, m.nodes)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
