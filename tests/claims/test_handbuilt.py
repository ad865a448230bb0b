"""Claim constructions on hand-built parses: the rules, not the statistical model, are tested."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.claims.claim_extractor import ClaimExtractor

from .parses import ACCORDING, SAID_THAT, doc_from_rows


@pytest.fixture
def claimer(blank: Language) -> ClaimExtractor:
    return ClaimExtractor(blank)


def _claims(claimer: ClaimExtractor, doc: Doc) -> list[dict[str, Any]]:
    return list(claimer(doc)._.bx_claims.values())


def test_reporting_verb_with_complement(blank: Language, claimer: ClaimExtractor) -> None:
    doc = doc_from_rows(blank, SAID_THAT, spaces=[True] * 7 + [False, False])
    (claim,) = _claims(claimer, doc)
    assert claim["source_text"] == "Ana Vell"
    assert claim["cue"]["text"] == "said"
    assert claim["content"]["text"] == "the port was shut"
    assert claim["kind"] == "indirect"
    assert claim["provenance"]["cue"] == "report-ccomp"
    assert not claim["hedged"]
    group = doc.spans["bx_claims"]
    assert [(s.text, s.label_, s.kb_id_, s.id_) for s in group] == [
        ("said", "indirect", "c1", "report-ccomp")
    ]


def test_according_to_scopes_the_clause_before_it(blank: Language, claimer: ClaimExtractor) -> None:
    doc = doc_from_rows(blank, ACCORDING, spaces=[True] * 4 + [False] + [True] * 4 + [False, False])
    (claim,) = _claims(claimer, doc)
    assert claim["cue"]["text"] == "according to"
    assert claim["source_text"] == "the ministry"
    assert claim["content"]["text"] == "The port may be shut"
    assert claim["hedged"] and claim["provenance"]["hedge"] == "hedge-modal"


def test_quotation_over_two_sentences_is_one_direct_content(blank: Language, claimer: ClaimExtractor) -> None:
    rows = [
        ("\u201c", 3, "punct", "PUNCT", "``", "\u201c"),
        ("The", 2, "det", "DET", "DT", "the"),
        ("port", 3, "nsubj", "NOUN", "NN", "port"),
        ("is", 3, "ROOT", "AUX", "VBZ", "be"),
        ("shut", 3, "acomp", "ADJ", "JJ", "shut"),
        (".", 3, "punct", "PUNCT", ".", "."),
        ("It", 8, "nsubj", "PRON", "PRP", "it"),
        ("will", 8, "aux", "AUX", "MD", "will"),
        ("stay", 11, "ccomp", "VERB", "VB", "stay"),
        ("shut", 8, "acomp", "ADJ", "JJ", "shut"),
        (",\u201d", 11, "punct", "PUNCT", "''", ",\u201d"),
        ("said", 11, "ROOT", "VERB", "VBD", "say"),
        ("Ana", 13, "compound", "PROPN", "NNP", "Ana"),
        ("Vell", 11, "nsubj", "PROPN", "NNP", "Vell"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, True, False, True, True, True, True, False, True, True, True, False, False]
    doc = doc_from_rows(blank, rows, spaces)
    assert doc.text == "\u201cThe port is shut. It will stay shut,\u201d said Ana Vell."
    (claim,) = _claims(claimer, doc)
    assert claim["content"]["text"] == "The port is shut. It will stay shut"
    assert claim["kind"] == "direct"
    assert claim["source_text"] == "Ana Vell"


def test_a_stray_quotation_mark_breaks_nothing(blank: Language, claimer: ClaimExtractor) -> None:
    rows = [
        ("Ana", 1, "compound", "PROPN", "NNP", "Ana"),
        ("Vell", 2, "nsubj", "PROPN", "NNP", "Vell"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("the", 6, "det", "DET", "DT", "the"),
        ('"', 6, "punct", "PUNCT", "``", '"'),
        ("port", 7, "nsubj", "NOUN", "NN", "port"),
        ("closed", 2, "ccomp", "VERB", "VBD", "close"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = doc_from_rows(blank, rows, spaces=[True, True, True, True, True, False, True, False, False])
    assert doc.text == 'Ana Vell said that the "port closed.'
    (claim,) = _claims(claimer, doc)
    assert claim["kind"] == "indirect"
    assert claim["content"]["text"] == 'the "port closed'


def test_a_doc_without_parse_has_no_claims(blank: Language, claimer: ClaimExtractor) -> None:
    doc = blank("Ana Vell said that the port was shut.")
    assert claimer(doc)._.bx_claims == {}
    assert list(doc.spans["bx_claims"]) == []


def test_add_patterns_takes_effect(blank: Language, claimer: ClaimExtractor) -> None:
    rows = [
        (w if w != "said" else "whispered", h, d, p, t, "whisper" if lem == "say" else lem)
        for (w, h, d, p, t, lem) in SAID_THAT
    ]
    doc = doc_from_rows(blank, rows, spaces=[True] * 7 + [False, False])
    assert _claims(claimer, doc) == []
    claimer.add_words(
        [{"id": "more-verbs", "label": "REPORTING_VERBS", "words": ["whisper"], "comment": "c"}]
    )
    assert [c["cue"]["text"] for c in _claims(claimer, doc)] == ["whispered"]


def test_add_patterns_adds_a_construction(blank: Language, claimer: ClaimExtractor) -> None:
    rows = [
        (w if w != "said" else "murmured", h, d, p, t, "murmur" if lem == "say" else lem)
        for (w, h, d, p, t, lem) in SAID_THAT
    ]
    doc = doc_from_rows(blank, rows, spaces=[True] * 7 + [False, False])
    assert _claims(claimer, doc) == []
    claimer.add_patterns(
        [
            {
                "id": "murmur-ccomp",
                "label": "REPORT",
                "matcher": "dependency",
                "pattern": [
                    {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "murmur"}},
                    {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "ccomp"}},
                ],
                "content": ["content"],
                "comment": "test construction",
            }
        ]
    )
    (claim,) = _claims(claimer, doc)
    assert claim["provenance"]["cue"] == "murmur-ccomp"


def test_to_disk_from_disk_round_trip(blank: Language, claimer: ClaimExtractor, tmp_path: Path) -> None:
    claimer.add_words(
        [{"id": "more-verbs", "label": "REPORTING_VERBS", "words": ["whisper"], "comment": "c"}]
    )
    claimer.to_disk(tmp_path / "claims")
    assert sorted(p.name for p in (tmp_path / "claims").iterdir()) == [
        "cues.jsonl",
        "demonyms.json",
        "hedges.jsonl",
        "lexicon.jsonl",
        "sources.jsonl",
    ]
    other = ClaimExtractor(blank).from_disk(tmp_path / "claims")
    assert [r.id for r in other.cues.records] == [r.id for r in claimer.cues.records]
    assert "whisper" in other.lexicon.words("REPORTING_VERBS")
    rows = [
        (w if w != "said" else "whispered", h, d, p, t, "whisper" if lem == "say" else lem)
        for (w, h, d, p, t, lem) in SAID_THAT
    ]
    doc = doc_from_rows(blank, rows, spaces=[True] * 7 + [False, False])
    assert [c["cue"]["text"] for c in _claims(other, doc)] == ["whispered"]


def test_matches_in_a_later_sentence_map_back_to_the_document(
    blank: Language, claimer: ClaimExtractor
) -> None:
    first = [
        ("Rain", 1, "nsubj", "NOUN", "NN", "rain"),
        ("fell", 1, "ROOT", "VERB", "VBD", "fall"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    rows = first + [(w, h + 3, d, p, t, lem) for (w, h, d, p, t, lem) in SAID_THAT]
    doc = doc_from_rows(blank, rows, spaces=[True, False, True] + [True] * 7 + [False, False])
    assert claimer._anchors.tokens(doc) == [5]
    (claim,) = _claims(claimer, doc)
    assert doc.text[claim["cue"]["start"] : claim["cue"]["end"]] == "said"
    assert claim["content"]["text"] == "the port was shut"
    assert claim["source_text"] == "Ana Vell"


# "Rumours spread that claimed the pass was closed.": the parser took the relative "that"
# for a subordinator and made it the subject of "claimed".
MISREAD_SUBORDINATOR = [
    ("Rumours", 1, "nsubj", "NOUN", "NNS", "rumour"),
    ("spread", 1, "ROOT", "VERB", "VBD", "spread"),
    ("that", 3, "nsubj", "SCONJ", "IN", "that"),
    ("claimed", 1, "ccomp", "VERB", "VBD", "claim"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("pass", 7, "nsubjpass", "NOUN", "NN", "pass"),
    ("was", 7, "auxpass", "AUX", "VBD", "be"),
    ("closed", 3, "ccomp", "VERB", "VBN", "close"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_misread_subordinator_stands_for_the_subject_above(
    blank: Language, claimer: ClaimExtractor
) -> None:
    # The source record misread-subordinator (label STANDS_FOR) names "Rumours" as the source.
    doc = doc_from_rows(blank, MISREAD_SUBORDINATOR, spaces=[True] * 7 + [False, False])
    (claim,) = _claims(claimer, doc)
    assert claim["cue"]["text"] == "claimed"
    assert claim["content"]["text"] == "the pass was closed"
    assert claim["source_text"] == "Rumours"


def _accused(bare: bool) -> list[tuple[str, int, str, str, str, str]]:
    """ "The court jailed a mayor accused by the union of graft." (a bare participle modifying
    "mayor"), or "The mayor was accused by the union of graft."; the parser hangs the
    charge on the accuser, as the record accused-by-of expects."""
    if bare:
        head = [
            ("The", 1, "det", "DET", "DT", "the"),
            ("court", 2, "nsubj", "NOUN", "NN", "court"),
            ("jailed", 2, "ROOT", "VERB", "VBD", "jail"),
            ("a", 4, "det", "DET", "DT", "a"),
            ("mayor", 2, "dobj", "NOUN", "NN", "mayor"),
            ("accused", 4, "acl", "VERB", "VBN", "accuse"),
        ]
    else:
        head = [
            ("The", 1, "det", "DET", "DT", "the"),
            ("mayor", 3, "nsubjpass", "NOUN", "NN", "mayor"),
            ("was", 3, "auxpass", "AUX", "VBD", "be"),
            ("accused", 3, "ROOT", "VERB", "VBN", "accuse"),
        ]
    cue = len(head) - 1
    tail = [
        ("by", cue, "agent", "ADP", "IN", "by"),
        ("the", cue + 3, "det", "DET", "DT", "the"),
        ("union", cue + 1, "pobj", "NOUN", "NN", "union"),
        ("of", cue + 3, "prep", "ADP", "IN", "of"),
        ("graft", cue + 4, "pobj", "NOUN", "NN", "graft"),
        (".", 2 if bare else cue, "punct", "PUNCT", ".", "."),  # on the root
    ]
    return head + tail


def test_a_bare_participle_reports_nothing(blank: Language, claimer: ClaimExtractor) -> None:
    # The veto record bare-participle: "a mayor accused by the union of graft" modifies the
    # noun; with an auxiliary of its own ("was accused") the participle heads a clause.
    def doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
        return doc_from_rows(blank, rows, spaces=[True] * (len(rows) - 2) + [False, False])

    (claim,) = _claims(claimer, doc(_accused(bare=False)))
    assert (claim["cue"]["text"], claim["source_text"]) == ("accused", "the union")
    assert _claims(claimer, doc(_accused(bare=True))) == []


def test_a_relative_pronoun_before_the_cue_is_no_content(blank: Language, claimer: ClaimExtractor) -> None:
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("raid", 10, "nsubj", "NOUN", "NN", "raid"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("which", 6, "nsubj", "PRON", "WDT", "which"),
        ("officials", 5, "nsubj", "NOUN", "NNS", "official"),
        ("say", 1, "relcl", "VERB", "VBP", "say"),
        ("killed", 5, "ccomp", "VERB", "VBD", "kill"),
        ("ten", 8, "nummod", "NUM", "CD", "ten"),
        ("people", 6, "dobj", "NOUN", "NNS", "people"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("was", 10, "ROOT", "AUX", "VBD", "be"),
        ("brief", 10, "acomp", "ADJ", "JJ", "brief"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, False, True, True, True, True, True, True, False, True, True, False, False]
    doc = doc_from_rows(blank, rows, spaces)
    assert doc.text == "The raid, which officials say killed ten people, was brief."
    (claim,) = _claims(claimer, doc)
    assert claim["source_text"] == "officials"
    assert claim["content"]["text"] == "killed ten people"


def test_a_blame_verb_finds_its_to_phrase_deep_inside_the_object(
    blank: Language, claimer: ClaimExtractor
) -> None:
    # The parser hangs "to Y" on a clause inside the deed; the deed is still laid on Y.
    rows = [
        ("Writers", 1, "nsubj", "NOUN", "NNS", "writer"),
        ("ascribe", 1, "ROOT", "VERB", "VBP", "ascribe"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("fire", 1, "dobj", "NOUN", "NN", "fire"),
        ("(", 3, "punct", "PUNCT", "-LRB-", "("),
        ("which", 6, "nsubj", "PRON", "WDT", "which"),
        ("killed", 3, "relcl", "VERB", "VBD", "kill"),
        ("two", 8, "nummod", "NUM", "CD", "two"),
        ("guards", 6, "dobj", "NOUN", "NNS", "guard"),
        (")", 3, "punct", "PUNCT", "-RRB-", ")"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("League", 10, "pobj", "PROPN", "NNP", "League"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, True, True, False, True, True, True, False, True, True, True, False, False]
    doc = doc_from_rows(blank, rows, spaces)
    assert doc.text == "Writers ascribe the fire (which killed two guards) to the League."
    (claim,) = _claims(claimer, doc)
    assert claim["provenance"]["cue"] == "attribute-to-on-object"
    assert claim["source_text"] == "Writers"
    assert claim["content"]["text"] == "the fire (which killed two guards) to the League"
