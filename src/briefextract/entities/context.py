"""Reading a name's role from its syntax: a country acting as a state, or a territory.

"France retook the port", "Mali's government", "U.S. officials", "the war with the
United States" name a STATE; "in Mali", "from the Sahara to Syria" a place.
Needs a dependency parse; without one every country is a territory.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


@dataclass(frozen=True)
class StateCues:
    head_nouns: frozenset[str]
    prepositions: frozenset[str]
    support_nouns: frozenset[str]
    hyphen_participles: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    # Nouns whose preposition names a territory, never a party: "the border with Velnia".
    territory_nouns: frozenset[str] = frozenset()


def _noun_key(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _listed(token: Token, words: frozenset[str]) -> bool:
    """The word as written or its lemma is listed: the lists hold the forms the
    constructions use ("troops", "powers"), which a lemmatiser reduces ("troop")."""
    return token.lower_ in words or _noun_key(token) in words


def acts_as_state(span: Span, cues: StateCues, _depth: int = 0, marked: frozenset[int] = frozenset()) -> bool:
    """Whether a country (or capital) name is used for the state that acts. ``marked`` holds
    the tokens rule records (``entities/state_roles.jsonl``) mark as a state; a conjunct of
    a marked name is one too."""
    doc = span.doc
    if not doc.has_annotation("DEP") or _depth > 8:  # a list "A, B, C, D and E" chains conjuncts
        return False
    root = span.root
    if root.i in marked:
        return True
    dep = root.dep_
    if dep in SUBJECT_DEPS:
        return True
    end = span.end
    # "U.S.-designated", "Saudi-led": the country does what the participle says.
    hyphenated = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    if hyphenated and doc[end + 1].lower_ in cues.hyphen_participles:
        return True
    if dep in MODIFIER_DEPS:
        head = root.head
        two_words = f"{head.lower_} {head.nbor(1).lower_}" if head.i + 1 < len(doc) else ""
        return _listed(head, cues.head_nouns) or two_words in cues.head_nouns
    if dep == "pobj":
        prep = root.head
        if prep.lower_ in cues.prepositions:
            return _noun_key(prep.head) not in cues.territory_nouns
        governor = prep.head
        if prep.lower_ not in {"from", "of", "to", "for"}:
            return False
        # "gained independence from France": the preposition may hang on the verb, not the noun.
        nouns = [governor, *(c for c in governor.children if c.dep_ in {"dobj", "attr"})]
        return any(_listed(n, cues.support_nouns) for n in nouns)
    if dep == "dobj":
        verb = root.head
        if _noun_key(verb) in cues.object_verbs:
            return True  # "declared France its primary target", "accused India of ..."
        # "prompted Kampala to request": the object is the subject of the clause that follows.
        return any(child.dep_ == "xcomp" for child in verb.children)
    if dep in {"conj", "appos"}:
        head = root.head
        if dep == "appos" and _listed(head, cues.collectives):
            return True  # "Western powers, namely the United States and France"
        return acts_as_state(doc[head.i : head.i + 1], cues, _depth + 1, marked)
    return False
