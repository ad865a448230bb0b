"""The tree walk gives the matches spaCy's DependencyMatcher gives, on hand-built Docs
and on every record's own examples."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from briefextract.relations.treematch import (
    DocArrays,
    SentenceView,
    TreeMatcher,
    compile_pattern,
    compile_starts,
    first_plan,
    label_plan,
)
from briefextract.rules import Lexicon
from briefextract.rules.inline import parse_inline

from .conftest import RULES

# "The old chief of the Blue Council , Ana Vell , resigned ."
WORDS = ["The", "old", "chief", "of", "the", "Blue", "Council", ",", "Ana", "Vell", ",", "resigned", "."]
HEADS = [2, 2, 11, 2, 6, 6, 3, 2, 9, 2, 2, 11, 11]
DEPS = [
    "det",
    "amod",
    "nsubj",
    "prep",
    "det",
    "compound",
    "pobj",
    "punct",
    "compound",
    "appos",
    "punct",
    "ROOT",
    "punct",
]
POS = [
    "DET",
    "ADJ",
    "NOUN",
    "ADP",
    "DET",
    "PROPN",
    "PROPN",
    "PUNCT",
    "PROPN",
    "PROPN",
    "PUNCT",
    "VERB",
    "PUNCT",
]
LEMMAS = ["the", "old", "chief", "of", "the", "Blue", "Council", ",", "Ana", "Vell", ",", "resign", "."]

LEADER = [
    {"RIGHT_ID": "role", "RIGHT_ATTRS": {"LOWER": {"IN": ["chief", "leader"]}}},
    {"LEFT_ID": "role", "REL_OP": ">", "RIGHT_ID": "person", "RIGHT_ATTRS": {"DEP": "appos"}},
    {"LEFT_ID": "role", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": "of"}},
    {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "body", "RIGHT_ATTRS": {"DEP": {"IN": ["pobj"]}}},
]


@pytest.fixture
def nlp() -> Language:
    return English()


def hand_doc(nlp: Language) -> Doc:
    return Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS)


def spacy_matches(doc: Doc, pattern: list[dict[str, Any]]) -> list[list[int]]:
    matcher = DependencyMatcher(doc.vocab, validate=True)
    matcher.add("p", [pattern])
    return sorted(ids for _, ids in matcher(doc))


def walk_matches(doc: Doc, pattern: list[dict[str, Any]]) -> list[list[int]]:
    tree = compile_pattern(pattern)
    assert tree is not None
    return sorted(SentenceView(doc, 0, len(doc)).matches(tree))


def test_walk_from_the_key_word_finds_the_match(nlp: Language) -> None:
    doc = hand_doc(nlp)
    assert walk_matches(doc, LEADER) == spacy_matches(doc, LEADER) == [[2, 9, 3, 6]]


def test_head_operator_and_not_in(nlp: Language) -> None:
    doc = hand_doc(nlp)
    pattern = [
        {"RIGHT_ID": "body", "RIGHT_ATTRS": {"POS": "PROPN", "DEP": {"NOT_IN": ["compound"]}}},
        {"LEFT_ID": "body", "REL_OP": "<", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LEMMA": "of"}},
    ]
    assert walk_matches(doc, pattern) == spacy_matches(doc, pattern) == [[6, 3]]


def test_extension_values_come_from_the_callback(nlp: Language) -> None:
    doc = hand_doc(nlp)
    pattern = [dict(node) for node in LEADER]
    pattern[1] = {**pattern[1], "RIGHT_ATTRS": {"DEP": "appos", "_": {"flag": True}}}
    tree = compile_pattern(pattern)
    assert tree is not None
    assert list(SentenceView(doc, 0, len(doc), lambda name, t: t.i == 9).matches(tree)) == [[2, 9, 3, 6]]
    assert list(SentenceView(doc, 0, len(doc), lambda name, t: False).matches(tree)) == []


@pytest.mark.parametrize(
    "node",
    [
        {"LEFT_ID": "role", "REL_OP": ".", "RIGHT_ID": "x", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "role", "REL_OP": ">", "RIGHT_ID": "x", "RIGHT_ATTRS": {"LENGTH": {">": 2}}},
        {"LEFT_ID": "role", "REL_OP": ">", "RIGHT_ID": "x", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^a"}}},
        {"LEFT_ID": "role", "REL_OP": ">", "RIGHT_ID": "x", "RIGHT_ATTRS": {"IS_TITLE": True}},
    ],
)
def test_what_the_walk_does_not_do_falls_back(node: dict[str, Any]) -> None:
    assert compile_pattern([LEADER[0], node]) is None


@pytest.mark.parametrize(
    "pattern",
    [
        [
            {"RIGHT_ID": "role", "RIGHT_ATTRS": {"LOWER": "resigned"}},
            {"LEFT_ID": "role", "REL_OP": ">>", "RIGHT_ID": "x", "RIGHT_ATTRS": {"POS": "PROPN"}},
        ],
        [
            {"RIGHT_ID": "x", "RIGHT_ATTRS": {"POS": "PROPN"}},
            {"LEFT_ID": "x", "REL_OP": "<<", "RIGHT_ID": "role", "RIGHT_ATTRS": {"LOWER": "resigned"}},
        ],
        [
            {"RIGHT_ID": "role", "RIGHT_ATTRS": {"LOWER": "resigned"}},
            {"LEFT_ID": "role", "REL_OP": ">>", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LEMMA": "of"}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "x", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    ],
)
def test_descendant_and_ancestor_operators(nlp: Language, pattern: list[dict[str, Any]]) -> None:
    doc = hand_doc(nlp)
    assert walk_matches(doc, pattern) == spacy_matches(doc, pattern) != []


def test_a_sentence_runs_only_patterns_whose_key_word_it_holds(nlp: Language) -> None:
    doc = hand_doc(nlp)
    matcher = TreeMatcher()
    other = [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "split"}}]
    for key, pattern in (("leader", LEADER), ("other", other)):
        plans = compile_starts(pattern)
        assert plans is not None
        matcher.add(key, plans)
    assert matcher(SentenceView(doc, 0, len(doc))) == [("leader", [2, 9, 3, 6])]


CASES = [(r, ex) for r in RULES for ex in r.examples]


@pytest.mark.pipeline
@pytest.mark.parametrize(("rule_index", "example"), [(RULES.index(r), ex) for r, ex in CASES])
def test_walk_equals_dependency_matcher_on_examples(
    parser: Language, lexicon: Lexicon, rule_index: int, example: str
) -> None:
    rule = RULES[rule_index]
    text, _ = parse_inline(example)
    doc = parser(text)
    pattern = lexicon.expand(rule.pattern)
    assert walk_matches(doc, pattern) == spacy_matches(doc, pattern)


def test_coordinated_and_participle_verbs_share_the_subject(nlp: Language) -> None:
    # "Front formed and holds Velm , pushing Guard out ."
    words = ["Front", "formed", "and", "holds", "Velm", ",", "pushing", "Guard", "out", "."]
    heads = [1, 1, 1, 1, 3, 1, 1, 6, 6, 1]
    deps = ["nsubj", "ROOT", "cc", "conj", "dobj", "punct", "advcl", "dobj", "prt", "punct"]
    pos = ["PROPN", "VERB", "CCONJ", "VERB", "PROPN", "PUNCT", "VERB", "PROPN", "ADP", "PUNCT"]
    tags = ["NNP", "VBD", "CC", "VBZ", "NNP", ",", "VBG", "NNP", "RP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    pattern = [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": {"IN": ["holds", "pushing"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ]
    tree = compile_pattern(pattern)
    assert tree is not None
    assert sorted(SentenceView(doc, 0, len(doc), share_subjects=True).matches(tree)) == [[3, 0], [6, 0]]
    assert list(SentenceView(doc, 0, len(doc)).matches(tree)) == spacy_matches(doc, pattern) == []


def test_every_start_gives_the_same_matches(nlp: Language) -> None:
    doc = hand_doc(nlp)
    plans = compile_starts(LEADER)
    assert plans is not None and [p.start for p in plans] == [0, 2]
    view = SentenceView(doc, 0, len(doc))
    assert [list(view.matches(p)) for p in plans] == [[[2, 9, 3, 6]], [[2, 9, 3, 6]]]


def test_a_pattern_whose_word_is_missing_does_not_run(nlp: Language) -> None:
    doc = hand_doc(nlp)
    matcher = TreeMatcher()
    missing = [dict(node) for node in LEADER]
    missing[2] = {**missing[2], "RIGHT_ATTRS": {"LOWER": "at"}}
    plans = compile_starts(missing)
    assert plans is not None
    matcher.add("missing", plans)
    assert matcher(SentenceView(doc, 0, len(doc))) == []


def test_an_empty_doc_has_no_sentences(nlp: Language) -> None:
    for doc in (nlp(""), Doc(nlp.vocab, words=[], sent_starts=[])):
        arrays = DocArrays(doc)
        assert arrays.sentences == []
        assert arrays.heads == []


# A pattern with no word: a noun and a compound modifier of it.
NOUN_MODIFIER = [
    {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"POS": {"IN": ["PROPN", "NOUN"]}}},
    {
        "LEFT_ID": "noun",
        "REL_OP": ">",
        "RIGHT_ID": "modifier",
        "RIGHT_ATTRS": {"DEP": {"IN": ["compound", "amod"]}},
    },
]


def test_a_pattern_without_words_runs_from_its_dependency_label_in_the_same_order(nlp: Language) -> None:
    doc = hand_doc(nlp)
    plans = compile_starts(NOUN_MODIFIER)
    assert plans is not None and [p.entry[0] for p in plans if p.entry] == ["POS", "DEP"]
    assert label_plan(plans).start == 1 and first_plan(plans).start == 0
    matcher = TreeMatcher()
    matcher.add("modifier", plans)
    found = [binding for _, binding in matcher(SentenceView(doc, 0, len(doc)))]
    # As the walk from the noun finds them (by noun, then modifier), and as spaCy does.
    assert found == list(SentenceView(doc, 0, len(doc)).matches(first_plan(plans)))
    assert found == [[2, 1], [6, 5], [9, 8]] == spacy_matches(doc, NOUN_MODIFIER)
