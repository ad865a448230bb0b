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
CONTRAST_MARKERS = "CONTRAST_MARKERS"
CONTRAST_CLAUSE_DEPS = "CONTRAST_CLAUSE_DEPS"
SUMMARY_NOUNS = "SUMMARY_NOUNS"
GROUP_POSSESSIVES = "GROUP_POSSESSIVES"
NOT_NAME_HEADS = "NOT_NAME_HEADS"
DEFINITE_DETERMINERS = "DEFINITE_DETERMINERS"


@dataclass(frozen=True)
class ClaimWords:
    """What the claim layer reads from its lexicon besides the records' ``"@NAME"`` lists.

    ``complementizers`` (with the dependency ``complementizer_deps``) and coordinators
    (``edge_coordinator_deps``) are trimmed from a content's edges ("said <that> ...",
    "<and> the port"); a clause coordinated inside a nominal content by
    ``clause_conjunct_deps`` is a new statement of the author; a verb hanging from
    another by ``shared_subject_deps`` shares its subject ("X said ... and warned that");
    a clause hung by ``contrast_clause_deps``, opened by one of ``contrast_markers`` after a
    comma, is the author's contrast, cut from a content (", while Y says ..."), and so is a
    phrase after a comma naming the statement with one of ``summary_nouns`` (", a charge
    the group denies"); a possessive of ``group_possessives`` before a spokesperson or a
    writing ("its spokesman") stands for the group named last before it; "the" and the
    last word of a group's name, with only one of ``definite_determiners`` before it ("the
    brigades" after "the X Brigades"), stands for that group, unless the word is one of
    ``not_name_heads`` (a state's organs: "the army").
    """

    complementizers: frozenset[str]
    complementizer_deps: frozenset[str]
    edge_coordinator_deps: frozenset[str]
    clause_conjunct_deps: frozenset[str]
    shared_subject_deps: frozenset[str]
    contrast_markers: frozenset[str]
    contrast_clause_deps: frozenset[str]
    summary_nouns: frozenset[str]
    group_possessives: frozenset[str]
    not_name_heads: frozenset[str]
    definite_determiners: frozenset[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> ClaimWords:
        """The lists of ``lexicon``; a missing one is an error naming it."""
        return cls(
            complementizers=lexicon.lower(COMPLEMENTIZERS),
            complementizer_deps=frozenset(lexicon.words(COMPLEMENTIZER_DEPS)),
            edge_coordinator_deps=frozenset(lexicon.words(EDGE_COORDINATOR_DEPS)),
            clause_conjunct_deps=frozenset(lexicon.words(CLAUSE_CONJUNCT_DEPS)),
            shared_subject_deps=frozenset(lexicon.words(SHARED_SUBJECT_DEPS)),
            contrast_markers=lexicon.lower(CONTRAST_MARKERS),
            contrast_clause_deps=frozenset(lexicon.words(CONTRAST_CLAUSE_DEPS)),
            summary_nouns=lexicon.lower(SUMMARY_NOUNS),
            group_possessives=lexicon.lower(GROUP_POSSESSIVES),
            not_name_heads=lexicon.lower(NOT_NAME_HEADS),
            definite_determiners=lexicon.lower(DEFINITE_DETERMINERS),
        )
