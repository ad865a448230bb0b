"""A progress line on stderr for long batches (no dependency, no output when quiet)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

SHOW_FROM = 4  # batches smaller than this finish before a bar is worth reading


class Progress:
    """Redraws one line on a terminal; prints a line every tenth of the way otherwise."""

    def __init__(
        self, total: int, *, label: str = "extract", stream: TextIO | None = None, enabled: bool = True
    ):
        self.total, self.label = total, label
        self.stream = stream or sys.stderr
        self.enabled = enabled and total >= SHOW_FROM
        self.tty = self.enabled and self.stream.isatty()
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._last_tenth = -1

    def step(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += int(failed)
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        width = 30
        filled = int(width * self.done / self.total)
        line = (
            f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
            f"({self.failed} failed, {rate:.1f} docs/s)"
        )
        if self.tty:
            self.stream.write("\r" + line)
            if self.done == self.total:
                self.stream.write("\n")
        else:
            tenth = 10 * self.done // self.total
            if tenth != self._last_tenth:
                self._last_tenth = tenth
                self.stream.write(line + "\n")
        self.stream.flush()
