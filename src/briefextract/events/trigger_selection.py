"""Which trigger matches become candidate events: one trigger per stretch of text,
none where a veto rule matched, none in page furniture; and the tokens that stand
for or report part of an event (light verbs, ABSORBED clauses, RETOLD constructions)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefextract.events.event_candidate import Candidate, DocFacts, LightVerbWords, light_verb_of
from briefextract.events.event_rules import ABSORBED, RETOLD, VETO, TriggerRule
from briefextract.rules.compiler import RuleMatch
from briefextract.schema.vocab import EVENT_TYPES


def select_triggers(
    facts: DocFacts,
    matches: Iterable[RuleMatch[TriggerRule]],
    furniture: Sequence[tuple[int, int]],
    words: LightVerbWords,
) -> list[Candidate]:
    """The candidate events of ``matches`` in text order; sets ``facts.retold``,
    ``facts.via`` and ``facts.absorbed``."""
    doc = facts.doc
    vetoed: set[int] = set()
    # A token may report part of several governors' events; the first that is an event wins.
    absorbed: dict[int, list[int]] = {}
    found: list[Candidate] = []
    for m in matches:
        if m.rule.label == VETO:
            vetoed.add(m.anchor)
        elif m.rule.label == ABSORBED:
            absorbed.setdefault(m.anchor, []).append(m.node("governor") or m.anchor)
        elif m.rule.label == RETOLD:
            facts.retold.add(m.anchor)
        elif m.rule.label in EVENT_TYPES:
            head = m.anchor if m.rule.matcher == "dependency" else doc[m.start : m.end].root.i
            if any(fs <= m.start < fe for fs, fe in furniture):
                continue
            found.append(Candidate(m.rule.label, m.start, m.end, head, m.rule.id))
    found = [c for c in found if c.head not in vetoed]
    kept = _longest_first(found)
    heads = {c.head for c in kept}
    # A light verb stands for its event noun ("carried out an attack, killing 61").
    facts.via = {}
    for c in kept:
        lv = light_verb_of(doc[c.head], words)
        if lv is not None and lv.i not in heads:
            facts.via[lv.i] = c.head
    via = facts.via
    facts.absorbed = {}
    for t, governors in absorbed.items():
        # An event the clause names itself ("killed in an air strike") is the one it is
        # part of, before an event the clause hangs under ("After X was killed in an air
        # strike, leadership passed to Y").
        own = [g for g in governors if g != t and doc[t].is_ancestor(doc[g])]
        g = next((g for g in own + governors if g in heads or g in via), None)
        if g is not None:
            facts.absorbed[t] = via.get(g, g)
    return sorted((c for c in kept if c.head not in facts.absorbed), key=lambda c: c.start)


def _longest_first(found: list[Candidate]) -> list[Candidate]:
    """One trigger per stretch of text: the longest match wins ("signed a truce" over "truce")."""
    found = sorted(found, key=lambda c: (-(c.end - c.start), c.start))
    taken: set[int] = set()
    kept: list[Candidate] = []
    for c in found:
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        kept.append(c)
    return kept
