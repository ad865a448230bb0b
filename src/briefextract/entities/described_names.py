"""Names that a noun before them introduces ("the town of Velmora", "the group VRF"): the
described-name records (``models/entities/described_names.jsonl``) as name candidates."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefextract.entities.candidates import Candidate
from briefextract.entities.mention_reader import DESCRIBED_NAME
from briefextract.rules import RuleRecord, RuleSet

# Constructions that introduce a name with a noun saying what it names: rule records (label
# ORG: the match's capitalised tail is an organisation's name; a place label: a place's).
DESCRIBED_NAMES_FILE = "entities/described_names.jsonl"


def described_name_candidates(
    doc: Doc, rules: RuleSet[RuleRecord], titles: frozenset[str], usable: Callable[[int, int], bool]
) -> list[Candidate]:
    """Names the described-name records find: the capitalised words after the introducing
    noun (and a space or emphasis mark), the longest run at each place. A title or a
    personal name the NER found there is a person's ("the party chairman Tom Marlow"): no
    candidate (a person's name after a strong descriptor is retyped from the NER side)."""
    personal = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    longest: dict[int, tuple[int, str]] = {}
    for match in rules.matches(doc):
        start = next((i for i in range(match.start + 1, match.end) if doc[i].text[:1].isupper()), None)
        if start is None or not usable(doc[start].idx, doc[match.end - 1].idx):
            continue
        if match.rule.label == DESCRIBED_NAME and (
            doc[start].lower_ in titles or any(i in personal for i in range(start, match.end))
        ):
            continue
        if match.end > longest.get(start, (0, "", ""))[0]:
            longest[start] = (match.end, match.rule.id, match.rule.label)
    return [
        Candidate(s, e, label, "pattern", f"pattern:{rule_id}")
        for s, (e, rule_id, label) in sorted(longest.items())
    ]
