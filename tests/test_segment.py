"""Text preparation: line endings and control characters, pieces, and offsets mapped back."""

from __future__ import annotations

from itertools import pairwise

import pytest

from briefextract.document.segment import lone_surrogate, pieces, prepare


@pytest.mark.parametrize(
    ("text", "prepared"),
    [
        ("a\nb", "a\nb"),
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\r\nb", "a\n\nb"),
        ("Bin\x1cLaden\x00x\x0by\x85z\u2028w\u2029v", "Bin\nLaden\nx\ny\nz\nw\nv"),
        ("tab\tstays", "tab\tstays"),
    ],
    ids=["lf", "crlf", "cr", "cr-crlf", "controls", "tab"],
)
def test_prepare_makes_line_endings_plain_and_controls_line_breaks(text: str, prepared: str) -> None:
    assert prepare(text).text == prepared


@pytest.mark.parametrize("text", ["One\r\nTwo words\r\n\r\nThree\r\n", "x\ry\r\nz", "plain text", "\r\n"])
def test_every_offset_maps_back_to_the_same_characters(text: str) -> None:
    prep = prepare(text)
    assert prep.to_original(len(prep.text)) == len(text)
    for start in range(len(prep.text) + 1):
        for end in range(start, len(prep.text) + 1):
            original = text[prep.to_original(start) : prep.to_original(end)]
            # The same text once CRLF pairs and lone CRs are read as line feeds.
            assert prepare(original).text == prep.text[start:end]


def test_identical_text_is_not_copied() -> None:
    text = "Nothing to change here.\n"
    prep = prepare(text)
    assert prep.identical and prep.text is text


def test_lone_surrogates_are_found() -> None:
    assert lone_surrogate("fine") is None
    assert lone_surrogate("ab\ud800c") == 2
    assert lone_surrogate("x\udfff") == 1


def test_pieces_cover_the_text_and_end_at_paragraph_breaks() -> None:
    paragraph = "The Vantor Front held the ridge. " * 20 + "\n\n"
    text = paragraph * 50
    spans = pieces(text, max_chars=2000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(e - s <= 2000 for s, e in spans)
    assert all(text[e - 2 : e] == "\n\n" for s, e in spans[:-1])


def test_pieces_fall_back_to_lines_sentences_spaces_and_characters() -> None:
    assert pieces("a" * 10, max_chars=4, max_run=100) == [(0, 4), (4, 8), (8, 10)]
    text = "word " * 10
    spans = pieces(text, max_chars=12)
    assert all(text[e - 1] == " " for _, e in spans[:-1])


def test_long_runs_without_spaces_are_cut_into_pieces_of_their_own() -> None:
    text = "Start here " + "(" * 1200 + " end"
    spans = pieces(text, max_chars=50_000, max_run=500)
    assert spans == [(0, 11), (11, 511), (511, 1011), (1011, 1211), (1211, len(text))]


def test_short_text_is_one_piece() -> None:
    assert pieces("A short text.") == [(0, 13)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the ship _Zorro_ sailed", "the ship  Zorro  sailed"),  # emphasis marks: spaces
        ("known as _alias_ Rex", "known as  alias  Rex"),
        ("__init__ runs", "  init   runs"),  # runs of marks: as many spaces
        ("a snake_case name", "a snake_case name"),  # inside a word: kept
        ("a lone _ mark", "a lone _ mark"),  # between spaces: kept
    ],
)
def test_emphasis_underscores_read_as_spaces_of_the_same_length(text: str, read: str) -> None:
    prepared = prepare(text)
    assert prepared.text == read
    assert len(prepared.text) == len(text)
    assert prepared.identical is (read == text)
