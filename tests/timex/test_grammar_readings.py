"""How a time-grammar match is read is its record's ``reading`` field, never its id: a grammar
whose rule ids are all renamed reads, checks and anchors every expression the same way, and a
rule record without a reading does not load."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from briefextract.timex.anchoring import records
from briefextract.timex.grammar import FRAGMENT, Grammar, Rule, default_rules
from briefextract.timex.normalize import interpret, read
from briefextract.timex.time_lexicon import default_lexicon

SENTENCES = [
    "The siege lasted until 480, when the city fell.",
    "May's government fell in May, and in the spring of 1990 talks began.",
    "They planned a March offensive; that spring the front moved two years on.",
    "Between 3 and 5 June 1999 the column advanced; from 1990 to 1994 it held the valley.",
    "The war ran from 1990 onwards; a year later, in the following month, the truce broke.",
    "Its winter was hard. Over the past decade the group grew, and later that year it split.",
]


def renamed() -> Grammar:
    rules = [
        r if r.label == FRAGMENT else r.model_copy(update={"id": f"renamed_{k}"})
        for k, r in enumerate(default_rules())
    ]
    return Grammar(default_lexicon(), rules)


def _without_rule(value: object) -> object:
    return {k: v for k, v in vars(value).items() if k != "rule"}


def test_every_rule_has_a_reading_and_no_fragment_has_one() -> None:
    for r in default_rules():
        assert (r.reading is None) == (r.label == FRAGMENT), r.id


def test_a_rule_without_a_reading_does_not_load() -> None:
    rule = next(r for r in default_rules() if r.label != FRAGMENT)
    with pytest.raises(ValidationError):
        Rule.model_validate(rule.model_dump(exclude={"reading"}))
    fragment = next(r for r in default_rules() if r.label == FRAGMENT)
    with pytest.raises(ValidationError):
        Rule.model_validate({**fragment.model_dump(), "reading": "year"})


def test_renamed_rules_read_every_example_the_same() -> None:
    default, other = Grammar(default_lexicon()), renamed()
    for r in default_rules():
        for text in r.examples:
            a, b = read(text, default), read(text, other)
            assert (a is None) == (b is None), text
            if a is not None and b is not None:
                assert _without_rule(a) == _without_rule(b), text
                assert a.read_as == r.reading


@pytest.mark.parametrize("text", SENTENCES)
def test_renamed_rules_scan_check_and_anchor_the_same(text: str) -> None:
    out = []
    for g in (Grammar(default_lexicon()), renamed()):
        found = g.scan(text, lambda cand, g=g: interpret(cand, g))
        out.append(
            [{k: v for k, v in rec.items() if k != "rule"} for rec in records(text, found, "2015-03-01", g)]
        )
    assert out[0] == out[1]


def test_a_range_side_reads_its_ordinal_ending_from_the_grammar() -> None:
    # "the 3rd" alone, as one side of a range, is a day by the ORDINAL_ENDING fragment.
    from briefextract.timex.normalize import _sub_point

    grammar = Grammar(default_lexicon(), default_rules())
    point = _sub_point("3rd", grammar)
    assert point is not None and point.day == 3
    only_th = [
        r.model_copy(update={"template": "(?:th)"}) if r.id == "ORDINAL_ENDING" else r
        for r in default_rules()
    ]
    narrow = Grammar(default_lexicon(), only_th)
    fifth = _sub_point("5th", narrow)
    assert fifth is not None and fifth.day == 5
    assert _sub_point("3rd", narrow) is None
