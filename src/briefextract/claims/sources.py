"""Resolving a source phrase to an actor of the entity layer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from briefextract.claims.claim_words import ClaimWords
from briefextract.claims.spans import is_reference_marker, source_phrase
from briefextract.entities.state_evidence import states_by_demonym

# Penn tags of pronouns: a relative pronoun ("officials who said") stands for the noun its
# clause modifies; a personal one ("they said") for the subject of an earlier clause.
RELATIVE_TAGS = frozenset({"WDT", "WP"})
PERSONAL_TAGS = frozenset({"PRP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
APPOSITION_DEPS = frozenset({"appos"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
RELATIVE_CLAUSE_DEPS = frozenset({"relcl"})
# An active participle modifying a noun speaks for that noun: "a statement <announcing> ...";
# a passive one does not ("governments <deemed> apostate").
NOUN_MODIFIER_DEPS = frozenset({"acl"})
ACTIVE_PARTICIPLE_TAGS = frozenset({"VBG"})
# Left modifiers of a source's head that may name whom it speaks for: "the X wing of Y".
MODIFIER_DEPS = frozenset({"compound", "poss", "nmod"})
# Actor types a definite description such as "the group" can stand for.
GROUP_TYPES = frozenset({"ARMED_GROUP", "POLITICAL_GROUP"})
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})


def implicit_subject(cue: Token, words: ClaimWords) -> int | None:
    """The token naming who speaks through ``cue``: its active subject, or that of the
    verb it depends on as a participle or conjunct (``words.shared_subject_deps``:
    "X stated ..., <insisting> that", "X said ... and <warned> that")."""
    verb = cue
    for _ in range(4):
        subject = next(
            (c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS and not (c.is_space or c.is_punct)),
            None,
        )
        if subject is not None and is_reference_marker(subject.doc, subject.i):
            # "[13] X stated": the parser makes the citation the subject and X its dependent.
            doc = subject.doc
            subject = next(
                (
                    c
                    for c in subject.children
                    if c.pos_ in NOMINAL_POS and not c.is_space and not is_reference_marker(doc, c.i)
                ),
                None,
            )
        if subject is not None:
            return subject.i
        if verb.dep_ in NOUN_MODIFIER_DEPS:
            return verb.head.i if verb.tag_ in ACTIVE_PARTICIPLE_TAGS else None
        if verb.dep_ not in words.shared_subject_deps or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


@dataclass
class ActorIndex:
    """Which actor each token names, from ``doc._.bx_entities``."""

    by_token: dict[int, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)  # country key -> STATE actor id
    # demonym (lower-cased) -> STATE actor id, for states no gazetteer lists, whose
    # record carries the demonyms the text spells from its name ("Tarsian" for "Tarsia")
    state_of_demonym: dict[str, str] = field(default_factory=dict)
    # actor id -> the last words of its names, lower-cased ("brigades" for "the X Brigades")
    name_heads: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_table(cls, doc: Doc, table: Sequence[Mapping[str, Any]] | None) -> ActorIndex:
        index = cls()
        for ent in table or []:
            if ent.get("kind") != "actor":
                continue
            index.types[ent["id"]] = ent.get("type", "")
            names = [str(ent.get("name", "")), *map(str, ent.get("aliases", ()))]
            index.name_heads[ent["id"]] = frozenset(n.split()[-1].lower() for n in names if n.split())
            key = ent.get("gazetteer_key")
            if ent.get("type") == "STATE" and key:
                index.states.setdefault(str(key), ent["id"])
            for m in ent.get("mentions", []):
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    index.by_token.setdefault(t.i, ent["id"])
        index.state_of_demonym = states_by_demonym(table or [])
        return index

    def last_group_before(self, i: int, types: frozenset[str]) -> str | None:
        """The actor of ``types`` whose mention comes last before token ``i``."""
        for j in range(i - 1, -1, -1):
            a = self.by_token.get(j)
            if a is not None and self.types.get(a) in types:
                return a
        return None

    def last_group_named_with(self, i: int, word: str, types: frozenset[str]) -> str | None:
        """The actor of ``types`` named last before token ``i`` whose name ends in ``word``."""
        for j in range(i - 1, -1, -1):
            a = self.by_token.get(j)
            if a is not None and self.types.get(a) in types and word in self.name_heads.get(a, ()):
                return a
        return None

    def actor_in(self, start: int, end: int) -> str | None:
        for i in range(start, end):
            if i in self.by_token:
                return self.by_token[i]
        return None


def conjunct_sources(token: Token, source: Source, actors: ActorIndex) -> list[Source]:
    """Further speakers coordinated with the one that named ``source``: "X and Y said"."""
    if source.named_by is None:
        return []
    out: list[Source] = []
    seen = {source.actor}
    for conj in token.doc[source.named_by].conjuncts:
        if conj.i == token.i:
            # The cue misread as the last speaker ("X and Y allege that"): Y is the words
            # the parser hung on it.
            start, end = conj.left_edge.i, conj.i
        else:
            start, end = source_phrase(conj)
        # "the former head of X, General Y": the person in apposition speaks.
        whole = range(conj.left_edge.i, conj.right_edge.i + 1)
        person = next(
            (a for i in whole if (a := actors.by_token.get(i)) and actors.types.get(a) == "PERSON"), None
        )
        actor = person or actors.by_token.get(conj.i) or actors.actor_in(start, end)
        if actor is not None and actor not in seen:
            seen.add(actor)
            out.append(Source(start, end, actor, "conjunct", conj.i))
    return out


def actor_of_phrase(token: Token, actors: ActorIndex) -> str | None:
    """The actor a noun phrase names: its head's, its apposition's ("the faction X"), else
    the last actor named in it (English names the head last)."""
    if token.i in actors.by_token:
        return actors.by_token[token.i]
    for child in token.children:
        if child.dep_ in APPOSITION_DEPS and child.i in actors.by_token:
            return actors.by_token[child.i]
    found = [actors.by_token[t.i] for t in token.subtree if t.i in actors.by_token]
    return found[-1] if found else None


def head_of_relative(
    token: Token, words: ClaimWords, stands_for: Mapping[int, tuple[int, str]] | None = None
) -> Token:
    """The noun a relative pronoun stands for ("officials <who> said" -> officials, also
    through verbs sharing the relative clause's subject: "officials who met and said").

    ``stands_for`` maps a token the source rules read as standing for another to that
    token (``STANDS_FOR`` records: a subordinator the parser misread as a subject).
    """
    if stands_for and token.i in stands_for:
        return token.doc[stands_for[token.i][0]]
    if token.tag_ in RELATIVE_TAGS:
        clause = token.head
        while clause.dep_ not in RELATIVE_CLAUSE_DEPS and clause.head.i != clause.i:
            if clause.dep_ in words.shared_subject_deps:
                clause = clause.head
                continue
            break
        if clause.dep_ in RELATIVE_CLAUSE_DEPS:
            return clause.head
    return token


def antecedent(token: Token) -> Token | None:
    """For a personal pronoun, the nearest earlier subject that is no pronoun, in the same
    sentence or the one before."""
    if token.tag_ not in PERSONAL_TAGS:
        return None
    doc = token.doc
    first = token.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for i in range(token.i - 1, first - 1, -1):
        t = doc[i]
        if t.dep_ in SUBJECT_DEPS and t.tag_ not in PERSONAL_TAGS | RELATIVE_TAGS and t.pos_ in NOMINAL_POS:
            return t
    return None


@dataclass(frozen=True)
class Source:
    """The words naming a source (token range), and the actor they resolve to."""

    start: int
    end: int
    actor: str | None
    rule: str
    named_by: int | None = None  # the token whose actor was taken; its conjuncts speak too


def resolve_source(
    token: Token,
    actors: ActorIndex,
    speaks_for: Mapping[int, tuple[int, str]],
    not_source: Mapping[int, str],
    state_organ: Mapping[int, tuple[int, str]],
    demonyms: Mapping[str, str],
    anaphors: Mapping[int, str] | None = None,
    avoid: Sequence[int] = (),
    *,
    words: ClaimWords,
    stands_for: Mapping[int, tuple[int, str]] | None = None,
) -> Source | None:
    """The source named by the phrase headed by ``token``; None when it cannot speak.

    ``speaks_for``/``state_organ`` map a head token to (speaker token, rule id) from the
    source rules, ``not_source`` a head token to the vetoing rule id; ``demonyms`` maps
    a lower-cased demonym to its country key; ``stands_for`` a token to the one it stands
    for (:func:`head_of_relative`).
    """
    head = head_of_relative(token, words, stands_for)
    if head.i in not_source and head.i not in speaks_for:
        return None  # "according to the plan"; but "according to estimates by X" has a speaker
    start, end = source_phrase(head, avoid)
    ante = antecedent(head)
    if ante is not None:
        a_start, a_end = source_phrase(ante)
        actor = actors.by_token.get(ante.i) or actors.actor_in(a_start, a_end)
        if actor is None and anaphors and ante.i in anaphors:
            # "the group was blamed ..., but it denied": the group the description takes up.
            actor = actors.last_group_before(a_start, GROUP_TYPES)
        return Source(start, end, actor, "pronoun-antecedent")
    if head.i in actors.by_token:
        return Source(start, end, actors.by_token[head.i], "head-actor", head.i)
    person = next(
        (a for i in range(start, end) if (a := actors.by_token.get(i)) and actors.types.get(a) == "PERSON"),
        None,
    )
    if person is None:
        # "the security advisor, Ana Vell," / "advisor Ana Vell": the named person speaks.
        appositions = [t for c in head.children if c.dep_ in APPOSITION_DEPS for t in c.subtree]
        person = next(
            (a for t in appositions if (a := actors.by_token.get(t.i)) and actors.types.get(a) == "PERSON"),
            None,
        )
    if person is not None:
        return Source(start, end, person, "person-in-phrase")
    if head.i in speaks_for:
        speaker, rule = speaks_for[head.i]
        actor = actor_of_phrase(head.doc[speaker], actors)
        by_reference = (anaphors is not None and speaker in anaphors) or (
            head.doc[speaker].lower_ in words.group_possessives
        )
        if actor is None and by_reference:
            # "the group's spokesman", "its spokesman": the group named last before it speaks.
            actor = actors.last_group_before(speaker, GROUP_TYPES)
        if actor is not None:
            return Source(start, end, actor, rule, speaker)
    if head.i in state_organ:
        modifier, rule = state_organ[head.i]
        # Only a demonym stands for the state ("Ruritanian officials"); a named state in
        # front ("Ruritania's officials", "U.S. officials") leaves the officials unnamed
        # (ANNOTATION.md: "U.S. officials" is an unnamed source).
        word = head.doc[modifier]
        key = None if modifier in actors.by_token else demonyms.get(word.lower_)
        if key:
            actor = actors.states.get(key)
        elif modifier in actors.by_token:
            actor = None
        else:
            actor = actors.state_of_demonym.get(word.lower_)
        if actor is not None and actors.types.get(actor) == "STATE":
            return Source(start, end, actor, rule)
    if anaphors and head.i in anaphors:
        actor = actors.last_group_before(start, GROUP_TYPES)
        if actor is not None:
            return Source(start, end, actor, anaphors[head.i])
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS and child.i in actors.by_token:
            actor = actors.by_token[child.i]
            if actors.types.get(actor) != "STATE":
                return Source(start, end, actor, "modifier-actor")
    lefts = list(head.lefts)
    if (
        lefts
        and all(c.lower_ in words.definite_determiners for c in lefts)
        and head.lower_ not in words.not_name_heads
    ):
        # "the brigades" after "the X Brigades": the group whose name ends in the word.
        actor = actors.last_group_named_with(start, head.lower_, GROUP_TYPES)
        if actor is not None:
            return Source(start, end, actor, "name-head")
    return Source(start, end, None, "unnamed")
