"""Reading a name's role from its syntax: a country acting as a state, or a territory.

"France retook the port", "Mali's government", "U.S. officials", "the war with the
United States" name a STATE; "in Mali", "from the Sahara to Syria" a place. The
constructions are rule records (``models/entities/state_roles.jsonl``): this module
turns their matches into marks on tokens (:func:`state_marks`) and reads a name's role
from the marks (:func:`acts_as_state`). Needs a dependency parse; without one every
country is a territory.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from pydantic import Field, model_validator
from spacy.tokens import Doc, Span

from briefextract.rules import RuleMatch, RuleRecord, RuleSet
from briefextract.rules.treewalk import attribute_index

# Record labels: the record's "name" node is a name used for the acting state; or the
# "name" node takes the role of the "head" node (a conjunct, an apposition).
STATE = "STATE"
SAME_ROLE = "SAME_ROLE"
# An owner record's label: its "name" node's country owns its "body" node's government body.
OWNER = "OWNER"
NameKind = Literal["country", "capital"]
# A list "A, B, C, D and E" chains conjuncts: a name takes the role of a head at most this
# many links away.
MAX_LINKS = 8


class StateRoleRecord(RuleRecord):
    """A state-role record (label ``STATE`` or ``SAME_ROLE``, see above). A token record
    marks its match's last word. ``names``: whose role the record reads, a country's or a
    capital's (a capital standing for its government). ``word``: which word of the name the
    marked token must be, its head (the root of its parse) or its last word ("Velnia-backed")."""

    names: list[NameKind] = Field(default_factory=lambda: ["country"])
    word: Literal["head", "last"] = "head"

    @model_validator(mode="after")
    def _role(self) -> StateRoleRecord:
        if self.label not in {STATE, SAME_ROLE}:
            raise ValueError(f"label is {STATE} or {SAME_ROLE}")
        if self.label == SAME_ROLE:
            names = {str(node.get("RIGHT_ID")) for node in self.pattern}
            if self.matcher != "dependency" or not {"name", "head"} <= names or self.word != "head":
                raise ValueError(f"a {SAME_ROLE} record is a dependency pattern with 'name' and 'head' nodes")
        return self


@dataclass(frozen=True)
class RoleMarks:
    """What the state-role records found in one Doc for one kind of name: token -> the ids
    of the records that mark it as a name's head word (``heads``) or last word (``last``);
    and token -> (the token whose role it takes, the ids of the records that say so)."""

    heads: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    last: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    same: Mapping[int, tuple[int, tuple[str, ...]]] = field(default_factory=dict)


@dataclass(frozen=True)
class StateMarks:
    """The marks for countries and for capitals."""

    country: RoleMarks = field(default_factory=RoleMarks)
    capital: RoleMarks = field(default_factory=RoleMarks)


NO_MARKS = StateMarks()


def state_marks(doc: Doc, rules: RuleSet[StateRoleRecord], names: Iterable[int] | None = None) -> StateMarks:
    """The marks the state-role records leave on ``doc`` (none without a dependency parse).

    ``names``: the tokens of the names whose role will be read (None: every token). The
    dependency records then start only there and at the tokens whose role those take,
    since :func:`acts_as_state` reads no other marks."""
    if not doc.has_annotation("DEP"):
        return NO_MARKS
    heads: dict[str, dict[int, tuple[str, ...]]] = {"country": {}, "capital": {}}
    last: dict[str, dict[int, tuple[str, ...]]] = {"country": {}, "capital": {}}
    same: dict[str, dict[int, tuple[int, tuple[str, ...]]]] = {"country": {}, "capital": {}}
    for match in _matches(doc, rules, names):
        record = match.rule
        node = match.node("name")
        at = match.end - 1 if node is None else node
        head = match.node("head")
        for kind in record.names:
            if record.label == SAME_ROLE:
                if head is not None and at not in same[kind]:
                    same[kind][at] = (head, (record.id,))
                continue
            table = (last if record.word == "last" else heads)[kind]
            ids = table.get(at, ())
            if record.id not in ids:
                table[at] = (*ids, record.id)
    return StateMarks(*(RoleMarks(heads[k], last[k], same[k]) for k in ("country", "capital")))


def _matches(
    doc: Doc, rules: RuleSet[StateRoleRecord], names: Iterable[int] | None
) -> list[RuleMatch[StateRoleRecord]]:
    """The records' matches, in the order one unrestricted run gives them, with dependency
    records started only at ``names`` and, round by round, at the head words their
    ``SAME_ROLE`` matches link them to. Every record's anchor must be its "name" node
    (the token it marks); otherwise all records run everywhere."""
    if names is None or any(r.anchor not in (None, "name") for r in rules.records):
        return rules.matches(doc)
    found: dict[tuple[str, int, int, tuple[tuple[str, int], ...]], RuleMatch[StateRoleRecord]] = {}
    seen: set[int] = set()
    anchors = set(names)
    index = attribute_index(doc)  # shared by the rounds
    while anchors:
        later = bool(seen)  # the token records' matches came with the first round
        seen |= anchors
        linked: set[int] = set()
        for match in rules.matches(doc, anchors=anchors, index=index, dependency_only=later):
            found.setdefault((match.rule.id, match.start, match.end, match.nodes), match)
            head = match.node("head")
            if match.rule.label == SAME_ROLE and head is not None:
                linked.add(head)
        anchors = linked - seen
    order = {record.id: k for k, record in enumerate(rules.records)}
    return sorted(found.values(), key=lambda m: (m.start, m.end, order[m.rule.id], m.nodes))


def acts_as_state(span: Span, marks: RoleMarks) -> tuple[str, ...]:
    """The ids of the rules that make a country (or capital) name ``span`` the state that
    acts; empty when it names a place. A name takes the role of the token a ``SAME_ROLE``
    record links it to ("Velnia and Tarvosa sent troops"), over at most :data:`MAX_LINKS` links."""
    token = span.root.i
    found = _marked(marks, token, span[-1].i)
    path: tuple[str, ...] = ()
    for _ in range(MAX_LINKS):
        if found:
            return path + found
        link = marks.same.get(token)
        if link is None:
            return ()
        token, ids = link
        path += ids
        found = _marked(marks, token, token)
    return path + found if found else ()


def _marked(marks: RoleMarks, head: int, last: int) -> tuple[str, ...]:
    ids = marks.heads.get(head, ())
    return ids + tuple(i for i in marks.last.get(last, ()) if i not in ids)


class OwnerRecord(RuleRecord):
    """An owner record (label ``OWNER``, ``models/entities/owned_bodies.jsonl``): its
    "name" node is a word of a country's name, its "body" node a word of a government
    body's name, and the country owns the body. ``word``: which word of the country's
    name the "name" node must be (its head or its last word); ``body_word``: which word
    of the body's name the "body" node must be (any or its first)."""

    word: Literal["head", "last"] = "head"
    body_word: Literal["any", "first"] = "any"

    @model_validator(mode="after")
    def _nodes(self) -> OwnerRecord:
        names = {str(node.get("RIGHT_ID")) for node in self.pattern}
        if self.label != OWNER or self.matcher != "dependency" or not {"name", "body"} <= names:
            raise ValueError(
                f"an owner record is a dependency pattern labelled {OWNER} with 'name' and 'body' nodes"
            )
        return self


def owner_rules(
    span: Span,
    matches: Iterable[RuleMatch[OwnerRecord]],
    body_words: Collection[int],
    body_firsts: Collection[int],
) -> tuple[str, ...]:
    """The ids of the owner records by which the country named ``span`` owns a government
    body (``body_words``: the tokens of the bodies' names; ``body_firsts``: their first tokens)."""
    found: list[str] = []
    for m in matches:
        name, body = m.node("name"), m.node("body")
        want = span.root.i if m.rule.word == "head" else span[-1].i
        bodies = body_words if m.rule.body_word == "any" else body_firsts
        if name == want and body in bodies and m.rule.id not in found:
            found.append(m.rule.id)
    return tuple(found)
