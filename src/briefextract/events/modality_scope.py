"""The modality of each candidate event: which cues scope its trigger (a dependent
of the trigger or its light verb, a governor above it, a word of the trigger itself,
an adverb on a governing verb, a copula's complement), and which cue wins."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol
from weakref import WeakKeyDictionary

from briefextract.events.event_candidate import Candidate, DocFacts, LightVerbWords, light_verb_of
from briefextract.events.event_rules import CueRule
from briefextract.events.parse import ancestors_within
from briefextract.rules.compiler import RuleMatch
from briefextract.rules.lexicon import Lexicon

# Which modality wins when several cues scope one event; goals and generic
# statements are no events at all.
MODALITY_ORDER = ("negated", "hypothetical", "uncertain")
NOT_EVENTS = frozenset({"goal", "generic"})
# The Penn tag of a bare infinitive ("to overthrow X and establish Y").
BASE_FORM_TAGS: frozenset[str] = frozenset({"VB"})


class ModalityWords(LightVerbWords, Protocol):
    scope_deps: frozenset[str]
    habit_scope_deps: frozenset[str]
    clause_joins: frozenset[str]
    verb_pos: frozenset[str]
    lexicon: Lexicon


_SCOPE_STOPS: WeakKeyDictionary[Lexicon, frozenset[str]] = WeakKeyDictionary()


def scope_stops(lexicon: Lexicon) -> frozenset[str]:
    """The words a governing cue's scope does not climb past: nouns of who did an act
    (``ATTRIBUTION_NOUNS``) and prepositions of a time frame (``FRAME_PREPOSITIONS``),
    read once per lexicon."""
    found = _SCOPE_STOPS.get(lexicon)
    if found is None:
        found = lexicon.lower("ATTRIBUTION_NOUNS") | lexicon.lower("FRAME_PREPOSITIONS")
        _SCOPE_STOPS[lexicon] = found
    return found


def assign_modality(
    facts: DocFacts, candidates: list[Candidate], matches: Iterable[RuleMatch[CueRule]], words: ModalityWords
) -> None:
    """Set each candidate's modality from the cue rules' ``matches``."""
    doc = facts.doc
    # Each cue with its head, read once (a Token object per cue and candidate cost more).
    cues = [(m.rule, m.start, doc[m.start].head.i) for m in matches]
    stops = scope_stops(words.lexicon)
    for c in candidates:
        trigger = doc[c.head]
        near = {trigger.i}
        lv = light_verb_of(trigger, words)
        if lv is not None:
            near.add(lv.i)
        # A bare infinitive joined to another shares its governor ("seeks to overthrow the
        # government and establish a state": the establishing is a goal too), unlike a
        # finite verb joined to a clause ("threatened to strike, and bombed the station").
        shared = trigger
        while (
            shared.dep_ in words.clause_joins
            and shared.tag_ in BASE_FORM_TAGS
            and shared.head.tag_ in BASE_FORM_TAGS
            and shared.head.i != shared.i
        ):
            shared = shared.head
        above = ([shared] if shared is not trigger else []) + ancestors_within(
            shared, words.scope_deps, clause_deps=words.clause_joins, clause_pos=words.verb_pos
        )
        # A cue above a noun of who did it ("denied responsibility for the bombing", "is
        # suspected of involvement in the attack") doubts or denies the doer's part, not
        # that the event happened; an event that frames another in time ("threatened to
        # attack during the elections") is taken as given.
        cut = next((k for k, t in enumerate(above) if t.lemma_.lower() in stops), len(above))
        governors = {t.i for t in above[:cut]}
        habit_governors = {t.i for t in ancestors_within(trigger, words.habit_scope_deps)}
        found: dict[str, str] = {}
        for rule, at, head in cues:
            if c.start <= at < c.end:
                if rule.scope == "trigger":
                    found.setdefault(rule.label, rule.id)
                continue
            if (
                (rule.scope == "dependent" and head in near and at != head)
                or (rule.scope == "governor" and at in governors)
                or (rule.scope == "governor-dependent" and head in habit_governors)
                or (rule.scope == "copula" and head in governors)
            ):
                found.setdefault(rule.label, rule.id)
        for label in (*NOT_EVENTS, *MODALITY_ORDER):
            if label in found:
                c.modality, c.modality_rule = label, found[label]
                break
