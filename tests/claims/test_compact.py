"""The matching machinery of the claim layer: the anchor filter and the compact Docs it
runs the rules on, each checked against a plain reference on hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.claims.claim_extractor import AnchorFilter, ClaimExtractor
from briefextract.claims.claim_rules import NOT_CLAIM, ClaimRule, HedgeRule
from briefextract.claims.compact import (
    COPIED,
    Compactor,
    compact_doc,
    copied_attrs,
    sentence_spans,
)
from briefextract.rules.lexicon import Lexicon

from .parses import ACCORDING, SAID_THAT, doc_from_rows

# "Ana Vell said that the port was shut. The port may be shut, according to the ministry."
ROWS = SAID_THAT + [(w, h + len(SAID_THAT), d, p, tag, lem) for (w, h, d, p, tag, lem) in ACCORDING]
SPACES = [True] * 7 + [False, True] + [True] * 4 + [False] + [True] * 4 + [False, False]


@pytest.fixture
def doc(blank: Language) -> Doc:
    return doc_from_rows(blank, ROWS, SPACES)


def _reference_anchors(doc: Doc, records: list[ClaimRule], lexicon: Lexicon) -> list[int]:
    """Tokens whose lemma or lower-case form is an anchor word of some cue record, with one of
    its parts of speech: the filter's contract, token by token."""
    out = []
    for token in doc:
        for record in records:
            if record.label == NOT_CLAIM:
                continue
            attrs: dict[str, Any] = lexicon.expand(record.pattern[0]["RIGHT_ATTRS"])
            words: set[str] = set()
            for key in ("LEMMA", "LOWER", "ORTH"):
                spec = attrs.get(key)
                words |= {spec} if isinstance(spec, str) else set(spec.get("IN", [])) if spec else set()
            words |= {w.lower() for w in words}
            pos = attrs.get("POS")
            allowed = None if pos is None else {pos} if isinstance(pos, str) else set(pos["IN"])
            word = token.lemma_ in words or token.lower_ in words
            if word and (allowed is None or token.pos_ in allowed):
                out.append(token.i)
                break
    return out


def test_anchor_filter_agrees_with_the_reference(blank: Language, doc: Doc) -> None:
    claimer = ClaimExtractor(blank)
    records = claimer.cues.records
    assert claimer._anchors.tokens(doc) == _reference_anchors(doc, records, claimer.lexicon)
    # Every anchor of a construction that matches is let through.
    anchors = set(claimer._anchors.tokens(doc))
    assert {m.anchor for m in claimer.cues.matches(doc) if m.rule.label != NOT_CLAIM} <= anchors
    assert {2, 15} <= anchors


def test_anchor_filter_lets_everything_through_without_words(blank: Language, doc: Doc) -> None:
    record = ClaimRule(
        id="any-ccomp",
        label="REPORT",
        matcher="dependency",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"POS": "VERB"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "ccomp"}},
        ],
        content=["content"],
        comment="any verb with a clausal complement",
    )
    assert AnchorFilter(blank.vocab, [record], Lexicon([])).tokens(doc) == list(range(len(doc)))


def test_compact_doc_copies_the_chosen_sentences(doc: Doc) -> None:
    sents = sentence_spans(doc)
    assert sents == [(0, 9), (9, 20)]
    compactor = Compactor(doc)
    small, index = compactor.build([sents[1]])
    assert index == list(range(9, 20))
    assert small.text == doc[9:20].text
    for attr in (HEAD, DEP, POS, TAG, LEMMA):
        assert small.to_array([attr]).tolist() == doc[9:20].as_doc().to_array([attr]).tolist()
    assert [t.is_sent_start for t in small] == [True] + [False] * 10
    # Both sentences, built again from the same arrays, and by the one-off function.
    both, index = compactor.build(sents)
    assert index == list(range(20)) and both.text == doc.text
    assert compact_doc(doc, sents)[0].to_array(COPIED).tolist() == doc.to_array(COPIED).tolist()
    empty, index = compactor.build([])
    assert len(empty) == 0 and index == []


def test_morph_is_copied_only_for_records_that_test_it() -> None:
    plain = HedgeRule(id="h", label="HEDGE", pattern=[{"LOWER": "perhaps"}], comment="an adverb")
    morph = HedgeRule(
        id="m", label="HEDGE", pattern=[{"MORPH": {"IS_SUPERSET": ["Mood=Sub"]}}], comment="a mood"
    )
    assert MORPH not in copied_attrs([plain])
    assert copied_attrs([plain]) == [a for a in COPIED if a != MORPH]
    assert copied_attrs([plain, morph]) == COPIED


def test_cue_groups_find_what_one_rule_set_of_all_records_finds(blank: Language, doc: Doc) -> None:
    claimer = ClaimExtractor(blank)
    groups = claimer._anchors.groups(doc)
    found = []
    for group, ruleset in claimer._cue_parts:
        found += ruleset.matches(doc, anchors=None if group is None else groups[group])
    found.sort(key=lambda m: (m.start, m.end, claimer._cue_order[m.rule.id], m.nodes))
    reference = claimer.cues.matches(doc)
    assert reference and found == reference
    assert claimer._anchors.tokens(doc) == sorted({i for g in groups for i in g})


def test_compactor_text_is_the_doc_text(doc: Doc, blank: Language) -> None:
    assert Compactor(doc).text() == doc.text
    assert Compactor(blank.make_doc("")).text() == ""
