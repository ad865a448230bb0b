"""normalize(text, anchor) from a table written from general English usage.

Each row: expression, anchor (None = no anchor), expected value, granularity,
modifier. Relative forms appear with and without anchors; without one, and with
one too coarse for them, the value is None (never today's date).
"""

from __future__ import annotations

import pytest

from briefextract.timex import normalize

D = "2015-03-27"  # a day-precise anchor (a document date)

# fmt: off
TABLE: list[tuple[str, str | None, str | None, str, str | None]] = [
    # --- days
    ("11 December 2007", None, "2007-12-11", "day", None),
    ("December 11, 2007", None, "2007-12-11", "day", None),
    ("Dec. 11, 2007", None, "2007-12-11", "day", None),
    ("Dec 11, 2007", None, "2007-12-11", "day", None),
    ("December 11 2007", None, "2007-12-11", "day", None),
    ("11th December 2007", None, "2007-12-11", "day", None),
    ("the 11th of December, 2007", None, "2007-12-11", "day", None),
    ("Tuesday, 11 December 2007", None, "2007-12-11", "day", None),
    ("Tuesday, December 11, 2007", None, "2007-12-11", "day", None),
    ("2007-12-11", None, "2007-12-11", "day", None),
    ("1 January 2013", None, "2013-01-01", "day", None),
    ("January 1st, 2013", None, "2013-01-01", "day", None),
    ("3 Sept. 2009", None, "2009-09-03", "day", None),
    ("Sep 3, 2009", None, "2009-09-03", "day", None),
    ("29 February 2012", None, "2012-02-29", "day", None),
    ("12/11/2007", None, "2007-12-11", "day", None),
    ("3/25/2015", None, "2015-03-25", "day", None),
    ("9/11", None, "2001-09-11", "day", None),
    ("7/7", None, "2005-07-07", "day", None),
    ("on 11 December 2007", None, "2007-12-11", "day", None),
    ("May 5, 2013", None, "2013-05-05", "day", None),
    ("14 July 1789", None, "1789-07-14", "day", None),
    # --- days without a year: the anchor's year
    ("11 December", "2007", "2007-12-11", "day", None),
    ("December 11", "2007-03", "2007-12-11", "day", None),
    ("on 3 May", "2014-01-20", "2014-05-03", "day", None),
    ("11 December", None, None, "day", None),
    ("29 February", "2013", None, "day", None),
    # --- months
    ("December 2007", None, "2007-12", "month", None),
    ("Dec. 2007", None, "2007-12", "month", None),
    ("December, 2007", None, "2007-12", "month", None),
    ("December of 2007", None, "2007-12", "month", None),
    ("May 2014", None, "2014-05", "month", None),
    ("Jan 2013", None, "2013-01", "month", None),
    ("in March 2011", None, "2011-03", "month", None),
    ("December", "2007", "2007-12", "month", None),
    ("in December", "2007-03-02", "2007-12", "month", None),
    ("May", "2014", "2014-05", "month", None),
    ("December", None, None, "month", None),
    ("in June", None, None, "month", None),
    # --- seasons
    ("summer 2009", None, "2009-SU", "season", None),
    ("the summer of 2009", None, "2009-SU", "season", None),
    ("the spring of 2011", None, "2011-SP", "season", None),
    ("spring 2011", None, "2011-SP", "season", None),
    ("autumn 2012", None, "2012-FA", "season", None),
    ("fall 2014", None, "2014-FA", "season", None),
    ("the fall of 2014", None, "2014-FA", "season", None),
    ("winter 2008", None, "2008-WI", "season", None),
    ("the winter of 2008\u201309", None, "2008-WI", "season", None),
    ("in the summer", "2011", "2011-SU", "season", None),
    ("the summer", "2011-05-02", "2011-SU", "season", None),
    ("the summer", None, None, "season", None),
    # --- years
    ("2007", None, "2007", "year", None),
    ("in 2007", None, "2007", "year", None),
    ("the year 2000", None, "2000", "year", None),
    ("1830", None, "1830", "year", None),
    ("2099", None, "2099", "year", None),
    # --- decades
    ("the 1990s", None, "199X", "decade", None),
    ("1990s", None, "199X", "decade", None),
    ("the 1990's", None, "199X", "decade", None),
    ("the 2000s", None, "200X", "decade", None),
    ("the 2010s", None, "201X", "decade", None),
    ("the 1960s", None, "196X", "decade", None),
    ("the '90s", None, "199X", "decade", None),
    ("the \u201980s", None, "198X", "decade", None),
    ("the '00s", None, "200X", "decade", None),
    ("the nineties", None, "199X", "decade", None),
    ("the eighties", None, "198X", "decade", None),
    # --- centuries
    ("the 19th century", None, "18XX", "century", None),
    ("the twentieth century", None, "19XX", "century", None),
    ("the 21st century", None, "20XX", "century", None),
    ("the twenty-first century", None, "20XX", "century", None),
    ("the nineteenth-century", None, "18XX", "century", None),
    ("the 7th century", None, "06XX", "century", None),
    ("the 1800s", None, "18XX", "century", None),
    ("the 1900s", None, "19XX", "century", None),
    # --- intervals
    ("1979\u20131989", None, "1979/1989", "interval", None),
    ("1979-1989", None, "1979/1989", "interval", None),
    ("1979-89", None, "1979/1989", "interval", None),
    ("1978\u201380", None, "1978/1980", "interval", None),
    ("1998\u20132002", None, "1998/2002", "interval", None),
    ("1999-00", None, "1999/2000", "interval", None),
    ("2007/08", None, "2007/2008", "interval", None),
    ("1992 to 1995", None, "1992/1995", "interval", None),
    ("from 1992 to 1995", None, "1992/1995", "interval", None),
    ("from 1992 until 1995", None, "1992/1995", "interval", None),
    ("from 2003 through 2011", None, "2003/2011", "interval", None),
    ("between 2003 and 2011", None, "2003/2011", "interval", None),
    ("Between 2003 and 2011", None, "2003/2011", "interval", None),
    ("from March to May 2011", None, "2011-03/2011-05", "interval", None),
    ("between March and June 2012", None, "2012-03/2012-06", "interval", None),
    ("from 11 to 13 December 2007", None, "2007-12-11/2007-12-13", "interval", None),
    ("from December 2007 to January 2008", None, "2007-12/2008-01", "interval", None),
    ("March\u2013May 2011", None, "2011-03/2011-05", "interval", None),
    ("December 2007\u2013January 2008", None, "2007-12/2008-01", "interval", None),
    ("11\u201313 December 2007", None, "2007-12-11/2007-12-13", "interval", None),
    ("December 11\u201313, 2007", None, "2007-12-11/2007-12-13", "interval", None),
    ("11 December 2007 \u2013 3 January 2008", None, "2007-12-11/2008-01-03", "interval", None),
    ("from 2003 to 2003", None, None, "", None),  # not an interval at all
    # --- START / MID / END
    ("early 2012", None, "2012", "year", "START"),
    ("Early 2012", None, "2012", "year", "START"),
    ("early in 2012", None, "2012", "year", "START"),
    ("the beginning of 2012", None, "2012", "year", "START"),
    ("the start of 2012", None, "2012", "year", "START"),
    ("early December 2007", None, "2007-12", "month", "START"),
    ("the early 2000s", None, "200X", "decade", "START"),
    ("the early twentieth century", None, "19XX", "century", "START"),
    ("early summer 2009", None, "2009-SU", "season", "START"),
    ("mid-2013", None, "2013", "year", "MID"),
    ("mid 2013", None, "2013", "year", "MID"),
    ("the middle of 2013", None, "2013", "year", "MID"),
    ("mid-December 2007", None, "2007-12", "month", "MID"),
    ("the mid-1990s", None, "199X", "decade", "MID"),
    ("the mid-'90s", None, "199X", "decade", "MID"),
    ("the mid-19th century", None, "18XX", "century", "MID"),
    ("late 2012", None, "2012", "year", "END"),
    ("late in 2012", None, "2012", "year", "END"),
    ("the end of 2012", None, "2012", "year", "END"),
    ("the close of 2012", None, "2012", "year", "END"),
    ("late December 2007", None, "2007-12", "month", "END"),
    ("the end of December 2007", None, "2007-12", "month", "END"),
    ("the late 1980s", None, "198X", "decade", "END"),
    ("the end of the 1990s", None, "199X", "decade", "END"),
    ("the late 20th century", None, "19XX", "century", "END"),
    ("late May", "2014", "2014-05", "month", "END"),
    # --- APPROX
    ("around 2005", None, "2005", "year", "APPROX"),
    ("about 2005", None, "2005", "year", "APPROX"),
    ("circa 1850", None, "1850", "year", "APPROX"),
    ("c. 1850", None, "1850", "year", "APPROX"),
    ("ca. 1850", None, "1850", "year", "APPROX"),
    ("approximately 2005", None, "2005", "year", "APPROX"),
    ("around March 2011", None, "2011-03", "month", "APPROX"),
    ("around the 1990s", None, "199X", "decade", "APPROX"),
    # --- BEFORE / AFTER / ON_OR_AFTER
    ("before 2001", None, "2001", "year", "BEFORE"),
    ("Before 2001", None, "2001", "year", "BEFORE"),
    ("prior to 2001", None, "2001", "year", "BEFORE"),
    ("pre-2001", None, "2001", "year", "BEFORE"),
    ("before September 2001", None, "2001-09", "month", "BEFORE"),
    ("before 11 September 2001", None, "2001-09-11", "day", "BEFORE"),
    ("pre-9/11", None, "2001-09-11", "day", "BEFORE"),
    ("after 2011", None, "2011", "year", "AFTER"),
    ("post-2011", None, "2011", "year", "AFTER"),
    ("after the 1990s", None, "199X", "decade", "AFTER"),
    ("post-9/11", None, "2001-09-11", "day", "AFTER"),
    ("since September 2014", None, "2014-09", "month", "ON_OR_AFTER"),
    ("Since 2012", None, "2012", "year", "ON_OR_AFTER"),
    ("since the 1990s", None, "199X", "decade", "ON_OR_AFTER"),
    ("since 11 December 2007", None, "2007-12-11", "day", "ON_OR_AFTER"),
    ("ever since 2003", None, "2003", "year", "ON_OR_AFTER"),
    ("since early 2012", None, "2012", "year", "ON_OR_AFTER"),
    ("since May", "2014-08", "2014-05", "month", "ON_OR_AFTER"),
    ("from 2014 onward", None, "2014", "year", "ON_OR_AFTER"),
    ("from 2014 onwards", None, "2014", "year", "ON_OR_AFTER"),
    ("2014 onwards", None, "2014", "year", "ON_OR_AFTER"),
    ("from March 2011 onward", None, "2011-03", "month", "ON_OR_AFTER"),
    ("since 9/11", None, "2001-09-11", "day", "ON_OR_AFTER"),
    # --- "by" and "until" are signals, not part of the value (see normalize.py)
    ("by 2015", None, "2015", "year", None),
    ("until 2012", None, "2012", "year", None),
    # --- anaphoric: the anchor's period
    ("that year", "2014-05-12", "2014", "year", None),
    ("that year", "2014", "2014", "year", None),
    ("That year", "2009-SU", "2009", "year", None),
    ("the same year", "2014-05", "2014", "year", None),
    ("that month", "2014-05-12", "2014-05", "month", None),
    ("the same month", "2014-05", "2014-05", "month", None),
    ("that day", "2007-12-11", "2007-12-11", "day", None),
    ("the same day", "2007-12-11", "2007-12-11", "day", None),
    ("that decade", "1994", "199X", "decade", None),
    ("that January", "2008", "2008-01", "month", None),
    ("that summer", "2006-02", "2006-SU", "season", None),
    ("that year", None, None, "year", None),
    ("that month", "2014", None, "month", None),
    ("that day", "2014-05", None, "day", None),
    # --- anaphoric: the next and previous periods
    ("the following year", "2007", "2008", "year", None),
    ("the following year", "2007-12-11", "2008", "year", None),
    ("The following year", "2007-12", "2008", "year", None),
    ("the next year", "2007", "2008", "year", None),
    ("the subsequent year", "2007", "2008", "year", None),
    ("the following month", "2007-12", "2008-01", "month", None),
    ("the next month", "2014-05-03", "2014-06", "month", None),
    ("the following day", "2007-12-31", "2008-01-01", "day", None),
    ("the next day", "2012-02-28", "2012-02-29", "day", None),
    ("the following decade", "1994", "200X", "decade", None),
    ("the following January", "2007", "2008-01", "month", None),
    ("the following January", "2007-03", "2008-01", "month", None),
    ("The following January", "2007-12-11", "2008-01", "month", None),
    ("the following June", "2007-03", "2007-06", "month", None),
    ("the following spring", "2011-07", "2012-SP", "season", None),
    ("the following summer", "2011-04", "2011-SU", "season", None),
    ("the previous year", "2007", "2006", "year", None),
    ("the preceding year", "2007-05", "2006", "year", None),
    ("the previous month", "2008-01", "2007-12", "month", None),
    ("the previous day", "2008-01-01", "2007-12-31", "day", None),
    ("the previous December", "2008-03", "2007-12", "month", None),
    ("the previous March", "2008-09", "2008-03", "month", None),
    ("the previous summer", "2008", "2007-SU", "season", None),
    ("the following year", None, None, "year", None),
    ("the following January", None, None, "month", None),
    ("the following month", "2007", None, "month", None),
    # --- inside the anchor's period (no modifier; see normalize.py)
    ("earlier that year", "2014-05", "2014", "year", None),
    ("Earlier that year", "2014-05-20", "2014", "year", None),
    ("later that year", "2014-05", "2014", "year", None),
    ("later the same year", "2014-05", "2014", "year", None),
    ("later that month", "2014-05-12", "2014-05", "month", None),
    ("earlier that month", "2014-05-12", "2014-05", "month", None),
    ("later that day", "2007-12-11", "2007-12-11", "day", None),
    ("later in the year", "2012-03", "2012", "year", None),
    ("earlier in the month", "2012-03-14", "2012-03", "month", None),
    ("earlier that year", None, None, "year", None),
    # --- positions on relative periods
    ("late that year", "2012-02", "2012", "year", "END"),
    ("early the following year", "2012-02", "2013", "year", "START"),
    ("the end of that year", "2012-02", "2012", "year", "END"),
    ("the end of the year", "2012-02", "2012", "year", "END"),
    ("the beginning of the year", "2012-09", "2012", "year", "START"),
    ("early in the year", "2012-09", "2012", "year", "START"),
    ("the middle of the month", "2012-09-30", "2012-09", "month", "MID"),
    ("the end of the decade", "1994", "199X", "decade", "END"),
    ("since that year", "2012", "2012", "year", "ON_OR_AFTER"),
    # --- counted shifts
    ("a year later", "2007", "2008", "year", None),
    ("A year later", "2007-12-11", "2008", "year", None),
    ("one year later", "2007", "2008", "year", None),
    ("two years later", "2007", "2009", "year", None),
    ("Two years later", "2007-06", "2009", "year", None),
    ("three years later", "2007", "2010", "year", None),
    ("10 years later", "2001", "2011", "year", None),
    ("a decade later", "2001", "2011", "year", None),
    ("two years earlier", "2007", "2005", "year", None),
    ("a year afterward", "2007", "2008", "year", None),
    ("six months later", "2011-10", "2012-04", "month", None),
    ("a month later", "2011-12-15", "2012-01", "month", None),
    ("three months earlier", "2011-02", "2010-11", "month", None),
    ("two days later", "2007-12-30", "2008-01-01", "day", None),
    ("two weeks later", "2007-12-11", "2007-12-25", "day", None),
    ("about two years later", "2007", "2009", "year", "APPROX"),
    ("six months later", "2011", None, "month", None),
    ("two days later", "2011-10", None, "day", None),
    ("a year later", None, None, "year", None),
    # --- deictic: against the document date
    ("last year", D, "2014", "year", None),
    ("this year", D, "2015", "year", None),
    ("next year", D, "2016", "year", None),
    ("last month", D, "2015-02", "month", None),
    ("this month", D, "2015-03", "month", None),
    ("earlier this year", D, "2015", "year", None),
    ("late last year", D, "2014", "year", "END"),
    ("last summer", D, "2014-SU", "season", None),
    ("last December", D, "2014-12", "month", None),
    ("two years ago", D, "2013", "year", None),
    ("a decade ago", D, "2005", "year", None),
    ("last year", None, None, "year", None),
    # --- the past N units: interval up to the document date
    ("the past decade", D, "2005/2015", "interval", None),
    ("the past decade", "2015", "2005/2015", "interval", None),
    ("the last decade", D, "2005/2015", "interval", None),
    ("the past two decades", D, "1995/2015", "interval", None),
    ("the past five years", D, "2010/2015", "interval", None),
    ("the past year", D, "2014/2015", "interval", None),
    ("the past six months", D, "2014-09/2015-03", "interval", None),
    ("the past decade", None, None, "interval", None),
    # --- not time expressions
    ("may", None, None, "", None),
    ("March on Washington", None, None, "", None),
    ("8:00 am", None, None, "", None),
    ("[12]", None, None, "", None),
    ("9,754", None, None, "", None),
    ("2,007", None, None, "", None),
    ("31 February 2012", None, None, "", None),
    ("12,640", None, None, "", None),
    ("the 11th Division", None, None, "", None),
    ("", None, None, "", None),
]
# fmt: on


def _id(row: tuple[str, str | None, str | None, str, str | None]) -> str:
    text, anchor = row[0], row[1]
    return f"{text or '<empty>'}@{anchor}" if anchor else (text or "<empty>")


def test_table_is_large_and_covers_the_vocabularies() -> None:
    from briefextract.schema.vocab import GRANULARITIES, TIME_MODIFIERS

    assert len(TABLE) >= 150
    assert {row[3] for row in TABLE} >= set(GRANULARITIES)
    assert {row[4] for row in TABLE} >= set(TIME_MODIFIERS)
    assert len({(row[0], row[1]) for row in TABLE}) == len(TABLE), "duplicate rows"


@pytest.mark.parametrize(
    ("text", "anchor", "value", "granularity", "modifier"), TABLE, ids=[_id(r) for r in TABLE]
)
def test_normalize(
    text: str, anchor: str | None, value: str | None, granularity: str, modifier: str | None
) -> None:
    tv = normalize(text, anchor)
    if granularity == "":
        assert tv is None
        return
    assert tv is not None, f"{text!r} was not read as a time expression"
    assert (tv.value, tv.granularity, tv.modifier) == (value, granularity, modifier)
    assert tv.text == text
    assert tv.span is None
    extra = tv.model_extra or {}
    # The anchor is recorded exactly when a relative value was resolved from it.
    if anchor is not None and value is not None and extra.get("anchor") is not None:
        assert extra["anchor"] == anchor
    if value is None:
        assert extra.get("anchor") is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [("2007", "2015"), ("December 2007", "2015"), ("the 1990s", "2015"), ("since 2012", "2015")],
    ids=["year", "month", "decade", "since"],
)
def test_absolute_values_record_no_anchor(text: str, anchor: str) -> None:
    tv = normalize(text, anchor)
    assert tv is not None
    assert (tv.model_extra or {}).get("anchor") is None


def test_relative_value_records_its_anchor() -> None:
    tv = normalize("the following January", "2007-12-11")
    assert tv is not None
    assert tv.model_extra == {"anchor": "2007-12-11", "rule": "rel_anaphoric"}
