"""Numbers written in words or digits, and the bounds put on them ("at least 20")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "single": 1,
    "dozen": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def parse_number(words: Sequence[str]) -> int | None:
    """The value of a number written as tokens: ``["61"]``, ``["thirty", "-", "three"]``,
    ``["1,200"]``, ``["two", "hundred"]``, ``["a", "dozen"]``; None if it is not one."""
    parts = [w.lower() for w in words if w not in {"-", "–", "and"}]
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
            elif piece in _UNITS:
                if piece == "dozen":
                    current = max(current, 1) * 12
                else:
                    current += _UNITS[piece]
            elif piece in _SCALES:
                current = max(current, 1) * _SCALES[piece]
                if _SCALES[piece] >= 1000:
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
