"""The date of each candidate event: a calendar date attached to its trigger (or a
clause describing an event noun), else one scoping the clause above it, else a date
of the sentence no other event claims, else one it is told after or before; and, for
events still undated, the last date written before them in the paragraph."""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from briefextract.events.event_candidate import Candidate, DocFacts, LightVerbWords, light_verb_of
from briefextract.events.modality_scope import NOT_EVENTS
from briefextract.events.parse import attachment
from briefextract.extensions import SPAN_GROUP_TIMES
from briefextract.rules.lexicon import Lexicon
from briefextract.schema.vocab import GRANULARITIES

# Word lists of the events lexicon read here: how an ordering phrase holds its order word.
ORDER_PREPOSITION_DEPS = "ORDER_PREPOSITION_DEPS"
ORDER_MARKER_DEPS = "ORDER_MARKER_DEPS"


class DateWords(LightVerbWords, Protocol):
    stop_pos: frozenset[str]
    noun_pos: frozenset[str]
    event_noun_clauses: frozenset[str]
    order_deps: frozenset[str]
    order_markers: dict[str, str]
    lexicon: Lexicon


def calendar_dates(doc: Doc) -> list[tuple[Span, dict[str, Any]]]:
    """The time layer's spans that are calendar dates, with their values."""
    out: list[tuple[Span, dict[str, Any]]] = []
    for span in doc.spans.get(SPAN_GROUP_TIMES, []):
        value = span._.bx_time
        # Durations, references, clock times and the two ends of a range are never an
        # event's date: the time layer marks calendar dates with kind "date".
        if not value or value.get("kind", "date") != "date" or value.get("value") is None:
            continue
        if value.get("granularity") in GRANULARITIES:
            out.append((span, value))
    return out


def assign_dates(
    facts: DocFacts, candidates: list[Candidate], heads: dict[int, Candidate], words: DateWords
) -> None:
    """Date each candidate from the dates of its own sentence."""
    doc = facts.doc
    times = [(s, v, attachment(s, heads, words.stop_pos)) for s, v in facts.dates]
    for c in candidates:
        trigger = doc[c.head]
        sent_start, sent_end = facts.sent(c.head)
        local = [(s, v, a) for s, v, a in times if sent_start <= s.start < sent_end]
        lv = light_verb_of(trigger, words)
        own = {c.head} | ({lv.i} if lv is not None else set())
        chain = [t.i for t in trigger.ancestors]
        choice: tuple[Span, dict[str, Any]] | None = None
        rule = None
        direct = [(s, v) for s, v, a in local if a.i in own]
        if not direct and trigger.pos_ in words.noun_pos:
            # "the uprising that began in 1990", "the revolt which took the fort in 1702":
            # a clause describing the event noun dates it.
            direct = [
                (s, v)
                for s, v, a in local
                if a.head.i == trigger.i and a.i != trigger.i and a.dep_ in words.event_noun_clauses
            ]
        if direct:
            choice, rule = min(direct, key=lambda sv: abs(sv[0].start - c.head)), "date:attached"
        else:
            for anc in chain:
                scoped = [(s, v) for s, v, a in local if a.i == anc and a.i not in heads]
                if scoped:
                    choice, rule = min(scoped, key=lambda sv: abs(sv[0].start - c.head)), "date:clause"
                    break
        if choice is None:
            # A date of the sentence that no other event claims: the nearest one before
            # the trigger, else the only one after it.
            # A goal or a habit is no event and claims no date ("sent troops to fight the
            # group in 2015": the sending is dated 2015).
            free = [
                (s, v)
                for s, v, a in local
                if a.i not in heads or a.i == c.head or heads[a.i].modality in NOT_EVENTS
            ]
            before = [(s, v) for s, v in free if s.start < c.head]
            if before:
                choice, rule = before[-1], "date:sentence"
            elif len(free) == 1:
                choice, rule = free[0], "date:sentence"
        if choice is None:
            ordered = _ordered_date(trigger, local, words)
            if ordered is not None:
                c.date, c.date_rule = ordered, "date:ordered"
                continue
        if choice is not None:
            _, value = choice
            c.date = _time_value(value)
            c.date_rule = rule


def _ordered_date(
    trigger: Token, local: list[tuple[Span, dict[str, Any], Token]], words: DateWords
) -> dict[str, Any] | None:
    """An event told only as after or before a dated one ("the revolt began after the
    army canceled the elections in 1992") takes that date, marked AFTER or BEFORE,
    with no span of its own (ANNOTATION.md: inferred)."""
    lexicon = words.lexicon
    # A preposition is its own order word; a clause's is its subordinator.
    own_word, marker_deps = lexicon.lower(ORDER_PREPOSITION_DEPS), lexicon.lower(ORDER_MARKER_DEPS)
    for clause in (trigger, *list(trigger.ancestors)[:2]):
        for child in clause.children:
            marker = (
                child
                if child.dep_ in own_word
                else next((m for m in child.children if m.dep_ in marker_deps), None)
            )
            if marker is None or child.dep_ not in words.order_deps:
                continue
            modifier = words.order_markers.get(marker.lower_)
            if modifier is None:
                continue
            inside = [
                v for s, v, _ in local if child.left_edge.i <= s.start and s.end <= child.right_edge.i + 1
            ]
            if inside:
                return _inferred(inside[0], modifier)
    return None


def narrative_dates(facts: DocFacts, events: list[Candidate]) -> None:
    """An event its sentence does not date takes the last date written before it in
    the same paragraph (ANNOTATION.md: inferred, so ``span`` is null); not a denial
    over all time ("the group has never attacked civilians"), which has no date."""
    doc, text = facts.doc, facts.text
    for c in events:
        if c.date is not None or timeless_denial(doc[c.head], c.modality):
            continue
        at = doc[c.head].idx
        paragraph_start = text.rfind("\n", 0, at) + 1
        before = [(s, v) for s, v in facts.dates if paragraph_start <= s.start_char < at]
        if before:
            c.date = _inferred(before[-1][1], None)
            c.date_rule = "date:narrative"


# Penn tags of a present-tense auxiliary: "has not attacked", "have never bombed".
PRESENT_AUX_TAGS: frozenset[str] = frozenset({"VBZ", "VBP"})
# The dependency of an auxiliary on its verb.
AUX_DEPS: frozenset[str] = frozenset({"aux"})
NEGATED = "negated"


def timeless_denial(trigger: Token, modality: str) -> bool:
    """Whether a negated event is told in the present perfect ("X has not attacked
    Europe", "has never bombed civilians"): a denial over all time up to now, placed at
    no date and in no scene of the narrative."""
    return modality == NEGATED and any(
        ch.dep_ in AUX_DEPS and ch.tag_ in PRESENT_AUX_TAGS for ch in trigger.children
    )


def _inferred(value: dict[str, Any], modifier: str | None) -> dict[str, Any]:
    """A date taken from another phrase: its value, no text or span of its own."""
    return {
        "text": None,
        "span": None,
        "value": value["value"],
        "granularity": value["granularity"],
        "modifier": modifier,
    }


def _time_value(value: dict[str, Any]) -> dict[str, Any]:
    keep = ("text", "span", "value", "granularity", "modifier")
    return {k: value.get(k) for k in keep}
