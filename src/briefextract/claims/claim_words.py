"""The word lists of the claims lexicon that the claim layer's walks read by name."""

from __future__ import annotations

from dataclasses import dataclass

from briefextract.rules.lexicon import Lexicon

# Labels of the lists in ``models/claims/lexicon.jsonl``.
COMPLEMENTIZERS = "COMPLEMENTIZERS"
COMPLEMENTIZER_DEPS = "COMPLEMENTIZER_DEPS"
EDGE_COORDINATOR_DEPS = "EDGE_COORDINATOR_DEPS"
CLAUSE_CONJUNCT_DEPS = "CLAUSE_CONJUNCT_DEPS"
SHARED_SUBJECT_DEPS = "SHARED_SUBJECT_DEPS"


@dataclass(frozen=True)
class ClaimWords:
    """What the claim layer reads from its lexicon besides the records' ``"@NAME"`` lists.

    ``complementizers`` (with the dependency ``complementizer_deps``) and coordinators
    (``edge_coordinator_deps``) are trimmed from a content's edges ("said <that> ...",
    "<and> the port"); a clause coordinated inside a nominal content by
    ``clause_conjunct_deps`` is a new statement of the author; a verb hanging from
    another by ``shared_subject_deps`` shares its subject ("X said ... and warned that").
    """

    complementizers: frozenset[str]
    complementizer_deps: frozenset[str]
    edge_coordinator_deps: frozenset[str]
    clause_conjunct_deps: frozenset[str]
    shared_subject_deps: frozenset[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> ClaimWords:
        """The lists of ``lexicon``; a missing one is an error naming it."""
        return cls(
            complementizers=lexicon.lower(COMPLEMENTIZERS),
            complementizer_deps=frozenset(lexicon.words(COMPLEMENTIZER_DEPS)),
            edge_coordinator_deps=frozenset(lexicon.words(EDGE_COORDINATOR_DEPS)),
            clause_conjunct_deps=frozenset(lexicon.words(CLAUSE_CONJUNCT_DEPS)),
            shared_subject_deps=frozenset(lexicon.words(SHARED_SUBJECT_DEPS)),
        )
