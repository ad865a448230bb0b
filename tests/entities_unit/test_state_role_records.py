"""Each state-role record (``models/entities/state_roles.jsonl``) on a hand-built parse:
the case it decides, and the same case read again with the record removed, which must
come out otherwise (so a record no test needs would show here)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.entities.context import MAX_LINKS, RoleMarks, StateRoleRecord, acts_as_state
from briefextract.entities.resolver import EntityResolver
from briefextract.rules import RuleSet
from tests.entities_unit.conftest import Row, parsed, record, summary

STATE = ("actor", "STATE")
COUNTRY = ("place", "COUNTRY")
CITY = ("place", "CITY")

# record id -> (rows, name, its role with the record). Without the record the name's role
# differs. Capitals that act are named by their country.
CASES: dict[str, tuple[list[Row], str, tuple[str, str]]] = {
    "state-subject": (
        [
            ("Kenya", 1, "nsubj", "PROPN", "B-GPE"),
            ("sent", 0, "ROOT", "VERB", "O", "VBD", "send"),
            ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "capital-subject": (
        [
            ("Nairobi", 1, "nsubjpass", "PROPN", "B-GPE"),
            ("was", 1, "auxpass", "AUX", "O", "VBD", "be"),
            ("blamed", 0, "ROOT", "VERB", "O", "VBN", "blame"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-hyphen-participle": (
        [
            ("A", 4, "det", "DET", "O"),
            ("Kenya~", 2, "npadvmod", "PROPN", "B-GPE"),
            ("-~", 1, "punct", "PUNCT", "O", "HYPH"),
            ("trained", 1, "amod", "VERB", "O", "VBN", "train"),
            ("militia", 1, "nsubj", "NOUN", "O"),
            ("fled", 0, "ROOT", "VERB", "O", "VBD", "flee"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    # "allies" is listed, its lemma "ally" is not: only the word as written decides
    "state-modifies-head-noun": (
        [
            ("Kenya", 2, "poss", "PROPN", "B-GPE"),
            ("'s", -1, "case", "PART", "O"),
            ("allies", 1, "nsubj", "NOUN", "O", "NNS", "ally"),
            ("fled", 0, "ROOT", "VERB", "O", "VBD", "flee"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    # "envoys" is not listed, its lemma "envoy" is
    "state-modifies-head-noun-lemma": (
        [
            ("Kenya", 2, "poss", "PROPN", "B-GPE"),
            ("'s", -1, "case", "PART", "O"),
            ("envoys", 1, "nsubj", "NOUN", "O", "NNS", "envoy"),
            ("left", 0, "ROOT", "VERB", "O", "VBD", "leave"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-party-preposition": (
        [
            ("The", 1, "det", "DET", "O"),
            ("treaty", 3, "nsubj", "NOUN", "O"),
            ("with", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            ("lapsed", 0, "ROOT", "VERB", "O", "VBD", "lapse"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-party-preposition-alone": (
        [
            ("Against", 0, "ROOT", "ADP", "O", "IN", "against"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-support-from": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("fought", 0, "ROOT", "VERB", "O", "VBD", "fight"),
            ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
            ("from", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-support-from-lemma": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("ignored", 0, "ROOT", "VERB", "O", "VBD", "ignore"),
            ("demands", -1, "dobj", "NOUN", "O", "NNS", "demand"),
            ("of", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-support-from-on-verb": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("sent", 0, "ROOT", "VERB", "O", "VBD", "send"),
            ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
            ("to", -2, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-support-from-on-verb-lemma": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("made", 0, "ROOT", "VERB", "O", "VBD", "make"),
            ("requests", -1, "dobj", "NOUN", "O", "NNS", "request"),
            ("to", -2, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-object-of-verb": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("warned", 0, "ROOT", "VERB", "O", "VBD", "warn"),
            ("Kenya", -1, "dobj", "PROPN", "B-GPE"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-object-then-subject": (
        [
            ("The", 1, "det", "DET", "O"),
            ("raid", 1, "nsubj", "NOUN", "O"),
            ("led", 0, "ROOT", "VERB", "O", "VBD", "lead"),
            ("Kenya", -1, "dobj", "PROPN", "B-GPE"),
            ("to", 1, "aux", "PART", "O", "TO"),
            ("act", -3, "xcomp", "VERB", "O", "VB", "act"),
            (".", -4, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    # "authorities" is listed, its lemma "authority" is not
    "capital-modifies-government": (
        [
            ("The", 2, "det", "DET", "O"),
            ("Nairobi", 1, "compound", "PROPN", "B-GPE"),
            ("authorities", 1, "nsubj", "NOUN", "O", "NNS", "authority"),
            ("resigned", 0, "ROOT", "VERB", "O", "VBD", "resign"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    # "governments" is not listed, its lemma "government" is
    "capital-modifies-government-lemma": (
        [
            ("The", 2, "det", "DET", "O"),
            ("Nairobi", 1, "compound", "PROPN", "B-GPE"),
            ("governments", 1, "nsubj", "NOUN", "O", "NNS", "government"),
            ("fell", 0, "ROOT", "VERB", "O", "VBD", "fall"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-apposition-to-collective": (
        [
            ("Rebels", 1, "nsubj", "NOUN", "O", "NNS", "rebel"),
            ("fought", 0, "ROOT", "VERB", "O", "VBD", "fight"),
            ("two", 1, "nummod", "NUM", "O"),
            ("powers", -2, "dobj", "NOUN", "O", "NNS", "power"),
            (":", -1, "punct", "PUNCT", "O"),
            ("Kenya", -2, "appos", "PROPN", "B-GPE"),
            (".", -5, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "state-head-of": (
        [
            ("The", 1, "det", "DET", "O"),
            ("leaders", 3, "nsubj", "NOUN", "O", "NNS", "leader"),
            ("of", -1, "prep", "ADP", "O"),
            ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
            ("met", 0, "ROOT", "VERB", "O", "VBD", "meet"),
            (".", -1, "punct", "PUNCT", "O"),
        ],
        "Kenya",
        STATE,
    ),
    "same-role-conjunct": (
        [
            ("Kenya", 3, "nsubj", "PROPN", "B-GPE"),
            ("and", -1, "cc", "CCONJ", "O"),
            ("Ethiopia", -2, "conj", "PROPN", "B-GPE"),
            ("sent", 0, "ROOT", "VERB", "O", "VBD", "send"),
            ("troops", -1, "dobj", "NOUN", "O", "NNS", "troop"),
            (".", -2, "punct", "PUNCT", "O"),
        ],
        "Ethiopia",
        STATE,
    ),
}


def role(doc: Doc, name: str) -> tuple[str, str] | None:
    return next(((kind, etype) for n, kind, etype in summary(doc) if n == name), None)


@pytest.mark.parametrize("rule_id", list(CASES), ids=list(CASES))
def test_a_record_decides_its_case(
    nlp: Language, resolver: EntityResolver, monkeypatch: pytest.MonkeyPatch, rule_id: str
) -> None:
    rows, name, expected = CASES[rule_id]
    assert role(parsed(nlp, rows), name) == expected, summary(parsed(nlp, rows))
    rules = resolver.state_roles
    assert any(r.id == rule_id for r in rules.records)
    without = RuleSet(nlp.vocab, [r for r in rules.records if r.id != rule_id], rules.lexicon)
    monkeypatch.setattr(resolver, "state_roles", without)
    assert role(parsed(nlp, rows), name) != expected, summary(parsed(nlp, rows))


def test_every_state_role_record_has_a_case(resolver: EntityResolver) -> None:
    # The three records the older tests cover (test_state_roles.py) are left out here.
    older = {"state-those-of", "state-collective-namely"}
    assert {r.id for r in resolver.state_roles.records} - older == set(CASES)


def test_a_country_after_a_border_noun_and_a_party_preposition_is_the_territory(nlp: Language) -> None:
    rows: list[Row] = [
        ("The", 1, "det", "DET", "O"),
        ("border", 3, "nsubj", "NOUN", "O"),
        ("with", -1, "prep", "ADP", "O"),
        ("Kenya", -1, "pobj", "PROPN", "B-GPE"),
        ("closed", 0, "ROOT", "VERB", "O", "VBD", "close"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert role(parsed(nlp, rows), "Kenya") == COUNTRY


def test_a_capital_after_a_preposition_is_the_city(nlp: Language) -> None:
    # The party-preposition record reads countries only.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "O"),
        ("treaty", 3, "nsubj", "NOUN", "O"),
        ("with", -1, "prep", "ADP", "O"),
        ("Nairobi", -1, "pobj", "PROPN", "B-GPE"),
        ("lapsed", 0, "ROOT", "VERB", "O", "VBD", "lapse"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert summary(parsed(nlp, rows)) == [("Nairobi", *CITY)]


def test_a_conjuncts_provenance_names_the_link_and_the_heads_record(nlp: Language) -> None:
    rows, _, _ = CASES["same-role-conjunct"]
    ethiopia = record(parsed(nlp, rows), "Ethiopia")
    assert ethiopia["rules"] == ["gazetteer:country-ET+same-role-conjunct+state-subject"]


def test_a_capitals_provenance_names_its_entry_and_record(nlp: Language) -> None:
    rows, _, _ = CASES["capital-modifies-government-lemma"]
    kenya = record(parsed(nlp, rows), "Kenya")
    assert len(kenya["rules"]) == 1
    assert kenya["rules"][0].startswith("gazetteer:city-")
    assert kenya["rules"][0].endswith("+capital-modifies-government-lemma")


def test_a_conjunct_takes_the_role_of_a_head_that_is_no_name(nlp: Language) -> None:
    # "Rebels and Kenya attacked .": the subject's role passes to its conjunct
    rows: list[Row] = [
        ("Rebels", 3, "nsubj", "NOUN", "O", "NNS", "rebel"),
        ("and", -1, "cc", "CCONJ", "O"),
        ("Kenya", -2, "conj", "PROPN", "B-GPE"),
        ("attacked", 0, "ROOT", "VERB", "O", "VBD", "attack"),
        (".", -1, "punct", "PUNCT", "O"),
    ]
    assert role(parsed(nlp, rows), "Kenya") == STATE


# --- the mechanism on marks alone -----------------------------------------------------
def _chain(doc_len: int) -> Doc:
    from spacy.vocab import Vocab

    words = [f"w{i}" for i in range(doc_len)]
    heads = [0, *range(doc_len - 1)]  # each word hangs on the one before
    deps = ["ROOT"] + ["conj"] * (doc_len - 1)
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_a_role_passes_over_at_most_max_links() -> None:
    doc = _chain(MAX_LINKS + 2)
    same = {i: (i - 1, ("link",)) for i in range(1, len(doc))}
    marks = RoleMarks(heads={0: ("mark",)}, same=same)
    reached = doc[MAX_LINKS : MAX_LINKS + 1]
    assert acts_as_state(reached, marks) == ("link",) * MAX_LINKS + ("mark",)
    assert acts_as_state(doc[MAX_LINKS + 1 : MAX_LINKS + 2], marks) == ()


def test_a_last_word_mark_counts_for_the_name_that_ends_there() -> None:
    doc = _chain(3)
    marks = RoleMarks(last={2: ("end",)})
    assert acts_as_state(doc[1:3], marks) == ("end",)  # root w1, last word w2
    assert acts_as_state(doc[1:2], marks) == ()


@pytest.mark.parametrize(
    "fields",
    [
        {"label": "PLACE"},
        {"label": "SAME_ROLE", "matcher": "dependency", "pattern": [{"RIGHT_ID": "name", "RIGHT_ATTRS": {}}]},
    ],
    ids=["unknown-label", "same-role-without-head"],
)
def test_state_role_records_are_strict(fields: dict[str, object]) -> None:
    base: dict[str, object] = {"id": "r", "label": "STATE", "pattern": [{"LOWER": "x"}], "comment": "c"}
    with pytest.raises(ValidationError):
        StateRoleRecord.model_validate({**base, **fields})
