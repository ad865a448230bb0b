"""Inline-annotated example sentences: ``"X <ev type=SPLIT>broke away</ev> from Y"``.

Rule records and tests write their gold inline; :func:`parse_inline` turns such
a string into the plain text and the marked spans (tags may nest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(r"<(/?)([a-z_]+)((?:\s+[a-z_]+=[^\s>]+)*)\s*>")
_ATTR = re.compile(r"([a-z_]+)=([^\s>]+)")


@dataclass(frozen=True)
class Marked:
    """A marked span of the plain text: its tag, attributes and character offsets."""

    tag: str
    start: int
    end: int
    text: str
    attrs: dict[str, str] = field(default_factory=dict)


def parse_inline(annotated: str) -> tuple[str, list[Marked]]:
    """The plain text of ``annotated`` and its marked spans, in order of their start."""
    plain: list[str] = []
    length = 0
    stack: list[tuple[str, int, dict[str, str]]] = []
    marked: list[Marked] = []
    pos = 0
    for m in _TAG.finditer(annotated):
        chunk = annotated[pos : m.start()]
        plain.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1) == "/", m.group(2), m.group(3)
        if not closing:
            stack.append((tag, length, dict(_ATTR.findall(attrs))))
            continue
        if not stack or stack[-1][0] != tag:
            raise ValueError(f"unbalanced </{tag}> in {annotated!r}")
        open_tag, start, values = stack.pop()
        marked.append(Marked(open_tag, start, length, "", values))
    if stack:
        raise ValueError(f"unclosed <{stack[-1][0]}> in {annotated!r}")
    plain.append(annotated[pos:])
    text = "".join(plain)
    spans = [Marked(m.tag, m.start, m.end, text[m.start : m.end], m.attrs) for m in marked]
    spans.sort(key=lambda s: (s.start, -s.end, s.tag))
    return text, spans
