"""Canonicalisation: mentions -> one entity per real-world referent.

Pure functions. Mentions are merged when they share a gazetteer key, fold to
the same name, are linked as alias (acronym definitions, "also known as",
nicknames), or are a surname-only reference to a person named in full.
Actor and place mentions are never merged with each other.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from briefextract.entities.names import fold_accents, fold_name, slugify

# Provenance step ids the resolver joins to a mention's rule with "+" ("ner:ORG+default"). They
# are written for people reading a brief; code decides from the mention's fields, never from them.
TYPE_DEFAULT = "default"  # nothing but the layer's default organisation type typed the name
STATE_OWNER = "owner"  # a country is the state as the owner of a government body (owned_bodies.jsonl)
# The rule id of a quoted nickname after a cue ("nicknamed 'Mr. Tobacco'"): a person's name
# written as the text quotes it, titles and all.
NICKNAME_RULE = "alias:nickname"


def provenance(rule: str, *steps: str) -> str:
    """The provenance text of a mention that ``rule`` found and ``steps`` (rule ids) decided on."""
    return "+".join((rule, *steps))


# Which source's type wins when a cluster's mentions disagree.
SOURCE_RANK = {"gazetteer": 3, "pattern": 2, "cue": 2, "ner": 1, "alias": 0}


@dataclass(frozen=True)
class Mention:
    """A located name. ``kind`` is "actor" or "place"; ``key`` a gazetteer id if known.

    ``rule`` is the provenance written to the brief: the rule that found the name, then the
    ids of the steps that decided on it (:func:`provenance`). ``typed_by_default`` says that
    nothing but the layer's default typed it, so its type barely votes and it may be a
    person the NER read as an organisation; :meth:`then` and :meth:`remade` clear it, as
    any later step decides the type. It is not part of the mention's record."""

    start: int
    end: int
    text: str
    kind: str
    type: str
    rule: str
    source: str = "ner"
    key: str | None = None
    country: str | None = None
    canonical: str | None = None  # the gazetteer's name for ``key``
    typed_by_default: bool = field(default=False, metadata={"record": False})

    def then(self, *steps: str, **changes: Any) -> Mention:
        """This mention after ``steps`` (rule ids) decided more about it, with ``changes``."""
        return replace(self, rule=provenance(self.rule, *steps), typed_by_default=False, **changes)

    def remade(self, rule: str, **changes: Any) -> Mention:
        """Another mention modelled on this one (an alias, a further occurrence), made by ``rule``."""
        return replace(self, rule=rule, typed_by_default=False, **changes)


@dataclass
class Entity:
    id: str
    kind: str
    name: str
    type: str
    aliases: list[str]
    mentions: list[Mention]
    country: str | None = None
    key: str | None = None
    rules: list[str] = field(default_factory=list)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The earlier mention stays the root, so results do not depend on link order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def strip_titles(text: str, titles: frozenset[str]) -> str:
    """A person's name without leading titles ("Gen. Ham" -> "Ham")."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in titles:
        words = words[1:]
    return " ".join(words)


def cluster(
    mentions: Sequence[Mention],
    links: Iterable[tuple[int, int]] = (),
    *,
    titles: frozenset[str] = frozenset(),
    short_heads: frozenset[str] = frozenset(),
    generic_heads: frozenset[str] = frozenset(),
    owner_prefixes: frozenset[str] = frozenset(),
    place_heads: frozenset[str] = frozenset(),
) -> list[list[int]]:
    """Groups of mention indices, each group one entity, in order of first mention.

    ``short_heads``: head nouns a group's name may drop ("al-Fajr" is the
    "al-Fajr Brigade"). ``generic_heads``: heads a group's name may swap ("the X gang" is
    "the X group"). ``owner_prefixes``: folded country names and
    demonyms a body's name may drop ("Interior Ministry" is the "Kenyan Interior Ministry").
    ``place_heads``: generic nouns a place's name may drop ("the Sahel region")."""
    uf = _UnionFind(len(mentions))
    surname_of = _surname_targets(mentions, titles)
    by_key: dict[tuple[str, str], int] = {}
    by_fold: dict[tuple[str, str], int] = {}
    by_generic_stem: dict[str, int] = {}
    facility_names: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        if m.key is not None:
            k = (m.kind, m.key)
            if k in by_key:
                uf.union(by_key[k], i)
            else:
                by_key[k] = i
        if i in surname_of:
            continue  # "Ham" may name two people: the surname rule decides which
        f = (m.kind, fold_accents(m.text))  # "Seán" and "Sean" in one text are one name
        if f in by_fold:
            uf.union(by_fold[f], i)
        else:
            by_fold[f] = i
    for i, j in surname_of.items():
        uf.union(j, i)
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.kind == "actor" and m.type not in {"PERSON", "STATE"} and len(words) > 2:
            owner = fold_name(words[0])
            rest = (m.kind, fold_accents(" ".join(words[1:])))
            if owner in owner_prefixes and rest in by_fold:
                uf.union(by_fold[rest], i)
        generic_tail = words[-1].lower() in short_heads or (
            m.kind == "place" and words[-1].lower() in place_heads
        )
        if m.type != "PERSON" and len(words) > 1 and generic_tail:
            short = (m.kind, fold_accents(" ".join(words[:-1])))
            if short in by_fold:
                uf.union(by_fold[short], i)
        if m.type == "OTHER" and len(words) > 1:
            # "Velna prison" and "Velna State Prison": one facility (same first word and head,
            # the shorter name's words all in the longer's)
            lowered = [fold_accents(w.lower()) for w in words]
            for j in facility_names.get((lowered[0], lowered[-1]), []):
                other = [fold_accents(w.lower()) for w in mentions[j].text.split()]
                short, long_ = sorted((lowered, other), key=len)
                if set(short) <= set(long_):
                    uf.union(j, i)
            facility_names.setdefault((lowered[0], lowered[-1]), []).append(i)
        if m.kind == "actor" and len(words) > 1 and words[-1].lower() in generic_heads:
            # "the X gang" and "the X group": one group
            stem = fold_accents(" ".join(words[:-1]))
            if stem in by_generic_stem:
                uf.union(by_generic_stem[stem], i)
            else:
                by_generic_stem[stem] = i
    for a, b in links:
        if mentions[a].kind == mentions[b].kind:
            uf.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: min(mentions[i].start for i in g))


def _surname_targets(mentions: Sequence[Mention], titles: frozenset[str]) -> dict[int, int]:
    """For each short reference to a person, the full name it refers to.

    A short reference is a person mention, or a statistical one the NER may have
    mistyped ("Ortega Vidal" as an organisation), whose words are the last
    words of a longer person name: the nearest preceding such name, or failing
    that the first later one."""
    # Each ending of a full name (its last word, last two words, ...) -> (start, index) of the names.
    endings: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        # A name nothing but the default typed may be a person the NER called an organisation.
        personal_shape = all(w[:1].isupper() for w in m.text.split())
        if m.type == "PERSON" or (m.typed_by_default and personal_shape):
            words = tuple(fold_accents(w) for w in strip_titles(m.text, titles).split())
            for k in range(1, len(words)):
                endings[words[-k:]].append((m.start, i))
    for found in endings.values():
        found.sort()
    targets: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.kind != "actor" or not (m.type == "PERSON" or m.source == "ner"):
            continue
        words = tuple(fold_accents(w) for w in strip_titles(m.text, titles).split())
        found = endings.get(words) if words else None
        if not found:
            continue
        cut = bisect_left(found, (m.start, -1))  # found[:cut] start before m
        if cut > 0:
            targets[i] = found[cut - 1][1]  # the nearest before (the last listed, at equal starts)
        else:
            later = bisect_left(found, (m.start + 1, -1))
            if later < len(found):
                targets[i] = found[later][1]
    return targets


def _as_name(m: Mention, titles: frozenset[str]) -> str:
    """A mention as a name: a person's without titles, but a quoted nickname as written ("Mr. X")."""
    if m.type == "PERSON" and m.rule != NICKNAME_RULE:
        return strip_titles(m.text, titles)
    return m.text


def build_entities(
    mentions: Sequence[Mention],
    groups: Sequence[Sequence[int]],
    *,
    titles: frozenset[str] = frozenset(),
    secondary: frozenset[int] | set[int] = frozenset(),
) -> list[Entity]:
    """One Entity per group: fullest name, other names as aliases, voted type.

    The name is the fullest name written (most words, then characters, then
    earliest), not counting ``secondary`` mentions (the alias side of an "aka",
    acronym or nickname link). A state takes its gazetteer name ("Algeria" for a
    state named only by its capital, "United States" for "U.S.")."""
    entities: list[Entity] = []
    used_ids: Counter[str] = Counter()
    for group in groups:
        ms = sorted((mentions[i] for i in group), key=lambda m: (m.start, m.end))
        primary = (
            sorted((mentions[i] for i in group if i not in secondary), key=lambda m: (m.start, m.end)) or ms
        )
        kind = ms[0].kind
        type_votes: Counter[str] = Counter()
        for m in ms:
            if m.typed_by_default:
                type_votes[m.type] += 1  # a type nothing supported barely counts
            else:
                type_votes[m.type] += 10 * SOURCE_RANK.get(m.source, 0) + 1
            if m.type == "PERSON" and len(m.text.split()) > 1:
                type_votes[m.type] += 5  # a full personal name outweighs a stray organisation reading
        etype = max(sorted(type_votes), key=lambda t: type_votes[t])
        names = [_as_name(m, titles) for m in ms]
        candidates = [_as_name(m, titles) for m in primary]
        canonical = next((m.canonical for m in ms if m.canonical), None)
        if canonical is not None and etype != "STATE":
            # The gazetteer's name only picks which written form is the name; the text's spelling stays.
            canonical = next((n for n in names if fold_name(n) == fold_name(canonical)), None)
        # The fullest proper name written in the text: most words, then most characters, then earliest.
        # (max keeps the first of equals: the earliest written)
        name = canonical or max(candidates, key=lambda n: (len(n.split()), len(n)))
        aliases: list[str] = []
        seen = {fold_name(name)}
        for n in names:
            f = fold_name(n)
            if f and f not in seen:
                seen.add(f)
                aliases.append(n)
        country = next((m.country for m in ms if m.country), None)
        key = next((m.key for m in ms if m.key), None)
        base = slugify(name) if kind == "actor" else slugify(name) + ("_place" if etype == "COUNTRY" else "")
        used_ids[base] += 1
        eid = base if used_ids[base] == 1 else f"{base}_{used_ids[base]}"
        rules = sorted({m.rule for m in ms})
        entities.append(Entity(eid, kind, name, etype, aliases, ms, country, key, rules))
    return entities
