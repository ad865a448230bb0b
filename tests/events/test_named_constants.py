"""Parse labels the event passes test are named constants that a test can swap: a conjunct is
listed with its head (``CONJUNCT_DEPS``), a pronoun is told from a description
(``PRONOUN_POS``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from briefextract.events import act_separation, participant_roles
from briefextract.rules.lexicon import Lexicon, WordList

VOCAB = spacy.blank("en").vocab


def test_a_conjunct_is_listed_with_its_head(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Doc(VOCAB, words=["Arda", "and", "Belo"], heads=[0, 0, 0], deps=["ROOT", "cc", "conj"])
    links = frozenset({"conj", "appos"})
    assert act_separation._coordinated(doc, [0, 2], links) == {0, 2}
    monkeypatch.setattr(act_separation, "CONJUNCT_DEPS", frozenset())
    assert act_separation._coordinated(doc, [0, 2], links) == set()


def test_a_person_pronoun_takes_up_the_person_named_last(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Doc(VOCAB, words=["he", "left"], heads=[1, 1], deps=["nsubj", "ROOT"], pos=["PRON", "VERB"])
    empty: frozenset[str] = frozenset()
    words = SimpleNamespace(
        determiner_deps=frozenset({"det"}),
        anaphor_dets=empty,
        person_anaphors=frozenset({"he"}),
        person_types=frozenset({"PERSON"}),
        plural_person_nouns=empty,
        person_descriptions=empty,
        anaphors=empty,
        lexicon=Lexicon(
            WordList(id=label.lower(), label=label, words=["government"], comment="no pronoun")
            for label in ("STATE_BODY_NOUNS", "FORCE_NOUNS", "STATE_FORCE_MODIFIERS", "MEMBER_ANAPHORS")
        ),
    )
    index = SimpleNamespace(antecedent=lambda token, types, *rest, **kw: "orla", by_token={})
    assert participant_roles._anaphor(doc[0], index, words) == ["orla"]
    monkeypatch.setattr(participant_roles, "PRONOUN_POS", frozenset())
    assert participant_roles._anaphor(doc[0], index, words) == []
