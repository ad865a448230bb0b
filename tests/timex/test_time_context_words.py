"""The context words the time grammar's checks read are time-lexicon records
(``models/timex/lexicon.jsonl``): a grammar built over a lexicon without the word decides
otherwise; and its rules are records of ``models/timex/grammar.jsonl``, each reading its
examples. The grammar helpers are the ones of test_grammar_words.py, the first table of
such words."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefextract.errors import RuleFileError
from briefextract.timex.grammar import FRAGMENT, Grammar, Rule, default_grammar, default_rules, load_rules
from briefextract.timex.normalize import read
from briefextract.timex.time_lexicon import Lexicon, default_lexicon
from tests.timex.test_grammar_words import found, without


@pytest.mark.parametrize(
    ("label", "form", "text", "date"),
    [
        ("ARTICLE", "the", "It grew after the 2011 fighters left.", "2011"),
        ("ARTICLE", "The", "The winter offensive failed.", "The winter"),
        ("SEASON_EVENT_PHRASE", "fall of", "The fall of Velmora shocked the army.", "The fall"),
        ("RELATIVE_PRONOUN", "that", "Grievances that spring from poverty grew.", "that spring"),
        ("DIRECTION_PREPOSITION", "on", "He served a day on the front.", "a day on"),
        ("NOT_SHORT_YEAR_NEXT", "of", "The siege lasted until 480 of the era.", "480"),
        ("POSSESSIVE", "'s", "It happened in May's government.", "May"),
    ],
    ids=[
        "article-before-year",
        "article-opening-season",
        "season-event",
        "relative-pronoun",
        "direction-preposition",
        "short-year-of",
        "possessive",
    ],
)
def test_a_context_word_is_read_from_the_lexicon(label: str, form: str, text: str, date: str) -> None:
    with_word = date in found(default_grammar(), text)
    assert with_word != (date in found(without(label, form), text)), (
        found(default_grammar(), text),
        found(without(label, form), text),
    )


# --- the grammar's rules are records (models/timex/grammar.jsonl) ------------------------


def _rules() -> list[Rule]:
    return [r for r in default_rules() if r.label != FRAGMENT]


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_every_grammar_rule_reads_its_examples_whole(rule: Rule) -> None:
    assert rule.examples, rule.id
    for example in rule.examples:
        read = default_grammar().parse(example)
        assert read is not None and read.rule == rule.id, (example, read and read.rule)


def test_the_rules_are_the_file_in_file_order() -> None:
    assert [r.id for r in default_grammar().rules] == [r.id for r in _rules()]
    # A rule left out of the records is read no more.
    records = [r for r in default_rules() if r.id != "range_between"]
    text = "They fought between 2003 and 2011."
    assert found(default_grammar(), text) == ["between 2003 and 2011"]
    assert "between 2003 and 2011" not in found(Grammar(default_lexicon(), records), text)


def test_a_fragment_is_a_named_piece_later_records_use() -> None:
    # The day fragment with no ordinal endings: "the 11th of December" is no date any more.
    records = [
        r.model_copy(update={"template": "(?:3[01]|[12]\\d|0?[1-9])"}) if r.id == "DAY" else r
        for r in default_rules()
    ]
    assert default_grammar().parse("the 11th of December") is not None
    assert Grammar(default_lexicon(), records).parse("the 11th of December") is None


def test_the_grammar_file_validates_strictly(tmp_path: Path) -> None:
    bad = tmp_path / "grammar.jsonl"
    bad.write_text('{"id": "x", "label": "DATE", "template": "x", "comment": "c", "extra": 1}\n')
    with pytest.raises(RuleFileError):
        load_rules(bad)


@pytest.mark.parametrize(
    ("text", "hour"),
    [("3 p.m.", 15), ("12 p.m.", 12), ("12 a.m.", 0), ("10 a.m.", 10), ("19:00 hrs", 19), ("13:00 am", 13)],
    ids=["pm", "noon", "midnight", "am", "24-hour", "past-twelve"],
)
def test_a_twelve_hour_time_counts_from_its_half_of_the_day(text: str, hour: int) -> None:
    reading = read(text)
    assert reading is not None and reading.relative is not None
    assert reading.relative.hour == hour


def test_the_half_of_the_day_is_the_lexicons() -> None:
    # Without the afternoon record, "p.m." is no clock word at all.
    records = [r for r in default_lexicon().records if r.id != "clock.pm"]
    grammar = Grammar(Lexicon(tuple(records)))
    assert found(default_grammar(), "It ended at 3 p.m. sharp.") == ["3 p.m."]
    assert "3 p.m." not in found(grammar, "It ended at 3 p.m. sharp.")
