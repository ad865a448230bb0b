"""Countries no gazetteer lists, known by what only a state has: "Tarsia's president",
"the government of Norland", "Tarsian security forces" beside "Tarsia" (rule records in
``models/entities/state_evidence.jsonl``), or by the company they keep: a name coordinated
with a country's ("Norland, Tarsia and Velmark"). Their names are then read as a listed
country's are: the acting state where a state-role record says so, else the country as a
territory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc

from briefextract.rules import RuleMatch, RuleRecord

STATE_EVIDENCE_FILE = "entities/state_evidence.jsonl"


def evidenced_states(
    doc: Doc,
    matches: Iterable[RuleMatch[RuleRecord]],
    names: Iterable[str],
    endings: Iterable[str],
    loose: Iterable[str] = (),
    countries_at: Iterable[int] = (),
    places: Iterable[str] = (),
) -> frozenset[str]:
    """The one-word names of ``doc`` that the records' matches show to be countries':
    among ``names``, the token of a match's "name" node; among ``loose`` (which may also
    hold names the NER read as one-word people's), the name that a match's "demonym" node
    spells with one of ``endings`` after it ("Tarsian" for "Tarsia"), and a name joined by
    the "conjunct" and "partner" nodes of matches, over any number of links, to a token of
    ``countries_at`` (a listed country's) or to a name already shown to be a country's.
    Among ``places`` (names the NER read as places), the token of a match's "place" node
    ("accused Kelvor of ...", "funding from Dremland")."""
    known = set(names)
    wide = known | set(loose)
    ends = tuple(endings)
    out: set[str] = set()
    placed = set(places)
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    for m in matches:
        named = m.node("name")
        if named is not None and doc[named].text in known:
            out.add(doc[named].text)
        place = m.node("place")
        if place is not None and doc[place].text in placed:
            out.add(doc[place].text)
        demonym = m.node("demonym")
        if demonym is not None:
            word = doc[demonym].text
            out.update(n for n in wide if word.startswith(n) and word[len(n) :] in ends)
        conjunct, partner = m.node("conjunct"), m.node("partner")
        if conjunct is not None and partner is not None:
            parent[root(partner)] = root(conjunct)
    if parent:
        groups: dict[int, list[int]] = {}
        for i in {*parent, *parent.values()}:
            groups.setdefault(root(i), []).append(i)
        listed = set(countries_at)
        pending = list(groups.values())
        changed = True
        while changed:
            changed = False
            for group in list(pending):
                if any(i in listed or doc[i].text in out for i in group):
                    out.update(doc[i].text for i in group if doc[i].text in wide)
                    pending.remove(group)
                    changed = True
    return frozenset(out)


# What a record's rules hold when its country was shown by these records.
STATE_EVIDENCE_MARK = "state-evidence"
# The record field holding the demonyms handed on to such a country.
DEMONYMS_FIELD = "demonyms"


def hand_on_demonyms(doc: Doc, records: dict[str, dict[str, Any]], endings: Iterable[str]) -> None:
    """Give the records of countries no gazetteer lists (a STATE actor or a COUNTRY place
    that the state-evidence records found) the demonyms the text spells from their names
    (``"demonyms": ["Tarsian"]`` for "Tarsia"), so that the layers that read a demonym as
    its state ("Tarsian troops attacked") find these countries too, as the gazetteer's
    demonym table gives them a listed country's. Other records are left as they are."""
    unlisted = {
        rec["name"]: rec
        for rec in records.values()
        if rec["type"] in {"STATE", "COUNTRY"}
        and not rec.get("gazetteer_key")
        and any(STATE_EVIDENCE_MARK in rule for rule in rec.get("rules", ()))
    }
    if not unlisted:
        return
    ends = tuple(sorted(set(endings), key=len))
    found: dict[str, set[str]] = {}
    for t in doc:
        word = t.text
        if not (word[:1].isupper() and word.isalpha()):
            continue
        for end in ends:
            if word.endswith(end) and word[: -len(end)] in unlisted:
                found.setdefault(word[: -len(end)], set()).add(word)
    for name, words in found.items():
        unlisted[name][DEMONYMS_FIELD] = sorted(words)


def states_by_demonym(records: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Lower-cased demonym -> STATE actor id, from the demonyms :func:`hand_on_demonyms`
    gave the records of countries no gazetteer lists: what the events and claims layers
    add to the gazetteer's demonym table."""
    found: dict[str, str] = {}
    for rec in records:
        if rec.get("type") == "STATE":
            for demonym in rec.get(DEMONYMS_FIELD, ()):
                found.setdefault(str(demonym).lower(), rec["id"])
    return found
