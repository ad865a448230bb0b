"""Quotations of every kind, nested, and unbalanced marks that must not break a document."""

from __future__ import annotations

import pytest

from briefextract.claims.quotes import find_quotes, quote_at

CASES = [
    ('He said "the port is shut" at noon.', ["the port is shut"]),
    ("He said \u201cthe port is shut\u201d at noon.", ["the port is shut"]),
    ("Elle a dit \u00ab le port est ferm\u00e9 \u00bb hier.", ["le port est ferm\u00e9"]),
    ("Er sagte \u201edie Stadt ist zu\u201c gestern.", ["die Stadt ist zu"]),
    ("Er sagte \u00bbdie Stadt ist zu\u00ab gestern.", ["die Stadt ist zu"]),
    ("She wrote \u2018a brief truce\u2019 then.", ["a brief truce"]),
    ("She wrote 'a brief truce' then.", ["a brief truce"]),
    (
        "\u201cThe truce failed. The talks will go on,\u201d said Ana Vell.",
        ["The truce failed. The talks will go on,"],
    ),
    (
        "\u201cThey called it \u2018a brief truce\u2019 at first,\u201d she said.",
        ["They called it \u2018a brief truce\u2019 at first,", "a brief truce"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "straight",
        "curly",
        "guillemets",
        "german-low-high",
        "german-reversed",
        "curly-single",
        "straight-single",
        "multi-sentence",
        "nested",
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'A stray " mark stands here. Later she said \u201cit is over\u201d.',
        "An opening \u201cmark never closed.\n\nThen she said \u201cit is over\u201d.",
        "A closing mark\u201d with no opener; then she said \u201cit is over\u201d.",
        'Two "stray marks" and one " more: she said \u201cit is over\u201d.',
    ],
    ids=["stray-straight", "unclosed-paragraph", "lone-closer", "odd-straight-count"],
)
def test_unbalanced_marks_do_not_swallow_the_rest(text: str) -> None:
    quotes = find_quotes(text)
    assert "it is over" in [text[q.start : q.end] for q in quotes]
    assert all("\n\n" not in text[q.start : q.end] for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels\u2019 camp and the group\u2019s leader in the \u201990s.",
        "It's the rebels' camp, isn't it?",
    ],
    ids=["curly-apostrophes", "straight-apostrophes"],
)
def test_apostrophes_are_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_quote_at_finds_the_outermost() -> None:
    text = "\u201cThey called it \u2018a truce\u2019 then,\u201d she said."
    quotes = find_quotes(text)
    inner = text.index("a truce")
    q = quote_at(quotes, inner, inner + len("a truce"))
    assert q is not None and q.depth == 0
