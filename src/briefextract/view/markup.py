"""The document text with spans drawn under it, in the look of spaCy displaCy's ``span`` style.

displaCy draws each token as an inline block with one coloured bar per span
covering it, stacked in slots so that overlapping spans stay visible, and the
span's label at its first token. This module does the same over character
offsets (a brief's spans need not fall on token boundaries) and adds what the
view needs: every span links to its record, anchors mark evidence ranges, and
page furniture is greyed. All text is escaped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

# displaCy's span style geometry (spacy/displacy/render.py SpanRenderer): bars start
# 40px from the top of a token and each further slot is 17px lower.
TOP_OFFSET = 40
OFFSET_STEP = 17
MAX_SLOTS = 12

_PIECE = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Mark:
    """One span to draw: ``css`` picks its colour, ``rec`` the record it links to."""

    start: int
    end: int
    label: str
    css: str
    rec: str
    anchor_id: str | None = None  # id of the span itself, for links to one mention
    title: str = ""


@dataclass(frozen=True)
class Anchor:
    """An empty element at an offset: where a link to an evidence range lands."""

    offset: int
    html_id: str
    css: str = "anc"


def assign_slots(marks: Sequence[Mark]) -> list[int]:
    """Slot (row under the text) of each mark: overlapping marks get different slots.

    Longer spans go first at equal starts, so an enclosing span sits above the
    spans inside it; a slot is reused as soon as its previous span has ended.
    """
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, marks[i].rec))
    slot_end: list[int] = []
    slots = [0] * len(marks)
    for i in order:
        mark = marks[i]
        free = next((s for s, end in enumerate(slot_end) if end <= mark.start), None)
        if free is None:
            free = len(slot_end)
            slot_end.append(mark.end)
        else:
            slot_end[free] = mark.end
        slots[i] = min(free, MAX_SLOTS - 1)
    return slots


def _pieces(text: str, cuts: Iterable[int]) -> list[tuple[int, int]]:
    """Text cut at every offset in ``cuts`` and between runs of whitespace and non-whitespace."""
    bounds = sorted({0, len(text), *(c for c in cuts if 0 <= c <= len(text))})
    pieces: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(bounds):
        pieces += [(m.start(), m.end()) for m in _PIECE.finditer(text, a, b)]
    return pieces


def render_text(
    text: str,
    marks: Sequence[Mark],
    *,
    anchors: Sequence[Anchor] = (),
    furniture: Sequence[tuple[int, int]] = (),
) -> str:
    """HTML of ``text`` with ``marks`` drawn under it, ``anchors`` placed and ``furniture`` greyed.

    Whitespace is kept (the container uses ``white-space: pre-wrap``); a
    token covered by no mark is plain escaped text, so the page stays small.
    """
    slots = assign_slots(marks)
    cuts: list[int] = []
    for m in marks:
        cuts += [m.start, m.end]
    cuts += [a.offset for a in anchors]
    for fs, fe in furniture:
        cuts += [fs, fe]
    by_start: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        by_start.setdefault(m.start, []).append(i)
    anchors_at: dict[int, list[Anchor]] = {}
    for a in anchors:
        anchors_at.setdefault(a.offset, []).append(a)
    furn = sorted(furniture)

    # Marks active over each piece, found by a sweep (marks sorted by start).
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, marks[i].end))
    active: list[int] = []
    next_mark = 0
    fi = 0
    out: list[str] = []
    for a, b in _pieces(text, cuts):
        for anchor in anchors_at.pop(a, ()):
            out.append(f'<a class="{anchor.css}" id="{escape(anchor.html_id)}"></a>')
        while next_mark < len(order) and marks[order[next_mark]].start <= a:
            active.append(order[next_mark])
            next_mark += 1
        active = [i for i in active if marks[i].end > a]
        while fi < len(furn) and furn[fi][1] <= a:
            fi += 1
        in_furniture = fi < len(furn) and furn[fi][0] <= a < furn[fi][1]
        chunk = escape(text[a:b], quote=False)
        covering = [i for i in active if marks[i].start <= a and b <= marks[i].end]
        if text[a:b].isspace() or not covering:
            out.append(f'<span class="furn">{chunk}</span>' if in_furniture else chunk)
            continue
        covering.sort(key=lambda i: slots[i])
        recs = " ".join(dict.fromkeys(marks[i].rec for i in covering))
        height = TOP_OFFSET + OFFSET_STEP * (max(slots[i] for i in covering) + 1)
        bars = []
        for i in covering:
            m = marks[i]
            cls = f"bar s{slots[i]} {m.css}"
            if m.start == a:
                ident = f' id="{escape(m.anchor_id)}"' if m.anchor_id else ""
                title = f' title="{escape(m.title)}"' if m.title else ""
                bars.append(
                    f'<span class="{cls} first"{ident}><a class="lbl {m.css}" href="#rec-{escape(m.rec)}"'
                    f"{title}>{escape(m.label)}</a></span>"
                )
            else:
                bars.append(f'<span class="{cls}"></span>')
        furn_cls = " furn" if in_furniture else ""
        out.append(
            f'<span class="tk{furn_cls}" data-r="{escape(recs)}" style="height:{height}px">'
            f"{chunk}{''.join(bars)}</span>"
        )
    for offset in sorted(anchors_at):
        out += [f'<a class="{x.css}" id="{escape(x.html_id)}"></a>' for x in anchors_at[offset]]
    return "".join(out)


def slot_css() -> str:
    """CSS placing each slot's bar, as displaCy does with inline styles."""
    return "".join(f".s{k}{{top:{TOP_OFFSET + OFFSET_STEP * k}px}}" for k in range(MAX_SLOTS))
