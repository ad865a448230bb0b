"""Constructions of backgrounder prose beyond the bundled documents: the mechanisms they
need (a split's implied group left, a record yielding to a more specific one, a takeover
of a group by a person) and end-to-end cases on invented text."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

import briefextract.relations.relation_extractor  # registers the factory before the pipeline is built
from briefextract.assemble import build_brief
from briefextract.relations.entity_lookup import Anaphora, EntityIndex, listing_preposition
from briefextract.relations.from_events import event_candidates
from briefextract.relations.merge import Candidate, most_specific
from briefextract.relations.relation_extractor import yielded
from briefextract.relations.relation_rules import EventRelationRule, RelationRule
from briefextract.rules.compiler import RuleMatch

from .conftest import EVENT_RULES

assert briefextract.relations.relation_extractor

VOCAB = English().vocab
RULES = {r.id: r for r in EVENT_RULES}


def split_event(participants: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "id": "e1",
        "type": "SPLIT",
        "trigger": {"start": 20, "end": 25, "text": "broke"},
        "evidence": {"start": 0, "end": 40, "text": "x" * 40},
        "participants": [{"role": r, "ref": ref} for r, ref in participants],
        "locations": [],
        "modality": "asserted",
    }


TYPES = {"front": "ARMED_GROUP", "guard": "ARMED_GROUP", "star": "ARMED_GROUP", "vell": "PERSON"}


@pytest.mark.parametrize(
    ("participants", "expected"),
    [
        # "a faction broke away to form the Star": the group left is the one under discussion
        ([("result", "star")], [("star", "SPLINTER_OF", "front")]),
        # "the Guard broke away"
        ([("agent", "guard"), ("result", "guard")], [("guard", "SPLINTER_OF", "front")]),
        # a named group left wins over the implied one
        ([("agent", "guard"), ("patient", "star")], [("guard", "SPLINTER_OF", "star")]),
        # no splinter named: nothing to relate
        ([("agent", "vell")], []),
    ],
    ids=["result-only", "leaver-only", "named-group-left", "person-leaves"],
)
def test_a_split_without_a_group_left_takes_the_group_under_discussion(
    participants: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    asked: list[tuple[int, frozenset[str]]] = []

    def implied(start: int, exclude: frozenset[str]) -> str | None:
        asked.append((start, exclude))
        return "front"

    rules = [RULES["split-leaver"], RULES["split-result"]]
    found = event_candidates([split_event(participants)], rules, TYPES, implied)
    assert sorted({(c.head, c.type, c.tail) for c in found}) == expected
    assert all(start == 20 for start, _ in asked)
    assert all(exclude == frozenset(ref for _, ref in participants) for _, exclude in asked)


def test_without_the_implied_reading_a_split_needs_its_group_left() -> None:
    rules = [RULES["split-leaver"], RULES["split-result"]]
    assert event_candidates([split_event([("result", "star")])], rules, TYPES) == []
    plain = EventRelationRule.model_validate({**RULES["split-result"].model_dump(), "implied_tail": False})
    assert event_candidates([split_event([("result", "star")])], [plain], TYPES, lambda s, e: "front") == []


def index_of(
    words: list[str], heads: list[int], deps: list[str], groups: dict[str, list[int]]
) -> EntityIndex:
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    table = []
    for eid, positions in groups.items():
        mentions = [
            {"start": doc[i].idx, "end": doc[i].idx + len(doc[i]), "text": doc[i].text} for i in positions
        ]
        table.append(
            {
                "id": eid,
                "kind": "actor",
                "type": "ARMED_GROUP",
                "name": mentions[0]["text"],
                "aliases": [],
                "gazetteer_key": None,
                "mentions": mentions,
            }
        )
    return EntityIndex(doc, table, {}, Anaphora(types=frozenset({"ARMED_GROUP"})))


def test_a_listing_preposition_alone_or_as_a_two_word_phrase() -> None:
    # "groups such as Front" / "groups as Front" / "groups including Front"
    doc = Doc(
        VOCAB,
        words=["groups", "such", "as", "Front", "groups", "as", "Front", "groups", "including", "Front"],
    )
    preps = frozenset({"including", "such as"})
    assert [listing_preposition(doc[i], preps) for i in (2, 5, 8)] == [True, False, True]


def test_the_group_under_discussion() -> None:
    # "Front grew . Front fought Guard . Star broke away ." (three sentences)
    words = ["Front", "grew", ".", "Front", "fought", "Guard", ".", "Star", "broke", "away", "."]
    heads = [1, 1, 1, 4, 4, 4, 4, 8, 8, 8, 8]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "prt", "punct"]
    index = index_of(words, heads, deps, {"front": [0, 3], "guard": [5], "star": [7]})
    # nothing named before it in its sentence but the splinter: the group the text is about
    assert index.group_in_discussion(8, frozenset({"star"})) == "front"
    # a group named earlier in the same sentence comes first
    assert index.group_in_discussion(5, frozenset()) == "front"
    assert index.group_in_discussion(6, frozenset({"front"})) == "guard"
    # before anything is named there is no group
    assert index.group_in_discussion(0, frozenset()) is None


def rule(rid: str, yields_to: list[str] | None = None) -> RelationRule:
    return RelationRule.model_validate(
        {
            "id": rid,
            "label": "ENEMY_OF",
            "pattern": [
                {"RIGHT_ID": "verb", "RIGHT_ATTRS": {}},
                {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "a", "RIGHT_ATTRS": {}},
            ],
            "head": "a",
            "tail": "verb",
            "yields_to": yields_to or [],
            "comment": "test",
        }
    )


def test_a_record_yields_to_a_more_specific_reading_at_its_anchor() -> None:
    general, specific = rule("general", ["specific"]), rule("specific")
    at = lambda r, verb: RuleMatch(r, verb, verb + 1, (("verb", verb), ("a", verb + 1)))  # noqa: E731
    matches = [at(general, 3), at(specific, 3), at(general, 9)]
    assert [(m.rule.id, m.anchor) for m in yielded(matches)] == [("specific", 3), ("general", 9)]


@pytest.mark.pipeline
def test_a_record_yielding_to_an_unknown_record_is_rejected(nlp: Language) -> None:
    from briefextract.errors import RuleFileError

    component = nlp.get_pipe("briefextract_relations")
    bad = {**rule("lonely", ["no-such-record"]).model_dump(), "id": "lonely"}
    before = list(component.records)
    with pytest.raises(RuleFileError, match="no-such-record"):
        component.add_patterns([bad])
    component.records[:] = before
    component.add_patterns([])


def test_leading_a_group_is_no_hostility_in_the_same_statement() -> None:
    took = (0, 10)
    kept = most_specific(
        [
            Candidate("vell", "ENEMY_OF", "front", took, took, "takeover-enemy@e1", None),
            Candidate("vell", "LEADER_OF", "front", took, took, "takeover-leader@e1", None),
        ]
    )
    assert [(c.type, c.provenance) for c in kept] == [("LEADER_OF", "takeover-leader@e1")]


@pytest.mark.pipeline
@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "The Gold Lantern Brigade and the Iron Wheel Movement fought each other for a decade.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
            None,
        ),
        (
            "The Gold Lantern Brigade and the Iron Wheel Movement clashed near the river in 2010.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
            None,
        ),
        (
            "The Gold Lantern Brigade and the Iron Wheel Movement clashed with the Free Moor Party.",
            ("Iron Wheel Movement", "ENEMY_OF", "Free Moor Party"),
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
        ),
        (
            "The Gold Lantern Brigade's long war with the Iron Wheel Movement ended in 2012.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
            None,
        ),
        (
            "By 2011, leadership of the Gold Lantern Brigade had passed to Maria Santos.",
            ("Maria Santos", "LEADER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "In 2011 Maria Santos took over the Gold Lantern Brigade.",
            ("Maria Santos", "LEADER_OF", "Gold Lantern Brigade"),
            ("Maria Santos", "ENEMY_OF", "Gold Lantern Brigade"),
        ),
        (
            "The Gold Lantern Brigade is a militant group. In 2003 a faction led by Maria Santos "
            "broke away to form the Iron Wheel Movement.",
            ("Iron Wheel Movement", "SPLINTER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Iron Wheel Movement emerged in 2003 from a split within the Gold Lantern Brigade.",
            ("Iron Wheel Movement", "SPLINTER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "Maria Santos co-founded the Gold Lantern Brigade with Peter Olsen.",
            ("Peter Olsen", "FOUNDER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Iron Wheel Movement is affiliated with the Gold Lantern Brigade.",
            ("Iron Wheel Movement", "AFFILIATE_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Gold Lantern Brigade and the Iron Wheel Movement fought together in the mountains.",
            ("Gold Lantern Brigade", "ALLIED_WITH", "Iron Wheel Movement"),
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
        ),
        (
            "Peter Olsen left the Gold Lantern Brigade in 1998.",
            ("Peter Olsen", "MEMBER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Gold Lantern Brigade has always been hostile to the Iron Wheel Movement.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
            None,
        ),
        (
            "Peter Olsen was replaced as leader of the Gold Lantern Brigade by Maria Santos.",
            ("Maria Santos", "LEADER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Gold Lantern Brigade controls territory in southern Chad.",
            ("Gold Lantern Brigade", "OPERATES_IN", "southern Chad"),
            None,
        ),
        (
            "The Gold Lantern Brigade's leaders include Maria Santos and Peter Olsen.",
            ("Peter Olsen", "LEADER_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Iron Wheel Movement operates as the military arm of the Gold Lantern Brigade.",
            ("Iron Wheel Movement", "PART_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Gold Lantern Brigade has its headquarters in Nairobi.",
            ("Gold Lantern Brigade", "OPERATES_IN", "Nairobi"),
            None,
        ),
        (
            "The Iron Wheel Movement, known until 2009 as the Gold Lantern Brigade, recruits widely.",
            ("Iron Wheel Movement", "SUCCESSOR_OF", "Gold Lantern Brigade"),
            None,
        ),
        # a relative possessor stands for the noun its clause modifies
        (
            "The Gold Lantern Brigade, whose fighters are active in Chad, has about 900 members.",
            ("Gold Lantern Brigade", "OPERATES_IN", "Chad"),
            None,
        ),
        (
            "Sudan has armed and trained the Gold Lantern Brigade.",
            ("Gold Lantern Brigade", "ALLIED_WITH", "Sudan"),
            None,
        ),
        # an owner carrier's list of owners: each is an end
        (
            "The Gold Lantern Brigade seeks to overthrow several governments, "
            "including those of Kenya and Chad.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Chad"),
            None,
        ),
        # a two-word listing preposition spreads an end like "including"
        (
            "The Gold Lantern Brigade targeted rival groups such as the Iron Wheel Movement.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Iron Wheel Movement"),
            None,
        ),
        # an owner carrier whose possessor is a pronoun stands for the group it takes up
        (
            "The Gold Lantern Brigade is a rebel group. "
            "Its fighters ambushed army patrols in the Rift Valley.",
            ("Gold Lantern Brigade", "OPERATES_IN", "Rift Valley"),
            None,
        ),
        (
            "Remnants of the Gold Lantern Brigade remain active in the Rift Valley.",
            ("Gold Lantern Brigade", "OPERATES_IN", "Rift Valley"),
            None,
        ),
        (
            "The Gold Lantern Brigade is a rebel group whose strongholds lie in the Rift Valley.",
            ("Gold Lantern Brigade", "OPERATES_IN", "Rift Valley"),
            None,
        ),
        (
            "Kenya's government deployed troops to the north to fight the Gold Lantern Brigade.",
            ("Kenya", "ENEMY_OF", "Gold Lantern Brigade"),
            None,
        ),
        (
            "The Gold Lantern Brigade launched its armed struggle in 1980 against the state of Kenya.",
            ("Gold Lantern Brigade", "ENEMY_OF", "Kenya"),
            None,
        ),
        # the ends of a wing noun inside one name state nothing, nor do their conjuncts
        (
            "The council's members included the Gold Lantern Brigade and the Iron Wheel Movement.",
            None,
            ("Iron Wheel Movement", "PART_OF", "Gold Lantern Brigade"),
        ),
    ],
)
def test_unseen_constructions(
    nlp: Language,
    text: str,
    wanted: tuple[str, str, str] | None,
    unwanted: tuple[str, str, str] | None,
) -> None:
    brief = build_brief(nlp(text), "invented")
    names = {a.id: a.name for a in brief.actors} | {p.id: p.name for p in brief.places}
    found = {(names[r.head], r.type, names[r.tail]) for r in brief.relations}
    if wanted is not None:
        assert wanted in found
    if unwanted is not None:
        assert unwanted not in found
