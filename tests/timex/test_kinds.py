"""scan_times: range ends, BC dates, durations, references, clock times, sets, and anchoring rules."""

from __future__ import annotations

import pytest
import spacy

from briefextract.extensions import SPAN_GROUP_TIMES
from briefextract.timex import find_times, normalize, scan_times

Row = tuple[str, str, str | None]


def _rows(text: str, date: str | None = None) -> list[Row]:
    return [(r["kind"], r["text"], r["value"]) for r in scan_times(text, date)]


def _dates(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(r["text"], r["value"]) for r in scan_times(text, date) if r["kind"] == "date"]


# (sentence, document date, expected (kind, text, value) rows)
KINDS: list[tuple[str, str | None, list[Row]]] = [
    (
        "The Velmar war lasted 1921\u201324 and ended.",
        None,
        [("date", "1921\u201324", "1921/1924"), ("range_part", "1921", "1921"), ("range_part", "24", "1924")],
    ),
    (
        "They marched from 1992 to 1995.",
        None,
        [
            ("date", "from 1992 to 1995", "1992/1995"),
            ("range_part", "1992", "1992"),
            ("range_part", "1995", "1995"),
        ],
    ),
    (
        "The siege ran 30 June\u20132 July 1899.",
        None,
        [
            ("date", "30 June\u20132 July 1899", "1899-06-30/1899-07-02"),
            ("range_part", "30 June", "1899-06-30"),
            ("range_part", "2 July 1899", "1899-07-02"),
        ],
    ),
    ("The city of Orvan fell in 412 BC.", None, [("date", "412 BC", "BC0412")]),
    ("It was founded around 70 B.C.", None, [("date", "around 70 B.C.", "BC0070")]),
    ("The 7th century BC saw it grow.", None, [("date", "The 7th century BC", "BC06XX")]),
    ("In the 330s BC the league broke up.", None, [("date", "the 330s BC", "BC033X")]),
    (
        "The truce held 355\u2013346 BC.",
        None,
        [
            ("date", "355\u2013346 BC", "BC0355/BC0346"),
            ("range_part", "355", "BC0355"),
            ("range_part", "346 BC", "BC0346"),
        ],
    ),
    ("The rebels held out for two months.", None, [("duration", "two months", "P2M")]),
    (
        "A few days passed; several years went by.",
        None,
        [("duration", "A few days", "PXD"), ("duration", "several years", "PXY")],
    ),
    (
        "It was a ten-day march by an 18 years old cadet.",
        None,
        [("duration", "ten-day", "P10D"), ("duration", "18 years old", "P18Y")],
    ),
    ("The talks took three hours.", None, [("duration", "three hours", "PT3H")]),
    (
        "The former mayor is now in exile.",
        None,
        [("reference", "former", "PAST_REF"), ("reference", "now", "PRESENT_REF")],
    ),
    (
        "Its future is unclear; it recently split.",
        None,
        [("reference", "future", "FUTURE_REF"), ("reference", "recently", "PAST_REF")],
    ),
    (
        "Patrols ran daily, with two convoys per week.",
        None,
        [("set", "daily", "XXXX-XX-XX"), ("set", "per week", "P1W")],
    ),
    (
        "On 3 May 1902 the fort fell. The guns stopped at 10:45 and again at 4 p.m.",
        None,
        [
            ("date", "3 May 1902", "1902-05-03"),
            ("time", "10:45", "1902-05-03T10:45"),
            ("time", "4 p.m.", "1902-05-03T16:00"),
        ],
    ),
    (
        "On 3 May 1902 the fort fell. That night the garrison fled.",
        None,
        [("date", "3 May 1902", "1902-05-03"), ("time", "That night", "1902-05-03TNI")],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), KINDS, ids=[t for t, _, _ in KINDS])
def test_kinds(text: str, date: str | None, expected: list[Row]) -> None:
    assert _rows(text, date) == expected


def test_range_parts_point_back_at_their_range() -> None:
    text = "The Velmar war lasted 1921\u201324 and ended."
    whole, first, second = scan_times(text)
    assert (first["part"], second["part"]) == ("start", "end")
    for part in (first, second):
        assert part["range"] == {
            "start": whole["span"]["start"],
            "end": whole["span"]["end"],
            "value": "1921/1924",
        }
        assert text[part["span"]["start"] : part["span"]["end"]] == part["text"]


def test_find_times_and_normalize_stay_dates_only() -> None:
    text = "The former chief fought for two months from 1992 to 1995, now at 10:45."
    assert [tv.value for _, _, tv in find_times(text)] == ["1992/1995"]
    assert normalize("two months") is None
    assert normalize("now") is None
    assert normalize("412 BC") is not None


NARRATIVES: list[tuple[str, str | None, list[tuple[str, str | None]]]] = [
    # Relative expressions in a narrative BC are BC; a bare three-digit year too.
    (
        "In 412 BC Orvan fell. The following year it was rebuilt. By 405 it was rich.",
        "2009-12-19",
        [("412 BC", "BC0412"), ("The following year", "BC0411"), ("405", "BC0405")],
    ),
    # Outside a narrative BC a bare three-digit number is no year.
    ("In 1890 the town had grown. In 300 households there was no water.", None, [("1890", "1890")]),
    # A date in parentheses or after "born" does not move the anchor.
    (
        "In 1907 the Velmar army advanced (its chief, born 1862, retired in 1901). That year it won.",
        None,
        [("1907", "1907"), ("1862", "1862"), ("1901", "1901"), ("That year", "1907")],
    ),
    # A month a short step ahead across the new year is in the next year; a look back stays.
    (
        "In December 1903 the siege began. On 9 January the town fell.",
        None,
        [("December 1903", "1903-12"), ("9 January", "1904-01-09")],
    ),
    (
        "In May 2014 the group split. In March it had lost its leader.",
        None,
        [("May 2014", "2014-05"), ("March", "2014-03")],
    ),
    # The writer's own time does not move the narrative.
    (
        "In August 1871 the line broke. Historians call this day the turn. On 12 August it held.",
        "2009-12-19",
        [("August 1871", "1871-08"), ("this day", "2009-12-19"), ("12 August", "1871-08-12")],
    ),
    # Months coordinated with a month, and used as modifiers.
    (
        "In 1917 the army attacked during August and September, and a March offensive followed.",
        None,
        [("1917", "1917"), ("August", "1917-08"), ("September", "1917-09"), ("March", "1917-03")],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), NARRATIVES, ids=[t for t, _, _ in NARRATIVES])
def test_narratives(text: str, date: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text, date) == expected


NOT_TIMES = [
    "The present members voted.",
    "In 300 households there was no water.",
    "They spent the night of the storm awake.",
    "The president may resign.",
]


@pytest.mark.parametrize("text", NOT_TIMES, ids=NOT_TIMES)
def test_not_times(text: str) -> None:
    assert [r for r in scan_times(text, "2015-03-27") if r["kind"] != "reference"] == []


def test_component_marks_kinds() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("briefextract_times")
    doc = nlp("From 1992 to 1995 the former chief fought for two months.")
    records = [(s.text, s._.bx_time["kind"], s._.bx_time["granularity"]) for s in doc.spans[SPAN_GROUP_TIMES]]
    assert records == [
        ("From 1992 to 1995", "date", "interval"),
        ("1992", "range_part", "year"),
        ("1995", "range_part", "year"),
        ("former", "reference", "reference"),
        ("two months", "duration", "duration"),
    ]
    event_dates = [s for s in doc.spans[SPAN_GROUP_TIMES] if s._.bx_time["kind"] == "date"]
    assert [s._.bx_time["value"] for s in event_dates] == ["1992/1995"]
