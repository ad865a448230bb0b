"""Relations stated by the syntax of a sentence: dependency records over the parse."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefextract.relations.entity_lookup import EntityIndex, spread
from briefextract.relations.merge import Candidate
from briefextract.relations.relation_rules import RelationRule, expand_types
from briefextract.rules.compiler import RuleMatch
from briefextract.schema.vocab import GRANULARITIES

CLAUSE_POS: frozenset[str] = frozenset({"VERB", "AUX"})
# Only calendar dates date a relation: the time layer also marks durations, references,
# clock times and the two ends of a range, with a "kind" other than "date".
DATE_KIND = "date"


def clause_head(token: Token) -> Token:
    """The verb of the clause ``token`` belongs to (``token`` itself if it is one)."""
    for t in (token, *token.ancestors):
        if t.pos_ in CLAUSE_POS:
            return t
    return token.sent.root


def is_date(value: dict[str, Any] | None) -> bool:
    """Whether a time record is a calendar date with a value and a granularity the brief knows."""
    return bool(
        value
        and value.get("kind", DATE_KIND) == DATE_KIND
        and value.get("value") is not None
        and value.get("granularity") in GRANULARITIES
    )


def as_time_value(value: dict[str, Any]) -> dict[str, Any]:
    """The brief's TimeValue fields of a time record."""
    return {k: value.get(k) for k in ("text", "span", "value", "granularity", "modifier")}


def clause_date(
    token: Token, times: Iterable[Span], sentence: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """The first calendar date in ``token``'s clause, as a TimeValue dict. ``sentence``
    is the token range of ``token``'s sentence, when the caller has it."""
    head = clause_head(token)
    if sentence is None:
        sent = token.sent
        sentence = (sent.start, sent.end)
    start, end = sentence
    for span in times:
        if span.start < start or span.end > end:
            continue
        value = span._.bx_time
        if not is_date(value):
            continue
        root = span.root
        if root == head or head in root.ancestors:
            return as_time_value(value)
    return None


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character offsets of tokens ``start``..``end`` (as ``doc[start:end]``'s
    ``start_char`` and ``end_char``, without building the Span)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last)


def stative_candidates(
    doc: Doc,
    matches: Iterable[RuleMatch[RelationRule]],
    index: EntityIndex,
    *,
    spread_preps: frozenset[str],
    times: Iterable[Span] = (),
) -> list[Candidate]:
    """The candidates of every match: each end spread over its conjuncts, resolved to
    an entity of an allowed type, the two ends distinct."""
    times = list(times)
    out: list[Candidate] = []
    for m in matches:
        rule = m.rule
        head_i, tail_i = m.node(rule.head), m.node(rule.tail)
        if head_i is None or tail_i is None:
            continue
        # A relative word's relation spreads over the list its noun ends, if any.
        head_tok, tail_tok = index.relative_antecedent(doc[head_i]), index.relative_antecedent(doc[tail_i])
        # Ends inside one name state nothing, and nor do their conjuncts ("the A Brigade
        # and the B Movement": no B Movement inside A's name).
        if not rule.inside_name and index.same_name(head_tok, tail_tok):
            continue
        heads = spread(head_tok, spread_preps, climb=rule.climb) if rule.spread else [head_tok]
        tails = spread(tail_tok, spread_preps, climb=rule.climb) if rule.spread else [tail_tok]
        if rule.spread:
            # "the governments of A, B and C": the carrier names A, its list B and C too.
            heads += [o for t in heads for o in index.owner_list(t, spread_preps)]
            tails += [o for t in tails for o in index.owner_list(t, spread_preps)]
        head_ok, tail_ok = expand_types(rule.head_types), expand_types(rule.tail_types)
        # The sentence and the clause's date are read once the match yields a relation.
        cited: tuple[tuple[int, int], tuple[int, int], dict[str, Any] | None] | None = None
        for h in heads:
            head = index.pick(h, head_ok)
            if head is None:
                continue
            for t in tails:
                # Inside one name ("the Front for X in Y") a construction states nothing,
                # unless the record is about names ("the Freedonian Army").
                if t.i == h.i or (not rule.inside_name and (index.same_name(h, t) or index.inside(t, head))):
                    continue
                tail = index.pick(t, tail_ok, avoid=head)
                if tail is None:
                    continue
                if cited is None:
                    anchor = doc[m.anchor]
                    sentence = index.sentence(m.anchor)
                    cited = (
                        char_range(doc, *sentence),
                        char_range(doc, m.start, m.end),
                        clause_date(anchor, times, sentence),
                    )
                evidence, marked, date = cited
                out.append(Candidate(head, rule.label, tail, evidence, marked, rule.id, date))
    return out
