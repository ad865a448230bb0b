"""The tree walk's ";*" (a token before another in its tree), "." (the next token in its
tree) and the SPACY flag, which state-role records use, give spaCy's DependencyMatcher
matches."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from briefextract.rules.treewalk import compile_walk

VOCAB = spacy.blank("en").vocab


def _doc() -> Doc:
    # Two trees: "Velna rebels fell ." and "Tarvo saw those of Osk ."
    words = ["Velna", "rebels", "fell", ".", "Tarvo", "saw", "those", "of", "Osk", "."]
    return Doc(
        VOCAB,
        words=words,
        heads=[1, 2, 2, 2, 5, 5, 5, 6, 7, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        sent_starts=[True, False, False, False, True, False, False, False, False, False],
    )


def _pair(op: str) -> list[dict]:
    return [
        {"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "a", "REL_OP": op, "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
    ]


def test_precedes_stays_in_the_tree() -> None:
    walk = compile_walk(
        [
            {"RIGHT_ID": "x", "RIGHT_ATTRS": {"LOWER": "those"}},
            {"LEFT_ID": "x", "REL_OP": ";*", "RIGHT_ID": "y", "RIGHT_ATTRS": {}},
        ]
    )
    assert walk is not None
    assert sorted(walk.run(_doc())) == [(6, 4), (6, 5)]


@pytest.mark.parametrize("op", [";*", "."])
def test_walk_agrees_with_the_dependency_matcher(op: str) -> None:
    doc = _doc()
    walk = compile_walk(_pair(op))
    assert walk is not None
    matcher = DependencyMatcher(VOCAB)
    matcher.add("p", [_pair(op)])
    theirs = sorted(tuple(ids) for _, ids in matcher(doc))
    assert theirs
    assert sorted(walk.run(doc)) == theirs


@pytest.mark.parametrize("space", [True, False])
def test_the_space_flag_agrees_with_the_dependency_matcher(space: bool) -> None:
    doc = Doc(VOCAB, words=["Velna", "-", "backed", "rebels"], spaces=[False, False, True, False])
    pattern = [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"SPACY": space}}]
    walk = compile_walk(pattern)
    assert walk is not None
    matcher = DependencyMatcher(VOCAB)
    matcher.add("p", [pattern])
    assert sorted(walk.run(doc)) == sorted(tuple(ids) for _, ids in matcher(doc))
