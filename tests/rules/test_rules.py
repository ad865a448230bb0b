"""The rule-record machinery: strict records, word lists, compilation, inline examples."""

from __future__ import annotations

import re

import pytest
import spacy
from pydantic import ValidationError
from spacy.tokens import Doc

from briefextract.errors import RuleFileError
from briefextract.rules import Lexicon, RuleRecord, RuleSet, WordList
from briefextract.rules.inline import parse_inline
from briefextract.rules.lexicon import alternation

LEXICON = Lexicon([WordList(id="v", label="VERBS", words=["bomb", "raid"], comment="test verbs")])


def test_record_rejects_unknown_keys() -> None:
    with pytest.raises(ValidationError):
        RuleRecord.model_validate(
            {"id": "r", "label": "X", "pattern": [{"LOWER": "a"}], "comment": "c", "colour": "red"}
        )


def test_dependency_nodes_must_name_pattern_nodes() -> None:
    with pytest.raises(ValidationError):
        RuleRecord(
            id="r",
            label="X",
            matcher="dependency",
            pattern=[{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}],
            nodes=["b"],
            comment="c",
        )


def test_word_list_reference_is_expanded_inside_in_lists() -> None:
    assert LEXICON.expand({"LEMMA": {"IN": ["@VERBS", "shoot"]}}) == {
        "LEMMA": {"IN": ["bomb", "raid", "shoot"]}
    }
    assert LEXICON.expand({"LEMMA": {"IN": "@VERBS"}}) == {"LEMMA": {"IN": ["bomb", "raid"]}}


def test_word_list_reference_inside_a_regex_is_an_alternation() -> None:
    # Each word matched literally, the longest first; the rest of the regex is kept.
    regex = LEXICON.expand({"TEXT": {"REGEX": "^(?:[A-Z]\\w*|@VERBS)$"}})["TEXT"]["REGEX"]
    assert regex == "^(?:[A-Z]\\w*|(?:bomb|raid))$"
    anchored = LEXICON.expand_regex("^@VERBS$")
    assert [bool(re.match(anchored, w)) for w in ("raid", "raids", "shoot")] == [True, False, False]
    with pytest.raises(RuleFileError, match="@NOUNS"):
        LEXICON.expand({"TEXT": {"REGEX": "^@NOUNS$"}})


def test_alternation_escapes_marks_and_spreads_spaces() -> None:
    assert alternation(["&", "-", "of the"]) == r"(?:of\s+the|\&|\-)"


def test_typed_lists_map_each_word_to_its_lists_type_first_list_first() -> None:
    lexicon = Lexicon(
        [
            WordList(id="a", label="HEAD", words=["Brigade", "front"], type="ARMED_GROUP", comment="t"),
            WordList(id="b", label="HEAD", words=["front", "party"], type="POLITICAL_GROUP", comment="t"),
            WordList(id="c", label="HEAD", words=["office"], comment="untyped: left out"),
        ]
    )
    expected = {"brigade": "ARMED_GROUP", "front": "ARMED_GROUP", "party": "POLITICAL_GROUP"}
    assert lexicon.typed("HEAD") == expected
    with pytest.raises(KeyError):
        lexicon.typed("TAILS")


def test_unknown_word_list_is_a_rule_file_error() -> None:
    record = RuleRecord(id="r", label="X", pattern=[{"LEMMA": {"IN": "@NOUNS"}}], comment="c")
    with pytest.raises(RuleFileError, match="@NOUNS"):
        RuleSet(spacy.blank("en").vocab, [record], LEXICON)


def test_invalid_spacy_pattern_names_the_rule() -> None:
    record = RuleRecord(id="bad-rule", label="X", pattern=[{"LEMMAS": "bomb"}], comment="c")
    with pytest.raises(RuleFileError, match="bad-rule"):
        RuleSet(spacy.blank("en").vocab, [record], LEXICON)


def test_dependency_record_marks_its_nodes_on_a_hand_built_doc() -> None:
    # "Rebels took control": took -> rebels (nsubj), took -> control (dobj)
    words = ["Rebels", "took", "control"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "dobj"],
        lemmas=["rebel", "take", "control"],
        pos=["NOUN", "VERB", "NOUN"],
    )
    record = RuleRecord(
        id="take-control",
        label="TAKEOVER",
        matcher="dependency",
        nodes=["verb", "obj"],
        pattern=[
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "take"}},
            {
                "LEFT_ID": "verb",
                "REL_OP": ">",
                "RIGHT_ID": "obj",
                "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": "control"},
            },
        ],
        comment="take control",
    )
    (match,) = RuleSet(doc.vocab, [record], LEXICON).matches(doc)
    assert (match.start, match.end, match.anchor, match.node("obj")) == (1, 3, 1, 2)


def test_token_record_uses_word_list() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["They", "raid", "towns"], lemmas=["they", "raid", "town"])
    record = RuleRecord(id="v", label="ATTACK", pattern=[{"LEMMA": {"IN": "@VERBS"}}], comment="c")
    assert [(m.start, m.end) for m in RuleSet(doc.vocab, [record], LEXICON).matches(doc)] == [(1, 2)]


@pytest.mark.parametrize(
    ("annotated", "plain", "marked"),
    [
        (
            "A <ev type=SPLIT>broke away</ev> from B.",
            "A broke away from B.",
            [("ev", "broke away", {"type": "SPLIT"})],
        ),
        (
            "<src>Ana</src> <cue>said</cue> <content>it <b>rained</b></content>.",
            "Ana said it rained.",
            [("src", "Ana", {}), ("cue", "said", {}), ("content", "it rained", {}), ("b", "rained", {})],
        ),
    ],
    ids=["attributes", "nested"],
)
def test_parse_inline(annotated: str, plain: str, marked: list[tuple[str, str, dict[str, str]]]) -> None:
    text, spans = parse_inline(annotated)
    assert text == plain
    assert [(s.tag, s.text, s.attrs) for s in spans] == marked
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_parse_inline_rejects_unbalanced_tags() -> None:
    with pytest.raises(ValueError, match="unclosed"):
        parse_inline("A <ev>broke away from B.")
