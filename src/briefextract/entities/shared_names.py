"""A name that several gazetteer entries list ("al-Velna" as an alias of two groups in two
countries) is the entry's whose own name it is, else the one in the country the document
names most: the same choice as between same-named cities (:meth:`EntityResolver._namesakes`)."""

from __future__ import annotations

from collections import Counter

from briefextract.entities.candidates import Candidate
from briefextract.entities.gazetteers import Gazetteer
from briefextract.entities.names import fold_name
from briefextract.schema.vocab import ORGANISATION_TYPES


def _body(gaz: Gazetteer, c: Candidate) -> bool:
    return gaz.entries[c.key or ""].label in ORGANISATION_TYPES


def choose_shared_names(
    candidates: list[Candidate], gaz: Gazetteer, texts: dict[int, str]
) -> list[Candidate]:
    """``candidates`` with one gazetteer reading kept where several entries list the same
    words (``texts``: a candidate's index -> its text): the entry whose name (not alias) it
    is, else the one whose country the unambiguous gazetteer names of the document name most,
    else the first, as the gazetteer ruler gave them."""
    by_extent: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(candidates):
        if c.source == "gazetteer" and c.key in gaz.entries:
            by_extent.setdefault((c.start, c.end), []).append(i)
    # Only bodies compete here: whether a name is a place or a body is read from its context.
    shared: dict[tuple[int, int], list[int]] = {}
    for extent, ix in by_extent.items():
        bodies = [i for i in ix if _body(gaz, candidates[i])]
        if len({candidates[i].key for i in bodies}) > 1:
            shared[extent] = bodies
    if not shared:
        return candidates
    weight: Counter[str] = Counter()
    for extent, ix in by_extent.items():
        if extent not in shared and (country := gaz.entries[candidates[ix[0]].key or ""].country):
            weight[country] += 1
    dropped: set[int] = set()
    for ix in shared.values():

        def preference(i: int) -> tuple[bool, int]:
            entry = gaz.entries[candidates[i].key or ""]
            own = fold_name(entry.name) == fold_name(texts[i])
            return (own, weight.get(entry.country or "", 0))

        best = max(ix, key=preference)  # max keeps the first of equals
        dropped.update(i for i in ix if candidates[i].key != candidates[best].key)
    return [c for i, c in enumerate(candidates) if i not in dropped]
