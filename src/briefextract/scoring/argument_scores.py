"""Event arguments: ``(role, aligned ref)`` pairs of matched events, and their error records.

Arguments are deduplicated ``(role, ref)`` sets per event, with system refs
mapped through the entity alignment (an unaligned system ref matches
nothing). On a matched pair a system argument is a tp when a gold argument
has the same role and the aligned ref; arguments of unmatched events are all
fn/fp (their events' ``missed``/``spurious`` records cover them); counters
per role. A leftover gold and system argument with the same ref are reported
as one ``role_mismatch``; other leftovers as ``missed``/``spurious``.
"""

from __future__ import annotations

from collections.abc import Callable

from briefextract.schema.brief import Event
from briefextract.scoring.entity_scores import Alignment, Ref
from briefextract.scoring.error_records import ErrorRecord, Side, mismatch, missed, spurious
from briefextract.scoring.figures import Tally

Argument = tuple[str, Ref]


def arguments(event: Event, ref: Callable[[str], Ref]) -> set[Argument]:
    """The distinct ``(role, ref)`` arguments of an event, refs mapped by ``ref``."""
    return {(p.role, ref(p.ref)) for p in event.participants}


def score_arguments(
    doc_id: str,
    gold: Event,
    system: Event,
    gold_args: set[Argument],
    system_args: set[Argument],
    alignment: Alignment,
    tally: Tally,
) -> list[ErrorRecord]:
    """Count the arguments of a matched event pair into ``tally``; return their error records."""
    for role, _ in gold_args & system_args:
        tally.prf(role, tp=1)
    missing = sorted(gold_args - system_args)
    extra = sorted(system_args - gold_args)
    for role, _ in missing:
        tally.prf(role, fn=1)
    for role, _ in extra:
        tally.prf(role, fp=1)
    reverse = {ref: system_id for system_id, ref in sorted(alignment.to_gold.items())}

    def side(event: Event, role: str, ref: Ref) -> Side:
        raw = ref[1] if ref[0] == "s" or event is gold else reverse.get(ref[1], ref[1])
        return Side(event.id, role, event.trigger.text, event.evidence, raw)

    errors: list[ErrorRecord] = []
    unpaired = list(extra)
    for role, ref in missing:
        partner = next((a for a in unpaired if a[1] == ref), None)
        if partner is None:
            errors.append(missed(doc_id, "event_arguments", side(gold, role, ref)))
        else:
            unpaired.remove(partner)
            errors.append(
                mismatch(
                    doc_id,
                    "event_arguments",
                    "role_mismatch",
                    side(gold, role, ref),
                    side(system, partner[0], ref),
                )
            )
    errors.extend(spurious(doc_id, "event_arguments", side(system, role, ref)) for role, ref in unpaired)
    return errors
