"""An independent, deliberately plain reimplementation of ANNOTATION.md v1.2 "How briefs are scored".

Written from the contract text, not from the production scorer, and sharing
no code with it: its own name folding, overlap test, token F1 and matching
(augmenting paths over candidates listed best first, no content-order
tie-breaks). Where the contract leaves a tie open it takes the pairing most
favourable to the system, and for events that get different attributes
right it follows the scorer's stated rule (date, location, casualties,
modality). It exists only to be compared with the production scorer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from briefextract.schema.brief import Brief, Event

Figures = dict[str, dict[str, Any]]


def fold(name: str) -> str:
    """Case, leading "the", possessive and punctuation folded (the contract's words)."""
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[-\u2010-\u2015/_]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def overlap(a: Any, b: Any) -> bool:
    return (a.start, a.end) == (b.start, b.end) or (a.start < b.end and b.start < a.end)


def _best_by_brute_force(
    lefts: list[int], cands: dict[int, list[int]], strength: Callable[[int, int], tuple[Any, ...]]
) -> dict[int, int]:
    """Every matching of a component tried (memoised on the rights used): the biggest, then the
    strongest (strengths summed), wins."""
    rights = sorted({j for i in lefts for j in cands[i]})
    bit = {j: 1 << n for n, j in enumerate(rights)}
    width = len(strength(lefts[0], cands[lefts[0]][0]))
    memo: dict[tuple[int, int], tuple[tuple[Any, ...], tuple[tuple[int, int], ...]]] = {}

    def best(k: int, used: int) -> tuple[tuple[Any, ...], tuple[tuple[int, int], ...]]:
        if k == len(lefts):
            return (0, *(0,) * width), ()
        if (k, used) in memo:
            return memo[(k, used)]
        result = best(k + 1, used)
        i = lefts[k]
        for j in cands[i]:
            if not used & bit[j]:
                key, pairs = best(k + 1, used | bit[j])
                key = (key[0] + 1, *(a + b for a, b in zip(key[1:], strength(i, j), strict=True)))
                if key > result[0]:
                    result = (key, ((j, i), *pairs))
        memo[(k, used)] = result
        return result

    return dict(best(0, 0)[1])


def match(
    n_left: int,
    n_right: int,
    candidates: Callable[[int], Sequence[int]],
    strength: Callable[[int, int], tuple[Any, ...]] | None = None,
) -> dict[int, int]:
    """Maximum bipartite matching; returns right -> left.

    Where the contract leaves ties open, the pairing most favourable to the
    system is wanted: with ``strength``, each small connected group of
    candidates is solved by brute force (biggest, then strongest summed
    matching; up to 16 candidates on the right); larger groups take pairs greedily, strongest first, and
    augmenting paths then make the matching maximum.
    """
    cands = {i: list(candidates(i)) for i in range(n_left)}
    owner: dict[int, int] = {}
    if strength is not None:
        seen: set[int] = set()
        for start in range(n_left):
            if start in seen or not cands[start]:
                continue
            group, todo = [], [start]  # the connected group of left nodes sharing candidates
            seen.add(start)
            while todo:
                i = todo.pop()
                group.append(i)
                for other in range(n_left):
                    if other not in seen and set(cands[other]) & set(cands[i]):
                        seen.add(other)
                        todo.append(other)
            group.sort()
            if len({j for i in group for j in cands[i]}) <= 16:
                owner.update(_best_by_brute_force(group, cands, strength))
                continue
            edges = sorted(((i, j) for i in group for j in cands[i]), key=lambda e: strength(*e))
            taken: set[int] = set()
            for i, j in reversed(edges):
                if i not in taken and j not in owner:
                    owner[j] = i
                    taken.add(i)

    def augment(i: int, visited: set[int]) -> bool:
        for j in cands[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    matched_left = set(owner.values())
    for i in range(n_left):
        if i not in matched_left:
            augment(i, set())
    return owner


def prf(tp: int, n_gold: int, n_system: int) -> dict[str, Any]:
    return {
        "p": tp / n_system if n_system else None,
        "r": tp / n_gold if n_gold else None,
        "f1": 2 * tp / (n_gold + n_system) if n_gold + n_system else None,
    }


def accuracy(correct: int, total: int) -> dict[str, Any]:
    return {"accuracy": correct / total if total else None}


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta and not tb:
        return 1.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    return 2 * common / (len(ta) + len(tb))


def _head(text: str) -> str | None:
    words = _tokens(text)
    return words[-1].rstrip("s") if words else None


class Totals:
    """Counts summed over documents (micro-averaging)."""

    def __init__(self) -> None:
        self.c: dict[str, list[int]] = {}

    def add(self, key: str, *values: int) -> None:
        old = self.c.get(key, [0] * len(values))
        self.c[key] = [a + b for a, b in zip(old, values, strict=True)]


def _entities(doc: Totals, layer: str, gold: list[Any], system: list[Any]) -> dict[str, str]:
    def cands(i: int) -> list[int]:
        """Candidates best first: a shared name, then more overlapping mention pairs, then the same type."""
        g = gold[i]
        names = {fold(n) for n in [g.name, *g.aliases]}
        ranked = []
        for j, s in enumerate(system):
            shared = bool(names & {fold(n) for n in [s.name, *s.aliases]})
            touching = sum(overlap(a, b) for a in g.mentions for b in s.mentions)
            if shared or touching:
                ranked.append((-shared, -touching, g.type != s.type, j))
        return [j for *_, j in sorted(ranked)]

    def strength(i: int, j: int) -> tuple[Any, ...]:
        g, s = gold[i], system[j]
        shared = bool({fold(n) for n in [g.name, *g.aliases]} & {fold(n) for n in [s.name, *s.aliases]})
        touching = sum(overlap(a, b) for a in g.mentions for b in s.mentions)
        return (shared, touching, g.type == s.type, fold(g.name) == fold(s.name))

    owner = match(len(gold), len(system), cands, strength)
    doc.add(layer, len(owner), len(gold), len(system))
    single = layer[:-1]
    tp = 0
    for j, i in owner.items():
        g, s = gold[i], system[j]
        tp += len(match(len(g.mentions), len(s.mentions), lambda a, g=g, s=s: [
            b for b in range(len(s.mentions)) if overlap(g.mentions[a], s.mentions[b])
        ]))  # fmt: skip
    doc.add(
        f"{single}_mentions", tp, sum(len(g.mentions) for g in gold), sum(len(s.mentions) for s in system)
    )
    doc.add(
        f"{single}_type_accuracy", sum(gold[i].type == system[j].type for j, i in owner.items()), len(owner)
    )
    return {system[j].id: gold[i].id for j, i in owner.items()}


def _casualties(e: Event) -> tuple[Any, Any]:
    c = e.casualties
    if c is None:
        return (None, None)
    return tuple(None if x is None else (x.value, x.modifier) for x in (c.killed, c.injured))  # type: ignore[return-value]


def _events(doc: Totals, gold: list[Event], system: list[Event], to_gold: dict[str, str]) -> None:
    n_g, n_s = len(gold), len(system)
    ident = match(n_g, n_s, lambda i: [j for j in range(n_s) if overlap(gold[i].trigger, system[j].trigger)])
    doc.add("event_triggers_id", len(ident), n_g, n_s)

    def same_type_trigger(i: int) -> list[int]:
        g = gold[i]
        return [j for j in range(n_s) if g.type == system[j].type and overlap(g.trigger, system[j].trigger)]

    cls = match(n_g, n_s, same_type_trigger)
    doc.add("event_triggers_cls", len(cls), n_g, n_s)

    def args(e: Event, mapped: bool) -> set[tuple[str, str]]:
        return {(p.role, to_gold.get(p.ref, "?" + p.ref) if mapped else p.ref) for p in e.participants}

    gold_args = [args(e, False) for e in gold]
    system_args = [args(e, True) for e in system]

    def cands(i: int) -> list[int]:
        """Candidates best first: trigger overlap, then more shared arguments."""
        g = gold[i]
        refs = {r for _, r in gold_args[i]}
        ranked = []
        for j, s in enumerate(system):
            if g.type != s.type:
                continue
            by_trigger = overlap(g.trigger, s.trigger)
            by_evidence = overlap(g.evidence, s.evidence) and any(r in refs for _, r in system_args[j])
            if by_trigger or by_evidence:
                ranked.append((not by_trigger, -len(gold_args[i] & system_args[j]), j))
        return [j for *_, j in sorted(ranked)]

    def strength(i: int, j: int) -> tuple[Any, ...]:
        g, s = gold[i], system[j]
        agree = (
            (g.date.value if g.date else None) == (s.date.value if s.date else None),
            set(g.locations) == {to_gold.get(x, "?" + x) for x in s.locations},
            _casualties(g) == _casualties(s),
            g.modality == s.modality,
        )
        # Ties on the agreement count: the scorer's stated rule (date, location, casualties, modality).
        return (overlap(g.trigger, s.trigger), len(gold_args[i] & system_args[j]), sum(agree), *agree)

    owner = match(n_g, n_s, cands, strength)
    tp = sum(len(gold_args[i] & system_args[j]) for j, i in owner.items())
    doc.add("event_arguments", tp, sum(map(len, gold_args)), sum(map(len, system_args)))
    date = loc = cas = mod = (0, 0)
    for j, i in owner.items():
        g, s = gold[i], system[j]
        gd, sd = (g.date.value if g.date else None), (s.date.value if s.date else None)
        if gd is not None or sd is not None:
            date = (date[0] + (gd == sd), date[1] + 1)
        if g.locations or s.locations:
            same = set(g.locations) == {to_gold.get(x, "?" + x) for x in s.locations}
            loc = (loc[0] + same, loc[1] + 1)
        if _casualties(g) != (None, None) or _casualties(s) != (None, None):
            cas = (cas[0] + (_casualties(g) == _casualties(s)), cas[1] + 1)
        mod = (mod[0] + (g.modality == s.modality), mod[1] + 1)
    doc.add("event_date_accuracy", *date)
    doc.add("event_location_accuracy", *loc)
    doc.add("event_casualty_accuracy", *cas)
    doc.add("event_modality_accuracy", *mod)


def _claims(doc: Totals, gold: list[Any], system: list[Any], to_gold: dict[str, str]) -> None:
    def f1(i: int, j: int) -> float:
        g, s = gold[i], system[j]
        return token_f1(g.content.text, s.content.text) if overlap(g.content, s.content) else 0.0

    def attributed_to(g: Any, s: Any) -> bool:
        if g.source is not None and s.source is not None:
            return to_gold.get(s.source) == g.source
        return g.source is None and s.source is None and _head(g.source_text) == _head(s.source_text)

    def cands(i: int) -> list[int]:
        """Candidates best first: higher content F1, then a correct attribution."""
        ok = [j for j in range(len(system)) if f1(i, j) >= 0.5]
        return sorted(ok, key=lambda j: (-f1(i, j), not attributed_to(gold[i], system[j])))

    def strength(i: int, j: int) -> tuple[Any, ...]:
        g, s = gold[i], system[j]
        return (f1(i, j), attributed_to(g, s) + (g.kind == s.kind) + overlap(g.cue, s.cue))

    owner = match(len(gold), len(system), cands, strength)
    attributed = cue = 0
    for j, i in owner.items():
        attributed += attributed_to(gold[i], system[j])
        cue += overlap(gold[i].cue, system[j].cue)
    doc.add("claims", len(owner), len(gold), len(system))
    doc.add("claim_source_pairs", attributed, len(gold), len(system))
    doc.add("claim_attribution_accuracy", attributed, len(owner))
    doc.add("claim_cue_accuracy", cue, len(owner))


def _relations(doc: Totals, gold: Brief, system: Brief, to_gold: dict[str, str]) -> None:
    def triples(brief: Brief, ref: Callable[[str], str]) -> set[tuple[str, str, str]]:
        out = set()
        for r in brief.relations:
            h, t = ref(r.head), ref(r.tail)
            if r.type == "ALLIED_WITH":
                h, t = min(h, t), max(h, t)
            out.add((h, r.type, t))
        return out

    g = triples(gold, lambda x: x)
    s = triples(system, lambda x: to_gold.get(x, "?" + x))
    doc.add("relations", len(g & s), len(g), len(s))


def score(system: list[Brief], gold: list[Brief]) -> Figures:
    """Overall (micro-averaged) figures of ``system`` against ``gold``, paired by doc_id."""
    totals = Totals()
    by_id = {b.doc_id: b for b in system}
    for g in gold:
        s = by_id.get(g.doc_id, Brief(doc_id=g.doc_id, text_sha256=g.text_sha256))
        to_gold = _entities(totals, "actors", g.actors, s.actors)
        to_gold.update(_entities(totals, "places", g.places, s.places))
        _events(totals, g.events, s.events, to_gold)
        _claims(totals, g.claims, s.claims, to_gold)
        _relations(totals, g, s, to_gold)
    return {key: prf(*v) if len(v) == 3 else accuracy(*v) for key, v in totals.c.items()}
