"""Choosing an actor type for a name that no gazetteer knows."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefextract.rules.lexicon import alternation


def description_regex(
    copulas: Iterable[str], articles: Iterable[str], heads: Iterable[str]
) -> re.Pattern[str]:
    """The regex that finds an appositive or copular description right after a name
    (", a militant group", " is a small party"): an optional bracketed acronym, a comma or a
    copula, an article, up to 80 characters of words, and a head noun; the words from the
    entity lexicon."""
    return re.compile(
        rf"^\s*(?:\([^()]{{1,20}}\)\s*)?(?:,\s*|\s+{alternation(copulas)}\s+){alternation(articles)}\s+"
        rf"(?P<words>[^,.;:()]{{0,80}}?)\s*\b{alternation(heads)}\b"
    )


def type_from_head(words: list[str], head_types: dict[str, str]) -> str | None:
    """The type implied by a name's last one or two words ("... Brigade", "... Research Service")."""
    lowered = [w.lower() for w in words]
    if len(lowered) >= 2 and " ".join(lowered[-2:]) in head_types:
        return head_types[" ".join(lowered[-2:])]
    return head_types.get(lowered[-1]) if lowered else None


def description_end(following_text: str, description: re.Pattern[str]) -> int | None:
    """Where the description ``description`` finds right after a name ends (after its head
    noun), or None: no such description."""
    hit = description.match(following_text)
    return hit.end() if hit else None


def type_from_description(
    following_text: str, descriptor_types: dict[str, str], description: re.Pattern[str]
) -> str | None:
    """The type implied by an appositive or copular description right after a name
    (found by ``description``, from :func:`description_regex`): "X, a militant group",
    "X is an armed separatist movement"."""
    hit = description.match(following_text)
    if not hit:
        return None
    phrase = hit.group(0).lower()
    # Longer descriptors first: "political party" before "party"; one that ends the phrase is
    # its head noun, which says what the body is before any modifier ("a separatist party").
    ordered = sorted(descriptor_types, key=len, reverse=True)
    for ending in (r"$", ""):
        for descriptor in ordered:
            if re.search(rf"\b{re.escape(descriptor)}\b{ending}", phrase):
                return descriptor_types[descriptor]
    return None
