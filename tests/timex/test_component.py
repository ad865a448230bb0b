"""The briefextract_times component on a blank English pipeline (no statistical model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.extensions import SPAN_GROUP_TIMES
from briefextract.timex.time_tagger import TimeTagger

TEXT = (
    "In 2007 KFEH bombed the UN headquarters in Korvath. The following January it struck again. "
    "KFEH may have expanded its capacity with 9,754 fighters [12]. Since September 2014 it has "
    "waned; last year it split."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("briefextract_times")
    return pipeline


def _rows(doc: Doc) -> list[tuple[str, str | None, str, str | None]]:
    return [
        (s.text, s._.bx_time["value"], s._.bx_time["granularity"], s._.bx_time["modifier"])
        for s in doc.spans[SPAN_GROUP_TIMES]
    ]


def test_writes_span_group(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc._.bx_document_date = "2015-03-27"
    doc = nlp(doc)
    assert _rows(doc) == [
        ("2007", "2007", "year", None),
        ("The following January", "2008-01", "month", None),
        ("Since September 2014", "2014-09", "month", "ON_OR_AFTER"),
        ("last year", "2014", "year", None),
    ]
    spans = doc.spans[SPAN_GROUP_TIMES]
    assert [s.label_ for s in spans] == ["year", "month", "month", "year"]
    assert [s.id_ for s in spans] == ["year", "rel_anaphoric", "month_year", "rel_deictic"]
    following = spans[1]._.bx_time
    assert following["anchor"] == "2007"
    assert following["span"] == {
        "start": following["span"]["start"],
        "end": following["span"]["end"],
        "text": "The following January",
    }
    assert TEXT[following["span"]["start"] : following["span"]["end"]] == "The following January"
    assert spans[3]._.bx_time["anchor"] == "2015-03-27"


def test_values_are_json_able(nlp: Language) -> None:
    import json

    doc = nlp(TEXT)
    for span in doc.spans[SPAN_GROUP_TIMES]:
        assert json.loads(json.dumps(span._.bx_time)) == span._.bx_time


def test_no_document_date_leaves_relative_unresolved(nlp: Language) -> None:
    doc = nlp("That year the group formed. A year later, last year and this year it split.")
    values = [s._.bx_time["value"] for s in doc.spans[SPAN_GROUP_TIMES]]
    assert len(values) == 4
    assert values == [None, None, None, None]
    assert str(dt.date.today().year) not in [str(v) for v in values]


def test_runs_are_identical(nlp: Language) -> None:
    doc1, doc2 = nlp(TEXT), nlp(TEXT)
    first = [s._.bx_time for s in doc1.spans[SPAN_GROUP_TIMES]]
    second = [s._.bx_time for s in doc2.spans[SPAN_GROUP_TIMES]]
    assert first == second


def test_tagged_modal_may_is_dropped(nlp: Language) -> None:
    doc = nlp.make_doc("By May the group had split.")
    assert _rows(nlp(doc))[0][0] == "May"
    tagged = nlp.make_doc("In May have they split.")
    for token in tagged:
        token.tag_ = "MD" if token.text == "May" else "NN"
    assert _rows(nlp(tagged)) == []


def test_disk_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "briefextract_times" / "lexicon.jsonl").is_file()
    assert _rows(loaded(TEXT)) == _rows(nlp(TEXT))


def test_initialize_reloads_lexicon(nlp: Language) -> None:
    tagger = nlp.get_pipe("briefextract_times")
    assert isinstance(tagger, TimeTagger)
    before = tagger.grammar
    tagger.initialize(lambda: [], nlp=nlp)
    assert tagger.grammar is not before
    assert _rows(nlp("In 2007 it formed."))[0][1] == "2007"


def test_a_range_and_its_ends_keep_their_own_records(nlp: Language) -> None:
    # The range and both ends cover the same token; values assigned to Span._ would be
    # shared by all three (spaCy keys them by offsets), so the range's value was lost.
    doc = nlp("The 1979–1989 war ended.")
    spans = doc.spans[SPAN_GROUP_TIMES]
    assert len({(s.start, s.end) for s in spans}) == 1
    assert [(s._.bx_time["kind"], s._.bx_time["value"]) for s in spans] == [
        ("date", "1979/1989"),
        ("range_part", "1979"),
        ("range_part", "1989"),
    ]


DATED = "Kestrel Front\nUpdated May 12, 2015\n\nThe Kestrel Front split last year."


def test_the_dateline_becomes_the_document_date_and_anchors_relative_dates(nlp: Language) -> None:
    doc = nlp(DATED)
    assert doc._.bx_document_date == "2015-05-12"
    assert _rows(doc)[-1] == ("last year", "2014", "year", None)


def test_a_date_the_caller_gives_wins_over_the_dateline(nlp: Language) -> None:
    doc = nlp.make_doc(DATED)
    doc._.bx_document_date = "2019-01-01"
    assert _rows(nlp(doc))[-1] == ("last year", "2018", "year", None)


def test_a_piece_of_a_longer_text_is_not_searched_for_a_dateline(nlp: Language) -> None:
    doc = nlp.make_doc(DATED)
    doc._.bx_piece_start = 40_000
    doc = nlp(doc)
    assert doc._.bx_document_date is None
    assert _rows(doc)[-1] == ("last year", None, "year", None)
