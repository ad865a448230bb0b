"""Character ranges indexed by position, so that passes over mentions stay linear.

The entity layer asks again and again "which mention overlaps this range?" and
"is this range free?". Scanning every mention for each question is quadratic in
the number of mentions (10,000 mentions of one name took minutes); these
indexes answer in logarithmic time for the short ranges names are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable

# Ranges longer than this are few (a statistical span over a run of capitalised words) and
# are kept apart and scanned whole, so the window searched for short ones stays small.
LONG_RANGE = 200


class RangeIndex:
    """Numbered (start, end) ranges; finds the ones overlapping a range, lowest number first."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._short: list[tuple[int, int, int]] = []  # (start, number, end), sorted
        self._long: list[tuple[int, int, int]] = []
        self._count = 0
        for start, end in ranges:
            self.add(start, end)

    def add(self, start: int, end: int) -> int:
        """Add a range; returns its number (0, 1, 2, ... in the order added)."""
        number = self._count
        self._count += 1
        if end - start > LONG_RANGE:
            self._long.append((start, number, end))
        else:
            insort(self._short, (start, number, end))
        return number

    def move(self, number: int, old: tuple[int, int], new: tuple[int, int]) -> None:
        """Range ``number``, which was ``old``, is now ``new``."""
        entry = (old[0], number, old[1])
        i = bisect_left(self._short, entry)
        if i < len(self._short) and self._short[i] == entry:
            del self._short[i]
        elif entry in self._long:
            self._long.remove(entry)
        if new[1] - new[0] > LONG_RANGE:
            self._long.append((new[0], number, new[1]))
        else:
            insort(self._short, (new[0], number, new[1]))

    def overlapping(self, start: int, end: int) -> list[int]:
        """Numbers of the ranges that share a character with ``start``-``end``, ascending."""
        lo = bisect_left(self._short, (start - LONG_RANGE,))
        hi = bisect_left(self._short, (end,))
        found = [n for s, n, e in self._short[lo:hi] if s < end and start < e]
        found += [n for s, n, e in self._long if s < end and start < e]
        return sorted(found)

    def first_overlapping(self, start: int, end: int) -> int | None:
        found = self.overlapping(start, end)
        return found[0] if found else None


class Coverage:
    """Ranges that are taken: is a range free of them?"""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._index = RangeIndex(ranges)

    def free(self, start: int, end: int) -> bool:
        return not self._index.overlapping(start, end)

    def take(self, start: int, end: int) -> None:
        self._index.add(start, end)


class Usable:
    """Whether a range of the text may hold a name: before the page furniture that runs to
    the end, not starting inside other furniture, and holding no line break or control
    character (a name never spans lines; a control character is never inside one)."""

    def __init__(
        self,
        text: str,
        article_end: int | None,
        furniture: Iterable[tuple[int, int]],
        *,
        breaks: Callable[[str], bool],
    ) -> None:
        self.text = text
        self.article_end = len(text) if article_end is None else article_end
        spans = sorted(furniture)
        self._starts = [s for s, _ in spans]
        self._reach: list[int] = []  # the furthest end among furniture starting at or before each
        furthest = -1
        for _, e in spans:
            furthest = max(furthest, e)
            self._reach.append(furthest)
        self._breaks = breaks

    def in_furniture(self, start: int) -> bool:
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] > start

    def __call__(self, start: int, end: int) -> bool:
        return (
            end <= self.article_end
            and not self.in_furniture(start)
            and not self._breaks(self.text[start:end])
        )
