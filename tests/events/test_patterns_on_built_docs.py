"""Every trigger and modality-cue record matches its own examples on a hand-built Doc.

The Docs are built from parses frozen by ``scripts/freeze_rule_parses.py``
(``example_parses.jsonl``), so these tests do not load the statistical pipeline and
do not change when the model does; a record that reads entity types finds them in the
frozen named-entity tags of its examples. Positive trigger examples (``<ev type=T>``) must be
matched by their record over the marked words, as must the word a veto record marks
(``<veto>``); a cue example (``<cue>``) must be matched by its cue record on the cue word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from briefextract.events.event_rules import CueRule, TriggerRule
from briefextract.rules import Lexicon, RuleSet
from briefextract.rules.inline import parse_inline
from briefextract.rules.resources import model_path, read_jsonl

PARSES = [
    json.loads(line) for line in (Path(__file__).parent / "example_parses.jsonl").read_text().splitlines()
]
# Negative cue examples mark no cue: they are run end to end in test_event_rules.py.
MARKED = [
    r
    for r in PARSES
    if (r["file"] == "triggers.jsonl" and ("<ev" in r["example"] or "<veto>" in r["example"]))
    or "<cue>" in r["example"]
]
VOCAB = spacy.blank("en").vocab
LEXICON = Lexicon.from_files([model_path("events/lexicon.jsonl")])
RULES = {
    "triggers.jsonl": RuleSet(VOCAB, read_jsonl(model_path("events/triggers.jsonl"), TriggerRule), LEXICON),
    "modality.jsonl": RuleSet(VOCAB, read_jsonl(model_path("events/modality.jsonl"), CueRule), LEXICON),
}


def _doc(row: dict) -> Doc:
    return Doc(
        VOCAB,
        words=row["words"],
        spaces=row["spaces"],
        heads=row["heads"],
        deps=row["deps"],
        tags=row["tags"],
        pos=row["pos"],
        lemmas=row["lemmas"],
        # Frozen only for a record that reads entity types (IOB strings, "B-PERSON").
        ents=row.get("ents"),
    )


def test_every_example_has_a_frozen_parse() -> None:
    frozen = {(r["file"], r["rule"], r["example"]) for r in PARSES}
    for fname in RULES:
        for line in model_path(f"events/{fname}").read_text().splitlines():
            record = json.loads(line)
            for example in record["examples"]:
                assert (fname, record["id"], example) in frozen, "run scripts/freeze_rule_parses.py"


@pytest.mark.parametrize("row", MARKED, ids=[f"{r['rule']}-{n}" for n, r in enumerate(MARKED)])
def test_record_matches_its_example(row: dict) -> None:
    text, marked = parse_inline(row["example"])
    doc = _doc(row)
    assert doc.text == text
    tag = ("veto" if "<veto>" in row["example"] else "ev") if row["file"] == "triggers.jsonl" else "cue"
    wanted = [m for m in marked if m.tag == tag]
    assert wanted
    matches = [m for m in RULES[row["file"]].matches(doc) if m.rule.id == row["rule"]]
    for w in wanted:
        hits = [
            m
            for m in matches
            if doc[m.start].idx < w.end and w.start < doc[m.end - 1].idx + len(doc[m.end - 1])
        ]
        assert hits, f"{row['rule']} does not match {w.text!r} in {text!r}"


def test_entity_types_are_frozen_for_the_records_that_read_them() -> None:
    for row in PARSES:
        record = next(
            json.loads(line)
            for line in model_path(f"events/{row['file']}").read_text().splitlines()
            if json.loads(line)["id"] == row["rule"]
        )
        if "ENT_TYPE" in json.dumps(record["pattern"]):
            assert "ents" in row, f"{row['rule']}: run scripts/freeze_rule_parses.py"
            assert any(t.ent_type_ for t in _doc(row)), row["rule"]
