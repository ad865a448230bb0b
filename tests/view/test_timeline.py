"""Time values placed on the timeline: a day is a point, coarser values are bars."""

from __future__ import annotations

import pytest

from briefextract.view.timeline import time_extent

CASES = [
    ("2007", (2007.0, 2008.0)),
    ("2007-12", (2007 + 11 / 12, 2008.0)),
    ("199X", (1990.0, 2000.0)),
    ("19XX", (1900.0, 2000.0)),
    ("1979/1989", (1979.0, 1990.0)),
    ("1975-02/1975-03", (1975 + 1 / 12, 1975 + 3 / 12)),
    ("2012-SU", (2012.5, 2012.75)),
]


@pytest.mark.parametrize(("value", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bars(value: str, expected: tuple[float, float]) -> None:
    extent = time_extent(value)
    assert extent is not None and not extent.is_point
    assert extent.start == pytest.approx(expected[0])
    assert extent.end == pytest.approx(expected[1])


def test_day_is_a_point_inside_its_year() -> None:
    extent = time_extent("2006-09-11")
    assert extent is not None and extent.is_point
    assert 2006.69 < extent.start < 2006.70


@pytest.mark.parametrize("value", [None, "", "2007-13", "2007-02-30", "soon", "2010/2001"])
def test_unreadable_values_are_not_placed(value: str | None) -> None:
    assert time_extent(value) is None
