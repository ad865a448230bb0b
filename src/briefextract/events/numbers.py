"""Numbers written in words or digits, and the bounds put on them ("at least 20").

The number words and their values are data (``models/events/number_words.jsonl``,
read into a :class:`NumberWords` table); the arithmetic is here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefextract.events.event_rules import NumberWordRecord

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
# A scale word this large or larger closes a group of place value: in "two thousand five
# hundred" the thousands are summed before the hundreds start.
GROUP_SCALE = 1000


@dataclass(frozen=True)
class NumberWords:
    """Lower-cased number words: what a unit adds, what a scale multiplies by, and
    the joiners between the words of one number."""

    units: Mapping[str, int]
    scales: Mapping[str, int]
    joiners: frozenset[str]

    @classmethod
    def from_records(cls, records: Iterable[NumberWordRecord]) -> NumberWords:
        units: dict[str, int] = {}
        scales: dict[str, int] = {}
        joiners: set[str] = set()
        for r in records:
            if r.label == "JOINER":
                joiners.update(r.words)
                continue
            table = units if r.label == "UNIT" else scales
            for w in r.words:
                table.setdefault(w.lower(), r.value or 0)
        return cls(units, scales, frozenset(joiners))

    @property
    def marks(self) -> frozenset[str]:
        """The joiners that are marks, not words ("-" in "thirty - three"): they link the
        parts of one number as a text is scanned for it, where a joining word ("and") may
        as well stand between two counts ("5 and 3")."""
        return frozenset(j for j in self.joiners if not any(c.isalpha() for c in j))


def parse_number(words: Sequence[str], table: NumberWords) -> int | None:
    """The value of a number written as tokens: ``["61"]``, ``["thirty", "-", "three"]``,
    ``["1,200"]``, ``["two", "hundred"]``, ``["a", "dozen"]``; None if it is not one."""
    parts = [w.lower() for w in words if w not in table.joiners]
    if not parts:
        return None
    if len(parts) == 1 and _DIGITS.match(parts[0]):
        return int(parts[0].replace(",", ""))
    total = current = 0
    seen = False
    for part in parts:
        for piece in part.split("-"):
            if _DIGITS.match(piece):
                current += int(piece.replace(",", ""))
            elif piece in table.units:
                current += table.units[piece]
            elif piece in table.scales:
                current = max(current, 1) * table.scales[piece]
                if table.scales[piece] >= GROUP_SCALE:
                    total, current = total + current, 0
            else:
                return None
            seen = True
    return total + current if seen else None


def bound_before(preceding: Sequence[str], bounds: Mapping[str, Sequence[str]]) -> str | None:
    """The casualty modifier whose phrase ends right before a number.

    ``preceding`` are the lower-cased words before the number, nearest last;
    ``bounds`` maps a modifier (``AT_LEAST`` ...) to its phrases. The longest
    phrase wins, so "no more than" is not read as "more than".
    """
    best: tuple[int, str] | None = None
    for modifier, phrases in bounds.items():
        for phrase in phrases:
            words = phrase.lower().split()
            fits = len(words) <= len(preceding) and list(preceding[-len(words) :]) == words
            if fits and (best is None or len(words) > best[0]):
                best = (len(words), modifier)
    return None if best is None else best[1]
