"""Countries no gazetteer lists, known by what only a state has: "Tarsia's president",
"the government of Norland", "Tarsian security forces" beside "Tarsia" (rule records in
``models/entities/state_evidence.jsonl``). Their names are then read as a listed country's
are: the acting state where a state-role record says so, else the country as a territory."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from briefextract.rules import RuleMatch, RuleRecord

STATE_EVIDENCE_FILE = "entities/state_evidence.jsonl"


def evidenced_states(
    doc: Doc, matches: Iterable[RuleMatch[RuleRecord]], names: Iterable[str], endings: Iterable[str]
) -> frozenset[str]:
    """The one-word ``names`` of ``doc`` that the records' matches show to be countries':
    the token of a match's "name" node, or the name that a match's "demonym" node spells
    with one of ``endings`` after it ("Tarsian" for "Tarsia")."""
    known = set(names)
    ends = tuple(endings)
    out: set[str] = set()
    for m in matches:
        named = m.node("name")
        if named is not None and doc[named].text in known:
            out.add(doc[named].text)
        demonym = m.node("demonym")
        if demonym is not None:
            word = doc[demonym].text
            out.update(n for n in known if word.startswith(n) and word[len(n) :] in ends)
    return frozenset(out)
