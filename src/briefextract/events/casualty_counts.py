"""The toll of each candidate event: numbers the casualty rules find, with the bound
written before them ("at least 20"), given to the event whose trigger governs them;
and one dead or one hurt where a single named person is killed or wounded."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from spacy.tokens import Doc

from briefextract.events.actors import actors_under
from briefextract.events.event_candidate import Candidate, DocFacts
from briefextract.events.event_rules import CasualtyRule
from briefextract.events.numbers import NumberWords, bound_before, parse_number
from briefextract.rules.compiler import RuleMatch


class CasualtyWords(Protocol):
    zero_determiners: frozenset[str]
    bounds: Mapping[str, Sequence[str]]
    number_words: NumberWords
    one_dead: frozenset[str]
    one_hurt: frozenset[str]
    object_deps: frozenset[str]
    path_deps: frozenset[str]
    level_deps: frozenset[str]
    describing_deps: frozenset[str]


def count_casualties(
    facts: DocFacts,
    matches: Iterable[RuleMatch[CasualtyRule]],
    heads: dict[int, Candidate],
    words: CasualtyWords,
) -> None:
    """Give each count the casualty rules' ``matches`` find to the event it belongs to."""
    doc = facts.doc
    for m in matches:
        num = m.node("num")
        word = m.node("verb")
        if num is None:
            continue
        value, first = _number_at(doc, num, words.number_words)
        if value is None:
            continue
        if first > 0 and doc[first - 1].lower_ in words.zero_determiners:
            value = 0  # "no one was injured"
        preceding = [t.lower_ for t in doc[max(first - 4, 0) : first]]
        count = {"value": value, "modifier": bound_before(preceding, words.bounds)}
        event = _event_for(facts, word if word is not None else num, heads)
        if event is None:
            continue
        label = m.rule.label
        event.figures.append({label: count, "rule": m.rule.id})
        event.casualties.setdefault(label, count)


def _number_at(doc: Doc, i: int, table: NumberWords) -> tuple[int | None, int]:
    """The number written around token ``i`` ("thirty - three": the table's joining marks
    link its parts) and its first token. A determiner standing for one ("*a* soldier
    was killed") is a number of its own: a figure beside it ("In 2014 a soldier ...") is
    no part of it."""
    if not doc[i].like_num:
        return parse_number([doc[i].text], table), i
    joiners = table.marks
    start = end = i
    while start > 0 and (doc[start - 1].like_num or doc[start - 1].text in joiners):
        start -= 1
    while end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].text in joiners):
        end += 1
    while start < i and not doc[start].like_num:
        start += 1
    while end > i and not doc[end].like_num:
        end -= 1
    return parse_number([t.text for t in doc[start : end + 1]], table), start


def _event_for(facts: DocFacts, i: int, heads: dict[int, Candidate]) -> Candidate | None:
    """The event whose trigger (or light verb, or reported part) governs token ``i``;
    else the one nearest it in its sentence."""
    token = facts.doc[i]
    via, absorbed = facts.via, facts.absorbed
    for t in (token, *token.ancestors):
        if t.i in heads:
            return heads[t.i]
        if t.i in via and via[t.i] in heads:
            return heads[via[t.i]]
        if t.i in absorbed and absorbed[t.i] in heads:
            return heads[absorbed[t.i]]
    sent_start, sent_end = facts.sent(token.i)
    same = [c for c in heads.values() if sent_start <= c.head < sent_end]
    return min(same, key=lambda c: abs(c.head - i)) if same else None


def one_dead(facts: DocFacts, c: Candidate, words: CasualtyWords) -> None:
    """A killing of one named person with no count written is one dead: told by the
    trigger, or by a clause that reports part of the event ("X was killed in an
    ambush": the killing is folded into the ambush)."""
    if c.casualties:
        return
    doc = facts.doc
    killing = doc[c.head].lemma_.lower() in words.one_dead or any(
        g == c.head and doc[t].lemma_.lower() in words.one_dead for t, g in facts.absorbed.items()
    )
    if not killing:
        return
    # Victims of a clause told beside the killing ("and wounded Y") count only when
    # the killing names none of its own ("the killing occurred when X was shot").
    patients = [(ref, part) for role, ref, _, _, part in c.participants if role == "patient"]
    victims = [ref for ref, part in patients if not part] or [ref for ref, _ in patients]
    people = [r for r in victims if facts.entities.type_of(r) == "PERSON"]
    if len(victims) == 1 and len(people) == 1:
        c.casualties["killed"] = {"value": 1, "modifier": None}
        c.figures.append({"killed": c.casualties["killed"], "rule": "one-dead-trigger"})


def one_hurt(facts: DocFacts, heads: dict[int, Candidate], words: CasualtyWords) -> None:
    """A wounding told beside an event ("killed X and wounded his deputy, Y") of one
    named person is one hurt in that event's toll."""
    doc, index = facts.doc, facts.entities
    for t, g in facts.absorbed.items():
        event = heads.get(g)
        if event is None or event.casualties.get("injured") or doc[t].lemma_.lower() not in words.one_hurt:
            continue
        hurt = [
            actor
            for child in doc[t].children
            if child.dep_ in words.object_deps
            for actor, _ in actors_under(
                child, index, words.path_deps, words.level_deps, describing=words.describing_deps
            )
        ]
        if len(hurt) == 1 and index.type_of(hurt[0]) == "PERSON":
            event.casualties["injured"] = {"value": 1, "modifier": None}
            event.figures.append({"injured": event.casualties["injured"], "rule": "one-hurt-beside"})
