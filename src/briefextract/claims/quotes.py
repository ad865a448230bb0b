"""Quotations in raw text: every kind of quotation mark, nesting, and stray marks.

:func:`find_quotes` pairs opening and closing marks inside one paragraph. A mark
that cannot be paired (a stray ``"``, an opening mark never closed before the
paragraph ends) is skipped, so one unbalanced mark never swallows a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> closing marks that may end it. Curly English, German low-high,
# French and German guillemets, straight marks.
PAIRS: dict[str, frozenset[str]] = {
    # A straight mark often closes a curly opening in edited text, and the other way round.
    "\u201c": frozenset({"\u201d", '"'}),  # “ ”
    "\u201e": frozenset({"\u201c", "\u201d", '"'}),  # „ “ / „ ”
    "\u00ab": frozenset({"\u00bb"}),  # « »
    "\u00bb": frozenset({"\u00ab"}),  # » « (German order)
    "\u2018": frozenset({"\u2019"}),  # ‘ ’
    "\u201a": frozenset({"\u2018", "\u2019"}),  # low-9 single, then a high one
    "\u2039": frozenset({"\u203a"}),  # single guillemets
    '"': frozenset({'"', "\u201d"}),
    "'": frozenset({"'"}),
}
# Guillemets may stand apart from the words they enclose ("« oui »").
SPACED = frozenset({"\u00ab", "\u00bb", "\u2039", "\u203a"})
CLOSERS = frozenset(c for closers in PAIRS.values() for c in closers)
# Single marks double as apostrophes; they open or close only at a word boundary.
APOSTROPHE_LIKE = frozenset({"\u2019", "'"})
MARKS = frozenset(PAIRS) | CLOSERS
# The only characters find_quotes acts on: a mark, or a newline that starts a blank line.
_EVENTS = re.compile("\n(?=\n)|[" + "".join(re.escape(m) for m in sorted(MARKS)) + "]")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` bound the words inside the marks (end exclusive);
    ``open``/``close`` are the offsets of the marks; ``depth`` 0 is outermost."""

    start: int
    end: int
    open: int
    close: int
    depth: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    if after.isspace() and text[i] not in SPACED:
        return False
    return not before.isalnum()


def _can_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    if before.isspace() and text[i] not in SPACED:
        return False
    return not after.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Every paired quotation in ``text``, ordered by opening offset."""
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    for event in _EVENTS.finditer(text):  # every other character is passed over
        i = event.start()
        ch = text[i]
        if ch == "\n":
            stack.clear()  # a paragraph ends: unclosed quotations were stray marks
            continue
        # A closing mark pairs with the innermost compatible opener on the stack.
        closes = next(
            (k for k in range(len(stack) - 1, -1, -1) if ch in PAIRS.get(stack[k][0], ())),
            None,
        )
        if closes is not None and (ch not in APOSTROPHE_LIKE or _can_close(text, i)):
            if ch == '"' and not _can_close(text, i) and _can_open(text, i):
                closes = None  # '" "' with a space before: a new opening, not a closing
            if closes is not None:
                _, at = stack[closes]
                del stack[closes:]
                start, end = at + 1, i
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    found.append(Quote(start, end, at, i, closes))
                continue
        if ch in PAIRS and _can_open(text, i):
            stack.append((ch, i))
    found.sort(key=lambda q: (q.open, -q.close))
    return found


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The outermost quotation whose words contain ``[start, end)``."""
    for q in quotes:
        if q.contains(start, end):
            return q
    return None
