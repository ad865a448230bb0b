"""Events: trigger identification and classification, event matching, arguments, attributes.

Trigger identification
    One-to-one by trigger overlap alone (preferring pairs of equal type); per
    type, tp and fn count under the gold type and fp under the system type.
Trigger classification
    One-to-one by trigger overlap and equal type.
Event matching (which arguments and attribute accuracies use)
    As the contract says: equal type and overlapping triggers, or equal type,
    overlapping evidence and at least one participant ref aligned (any role).
    One-to-one, preferring trigger overlap, then more shared arguments, then
    more agreeing attributes, then agreement on date, location, casualties
    and modality in that order (so two system records that each get a
    different attribute right are settled by a stated rule, not by order).
Arguments
    See :mod:`briefextract.scoring.argument_scores`.
Attributes, on matched events (ANNOTATION.md v1.2), counted per gold type
    Date accuracy over the pairs where gold or system has a date value
    (correct when the value strings are equal; a system value where gold has
    none is wrong); location accuracy over the pairs where gold or system has
    locations (correct when the aligned system set equals the gold set);
    casualty accuracy over the pairs where gold or system has a killed or
    injured count (correct when both counts agree in value and modifier, a
    missing count being null); pairs where both sides are null are left out.
    Modality accuracy over all matched pairs.

Every matching breaks its last ties by content (:mod:`briefextract.scoring.order`).
Error records (layer ``events``): ``missed``, ``spurious``, ``type_mismatch``
(trigger identified, type differs), ``date_mismatch``,
``location_mismatch``, ``casualty_mismatch``, ``modality_mismatch``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from briefextract.schema.brief import Casualties, Event
from briefextract.scoring.argument_scores import arguments, score_arguments
from briefextract.scoring.entity_scores import Alignment
from briefextract.scoring.error_records import Side, mismatch, missed, spurious
from briefextract.scoring.figures import PRF, Accuracy, LayerScore, Tally
from briefextract.scoring.folding import spans_overlap
from briefextract.scoring.matching import best_matching
from briefextract.scoring.order import Colour, Key, event_key, pair_key

Pairs = list[tuple[int, int]]


@dataclass
class EventScore(LayerScore):
    """Events of one document: trigger, argument and attribute figures, and errors."""

    @property
    def triggers_identified(self) -> PRF:
        return self.prf("event_triggers_id")

    @property
    def triggers_classified(self) -> PRF:
        return self.prf("event_triggers_cls")

    @property
    def arguments(self) -> PRF:
        return self.prf("event_arguments")

    @property
    def dates(self) -> Accuracy:
        return self.accuracy("event_date_accuracy")

    @property
    def modalities(self) -> Accuracy:
        return self.accuracy("event_modality_accuracy")


def _casualty_value(casualties: Casualties | None) -> tuple[Any, Any]:
    if casualties is None:
        return (None, None)
    killed, injured = casualties.killed, casualties.injured
    return (
        None if killed is None else (killed.value, killed.modifier),
        None if injured is None else (injured.value, injured.modifier),
    )


def _date_value(event: Event) -> str | None:
    return None if event.date is None else event.date.value


def _side(event: Event, *value: Any) -> Side:
    return Side(event.id, event.type, event.trigger.text, event.evidence, *value)


def _casualty_json(event: Event) -> Any:
    return None if event.casualties is None else event.casualties.model_dump(mode="json")


def _match(
    n_gold: int,
    n_system: int,
    prefs: Callable[[int, int], tuple[int, ...] | None],
    gold_keys: Sequence[Key],
    system_keys: Sequence[Key],
) -> Pairs:
    edges = {}
    for i in range(n_gold):
        for j in range(n_system):
            pref = prefs(i, j)
            if pref is not None:
                edges[(i, j)] = pref
    return best_matching(edges, {(i, j): pair_key(gold_keys[i], system_keys[j]) for i, j in edges})


def _trigger_figures(
    gold: Sequence[Event], system: Sequence[Event], pairs: Pairs, tally: Tally
) -> tuple[set[int], set[int]]:
    """Count a trigger matching into ``tally`` (tp under the gold type); return the matched indices."""
    matched_gold, matched_system = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(gold):
        tally.prf(g.type, **({"tp": 1} if i in matched_gold else {"fn": 1}))
    for j, s in enumerate(system):
        if j not in matched_system:
            tally.prf(s.type, fp=1)
    return matched_gold, matched_system


def score_events(
    doc_id: str,
    gold: Sequence[Event],
    system: Sequence[Event],
    alignment: Alignment,
    gold_colour: Colour,
    system_colour: Colour,
) -> EventScore:
    """Score triggers, arguments and event attributes of one document (see the module docstring)."""
    gold = sorted(gold, key=lambda e: event_key(e, gold_colour))
    system = sorted(system, key=lambda e: event_key(e, system_colour))
    gold_keys = [event_key(e, gold_colour) for e in gold]
    system_keys = [event_key(e, system_colour) for e in system]
    score = EventScore(doc_id)

    def overlap(i: int, j: int) -> bool:
        return spans_overlap(gold[i].trigger, system[j].trigger)

    ident = _match(
        len(gold),
        len(system),
        lambda i, j: (int(gold[i].type == system[j].type),) if overlap(i, j) else None,
        gold_keys,
        system_keys,
    )
    tally = Tally()
    _trigger_figures(gold, system, ident, tally)
    for i, j in ident:
        if gold[i].type != system[j].type:
            g, s = gold[i], system[j]
            score.errors.append(
                mismatch(doc_id, "events", "type_mismatch", _side(g, g.type), _side(s, s.type))
            )
    score.put("event_triggers_id", tally.prf_total(), tally)

    cls = _match(
        len(gold),
        len(system),
        lambda i, j: () if gold[i].type == system[j].type and overlap(i, j) else None,
        gold_keys,
        system_keys,
    )
    tally = Tally()
    _trigger_figures(gold, system, cls, tally)
    score.put("event_triggers_cls", tally.prf_total(), tally)

    gold_args = [arguments(g, Alignment.gold_ref) for g in gold]
    system_args = [arguments(s, alignment.system_ref) for s in system]

    def event_prefs(i: int, j: int) -> tuple[int, ...] | None:
        g, s = gold[i], system[j]
        if g.type != s.type:
            return None
        trigger = overlap(i, j)
        if not trigger:
            gold_refs = {ref for _, ref in gold_args[i]}
            if not spans_overlap(g.evidence, s.evidence) or not any(
                ref in gold_refs for _, ref in system_args[j]
            ):
                return None
        agree = _agreements(g, s, alignment)
        return (int(trigger), len(gold_args[i] & system_args[j]), sum(agree), *map(int, agree))

    matched = _match(len(gold), len(system), event_prefs, gold_keys, system_keys)
    args, dates, locations, casualties, modalities = Tally(), Tally(), Tally(), Tally(), Tally()
    for i, j in matched:
        g, s = gold[i], system[j]
        score.errors += score_arguments(doc_id, g, s, gold_args[i], system_args[j], alignment, args)
        date_ok, location_ok, casualty_ok, modality_ok = _agreements(g, s, alignment)
        if _date_value(g) is not None or _date_value(s) is not None:
            dates.acc(g.type, date_ok)
            if not date_ok:
                score.errors.append(
                    mismatch(
                        doc_id,
                        "events",
                        "date_mismatch",
                        _side(g, _date_value(g)),
                        _side(s, _date_value(s)),
                    )
                )
        if g.locations or s.locations:
            locations.acc(g.type, location_ok)
            if not location_ok:
                score.errors.append(
                    mismatch(
                        doc_id,
                        "events",
                        "location_mismatch",
                        _side(g, sorted(set(g.locations))),
                        _side(s, sorted(set(s.locations))),
                    )
                )
        if _casualty_value(g.casualties) != (None, None) or _casualty_value(s.casualties) != (None, None):
            casualties.acc(g.type, casualty_ok)
            if not casualty_ok:
                score.errors.append(
                    mismatch(
                        doc_id,
                        "events",
                        "casualty_mismatch",
                        _side(g, _casualty_json(g)),
                        _side(s, _casualty_json(s)),
                    )
                )
        modalities.acc(g.type, modality_ok)
        if not modality_ok:
            score.errors.append(
                mismatch(doc_id, "events", "modality_mismatch", _side(g, g.modality), _side(s, s.modality))
            )
    matched_gold, matched_system = {i for i, _ in matched}, {j for _, j in matched}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            for role, _ in gold_args[i]:
                args.prf(role, fn=1)
            score.errors.append(missed(doc_id, "events", _side(g)))
    for j, s in enumerate(system):
        if j not in matched_system:
            for role, _ in system_args[j]:
                args.prf(role, fp=1)
            score.errors.append(spurious(doc_id, "events", _side(s)))
    score.put("event_arguments", args.prf_total(), args)
    score.put("event_date_accuracy", dates.accuracy_total(), dates)
    score.put("event_location_accuracy", locations.accuracy_total(), locations)
    score.put("event_casualty_accuracy", casualties.accuracy_total(), casualties)
    score.put("event_modality_accuracy", modalities.accuracy_total(), modalities)
    return score


def _agreements(gold: Event, system: Event, alignment: Alignment) -> tuple[bool, bool, bool, bool]:
    """Whether date value, aligned location set, casualties and modality agree (null equals null)."""
    gold_places = {Alignment.gold_ref(loc) for loc in gold.locations}
    system_places = {alignment.system_ref(loc) for loc in system.locations}
    return (
        _date_value(gold) == _date_value(system),
        gold_places == system_places,
        _casualty_value(gold.casualties) == _casualty_value(system.casualties),
        gold.modality == system.modality,
    )
