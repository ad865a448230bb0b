"""One record per coordinated place, target or designator (ANNOTATION.md v1.2): an
asserted act told of "A and B" is one act at each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc

from briefextract.events.event_candidate import Candidate, DocFacts

# A conjunct is always listed with its head ("A and B"); other links only between two
# things of one kind.
CONJUNCT_DEPS: frozenset[str] = frozenset({"conj"})


class SeparationWords(Protocol):
    separate_by_place: frozenset[str]
    separate_by_patient: frozenset[str]
    separate_by_agent: frozenset[str]
    level_deps: frozenset[str]


def separate_acts(facts: DocFacts, c: Candidate, words: SeparationWords) -> list[Candidate]:
    """``c`` split into one candidate per coordinated place, patient or agent. Only acts
    the text asserts are split: "has not attacked A or B" or "may strike A and B"
    tells of no act at all."""
    if c.modality != "asserted":
        return [c]
    doc = facts.doc
    if c.type in words.separate_by_place and len(c.locations) > 1:
        kinds = {t: facts.place_types.get(p, "") for p, t in zip(c.locations, c.location_tokens, strict=True)}
        # Only places the trigger's own sentence lists tell acts apart: places taken
        # from the narrative before it locate the one act the sentence tells.
        here = facts.sent_of[c.head]
        own = [t for t in c.location_tokens if facts.sent_of[t] == here]
        coordinated = _coordinated(doc, own, words.level_deps, kinds)
        if len(coordinated) > 1:
            shared = [
                (p, t) for p, t in zip(c.locations, c.location_tokens, strict=True) if t not in coordinated
            ]
            return [
                replace(
                    c,
                    locations=[p, *(s for s, _ in shared)],
                    location_tokens=[t, *(u for _, u in shared)],
                )
                for p, t in zip(c.locations, c.location_tokens, strict=True)
                if t in coordinated
            ]
    for role, types in (("patient", words.separate_by_patient), ("agent", words.separate_by_agent)):
        if c.type not in types:
            continue
        mine = [p for p in c.participants if p[0] == role]
        coordinated = _coordinated(doc, [p[3] for p in mine], words.level_deps)
        if len(coordinated) > 1:
            others = [p for p in c.participants if p[0] != role or p[3] not in coordinated]
            return [replace(c, participants=[p, *others]) for p in mine if p[3] in coordinated]
    return [c]


def _coordinated(
    doc: Doc, tokens: list[int], links: frozenset[str], kinds: Mapping[int, str] | None = None
) -> set[int]:
    """The tokens among ``tokens`` listed together with another one ("A, B and C"):
    conjuncts, and, where ``kinds`` gives each token's kind, appositions of the same
    kind (lists often parse as appositions; a town followed by its country is a place
    and its country, not a list)."""
    chosen = set(tokens)
    out: set[int] = set()
    for t in tokens:
        token = doc[t]
        linked = [(c, c.dep_) for c in token.children if c.dep_ in links]
        if token.dep_ in links:
            linked.append((token.head, token.dep_))
        for other, dep in linked:
            if other.i not in chosen:
                continue
            if dep in CONJUNCT_DEPS or (kinds is not None and kinds.get(other.i) == kinds.get(t)):
                out.add(t)
    return out
