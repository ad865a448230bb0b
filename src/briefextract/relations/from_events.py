"""Relations from event records: lineage, command, alliance and hostility are often
told as events ("X broke away from Y", "X took command of Y", "X attacked Y")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from briefextract.relations.merge import Candidate
from briefextract.relations.relation_rules import EventRelationRule, expand_types
from briefextract.schema.vocab import GRANULARITIES, SYMMETRIC_RELATIONS


def _slot(event: Mapping[str, Any], name: str) -> list[str]:
    if name == "location":
        return [str(x) for x in event.get("locations") or []]
    return [str(p["ref"]) for p in event.get("participants") or [] if p.get("role") == name]


def _offsets(span: Mapping[str, Any] | None) -> tuple[int, int] | None:
    if not span:
        return None
    return int(span["start"]), int(span["end"])


def _date(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not value or value.get("granularity") not in GRANULARITIES:
        return None
    return {k: value.get(k) for k in ("text", "span", "value", "granularity", "modifier")}


def event_candidates(
    events: Iterable[Mapping[str, Any]],
    rules: Sequence[EventRelationRule],
    types: Mapping[str, str],
) -> list[Candidate]:
    """Every relation the mapping ``rules`` draw from ``events`` (Event record dicts).

    ``types`` gives each entity id's type; an end whose type the rule does not allow
    is left out. Between the refs of one role (a symmetric relation between the
    parties), each pair is taken once.
    """
    by_type: dict[str, list[EventRelationRule]] = {}
    for rule in rules:
        by_type.setdefault(rule.event_type, []).append(rule)
    out: list[Candidate] = []
    for event in events:
        modality = event.get("modality") or "asserted"
        trigger = _offsets(event.get("trigger"))
        evidence = _offsets(event.get("evidence")) or trigger
        if evidence is None:
            continue
        for rule in by_type.get(str(event.get("type")), []):
            if modality not in rule.modalities:
                continue
            head_ok, tail_ok = expand_types(rule.head_types), expand_types(rule.tail_types)
            heads = [h for h in _slot(event, rule.head_role) if types.get(h) in head_ok]
            tails = [t for t in _slot(event, rule.tail_role) if types.get(t) in tail_ok]
            preferred = [t for t in tails if types.get(t) in rule.prefer]
            tails = preferred or tails
            same_slot = rule.head_role == rule.tail_role
            for i, head in enumerate(heads):
                for j, tail in enumerate(tails):
                    if head == tail or (same_slot and rule.label in SYMMETRIC_RELATIONS and j <= i):
                        continue
                    out.append(
                        Candidate(
                            head=head,
                            type=rule.label,
                            tail=tail,
                            evidence=evidence,
                            marked=trigger or evidence,
                            provenance=f"{rule.id}@{event.get('id')}",
                            date=_date(event.get("date")),
                        )
                    )
    return out


# A verb trigger's subject, or the subject it shares as an open complement or a
# coordinated verb ("the group went on to bomb ...", "it seized and held ...").
SUBJECT_DEPS = frozenset({"nsubj"})
# A passive clause's subject is what the act befell, never its agent.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj"})
AGENT_ROLE = "agent"


OBJECT_DEPS = frozenset({"dobj"})


def trigger_subject(
    doc: Doc, trigger: tuple[int, int], conduct_verbs: frozenset[str] = frozenset()
) -> Token | None:
    """The grammatical subject of the clause a trigger heads, when it has one; a noun
    trigger that is the object of a verb of carrying out ("launched attacks",
    "carried out bombings") takes that verb's subject."""
    span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    if token.dep_ in OBJECT_DEPS and token.head.lemma_.lower() in conduct_verbs:
        token = token.head
    for _ in range(3):
        if any(c.dep_ in PASSIVE_DEPS for c in token.children):
            return None
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if token.dep_ not in SHARED_SUBJECT_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def with_implied_agents(
    doc: Doc,
    events: Iterable[Mapping[str, Any]],
    names: Callable[[Token], list[str]],
    conduct_verbs: frozenset[str] = frozenset(),
) -> list[Mapping[str, Any]]:
    """``events`` where one with no agent whose verb trigger has a subject that names
    an actor (``names``: a name, or a description or pronoun standing for a group:
    "the group bombed ...", "it seized ...") gets that actor as its agent."""
    out: list[Mapping[str, Any]] = []
    for event in events:
        trigger = _offsets(event.get("trigger"))
        participants = list(event.get("participants") or [])
        if trigger is None or any(p.get("role") == AGENT_ROLE for p in participants):
            out.append(event)
            continue
        subject = trigger_subject(doc, trigger, conduct_verbs)
        found = names(subject) if subject is not None else []
        ref = found[0] if found else None
        if ref is None or any(p.get("ref") == ref for p in participants):
            out.append(event)
            continue
        out.append({**event, "participants": [*participants, {"role": AGENT_ROLE, "ref": ref}]})
    return out
