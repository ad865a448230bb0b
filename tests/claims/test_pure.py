"""Pure functions of the claim layer, from tables."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from pydantic import ValidationError
from spacy.tokens import Doc

from briefextract.claims.claim_rules import ClaimRule, HedgeRule, SourceRule
from briefextract.claims.claim_words import ClaimWords
from briefextract.claims.extract import is_contrast_clause, is_summary_apposition
from briefextract.claims.hedging import HedgeHit, hedged_by
from briefextract.claims.quotes import find_quotes
from briefextract.claims.sources import head_of_relative, implicit_subject
from briefextract.claims.spans import (
    block_after,
    kind_of,
    quote_after,
    snap_to_quotes,
    trim_chars,
    trim_tokens,
)
from briefextract.rules import Lexicon
from briefextract.rules.resources import model_path


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("She said \u201cthe port is shut\u201d.", "the port is shut", "direct"),
        ("She said the port was \u201cshut for good\u201d.", "the port was \u201cshut for good", "mixed"),
        ("She said the port was shut.", "the port was shut", "indirect"),
        ('She said "the port is shut".', "the port is shut", "direct"),
    ],
    ids=["direct", "mixed", "indirect", "straight-direct"],
)
def test_kind_of(text: str, content: str, kind: str) -> None:
    start = text.index(content)
    assert kind_of(start, start + len(content), find_quotes(text)) == kind


def test_snap_widens_to_a_quote_that_runs_over_sentences() -> None:
    text = "\u201cThe truce failed. The talks go on,\u201d said Ana Vell."
    quotes = find_quotes(text)
    start = text.index("The talks")
    cue = text.index("said")
    snapped = snap_to_quotes(start, start + len("The talks go on"), quotes, (cue, cue + 4))
    assert text[snapped[0] : snapped[1]] == "The truce failed. The talks go on,"


def test_snap_leaves_a_quote_holding_the_cue() -> None:
    text = "\u201cThey said the port was shut,\u201d he recalled."
    quotes = find_quotes(text)
    start = text.index("the port")
    cue = text.index("said")
    assert snap_to_quotes(start, start + 17, quotes, (cue, cue + 4)) == (start, start + 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It stated:\n\n  We will not disarm.\n\nNext.", "We will not disarm."),
        ("It stated: we will not disarm.\nNext.", "we will not disarm."),
        ("It stated that we will not disarm.", None),
    ],
    ids=["indented-block", "same-line", "no-colon"],
)
def test_block_after(text: str, expected: str | None) -> None:
    found = block_after(text, text.index("stated") + len("stated"))
    assert (None if found is None else text[found[0] : found[1]]) == expected


def test_quote_after_skips_a_comma_only() -> None:
    text = "according to Ana Vell, \u201cthe port is shut\u201d and more"
    quotes = find_quotes(text)
    q = quote_after(text, text.index(","), quotes)
    assert q is not None and text[q.start : q.end] == "the port is shut"
    assert quote_after(text, 0, quotes) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [(" \u201cthe port.\u201d ", "the port"), ("the port,", "the port"), ("\u00ab oui \u00bb", "oui")],
    ids=["curly", "comma", "guillemets"],
)
def test_trim_chars(text: str, expected: str) -> None:
    start, end = trim_chars(text, 0, len(text))
    assert text[start:end] == expected


HITS = [
    HedgeHit(3, 4, "HEDGE", "claim", "hedge-modal"),
    HedgeHit(12, 15, "HEDGE", "following", "not-substantiated"),
    HedgeHit(20, 21, "HEDGE", "claim", "hedge-doubt"),
    HedgeHit(19, 21, "NOT_HEDGE", "claim", "doubt-pseudo"),
]


@pytest.mark.parametrize(
    ("claim", "following", "rule"),
    [
        ((0, 10), (10, 11), "hedge-modal"),
        ((5, 10), (10, 16), "not-substantiated"),
        ((5, 10), (10, 11), None),
        ((18, 25), (25, 30), None),
        ((12, 16), (16, 20), "not-substantiated"),
        ((0, 3), (4, 11), None),
    ],
    ids=["modal-inside", "disputed-after", "none", "pseudo-hedge", "dispute-inside", "too-far"],
)
def test_hedged_by(claim: tuple[int, int], following: tuple[int, int], rule: str | None) -> None:
    hit = hedged_by(claim, following, HITS)
    assert (hit.rule if hit else None) == rule


def test_records_are_strict() -> None:
    base = {
        "id": "x",
        "label": "REPORT",
        "matcher": "dependency",
        "pattern": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "say"}}],
        "content": ["cue"],
        "comment": "c",
    }
    ClaimRule.model_validate(base)
    with pytest.raises(ValidationError):
        ClaimRule.model_validate({**base, "unknown": 1})
    with pytest.raises(ValidationError):
        ClaimRule.model_validate({**base, "content": ["nowhere"]})
    with pytest.raises(ValidationError):
        ClaimRule.model_validate({**base, "label": "GOSSIP"})
    with pytest.raises(ValidationError):
        HedgeRule.model_validate({"id": "h", "label": "MAYBE", "pattern": [{"LOWER": "may"}], "comment": "c"})
    with pytest.raises(ValidationError):
        SourceRule.model_validate(
            {"id": "s", "label": "SPEAKS_FOR", "pattern": [{"LOWER": "spokesman"}], "comment": "c"}
        )


def test_a_leading_complementiser_of_the_lexicon_is_trimmed_from_a_content() -> None:
    # "that the Velna Front attacked": the claims lexicon's COMPLEMENTIZERS say "that" goes.
    words = ClaimWords.from_lexicon(Lexicon.from_files([model_path("claims/lexicon.jsonl")]))
    doc = Doc(
        spacy.blank("en").vocab,
        words=["that", "the", "Velna", "Front", "attacked"],
        heads=[4, 3, 3, 4, 4],
        deps=["mark", "det", "compound", "nsubj", "ROOT"],
    )
    assert trim_tokens(doc, set(range(5)), words) == (1, 5)
    assert trim_tokens(doc, set(range(5)), replace(words, complementizers=frozenset())) == (0, 5)
    assert trim_tokens(doc, set(range(5)), replace(words, complementizer_deps=frozenset())) == (0, 5)


WORDS = ClaimWords.from_lexicon(Lexicon.from_files([model_path("claims/lexicon.jsonl")]))


def test_a_coordinator_at_the_edge_of_a_content_is_trimmed() -> None:
    # EDGE_COORDINATOR_DEPS: "and the pass was closed" reports "the pass was closed".
    doc = Doc(
        spacy.blank("en").vocab,
        words=["and", "the", "pass", "was", "closed"],
        heads=[4, 2, 4, 4, 4],
        deps=["cc", "det", "nsubjpass", "auxpass", "ROOT"],
    )
    assert trim_tokens(doc, set(range(5)), WORDS) == (1, 5)
    assert trim_tokens(doc, set(range(5)), replace(WORDS, edge_coordinator_deps=frozenset())) == (0, 5)


def test_a_participle_shares_the_subject_of_the_verb_it_hangs_from() -> None:
    # SHARED_SUBJECT_DEPS: "Ana Vell spoke, insisting that ..." - Vell speaks through "insisting".
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Ana", "Vell", "spoke", ",", "insisting", "that", "it", "was", "closed"],
        heads=[1, 2, 2, 2, 2, 8, 8, 8, 4],
        deps=["compound", "nsubj", "ROOT", "punct", "advcl", "mark", "nsubjpass", "auxpass", "ccomp"],
    )
    assert implicit_subject(doc[4], WORDS) == 1
    assert implicit_subject(doc[4], replace(WORDS, shared_subject_deps=frozenset())) is None


def test_a_relative_pronoun_stands_for_its_noun_through_a_conjoined_verb() -> None:
    # SHARED_SUBJECT_DEPS: "officials who met and said" - "who" stands for "officials".
    doc = Doc(
        spacy.blank("en").vocab,
        words=["officials", "who", "met", "and", "said"],
        heads=[0, 2, 0, 2, 2],
        deps=["ROOT", "nsubj", "relcl", "cc", "conj"],
        tags=["NNS", "WP", "VBD", "CC", "VBD"],
    )
    relative_of_said = doc[1]
    assert head_of_relative(relative_of_said, WORDS).i == 0
    # As the subject the parser gave "said" through its conjunct, the pronoun reaches the noun
    # only by climbing from "said" over the conjunction.
    said_subject = Doc(
        spacy.blank("en").vocab,
        words=["officials", "met", "and", "who", "said"],
        heads=[0, 0, 1, 4, 1],
        deps=["ROOT", "relcl", "cc", "nsubj", "conj"],
        tags=["NNS", "VBD", "CC", "WP", "VBD"],
    )
    assert head_of_relative(said_subject[3], WORDS).i == 0
    assert head_of_relative(said_subject[3], replace(WORDS, shared_subject_deps=frozenset())).i == 3


def test_a_contrast_after_a_comma_is_cut_from_a_content() -> None:
    # CONTRAST_MARKERS / CONTRAST_CLAUSE_DEPS: "..., while traders say it is shut" is the
    # author's counterpoint; without the comma ("while the guards slept") it is part of it.
    words = ["the", "port", "is", "open", ",", "while", "traders", "say", "it", "is", "shut"]
    heads = [1, 2, 2, 2, 2, 7, 7, 2, 9, 7, 9]
    deps = ["det", "nsubj", "ROOT", "acomp", "punct", "mark", "nsubj", "advcl", "nsubj", "ccomp", "acomp"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert is_contrast_clause(doc[7], WORDS)
    assert not is_contrast_clause(doc[7], replace(WORDS, contrast_markers=frozenset()))
    no_comma = Doc(
        vocab,
        words=[w for w in words if w != ","],
        heads=[1, 2, 2, 2, 6, 6, 2, 8, 6, 8],
        deps=[d for d in deps if d != "punct"],
    )
    assert not is_contrast_clause(no_comma[6], WORDS)


def test_a_phrase_naming_the_statement_is_no_part_of_it() -> None:
    # SUMMARY_NOUNS: "..., an accusation the army denies" is the author's comment.
    words = ["troops", "burned", "farms", ",", "an", "accusation", "the", "army", "denies"]
    heads = [1, 1, 1, 1, 5, 1, 7, 8, 5]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "npadvmod", "det", "nsubj", "relcl"]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "DET", "NOUN", "VERB"]
    lemmas = ["troop", "burn", "farm", ",", "an", "accusation", "the", "army", "deny"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert is_summary_apposition(doc[5], WORDS)
    assert not is_summary_apposition(doc[5], replace(WORDS, summary_nouns=frozenset()))
    assert not is_summary_apposition(doc[2], WORDS)  # no comma before "farms"
