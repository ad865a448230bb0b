"""Span rulers whose patterns come from ``models/``: gazetteers and name patterns.

Both are spaCy ``SpanRuler``s (patterns round-trip through ``add_patterns`` /
``initialize(patterns=)`` / ``to_disk``); they only add where their patterns
are read from. Place them before the statistical components: phrase patterns
are then tokenised without running the tagger, parser and NER over them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.training import Example

from briefextract.gazetteers import load_gazetteer
from briefextract.resources import model_path, read_jsonl

GAZETTEER_SPANS = "bx_gazetteer"
NAME_PATTERN_SPANS = "bx_name_patterns"


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
        patterns: Sequence[dict[str, Any]] | None = None,
    ) -> None:
        """Load ``patterns``, or the ones in ``models/`` when none are given."""
        chosen = list(patterns) if patterns is not None else self.default_patterns()
        super().initialize(get_examples or (lambda: []), nlp=nlp, patterns=chosen)


class GazetteerRuler(ModelsSpanRuler):
    """Finds every gazetteer name (case-insensitively; the resolver checks case)."""

    def default_patterns(self) -> list[dict[str, Any]]:
        return load_gazetteer(self.source).patterns()


class NamePatternRuler(ModelsSpanRuler):
    """Finds names by their shape ("the X Brigade", "Ministry of X")."""

    def default_patterns(self) -> list[dict[str, Any]]:
        rules = read_jsonl(model_path(self.source), TokenPatternRule)
        return [{"label": r.label, "pattern": r.pattern, "id": r.id} for r in rules]


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
