"""The tree walk gives exactly spaCy's DependencyMatcher matches.

Differential test: every dependency record of the event layer that the walk can run,
on parsed text (the bundled corpus), matched by both; and unit tests on a hand-built
Doc for each operator.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from briefextract.rules import Lexicon
from briefextract.rules.resources import model_path
from briefextract.rules.treewalk import attribute_index, compile_walk, shared_attributes

from .conftest import event_token_patterns

VOCAB = spacy.blank("en").vocab


def _doc() -> Doc:
    # "Rebels from the north seized the town": seized <- Rebels (nsubj) <- from <- north
    words = ["Rebels", "from", "the", "north", "seized", "the", "town"]
    return Doc(
        VOCAB,
        words=words,
        heads=[4, 0, 3, 1, 4, 6, 4],
        deps=["nsubj", "prep", "det", "pobj", "ROOT", "det", "dobj"],
        lemmas=["rebel", "from", "the", "north", "seize", "the", "town"],
        pos=["NOUN", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN"],
    )


@pytest.mark.parametrize(
    ("op", "expected"),
    [(">", [(4, 0), (4, 6)]), (">>", [(4, 0), (4, 1), (4, 2), (4, 3), (4, 5), (4, 6)])],
    ids=["child", "descendant"],
)
def test_down_operators(op: str, expected: list[tuple[int, int]]) -> None:
    walk = compile_walk(
        [
            {"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "seize"}},
            {"LEFT_ID": "v", "REL_OP": op, "RIGHT_ID": "x", "RIGHT_ATTRS": {}},
        ]
    )
    assert walk is not None
    assert sorted(walk.run(_doc(), index=attribute_index(_doc()))) == expected


@pytest.mark.parametrize(
    ("op", "expected"), [("<", [(3, 1)]), ("<<", [(3, 0), (3, 1), (3, 4)])], ids=["head", "ancestor"]
)
def test_up_operators(op: str, expected: list[tuple[int, int]]) -> None:
    walk = compile_walk(
        [
            {"RIGHT_ID": "n", "RIGHT_ATTRS": {"LOWER": "north"}},
            {"LEFT_ID": "n", "REL_OP": op, "RIGHT_ID": "x", "RIGHT_ATTRS": {}},
        ]
    )
    assert walk is not None
    assert sorted(walk.run(_doc())) == expected


def test_anchors_restrict_the_start() -> None:
    walk = compile_walk([{"RIGHT_ID": "t", "RIGHT_ATTRS": {"POS": "NOUN"}}])
    assert walk is not None
    assert list(walk.run(_doc(), anchors=[3, 4])) == [(3,)]


def test_shared_attributes_gives_one_index_per_doc_inside_the_block() -> None:
    doc, other = _doc(), _doc()
    with shared_attributes(doc) as shared:
        assert attribute_index(doc) is shared
        assert attribute_index(other) is not shared
        with shared_attributes(other) as inner:
            assert attribute_index(other) is inner and attribute_index(doc) is shared
        assert shared("LEMMA").get("seize") == [4]
    assert attribute_index(doc) is not shared


def test_indexes_of_an_unchanged_doc_share_its_tables_and_parse_tree() -> None:
    doc = _doc()
    first, second = attribute_index(doc), attribute_index(doc)
    assert first is not second
    assert first("LEMMA") is second("LEMMA") and first.tree() is second.tree()
    assert attribute_index(_doc())("LEMMA") is not first("LEMMA")  # another Doc, other tables


def test_an_index_of_a_changed_doc_reads_it_again() -> None:
    doc = _doc()
    before = attribute_index(doc)
    assert before("LEMMA").get("seize") == [4] and before.tree().children(4) == [0, 6]
    doc[4].lemma_ = "take"
    doc[6].head = doc[5]  # "the town" now hangs from "the"
    after = attribute_index(doc)
    assert after("LEMMA").get("seize") is None and after("LEMMA").get("take") == [4]
    assert after.tree().children(4) == [0] and after.tree().children(5) == [6]
    assert after("POS") is before("POS")  # the parts of speech did not change


@pytest.mark.parametrize(("word", "expected"), [("rebels", [(4, 0)]), ("soldiers", [])])
def test_a_walk_needing_a_word_the_doc_lacks_finds_nothing(word: str, expected: list) -> None:
    walk = compile_walk(
        [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "who", "RIGHT_ATTRS": {"LOWER": {"IN": [word]}}},
        ]
    )
    assert walk is not None and walk.needs
    doc = _doc()
    assert list(walk.run(doc, index=attribute_index(doc))) == list(walk.run(doc)) == expected


@pytest.mark.parametrize(
    ("op", "node", "expected"),
    [
        (">", {"DEP": "nsubj"}, [(4, 0)]),
        (">", {"DEP": "agent"}, []),
        ("<", {"DEP": "ROOT"}, [(0, 4), (6, 4)]),
    ],
)
def test_a_walk_starts_only_where_its_first_step_can_reach_its_word(
    op: str, node: dict, expected: list
) -> None:
    walk = compile_walk(
        [
            {"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": {"IN": ["NOUN", "VERB"]}}},
            {"LEFT_ID": "a", "REL_OP": op, "RIGHT_ID": "b", "RIGHT_ATTRS": node},
        ]
    )
    assert walk is not None and walk.first_step is not None
    doc = _doc()
    assert sorted(walk.run(doc, index=attribute_index(doc))) == sorted(walk.run(doc)) == expected


def test_unsupported_pattern_is_left_to_spacy() -> None:
    assert (
        compile_walk(
            [
                {"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
                {"LEFT_ID": "a", "REL_OP": ".*", "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
            ]
        )
        is None
    )
    assert compile_walk([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LENGTH": {">=": 3}}}]) is None


def _dependency_records() -> list[dict]:
    out = []
    for path in sorted(model_path("events").glob("*.jsonl")):
        if path.name == "lexicon.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("matcher") == "dependency":
                out.append(record)
    return out


@pytest.mark.pipeline
def test_walk_agrees_with_dependency_matcher_on_the_corpus(parsed_corpus: list[Doc]) -> None:
    lexicon = Lexicon.from_files([model_path("events/lexicon.jsonl")])
    records = _dependency_records()
    walked = 0
    for doc in parsed_corpus:
        # Argument patterns anchor on flagged trigger heads; the flag is reset (to its
        # default, False) afterwards, since the parsed Docs are shared by the session.
        for token in doc:
            token._.bx_event_head = token.pos_ in {"VERB", "NOUN"}
        index = attribute_index(doc)
        for record in records:
            pattern = lexicon.expand(record["pattern"])
            walk = compile_walk(pattern)
            if walk is None:
                continue
            walked += 1
            matcher = DependencyMatcher(doc.vocab)
            matcher.add(record["id"], [pattern])
            theirs = sorted(tuple(ids) for _, ids in matcher(doc))
            ours = sorted(walk.run(doc, index=index))
            assert ours == theirs, record["id"]
        for token in doc:
            token._.bx_event_head = False
    assert walked > 50


@pytest.mark.pipeline
def test_single_token_walks_agree_with_the_matcher_on_the_corpus(parsed_corpus: list[Doc]) -> None:
    from spacy.matcher import Matcher

    from briefextract.rules.treewalk import compile_single_token

    checked = 0
    for rule_id, pattern in event_token_patterns():
        walk = compile_single_token(pattern)
        if walk is None:
            continue
        checked += 1
        for doc in parsed_corpus:
            matcher = Matcher(doc.vocab)
            matcher.add("r", [pattern])
            theirs = sorted(start for _, start, _ in matcher(doc))
            assert sorted(i for (i,) in walk.run(doc, index=attribute_index(doc))) == theirs, rule_id
    assert checked > 30
