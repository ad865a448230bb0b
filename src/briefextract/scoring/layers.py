"""Scoring one document: a gold brief against a system brief, layer by layer.

Each layer returns counters (overall and per type) and error records. The
rules, where ANNOTATION.md "How briefs are scored" leaves room:

Alignment and order
    Every one-to-one pairing is a maximum matching (:func:`best_matching`),
    never greedy. Records are sorted by content (offsets, folded names, types;
    never ids) before matching, so shuffling records or renaming ids
    consistently changes no figure.

Actors and places
    Actors align with actors and places with places. A pair is a candidate
    when their folded name/alias sets (:func:`fold_name`) share a string or
    any of their mentions overlap. Among maximum alignments the scorer prefers
    more pairs sharing a name, then more overlapping mention pairs, then more
    pairs of equal type. Entity P/R/F1 ignores type (type accuracy measures
    it); per type it is strict: a pair is a tp of T only when both are T, a
    gold T not so paired is a fn of T, a system T not so paired a fp of T
    (so per-type tps need not sum to the overall tp). Mentions: within an
    aligned pair, mentions are matched one-to-one by overlap (each gold
    mention at most once); unmatched ones, and all mentions of unaligned
    entities, are fp/fn; per type as for entities (a pair of differing types
    puts all its gold mentions as fn of the gold type, its system mentions as
    fp of the system type). Type accuracy is over aligned pairs, per gold type.

Events
    Trigger identification: one-to-one by trigger overlap alone (preferring
    pairs of equal type); per type, tp and fn count under the gold type and fp
    under the system type. Trigger classification: one-to-one by trigger
    overlap and equal type. Event matching (which arguments and accuracies
    use) follows the contract: equal type and overlapping triggers, or equal
    type, overlapping evidence and at least one participant ref aligned (any
    role); one-to-one, preferring trigger overlap, then more shared
    arguments. Arguments are deduplicated ``(role, ref)`` sets per event; on a
    matched pair a system argument is a tp when a gold argument has the same
    role and the aligned ref; arguments of unmatched events are all fn/fp;
    per type by role. On matched events (per gold event type): date accuracy
    over events whose gold date has a value (correct when the system date has
    the same value string); location accuracy over events with gold locations
    (correct when the aligned system location set equals the gold set);
    casualty accuracy over events with a gold killed or injured count (correct
    when both counts agree in value and modifier, a missing count being
    null); modality accuracy over all matched events.

Claims
    A candidate pair has overlapping contents with token F1 >= 0.5
    (:func:`token_f1`); one-to-one, maximising the number of pairs, then
    summed F1. Claim P/R/F1 per kind is strict like entities. Attribution is
    correct when both sources are set and align, or both are null and their
    source texts have the same :func:`head_word`; accuracy over matched
    claims, per gold kind. Cue accuracy: cues overlap. (source, claim) pairs:
    tp = matched claims with correct attribution, fp = system claims - tp,
    fn = gold claims - tp; per kind strict.

Relations
    Triples ``(head, type, tail)`` with system ends mapped through the entity
    alignment (an unaligned end matches nothing); ALLIED_WITH is unordered;
    duplicate triples count once; per type by relation type.

Error records
    ``{"doc_id", "layer", "outcome", "gold", "system"}`` where ``gold`` and
    ``system`` are ``{"id", "type", "text", "evidence"}`` (plus ``"value"`` for
    mismatches) or null. Outcomes: ``missed`` and ``spurious`` for actors,
    places, events, claims, relations and for arguments of matched events
    (the arguments of an unmatched event are covered by the event's record);
    ``type_mismatch`` (aligned entities, trigger-identified events, matched
    claims' kinds), ``role_mismatch``, ``date_mismatch``,
    ``location_mismatch``, ``casualty_mismatch``, ``modality_mismatch``,
    ``attribution_mismatch``, ``cue_mismatch``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from briefextract.brief import Actor, Brief, Casualties, Claim, Event, Place, Relation, Span
from briefextract.scoring.figures import KEYS, PRF, Accuracy, Figure, Tally
from briefextract.scoring.matching import best_matching, maximum_matching
from briefextract.scoring.normalize import (
    fold_name,
    head_word,
    name_keys,
    offsets_overlap,
    spans_overlap,
    token_f1,
)
from briefextract.vocab import SYMMETRIC_RELATIONS

Entity = Actor | Place
# An entity reference in a common space: ("g", gold id) for gold refs and aligned system refs,
# ("s", system id) for system refs with no gold counterpart, which therefore match nothing.
Ref = tuple[str, str]
R = TypeVar("R")

# Token F1 is compared as an integer preference in the matcher.
_F1_SCALE = 1_000_000


@dataclass
class DocumentScore:
    """Counters and error records of one document pair."""

    doc_id: str
    figures: dict[str, Figure] = field(default_factory=dict)
    per_type: dict[str, dict[str, Figure]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def put(self, key: str, figure: Figure, tally: Tally) -> None:
        """Record the overall counter and the per-type counters of ``key``."""
        self.figures[key] = figure
        self.per_type[key] = tally.sorted()


@dataclass(frozen=True)
class Alignment:
    """System-to-gold id map of aligned actors and places."""

    to_gold: dict[str, str]

    def system_ref(self, ref: str) -> Ref:
        """Where a system ref lands in gold space."""
        return ("g", self.to_gold[ref]) if ref in self.to_gold else ("s", ref)


def _span_json(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _side(record_id: str, label: str, text: str, evidence: Span | None, *value: Any) -> dict[str, Any]:
    side: dict[str, Any] = {"id": record_id, "type": label, "text": text, "evidence": _span_json(evidence)}
    if value:
        side["value"] = value[0]
    return side


def _error(
    doc_id: str, layer: str, outcome: str, gold: dict[str, Any] | None, system: dict[str, Any] | None
) -> dict[str, Any]:
    return {"doc_id": doc_id, "layer": layer, "outcome": outcome, "gold": gold, "system": system}


def _pairs(
    gold: Sequence[R], system: Sequence[R], prefs: Callable[[R, R], tuple[int, ...] | None]
) -> list[tuple[int, int]]:
    """Best one-to-one matching over all candidate pairs (``prefs`` returns None for non-candidates)."""
    edges = {}
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            pref = prefs(g, s)
            if pref is not None:
                edges[(i, j)] = pref
    return best_matching(edges)


def _unmatched(n: int, matched: Iterable[int]) -> list[int]:
    taken = set(matched)
    return [i for i in range(n) if i not in taken]


# --- actors and places ----------------------------------------------------------------------------


def _entity_order(entity: Entity) -> tuple[Any, ...]:
    return (
        tuple(sorted((m.start, m.end) for m in entity.mentions)),
        fold_name(entity.name),
        entity.type,
        tuple(sorted(name_keys(entity.name, entity.aliases))),
        entity.name,
    )


def _mention_overlaps(gold: Sequence[Entity], system: Sequence[Entity]) -> dict[tuple[int, int], int]:
    """Number of overlapping (gold mention, system mention) pairs per entity pair.

    Sorted starts and the longest gold mention bound the search, so this is
    near-linear in the number of mentions rather than quadratic in entities.
    """
    gold_mentions = sorted((m.start, m.end, gi) for gi, g in enumerate(gold) for m in g.mentions)
    starts = [start for start, _, _ in gold_mentions]
    longest = max((end - start for start, end, _ in gold_mentions), default=0)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for si, s in enumerate(system):
        for m in s.mentions:
            lo = bisect.bisect_left(starts, m.start - longest)
            hi = bisect.bisect_right(starts, m.end)
            for start, end, gi in gold_mentions[lo:hi]:
                if offsets_overlap(start, end, m.start, m.end):
                    counts[(gi, si)] += 1
    return counts


def align_entities(gold: Sequence[Entity], system: Sequence[Entity]) -> list[tuple[int, int]]:
    """One-to-one alignment of entity lists (indices into the given order).

    Candidates share a folded name/alias or an overlapping mention; the
    alignment maximises pairs, then pairs sharing a name, then overlapping
    mention pairs, then pairs of equal type.
    """
    gold_keys = [name_keys(g.name, g.aliases) for g in gold]
    by_key: dict[str, set[int]] = defaultdict(set)
    for gi, keys in enumerate(gold_keys):
        for key in keys:
            by_key[key].add(gi)
    overlaps = _mention_overlaps(gold, system)
    candidates: set[tuple[int, int]] = set(overlaps)
    shares: set[tuple[int, int]] = set()
    for si, s in enumerate(system):
        for key in name_keys(s.name, s.aliases):
            shares.update((gi, si) for gi in by_key.get(key, ()))
    candidates |= shares
    edges = {
        (gi, si): (int((gi, si) in shares), overlaps.get((gi, si), 0), int(gold[gi].type == system[si].type))
        for gi, si in candidates
    }
    return best_matching(edges)


def _mention_matches(gold: Entity, system: Entity) -> int:
    """How many mentions of an aligned pair match one-to-one by overlap."""
    gold_mentions = sorted(gold.mentions, key=lambda m: (m.start, m.end))
    system_mentions = sorted(system.mentions, key=lambda m: (m.start, m.end))
    adjacency = [[j for j, s in enumerate(system_mentions) if spans_overlap(g, s)] for g in gold_mentions]
    return len(maximum_matching(adjacency))


def score_entities(
    doc_id: str,
    gold: Sequence[Entity],
    system: Sequence[Entity],
    layer: str,
    score: DocumentScore,
) -> dict[str, str]:
    """Score actors (``layer="actors"``) or places (``"places"``) into ``score``; return the alignment.

    Fills ``<layer>``, ``<singular>_mentions`` and ``<singular>_type_accuracy``.
    """
    singular = layer[:-1]
    gold = sorted(gold, key=_entity_order)
    system = sorted(system, key=_entity_order)
    pairs = align_entities(gold, system)
    entities, mentions, types = Tally(), Tally(), Tally()
    mention_totals = [0, 0, 0]
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        matched = _mention_matches(g, s)
        mention_totals[0] += matched
        mention_totals[1] += len(s.mentions) - matched
        mention_totals[2] += len(g.mentions) - matched
        types.acc(g.type, g.type == s.type)
        if g.type == s.type:
            entities.prf(g.type, tp=1)
            mentions.prf(g.type, tp=matched, fp=len(s.mentions) - matched, fn=len(g.mentions) - matched)
        else:
            entities.prf(g.type, fn=1)
            entities.prf(s.type, fp=1)
            mentions.prf(g.type, fn=len(g.mentions))
            mentions.prf(s.type, fp=len(s.mentions))
            score.errors.append(
                _error(
                    doc_id,
                    layer,
                    "type_mismatch",
                    _side(g.id, g.type, g.name, _first(g.mentions), g.type),
                    _side(s.id, s.type, s.name, _first(s.mentions), s.type),
                )
            )
    for gi in _unmatched(len(gold), (gi for gi, _ in pairs)):
        g = gold[gi]
        entities.prf(g.type, fn=1)
        mentions.prf(g.type, fn=len(g.mentions))
        mention_totals[2] += len(g.mentions)
        score.errors.append(
            _error(doc_id, layer, "missed", _side(g.id, g.type, g.name, _first(g.mentions)), None)
        )
    for si in _unmatched(len(system), (si for _, si in pairs)):
        s = system[si]
        entities.prf(s.type, fp=1)
        mentions.prf(s.type, fp=len(s.mentions))
        mention_totals[1] += len(s.mentions)
        score.errors.append(
            _error(doc_id, layer, "spurious", None, _side(s.id, s.type, s.name, _first(s.mentions)))
        )
    n_pairs = len(pairs)
    score.put(layer, PRF(n_pairs, len(system) - n_pairs, len(gold) - n_pairs), entities)
    score.put(f"{singular}_mentions", PRF(*mention_totals), mentions)
    score.put(f"{singular}_type_accuracy", _accuracy_total(types), types)
    return {system[si].id: gold[gi].id for gi, si in pairs}


def _first(spans: Sequence[Span]) -> Span | None:
    return min(spans, key=lambda m: (m.start, m.end)) if spans else None


def _accuracy_total(tally: Tally) -> Accuracy:
    result = Accuracy()
    for figure in tally.by_type.values():
        result = result + figure
    return result


def _prf_total(tally: Tally) -> PRF:
    result = PRF()
    for figure in tally.by_type.values():
        result = result + figure
    return result


# --- events ---------------------------------------------------------------------------------------


def _event_order(event: Event) -> tuple[Any, ...]:
    return (
        event.trigger.start,
        event.trigger.end,
        event.evidence.start,
        event.evidence.end,
        event.type,
        event.modality,
        event.date.value if event.date is not None else None,
        len(event.participants),
    )


def _arguments(event: Event, ref: Callable[[str], Ref]) -> set[tuple[str, Ref]]:
    return {(p.role, ref(p.ref)) for p in event.participants}


def _gold_ref(ref: str) -> Ref:
    return ("g", ref)


def _casualty_value(casualties: Casualties | None) -> tuple[Any, Any]:
    if casualties is None:
        return (None, None)
    return tuple(  # type: ignore[return-value]
        None if count is None else (count.value, count.modifier)
        for count in (casualties.killed, casualties.injured)
    )


def _event_side(event: Event, *value: Any) -> dict[str, Any]:
    return _side(event.id, event.type, event.trigger.text, event.evidence, *value)


def score_events(
    doc_id: str, gold: Sequence[Event], system: Sequence[Event], alignment: Alignment, score: DocumentScore
) -> None:
    """Score triggers, arguments and event attributes into ``score`` (see the module docstring)."""
    gold = sorted(gold, key=_event_order)
    system = sorted(system, key=_event_order)

    # Trigger identification: span only; equal types are preferred among equal-size matchings.
    ident = _pairs(
        gold, system, lambda g, s: (int(g.type == s.type),) if spans_overlap(g.trigger, s.trigger) else None
    )
    tally = Tally()
    for gi, si in ident:
        g, s = gold[gi], system[si]
        tally.prf(g.type, tp=1)
        if g.type != s.type:
            score.errors.append(
                _error(doc_id, "events", "type_mismatch", _event_side(g, g.type), _event_side(s, s.type))
            )
    for gi in _unmatched(len(gold), (gi for gi, _ in ident)):
        tally.prf(gold[gi].type, fn=1)
    for si in _unmatched(len(system), (si for _, si in ident)):
        tally.prf(system[si].type, fp=1)
    score.put("event_triggers_id", _prf_total(tally), tally)

    cls = _pairs(
        gold, system, lambda g, s: () if g.type == s.type and spans_overlap(g.trigger, s.trigger) else None
    )
    tally = Tally()
    for gi, _ in cls:
        tally.prf(gold[gi].type, tp=1)
    for gi in _unmatched(len(gold), (gi for gi, _ in cls)):
        tally.prf(gold[gi].type, fn=1)
    for si in _unmatched(len(system), (si for _, si in cls)):
        tally.prf(system[si].type, fp=1)
    score.put("event_triggers_cls", _prf_total(tally), tally)

    gold_args = [_arguments(g, _gold_ref) for g in gold]
    system_args = [_arguments(s, alignment.system_ref) for s in system]

    def event_prefs(gi: int, si: int) -> tuple[int, ...] | None:
        g, s = gold[gi], system[si]
        if g.type != s.type:
            return None
        trigger = spans_overlap(g.trigger, s.trigger)
        shared_args = len(gold_args[gi] & system_args[si])
        if not trigger:
            gold_refs = {ref for _, ref in gold_args[gi]}
            if not spans_overlap(g.evidence, s.evidence) or not any(
                ref in gold_refs for _, ref in system_args[si]
            ):
                return None
        return (int(trigger), shared_args)

    matched = _pairs(range(len(gold)), range(len(system)), event_prefs)
    arguments = Tally()
    dates, locations, casualties, modalities = Tally(), Tally(), Tally(), Tally()
    for gi, si in matched:
        g, s = gold[gi], system[si]
        _score_arguments(doc_id, g, s, gold_args[gi], system_args[si], alignment, arguments, score)
        if g.date is not None and g.date.value is not None:
            system_date = s.date.value if s.date is not None else None
            dates.acc(g.type, system_date == g.date.value)
            if system_date != g.date.value:
                score.errors.append(
                    _error(
                        doc_id,
                        "events",
                        "date_mismatch",
                        _event_side(g, g.date.value),
                        _event_side(s, system_date),
                    )
                )
        if g.locations:
            gold_places = {_gold_ref(loc) for loc in g.locations}
            system_places = {alignment.system_ref(loc) for loc in s.locations}
            locations.acc(g.type, gold_places == system_places)
            if gold_places != system_places:
                score.errors.append(
                    _error(
                        doc_id,
                        "events",
                        "location_mismatch",
                        _event_side(g, sorted(g.locations)),
                        _event_side(s, sorted(s.locations)),
                    )
                )
        gold_casualties = _casualty_value(g.casualties)
        if gold_casualties != (None, None):
            system_casualties = _casualty_value(s.casualties)
            casualties.acc(g.type, gold_casualties == system_casualties)
            if gold_casualties != system_casualties:
                score.errors.append(
                    _error(
                        doc_id,
                        "events",
                        "casualty_mismatch",
                        _event_side(g, g.casualties.model_dump(mode="json") if g.casualties else None),
                        _event_side(s, s.casualties.model_dump(mode="json") if s.casualties else None),
                    )
                )
        modalities.acc(g.type, g.modality == s.modality)
        if g.modality != s.modality:
            score.errors.append(
                _error(
                    doc_id,
                    "events",
                    "modality_mismatch",
                    _event_side(g, g.modality),
                    _event_side(s, s.modality),
                )
            )
    for gi in _unmatched(len(gold), (gi for gi, _ in matched)):
        for role, _ in gold_args[gi]:
            arguments.prf(role, fn=1)
        score.errors.append(_error(doc_id, "events", "missed", _event_side(gold[gi]), None))
    for si in _unmatched(len(system), (si for _, si in matched)):
        for role, _ in system_args[si]:
            arguments.prf(role, fp=1)
        score.errors.append(_error(doc_id, "events", "spurious", None, _event_side(system[si])))
    score.put("event_arguments", _prf_total(arguments), arguments)
    score.put("event_date_accuracy", _accuracy_total(dates), dates)
    score.put("event_location_accuracy", _accuracy_total(locations), locations)
    score.put("event_casualty_accuracy", _accuracy_total(casualties), casualties)
    score.put("event_modality_accuracy", _accuracy_total(modalities), modalities)


def _score_arguments(
    doc_id: str,
    g: Event,
    s: Event,
    gold_args: set[tuple[str, Ref]],
    system_args: set[tuple[str, Ref]],
    alignment: Alignment,
    tally: Tally,
    score: DocumentScore,
) -> None:
    """Count the arguments of a matched event pair; pair leftovers by ref to report wrong roles."""
    for role, _ in gold_args & system_args:
        tally.prf(role, tp=1)
    missed = sorted(gold_args - system_args)
    spurious = sorted(system_args - gold_args)
    for role, _ in missed:
        tally.prf(role, fn=1)
    for role, _ in spurious:
        tally.prf(role, fp=1)
    reverse = {ref: system_id for system_id, ref in alignment.to_gold.items()}

    def argument_side(event: Event, role: str, ref: Ref) -> dict[str, Any]:
        raw = ref[1] if ref[0] == "s" or event is g else reverse.get(ref[1], ref[1])
        return _side(event.id, role, event.trigger.text, event.evidence, raw)

    # A leftover gold and system argument with the same ref are one argument with a wrong role.
    unpaired_spurious = list(spurious)
    for role, ref in missed:
        partner = next((a for a in unpaired_spurious if a[1] == ref), None)
        if partner is not None:
            unpaired_spurious.remove(partner)
            score.errors.append(
                _error(
                    doc_id,
                    "event_arguments",
                    "role_mismatch",
                    argument_side(g, role, ref),
                    argument_side(s, partner[0], ref),
                )
            )
        else:
            score.errors.append(
                _error(doc_id, "event_arguments", "missed", argument_side(g, role, ref), None)
            )
    for role, ref in unpaired_spurious:
        score.errors.append(_error(doc_id, "event_arguments", "spurious", None, argument_side(s, role, ref)))


# --- claims ---------------------------------------------------------------------------------------


def _claim_order(claim: Claim) -> tuple[Any, ...]:
    return (
        claim.content.start,
        claim.content.end,
        claim.cue.start,
        claim.cue.end,
        claim.kind,
        claim.source_text,
    )


def _claim_side(claim: Claim, *value: Any) -> dict[str, Any]:
    return _side(claim.id, claim.kind, claim.content.text, claim.content, *value)


def attribution_correct(gold: Claim, system: Claim, alignment: Alignment) -> bool:
    """Sources align, or both are unnamed and their source texts share a head word.

    Two unnamed sources whose texts hold no word at all (both heads ``None``)
    count as the same, so a brief scored against itself is perfect.
    """
    if gold.source is not None and system.source is not None:
        return alignment.system_ref(system.source) == _gold_ref(gold.source)
    if gold.source is None and system.source is None:
        return head_word(gold.source_text) == head_word(system.source_text)
    return False


def claim_match_f1(gold: Claim, system: Claim) -> float | None:
    """Token F1 of two claims' contents when they can match (overlap, F1 >= 0.5), else None."""
    if not spans_overlap(gold.content, system.content):
        return None
    f1 = token_f1(gold.content.text, system.content.text)
    return f1 if f1 >= 0.5 else None


def score_claims(
    doc_id: str, gold: Sequence[Claim], system: Sequence[Claim], alignment: Alignment, score: DocumentScore
) -> None:
    """Score claims, attribution, cues and (source, claim) pairs into ``score``."""
    gold = sorted(gold, key=_claim_order)
    system = sorted(system, key=_claim_order)

    def prefs(g: Claim, s: Claim) -> tuple[int, ...] | None:
        f1 = claim_match_f1(g, s)
        return None if f1 is None else (round(f1 * _F1_SCALE),)

    matched = _pairs(gold, system, prefs)
    claims, pairs, attribution, cues = Tally(), Tally(), Tally(), Tally()
    n_correct = 0
    for gi, si in matched:
        g, s = gold[gi], system[si]
        correct = attribution_correct(g, s, alignment)
        n_correct += correct
        attribution.acc(g.kind, correct)
        cues.acc(g.kind, spans_overlap(g.cue, s.cue))
        if g.kind == s.kind:
            claims.prf(g.kind, tp=1)
        else:
            claims.prf(g.kind, fn=1)
            claims.prf(s.kind, fp=1)
            score.errors.append(
                _error(doc_id, "claims", "type_mismatch", _claim_side(g, g.kind), _claim_side(s, s.kind))
            )
        if correct and g.kind == s.kind:
            pairs.prf(g.kind, tp=1)
        else:
            pairs.prf(g.kind, fn=1)
            pairs.prf(s.kind, fp=1)
        if not correct:
            score.errors.append(
                _error(
                    doc_id,
                    "claims",
                    "attribution_mismatch",
                    _claim_side(g, {"source": g.source, "source_text": g.source_text}),
                    _claim_side(s, {"source": s.source, "source_text": s.source_text}),
                )
            )
        if not spans_overlap(g.cue, s.cue):
            score.errors.append(
                _error(
                    doc_id,
                    "claims",
                    "cue_mismatch",
                    _claim_side(g, _span_json(g.cue)),
                    _claim_side(s, _span_json(s.cue)),
                )
            )
    for gi in _unmatched(len(gold), (gi for gi, _ in matched)):
        claims.prf(gold[gi].kind, fn=1)
        pairs.prf(gold[gi].kind, fn=1)
        score.errors.append(_error(doc_id, "claims", "missed", _claim_side(gold[gi]), None))
    for si in _unmatched(len(system), (si for _, si in matched)):
        claims.prf(system[si].kind, fp=1)
        pairs.prf(system[si].kind, fp=1)
        score.errors.append(_error(doc_id, "claims", "spurious", None, _claim_side(system[si])))
    n = len(matched)
    score.put("claims", PRF(n, len(system) - n, len(gold) - n), claims)
    score.put("claim_source_pairs", PRF(n_correct, len(system) - n_correct, len(gold) - n_correct), pairs)
    score.put("claim_attribution_accuracy", _accuracy_total(attribution), attribution)
    score.put("claim_cue_accuracy", _accuracy_total(cues), cues)


# --- relations ------------------------------------------------------------------------------------

Triple = tuple[Ref, str, Ref]


def _triple(head: Ref, label: str, tail: Ref) -> Triple:
    if label in SYMMETRIC_RELATIONS and tail < head:
        head, tail = tail, head
    return (head, label, tail)


def _triples(relations: Iterable[Relation], ref: Callable[[str], Ref]) -> dict[Triple, Relation]:
    """Distinct triples, each with the relation stating it first in the text (for error records)."""
    ordered = sorted(relations, key=lambda r: (r.evidence.start, r.evidence.end, r.type, r.head, r.tail))
    triples: dict[Triple, Relation] = {}
    for relation in ordered:
        triples.setdefault(_triple(ref(relation.head), relation.type, ref(relation.tail)), relation)
    return triples


def score_relations(
    doc_id: str,
    gold: Brief,
    system: Brief,
    alignment: Alignment,
    score: DocumentScore,
) -> None:
    """Score relation triples into ``score``."""
    gold_triples = _triples(gold.relations, _gold_ref)
    system_triples = _triples(system.relations, alignment.system_ref)
    gold_names = {e.id: e.name for e in (*gold.actors, *gold.places)}
    system_names = {e.id: e.name for e in (*system.actors, *system.places)}

    def side(relation: Relation, names: dict[str, str]) -> dict[str, Any]:
        head, tail = names.get(relation.head, relation.head), names.get(relation.tail, relation.tail)
        text = f"{head} {relation.type} {tail}"
        return _side(
            f"{relation.head} {relation.type} {relation.tail}", relation.type, text, relation.evidence
        )

    tally = Tally()
    for triple, relation in gold_triples.items():
        if triple in system_triples:
            tally.prf(relation.type, tp=1)
        else:
            tally.prf(relation.type, fn=1)
            score.errors.append(_error(doc_id, "relations", "missed", side(relation, gold_names), None))
    for triple, relation in system_triples.items():
        if triple not in gold_triples:
            tally.prf(relation.type, fp=1)
            score.errors.append(_error(doc_id, "relations", "spurious", None, side(relation, system_names)))
    score.put("relations", _prf_total(tally), tally)


# --- a document -----------------------------------------------------------------------------------


def score_document(gold: Brief, system: Brief) -> DocumentScore:
    """Every layer of one document: ``system`` scored against ``gold`` (same doc_id assumed)."""
    score = DocumentScore(gold.doc_id)
    to_gold = score_entities(gold.doc_id, gold.actors, system.actors, "actors", score)
    to_gold.update(score_entities(gold.doc_id, gold.places, system.places, "places", score))
    alignment = Alignment(to_gold)
    score_events(gold.doc_id, gold.events, system.events, alignment, score)
    score_claims(gold.doc_id, gold.claims, system.claims, alignment, score)
    score_relations(gold.doc_id, gold, system, alignment, score)
    # Every layer fills its keys; put them in report order so every consumer sees one order.
    assert set(score.figures) == set(KEYS), sorted(set(KEYS) ^ set(score.figures))
    score.figures = {key: score.figures[key] for key in KEYS}
    score.per_type = {key: score.per_type[key] for key in KEYS}
    return score
