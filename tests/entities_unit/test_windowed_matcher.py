"""The windowed matcher finds what spaCy's Matcher finds, running patterns only near their anchors."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from briefextract.rules.windowed import DocWords, WindowedMatcher, bound, word_anchor

CAPITALISED = {"TEXT": {"REGEX": "^[A-Z][a-z]+$"}}
PATTERNS: dict[str, list[dict[str, Any]]] = {
    # anchored on the last token, a long optional run before it
    "suffix": [CAPITALISED, {**CAPITALISED, "OP": "{0,3}"}, {"TEXT": {"IN": ["Brigade", "Front"]}}],
    # anchored in the middle: the window reaches both ways
    "prefix": [
        {"TEXT": {"IN": ["Front", "Council"]}},
        {"LOWER": {"IN": ["for", "of"]}},
        {"LOWER": "the", "OP": "?"},
        CAPITALISED,
        {**CAPITALISED, "OP": "{,2}"},
    ],
    # no word list: anchored on its acronym's shape
    "acronym": [{"IS_TITLE": True}, {"TEXT": {"REGEX": "^[A-Z]{2,5}$"}}],
    # neither: runs over the whole text
    "free": [{"IS_UPPER": True}, {"IS_DIGIT": True}],
    # unbounded after its anchor: runs from the anchor to the end of the text
    "unbounded": [{"LOWER": "from"}, {"IS_ALPHA": True, "OP": "+"}, {"LOWER": "to"}],
    # lower-case keys, as spaCy allows
    "lower-keys": [{"lower": "the"}, {"orth": "Velna", "op": "?"}, {"lower": "gang"}],
    # a word list read case-insensitively, and capitalised by the same spec
    "capital-head": [CAPITALISED, {"LOWER": {"IN": ["army", "party"]}, "TEXT": {"REGEX": "^[A-Z]"}}],
}
TEXTS = [
    "Fighters of the Red Velna Brigade and the Front for the Liberation of Tarrow met in Osk.",
    "The Front of Velna Marlow Greer Hill split; later the Velna gang and Tarvo VRA joined KRA 9.",
    "From Velna to Tarrow the Council for the Defence of Osk Valley Hill held from May to June.",
    "Brigade Front Brigade Front",
    "The army of Velna met the Tarrow Army; the party left and the Osk Party stayed.",
    "",
]


@pytest.fixture(scope="module")
def matchers() -> tuple[Matcher, WindowedMatcher]:
    nlp = spacy.blank("en")
    plain, windowed = Matcher(nlp.vocab, validate=True), WindowedMatcher(nlp.vocab)
    for key, pattern in PATTERNS.items():
        plain.add(key, [pattern])
        windowed.add(key, [pattern])
    return plain, windowed


@pytest.mark.parametrize("text", TEXTS)
def test_finds_what_spacy_finds(matchers: tuple[Matcher, WindowedMatcher], text: str) -> None:
    plain, windowed = matchers
    doc = spacy.blank("en")(text)
    assert sorted(windowed(doc)) == sorted(plain(doc))
    assert len(windowed) == len(PATTERNS)


def test_each_window_reaches_as_far_as_its_patterns() -> None:
    nlp = spacy.blank("en")
    windowed = WindowedMatcher(nlp.vocab)
    for key in ("suffix", "prefix", "unbounded"):
        windowed.add(key, [PATTERNS[key]])
    reaches = {(w.before, w.after) for w, _ in windowed._windows.values()}
    # "unbounded" reaches the Doc's end after its anchor word
    assert reaches == {(4, 0), (0, 5), (0, None)}
    assert not len(windowed._whole)


def test_missing_annotation_is_spacys_error() -> None:
    nlp = spacy.blank("en")
    windowed = WindowedMatcher(nlp.vocab)
    windowed.add("tagged", [[{"LOWER": "front", "TAG": "NN"}]])
    doc = nlp("no front here")
    with pytest.raises(ValueError, match="E155"):
        windowed(doc)
    assert windowed(doc, allow_missing=True) == []
    tagged = Doc(nlp.vocab, words=["the", "front"], tags=["DT", "NN"])
    assert windowed(tagged) == [(nlp.vocab.strings["tagged"], 1, 2)]


def test_bounds_and_anchor_words() -> None:
    assert [bound({"OP": op}) for op in ("?", "{0,8}", "{3}", "{,2}")] == [1, 8, 3, 2]
    assert [bound({"OP": op}) for op in ("*", "+", "{2,}")] == [None, None, None]
    assert word_anchor([{"ORTH": "("}, {"LOWER": {"IN": ["Gang"]}}]) == ("LOWER", {"gang"})
    assert word_anchor([{"IS_TITLE": True}, {"LOWER": "gang", "OP": "?"}]) is None


def test_a_word_anchor_keeps_what_its_own_spec_asks_of_the_text() -> None:
    # "Tarrow Army" opens a window, the lower-case "army" of running text does not.
    nlp = spacy.blank("en")
    windowed = WindowedMatcher(nlp.vocab)
    windowed.add("capital-head", [PATTERNS["capital-head"]])
    doc = nlp("The army of Velna met the Tarrow Army; the party left.")
    ((_, test),) = windowed._windows.values()
    assert test.positions(DocWords.read(doc)) == [7]
