"""Names the text itself defines, read from its characters alone: acronym definitions, a
faction's tag ("VLF(pm)") and a translation in brackets after a name. Pure: text and
mentions in, mentions (and links between them) out."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefextract.entities.abbreviations import Abbreviation
from briefextract.entities.canon import Mention, provenance
from briefextract.entities.index import RangeIndex
from briefextract.entities.names import fold_name
from briefextract.entities.typing import type_from_head

# "VLF(pm)": a known acronym with a lower-case tag in brackets, no space between, names a
# faction of the group; "VLF political-military or VLF(pm)" gives the tag's spelled-out form.
_FACTION_TAG = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,9})\(([a-z]{1,4})\)")
# A translation in brackets and quotes right after a name (an emphasis mark may close the name).
_GLOSS = re.compile(r"[_*]?\s*\(\s*[\"“]([A-Z][^\"”()\n]{1,80}?)[\"”]\s*\)")


def faction_tags(
    text: str, mentions: list[Mention], usable: Callable[[int, int], bool], alternative: str
) -> tuple[list[Mention], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """ "VLF(pm)", where "VLF" names an actor, is a faction of it: a name of its own, and so
    is "VLF political-military" right before "or VLF(pm)" (the words' initials spell the
    tag). Returns the mentions, and links (long form span, tag span) between them."""
    acronyms = {m.text: m for m in mentions if m.kind == "actor" and m.text.isupper()}
    found: list[Mention] = []
    links: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for hit in _FACTION_TAG.finditer(text):
        owner = acronyms.get(hit.group(1))
        if owner is None or not usable(hit.start(), hit.end()):
            continue
        tag = Mention(hit.start(), hit.end(), hit.group(0), "actor", owner.type, "alias:faction-tag", "cue")
        found.append(tag)
        before = re.search(
            rf"(?<![\w-]){re.escape(hit.group(1))} ([a-z]+(?:[ -][a-z]+){{0,3}}) {alternative} $",
            text[max(0, hit.start() - 80) : hit.start()],
        )
        if before is not None and "".join(w[0] for w in re.split("[ -]", before.group(1))) == hit.group(2):
            s = hit.start() - len(before.group(0))
            e = s + len(hit.group(1)) + 1 + len(before.group(1))
            if usable(s, e):
                found.append(Mention(s, e, text[s:e], "actor", owner.type, "alias:faction-long-form", "cue"))
                links.append(((s, e), (tag.start, tag.end)))
    if not found:
        return mentions, links
    taken = RangeIndex((m.start, m.end) for m in found)
    kept = [m for m in mentions if not list(taken.overlapping(m.start, m.end))]
    return sorted(kept + found, key=lambda m: (m.start, m.end)), links


def glosses(
    text: str, mentions: list[Mention], usable: Callable[[int, int], bool]
) -> tuple[list[Mention], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """ "Velna Batasuna ("Unity of Velna")": a capitalised quoted phrase in brackets right
    after an organisation's name translates it, so it is another name of it, and the
    names inside it ("Velna") are no mentions of their own."""
    found: list[Mention] = []
    links: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for m in mentions:
        if m.kind != "actor" or m.type in {"PERSON", "STATE"}:
            continue
        hit = _GLOSS.match(text, m.end)
        if hit is None or not usable(hit.start(1), hit.end(1)):
            continue
        s, e = hit.start(1), hit.end(1)
        found.append(m.remade("alias:gloss", start=s, end=e, text=text[s:e], source="cue", key=None))
        links.append(((m.start, m.end), (s, e)))
    if not found:
        return mentions, links
    taken = RangeIndex((g.start, g.end) for g in found)
    kept = [m for m in mentions if not taken.overlapping(m.start, m.end)]
    return sorted(kept + found, key=lambda m: (m.start, m.end)), links


def defined_names(
    definitions: list[Abbreviation],
    mentions: list[Mention],
    usable: Callable[[int, int], bool],
    head_types: dict[str, str],
    default_org_type: str,
) -> list[Mention]:
    """Acronym definitions decide what is a name.

    "improvised explosive device (IED)" defines a concept, so "IED" is no name; a
    capitalised long form is one whole name, replacing names found inside it
    ("Sahel" inside "Islamic Front of the Sahel (IFS)")."""
    concepts = {a.short for a in definitions if not a.long[:1].isupper()}
    found = [m for m in mentions if m.text not in concepts]
    index = RangeIndex((m.start, m.end) for m in found)
    removed: set[int] = set()
    for a in definitions:
        if not a.long[:1].isupper() or not usable(a.long_start, a.long_end):
            continue
        hits = [i for i in index.overlapping(a.long_start, a.long_end) if i not in removed]
        for i in hits:
            m = found[i]
            if (m.start, m.end) == (a.long_start, a.long_end) and m.type == "PERSON":
                # "Jamaat Ansar al-Velna (JAV)": a name given an acronym is a body's, not a person's
                found[i] = m.then(
                    "acronym-defined", type=type_from_head(a.long.split(), head_types) or default_org_type
                )
        if any(found[i].start <= a.long_start and a.long_end <= found[i].end for i in hits):
            continue
        inside = [i for i in hits if a.long_start <= found[i].start and found[i].end <= a.long_end]
        if len(inside) < len(hits):
            continue  # the long form straddles another name: leave it
        etype = type_from_head(a.long.split(), head_types) or next(
            (found[i].type for i in inside if found[i].kind == "actor"), default_org_type
        )
        removed.update(inside)
        found.append(
            Mention(a.long_start, a.long_end, a.long, "actor", etype, "alias:acronym-long-form", "cue")
        )
        index.add(a.long_start, a.long_end)
    kept = [m for i, m in enumerate(found) if i not in removed]
    return sorted(kept, key=lambda m: (m.start, m.end))


def redefined_acronyms(
    definitions: list[Abbreviation], mentions: list[Mention], listed_names: Callable[[str], list[str]]
) -> list[Mention]:
    """A listed acronym the text defines as another body's ("Jamaat Ansar al-Velna (JAV)",
    where the gazetteer's "JAV" is some other body, whose names share at most half the long
    form's words) names the text's body wherever it stands: its gazetteer readings become
    plain mentions of the long form's type. ``listed_names``: a gazetteer key -> its names."""
    out = list(mentions)
    for a in definitions:
        if not a.long[:1].isupper():
            continue
        long_forms = [m for m in mentions if m.kind == "actor" and m.start <= a.long_end - 1 < m.end]
        if not long_forms:
            continue
        words = fold_name(a.long).split()
        for i, m in enumerate(out):
            if m.text != a.short or m.source != "gazetteer" or m.key is None:
                continue
            listed = {w for name in listed_names(m.key) for w in fold_name(name).split()}
            if 2 * sum(w in listed for w in words) <= len(words):
                out[i] = m.remade(
                    provenance(m.rule, "redefined"),
                    kind="actor",
                    type=long_forms[0].type,
                    source="alias",
                    key=None,
                    canonical=None,
                    country=None,
                )
    return out
