"""Who takes part in each candidate event: the argument rules' matches, the best
rule per argument token, and the actors each argument phrase names (by name, by a
description beside a name, or by a word that refers back)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from briefextract.events.actors import EntityIndex, actors_under
from briefextract.events.event_candidate import PART, Candidate, DocFacts
from briefextract.events.event_rules import ArgumentRule
from briefextract.rules.compiler import RuleMatch
from briefextract.rules.lexicon import Lexicon

# How many sentences back a generic description ("the movement") looks for a group whose
# name ends in its noun before it takes up the group named last.
GENERIC_HEAD_WINDOW = 3
# Joins the roles of an argument record whose participant holds several ("patient+requester").
ROLE_JOIN = "+"
# An argument record's ``fallback``: the document's topic group stands for a phrase that
# names no one.
TOPIC_FALLBACK = "topic"
# Dependencies of a clause's subject and of a possessor: a possessive pronoun takes up the
# subject of its own clause ("X extended its mission": its = X).
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
POSSESSOR_DEPS: frozenset[str] = frozenset({"poss"})
# The part of speech of a pronoun ("they", "it"), as against a description ("the group").
PRONOUN_POS: frozenset[str] = frozenset({"PRON"})


class ParticipantWords(Protocol):
    verb_pos: frozenset[str]
    part_roles: frozenset[str]
    path_deps: frozenset[str]
    level_deps: frozenset[str]
    describing_deps: frozenset[str]
    prep_deps: frozenset[str]
    member_preps: frozenset[str]
    leaver_result_types: frozenset[str]
    antecedent_types: frozenset[str]
    determiner_deps: frozenset[str]
    person_anaphors: frozenset[str]
    person_types: frozenset[str]
    plural_person_nouns: frozenset[str]
    pair_determiners: frozenset[str]
    anaphor_dets: frozenset[str]
    count_deps: frozenset[str]
    coordination_deps: frozenset[str]
    person_descriptions: frozenset[str]
    anaphors: frozenset[str]
    lexicon: Lexicon


@dataclass(frozen=True)
class DescriptionWords:
    """The word lists of descriptions that stand for a state or for a group."""

    bodies: frozenset[str]  # "the government", "the army"
    forces: frozenset[str]  # "troops", "forces"
    modifiers: frozenset[str]  # "government troops", "security forces"
    members: frozenset[str]  # "the militants", "the rebels"


_DESCRIPTION_WORDS: WeakKeyDictionary[Lexicon, DescriptionWords] = WeakKeyDictionary()


def description_words(lexicon: Lexicon) -> DescriptionWords:
    """The description lists of ``lexicon`` (read once per lexicon)."""
    found = _DESCRIPTION_WORDS.get(lexicon)
    if found is None:
        found = DescriptionWords(
            lexicon.lower("STATE_BODY_NOUNS"),
            lexicon.lower("FORCE_NOUNS"),
            lexicon.lower("STATE_FORCE_MODIFIERS"),
            lexicon.lower("MEMBER_ANAPHORS"),
        )
        _DESCRIPTION_WORDS[lexicon] = found
    return found


def argument_anchors(facts: DocFacts, candidates: list[Candidate]) -> list[int]:
    """The tokens argument rules start from: the triggers' heads and the clauses that
    report part of an event ("bombed X, killing Y" adds the victims of "killing")."""
    heads = [c.head for c in candidates]
    return heads + [t for t in facts.absorbed if t not in heads]


def assign_participants(
    facts: DocFacts,
    candidates: list[Candidate],
    matches: Iterable[RuleMatch[ArgumentRule]],
    words: ParticipantWords,
) -> None:
    """Fill each candidate's participants from the argument rules' ``matches``."""
    doc = facts.doc
    index = facts.entities
    by_trigger: dict[int, list[tuple[ArgumentRule, int]]] = {}
    parts: dict[int, list[int]] = {}
    for t, g in facts.absorbed.items():
        parts.setdefault(g, []).append(t)
    for m in matches:
        arg = m.node("arg")
        trig = m.node("trigger")
        if arg is not None and trig is not None:
            by_trigger.setdefault(trig, []).append((m.rule, arg))
    for c in candidates:
        best: dict[int, tuple[int, str, str, bool, str | None]] = {}
        for anchor in (c.head, *parts.get(c.head, ())):
            trigger = doc[anchor]
            pos = "verb" if trigger.pos_ in words.verb_pos else "noun"
            own_deps = {ch.dep_ for ch in trigger.children}
            for rule, arg in by_trigger.get(anchor, []):
                if rule.pos not in ("any", pos) or ("*" not in rule.types and c.type not in rule.types):
                    continue
                if own_deps.intersection(rule.unless_trigger_has):
                    continue
                if c.start <= arg < c.end or (anchor != c.head and rule.label not in words.part_roles):
                    continue
                current = best.get(arg)
                if current is None or rule.priority > current[0]:
                    part = anchor != c.head
                    best[arg] = (
                        rule.priority,
                        rule.label,
                        rule.id + (PART if part else ""),
                        part,
                        rule.fallback,
                    )
        # A name that a rule reads on its own token takes that reading, not the one of a
        # phrase it lies in ("founded a coalition with X": X is the with-partner, not the
        # object).
        read_inside: dict[int, set[str]] = {}
        for own in best:
            if best[own][1] != "none" and (actor := index.actor_at(doc[own])) is not None:
                for arg in best:
                    if arg != own and doc[arg].is_ancestor(doc[own]):
                        read_inside.setdefault(arg, set()).add(actor)
        unnamed: list[tuple[str, str, int, bool]] = []
        for arg in sorted(best):
            _, role, rule_id, part, fallback = best[arg]
            if role == "none":
                continue
            named, how = _named(doc[arg], index, c, words)
            if not named and fallback == TOPIC_FALLBACK:
                unnamed.append((role, rule_id, arg, part))
            for actor, at in named:
                if actor in read_inside.get(arg, ()):
                    continue
                # A label may join roles one participant holds at once ("patient+requester").
                for one in role.split(ROLE_JOIN):
                    if (actor, one) not in {(p[1], p[0]) for p in c.participants}:
                        c.participants.append((one, actor, rule_id + how, at, part))
        _topic_fallback(c, doc, unnamed, index, words)
        _leaver_is_result(c, index, words)
        _group_taken_is_command(c, index, words.lexicon)


def _topic_fallback(
    c: Candidate,
    doc: Doc,
    unnamed: list[tuple[str, str, int, bool]],
    index: EntityIndex,
    words: ParticipantWords,
) -> None:
    """A phrase that names no one, matched by a rule whose record says so, stands for the
    group the document is about ("a faction broke away": the group left), unless the
    event already has someone in that role or the group takes part in it already."""
    for role, rule_id, arg, part in unnamed:
        if any(p[0] == role for p in c.participants):
            continue
        topic = index.topic(words.antecedent_types)
        if topic is None or not index.named_before(topic, doc[arg]):
            continue
        if topic in {p[1] for p in c.participants}:
            continue
        c.participants.append((role, topic, f"{rule_id}+topic", arg, part))


def _named(
    token: Token, index: EntityIndex, c: Candidate, words: ParticipantWords
) -> tuple[list[tuple[str, int]], str]:
    """The actors a participant phrase names, and how they were found ("" when named)."""
    # A description set beside a name stands for it ("X, a member of Y who led Z").
    head = token.head
    if token.dep_ in words.describing_deps and head.i != token.i and index.actor_at(token) is None:
        own = index.actor_at(head)
        if own is not None:
            return [(own, head.i)], "+apposition"
    preps = (words.prep_deps, words.member_preps)
    plain = actors_under(
        token, index, words.path_deps, words.level_deps, describing=words.describing_deps, preps=preps
    )
    if plain:
        # Names joined with a description that refers back ("the front and the X Army"):
        # the description takes up its group too (not a word inside a conjunct: in "X
        # and its allies", "its" is X).
        named_at = {at for _, at in plain}
        taken = frozenset(p[1] for p in c.participants) | {a for a, _ in plain}
        extra = [
            (actor, t.i)
            for t in _conjuncts_of(token, words)
            if t.i not in named_at and t.pos_ not in words.verb_pos
            for actor in _anaphor(t, index, words, taken)
            if actor not in taken
        ]
        return sorted(plain + extra, key=lambda x: x[1]), "+anaphor" if extra else ""
    # A pronoun never names a participant of its own clause ("X bombed it"
    # is not X bombing X): those it would resolve to are dropped. A description
    # passes over them to the group named before ("X split from the group").
    taken = frozenset(p[1] for p in c.participants)
    named = actors_under(
        token,
        index,
        words.path_deps,
        words.level_deps,
        lambda t: _anaphor(t, index, words, taken),
        describing=words.describing_deps,
        preps=preps,
    )
    named = [(a, at) for a, at in named if a not in taken]
    return named, "+anaphor" if named else ""


def _conjuncts_of(token: Token, words: ParticipantWords) -> list[Token]:
    """``token`` and its conjuncts (through the coordination dependencies)."""
    out = [token]
    for t in out:
        out.extend(c for c in t.children if c.dep_ in words.coordination_deps and c not in out)
    return out


def _leaver_is_result(c: Candidate, index: EntityIndex, words: ParticipantWords) -> None:
    """A group that breaks away with no new group named is itself the new group."""
    if c.type not in words.leaver_result_types or any(p[0] == "result" for p in c.participants):
        return
    for role, actor, rule_id, at, part in list(c.participants):
        if role == "agent" and index.type_of(actor) in words.antecedent_types:
            c.participants.append(("result", actor, f"{rule_id}+leaver", at, part))


LEADERSHIP = "LEADERSHIP"
_GROUP_TAKING: WeakKeyDictionary[Lexicon, tuple[frozenset[str], ...]] = WeakKeyDictionary()


def _group_taken_is_command(c: Candidate, index: EntityIndex, lexicon: Lexicon) -> None:
    """Taking over a group, or control of one, is taking command of it: a candidate of a
    GROUP_TAKING_TRIGGERS record whose patients are all COMMANDED_ACTOR_TYPES actors
    becomes LEADERSHIP (a place or facility taken stays TAKEOVER, without the
    participants of COMMAND_ONLY_ARGUMENT_RULES)."""
    if (found := _GROUP_TAKING.get(lexicon)) is None:
        found = _GROUP_TAKING[lexicon] = tuple(
            frozenset(lexicon.words(label))
            for label in ("GROUP_TAKING_TRIGGERS", "COMMANDED_ACTOR_TYPES", "COMMAND_ONLY_ARGUMENT_RULES")
        )
    triggers, commanded, command_only = found
    if c.rule not in triggers:
        return
    taken = [actor for role, actor, _, _, part in c.participants if role == "patient" and not part]
    if taken and all(index.type_of(actor) in commanded for actor in taken):
        c.type = LEADERSHIP
    else:
        c.participants[:] = [p for p in c.participants if _rule_of(p[2]) not in command_only]


def _rule_of(provenance: str) -> str:
    """The argument record's id in a participant's provenance ("rule+how+part")."""
    return provenance.split("+", 1)[0]


def _anaphor(
    token: Token, index: EntityIndex, words: ParticipantWords, taken: frozenset[str] = frozenset()
) -> list[str]:
    """'the group' / 'it' as a participant: for a description, the document's most-named
    group once named, else the group named last (within three sentences);
    'the front' after 'the X Front': the group so named last; 'he' / 'she' and a definite
    description of a person ("the veteran"): the person named last; "both men": the persons
    named together last. A description passes over the groups in ``taken``."""
    dets = {c.lower_ for c in token.children if c.dep_ in words.determiner_deps}
    description = token.pos_ not in PRONOUN_POS
    if description and token.i not in index.by_token:
        state = _state_description(token, index, words, taken)
        if state is not None:
            return state
    if description and _bare_definite(token, words) and token.i not in index.by_token:
        # A bare definite description whose noun is a group's name head (and is no name
        # itself, as "the Vale" is) takes that group up: for a generic noun ("the
        # movement") one named within the window, else the group named last (below); for
        # another ("the front") the group whose name last used the word. A description
        # with modifiers of its own ("the national army") is a new thing.
        if token.lower_ in words.anaphors:
            found = index.antecedent(
                token, words.antecedent_types, GENERIC_HEAD_WINDOW, taken, head=token.lower_
            )
        else:
            found = index.headed_antecedent(
                token, words.antecedent_types, taken, lambda t: _bare_definite(t, words)
            )
        if found is not None:
            return [found]
    if token.lower_ in words.person_anaphors and token.pos_ in PRONOUN_POS:
        return _listed(index.antecedent(token, words.person_types))
    if token.lower_ in words.plural_person_nouns and (
        dets & words.pair_determiners
        or (dets & words.anaphor_dets and any(c.dep_ in words.count_deps for c in token.children))
    ):
        return index.coordinated_antecedents(token, words.person_types, words.coordination_deps)
    if token.lower_ in words.person_descriptions and dets & words.anaphor_dets:
        return _listed(index.antecedent(token, words.person_types))
    # "the militants" takes up the group as "the group" does; "the Libyan militants" are
    # new people.
    members = description and token.lower_ in description_words(words.lexicon).members
    if members and not _bare_definite(token, words):
        return []
    if token.lower_ not in words.anaphors and not members:
        return []
    if token.pos_ not in PRONOUN_POS and not any(c.lower_ in words.anaphor_dets for c in token.children):
        return []
    found = None
    if not description and token.dep_ in POSSESSOR_DEPS:
        bound = _clause_subject_actor(token, index, words)
        if bound is not None:
            return [] if bound in taken else [bound]
    if description:
        # "the group" in a backgrounder is the group the document is about (named most
        # often), once it has been named: a group named in passing since does not take
        # the description over ("X ... split from Y ... the group was listed": X).
        topic = index.topic(words.antecedent_types)
        if topic is not None and topic not in taken and index.named_before(topic, token):
            found = topic
    if found is None:
        found = index.antecedent(token, words.antecedent_types, exclude=taken if description else frozenset())
    if found is None and description:
        # "the group" with no group named in the last sentences: in a backgrounder, the
        # group the document is about (named most often); "the guerrillas" only a group
        # named before them.
        found = index.topic(words.antecedent_types)
        if members and found is not None and not index.named_before(found, token):
            found = None
    return _listed(found)


def _state_description(
    token: Token, index: EntityIndex, words: ParticipantWords, taken: frozenset[str]
) -> list[str] | None:
    """For a description of a state's organs that names no state ("the government",
    "the army", "government troops", "security forces"): the state of the one country
    named in its sentence or the one before, when it is named there as an acting state
    (``[]`` when there is none, several countries, or the state is already a
    participant: such a phrase never takes up a group whose name ends in the same word,
    "the army" after "the X Army"). ``None`` for any other word."""
    sw = description_words(words.lexicon)
    left = [ch for ch in token.children if ch.i < token.i]
    if token.lower_ in sw.bodies:
        if not _bare_definite(token, words):
            return None
    elif token.lower_ in sw.forces:
        mods = [ch for ch in left if ch.lower_ in sw.modifiers]
        others = [
            ch
            for ch in left
            if ch not in mods and not (ch.dep_ in words.determiner_deps and ch.lower_ in words.anaphor_dets)
        ]
        if not mods or others:
            return None
    else:
        return None
    below = actors_under(
        token, index, words.path_deps, frozenset(), preps=(words.prep_deps, words.member_preps)
    )
    if below:
        return None  # "the government of X", "the army's X Brigade": named below
    # Unambiguous only when one country is named in the sentence or the one before it,
    # and named there as a state acting (CONVENTIONS 5): "the government of X ...
    # Government troops launched"; a town of the country alone does not name its state.
    near = index.states_near(token)
    state = near[0] if len(near) == 1 else None
    if state is None or state in taken or not index.state_named_near(token, state):
        return []
    return [state]


def _clause_subject_actor(token: Token, index: EntityIndex, words: ParticipantWords) -> str | None:
    """The actor the subject of ``token``'s own clause names, when ``token`` lies outside
    that subject ("X extended its mission": X; not "its fighters ambushed a convoy")."""
    verb = next((t for t in token.ancestors if t.pos_ in words.verb_pos), None)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not child.left_edge.i <= token.i <= child.right_edge.i:
            # The subject as a participant would be read: a name, or a description that
            # takes up a group ("the front launched its campaign").
            named = actors_under(
                child, index, words.path_deps, words.level_deps, lambda t: _anaphor(t, index, words)
            )
            if named:
                return named[0][0]
    return None


def _bare_definite(token: Token, words: ParticipantWords) -> bool:
    """Whether ``token`` is a noun with a determiner that refers back ("the front") and no
    modifier before it ("the national army" is a new thing)."""
    left = [ch for ch in token.children if ch.i < token.i]
    return bool(left) and all(
        ch.dep_ in words.determiner_deps and ch.lower_ in words.anaphor_dets for ch in left
    )


def _listed(found: str | None) -> list[str]:
    return [] if found is None else [found]
