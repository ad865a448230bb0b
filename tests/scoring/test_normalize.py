from __future__ import annotations

import pytest

from briefextract.schema.brief import Span
from briefextract.scoring.folding import fold_name, head_word, name_keys, spans_overlap, token_f1, tokens


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("KFEH", "kfeh"),
        ("The KFEH", "kfeh"),
        ("the  Kelvaris", "kelvaris"),
        ("KFEH's", "kfeh"),
        ("KFEH\u2019s", "kfeh"),
        ("Kelvaris'", "kelvaris"),
        ("Al-Qaeda", "al qaeda"),
        ("al Qaeda", "al qaeda"),
        ("Al\u2013Qaeda", "al qaeda"),
        ("U.S.", "us"),
        ("\u201cMr. Tobacco\u201d", "mr tobacco"),
        ("Selvar\u00e1", "selvar\u00e1"),
        ("Selvara\u0301", "selvar\u00e1"),
        ("\uff2b\uff26\uff25\uff28", "kfeh"),
        ("  Kestrel   Front \n", "kestrel front"),
        ("Theatre", "theatre"),
        ("The", "the"),
        ("...", ""),
    ],
    ids=[
        "case",
        "leading-the",
        "the-and-spaces",
        "possessive",
        "curly-possessive",
        "plural-possessive",
        "hyphen-is-space",
        "space",
        "en-dash",
        "dots-vanish",
        "curly-quotes",
        "accent-kept",
        "combining-accent-composed",
        "fullwidth-nfkc",
        "whitespace",
        "the-inside-word-kept",
        "the-alone-kept",
        "punctuation-only",
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


def test_name_keys_merge_variants_and_keep_the_empty_folding() -> None:
    # A punctuation-only name folds to "", which is still a normalised string the contract compares.
    assert name_keys("The KFEH", ["KFEH's", "al-Qaeda"]) == frozenset({"kfeh", "al qaeda"})
    assert name_keys("...", []) == frozenset({""})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KFEH remains a threat.", ["kfeh", "remains", "a", "threat"]),
        ("U.S. officials", ["u", "s", "officials"]),
        ("", []),
        ("Mali's north", ["mali", "s", "north"]),
    ],
    ids=["plain", "dots", "empty", "apostrophe"],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("gold", "system", "f1"),
    [
        ("a b c d", "a b c d", 1.0),
        ("a b c d", "a b", 2 * 2 / 6),
        ("a a b", "a b b", 2 * 2 / 6),
        ("A, B!", "a b", 1.0),
        ("a b", "c d", 0.0),
        ("", "", 1.0),
        ("", "a", 0.0),
    ],
    ids=["same", "subset", "multiset", "case-punct", "disjoint", "both-empty", "one-empty"],
)
def test_token_f1(gold: str, system: str, f1: float) -> None:
    assert token_f1(gold, system) == pytest.approx(f1)
    assert token_f1(system, gold) == pytest.approx(f1)


@pytest.mark.parametrize(
    ("source_text", "head"),
    [
        ("Analysts", "analyst"),
        ("Western analysts", "analyst"),
        ("an analyst", "analyst"),
        ("U.S. officials", "official"),
        ("several countries", "country"),
        ("witnesses", "witness"),
        ("a witness", "witness"),
        ("the press", "press"),
        ("US", "us"),
        ("", None),
    ],
    ids=["plural", "modified", "singular", "dotted", "ies", "sses", "ss", "press", "short", "empty"],
)
def test_head_word(source_text: str, head: str | None) -> None:
    assert head_word(source_text) == head


def _s(start: int, end: int) -> Span:
    return Span(start=start, end=end, text="x" * (end - start))


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ((0, 5), (4, 9), True),
        ((0, 5), (5, 9), False),
        ((2, 3), (0, 9), True),
        ((3, 3), (3, 3), True),
        ((3, 3), (0, 9), True),
        ((3, 3), (3, 4), False),
        ((0, 1), (2, 3), False),
    ],
    ids=["partial", "touching-is-not", "inside", "same-empty", "empty-inside", "empty-at-start", "apart"],
)
def test_spans_overlap(a: tuple[int, int], b: tuple[int, int], overlap: bool) -> None:
    assert spans_overlap(_s(*a), _s(*b)) is overlap
    assert spans_overlap(_s(*b), _s(*a)) is overlap
