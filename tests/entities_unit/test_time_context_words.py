"""The context words the time grammar's checks read are time-lexicon records
(``models/timex/lexicon.jsonl``): a grammar built over a lexicon without the word decides
otherwise. (Kept beside the entity layer's word-list tests, as the files this change may
touch; the time layer's own table is tests/timex/test_grammar_words.py.)"""

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
