"""find_times on sentences: what is found, what is not, and narrative anchoring."""

from __future__ import annotations

import pytest

from briefextract.timex import find_times

# (sentence, document date, [(found text, value, granularity, modifier), ...])
FOUND: list[tuple[str, str | None, list[tuple[str, str | None, str, str | None]]]] = [
    ("In 2007, KFEH bombed the UN headquarters.", None, [("2007", "2007", "year", None)]),
    ("The bombing on 11 December 2007 killed 41.", None, [("11 December 2007", "2007-12-11", "day", None)]),
    (
        "It happened on December 11, 2007, in Korvath.",
        None,
        [("December 11, 2007", "2007-12-11", "day", None)],
    ),
    (
        "During the 1979\u20131989 war the group formed.",
        None,
        [("1979\u20131989", "1979/1989", "interval", None)],
    ),
    (
        "Since September 2014 the group has grown.",
        None,
        [("Since September 2014", "2014-09", "month", "ON_OR_AFTER")],
    ),
    ("In late 2012 rebels took the north.", None, [("late 2012", "2012", "year", "END")]),
    ("It was founded in the 1990s.", None, [("the 1990s", "199X", "decade", None)]),
    ("By the mid-1990s it had split.", None, [("the mid-1990s", "199X", "decade", "MID")]),
    ("The group fought from 1992 to 1995.", None, [("from 1992 to 1995", "1992/1995", "interval", None)]),
    (
        "Fighting lasted between 2003 and 2011.",
        None,
        [("between 2003 and 2011", "2003/2011", "interval", None)],
    ),
    ("Its roots lie in the nineteenth century.", None, [("the nineteenth century", "18XX", "century", None)]),
    ("Talks resumed in the summer of 2009.", None, [("the summer of 2009", "2009-SU", "season", None)]),
    ("Before 2001, few had heard of it.", None, [("Before 2001", "2001", "year", "BEFORE")]),
    ("It grew after the 2011 war.", None, [("2011", "2011", "year", None)]),
    ("By 2015 it had 1,000 members.", None, [("2015", "2015", "year", None)]),
    ("In May the group split.", "2014-08-01", [("May", "2014-05", "month", None)]),
    ("Last year, the UN renewed the mission.", "2015-03-27", [("Last year", "2014", "year", None)]),
    (
        "Over the past decade it has changed.",
        "2015-03-27",
        [("the past decade", "2005/2015", "interval", None)],
    ),
    ("The 2008 attacks shocked Mumbai.", None, [("2008", "2008", "year", None)]),
    ("In 2013 French troops intervened.", None, [("2013", "2013", "year", None)]),
    ("The 9/11 attacks changed everything.", None, [("9/11", "2001-09-11", "day", None)]),
    ("The Arab Spring of 2011 spread.", None, [("2011", "2011", "year", None)]),
]

# Sentences in which nothing is a date.
NOT_DATES: list[str] = [
    "KFEH may have expanded its capacity.",
    "May KFEH recover?",
    "The mission has 9,754 uniformed personnel.",
    "The meeting began at 8:00 am.",
    "The group is small.[12] Its leaders fled.[PDF]",
    "It has at least 2,000 fighters.",
    "It has at least 2000 fighters.",
    "Some 1500 troops were deployed.",
    "The force numbers 2000 soldiers.",
    "UN Security Council Resolution 2085 authorised the force.",
    "He was added to the 1267 Committee list.",
    "The 12,640 refugees returned.",
    "The March 23 Movement rebelled.",
    "They will March on Washington.",
    "Theresa May spoke.",
    "The 11th Division and the 3rd Battalion moved.",
    "The fall of Mosul shocked the army.",
    "These grievances that spring from poverty persist.",
    "It cost $1500 and weighed 2000 kg.",
    "He spent a day on the front line.",
]


def _rows(text: str, date: str | None) -> list[tuple[str, str | None, str, str | None]]:
    return [(text[s:e], tv.value, tv.granularity, tv.modifier) for s, e, tv in find_times(text, date)]


@pytest.mark.parametrize(("text", "date", "expected"), FOUND, ids=[t for t, _, _ in FOUND])
def test_found(text: str, date: str | None, expected: list[tuple[str, str | None, str, str | None]]) -> None:
    assert _rows(text, date) == expected


@pytest.mark.parametrize("text", NOT_DATES, ids=NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_times(text, "2015-03-27") == []


NARRATIVE: list[tuple[str, str | None, list[tuple[str, str | None]]]] = [
    (
        "In 2007 KFEH bombed Korvath. The following January it struck again.",
        None,
        [("2007", "2007"), ("The following January", "2008-01")],
    ),
    # "earlier that year" lies inside the anchor's year: value 2014, no modifier.
    (
        "In May 2014 the group split; earlier that year its leader had died.",
        None,
        [("May 2014", "2014-05"), ("earlier that year", "2014")],
    ),
    # ... and it does not blur the anchor: "later that month" is still May.
    (
        "In May 2014 it split. Earlier that year its leader died. Later that month it regrouped.",
        None,
        [("May 2014", "2014-05"), ("Earlier that year", "2014"), ("Later that month", "2014-05")],
    ),
    # Resolved relative dates move the narrative on.
    (
        "In 2007 it formed. The following year it grew. The following year it split.",
        None,
        [("2007", "2007"), ("The following year", "2008"), ("The following year", "2009")],
    ),
    (
        "Fighting began on 11 December 2007. Two days later it ended.",
        None,
        [("11 December 2007", "2007-12-11"), ("Two days later", "2007-12-13")],
    ),
    # No preceding date: the document date anchors.
    ("That year the group was designated.", "2015-03-27", [("That year", "2015")]),
    # No date at all: unresolved, not guessed.
    (
        "That year the group was designated. A year later it split.",
        None,
        [("That year", None), ("A year later", None)],
    ),
    # Deictic forms ignore the narrative: "last year" is the writer's.
    ("In 2007 it formed. Last year it split.", "2015-03-27", [("2007", "2007"), ("Last year", "2014")]),
    ("In 2007 it formed. Last year it split.", None, [("2007", "2007"), ("Last year", None)]),
    # A year anchor is too coarse for "the following month".
    (
        "In 2007 it formed. The following month it split.",
        None,
        [("2007", "2007"), ("The following month", None)],
    ),
    (
        "In March 2008 it formed. In December it split.",
        None,
        [("March 2008", "2008-03"), ("December", "2008-12")],
    ),
    # Intervals do not anchor; the document date does.
    (
        "From 1992 to 1995 it fought. That year it won.",
        "2015",
        [("From 1992 to 1995", "1992/1995"), ("That year", "2015")],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), NARRATIVE, ids=[f"{t}@{d}" for t, d, _ in NARRATIVE])
def test_narrative_anchoring(text: str, date: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert [(r[0], r[1]) for r in _rows(text, date)] == expected


def test_anchor_is_recorded() -> None:
    found = find_times("In 2007 KFEH bombed Korvath. The following January it struck again.")
    extras = [tv.model_extra or {} for _, _, tv in found]
    assert [e.get("anchor") for e in extras] == [None, "2007"]
    assert [e.get("rule") for e in extras] == ["year", "rel_anaphoric"]


def test_spans_match_the_text() -> None:
    text = "Since September 2014, and in late 2012, and the following January."
    for start, end, tv in find_times(text):
        assert tv.span is not None
        assert (tv.span.start, tv.span.end, tv.span.text) == (start, end, text[start:end])
        assert tv.text == text[start:end]


def test_deterministic_and_not_today() -> None:
    import datetime as dt

    text = "That year it formed. A year later it split. Last year it merged. This year it won."
    first = [tv.model_dump() for _, _, tv in find_times(text)]
    assert first == [tv.model_dump() for _, _, tv in find_times(text)]
    this_year = str(dt.date.today().year)
    assert all(row["value"] is None for row in first)
    assert all(this_year not in str(row["value"]) for row in first)


def test_long_text_is_fast() -> None:
    import time

    text = ("In 2007 KFEH bombed Korvath, killing 41 people. The following January it struck again. " * 200)[
        :15000
    ]
    find_times(text)
    start = time.perf_counter()
    find_times(text, "2015-03-27")
    assert time.perf_counter() - start < 0.2  # generous bound for slow CI; the bench measures properly
