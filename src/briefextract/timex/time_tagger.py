"""The ``briefextract_times`` pipeline component: thin glue over the pure grammar.

It sets ``doc._.bx_document_date`` from the text's dateline when the caller gave
none (:mod:`briefextract.timex.dateline`), scans ``doc.text`` with the time
grammar, anchors relative expressions in document order (falling back to that
date), and writes
``doc._.bx_time_records`` (JSON-able records, see
:func:`briefextract.timex.anchoring.scan_times`) and ``doc.spans["bx_times"]``, one
span per record: ``label_`` the granularity, ``kb_id_`` "time:<index>" into the
records, ``id_`` the grammar rule. ``span._.bx_time`` reads the span's record
(a getter: values assigned to ``Span._`` are keyed by offsets, and a range shares
its offsets with its ends).

Event dates: only spans whose ``span._.bx_time["kind"] == "date"`` are dates
(the brief's TimeValue fields: value, granularity, modifier, span). Other kinds
never are: ``duration`` ("two months", P2M), ``reference`` ("now",
PRESENT_REF), ``time`` ("10:57", "that night"), ``set`` ("daily"), each with a
granularity of the same name, outside the contract's set; and ``range_part``,
one end of a range ("1915" and "17" in "1915-17"), which overlaps its range's
own ``date`` span (value ``1915/1917``) and points back at it under ``range``. It needs no tagger; when the
Doc has tags, a bare month tagged as a modal or verb ("May") is dropped too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from briefextract.extensions import SPAN_GROUP_TIMES, TIME_KEY_PREFIX, doc_text, register_extensions
from briefextract.rules.serialize import RulesComponent
from briefextract.timex.anchoring import records
from briefextract.timex.dateline import DATELINE_FILE, find_document_date, load_dateline_rules
from briefextract.timex.grammar import DEFAULT_GRAMMAR, Grammar, load_rules
from briefextract.timex.normalize import interpret
from briefextract.timex.time_lexicon import DEFAULT_LEXICON, load_lexicon

_LEXICON_FILE = "lexicon.jsonl"
_DATELINE_FILE = "datelines.jsonl"
_GRAMMAR_FILE = "grammar.jsonl"
# Tags that show a capitalised month word is a verb ("May have", "March on").
_VERB_TAGS = frozenset({"MD", "VB", "VBP", "VBZ", "VBD"})
_VERB_POS = frozenset({"AUX", "VERB"})


class TimeTagger(RulesComponent):
    """Finds and normalises time expressions into the ``bx_times`` span group, and reads
    the date a document states for itself into ``doc._.bx_document_date`` when the caller
    gave none."""

    def __init__(
        self,
        nlp: Language,
        name: str = "briefextract_times",
        *,
        lexicon_path: str = DEFAULT_LEXICON,
        dateline_path: str = DATELINE_FILE,
        grammar_path: str = DEFAULT_GRAMMAR,
    ):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.lexicon_path = lexicon_path
        self.dateline_path = dateline_path
        self.grammar_path = grammar_path
        self.grammar: Grammar | None = None
        self.load_if_present()

    def model_files(self) -> dict[str, str]:
        return {
            _LEXICON_FILE: self.lexicon_path,
            _DATELINE_FILE: self.dateline_path,
            _GRAMMAR_FILE: self.grammar_path,
        }

    def _load(self) -> None:
        # The grammar is compiled once here, never per Doc.
        self.grammar = Grammar(
            load_lexicon(self.model_file(_LEXICON_FILE)), load_rules(self.model_file(_GRAMMAR_FILE))
        )
        self.dateline_rules = load_dateline_rules(self.model_file(_DATELINE_FILE))

    def _require_loaded(self) -> Grammar:  # type: ignore[override]
        self.require_loaded()
        assert self.grammar is not None
        return self.grammar

    def document_date(self, text: str) -> str | None:
        """The ISO day the start of ``text`` states as the page's date ("Updated May 4,
        2015"), or None."""
        grammar = self._require_loaded()
        return find_document_date(text, self.dateline_rules, grammar)

    def __call__(self, doc: Doc) -> Doc:
        """Write ``doc.spans["bx_times"]`` for ``doc``."""
        g = self._require_loaded()
        text = doc_text(doc)  # doc.text builds a Token per token on every read: once per Doc
        # A piece of a longer text has its document's date (or none): only a whole
        # document's start is searched for a dateline.
        if doc._.bx_document_date is None and doc._.bx_piece_start is None:
            doc._.bx_document_date = self.document_date(text)
        found = g.scan(text, lambda cand: interpret(cand, g))
        tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
        kept = [
            (c, r)
            for c, r in found
            if not (tagged and c.reading == "bare-month" and self._is_verb(doc, c.end))
        ]
        spans = []
        kept_records: list[dict] = []
        for record in records(text, kept, doc._.bx_document_date, g):
            where = record["span"]
            span = doc.char_span(
                where["start"],
                where["end"],
                label=record["granularity"],
                kb_id=f"{TIME_KEY_PREFIX}{len(kept_records)}",
                span_id=record["rule"],
                alignment_mode="expand",
            )
            if span is None:
                continue
            kept_records.append(record)
            spans.append(span)
        doc._.bx_time_records = kept_records
        doc.spans[SPAN_GROUP_TIMES] = spans
        return doc

    @staticmethod
    def _is_verb(doc: Doc, end_char: int) -> bool:
        span = doc.char_span(end_char - 1, end_char, alignment_mode="expand")
        if span is None:
            return False
        token = span[-1]
        return token.tag_ in _VERB_TAGS or token.pos_ in _VERB_POS

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Process a stream of Docs."""
        for doc in stream:
            yield self(doc)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: str | None = None,
    ) -> None:
        """(Re)load the lexicon, from ``lexicon_path`` if given."""
        if lexicon_path is not None:
            self.lexicon_path = lexicon_path
        self.load_models()


@Language.factory(
    "briefextract_times",
    default_config={
        "lexicon_path": DEFAULT_LEXICON,
        "dateline_path": DATELINE_FILE,
        "grammar_path": DEFAULT_GRAMMAR,
    },
    assigns=["doc.spans", "doc._.bx_time_records", "doc._.bx_document_date"],
    requires=[],
)
def make_time_tagger(
    nlp: Language, name: str, lexicon_path: str, dateline_path: str, grammar_path: str
) -> TimeTagger:
    """Factory for the ``briefextract_times`` component."""
    return TimeTagger(
        nlp, name, lexicon_path=lexicon_path, dateline_path=dateline_path, grammar_path=grammar_path
    )
