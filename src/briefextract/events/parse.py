"""Small pure readings of the parse that the event layer shares."""

from __future__ import annotations

import functools
from collections.abc import Collection

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token


def attachment(
    span: Span, stops: Collection[int], stop_pos: Collection[str], passing: Collection[str] = ()
) -> Token:
    """The token a phrase belongs to: the first head above the phrase that is an
    event trigger (``stops``, token indices) or a verb; the sentence root otherwise.
    A verb form attached by a dependency in ``passing`` works as a preposition and
    does not stop the climb ("towns *including* X": X belongs with the towns)."""
    token = span.root
    while True:
        head = token.head
        if head.i == token.i:
            return token
        if span.start <= head.i < span.end:
            token = head
            continue
        if head.i in stops or (head.pos_ in stop_pos and head.dep_ not in passing):
            return head
        token = head


def ancestors_within(
    token: Token,
    deps: Collection[str],
    limit: int = 6,
    clause_deps: Collection[str] = (),
    clause_pos: Collection[str] = (),
) -> list[Token]:
    """The heads above ``token`` reached only through dependencies in ``deps``,
    nearest first, at most ``limit`` steps. A dependency in ``clause_deps`` from a
    word whose part of speech is in ``clause_pos`` joins two clauses and stops the
    climb ("threatened X, and *bombed* Y": the threat does not reach the bombing),
    while the same dependency between nouns is followed ("include kidnapping and
    *bombing*")."""
    out: list[Token] = []
    current = token
    for _ in range(limit):
        if current.dep_ not in deps or current.head.i == current.i:
            break
        if current.dep_ in clause_deps and current.pos_ in clause_pos:
            break
        current = current.head
        out.append(current)
    return out


# A dependency path down from a light verb to its event noun: "prep>pobj" is the noun as
# the object of a preposition attached to the verb ("took part *in* the raid").
PATH_STEP = ">"


@functools.lru_cache(maxsize=16)
def _paths(object_deps: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """``object_deps`` as paths read upward from the noun ("prep>pobj" -> ("pobj", "prep")),
    longest first: the noun's own dependency alone is tried after the paths through it."""
    paths = [tuple(reversed(dep.split(PATH_STEP))) for dep in object_deps]
    return tuple(sorted(paths, key=lambda p: (-len(p), p)))


def light_verb(
    trigger: Token, support: Collection[str], noun_pos: Collection[str], object_deps: Collection[str]
) -> Token | None:
    """The light verb (lemma in ``support``) whose object or passive subject a nominal
    trigger is ("carried out *an attack*", "an attack was launched"). ``object_deps``
    are the dependencies by which the noun hangs from the verb, or paths of them
    written down from the verb ("prep>pobj": through a preposition); a path whose
    dependencies lead to no verb of ``support`` gives none."""
    if trigger.pos_ not in noun_pos:
        return None
    for path in _paths(frozenset(object_deps)):
        token = trigger
        for dep in path:
            if token.dep_ != dep or token.head.i == token.i:
                break
            token = token.head
        else:
            if token.lemma_.lower() in support:
                return token
    return None


def sentence_evidence(text: str, sent_start: int, sent_end: int) -> tuple[int, int]:
    """Character offsets of the sentence ``text[sent_start:sent_end]`` without trailing
    space and citation markers."""
    sent = text[sent_start:sent_end]
    end = len(sent.rstrip())
    while end > 0 and sent[end - 1] == "]":
        opening = sent.rfind("[", 0, end)
        if opening < 0 or not sent[opening + 1 : end - 1].isdigit():
            break
        end = len(sent[:opening].rstrip())
    start = len(sent) - len(sent.lstrip())
    # A marker that opens the sentence closes the one before it.
    while start < end and sent[start] == "[":
        closing = sent.find("]", start)
        if closing < 0 or not sent[start + 1 : closing].isdigit():
            break
        start = closing + 1
        start += len(sent[start:]) - len(sent[start:].lstrip())
    if end <= start:
        return sent_start, sent_end
    return sent_start + start, sent_start + end


def sentence_ranges(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The token range of each sentence (as ``doc.sents``) and each token's sentence
    number, read from the SENT_START array (``doc.sents`` builds a Span per sentence
    from the tokens on every call)."""
    if not len(doc):
        return [], []
    opens = doc.to_array([SENT_START]).reshape(-1) == 1
    opens[0] = True
    starts = np.flatnonzero(opens).tolist()
    ranges = list(zip(starts, [*starts[1:], len(doc)], strict=True))
    return ranges, (np.cumsum(opens) - 1).tolist()


HEADING_MAX_WORDS = 12


def is_heading_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` reads as a heading: short, standing alone,
    without closing punctuation ("Kidnapping of the consul")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end].strip()
    if not line or len(line.split()) > HEADING_MAX_WORDS:
        return False
    return line[-1] not in '.!?:;,"”’)]'
