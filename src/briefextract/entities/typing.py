"""Choosing an actor type for a name that no gazetteer knows."""

from __future__ import annotations

import re

_FOLLOWING_DESCRIPTION = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|\s+(?:is|was|are|were|has been|remains)\s+)(?:a|an|the)\s+"
    r"(?P<words>[^,.;:()]{0,80}?)\s*\b(?:group|groups|organi[sz]ation|movement|faction|militia|network|party|"
    r"franchise|affiliate|offshoot|outfit|minority|tank|agency|newspaper|institute|service)\b"
)


def type_from_head(words: list[str], head_types: dict[str, str]) -> str | None:
    """The type implied by a name's last one or two words ("... Brigade", "... Research Service")."""
    lowered = [w.lower() for w in words]
    if len(lowered) >= 2 and " ".join(lowered[-2:]) in head_types:
        return head_types[" ".join(lowered[-2:])]
    return head_types.get(lowered[-1]) if lowered else None


def type_from_description(following_text: str, descriptor_types: dict[str, str]) -> str | None:
    """The type implied by an appositive or copular description right after a name:
    "X, a militant group", "X is a Salafi-jihadist militant group"."""
    hit = _FOLLOWING_DESCRIPTION.match(following_text)
    if not hit:
        return None
    phrase = hit.group(0).lower()
    # Longer descriptors first: "political party" before "party".
    for descriptor in sorted(descriptor_types, key=len, reverse=True):
        if re.search(rf"\b{re.escape(descriptor)}\b", phrase):
            return descriptor_types[descriptor]
    return None
