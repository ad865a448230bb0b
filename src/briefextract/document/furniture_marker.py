"""Marks page furniture so nothing is extracted from it (``bx_furniture`` span group:
``label_`` FURNITURE, ``id_`` the line rule that found it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from briefextract.document.furniture import FURNITURE_FILE, find_furniture, load_rules
from briefextract.extensions import SPAN_GROUP_FURNITURE, doc_text, register_extensions
from briefextract.rules.serialize import RulesComponent

# The line rules' file in a saved pipeline.
RULES_FILE = "furniture.jsonl"


class FurnitureMarker(RulesComponent):
    def __init__(self, nlp: Language, name: str, *, rules_path: str) -> None:
        register_extensions()
        self.name = name
        self.rules_path = rules_path
        self.load_if_present()

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        self.load_models()

    def model_files(self) -> dict[str, str]:
        return {RULES_FILE: self.rules_path}

    def _load(self) -> None:
        self.rules = load_rules(str(self.model_file(RULES_FILE)))

    def __call__(self, doc: Doc) -> Doc:
        self.require_loaded()
        spans, article_end = find_furniture(doc_text(doc), self.rules)
        group = []
        for fs in spans:
            span = doc.char_span(fs.start, fs.end, alignment_mode="expand")
            if span is not None and len(span):
                group.append(Span(doc, span.start, span.end, label="FURNITURE", span_id=fs.rule))
        doc.spans[SPAN_GROUP_FURNITURE] = group
        doc._.bx_article_end = article_end
        return doc


@Language.factory(
    "briefextract_furniture",
    assigns=["doc.spans", "doc._.bx_article_end"],
    default_config={"rules_path": FURNITURE_FILE},
)
def make_furniture_marker(nlp: Language, name: str, rules_path: str) -> FurnitureMarker:
    return FurnitureMarker(nlp, name, rules_path=rules_path)
