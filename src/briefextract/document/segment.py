"""Text preparation: what the pipeline reads, in pieces it can take, and the way back.

Pure functions. :func:`prepare` turns a text as given into the text the
pipeline reads: every line ending becomes ``\\n`` (CRLF and old-Mac ``\\r``
alike, so both give the records LF gives), every other control character
becomes a line break (so no name can hold one), and a byte-order mark at the
start becomes a space (so the first word is a word and the title is the title).
Underscores that open or close a word (Markdown emphasis: "_Zorro_") become spaces. :func:`pieces` cuts a long
text at paragraph breaks into pieces of bounded length, and cuts runs of
characters without whitespace that spaCy's tokenizer would take quadratic
time over. :meth:`Prepared.to_original` maps offsets back to the text as given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# Longest piece handed to the pipeline. Longer documents are cut at paragraph breaks;
# every document of the bundled corpus is far shorter, so it is processed whole.
PIECE_CHARS = 50_000
# Longest run of non-space characters handed to the tokenizer in one piece: its prefix and
# suffix search is quadratic in the length of a token ("((((...", "[1][1][1]...").
RUN_CHARS = 500
# Where a piece is cut, best first: a paragraph break, a line break, a sentence end, a space.
_CUT_AT = ("\n\n", "\n", ". ", " ")

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls (tab and line feed excepted), and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_TO_LINE_BREAK = {ord(c): "\n" for c in [*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0))]}
_TO_LINE_BREAK.update({0x2028: "\n", 0x2029: "\n"})
del _TO_LINE_BREAK[ord("\t")], _TO_LINE_BREAK[ord("\n")]


_BOM = "\ufeff"  # a byte-order mark: a decoder may leave one at the start of a text
# An underscore that opens or closes a word: Markdown-style emphasis, not part of the word.
_EMPHASIS = re.compile(r"(?<!\w)_+(?=\w)|(?<=\w)_+(?!\w)")


def lone_surrogate(text: str) -> int | None:
    """Offset of the first lone surrogate code point in ``text`` (it cannot be encoded), or None."""
    hit = _LONE_SURROGATE.search(text)
    return None if hit is None else hit.start()


@dataclass(frozen=True)
class Prepared:
    """``text`` is what the pipeline reads; ``dropped`` the offsets in it of line breaks that
    stand for a CRLF pair (one character fewer than the original at each)."""

    text: str
    original_length: int
    dropped: tuple[int, ...] = ()
    identical: bool = True  # whether ``text`` is the original text itself

    def to_original(self, offset: int) -> int:
        """The offset in the original text of ``offset`` (start or exclusive end) in ``text``."""
        return offset + bisect_left(self.dropped, offset)


def prepare(text: str) -> Prepared:
    """The text the pipeline reads: line endings as ``\\n``, control characters as line breaks.

    Offsets keep their meaning except at CRLF pairs, which become one character."""
    if "\r" not in text and not _CONTROL.search(text) and not text.startswith(_BOM) and "_" not in text:
        return Prepared(text, len(text))
    dropped = tuple(hit.start() - k for k, hit in enumerate(re.finditer("\r\n", text)))
    clean = text.replace("\r\n", "\n").translate(_TO_LINE_BREAK)
    if clean.startswith(_BOM):
        clean = " " + clean[1:]  # same length: offsets still index the text as given
    # Emphasis marks of plain-text exports ("the ship _Zorro_", "_alias_") become spaces
    # of the same length: the parser reads an underscore as a word and misattaches the
    # sentence around it. An underscore inside a word ("snake_case") stays.
    clean = _EMPHASIS.sub(lambda m: " " * len(m.group()), clean)
    return Prepared(clean, len(text), dropped, identical=clean == text)


def pieces(text: str, *, max_chars: int = PIECE_CHARS, max_run: int = RUN_CHARS) -> list[tuple[int, int]]:
    """Contiguous (start, end) pieces covering ``text``, each at most ``max_chars`` long.

    A piece ends at the last paragraph break that keeps it short enough (else a
    line break, a sentence end, a space, and only failing all of these mid-word),
    never before half the length. A run of more than ``max_run`` non-space characters
    is cut into pieces of its own, ``max_run`` long."""
    out: list[tuple[int, int]] = []
    position = 0
    for run in re.finditer(rf"\S{{{max_run + 1},}}", text):
        out += _by_length(text, position, run.start(), max_chars)
        out += [(s, min(s + max_run, run.end())) for s in range(run.start(), run.end(), max_run)]
        position = run.end()
    out += _by_length(text, position, len(text), max_chars)
    return out or [(0, len(text))]


def _by_length(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    out = []
    while end - start > max_chars:
        limit = start + max_chars
        cut = limit
        for separator in _CUT_AT:
            found = text.rfind(separator, start + max_chars // 2, limit - len(separator) + 1)
            if found >= 0:
                cut = found + len(separator)
                break
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))
    return out
