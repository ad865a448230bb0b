"""Statistical organisation names that hold two names: "the Velna Brotherhood and the Tarrow
League" is two bodies, as a name pattern's match across the same words is
(:data:`NameWords.split_pairs`: "and the", "at the")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from briefextract.entities.candidates import Candidate, NameWords, trim

# The statistical labels whose spans are split: organisations' names.
SPLIT_LABELS = frozenset({"ORG"})


def _parts(doc: Doc, c: Candidate, words: NameWords) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the names ``c`` holds, split where a word pair of
    ``words.split_pairs`` stands between two capitalised words."""
    parts, s = [], c.start
    for i in range(c.start + 1, c.end - 2):
        pair = f"{doc[i].lower_} {doc[i + 1].lower_}"
        if pair in words.split_pairs and doc[i - 1].text[:1].isupper() and doc[i + 2].text[:1].isupper():
            parts.append((s, i))
            s = i + 2
    parts.append((s, c.end))
    return parts


def split_joined_names(doc: Doc, candidates: list[Candidate], words: NameWords) -> list[Candidate]:
    """``candidates`` with every statistical organisation's name that runs across "and the"
    between two capitalised words split into its two names ("the Velna Brotherhood and the
    Tarrow League": the Velna Brotherhood, the Tarrow League)."""
    out: list[Candidate] = []
    for c in candidates:
        if c.source != "ner" or c.label not in SPLIT_LABELS:
            out.append(c)
            continue
        for s, e in _parts(doc, c, words):
            s, e = trim(doc, s, e, words)
            out.append(replace(c, start=s, end=e))
    return out
