"""A document's claims from the matches of its rule records.

Each match of a construction gives a candidate (cue, source, content); between
candidates of one cue, the higher-priority record wins where contents overlap;
a candidate whose cue lies inside another claim's content is a reported
statement within a statement and is left out; a statement written twice (a pull
quote) is one claim anchored at its fullest writing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefextract.claims.claim_rules import NOT_CLAIM, STANDS_FOR, ClaimRule, SourceRule
from briefextract.claims.claim_words import ClaimWords
from briefextract.claims.hedging import HedgeHit, hedged_by
from briefextract.claims.quotes import Quote
from briefextract.claims.sources import (
    RELATIVE_TAGS,
    ActorIndex,
    Source,
    conjunct_sources,
    implicit_subject,
    resolve_source,
)
from briefextract.claims.spans import (
    across_break,
    block_after,
    clause_side,
    is_reference_marker,
    kind_of,
    quote_after,
    snap_to_quotes,
    subtree_indices,
    trim_chars,
    trim_tokens,
)
from briefextract.rules.compiler import RuleMatch
from briefextract.schema.vocab import GRANULARITIES
from briefextract.scoring.folding import tokens as word_tokens

# Dependencies by which a participle or conjunct verb hangs from the clause it extends.
CLAUSE_LINK_DEPS = frozenset({"advcl", "conj", "xcomp", "acl", "relcl"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
DETERMINER_POS = frozenset({"DET"})
NOUN_POS = frozenset({"NOUN"})
# How far after a verb of saying its quotation may open ("shouted to the guards, “...”").
QUOTE_REACH = 80


@dataclass
class Candidate:
    """A claim before ids are given: character offsets, source, kind, provenance."""

    rule: ClaimRule
    cue: tuple[int, int]  # chars
    cue_tokens: tuple[int, int]
    anchor: int
    content: tuple[int, int]  # chars
    source: Source | None
    kind: str = "indirect"
    hedged: bool = False
    provenance: dict[str, str] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # The quoted pieces of a quotation the reporting clause splits (chars), else empty.
    parts: list[tuple[int, int]] = field(default_factory=list)


def _applies(doc: Doc, m: RuleMatch[ClaimRule]) -> bool:
    """Whether no child of the match's anchor has a dependency of the record's
    ``unless_anchor_has``."""
    blocked = m.rule.unless_anchor_has
    return not blocked or not any(c.dep_ in blocked for c in doc[m.anchor].children)


def is_contrast_clause(token: Token, words: ClaimWords) -> bool:
    """Whether ``token`` heads a clause of contrast set off by a comma: a dependent of
    ``words.contrast_clause_deps`` opened by one of ``words.contrast_markers``
    (", while Y says ...")."""
    if token.dep_ not in words.contrast_clause_deps:
        return False
    first = token.left_edge
    return first.lower_ in words.contrast_markers and first.i > 0 and token.doc[first.i - 1].text == ","


def is_summary_apposition(token: Token, words: ClaimWords) -> bool:
    """Whether ``token`` heads a phrase set off by a comma that names the statement before it
    with a noun of ``words.summary_nouns`` (", an accusation the army denies"): the author's
    comment on the statement, not part of it."""
    doc = token.doc
    first = token.left_edge
    if first.text == "," and first.i < token.i:
        first = doc[first.i + 1]  # the parser may hang the comma on the phrase itself
    elif first.i == 0 or doc[first.i - 1].text != ",":
        return False
    noun = first if first.i + 1 >= len(doc) or first.pos_ not in DETERMINER_POS else doc[first.i + 1]
    return noun.pos_ in NOUN_POS and noun.lemma_.lower() in words.summary_nouns and noun.i <= token.i


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _clause_head(token: Token) -> Token:
    """The main verb of the clause a modifier hangs from: participles and conjuncts climb to
    the verb they depend on ("Y began implementing Z, according to X" modifies "began")."""
    for _ in range(6):
        if token.dep_ not in CLAUSE_LINK_DEPS or token.head.i == token.i:
            break
        token = token.head
    return token


def _content(
    doc: Doc,
    text: str,
    m: RuleMatch[ClaimRule],
    cue_tokens: set[int],
    quotes: list[Quote],
    words: ClaimWords,
) -> tuple[int, int] | None:
    rule = m.rule
    nodes = [doc[i] for name, i in m.nodes if name in rule.content]
    if not nodes or any(across_break(doc, m.anchor, n.i) for n in nodes):
        return None
    if any(is_summary_apposition(n, words) for n in nodes):
        return None  # ", a charge the group denies" parsed as a second complement
    last = doc[max(cue_tokens)]
    if rule.extent == "block":
        return block_after(text, last.idx + len(last.text))
    if rule.extent == "next_quote":
        q = quote_after(text, last.idx + len(last.text), quotes, reach=QUOTE_REACH)
        return None if q is None else (q.start, q.end)
    if rule.extent in ("clause_side", "around"):
        # The cue phrase is the cue node's subtree (it holds the source as well).
        cue_tree: set[int] = set()
        for name, i in m.nodes:
            if name in (rule.nodes or [rule.anchor]):
                cue_tree |= subtree_indices(doc[i])
        after = doc[max(cue_tree)]
        q = quote_after(text, after.idx + len(after.text), quotes)
        if q is not None:
            return q.start, q.end
        head = _clause_head(nodes[0].head)
        found = clause_side(doc, head, cue_tree, words, around=rule.extent == "around")
    else:
        cut = [i for name, i in m.nodes if name in rule.exclude]
        # A clause coordinated inside a nominal content is a new statement of the author:
        # "claimed responsibility for the attack, and Y claimed to have helped".
        for n in nodes:
            if n.pos_ not in CLAUSE_POS:
                cut += [
                    t.i for t in n.subtree if t.dep_ in words.clause_conjunct_deps and t.pos_ in CLAUSE_POS
                ]
        # A contrast the author draws after a comma is no part of what was said: "X said the
        # truce held, while Y says it broke".
        cut += [c.i for n in nodes for c in n.children if is_contrast_clause(c, words)]
        # So is a phrase naming the statement, wherever the parser hung it: "..., a charge
        # the group denies".
        cut += [t.i for n in nodes for t in n.subtree if t.i != n.i and is_summary_apposition(t, words)]
        source = m.node(rule.source) if rule.source else None
        indices: set[int] = set()
        for n in nodes:
            indices |= subtree_indices(n, cut)
        for c in cut:
            indices -= subtree_indices(doc[c])
        if source is not None:
            kept = {i for n in nodes for i in subtree_indices(n, cut)}
            indices -= subtree_indices(doc[source]) - kept
        # A citation marker closes the statement it supports.
        first = min(n.i for n in nodes)
        marker = next((i for i in sorted(indices) if i > first and is_reference_marker(doc, i)), None)
        if marker is not None:
            indices = {i for i in indices if i < marker}
        # "the attack, which officials say killed ten": a relative pronoun before the cue stands
        # for a noun outside the statement, which is what follows the cue.
        cue_first = min(cue_tokens)
        if first > cue_first:
            indices = {i for i in indices if i > cue_first or doc[i].tag_ not in RELATIVE_TAGS}
        kept = indices - cue_tokens if len(nodes) == 1 else indices
        found = trim_tokens(doc, kept, words)
    if found is None:
        return None
    return _char_range(doc, *found)


def candidates(
    doc: Doc,
    matches: Sequence[RuleMatch[ClaimRule]],
    quotes: list[Quote],
    actors: ActorIndex,
    source_matches: Sequence[RuleMatch[SourceRule]],
    demonyms: Mapping[str, str],
    *,
    words: ClaimWords,
    text: str | None = None,
) -> list[Candidate]:
    """One candidate per usable match of a claim construction. ``text`` is ``doc.text``
    when the caller has it (spaCy builds it from the tokens on every access); ``words``
    are the claims lexicon's lists the walks read (:class:`ClaimWords`)."""
    text = doc.text if text is None else text
    matches = [m for m in matches if _applies(doc, m)]
    vetoed = {i for m in matches if m.rule.label == NOT_CLAIM for i in range(m.start, m.end)}
    speaks_for: dict[int, tuple[int, str]] = {}
    state_organ: dict[int, tuple[int, str]] = {}
    not_source: dict[int, str] = {}
    anaphors: dict[int, str] = {}
    stands_for: dict[int, tuple[int, str]] = {}
    for sm in source_matches:
        head = sm.node(sm.rule.head) if sm.rule.head else sm.anchor
        if head is None:
            continue
        if sm.rule.label == "NOT_SOURCE":
            not_source.setdefault(head, sm.rule.id)
            continue
        if sm.rule.label == "ANAPHOR":
            anaphors.setdefault(head, sm.rule.id)
            continue
        speaker = sm.node(sm.rule.speaker or "")
        if speaker is None:
            continue
        if sm.rule.label == STANDS_FOR:
            # The nearest word before it that the record reaches.
            if speaker < head and (head not in stands_for or speaker > stands_for[head][0]):
                stands_for[head] = (speaker, sm.rule.id)
            continue
        table = speaks_for if sm.rule.label == "SPEAKS_FOR" else state_organ
        table.setdefault(head, (speaker, sm.rule.id))
    out: list[Candidate] = []
    for m in matches:
        rule = m.rule
        if rule.label == NOT_CLAIM or m.anchor in vetoed:
            continue
        cue_names = rule.nodes or [rule.anchor]
        cue_idx = {i for name, i in m.nodes if name in cue_names}
        cue_tokens = (min(cue_idx), max(cue_idx) + 1)
        cue_chars = _char_range(doc, *cue_tokens)
        content = _content(doc, text, m, cue_idx, quotes, words)
        if content is None:
            continue
        source: Source | None = None
        s_tok: int | None = None
        if not rule.sourceless:
            s_tok = m.node(rule.source) if rule.source else implicit_subject(doc[m.anchor], words)
            if s_tok is None:
                continue  # no speaker in the parse: the author's own voice, or a lost subject
        if s_tok is not None:
            source = resolve_source(
                doc[s_tok],
                actors,
                speaks_for,
                not_source,
                state_organ,
                demonyms,
                anaphors,
                [m.anchor, *(i for name, i in m.nodes if name in rule.content)],
                words=words,
                stands_for=stands_for,
            )
            if source is None:
                continue
        start, end = content
        if rule.extent in ("subtree", "clause_side", "around"):
            start, end = snap_to_quotes(start, end, quotes, cue_chars)
        start, end = trim_chars(text, start, end)
        if end <= start or not word_tokens(text[start:end]):
            continue
        kind = "direct" if rule.extent in ("block", "next_quote") else kind_of(start, end, quotes)
        speakers: list[Source | None] = [source]
        if source is not None:
            speakers += conjunct_sources(doc[m.anchor], source, actors)
        for speaker in speakers:
            out.append(
                Candidate(
                    rule=rule,
                    cue=cue_chars,
                    cue_tokens=cue_tokens,
                    anchor=m.anchor,
                    content=(start, end),
                    source=speaker,
                    kind=kind,
                    hedged=rule.hedged,
                    provenance={
                        "cue": rule.id,
                        "source": speaker.rule if speaker else "none",
                        "content": rule.extent,
                    },
                )
            )
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def select(cands: list[Candidate]) -> list[Candidate]:
    """Per cue, the highest-priority readings whose contents do not overlap; then drop
    statements reported inside another claim's content."""
    by_anchor: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        by_anchor.setdefault((c.anchor, c.source.start if c.source else -1), []).append(c)
    kept: list[Candidate] = []
    for group in by_anchor.values():
        group.sort(key=lambda c: (-c.rule.priority, c.content))
        chosen: list[Candidate] = []
        for c in group:
            if not any(_overlap(c.content, k.content) for k in chosen):
                chosen.append(c)
        kept.extend(chosen)
    outer = [
        c
        for c in kept
        if not any(o is not c and o.content[0] <= c.cue[0] and c.cue[1] <= o.content[1] for o in kept)
    ]
    # Two cues claiming the same words: the one nearer the content keeps it.
    final: list[Candidate] = []
    for c in sorted(outer, key=lambda c: (c.content, -c.rule.priority)):
        rival = next((f for f in final if f.content == c.content and f.source == c.source), None)
        if rival is None:
            final.append(c)
    return sorted(final, key=lambda c: (c.content[0], c.cue[0]))


# Characters that end a sentence: a split quotation has none between its pieces.
SENTENCE_ENDS = frozenset(".!?")


def join_split_quotes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A quotation split by its own reporting clause ("'We will fight,' she said, 'to the
    end.'") is one claim: the two direct pieces reported by the same cue, one ending
    before it and one starting after it with no sentence end in between, become one
    content from the first piece's start to the second's end (``parts`` keeps the pieces)."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.content[0]):
        first = next(
            (
                o
                for o in out
                if o.cue == c.cue
                and o.kind == c.kind == "direct"
                and o.content[1] <= c.cue[0]
                and c.cue[1] <= c.content[0]
                and not SENTENCE_ENDS.intersection(text[o.content[1] : c.content[0]])
            ),
            None,
        )
        if first is None:
            out.append(c)
            continue
        first.parts = [*(first.parts or [first.content]), c.content]
        first.content = (first.content[0], c.content[1])
        first.mentions.extend(c.mentions)
        first.hedged = first.hedged or c.hedged
    return out


def merge_repeats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A statement written twice is one claim, anchored at its fullest writing."""
    out: list[Candidate] = []
    out_words: list[list[str]] = []  # the words of each kept content, tokenised once
    for c in sorted(cands, key=lambda c: -(c.content[1] - c.content[0])):
        words = word_tokens(text[c.content[0] : c.content[1]])
        speaker = c.source.actor if c.source else None
        twin = next(
            (
                o
                for o, o_words in zip(out, out_words, strict=True)
                if o_words[: len(words)] == words
                and (o.source.actor if o.source else None) == speaker
                and o.content != c.content
            ),
            None,
        )
        if twin is not None and len(words) >= 6:
            twin.mentions.append(c.content)
            continue
        out.append(c)
        out_words.append(words)
    return sorted(out, key=lambda c: (c.content[0], c.cue[0]))


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    return span.start, span.end


def apply_hedges(doc: Doc, cands: list[Candidate], hits: Sequence[HedgeHit]) -> None:
    """Set ``hedged`` from hedge cues in the claim's words or disputing it afterwards."""
    for c in cands:
        c_start, c_end = _token_range(doc, *c.content)
        lo, hi = min(c_start, c.cue_tokens[0]), max(c_end, c.cue_tokens[1])
        if c.source is not None:
            lo, hi = min(lo, c.source.start), max(hi, c.source.end)
        sent = doc[hi - 1].sent
        nxt_end = sent.end
        if sent.end < len(doc):
            nxt_end = doc[sent.end].sent.end
        hit = hedged_by((lo, hi), (hi, nxt_end), hits)
        if hit is not None:
            c.hedged = True
            c.provenance["hedge"] = hit.rule


def about(doc: Doc, c: Candidate, actors: ActorIndex) -> list[str]:
    """Actors named in the content, in order of first mention; else the source itself
    when the content refers back to it with a pronoun."""
    start, end = _token_range(doc, *c.content)
    seen: list[str] = []
    for i in range(start, end):
        a = actors.by_token.get(i)
        if a is not None and a not in seen:
            seen.append(a)
    return seen


def claim_date(doc: Doc, c: Candidate, times: Sequence[Span]) -> dict[str, Any] | None:
    """A time expression that dates the saying: in the cue's sentence, outside the content,
    and governed by the cue."""
    cue = doc[c.cue_tokens[0]]
    sent = cue.sent
    for t in times:
        if not (sent.start <= t.start < sent.end):
            continue
        if _overlap((t.start_char, t.end_char), c.content):
            continue
        head = t.root
        while head.head.i != head.i and head.i != cue.i:
            head = head.head
        # Only a calendar value dates a claim: "Former minister X said ..." holds a time
        # reference ("former") that the schema's date cannot carry.
        if head.i == cue.i and t._.bx_time and t._.bx_time.get("granularity") in GRANULARITIES:
            return dict(t._.bx_time)
    return None


def to_records(
    doc: Doc,
    cands: list[Candidate],
    actors: ActorIndex,
    times: Sequence[Span],
    *,
    text: str | None = None,
) -> dict[str, dict[str, Any]]:
    """Claim records (ANNOTATION.md's Claim plus ``provenance``), ids in text order;
    ``text`` is ``doc.text`` when the caller has it."""
    text = doc.text if text is None else text
    records: dict[str, dict[str, Any]] = {}
    for n, c in enumerate(cands, start=1):
        cid = f"c{n}"
        if c.source is not None:
            s0, s1 = _char_range(doc, c.source.start, c.source.end)
            source_text = text[s0:s1]
            actor = c.source.actor
        else:
            source_text, actor = "", None
        records[cid] = {
            "id": cid,
            "source": actor,
            "source_text": source_text,
            "cue": {"start": c.cue[0], "end": c.cue[1], "text": text[c.cue[0] : c.cue[1]]},
            "content": {
                "start": c.content[0],
                "end": c.content[1],
                "text": text[c.content[0] : c.content[1]],
            },
            "kind": c.kind,
            "date": claim_date(doc, c, times),
            "hedged": c.hedged,
            "about": about(doc, c, actors),
            "provenance": dict(c.provenance),
            "other_mentions": [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(c.mentions)],
        }
        if c.parts:
            records[cid]["content_parts"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in c.parts]
    return records
