"""Name folding, tokenising and span overlap: the pure comparisons the scorer is built on.

Every function here is total and deterministic; none looks at ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from briefextract.entities.names import fold_name

_WORD = re.compile(r"\w+")


def name_keys(name: str, aliases: Sequence[str]) -> frozenset[str]:
    """The folded name and aliases of an entity.

    A name that folds to nothing (punctuation only, or empty) keeps the empty
    string as its key: the contract aligns entities whose name sets "share a
    normalised string", and a brief scored against itself must align every
    entity, including one whose only name is punctuation.
    """
    return frozenset(fold_name(n) for n in (name, *aliases))


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens, the unit of claim-content overlap."""
    return _WORD.findall(text.casefold())


def token_f1(gold: str, system: str) -> float:
    """Token F1 of two texts: multiset overlap, ``2*overlap / (len(gold) + len(system))``.

    Two texts without tokens are the same empty bag and score 1.0; one empty
    bag against a non-empty one scores 0.0.
    """
    gold_tokens, system_tokens = tokens(gold), tokens(system)
    if not gold_tokens and not system_tokens:
        return 1.0
    overlap = sum((Counter(gold_tokens) & Counter(system_tokens)).values())
    return 2 * overlap / (len(gold_tokens) + len(system_tokens))


def _singular(word: str) -> str:
    """Simple English plural folding, enough to equate "officials" and "official"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def head_word(source_text: str) -> str | None:
    """The head of an unnamed source: its last ``\\w+`` token, lower-cased, plural folded.

    ``"Western analysts"`` and ``"an analyst"`` share the head ``"analyst"``;
    a text without tokens has no head (``None``).
    """
    words = tokens(source_text)
    return _singular(words[-1]) if words else None


class HasOffsets(Protocol):
    """Anything with character offsets, ``end`` exclusive (a :class:`~briefextract.schema.brief.Span`)."""

    start: int
    end: int


def spans_overlap(a: HasOffsets, b: HasOffsets) -> bool:
    """Whether two half-open spans share a character; identical spans always overlap.

    The identity case keeps a zero-length span matching itself, so a brief
    scored against itself is perfect even when it holds one.
    """
    return offsets_overlap(a.start, a.end, b.start, b.end)


def offsets_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """:func:`spans_overlap` on bare offsets."""
    if a_start == b_start and a_end == b_end:
        return True
    return a_start < b_end and b_start < a_end
