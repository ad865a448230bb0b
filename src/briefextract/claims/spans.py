"""From matched tokens to the character extents of a claim's cue, source and content."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from briefextract.claims.claim_words import ClaimWords
from briefextract.claims.quotes import MARKS, Quote

# Dependents that are not part of the phrase naming a source: "X, an analyst at Y, said",
# "X, who ..., said", "X and Y said" (each conjunct is its own source).
SOURCE_CUT_DEPS = frozenset({"appos", "relcl", "acl:relcl", "punct", "cc", "conj", "advcl", "parataxis"})
# Reference markers such as "[12]" and spaces are trimmed from a content's edges.
_EDGE_PUNCT = frozenset(",;:.—–-(")
_TRAILING_PUNCT = frozenset(",;:—–-([")
# A numbered citation is a number between these brackets ("[12]"), which the tokenizer may
# split off or keep together with its neighbours ("[12][13]").
CITATION_OPEN, CITATION_CLOSE = "[", "]"
_CITATION = re.compile(r"(?:\[\d+\])+|\[\d+(?:\]\[\d+)*|\d+\](?:\[\d+\])*")
CLAUSE_BREAKS = frozenset({";"})


def subtree_indices(token: Token, cut: Iterable[int] = ()) -> set[int]:
    """Indices of ``token``'s subtree without the subtrees rooted at ``cut``."""
    cut = set(cut)
    out: set[int] = set()
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i in cut and t.i != token.i:
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out


def source_phrase(token: Token, avoid: Iterable[int] = ()) -> tuple[int, int]:
    """Token range ``[start, end)`` of the phrase naming a source headed by ``token``;
    dependents holding a token of ``avoid`` (the cue: "a story <announcing> ...") are cut."""
    avoid = set(avoid)
    cut = [c.i for c in token.children if c.dep_ in SOURCE_CUT_DEPS or any(t.i in avoid for t in c.subtree)]
    keep = subtree_indices(token, cut)
    lo, hi = min(keep), max(keep)
    # Keep the contiguous run around the head: an appositive cut leaves a gap.
    start = token.i
    while start - 1 >= lo and (start - 1) in keep:
        start -= 1
    end = token.i
    while end + 1 <= hi and (end + 1) in keep:
        end += 1
    doc = token.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or is_reference_marker(doc, start)):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return start, end + 1


def is_reference_marker(doc: Doc, i: int) -> bool:
    """A token of a numbered citation such as "[12]" (not of "[PDF]" or "[the group]")."""
    t = doc[i]
    if _CITATION.fullmatch(t.text):
        return True

    def text(j: int) -> str:
        return doc[j].text if 0 <= j < len(doc) else ""

    if t.text == CITATION_OPEN:
        return text(i + 1).isdigit() and text(i + 2) == CITATION_CLOSE
    if t.text == CITATION_CLOSE:
        return text(i - 1).isdigit() and text(i - 2) == CITATION_OPEN
    return t.text.isdigit() and text(i - 1) == CITATION_OPEN and text(i + 1) == CITATION_CLOSE


def across_break(doc: Doc, a: int, b: int) -> bool:
    """Whether a clause break (a semicolon) stands between tokens ``a`` and ``b``: a
    complement the parser hung across one belongs to the next clause."""
    lo, hi = sorted((a, b))
    if any(doc[i].text in CLAUSE_BREAKS for i in range(lo + 1, hi)):
        return True
    # A citation marker after the cue closes the cited sentence: what follows is new.
    return a < b and any(is_reference_marker(doc, i) for i in range(lo + 1, hi))


def trim_tokens(doc: Doc, indices: set[int], words: ClaimWords) -> tuple[int, int] | None:
    """The range from the first to the last of ``indices``, edges cleaned of punctuation,
    spaces, citation markers, coordinators and a leading complementiser (the claims
    lexicon's, ``words``: "said <that> ..."); None when nothing is left."""
    if not indices:
        return None
    start, end = min(indices), max(indices)
    while start <= end and (
        doc[start].is_space
        or doc[start].text in _EDGE_PUNCT
        or is_reference_marker(doc, start)
        or (doc[start].lower_ in words.complementizers and doc[start].dep_ in words.complementizer_deps)
        or doc[start].dep_ in words.edge_coordinator_deps
    ):
        start += 1
    while end >= start and (
        doc[end].is_space
        or doc[end].text in _TRAILING_PUNCT
        or doc[end].text == "."
        or is_reference_marker(doc, end)
        or doc[end].dep_ in words.edge_coordinator_deps
    ):
        end -= 1
    if end < start:
        return None
    return start, end + 1


def _words(doc: Doc, indices: Iterable[int]) -> list[int]:
    return [i for i in indices if not (doc[i].is_punct or doc[i].is_space or is_reference_marker(doc, i))]


def paragraph_sentence(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around tokens ``[lo, hi]``, cut at line breaks: the parser sometimes runs
    a sentence on across a paragraph or a caption line."""
    sent = doc[lo].sent
    start, end = sent.start, max(sent.end, doc[hi].sent.end)
    for i in range(lo - 1, start - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(hi + 1, end):
        if doc[i].is_space and "\n" in doc[i].text:
            end = i
            break
    return start, end


def clause_side(
    doc: Doc, governor: Token, cue: set[int], words: ClaimWords, *, around: bool = False
) -> tuple[int, int] | None:
    """The words the cue phrase (``cue``: the cue's subtree) scopes (edges trimmed as
    :func:`trim_tokens` does, with ``words``).

    A cue phrase that opens its sentence scopes the rest of it ("According to X, Y");
    one that closes it scopes what precedes ("Y, according to X"); in between, the
    governor's clause on the governor's side of the cue.
    """
    if not cue:
        return trim_tokens(doc, subtree_indices(governor), words)
    lo, hi = min(cue), max(cue)
    sent_start, sent_end = paragraph_sentence(doc, lo, hi)
    before_all = set(range(sent_start, lo))
    after_all = set(range(hi + 1, sent_end))
    if not _words(doc, before_all) and _words(doc, after_all):
        return trim_tokens(doc, after_all, words)
    if not _words(doc, after_all) and _words(doc, before_all):
        return trim_tokens(doc, before_all, words)
    clause = subtree_indices(governor) - cue
    clause = {i for i in clause if sent_start <= i < sent_end}
    before = {i for i in clause if i < lo}
    after = {i for i in clause if i > hi}
    if around:
        return trim_tokens(doc, before | after, words)
    if governor.i < lo and before:
        return trim_tokens(doc, before, words)
    if governor.i > hi and after:
        return trim_tokens(doc, after, words)
    return trim_tokens(doc, before or after, words)


def quote_after(text: str, pos: int, quotes: list[Quote], reach: int = 3) -> Quote | None:
    """The outermost quotation opening within ``reach`` characters after ``pos``, past
    spaces, a comma or a colon ("according to X, “...”", "X said, “...”"); with a longer
    reach, past words of the same clause ending in a comma or colon ("X shouted to the
    guards, “...”")."""
    for q in quotes:
        if q.depth or not pos <= q.open <= pos + reach:
            continue
        between = text[pos : q.open]
        if not between.strip(" ,:\n\u00a0"):
            return q
        if reach > 3 and between.rstrip().endswith((",", ":")) and not any(c in between for c in ".;!?\n"):
            return q
    return None


def block_after(text: str, pos: int) -> tuple[int, int] | None:
    """The paragraph a colon at or after ``pos`` introduces: the rest of its line when
    words follow on it, else the next non-empty paragraph."""
    colon = text.find(":", pos, pos + 3)
    if colon < 0:
        return None
    line_end = text.find("\n", colon)
    line_end = len(text) if line_end < 0 else line_end
    if text[colon + 1 : line_end].strip():
        start, end = colon + 1, line_end
    else:
        start = line_end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def snap_to_quotes(start: int, end: int, quotes: list[Quote], cue: tuple[int, int]) -> tuple[int, int]:
    """Widen a content to the quotations it starts or ends inside ("“A. B. C,” she said"
    parses with C as the complement; the content is the whole quotation). Quotations
    that hold the cue itself are left alone."""
    for q in quotes:
        if q.depth or (q.start <= cue[0] and cue[1] <= q.end):
            continue
        if q.start < start < q.end or (start <= q.start < end < q.end):
            start, end = min(start, q.start), max(end, q.end)
        if q.start < end < q.end:
            end = q.end
    return start, end


def trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without edge spaces, quotation marks and final punctuation."""
    strip = set(" \t\n\u00a0,;:") | MARKS
    while start < end and text[start] in strip:
        start += 1
    while end > start and (text[end - 1] in strip or text[end - 1] == "."):
        end -= 1
    return start, end


def kind_of(start: int, end: int, quotes: list[Quote]) -> str:
    """``direct`` inside one quotation, ``mixed`` when it quotes some words, else ``indirect``."""
    inside = [q for q in quotes if q.depth == 0 and q.start <= start and end <= q.end]
    if inside:
        return "direct"
    if any(q.depth == 0 and q.start < end and start < q.end for q in quotes):
        return "mixed"
    return "indirect"
