"""Provenance is written, never read back: "typed by default" is a field of the mention,
and the steps that decide on a mention join its rule text through named ids."""

from __future__ import annotations

from spacy.language import Language

from briefextract.entities.aliases import AliasWords, cue_links
from briefextract.entities.canon import (
    STATE_OWNER,
    TYPE_DEFAULT,
    Mention,
    build_entities,
    cluster,
    provenance,
)
from tests.entities_unit.conftest import lexicon_of, marked


def _org(start: int, text: str, etype: str, rule: str, **kw: object) -> Mention:
    return Mention(start, start + len(text), text, "actor", etype, rule, "ner", **kw)  # type: ignore[arg-type]


def test_a_type_given_by_default_barely_votes_whatever_the_rule_text_says() -> None:
    # Both read by the NER; the default reading carries no suffix in its rule text.
    guessed = _org(0, "Velna Unity", "ARMED_GROUP", "ner:ORG", typed_by_default=True)
    evidenced = _org(30, "Velna Unity", "POLITICAL_GROUP", "ner:ORG")
    (ent,) = build_entities([guessed, evidenced], [[0, 1]])
    assert ent.type == "POLITICAL_GROUP"
    # A rule text that merely ends like the default step decides nothing.
    worded = _org(0, "Velna Unity", "ARMED_GROUP", provenance("ner:ORG", TYPE_DEFAULT))
    (ent,) = build_entities([worded, evidenced], [[0, 1]])
    assert ent.type == "ARMED_GROUP"  # equal votes: the first type in order


def test_a_default_typed_personal_name_takes_its_surname() -> None:
    full = _org(0, "Tarvo Greer", "ARMED_GROUP", "ner:ORG", typed_by_default=True)
    short = Mention(40, 45, "Greer", "actor", "PERSON", "ner:PERSON", "ner")
    assert cluster([full, short]) == [[0, 1]]
    assert cluster([_org(0, "Tarvo Greer", "ARMED_GROUP", "ner:ORG"), short]) == [[0], [1]]


def test_later_steps_join_the_provenance_and_end_the_default_reading() -> None:
    guessed = _org(0, "Velmora", "ARMED_GROUP", "ner:ORG+default", typed_by_default=True)
    placed = guessed.then("coordinated", kind="place", type="CITY")
    assert (placed.rule, placed.typed_by_default, placed.kind) == (
        "ner:ORG+default+coordinated",
        False,
        "place",
    )
    swept = guessed.remade("alias:sweep", start=50, end=57)
    assert (swept.rule, swept.typed_by_default, swept.start) == ("alias:sweep", False, 50)
    owner = Mention(0, 5, "Kenya", "place", "COUNTRY", "gazetteer:country-KE", "gazetteer")
    assert owner.then(STATE_OWNER, kind="actor", type="STATE").rule == "gazetteer:country-KE+owner"


def test_the_resolver_marks_an_organisation_only_the_default_typed(nlp: Language) -> None:
    doc = marked(nlp, "[Velna Unity](ORG) met the [Tarrow Brigade](ORG).")
    resolver = nlp.get_pipe("briefextract_entities")
    by_text = {m.text: m for m in resolver.local_mentions(doc)}
    assert (by_text["Velna Unity"].typed_by_default, by_text["Velna Unity"].rule) == (True, "ner:ORG+default")
    brigade = by_text["Tarrow Brigade"]  # typed by its head noun
    assert not brigade.typed_by_default
    assert TYPE_DEFAULT not in brigade.rule.split("+")
    records = {m["text"]: m for r in doc._.bx_entities.values() for m in r["mentions"]}
    assert "typed_by_default" not in records["Velna Unity"]


# --- the alias finders' words are the lexicon's ----------------------------------------


def _alias_words(**labels: list[str]) -> AliasWords:
    base = {
        "ARABIC_ARTICLE": ["al"],
        "ARABIC_ARTICLE_ENGLISH": ["as"],
        "NAME_CONNECTOR": ["of"],
        "PERSON_PRONOUN": ["he"],
        "NAME_LEADING_DROP": ["the"],
        "NICKNAME_LINK": ["of"],
        "NAME_ALTERNATIVE": ["or"],
    }
    return AliasWords.from_lexicon(lexicon_of({**base, **labels}))


def _linked(text: str, words: AliasWords, names: list[str], cue: str) -> list[str]:
    mentions = [_org(text.index(n), n, "ARMED_GROUP", "ner:ORG") for n in names]
    links, new, _ = cue_links(text, mentions, frozenset({cue}), frozenset({"nickname"}), words)
    every = mentions + new
    return [every[b].text for _, b in links]


def test_a_bracketed_only_cue_links_inside_brackets_alone() -> None:
    bare = "The Velna Front, or Tarrow Front, met."
    assert _linked(bare, _alias_words(), ["Velna Front"], "or") == []
    assert _linked("The Velna Front (or Tarrow Front) met.", _alias_words(), ["Velna Front"], "or") == [
        "Tarrow Front"
    ]
    # Listed as bracketed-only no more, the bare cue links too.
    assert _linked(bare, _alias_words(NAME_ALTERNATIVE=["nor"]), ["Velna Front"], "or") == ["Tarrow Front"]


def test_a_nickname_may_follow_its_cue_after_a_listed_linking_word() -> None:
    text = 'Tarvo Greer went by the nickname of "Fox".'
    assert _linked(text, _alias_words(), ["Tarvo Greer"], "aka") == ["Fox"]
    assert _linked(text, _alias_words(NICKNAME_LINK=["as"]), ["Tarvo Greer"], "aka") == []
