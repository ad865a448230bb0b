"""Time per 100k characters of the time layer (find_times), on prose with dates.

Run: PYTHONPATH=src .venv/bin/python bench/timex_speed.py [file ...]
Not a test: prints numbers. With no file, uses a built-in paragraph repeated.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from briefextract.timex import find_times

SAMPLE = (
    "The Kestrel Front emerged from the Highland Patriotic Army, which broke away from the Eastern "
    "Brigades in the late 1990s during the civil war. In September 2006 it pledged allegiance to a larger "
    "network, and the following January it took its current name. On 11 December 2007 twin bombings in "
    "the capital killed at least 41 people. Analysts say the group may have earned more than $50 million "
    "from kidnappings since 2008. A regional mission deployed some 9,754 uniformed personnel after an "
    "intervention in early 2013; two years later a peace accord was signed.[12] "
)


def main(paths: list[str]) -> None:
    text = "".join(Path(p).read_text(encoding="utf-8") for p in paths) if paths else SAMPLE * 200
    find_times(text[:1000])  # compile the grammar outside the timing
    runs = 10
    start = time.perf_counter()
    for _ in range(runs):
        found = find_times(text, "2015-03-27")
    per_run = (time.perf_counter() - start) / runs
    print(f"{len(text):,} chars, {len(found)} expressions")
    print(
        f"{per_run * 1000:.2f} ms per run, {per_run * 1000 * 100_000 / len(text):.2f} ms per 100k characters"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
