"""The implied-agent records (``models/relations/implied_agents.jsonl``): an event the
event layer left without agent takes its trigger's clause's subject. Hand-built parses
test the reading of each record (each case fails without its record); the records' own
examples run on the statistical parse."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from briefextract.relations.from_events import ImpliedAgents, with_implied_agents
from briefextract.relations.relation_rules import ImpliedAgentRule
from briefextract.rules import Lexicon
from briefextract.rules.inline import parse_inline
from tests.handbuilt import Row, doc_from_rows

from .conftest import IMPLIED_RULES, LEXICON_PATH

VOCAB = spacy.blank("en").vocab
LEXICON = Lexicon.from_files([LEXICON_PATH])

ACTIVE = [
    ("The", 1, "det", "DET", "the"),
    ("band", 2, "nsubj", "NOUN", "band"),
    ("bombed", 2, "ROOT", "VERB", "bomb"),
    ("a", 4, "det", "DET", "a"),
    ("depot", 2, "dobj", "NOUN", "depot"),
]
CONDUCTED = [
    ("The", 1, "det", "DET", "the"),
    ("band", 2, "nsubj", "NOUN", "band"),
    ("launched", 2, "ROOT", "VERB", "launch"),
    ("raids", 2, "dobj", "NOUN", "raid"),
]
COORDINATED = [
    ("The", 1, "det", "DET", "the"),
    ("band", 2, "nsubj", "NOUN", "band"),
    ("left", 2, "ROOT", "VERB", "leave"),
    ("and", 2, "cc", "CCONJ", "and"),
    ("bombed", 2, "conj", "VERB", "bomb"),
    ("a", 6, "det", "DET", "a"),
    ("depot", 4, "dobj", "NOUN", "depot"),
]
# "The band fled and was bombed": the coordinated passive verb's subject suffered the act.
PASSIVE_CONJUNCT = [
    ("The", 1, "det", "DET", "the"),
    ("band", 2, "nsubj", "NOUN", "band"),
    ("fled", 2, "ROOT", "VERB", "flee"),
    ("and", 2, "cc", "CCONJ", "and"),
    ("was", 5, "auxpass", "AUX", "be"),
    ("bombed", 2, "conj", "VERB", "bomb"),
]

CASES = [
    # (rows, trigger token, expected subject token, the record the case needs)
    (ACTIVE, 2, 1, "active-subject"),
    (CONDUCTED, 3, 1, "act-of-conduct-verb"),
    (COORDINATED, 4, 1, "shared-subject"),
    (PASSIVE_CONJUNCT, 5, None, "passive-subject"),
]
CASE_IDS = [case[3] for case in CASES]


def _readings(records: list[ImpliedAgentRule]) -> ImpliedAgents:
    return ImpliedAgents(VOCAB, records, LEXICON)


@pytest.mark.parametrize(("rows", "trigger", "subject", "record"), CASES, ids=CASE_IDS)
def test_the_records_read_the_subject(
    rows: list[Row], trigger: int, subject: int | None, record: str
) -> None:
    doc = doc_from_rows(VOCAB, rows)
    assert _readings(IMPLIED_RULES).subjects(doc, [trigger]) == {trigger: subject}


@pytest.mark.parametrize(("rows", "trigger", "subject", "record"), CASES, ids=CASE_IDS)
def test_each_case_needs_its_record(rows: list[Row], trigger: int, subject: int | None, record: str) -> None:
    doc = doc_from_rows(VOCAB, rows)
    without = _readings([r for r in IMPLIED_RULES if r.id != record])
    assert without.subjects(doc, [trigger]) != {trigger: subject}


def test_an_event_without_agent_takes_the_actor_its_subject_names() -> None:
    doc = doc_from_rows(VOCAB, CONDUCTED)
    raids = doc[3]
    trigger = {"start": raids.idx, "end": raids.idx + len(raids), "text": "raids"}
    lacking = {"id": "e1", "type": "ATTACK", "trigger": trigger, "participants": []}
    named = {
        "id": "e2",
        "type": "ATTACK",
        "trigger": trigger,
        "participants": [{"role": "agent", "ref": "x"}],
    }

    def names(token: Any) -> list[str]:
        return ["band"] if token.text == "band" else []

    out = with_implied_agents(doc, [lacking, named], names, _readings(IMPLIED_RULES))
    assert out[0]["participants"] == [{"role": "agent", "ref": "band"}]
    assert out[1] == named


def test_a_target_must_be_a_node_of_the_pattern() -> None:
    base = {
        "id": "t",
        "label": "SUBJECT",
        "pattern": [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        ],
        "comment": "c",
    }
    assert ImpliedAgentRule.model_validate({**base, "target": "subject"})
    for bad in ({**base}, {**base, "target": "nowhere"}, {**base, "label": "PASSIVE", "target": "subject"}):
        with pytest.raises(ValueError, match="target"):
            ImpliedAgentRule.model_validate(bad)


EXAMPLES = [(r, ex) for r in IMPLIED_RULES for ex in r.examples]
EXAMPLE_IDS = [f"{r.id}-{n}" for n, (r, _) in enumerate(EXAMPLES)]


def test_every_record_has_an_example() -> None:
    assert [r.id for r in IMPLIED_RULES if not r.examples] == []


@pytest.mark.pipeline
@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{r.id}-{n}" for n, (r, _) in enumerate(EXAMPLES)]
)
def test_record_examples(parser: Language, rule: ImpliedAgentRule, example: str) -> None:
    """``<act>`` is the trigger; the record matches at it (``<clause>``: the clause it
    leads to), and all records together read ``<subject>`` (none when untagged)."""
    text, marked = parse_inline(example)
    doc = parser(text)
    tags = {m.tag: m for m in marked}
    act = doc.char_span(tags["act"].start, tags["act"].end, alignment_mode="expand")
    assert act is not None
    alone = ImpliedAgents(doc.vocab, [rule], LEXICON)
    rules = alone._start if rule.label == "ACT_CLAUSE" else alone._clause
    matches = rules.matches(doc, anchors=[act.root.i])
    assert matches, "the record matches at the trigger"
    if "clause" in tags:
        targets = {doc[i].idx for m in matches if (i := m.node(rule.target or "")) is not None}
        assert tags["clause"].start in targets
    found = ImpliedAgents(doc.vocab, IMPLIED_RULES, LEXICON).subjects(doc, [act.root.i])[act.root.i]
    if "subject" in tags:
        assert found is not None
        assert tags["subject"].start <= doc[found].idx < tags["subject"].end
    else:
        assert found is None
