"""The timeline: dated events drawn from their TimeValues as an SVG.

A value at day precision is a point; a month, season, year, decade, century
or interval is a bar over the time it covers. Modifiers are drawn: START,
MID and END shade the third of the bar they name, APPROX dashes the outline,
BEFORE and AFTER / ON_OR_AFTER add an arrow pointing away from the bar.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from html import escape

from briefextract.schema.brief import TimeValue
from briefextract.view.record_keys import BriefIndex

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_SEASON_START = {"WI": 0.0, "SP": 0.25, "SU": 0.5, "FA": 0.75}


@dataclass(frozen=True)
class Extent:
    """Where a time value lies, in fractional years; ``start == end`` for a point."""

    start: float
    end: float

    @property
    def is_point(self) -> bool:
        return self.start == self.end


def _bound(value: str) -> Extent | None:
    if m := _DAY.match(value):
        year, month, day = (int(g) for g in m.groups())
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
            return None
        days = 366 if calendar.isleap(year) else 365
        ordinal = sum(calendar.monthrange(year, k)[1] for k in range(1, month)) + day - 1
        point = year + (ordinal + 0.5) / days
        return Extent(point, point)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return Extent(year + (month - 1) / 12, year + month / 12) if 1 <= month <= 12 else None
    if m := _SEASON.match(value):
        start = int(m[1]) + _SEASON_START[m[2]]
        return Extent(start, start + 0.25)
    if m := _YEAR.match(value):
        return Extent(int(m[1]), int(m[1]) + 1)
    if m := _DECADE.match(value):
        return Extent(int(m[1]) * 10, int(m[1]) * 10 + 10)
    if m := _CENTURY.match(value):
        return Extent(int(m[1]) * 100, int(m[1]) * 100 + 100)
    return None


def time_extent(value: str | None) -> Extent | None:
    """The span of time an ISO-style value covers (``2007``, ``2007-12``, ``199X``, ``1979/1989``...).

    An interval runs from the start of its first bound to the end of its
    second. None for a value this cannot read.
    """
    if not value:
        return None
    if "/" in value:
        first, _, second = value.partition("/")
        a, b = _bound(first), _bound(second)
        if a is None or b is None or b.end < a.start:
            return None
        return Extent(a.start, max(a.end, b.end))
    return _bound(value)


@dataclass(frozen=True)
class Dated:
    key: str
    label: str
    value: TimeValue
    extent: Extent


def dated_events(index: BriefIndex) -> list[Dated]:
    """The events whose date value can be placed, in time order (ties by text order)."""
    out = []
    for layer, key, rec in index.records():
        if layer != "event" or rec.date is None:  # type: ignore[union-attr]
            continue
        extent = time_extent(rec.date.value)  # type: ignore[union-attr]
        if extent is not None:
            label = f"{rec.type} {rec.trigger.text}"  # type: ignore[union-attr]
            out.append(Dated(key, label, rec.date, extent))  # type: ignore[union-attr,arg-type]
    return sorted(out, key=lambda d: (d.extent.start, d.extent.end, d.key.split("-")[-1].zfill(6)))


WIDTH, LEFT, RIGHT, TOP, ROW = 960, 20, 20, 34, 17


def _ticks(lo: float, hi: float) -> list[int]:
    span = hi - lo
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if span / s <= 12)
    first = int(lo // step * step)
    return [y for y in range(first, int(hi) + step, step) if lo <= y <= hi]


def _modifier_text(tv: TimeValue) -> str:
    return {
        "START": "early ",
        "MID": "mid ",
        "END": "late ",
        "APPROX": "about ",
        "BEFORE": "before ",
        "AFTER": "after ",
        "ON_OR_AFTER": "since ",
    }.get(tv.modifier or "", "")


def render_timeline(index: BriefIndex, prefix: str = "") -> str:
    """The timeline SVG; one ``g.mark`` per dated event, linked to its evidence."""
    dated = dated_events(index)
    if not dated:
        return '<p class="empty">No dated events.</p>'
    lo = min(d.extent.start for d in dated)
    hi = max(d.extent.end for d in dated)
    pad = max((hi - lo) * 0.03, 0.5)
    lo, hi = lo - pad, hi + pad
    scale = (WIDTH - LEFT - RIGHT) / (hi - lo)

    def x(t: float) -> float:
        return LEFT + (t - lo) * scale

    height = TOP + ROW * len(dated) + 10
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="timeline of dated events">'
    ]
    for year in _ticks(lo, hi):
        parts.append(
            f'<line class="tick" x1="{x(year):.1f}" x2="{x(year):.1f}" y1="{TOP - 8}" y2="{height}"/>'
            f'<text class="tick" x="{x(year):.1f}" y="{TOP - 14}">{year}</text>'
        )
    for row, d in enumerate(dated):
        y = TOP + ROW * row + ROW / 2
        x0, x1 = x(d.extent.start), x(d.extent.end)
        tv = d.value
        dash = ' stroke-dasharray="3 2"' if tv.modifier == "APPROX" else ""
        shapes = []
        if d.extent.is_point:
            shapes.append(f'<circle class="tl-pt" cx="{x0:.1f}" cy="{y:.1f}" r="4.5"{dash}/>')
        else:
            w = max(x1 - x0, 3.0)
            shapes.append(
                f'<rect class="tl-bar" x="{x0:.1f}" y="{y - 5:.1f}" width="{w:.1f}" height="10"{dash}/>'
            )
            third = {"START": 0, "MID": 1, "END": 2}.get(tv.modifier or "")
            if third is not None:
                shapes.append(
                    f'<rect class="tl-part" x="{x0 + third * w / 3:.1f}" y="{y - 5:.1f}" '
                    f'width="{w / 3:.1f}" height="10"/>'
                )
        if tv.modifier in ("AFTER", "ON_OR_AFTER"):
            tip = x1 + 22
            shapes.append(
                f'<path class="arrow" d="M{x1:.1f},{y:.1f} H{tip:.1f} M{tip - 5:.1f},{y - 4:.1f} '
                f'L{tip:.1f},{y:.1f} L{tip - 5:.1f},{y + 4:.1f}"/>'
            )
            x1 = tip
        elif tv.modifier == "BEFORE":
            tip = x0 - 22
            shapes.append(
                f'<path class="arrow" d="M{x0:.1f},{y:.1f} H{tip:.1f} M{tip + 5:.1f},{y - 4:.1f} '
                f'L{tip:.1f},{y:.1f} L{tip + 5:.1f},{y + 4:.1f}"/>'
            )
            x0 = tip
        when = f"{_modifier_text(tv)}{tv.value}"
        text = f"{d.label} · {when}"
        title = escape(f"{d.label}: {tv.text or ''} = {_modifier_text(tv)}{tv.value} ({tv.granularity})")
        right = x1 + 6 + 6.2 * len(text) < WIDTH
        tx, anchor = (x1 + 6, "start") if right else (x0 - 6, "end")
        parts.append(
            f'<g class="mark" data-rec="{prefix}{d.key}"><a href="#{prefix}ev-{d.key}"><title>{title}</title>'
            f"{''.join(shapes)}</a>"
            f'<a href="#rec-{prefix}{d.key}"><text x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">'
            f"{escape(text)}</text></a></g>"
        )
    parts.append("</svg>")
    return "".join(parts)
