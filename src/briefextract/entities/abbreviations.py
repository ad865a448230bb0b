"""Acronyms defined in the text: "Long Form (LF)" and "LF (Long Form)".

The Schwartz & Hearst (2003) algorithm, as pure functions over a string:
find parenthesised short forms, then match their characters right to left
against the words before the parenthesis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A short form is 2-10 characters, starts with a letter or digit, holds a capital.
_PAREN = re.compile(r"\(([^()]{1,60})\)")
_SHORT_FORM = re.compile(r"^[A-Za-z0-9][\w.&'’-]{0,9}$")
_WORD = re.compile(r"[\w'’.-]+")
# How far before a parenthesis its long form is looked for: the at most 20 words
# Schwartz-Hearst allows never run longer in prose.
LOOK_BACK_CHARS = 1000


@dataclass(frozen=True)
class Abbreviation:
    short: str
    short_start: int
    long: str
    long_start: int

    @property
    def short_end(self) -> int:
        return self.short_start + len(self.short)

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)


def is_short_form(candidate: str) -> bool:
    """A plausible acronym: short, one token, at least one capital, starts alphanumerically."""
    return (
        bool(_SHORT_FORM.match(candidate))
        and any(c.isupper() for c in candidate)
        and sum(c.isalpha() for c in candidate) >= 2
    )


def best_long_form(short: str, window: str) -> int | None:
    """Start offset in ``window`` of the shortest long form matching ``short``, or None.

    Every letter or digit of the short form must occur in order in the long
    form, and its first character must begin a word.
    """
    s_chars = [c.lower() for c in short if c.isalnum()]
    if not s_chars:
        return None
    s_idx = len(s_chars) - 1
    l_idx = len(window) - 1
    while s_idx >= 0:
        c = s_chars[s_idx]
        # The first short-form character must start a word of the long form.
        while l_idx >= 0 and (
            window[l_idx].lower() != c or (s_idx == 0 and l_idx > 0 and window[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    # Back up to the start of the word holding the first matched character.
    start = l_idx + 1
    while start > 0 and not window[start - 1].isspace():
        start -= 1
    return start


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every "Long Form (SF)" definition in ``text``, in document order."""
    found: list[Abbreviation] = []
    for match in _PAREN.finditer(text):
        inner = match.group(1).strip()
        inner_start = match.start(1) + match.group(1).index(inner) if inner else match.start(1)
        # "(aka X)", "(formerly X)" are alias cues, not acronym definitions.
        if not is_short_form(inner):
            continue
        # Schwartz-Hearst: look back at most min(|SF| + 5, 2 * |SF|) words.
        max_words = min(len(inner) + 5, 2 * len(inner))
        # Only the text just before is read, so the search stays linear in the length of the text.
        head = max(0, match.start() - LOOK_BACK_CHARS)
        before = text[head : match.start()].rstrip()
        words = list(_WORD.finditer(before))
        if not words:
            continue
        window_start = words[max(0, len(words) - max_words)].start()
        # Never reach back across a sentence end or line break.
        for stop in (before.rfind(". ", window_start), before.rfind("\n", window_start)):
            if stop >= 0:
                window_start = max(window_start, stop + 1)
        window = before[window_start:]
        offset = best_long_form(inner, window)
        if offset is None:
            continue
        long = window[offset:].strip()
        lead = window[offset:].index(long) if long else 0
        if not long or len(long) <= len(inner) or not any(c.isspace() for c in long):
            continue
        # A long form begins with a capital word ("Improvised explosive device (IED)" is allowed too).
        found.append(Abbreviation(inner, inner_start, long, head + window_start + offset + lead))
    return found


def initials_overlap(short: str, long: str) -> float:
    """Share of the short form's letters that are initials of capitalised words of
    ``long``, in any order: accepts acronyms of a name in another language
    ("Popular Liberation Army (ALP)")."""
    letters = [c.upper() for c in short if c.isalpha()]
    if not letters:
        return 0.0
    initials = [w[0].upper() for w in _WORD.findall(long) if w[0].isupper()]
    hits = 0
    for letter in letters:
        if letter in initials:
            initials.remove(letter)
            hits += 1
    return hits / len(letters)
