"""Span rulers whose patterns come from ``models/``: gazetteers and name patterns.

Both are spaCy ``SpanRuler``s (patterns round-trip through ``add_patterns`` /
``initialize(patterns=)`` / ``to_disk``); they only add where their patterns
are read from. Place them before the statistical components: phrase patterns
are then tokenised without running the tagger, parser and NER over them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.training import Example

from briefextract.entities.gazetteers import load_gazetteer
from briefextract.entities.lexicons import LEXICON_FILE
from briefextract.errors import RuleFileError
from briefextract.rules.lexicon import Lexicon
from briefextract.rules.resources import missing_model_file, model_path, read_jsonl

GAZETTEER_SPANS = "bx_gazetteer"
NAME_PATTERN_SPANS = "bx_name_patterns"
# Labels a name pattern may give besides the actor types: a place found by its shape
# ("Velna Province") or its context ("the town of Velna"), and a named event or period
# ("Operation X", "the X War") that is no entity at all and keeps the names inside it from
# being taken for one.
PATTERN_PLACE_LABELS = frozenset({"CITY", "REGION", "OTHER"})
EVENT_NAME = "EVENT_NAME"


class TokenPatternRule(BaseModel):
    """One token pattern of ``models/entities/name_patterns.jsonl``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    label: str
    pattern: list[dict[str, Any]]
    comment: str


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
    "Ministry") runs only over windows around those words, so a text with no head
    noun costs nothing for it and a long run of capitalised words costs time linear
    in its length. A pattern with no such word ("VLF VIII": an acronym and a numeral)
    runs over the whole text; it must be short (``FREE_PATTERN_MAX`` tokens), so
    that too stays linear."""

    def default_patterns(self) -> list[dict[str, Any]]:
        """The records of ``source``, with ``"@NAME"`` word lists from the entity lexicon spliced in."""
        path = model_path(self.source)
        rules = read_jsonl(path, TokenPatternRule)
        lexicon = Lexicon.from_files([model_path(LEXICON_FILE)])
        return [
            {"label": r.label, "pattern": lexicon.expand(r.pattern, where=f"{path}:{r.id}"), "id": r.id}
            for r in rules
        ]

    def match(self, doc: Doc) -> list[Span]:
        plan = self._plan()
        if plan is None or len(self.phrase_matcher):
            return super().match(doc)
        words, anchored, free = plan
        orth, lower = words["ORTH"], words["LOWER"]
        found: set[Span] = set()
        windows: list[list[int]] = []
        for token in doc:
            # How far the longest pattern anchored on this word can reach from it.
            reach = max(orth.get(token.orth_, 0), lower.get(token.lower_, 0))
            if reach:
                start, end = max(0, token.i - reach + 1), min(len(doc), token.i + reach)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
        for start, end in windows:
            self._collect(anchored, doc[start:end], start, found)
        if len(free):
            self._collect(free, doc[:], 0, found)
        return sorted(found)

    def _collect(self, matcher: Matcher, span: Span, offset: int, found: set[Span]) -> None:
        for key, s, e in matcher(span):
            if s != e:
                label, span_id = self._keys[key]
                found.add(Span(span.doc, offset + s, offset + e, label=label, span_id=span_id))

    def _plan(self) -> tuple[dict[str, dict[str, int]], Matcher, Matcher] | None:
        """Each anchor word with the length of the longest pattern it anchors, a matcher for
        the anchored patterns and one
        for the short patterns without an anchor word; None when a pattern is unbounded, or
        long and unanchored (then spaCy's own matching runs). Rebuilt when patterns change."""
        signature = tuple(p.get("id") or repr(p["pattern"]) for p in self.patterns)
        if getattr(self, "_plan_for", None) == signature:
            return self._plan_cache
        words: dict[str, dict[str, int]] = {"ORTH": {}, "LOWER": {}}
        anchored = Matcher(self.nlp.vocab, validate=True)
        free = Matcher(self.nlp.vocab, validate=True)
        self._keys: dict[int, tuple[str, str]] = {}
        plan: tuple[dict[str, dict[str, int]], Matcher, Matcher] | None = None
        usable = True
        for pattern in self.patterns:
            if not isinstance(pattern["pattern"], list):
                continue
            bounds = [_bound(spec) for spec in pattern["pattern"]]
            if any(b is None for b in bounds):
                usable = False
                break
            length = sum(b for b in bounds if b is not None)
            key = self.nlp.vocab.strings.add(f"{pattern['label']}|{pattern.get('id') or ''}")
            self._keys[key] = (pattern["label"], pattern.get("id") or "")
            anchor = _anchor(pattern["pattern"])
            if anchor is None:
                if length > FREE_PATTERN_MAX:
                    usable = False
                    break
                free.add(key, [pattern["pattern"]])
                continue
            for word in anchor[1]:
                words[anchor[0]][word] = max(words[anchor[0]].get(word, 0), length)
            anchored.add(key, [pattern["pattern"]])
        if usable:
            plan = (words, anchored, free)
        self._plan_for, self._plan_cache = signature, plan
        return plan


# Longest pattern (in tokens) run over the whole text for want of an anchor word.
FREE_PATTERN_MAX = 6


def _bound(spec: dict[str, Any]) -> int | None:
    """The most tokens one token spec can match, or None when unbounded."""
    op = spec.get("OP")
    if op in (None, "?", "!", "1"):
        return 1
    hit = re.fullmatch(r"\{(\d*),?(\d*)\}", op) if isinstance(op, str) else None
    if hit is None or (op.count(",") and not hit.group(2)):
        return None  # "*", "+", "{n,}"
    return int(hit.group(2) or hit.group(1))


def _anchor(pattern: list[dict[str, Any]]) -> tuple[str, set[str]] | None:
    """The word list a match must hold one word of: a list of words rather than of
    punctuation where the pattern has both ("X-Y gang": 'gang', not the hyphen, which
    a text can hold at every other token)."""
    lists = [w for spec in pattern if (w := _words(spec)) is not None]
    wordy = [w for w in lists if all(any(c.isalpha() for c in word) for word in w[1])]
    return (wordy or lists or [None])[0]


def _words(spec: dict[str, Any]) -> tuple[str, set[str]] | None:
    """("ORTH" or "LOWER", its words) for a required spec that matches only words of a fixed
    list (other attributes of the spec may narrow it further)."""
    if spec.get("OP") is not None:
        return None
    for attr in ("ORTH", "TEXT", "LOWER"):
        value = spec.get(attr)
        if value is None:
            continue
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values = value["IN"]
        else:
            continue
        if values:
            return ("LOWER", {v.lower() for v in values}) if attr == "LOWER" else ("ORTH", set(values))
    return None


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
