"""Reading one time expression: text (+ an ISO anchor) -> TimeValue.

:func:`normalize` is pure: the same text and anchor give the same value, and
nothing depends on today's date. A relative expression ("that year", "two years
later", "in December") takes its year, month or day from ``anchor``; with no
anchor, or one coarser than the expression needs (a year anchor for "the
following month"), its value is None rather than a guess.

Decisions, in TimeML terms:

* ``value`` is ISO 8601 at the precision the text gives; decades are ``199X``,
  centuries ``19XX`` ("the twentieth century", "the 1900s"), seasons
  ``2009-SU`` (SP, SU, FA, WI), intervals ``1979/1989``.
* One modifier per expression. A relation word outranks a position word, which
  outranks an approximation: "since early 2012" is ON_OR_AFTER 2012, "around
  mid-2013" is MID 2013.
* "by 2015", "until 2012", "through 2012" mean *on or before*, which the
  vocabulary lacks; BEFORE would wrongly exclude the year itself, so these
  words are signals outside the expression and the year carries no modifier.
* "earlier that year" / "later that month" lie inside the anchor's period: the
  value is that period (2014 for "In May 2014 ... earlier that year"), with no
  modifier. The order relative to the anchor event is a TLINK, not a ``mod``;
  BEFORE 2014 would say the opposite of the text.
* "in December", "on 11 December": the anchor's year (no guessing whether the
  narrative has moved on). "the following January": the first January after
  the anchor; "the previous summer": the last summer before it.
* "the past decade", "the last five years": the interval ending at the anchor
  (the document date), e.g. ``2005/2015``.
* Two-digit decades "the '90s" are 19x0s, except "'00s" and "'10s" (2000s,
  2010s); spelled decades "the nineties" are the 1900s.
* "the 1900s"-style hundreds are centuries; "the 2000s" is a decade.
* Numeric dates "12/11/2007" are read month-first by dateparser (US style,
  the house convention); "9/11" is a named date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

from briefextract.schema.brief import TimeValue
from briefextract.timex.grammar import Candidate, Grammar, default_grammar
from briefextract.timex.time_lexicon import fold

Scope = Literal["anaphoric", "deictic"]
Op = Literal["period", "month", "season", "monthday", "shift", "past", "clock", "daypart", "era_year"]
# What an expression is. Only ``date`` can be an event's date; the others carry
# TIMEX3-style values outside the brief's TimeValue contract: ``duration``
# ("two months" P2M), ``reference`` ("now" PRESENT_REF), ``time`` (a clock time
# or part of a day, "10:45" 1902-05-03T10:45) and ``set`` ("daily").
Kind = Literal["date", "duration", "reference", "time", "set"]
KINDS: tuple[str, ...] = ("date", "duration", "reference", "time", "set")

_SEASON_ORDER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
_UNIT_GRANULARITY = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "decade"}
_SHIFT_GRANULARITY = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}
# Fixed base for dateparser, which must never see the wall clock.
_DATEPARSER_BASE = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class Relative:
    """How to compute a value from an anchor.

    ``op``: ``period`` (the anchor's ``unit`` moved by ``offset``), ``month`` /
    ``season`` (a named month or season before, at or after the anchor by the
    sign of ``offset``), ``monthday`` (a day and month in the anchor's year),
    ``shift`` (``count`` units after, or before when ``offset`` < 0), ``past``
    (the ``count`` units up to the anchor, an interval).
    """

    scope: Scope
    op: Op
    unit: str | None = None
    offset: int = 0
    count: int = 1
    month: int | None = None
    day: int | None = None
    season: str | None = None
    hour: int | None = None
    minute: int | None = None
    code: str | None = None


@dataclass(frozen=True)
class Part:
    """One end of a range: offsets relative to the expression's start, and its own value."""

    start: int
    end: int
    value: str
    granularity: str


@dataclass(frozen=True)
class Reading:
    """What an expression says before any anchoring."""

    rule: str
    granularity: str
    modifier: str | None = None
    value: str | None = None
    relative: Relative | None = None
    kind: str = "date"
    parts: tuple[Part, ...] = ()
    # How the rule is read (its record's ``reading``): what later steps check, never ``rule``.
    read_as: str = ""


@dataclass
class _Point:
    """A calendar point at some precision (fields left None are unknown)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    decade: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def iso(self) -> str | None:
        if self.year is None:
            return None
        y = _year_iso(self.year)
        if self.season is not None:
            return f"{y}-{self.season}"
        if self.month is None:
            return y
        if self.day is None:
            return f"{y}-{self.month:02d}"
        return f"{y}-{self.month:02d}-{self.day:02d}"

    def key(self) -> tuple[int, int, int]:
        season_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(self.season or "", 0)
        return (self.year or 0, self.month or season_month, self.day or 0)


# -- public API --------------------------------------------------------------


def normalize(text: str, anchor: str | None = None) -> TimeValue | None:
    """The TimeValue of one time expression, or None if ``text`` is not one.

    ``anchor`` is an ISO date at any precision ("2015-03-27", "2012-05",
    "2012", "2009-SU", "199X") that relative expressions resolve against; the
    anchor used is recorded in the extra field ``anchor``. Without a usable
    anchor a relative expression keeps ``value`` None.
    """
    reading = read(text)
    if reading is None or reading.kind != "date":
        return None  # durations, references, clock times and sets are no TimeValue
    return to_time_value(reading, text, anchor)


def read(text: str, grammar: Grammar | None = None) -> Reading | None:
    """What ``text`` says, unanchored; a leading "in"/"during"/"by" is skipped."""
    g = grammar or default_grammar()
    s = text.strip()
    cand = g.parse(s)
    if cand is None:
        head, _, rest = s.partition(" ")
        if rest and g.is_gate(head):
            cand = g.parse(rest.strip())
    return None if cand is None else interpret(cand, g)


def to_time_value(reading: Reading, text: str | None, anchor: str | None) -> TimeValue:
    """Anchor ``reading`` (if relative) and wrap it as a TimeValue."""
    value, used = reading.value, None
    if reading.relative is not None:
        value = apply_anchor(reading.relative, anchor)
        used = anchor if value is not None else None
    return TimeValue(
        text=text,
        span=None,
        value=value,
        granularity=reading.granularity,  # type: ignore[arg-type]
        modifier=reading.modifier,  # type: ignore[arg-type]
        anchor=used,
        rule=reading.rule,
    )


# -- interpretation of a grammar match ----------------------------------------


def interpret(cand: Candidate, grammar: Grammar) -> Reading | None:
    """A Reading for a grammar candidate, or None if its parts do not make a date."""
    reading = _interpret(cand, grammar)
    return None if reading is None else replace(reading, read_as=cand.reading)


def _interpret(cand: Candidate, grammar: Grammar) -> Reading | None:
    # Dispatch on how the rule is read (its record's ``reading``); ``rule`` is provenance only.
    g, rule, how = cand.groups, cand.rule, cand.reading
    meanings = grammar.lexicon.meanings
    mod = _modifier(g, grammar)
    if how == "named-day":
        return Reading(rule, "day", mod, meanings.named[fold(g["named"])])
    if how == "onward":
        point = _sub_point(g["inner"], grammar)
        if point is None or point.year is None:
            return None
        return Reading(rule, _point_granularity(point), "ON_OR_AFTER", point.iso())
    if how == "range":
        return _range(cand, grammar)
    if how in ("day-range-day-first", "day-range-month-first"):
        if "year" not in g:
            return None
        year, month = int(g["year"]), meanings.month[fold(g["mon"])]
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if not (_valid(year, month, d1) and _valid(year, month, d2) and d1 < d2):
            return None
        left, right = _iso(year, month, d1), _iso(year, month, d2)
        if how == "day-range-day-first":
            ends = (_rel(cand, "d1"), (_rel(cand, "d2")[0], len(cand.text)))
        else:
            ends = ((0, _rel(cand, "d1")[1]), (_rel(cand, "d2")[0], len(cand.text)))
        parts = tuple(Part(a, b, v, "day") for (a, b), v in zip(ends, (left, right), strict=True))
        return Reading(rule, "interval", None, f"{left}/{right}", parts=parts)
    if how == "year-range":
        y1 = int(g["y1"])
        key = "y2" if "y2" in g else "y3"
        y2 = _expand_year(y1, g[key])
        if not y1 < y2 <= y1 + 100:
            return None
        parts = (Part(*_rel(cand, "y1"), f"{y1:04d}", "year"), Part(*_rel(cand, key), f"{y2:04d}", "year"))
        return Reading(rule, "interval", None, f"{y1}/{y2}", parts=parts)
    if how == "era-range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        bc = meanings.era[fold(g["era"])] == "BC"
        if y1 == 0 or y2 == 0 or not (y1 > y2 if bc else y1 < y2):
            return None
        v1, v2 = _year_iso(-y1 if bc else y1), _year_iso(-y2 if bc else y2)
        parts = (Part(*_rel(cand, "y1"), v1, "year"), Part(_rel(cand, "y2")[0], len(cand.text), v2, "year"))
        return Reading(rule, "interval", None, f"{v1}/{v2}", parts=parts)
    if how == "era-year":
        n = int(g.get("eyear") or g["eyear1"])
        era = meanings.era[fold(g.get("era") or g["era1"])]
        if n == 0:
            return None
        return Reading(rule, "year", mod, _year_iso(-n if era == "BC" else n))
    if how == "short-year":
        rel = Relative("anaphoric", "era_year", count=int(g["syear"]))
        return Reading(rule, "year", mod, relative=rel)
    if how == "era-decade":
        n = int(g["bdec"])
        bc = meanings.era[fold(g["era"])] == "BC"
        return Reading(rule, "decade", mod, ("BC" if bc else "") + f"{n // 10:03d}X")
    if how == "clock":
        hour = int(g.get("hh") or g["hh2"])
        minute = int(g.get("mm") or g.get("mm2") or 0)
        # "3 p.m." is 15:00, "12 a.m." is 00:00: a 12-hour time counts from its half's start.
        half = meanings.half_day.get(fold(g.get("ampm") or g.get("suf") or ""))
        if half is not None and hour <= 12:
            hour = hour % 12 + half
        rel = Relative("anaphoric", "clock", hour=hour, minute=minute)
        return Reading(rule, "time", None, relative=rel, kind="time")
    if how == "daypart":
        offset = meanings.anaphoric[fold(g["ana"])]
        rel = Relative("anaphoric", "daypart", offset=offset, code=meanings.daypart[fold(g["dp"])])
        return Reading(rule, "time", mod, relative=rel, kind="time")
    if how == "duration":
        unit = meanings.unit[fold(g["unit"])]
        n = "X" if "vague" in g else str(_count(g["count"], grammar))
        letter = _DURATION_UNIT[unit]
        value = f"PT{n}{letter}" if unit == "hour" else f"P{n}{letter}"
        return Reading(rule, "duration", None, value, kind="duration")
    if how == "set":
        return Reading(rule, "set", None, meanings.set_word[fold(g["setw"])], kind="set")
    if how == "reference":
        return Reading(rule, "reference", None, meanings.reference[fold(g["ref"])], kind="reference")
    if how == "iso-day":
        year, month, day = int(g["year"]), int(g["mm"]), int(g["dd"])
        return Reading(rule, "day", mod, _iso(year, month, day)) if _valid(year, month, day) else None
    if how == "numeric-day":
        parsed = _parse_numeric(g["numeric"])
        return None if parsed is None else Reading(rule, "day", mod, parsed)
    if how == "full-date":
        year, month, day = int(g["year"]), meanings.month[fold(g["mon"])], _day(g["day"])
        return Reading(rule, "day", mod, _iso(year, month, day)) if _valid(year, month, day) else None
    if how == "month-year":
        return Reading(rule, "month", mod, f"{int(g['year']):04d}-{meanings.month[fold(g['mon'])]:02d}")
    if how == "day-month":
        month, day = meanings.month[fold(g["mon"])], _day(g["day"])
        if not _valid(2000, month, day):  # a leap year, so 29 February stands
            return None
        return Reading(rule, "day", mod, relative=Relative("anaphoric", "monthday", month=month, day=day))
    if how == "bare-month":
        month = meanings.month[fold(g["mon"])]
        return Reading(rule, "month", mod, relative=Relative("anaphoric", "month", month=month))
    if how == "season-year":
        return Reading(rule, "season", mod, f"{int(g['year']):04d}-{meanings.season[fold(g['season'])]}")
    if how == "bare-season":
        code = meanings.season[fold(g["season"])]
        return Reading(rule, "season", mod, relative=Relative("anaphoric", "season", season=code))
    if how == "century":
        if "hundreds" in g:
            first = int(g["hundreds"])
        else:
            ordinal = fold(g["ord"])
            n = meanings.ordinal.get(ordinal) or int(re.sub(r"\D", "", ordinal))
            first = n - 1
        bc = "era" in g and meanings.era[fold(g["era"])] == "BC"
        return Reading(rule, "century", mod, ("BC" if bc else "") + f"{first:02d}XX")
    if how == "decade":
        return Reading(rule, "decade", mod, _decade(g, grammar))
    if how == "year":
        return Reading(rule, "year", mod, f"{int(g['year']):04d}")
    if how in ("anaphoric-period", "deictic-period", "same-period"):
        return _relative_period(rule, how, g, mod, grammar)
    if how == "shift":
        unit = meanings.unit[fold(g["unit"])]
        sign, scope = meanings.direction[fold(g["dir"])]
        count = _count(g["count"], grammar)
        rel = Relative(scope, "shift", unit=unit, offset=sign, count=count)  # type: ignore[arg-type]
        return Reading(rule, _SHIFT_GRANULARITY[unit], mod, relative=rel)
    if how == "past-span":
        unit = meanings.unit[fold(g["unit"])]
        count = _count(g["count"], grammar) if "count" in g else 1
        return Reading(rule, "interval", None, relative=Relative("deictic", "past", unit=unit, count=count))
    raise AssertionError(
        f"reading {how!r} of rule {rule!r} has no interpretation"
    )  # a grammar/normalize mismatch is a bug


def _modifier(g: dict[str, str], grammar: Grammar) -> str | None:
    # One modifier: relation > "onward" > position > approximation.
    m = grammar.lexicon.meanings
    if "rel" in g:
        return m.relation[fold(g["rel"])]
    if "onward" in g:
        return m.onward[fold(g["onward"])]
    pos = g.get("pos") or g.get("pos2")
    if pos is not None:
        return m.position[fold(pos)]
    if "approx" in g:
        return m.approx[fold(g["approx"])]
    return None


def _relative_period(
    rule: str, how: str, g: dict[str, str], mod: str | None, grammar: Grammar
) -> Reading | None:
    m = grammar.lexicon.meanings
    if how == "anaphoric-period":
        scope, offset = "anaphoric", m.anaphoric[fold(g["ana"])]
    elif how == "deictic-period":
        scope, offset = "deictic", m.deictic[fold(g["dei"])]
    else:
        scope, offset = "anaphoric", 0
    word = fold(g["unit"])
    if word in m.unit:
        unit = m.unit[word]
        if unit == "week":
            return None  # no week granularity in the vocabulary
        rel = Relative(scope, "period", unit=unit, offset=offset)  # type: ignore[arg-type]
        return Reading(rule, _UNIT_GRANULARITY[unit], mod, relative=rel)
    if word in m.month:
        rel = Relative(scope, "month", offset=offset, month=m.month[word])  # type: ignore[arg-type]
        return Reading(rule, "month", mod, relative=rel)
    rel = Relative(scope, "season", offset=offset, season=m.season[word])  # type: ignore[arg-type]
    return Reading(rule, "season", mod, relative=rel)


def _range(cand: Candidate, grammar: Grammar) -> Reading | None:
    g = cand.groups
    right = _sub_point(g["right"], grammar)
    left = _sub_point(g["left"], grammar)
    if right is None or left is None or right.year is None:
        return None
    # "March-May 2011", "11 to 13 December 2007": the left side borrows what it leaves out.
    if left.year is None:
        left.year = right.year
        if left.month is None and left.season is None and left.day is not None:
            left.month = right.month
    if left.month is not None and left.day is not None and not _valid(left.year, left.month, left.day):
        return None
    if left.month is None and left.day is not None:
        return None
    if not left.key() < right.key():
        return None
    lv, rv = left.iso(), right.iso()
    assert lv is not None and rv is not None
    parts = (
        Part(*_rel(cand, "left"), lv, _point_granularity(left)),
        Part(*_rel(cand, "right"), rv, _point_granularity(right)),
    )
    return Reading(cand.rule, "interval", None, f"{lv}/{rv}", parts=parts)


def _rel(cand: Candidate, group: str) -> tuple[int, int]:
    """A named group's offsets relative to the candidate's start, stripped of spaces."""
    start, end = cand.spans[group]
    text = cand.text[start - cand.start : end - cand.start]
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return start - cand.start + lead, end - cand.start - trail


def _year_iso(year: int) -> str:
    """A year as TimeML writes it: ``0499``, and ``BC0499`` for years before Christ (negative)."""
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def _add_years(year: int, n: int) -> int:
    """``year`` moved by ``n`` years (negative years are BC; there is no year 0)."""
    astro = year + 1 if year < 0 else year
    astro += n
    return astro - 1 if astro <= 0 else astro


_DURATION_UNIT = {
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}


def _sub_point(text: str, grammar: Grammar) -> _Point | None:
    """A side of a range as a calendar point (year may be missing)."""
    text = text.strip()
    if text.isdigit() and len(text) <= 2:
        return _Point(day=int(text))
    if re.fullmatch(r"\d\d?" + grammar.ordinal_ending, text):
        return _Point(day=_day(text))
    cand = grammar.parse(text)
    if cand is None:
        return None
    g, m = cand.groups, grammar.lexicon.meanings
    year = int(g["year"]) if "year" in g else None
    month = m.month[fold(g["mon"])] if "mon" in g else None
    day = _day(g["day"]) if "day" in g else None
    if cand.reading in ("full-date", "month-year", "year", "day-month"):
        if cand.groups.keys() & {"rel", "approx", "pos", "onward"}:
            return None
        if year is not None and month is not None and day is not None and not _valid(year, month, day):
            return None
        return _Point(year=year, month=month, day=day)
    if cand.reading == "bare-month" and not g.keys() - {"mon"}:
        return _Point(month=month)
    if cand.reading == "season-year" and not g.keys() - {"season", "year"}:
        return _Point(year=year, season=m.season[fold(g["season"])])
    return None


def _point_granularity(p: _Point) -> str:
    if p.season is not None:
        return "season"
    return "year" if p.month is None else "month" if p.day is None else "day"


def _decade(g: dict[str, str], grammar: Grammar) -> str:
    if "dec" in g:
        start = int(g["dec"])
    elif "dec2" in g:
        tens = int(g["dec2"])
        start = (2000 if tens < 20 else 1900) + tens  # '00s, '10s are this century
    else:
        start = grammar.lexicon.meanings.decade_word[fold(g["decw"])]
    return f"{start // 10:03d}X"


def _count(word: str, grammar: Grammar) -> int:
    return int(word) if word.isdigit() else grammar.lexicon.meanings.count[fold(word)]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _expand_year(y1: int, text: str) -> int:
    # "1979-89" -> 1989; "1998-02" -> 2002 (the next century when it would go back).
    if len(text) == 4:
        return int(text)
    y2 = y1 // 100 * 100 + int(text)
    return y2 + 100 if y2 <= y1 else y2


def _valid(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12:
        return False
    length = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
    return 1 <= day <= length


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


@cache
def _date_parser() -> Any:
    # Built once, lazily: importing dateparser costs ~0.1 s and is rarely needed.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": _DATEPARSER_BASE,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "MDY",
            "PREFER_LOCALE_DATE_ORDER": False,
            "PARSERS": ["absolute-time"],
        },
    )


def _parse_numeric(text: str) -> str | None:
    """A numeric day ("12/11/2007") through dateparser; only these short strings reach it."""
    data = _date_parser().get_date_data(text)
    return None if data.date_obj is None else data.date_obj.date().isoformat()


# -- anchoring --------------------------------------------------------------

_ANCHOR = re.compile(r"(BC)?(\d{4})(?:-(\d\d)(?:-(\d\d))?|-(SP|SU|FA|WI))?(?:T.*)?")
_DECADE_ANCHOR = re.compile(r"(\d{3})X")


def parse_anchor(anchor: str | None) -> _Point | None:
    """An ISO anchor as a calendar point; None if it is absent or not a date."""
    if not anchor:
        return None
    m = _ANCHOR.fullmatch(anchor.strip())
    if m is not None:
        bc, year, month, day, season = m.groups()
        return _Point(
            year=-int(year) if bc else int(year),
            month=int(month) if month else None,
            day=int(day) if day else None,
            season=season,
            decade=int(year) // 10 * 10,
        )
    d = _DECADE_ANCHOR.fullmatch(anchor.strip())
    return _Point(decade=int(d.group(1)) * 10) if d else None


def apply_anchor(rel: Relative, anchor: str | None) -> str | None:
    """The ISO value of ``rel`` against ``anchor``; None if the anchor is missing or too coarse."""
    a = parse_anchor(anchor)
    if rel.op == "era_year":
        # A three-digit year after a date BC is BC too; elsewhere it is left unread.
        return _year_iso(-rel.count) if a is not None and a.year is not None and a.year < 0 else None
    if rel.op in ("clock", "daypart"):
        return _time_of_day(rel, a)
    if a is None:
        return None
    if rel.op == "period":
        return _period(rel, a)
    if a.year is None:
        return None
    if rel.op == "month":
        assert rel.month is not None
        shift = _direction(rel.offset, rel.month, a.month) if rel.offset else _roll_over(rel.month, a.month)
        return f"{_year_iso(_add_years(a.year, shift))}-{rel.month:02d}"
    if rel.op == "season":
        assert rel.season is not None
        current = _SEASON_ORDER.get(a.season or "") or _season_of_month(a.month)
        year = _add_years(a.year, _direction(rel.offset, _SEASON_ORDER[rel.season], current))
        return f"{_year_iso(year)}-{rel.season}"
    if rel.op == "monthday":
        assert rel.month is not None and rel.day is not None
        year = _add_years(a.year, _roll_over(rel.month, a.month))
        return (
            f"{_year_iso(year)}-{rel.month:02d}-{rel.day:02d}" if _valid(year, rel.month, rel.day) else None
        )
    if rel.op == "shift":
        return _shift(rel, a)
    return _past(rel, a)


def _roll_over(target: int, current: int | None) -> int:
    """1 when a yearless month is a short step (at most two months) ahead across the new year.

    Narratives move forward: "in December 1903 ... on 9 January" is January
    1904, while "in May 2014 ... in March" stays in 2014 (a look back).
    """
    if current is None or target >= current:
        return 0
    return 1 if target + 12 - current <= 2 else 0


def _time_of_day(rel: Relative, a: _Point | None) -> str:
    """A clock time or part of day on the anchor's day (shifted by ``offset`` days), else an unknown day."""
    day = "XXXX-XX-XX"
    if a is not None and a.year is not None and a.year > 0 and a.month is not None and a.day is not None:
        day = (dt.date(a.year, a.month, a.day) + dt.timedelta(days=rel.offset)).isoformat()
    if rel.op == "clock":
        return f"{day}T{rel.hour:02d}:{rel.minute:02d}"
    return f"{day}T{rel.code}"


def _direction(offset: int, target: int, current: int | None) -> int:
    """Years to add to reach the named month/season ``target`` before/at/after ``current``."""
    if offset == 0:
        return 0
    if current is None:
        return offset  # a year-only anchor: "the following January" is next year's
    if offset > 0:
        return 0 if target > current else 1
    return 0 if target < current else -1


def _season_of_month(month: int | None) -> int | None:
    if month is None:
        return None
    return {12: 4, 1: 4, 2: 4}.get(month) or (month - 3) // 3 + 1


def _period(rel: Relative, a: _Point) -> str | None:
    if rel.unit == "decade":
        return None if a.decade is None else f"{(a.decade + 10 * rel.offset) // 10:03d}X"
    if rel.unit == "year":
        return None if a.year is None else _year_iso(_add_years(a.year, rel.offset))
    if rel.unit == "month":
        if a.year is None or a.month is None:
            return None
        y, mo = _add_months(a.year, a.month, rel.offset)
        return f"{y:04d}-{mo:02d}"
    if rel.unit == "day":
        if a.year is None or a.year < 1 or a.month is None or a.day is None:
            return None
        return (dt.date(a.year, a.month, a.day) + dt.timedelta(days=rel.offset)).isoformat()
    return None


def _shift(rel: Relative, a: _Point) -> str | None:
    n = rel.count * rel.offset
    assert a.year is not None
    if rel.unit in ("year", "decade"):
        return _year_iso(_add_years(a.year, n * (10 if rel.unit == "decade" else 1)))
    if rel.unit == "month":
        if a.month is None:
            return None
        y, mo = _add_months(a.year, a.month, n)
        return f"{y:04d}-{mo:02d}"
    if a.month is None or a.day is None or a.year < 1:
        return None
    days = n * (7 if rel.unit == "week" else 1)
    return (dt.date(a.year, a.month, a.day) + dt.timedelta(days=days)).isoformat()


def _past(rel: Relative, a: _Point) -> str | None:
    assert a.year is not None
    if a.year < 1:
        return None
    if rel.unit in ("year", "decade"):
        return f"{a.year - rel.count * (10 if rel.unit == 'decade' else 1):04d}/{a.year:04d}"
    if rel.unit == "month":
        if a.month is None:
            return None
        y, mo = _add_months(a.year, a.month, -rel.count)
        return f"{y:04d}-{mo:02d}/{a.year:04d}-{a.month:02d}"
    if a.month is None or a.day is None:
        return None
    end = dt.date(a.year, a.month, a.day)
    start = end - dt.timedelta(days=rel.count * (7 if rel.unit == "week" else 1))
    return f"{start.isoformat()}/{end.isoformat()}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1
