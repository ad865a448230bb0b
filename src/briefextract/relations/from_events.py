"""Relations from event records: lineage, command, alliance and hostility are often
told as events ("X broke away from Y", "X took command of Y", "X attacked Y")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from briefextract.relations.merge import Candidate
from briefextract.relations.relation_rules import EventRelationRule, ImpliedAgentRule, expand_types
from briefextract.rules import Lexicon, RuleSet
from briefextract.rules.treewalk import attribute_index
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


# The group a statement at a character offset is about, other than the given ids (see
# :meth:`EntityIndex.group_in_discussion`).
ImpliedGroup = Callable[[int, frozenset[str]], "str | None"]


def _refs(event: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(str(p["ref"]) for p in event.get("participants") or [])


def event_candidates(
    events: Iterable[Mapping[str, Any]],
    rules: Sequence[EventRelationRule],
    types: Mapping[str, str],
    implied: ImpliedGroup | None = None,
) -> list[Candidate]:
    """Every relation the mapping ``rules`` draw from ``events`` (Event record dicts).

    ``types`` gives each entity id's type; an end whose type the rule does not allow
    is left out. Between the refs of one role (a symmetric relation between the
    parties), each pair is taken once. A rule with ``implied_tail`` whose event has no
    ref in its tail role takes ``implied``'s group at the trigger, when one is given.
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
            slot = _slot(event, rule.tail_role)
            if not slot and rule.implied_tail and implied is not None and heads and trigger is not None:
                group = implied(trigger[0], _refs(event))
                slot = [group] if group is not None else []
            tails = [t for t in slot if types.get(t) in tail_ok]
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


AGENT_ROLE = "agent"
# How many clauses, from the act's own upward, may give it their subject.
CLAUSE_LIMIT = 3


# The order in which a clause's readings are tried: the first that matches decides.
CLAUSE_READINGS: tuple[str, ...] = ("PASSIVE", "SUBJECT", "SHARED_SUBJECT")
ACT_CLAUSE = "ACT_CLAUSE"
IMPLIED_AGENTS_FILE = "implied_agents.jsonl"


class ImpliedAgents:
    """The records that read an event's implied agent from its trigger's clause
    (:class:`~briefextract.relations.relation_rules.ImpliedAgentRule`), compiled."""

    def __init__(self, vocab: Vocab, records: Iterable[ImpliedAgentRule], lexicon: Lexicon) -> None:
        records = list(records)
        self.records = records
        source = f"relations/{IMPLIED_AGENTS_FILE}"
        starts = [r for r in records if r.label == ACT_CLAUSE]
        self._start = RuleSet(vocab, starts, lexicon, source=source)
        self._clause = RuleSet(vocab, [r for r in records if r.label != ACT_CLAUSE], lexicon, source=source)

    def subjects(self, doc: Doc, triggers: Sequence[int]) -> dict[int, int | None]:
        """Trigger token -> the token naming its implied agent (None: no agent).

        All triggers are read together, one clause level at a time, so the records run
        once per level on the tokens that level reaches."""
        index = attribute_index(doc)
        start = {t: t for t in triggers}
        for m in self._start.matches(doc, anchors=sorted(set(triggers)), index=index):
            target = m.node(m.rule.target or "")
            if target is not None and start.get(m.anchor) == m.anchor:
                start[m.anchor] = target
        out: dict[int, int | None] = dict.fromkeys(triggers)
        at = dict(start)  # trigger -> the clause read next
        for _ in range(CLAUSE_LIMIT):
            if not at:
                break
            readings: dict[int, tuple[str, int | None]] = {}
            for m in self._clause.matches(doc, anchors=sorted(set(at.values())), index=index):
                known = readings.get(m.anchor)
                rank = CLAUSE_READINGS.index(m.rule.label)
                if known is None or rank < CLAUSE_READINGS.index(known[0]):
                    readings[m.anchor] = (m.rule.label, m.node(m.rule.target) if m.rule.target else None)
            moved: dict[int, int] = {}
            for trigger, clause in at.items():
                label, target = readings.get(clause, ("", None))
                if label == "SUBJECT":
                    out[trigger] = target
                elif label == "SHARED_SUBJECT" and target is not None:
                    moved[trigger] = target
            at = moved
        return out


def with_implied_agents(
    doc: Doc,
    events: Iterable[Mapping[str, Any]],
    names: Callable[[Token], list[str]],
    readings: ImpliedAgents,
) -> list[Mapping[str, Any]]:
    """``events`` where one with no agent whose verb trigger has a subject that names
    an actor (``names``: a name, or a description or pronoun standing for a group:
    "the group bombed ...", "it seized ...") gets that actor as its agent.

    ``readings`` are the compiled implied-agent records (:class:`ImpliedAgents`)."""
    events = list(events)
    roots: dict[int, int] = {}  # event position -> trigger token
    for k, event in enumerate(events):
        trigger = _offsets(event.get("trigger"))
        participants = event.get("participants") or []
        if trigger is None or any(p.get("role") == AGENT_ROLE for p in participants):
            continue
        span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        if span is not None:
            roots[k] = span.root.i
    found = readings.subjects(doc, sorted(set(roots.values()))) if roots else {}
    subject_of = {k: found.get(i) for k, i in roots.items()}
    out: list[Mapping[str, Any]] = []
    for k, event in enumerate(events):
        subject = subject_of.get(k)
        named = names(doc[subject]) if subject is not None else []
        ref = named[0] if named else None
        participants = list(event.get("participants") or [])
        if ref is None or any(p.get("ref") == ref for p in participants):
            out.append(event)
            continue
        out.append({**event, "participants": [*participants, {"role": AGENT_ROLE, "ref": ref}]})
    return out
