"""A progress bar on stderr for long batches (tqdm, a spaCy dependency; none when quiet)."""

from __future__ import annotations

import sys
from typing import TextIO

from tqdm import tqdm

SHOW_FROM = 4  # batches smaller than this finish before a bar is worth reading


class Progress:
    """Documents done, failed and per second; messages printed through it keep the bar whole."""

    def __init__(
        self, total: int, *, label: str = "extract", stream: TextIO | None = None, enabled: bool = True
    ) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = self.failed = 0
        self._bar = tqdm(
            total=total,
            desc=label,
            unit="doc",
            file=self.stream,
            disable=not enabled or total < SHOW_FROM or not self.stream.isatty(),
            dynamic_ncols=True,
            mininterval=0.5,
        )

    def step(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += int(failed)
        if self.failed:
            self._bar.set_postfix(failed=self.failed, refresh=False)
        self._bar.update(1)

    def write(self, message: str) -> None:
        """A line on the stream, above the bar."""
        if self._bar.disable:
            print(message, file=self.stream)
        else:
            self._bar.write(message, file=self.stream)

    def close(self) -> None:
        self._bar.close()
