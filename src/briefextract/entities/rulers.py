"""Span rulers whose patterns come from ``models/``: gazetteers and name patterns.

Both are spaCy ``SpanRuler``s (patterns round-trip through ``add_patterns`` /
``initialize(patterns=)`` / ``to_disk``); they only add where their patterns
are read from. Place them before the statistical components: phrase patterns
are then tokenised without running the tagger, parser and NER over them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.training import Example

from briefextract.entities.gazetteers import load_gazetteer
from briefextract.entities.lexicons import LEXICON_FILE
from briefextract.errors import RuleFileError
from briefextract.rules.lexicon import Lexicon
from briefextract.rules.resources import missing_model_file, model_path, read_jsonl
from briefextract.rules.windowed import WindowedMatcher, word_anchor

GAZETTEER_SPANS = "bx_gazetteer"
NAME_PATTERN_SPANS = "bx_name_patterns"
# Labels a name pattern may give besides the actor types: a place found by its shape
# ("Velna Province") or its context ("the town of Velna"), and a named event or period
# ("Operation X", "the X War") that is no entity at all and keeps the names inside it from
# being taken for one.
PATTERN_PLACE_LABELS = frozenset({"CITY", "REGION", "OTHER"})
EVENT_NAME = "EVENT_NAME"

# What a name pattern's record may say of its matches besides their label (its ``traits``),
# passed on to the resolver in the span group's ``attrs`` under PATTERN_TRAITS (pattern id ->
# traits), so that code decides from the record, never from the pattern's id:
# - ADMIN_DIVISION: the match is an administrative division's name ("Velna Province"); a
#   country's name or a demonym before the division noun makes it none ("Velnan province").
# - MEMBER_PLURAL: the match's first word is a plural noun of members that belongs to the name
#   ("Sons of Velna"), not a sentence-opening plural ("Members of the Velna Front") to drop.
# - LISTED_PLACE_FIRST: the match counts only when its first word is a listed place.
# - CONTEXT_TYPED: the words around the name say what it names more surely than the
#   statistical NER's reading of the same words ("the Velna Tarrow clan" is no person).
ADMIN_DIVISION = "admin-division"
MEMBER_PLURAL = "member-plural"
LISTED_PLACE_FIRST = "listed-place-first"
CONTEXT_TYPED = "context-typed"
PatternTrait = Literal["admin-division", "member-plural", "listed-place-first", "context-typed"]
PATTERN_TRAITS = "bx_pattern_traits"


class TokenPatternRule(BaseModel):
    """One token pattern of ``models/entities/name_patterns.jsonl``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    label: str
    pattern: list[dict[str, Any]]
    comment: str
    traits: list[PatternTrait] = []


class ModelsSpanRuler(SpanRuler):
    """A SpanRuler that loads its patterns from ``models/`` when initialised without any."""

    def __init__(
        self, nlp: Language, name: str, *, spans_key: str, source: str, phrase_matcher_attr: str | None
    ):
        super().__init__(
            nlp,
            name,
            spans_key=spans_key,
            phrase_matcher_attr=phrase_matcher_attr,
            overwrite=True,
            scorer=None,
        )
        self.source = source

    def default_patterns(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add ``patterns`` (initialize, from_disk and users all come here), then empty the
        tokenizer's cache that tokenising their phrases filled.

        spaCy's tokenizer caches at most ``max_cache_size`` (10,000) chunks and never evicts
        one: tens of thousands of gazetteer phrases tokenised at load fill it with names, so
        no chunk of a real document is cached afterwards and tokenising took four times as
        long. Re-setting the special-case rules to themselves is the public way to get a new,
        empty cache (emptying the old one in place does not lower its count)."""
        super().add_patterns(patterns)
        tokenizer = self.nlp.tokenizer
        if isinstance(tokenizer, Tokenizer):
            tokenizer.rules = tokenizer.rules

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        patterns: list[dict[str, Any]] | None = None,  # spaCy validates this signature: builtins only
    ) -> None:
        """Load ``patterns``, or the ones in ``models/`` when none are given (BX031 when
        ``models/`` lacks them)."""
        if patterns is None and (missing := missing_model_file([self.source])) is not None:
            raise RuleFileError(missing, "not found, and no patterns were given")
        chosen = list(patterns) if patterns is not None else self.default_patterns()
        super().initialize(get_examples or (lambda: []), nlp=nlp, patterns=chosen)


class GazetteerRuler(ModelsSpanRuler):
    """Finds every gazetteer name (case-insensitively; the resolver checks case)."""

    def default_patterns(self) -> list[dict[str, Any]]:
        return load_gazetteer(self.source).patterns()


class NamePatternRuler(ModelsSpanRuler):
    """Finds names by their shape ("the X Brigade", "Ministry of X").

    A pattern that holds a token from a fixed word list (its head noun: "Brigade",
    "Ministry") or a token of a fixed shape (an acronym) runs only over windows around
    such tokens (:class:`~briefextract.rules.windowed.WindowedMatcher`), so a text with
    no head noun costs nothing for it and a long run of capitalised words costs time
    linear in its length. A pattern with neither runs over the whole text."""

    def default_patterns(self) -> list[dict[str, Any]]:
        """The records of ``source``, with ``"@NAME"`` word lists from the entity lexicon spliced in."""
        path = model_path(self.source)
        rules = read_jsonl(path, TokenPatternRule)
        lexicon = Lexicon.from_files([model_path(LEXICON_FILE)])
        return [
            {
                "label": r.label,
                "pattern": lexicon.expand(r.pattern, where=f"{path}:{r.id}"),
                "id": r.id,
                **({"traits": list(r.traits)} if r.traits else {}),
            }
            for r in rules
        ]

    def set_annotations(self, doc: Doc, matches: Any) -> None:
        """Write the matches, and the traits of the patterns that have any (pattern id ->
        traits) in the span group's ``attrs`` under :data:`PATTERN_TRAITS`."""
        super().set_annotations(doc, matches)
        if self.key and (traits := self._traits()):
            doc.spans[self.key].attrs[PATTERN_TRAITS] = traits

    def _traits(self) -> dict[str, list[str]]:
        """Pattern id -> its traits, for the patterns (from ``models/`` or added) that have any."""
        return {str(p.get("id") or ""): list(p["traits"]) for p in self.patterns if p.get("traits")}

    def match(self, doc: Doc) -> list[Span]:
        if len(self.phrase_matcher):
            return super().match(doc)
        matcher = self._windowed()
        found = {
            Span(doc, start, end, label=label, span_id=span_id)
            for key, start, end in matcher(doc, allow_missing=True)
            for label, span_id in [self._keys[key]]
        }
        return sorted(found)

    def _windowed(self) -> WindowedMatcher:
        """The token patterns in a :class:`WindowedMatcher` (spaCy's own matching tries
        every pattern at every token); rebuilt when the patterns change."""
        signature = tuple(p.get("id") or repr(p["pattern"]) for p in self.patterns)
        if getattr(self, "_windowed_for", None) == signature:
            return self._windowed_matcher
        matcher = WindowedMatcher(self.nlp.vocab, validate=True)
        self._keys: dict[int, tuple[str, str]] = {}
        for pattern in self.patterns:
            if not isinstance(pattern["pattern"], list):
                continue
            name = f"{pattern['label']}|{pattern.get('id') or ''}"
            self._keys[self.nlp.vocab.strings.add(name)] = (pattern["label"], pattern.get("id") or "")
            matcher.add(name, [pattern["pattern"]])
        self._windowed_for, self._windowed_matcher = signature, matcher
        return matcher


# tests/test_name_pattern_anchors.py reads the anchor choice here, where it was written first.
_anchor = word_anchor


@Language.factory(
    "briefextract_gazetteer",
    assigns=["doc.spans"],
    default_config={"spans_key": GAZETTEER_SPANS, "source": "gazetteers", "phrase_matcher_attr": "LOWER"},
)
def make_gazetteer_ruler(
    nlp: Language, name: str, spans_key: str, source: str, phrase_matcher_attr: str | None
) -> GazetteerRuler:
    return GazetteerRuler(
        nlp, name, spans_key=spans_key, source=source, phrase_matcher_attr=phrase_matcher_attr
    )


@Language.factory(
    "briefextract_name_patterns",
    assigns=["doc.spans"],
    default_config={
        "spans_key": NAME_PATTERN_SPANS,
        "source": "entities/name_patterns.jsonl",
        "phrase_matcher_attr": None,
    },
)
def make_name_pattern_ruler(
    nlp: Language, name: str, spans_key: str, source: str, phrase_matcher_attr: str | None
) -> NamePatternRuler:
    return NamePatternRuler(
        nlp, name, spans_key=spans_key, source=source, phrase_matcher_attr=phrase_matcher_attr
    )
