"""The sweep: every further whole-word occurrence of a name an entity already has."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefextract.entities.canon import Entity, Mention
from briefextract.entities.index import Coverage

# The sweep looks for names at word starts: a word character after neither a word
# character nor a hyphen, and no word character or hyphen right after the name.
_WORD_START = re.compile(r"(?<![\w-])\w+")
_WORD_AT = re.compile(r"\w+")
_NAME_GOES_ON = re.compile(r"[\w-]")
# "Provisional VLA": a qualifier and an acronym, whose qualifier made plural names the group.
_QUALIFIED_ACRONYM = re.compile(r"^([A-Z][a-z]{3,}) [A-Z]{2,}$")


def sweep(
    text: str,
    entities: list[Entity],
    usable: Callable[[int, int], bool],
    *,
    titles: frozenset[str],
    not_names: frozenset[str],
    plural_endings: tuple[str, ...],
) -> list[Entity]:
    """Add every further whole-word occurrence of a name an entity already has.

    One pass over the text: at each word start the longest name that is written
    there wins, so the result depends on neither the order of names nor the hash
    seed, and the time is linear in the text and the number of mentions."""
    claims: dict[str, set[int]] = {}
    for k, ent in enumerate(entities):
        names = {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}
        if ent.type == "PERSON":
            names |= {n.split()[-1] for n in list(names) if len(n.split()) > 1}
        elif ent.kind == "actor" and ent.type != "STATE":
            # "the Provisionals" for the "Provisional VLA": a qualifier of an acronym, made a
            # plural noun, names the group (as "the Officials" names the "Official VLA")
            names |= {
                q.group(1) + ending
                for n in list(names)
                if (q := _QUALIFIED_ACRONYM.match(n))
                for ending in plural_endings
            }
        for n in names:
            if len(n) >= 2 and n[:1].isupper() and n.lower() not in titles and n.lower() not in not_names:
                claims.setdefault(n, set()).add(k)
    by_first_word: dict[str, list[str]] = {}
    for name, owners in claims.items():
        k = next(iter(owners))
        # A name two entities share is left to the detectors and context; a country's
        # role is read from context, never swept.
        if len(owners) == 1 and entities[k].type not in {"STATE", "COUNTRY"}:
            first = _WORD_AT.match(name)
            if first is not None:
                by_first_word.setdefault(first.group(0), []).append(name)
    for names in by_first_word.values():
        names.sort(key=lambda n: (-len(n), n))
    covered = Coverage((m.start, m.end) for ent in entities for m in ent.mentions)
    added: dict[int, list[Mention]] = {}
    for word in _WORD_START.finditer(text):
        for name in by_first_word.get(word.group(0), ()):
            s, e = word.start(), word.start() + len(name)
            if not text.startswith(name, s) or (e < len(text) and _NAME_GOES_ON.match(text[e])):
                continue
            if usable(s, e) and covered.free(s, e):
                covered.take(s, e)
                (k,) = claims[name]
                first = entities[k].mentions[0]
                added.setdefault(k, []).append(
                    first.remade("alias:sweep", start=s, end=e, text=name, source="alias")
                )
                break
    for k, extra in added.items():
        entities[k].mentions = sorted(entities[k].mentions + extra, key=lambda m: (m.start, m.end))
    return entities
