"""Extraction of documents into briefs: one text, or a stream of documents.

Every text takes the same steps. It is checked (a ``str``, no lone surrogate,
within ``max_chars``, not empty); prepared for the pipeline (line endings made
plain, control characters made line breaks: :func:`briefextract.document.segment.prepare`);
run through the pipeline, whole when it is short, else in pieces cut at
paragraph breaks whose mentions are then resolved into entities over the whole
text; assembled into a brief; and its offsets mapped back to the text as given.
Every step runs under the document's time limit. Anything that goes wrong is a
:class:`~briefextract.errors.BriefExtractError` with a code, the doc_id and, for
the pipeline, the component that was running.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from briefextract.assemble import actors_and_places, build_brief, find_title, with_layers
from briefextract.batch.piece_layers import PieceLayers, join_layers, piece_layers
from briefextract.document.documents import Document
from briefextract.document.segment import PIECE_CHARS, Prepared, lone_surrogate, pieces, prepare
from briefextract.entities.canon import Mention
from briefextract.errors import (
    AssemblyError,
    BriefExtractError,
    ComponentError,
    DocumentError,
    DocumentTimeout,
    SurrogateError,
    TextTooLongError,
    TextTypeError,
)
from briefextract.extensions import entity_records
from briefextract.pipeline import StageFailure, run_batch, run_stages, run_step
from briefextract.schema.brief import Brief, text_sha256

DEFAULT_MAX_CHARS = 5_000_000
# Seconds one document may take: generous, a safety net for inputs nothing else foresaw.
DEFAULT_TIME_LIMIT = 600.0
ENTITIES = "briefextract_entities"
_LETTER = re.compile(r"[^\W\d_]")
FURNITURE = "briefextract_furniture"
TIMES = "briefextract_times"


@dataclass(frozen=True)
class Failure:
    """A document that produced no brief, and why (``component``: the stage that failed)."""

    doc_id: str
    path: str | None
    error: str
    code: str
    component: str | None = None

    def as_record(self) -> dict[str, str | None]:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "code": self.code,
            "component": self.component,
            "error": self.error,
        }

    @classmethod
    def of(cls, error: BriefExtractError, doc_id: str, path: str | None) -> Failure:
        return cls(doc_id, path, error.detail, error.code, getattr(error, "component", None))


@dataclass(frozen=True)
class _Job:
    """A checked document, prepared for the pipeline and cut into pieces."""

    document: Document
    prepared: Prepared
    spans: list[tuple[int, int]]

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def path(self) -> str | None:
        return str(self.document.path) if self.document.path else None


def check_text(
    text: object, doc_id: str, *, max_chars: int = DEFAULT_MAX_CHARS, where: str | None = None
) -> str:
    """``text`` if the pipeline can take it, else the coded error that says why not."""
    where = where or doc_id
    if not isinstance(text, str):
        raise TextTypeError(where, f"the text is a {type(text).__name__}, not a str", doc_id=doc_id)
    if len(text) > max_chars:
        raise TextTooLongError(
            where, f"{len(text):,} characters, over the limit of {max_chars:,} (max_chars)", doc_id=doc_id
        )
    at = lone_surrogate(text)
    if at is not None:
        raise SurrogateError(
            where,
            f"lone surrogate U+{ord(text[at]):04X} at offset {at}: not text that can be encoded",
            doc_id=doc_id,
        )
    if not text.strip():
        raise DocumentError(where, "is empty" if not text else "holds only whitespace", doc_id=doc_id)
    return text


def extract_text(
    nlp: Language,
    text: str,
    *,
    doc_id: str,
    document_date: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    seconds: float | None = None,
) -> Brief:
    """The brief of ``text``. The document date is the caller's, else the one the text states.

    Raises a :class:`~briefextract.errors.BriefExtractError` (with a code and the
    doc_id) for a text that cannot be used, a component that fails, or a document
    that takes longer than ``seconds``."""
    text = check_text(text, doc_id, max_chars=max_chars)
    job = _job(Document(doc_id, text, document_date=document_date), max_chars)
    (result,) = (
        _extract_short(nlp, [job], seconds) if len(job.spans) == 1 else [_extract_long(nlp, job, seconds)]
    )
    if isinstance(result, BriefExtractError):
        raise result
    return result


def extract_documents(
    nlp: Language,
    documents: Iterable[Document | DocumentError],
    *,
    batch_size: int = 8,
    max_chars: int = DEFAULT_MAX_CHARS,
    seconds: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[Brief | Failure]:
    """Briefs of a stream of documents, in order; a document that fails yields a Failure
    and the rest go on. Short documents run in batches of ``batch_size``; a long one
    runs alone, in pieces. ``seconds`` limits the time of each document."""
    pending: list[_Job | Failure] = []

    def flush() -> Iterator[Brief | Failure]:
        jobs = [item for item in pending if isinstance(item, _Job)]
        results = iter(_extract_short(nlp, jobs, seconds)) if jobs else iter(())
        for item in pending:
            if isinstance(item, Failure):
                yield item
                continue
            result = next(results)
            yield (
                Failure.of(result, item.doc_id, item.path)
                if isinstance(result, BriefExtractError)
                else result
            )
        pending.clear()

    for item in documents:
        if isinstance(item, DocumentError):
            pending.append(Failure.of(item, item.doc_id, item.path))
            continue
        try:
            job = _job(item, max_chars)
        except DocumentError as exc:
            pending.append(Failure.of(exc, item.doc_id, str(item.path) if item.path else None))
            continue
        if len(job.spans) > 1:
            yield from flush()
            try:
                yield _extract_long(nlp, job, seconds, batch_size=batch_size)
            except BriefExtractError as exc:
                yield Failure.of(exc, job.doc_id, job.path)
            continue
        pending.append(job)
        if sum(isinstance(p, _Job) for p in pending) >= batch_size:
            yield from flush()
    yield from flush()


def _job(document: Document, max_chars: int) -> _Job:
    where = str(document.path) if document.path else document.doc_id
    check_text(document.text, document.doc_id, max_chars=max_chars, where=where)
    prepared = prepare(document.text)
    return _Job(document, prepared, pieces(prepared.text, max_chars=PIECE_CHARS))


def _make_doc(
    nlp: Language, text: str, doc_id: str, document_date: str | None, piece_start: int | None = None
) -> Doc:
    """A Doc of ``text`` with its document's id and date (None: the time layer reads the
    text's dateline, unless the Doc is a piece of a longer text, at ``piece_start``)."""
    doc = nlp.make_doc(text)
    doc._.bx_doc_id = doc_id
    doc._.bx_document_date = document_date
    doc._.bx_piece_start = piece_start
    return doc


def _stage_error(failure: StageFailure, doc_id: str) -> ComponentError:
    kind = DocumentTimeout if failure.timed_out else ComponentError
    return kind(doc_id, failure.stage, failure.problem)


def _extract_short(nlp: Language, jobs: list[_Job], seconds: float | None) -> list[Brief | BriefExtractError]:
    """Briefs of documents short enough to run whole, as one batch."""
    makers = [
        partial(_make_doc, nlp, job.prepared.text, job.doc_id, job.document.document_date) for job in jobs
    ]
    out: list[Brief | BriefExtractError] = []
    for job, result in zip(jobs, run_batch(nlp, makers, seconds=seconds), strict=True):
        if isinstance(result, StageFailure):
            out.append(_stage_error(result, job.doc_id))
            continue
        try:
            out.append(_as_given(build_brief(result, job.doc_id, job.document.document_date), job))
        except (BriefExtractError, ValueError) as exc:
            out.append(AssemblyError(job.doc_id, "assemble", f"{type(exc).__name__}: {exc}"))
    return out


def _extract_long(nlp: Language, job: _Job, seconds: float | None, *, batch_size: int = 8) -> Brief:
    """The brief of a document run in pieces: each piece's mentions, found with the context
    of its own piece, are shifted to the whole text and resolved into entities together;
    each piece's events, claims and relations are moved to the whole text and their
    entity ids mapped to the whole text's entities (:mod:`briefextract.batch.piece_layers`).
    Only mentions and layer records are kept between pieces, so memory follows the text,
    not its Docs."""
    from briefextract.document.furniture import find_furniture
    from briefextract.entities.index import Usable
    from briefextract.entities.resolver import holds_break, records_by_id

    started = time.monotonic()

    def left() -> float | None:
        return None if seconds is None else seconds - (time.monotonic() - started)

    text, date = job.prepared.text, job.document.document_date
    if date is None and TIMES in nlp.pipe_names:
        date = nlp.get_pipe(TIMES).document_date(text)
    missing = [name for name in (FURNITURE, ENTITIES) if name not in nlp.pipe_names]
    if missing:
        raise ComponentError(
            job.doc_id, missing[0], "a document in pieces needs this component in the pipeline"
        )
    resolver = nlp.get_pipe(ENTITIES)
    mentions: list[Mention] = []
    layers: list[PieceLayers] = []
    title: str | None = None
    # A piece without a letter holds no name: runs of brackets or digits are not worth a parse.
    worded = [(s, e) for s, e in job.spans if _LETTER.search(text, s, e)]
    for batch in _batches(worded, batch_size):
        makers = [partial(_make_doc, nlp, text[s:e], job.doc_id, date, s) for s, e in batch]
        remaining = left()
        try:
            if remaining is not None and remaining <= 0:
                raise StageFailure(
                    "tokenizer", f"took longer than the time limit of {seconds:g} s", timed_out=True
                )
            # Every stage runs on the piece: the resolver with what the piece alone shows
            # (its entities are resolved again below, over the whole text), and the
            # event, claim and relation layers on those provisional entities.
            docs = run_stages(nlp, makers, seconds=remaining)
        except StageFailure as failure:
            raise _stage_error(failure, job.doc_id) from None
        for (start, _), doc in zip(batch, docs, strict=True):
            if start == 0:
                title = find_title(doc)
            mentions += [
                replace(m, start=m.start + start, end=m.end + start) for m in resolver.local_mentions(doc)
            ]
            layers.append(
                piece_layers(
                    {"events": doc._.bx_events, "claims": doc._.bx_claims, "relations": doc._.bx_relations},
                    entity_records(doc),
                    start,
                )
            )

    def resolve() -> list[dict[str, Any]]:
        rules = nlp.get_pipe(FURNITURE).rules
        furniture, article_end = find_furniture(text, rules)
        usable = Usable(text, article_end, [(f.start, f.end) for f in furniture], breaks=holds_break)
        found = resolver.join_pieces([m for m in mentions if usable(m.start, m.end)])
        return list(records_by_id(resolver.resolve(text, found, usable)).values())

    try:
        table = run_step(ENTITIES, resolve, seconds=left())
    except StageFailure as failure:
        raise _stage_error(failure, job.doc_id) from None
    try:
        brief = _brief_from_table(text, table, job.doc_id, date, title)
        joined = join_layers(layers, table)
        brief = with_layers(brief, joined["events"], joined["claims"], joined["relations"])
        return _as_given(brief, job)
    except (BriefExtractError, ValueError) as exc:
        raise AssemblyError(job.doc_id, "assemble", f"{type(exc).__name__}: {exc}") from exc


def _batches(spans: list[tuple[int, int]], most: int) -> Iterator[list[tuple[int, int]]]:
    """Pieces in batches of at most ``most`` pieces and PIECE_CHARS characters: the parser's memory
    grows with the characters of a batch, so a long document never holds more than one piece's worth."""
    batch: list[tuple[int, int]] = []
    size = 0
    for s, e in spans:
        if batch and (len(batch) >= most or size + (e - s) > PIECE_CHARS):
            yield batch
            batch, size = [], 0
        batch.append((s, e))
        size += e - s
    if batch:
        yield batch


def _brief_from_table(
    text: str, table: list[dict[str, Any]], doc_id: str, date: str | None, title: str | None
) -> Brief:
    """What :func:`briefextract.assemble.build_brief` makes of a Doc, from the entity table of
    a document processed in pieces."""
    actors, places = actors_and_places(text, table)
    return Brief(
        doc_id=doc_id,
        text_sha256=text_sha256(text),
        title=title,
        document_date=date,
        actors=actors,
        places=places,
    )


def _as_given(brief: Brief, job: _Job) -> Brief:
    """The brief with every span's offsets and text mapped back to the text as given, and the
    decoding of its file recorded when it was not plain UTF-8."""
    prepared, original = job.prepared, job.document.text
    encoding = job.document.encoding
    if prepared.identical and encoding == "utf-8":
        return brief
    data = brief.model_dump(mode="json")

    def restore(node: Any) -> Any:
        if isinstance(node, dict):
            if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and "text" in node:
                start, end = prepared.to_original(node["start"]), prepared.to_original(node["end"])
                return {**node, "start": start, "end": end, "text": original[start:end]}
            return {key: restore(value) for key, value in node.items()}
        if isinstance(node, list):
            return [restore(value) for value in node]
        return node

    if not prepared.identical:
        data = restore(data)
        data["text_sha256"] = text_sha256(original)
    if encoding != "utf-8":
        data["encoding"] = encoding
    return Brief.model_validate(data)
