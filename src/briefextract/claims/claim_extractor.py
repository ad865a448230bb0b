"""The ``briefextract_claims`` pipeline component: thin glue over :mod:`.extract`.

It runs the claim, source and hedge rule records of ``models/claims/`` over a
parsed Doc and writes ``doc.spans["bx_claims"]`` (cue spans: ``label_`` the
claim kind, ``kb_id_`` the claim id, ``id_`` the cue rule) and
``doc._.bx_claims`` (claim id -> Claim record of ANNOTATION.md + provenance).
It needs the parse, the entity table and the time spans.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefextract.claims.claim_rules import NOT_CLAIM, ClaimRule, HedgeRule, SourceRule
from briefextract.claims.claim_words import ClaimWords
from briefextract.claims.compact import Compactor, copied_attrs, remap, sentence_spans
from briefextract.claims.extract import (
    apply_hedges,
    candidates,
    join_split_quotes,
    merge_repeats,
    select,
    to_records,
)
from briefextract.claims.hedging import HedgeHit
from briefextract.claims.quotes import find_quotes
from briefextract.claims.sources import ActorIndex
from briefextract.entities.gazetteers import GAZETTEER_DIR, load_gazetteer
from briefextract.extensions import SPAN_GROUP_CLAIMS, SPAN_GROUP_TIMES, entity_records, register_extensions
from briefextract.rules.compiler import RuleMatch, RuleSet
from briefextract.rules.lexicon import Lexicon, WordList
from briefextract.rules.resources import read_jsonl
from briefextract.rules.serialize import RulesComponent, Table
from briefextract.rules.treewalk import attribute_index

DEFAULT_FOLDER = "claims"
FILES = {"cues": "cues.jsonl", "hedges": "hedges.jsonl", "sources": "sources.jsonl"}
LEXICON_FILE = "lexicon.jsonl"
# A saved pipeline keeps the demonym table it read from the gazetteer.
DEMONYMS_FILE = "demonyms.json"
RuleKind = Literal["cues", "hedges", "sources"]
_MODELS: dict[str, type[BaseModel]] = {"cues": ClaimRule, "hedges": HedgeRule, "sources": SourceRule}


def _demonyms() -> dict[str, str]:
    return {d.lower(): key for d, key in load_gazetteer().demonyms.items()}


class AnchorFilter:
    """Which tokens may anchor a cue construction, read from the records' anchor nodes
    (their word lists and parts of speech). It may let through more tokens than the
    patterns match, never fewer; an anchor without a word list lets every token through.

    Records whose anchors name the same words and parts of speech form a group
    (``group_of``: record id -> group, None for vetoes and anchors without words), and
    :meth:`groups` gives each group its own tokens, so a construction is tried only on
    the anchors of its own words. The words of all groups are one table (word hash ->
    (group, part-of-speech set or None for any)), so a Doc is tested with one ``isin``
    over its lemma and lower-case columns and a dictionary look-up per token that
    passes it.
    """

    def __init__(self, vocab: Vocab, records: Iterable[ClaimRule], lexicon: Lexicon) -> None:
        self.words: dict[int, list[tuple[int, frozenset[int] | None]]] = {}
        self.group_of: dict[str, int | None] = {}
        self.everything = False
        keys: dict[tuple[frozenset[int], frozenset[int] | None], int] = {}
        strings = vocab.strings
        for record in records:
            self.group_of[record.id] = None
            if record.label == NOT_CLAIM:
                continue  # vetoes only matter where a cue is
            first = record.pattern[0]
            attrs = lexicon.expand(first.get("RIGHT_ATTRS", {}) if record.matcher == "dependency" else first)
            words = [w for key in ("LEMMA", "LOWER", "ORTH") for w in _values(attrs.get(key))]
            if not words:
                self.everything = True
                continue
            pos = _values(attrs.get("POS"))
            pos_ids = frozenset(strings.add(p) for p in pos) if pos else None
            word_ids = frozenset({strings.add(w) for w in words} | {strings.add(w.lower()) for w in words})
            group = keys.get((word_ids, pos_ids))
            if group is None:
                group = keys[(word_ids, pos_ids)] = len(keys)
                for word_id in word_ids:
                    self.words.setdefault(word_id, []).append((group, pos_ids))
            self.group_of[record.id] = group
        self.n_groups = len(keys)
        self._ids = np.array(sorted(self.words), dtype=np.uint64)

    def groups(self, doc: Doc) -> list[list[int]]:
        """For each group, the indices of the tokens that may anchor its constructions."""
        out: list[list[int]] = [[] for _ in range(self.n_groups)]
        if not len(doc) or not self.n_groups:
            return out
        arr = doc.to_array([LEMMA, LOWER, POS]).astype(np.uint64)
        near = np.flatnonzero(np.isin(arr[:, :2], self._ids).any(axis=1))
        for i, (lemma, lower, pos) in zip(near.tolist(), arr[near].tolist(), strict=True):
            hit: set[int] = set()
            for word in (lemma, lower):
                for group, allowed in self.words.get(word, ()):
                    if group not in hit and (allowed is None or pos in allowed):
                        hit.add(group)
                        out[group].append(i)
        return out

    def tokens(self, doc: Doc) -> list[int]:
        """Indices of the tokens that may anchor a construction."""
        if self.everything:
            return list(range(len(doc)))
        return sorted({i for tokens in self.groups(doc) for i in tokens})


def _values(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        return [str(v) for v in value["IN"]]
    return []


class ClaimExtractor(RulesComponent):
    """Finds attributed statements and writes the ``bx_claims`` span group and records."""

    def __init__(self, nlp: Language, name: str = "briefextract_claims", *, folder: str = DEFAULT_FOLDER):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.folder = folder
        self._demonyms: dict[str, str] | None = None
        self.load_if_present()

    def model_files(self) -> dict[str, str]:
        return {file: f"{self.folder}/{file}" for file in (*FILES.values(), LEXICON_FILE)}

    def derived_tables(self) -> dict[str, Table]:
        return {DEMONYMS_FILE: Table((GAZETTEER_DIR,), _demonyms)}

    def saved_records(self) -> dict[str, Sequence[BaseModel]]:
        records = {FILES[kind]: records for kind, records in self._records().items()}
        return {**records, LEXICON_FILE: self.lexicon.records}

    def _load(self) -> None:
        lexicon = Lexicon.from_files([self.model_file(LEXICON_FILE)])
        records = {kind: read_jsonl(self.model_file(file), _MODELS[kind]) for kind, file in FILES.items()}
        self._build(lexicon, records)
        self._demonyms = self.tables[DEMONYMS_FILE]

    def _build(self, lexicon: Lexicon, records: Mapping[str, list[Any]]) -> None:
        self.lexicon = lexicon
        self.words = ClaimWords.from_lexicon(lexicon)
        vocab = self.nlp.vocab
        self.cues: RuleSet[ClaimRule] = RuleSet(vocab, records["cues"], lexicon, source="claims/cues")
        self.hedges: RuleSet[HedgeRule] = RuleSet(vocab, records["hedges"], lexicon, source="claims/hedges")
        self.sources: RuleSet[SourceRule] = RuleSet(
            vocab, records["sources"], lexicon, source="claims/sources"
        )
        self._partition()
        self._copied = copied_attrs([*self.cues.records, *self.hedges.records, *self.sources.records])

    def _partition(self) -> None:
        """The anchor filter of the cue records, and those records split by its groups, each
        compiled on its own so that it runs only from its group's anchors (group None:
        vetoes and anchors without words, run everywhere)."""
        self._anchors = AnchorFilter(self.nlp.vocab, self.cues.records, self.lexicon)
        self._cue_order = {record.id: n for n, record in enumerate(self.cues.records)}
        parts: dict[int | None, list[ClaimRule]] = {}
        for record in self.cues.records:
            parts.setdefault(self._anchors.group_of[record.id], []).append(record)
        self._cue_parts = [
            (group, RuleSet(self.nlp.vocab, records, self.lexicon, source="claims/cues"))
            for group, records in parts.items()
        ]

    @property
    def demonyms(self) -> dict[str, str]:
        if self._demonyms is None:
            self._demonyms = _demonyms()
        return self._demonyms

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc._.bx_claims`` and ``doc.spans["bx_claims"]``."""
        self._require_loaded()
        if not doc.has_annotation("DEP"):
            doc._.bx_claims = {}
            doc.spans[SPAN_GROUP_CLAIMS] = []
            return doc
        end = doc._.bx_article_end
        compactor = Compactor(doc, self._copied)
        text = compactor.text()  # doc.text is built from Token objects on every access
        quotes = find_quotes(text)
        actors = ActorIndex.from_table(doc, entity_records(doc))
        # Constructions live inside one sentence's parse: the rules run on a compact Doc of
        # the sentences that hold a cue word (and, for hedges, the sentence after each).
        sents = sentence_spans(doc)
        starts = [start for start, _ in sents]
        groups = self._anchors.groups(doc)
        anchors = range(len(doc)) if self._anchors.everything else {i for g in groups for i in g}
        cued = sorted({bisect_right(starts, i) - 1 for i in anchors})
        small, index = compactor.build([sents[i] for i in cued])
        # Shared by the cue and source rules: their walks read one set of columns, one parse tree.
        table = attribute_index(small)
        # Each construction starts only from the tokens the filter let through for its words;
        # the matches come in the order one rule set of all the records gives them.
        position = {i: k for k, i in enumerate(index)}
        found_cues: list[RuleMatch[ClaimRule]] = []
        for group, ruleset in self._cue_parts:
            allowed = None if group is None else [position[i] for i in groups[group]]
            if allowed != []:  # without anchors a group's constructions cannot match
                found_cues.extend(ruleset.matches(small, anchors=allowed, index=table))
        found_cues.sort(key=lambda m: (m.start, m.end, self._cue_order[m.rule.id], m.nodes))
        cue_matches = remap(found_cues, index)
        # Source rules only where a construction matched: its sentence holds the source. They
        # match within one sentence, so matching them on the same compact Doc and keeping
        # the matches in those sentences finds what a Doc of those sentences alone would.
        matched = {bisect_right(starts, m.start) - 1 for m in cue_matches}
        source_matches = [
            m
            for m in (remap(self.sources.matches(small, index=table), index) if matched else [])
            if bisect_right(starts, m.start) - 1 in matched
        ]
        found = candidates(
            doc,
            cue_matches,
            quotes,
            actors,
            source_matches,
            self.demonyms,
            words=self.words,
            text=text,
        )
        if end is not None:
            found = [c for c in found if c.cue[0] < end]
        found = merge_repeats(text, join_split_quotes(text, select(found)))
        # Hedges count inside a claim or in the sentence after it.
        spoken: set[int] = set()
        for c in found:
            content = doc.char_span(*c.content, alignment_mode="expand")
            for i in (c.cue_tokens[0], content.start if content is not None else c.cue_tokens[0]):
                spoken.add(bisect_right(starts, i) - 1)
        after = sorted({j for i in spoken for j in (i, i + 1) if 0 <= j < len(sents)})
        small, index = compactor.build([sents[j] for j in after])
        hits = [
            HedgeHit(m.start, m.end, m.rule.label, m.rule.scope, m.rule.id)
            for m in remap(self.hedges.matches(small, index=attribute_index(small)), index)
        ]
        apply_hedges(doc, found, hits)
        # A span group makes new Span objects on every iteration: list the time spans once.
        times = list(doc.spans.get(SPAN_GROUP_TIMES, []))
        records = to_records(doc, found, actors, times, text=text)
        spans = []
        for cid, rec in records.items():
            span = doc.char_span(rec["cue"]["start"], rec["cue"]["end"], alignment_mode="expand")
            if span is None:
                continue
            span.label_ = rec["kind"]
            span.kb_id_ = cid
            span.id_ = rec["provenance"]["cue"]
            spans.append(span)
        doc.spans[SPAN_GROUP_CLAIMS] = spans
        doc._.bx_claims = records
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def add_patterns(self, patterns: Iterable[Mapping[str, Any]], *, kind: RuleKind = "cues") -> None:
        """Add rule records (dicts in the JSONL format) of ``kind``; they take effect at once."""
        self._require_loaded()
        model = _MODELS[kind]
        ruleset = {"cues": self.cues, "hedges": self.hedges, "sources": self.sources}[kind]
        ruleset.add([model.model_validate(p) for p in patterns])  # type: ignore[misc]
        if kind == "cues":
            self._partition()
        self._copied = copied_attrs([*self.cues.records, *self.hedges.records, *self.sources.records])

    def add_words(self, lists: Iterable[Mapping[str, Any]]) -> None:
        """Add word lists, then recompile every rule so patterns naming them see the words."""
        for wl in lists:
            self.lexicon.add(WordList.model_validate(wl))
        self._build(self.lexicon, self._records())

    def _records(self) -> dict[str, list[Any]]:
        return {
            "cues": list(self.cues.records),
            "hedges": list(self.hedges.records),
            "sources": list(self.sources.records),
        }

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        folder: str | None = None,
    ) -> None:
        """(Re)load the rule and word-list files, from ``folder`` if given."""
        if folder is not None:
            self.folder = folder
        self.load_models()


@Language.factory(
    "briefextract_claims",
    default_config={"folder": DEFAULT_FOLDER},
    assigns=["doc.spans", "doc._.bx_claims"],
    requires=["token.dep", "doc._.bx_entities"],
)
def make_claim_extractor(nlp: Language, name: str, folder: str) -> ClaimExtractor:
    """Factory for the ``briefextract_claims`` component."""
    return ClaimExtractor(nlp, name, folder=folder)
