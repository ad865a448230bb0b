"""Page furniture: navigation, promotion blocks and everything after an article's end.

Pure functions over the text, driven by the line rules in
``models/document/furniture.jsonl``. Nothing is extracted from furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from briefextract.rules.resources import model_path, read_jsonl

FURNITURE_FILE = "document/furniture.jsonl"
# A line of a tag list or a tagline is short and does not end a sentence.
MAX_SHORT_LINE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


class FurnitureRule(BaseModel):
    """One line rule. ``label`` says what the match starts:

    - ``LINE``: the matching line alone;
    - ``INLINE``: only the matched text within the line (a photo credit);
    - ``TAG_LIST``: the line and the short lines after it;
    - ``LABEL_TAGLINE``: the line and the one short line after it;
    - ``ARTICLE_END``: the line and everything after it.
    """

    model_config = ConfigDict(extra="forbid")
    id: str
    label: Literal["LINE", "INLINE", "TAG_LIST", "LABEL_TAGLINE", "ARTICLE_END"]
    regex: str
    comment: str


@dataclass(frozen=True)
class FurnitureSpan:
    start: int
    end: int
    rule: str


@cache
def load_rules(
    relative: str = FURNITURE_FILE, root: Path | None = None
) -> tuple[tuple[FurnitureRule, re.Pattern[str]], ...]:
    rules = read_jsonl(model_path(relative, root), FurnitureRule)
    return tuple((rule, re.compile(rule.regex)) for rule in rules)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(raw)
    return out


def _is_short(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped.split()) <= MAX_SHORT_LINE_WORDS
        and not _SENTENCE_END.search(stripped)
    )


def _extend(
    lines: list[tuple[int, int, str]], i: int, accept: Callable[[str], bool], limit: int | None
) -> int:
    """Index of the last line after ``i`` that continues a block (blank lines skipped)."""
    last, taken = i, 0
    for j in range(i + 1, len(lines)):
        body = lines[j][2].strip()
        if not body:
            continue
        if (limit is not None and taken >= limit) or not accept(body):
            break
        last, taken = j, taken + 1
    return last


def find_furniture(
    text: str, rules: tuple[tuple[FurnitureRule, re.Pattern[str]], ...] | None = None
) -> tuple[list[FurnitureSpan], int]:
    """Furniture spans of ``text`` and the offset where the article ends.

    The article end is ``len(text)`` when no end marker is found.
    """
    rules = load_rules() if rules is None else rules
    lines = _lines(text)
    spans: list[FurnitureSpan] = []
    article_end = len(text)
    i = 0
    while i < len(lines):
        start, _end, body = lines[i]
        stripped = body.strip()
        for rule, rx in rules:
            if rule.label == "INLINE":
                spans += [
                    FurnitureSpan(start + m.start(), start + m.end(), rule.id) for m in rx.finditer(body)
                ]
        hit = next(
            (rule for rule, rx in rules if rule.label != "INLINE" and stripped and rx.search(stripped)), None
        )
        if hit is None:
            i += 1
            continue
        if hit.label == "ARTICLE_END":
            article_end = start
            spans.append(FurnitureSpan(start, len(text), hit.id))
            break
        last = i
        if hit.label == "TAG_LIST":
            last = _extend(lines, i, lambda line: _is_short(line), limit=None)
        elif hit.label == "LABEL_TAGLINE":
            # The series tagline may end with a full stop, but it is one short line.
            last = _extend(lines, i, lambda line: len(line.split()) <= MAX_SHORT_LINE_WORDS, limit=1)
        spans.append(FurnitureSpan(start, lines[last][1], hit.id))
        i = last + 1
    return sorted(spans, key=lambda fs: fs.start), article_end
