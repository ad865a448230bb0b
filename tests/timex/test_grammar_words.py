"""The context words the time grammar checks come from the time lexicon: a grammar built
over a lexicon without a word decides otherwise."""

from __future__ import annotations

import pytest

from briefextract.timex.grammar import Grammar, default_grammar
from briefextract.timex.time_lexicon import Lexicon, LexiconRecord, default_lexicon


def without(label: str, form: str) -> Grammar:
    records = []
    for r in default_lexicon().records:
        if r.label == label and form in r.forms:
            forms = [f for f in r.forms if f != form]
            if not forms:
                continue
            r = LexiconRecord.model_validate({**r.model_dump(exclude_none=True), "forms": forms})
        records.append(r)
    return Grammar(Lexicon(tuple(records)))


def found(grammar: Grammar, text: str) -> list[str]:
    return [c.text for c, _ in grammar.scan(text, lambda c: c)]


@pytest.mark.parametrize(
    ("label", "form", "text", "date"),
    [
        ("VERB_PARTICLE", "from", "Grievances that spring from poverty grew.", "that spring"),
        ("DATE_JOINER", "and", "The raids of 3 August and September ended.", "September"),
        ("SHORT_YEAR_GATE", "until", "The siege lasted until 480, when the city fell.", "480"),
    ],
    ids=["verb-particle", "date-joiner", "short-year-gate"],
)
def test_a_context_word_is_read_from_the_lexicon(label: str, form: str, text: str, date: str) -> None:
    with_word = date in found(default_grammar(), text)
    assert with_word != (date in found(without(label, form), text)), found(default_grammar(), text)


def test_a_determiner_makes_a_month_a_modifier() -> None:
    text = "They planned a March offensive."
    assert "March" in found(default_grammar(), text)
    assert "March" not in found(without("DETERMINER", "a"), text)


def test_a_function_word_after_a_season_shows_it_modifies_no_noun() -> None:
    text = "Its winter was hard."
    assert found(default_grammar(), text) == []
    assert found(without("FUNCTION_WORD", "was"), text) == ["winter"]
