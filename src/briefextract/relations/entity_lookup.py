"""From parse tokens to the entity table: which actor or place a token names.

A token names the entity whose mention covers it; a common noun that carries a
name as its modifier names that entity ("IRA units"); a country's name or
demonym inside another name names that country ("U.S." in a department's name);
a definite description or pronoun standing for a group ("the group", "its")
names the nearest group mentioned before it, when anaphora is on.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from briefextract.entities.names import fold_name
from briefextract.events.actors import name_heads
from briefextract.relations.relation_rules import DescriptionRule
from briefextract.relations.treematch import DocArrays, value_id
from briefextract.rules import RuleMatch, RuleSet

# Dependents of a common noun that may carry the name it stands for ("IRA units",
# "Tuareg separatists"), and the links along which a relation spreads to every
# conjunct or apposition of an end ("X and Y", "X, a group based in Z").
NAME_MODIFIER_DEPS: frozenset[str] = frozenset({"compound", "amod", "nmod"})
# An owner carrier noun stands for its possessor ("the group's fighters", "X's
# government") or the object of an owner preposition ("members of X"; the prepositions
# are the relations lexicon's OWNER_PREPOSITIONS).
OWNER_DEPS: frozenset[str] = frozenset({"poss"})
SPREAD_DEPS: frozenset[str] = frozenset({"conj", "appos"})
PREP_OBJECT_DEPS: frozenset[str] = frozenset({"pobj"})
_SPREAD_IDS = frozenset(value_id("DEP", d) for d in SPREAD_DEPS)
_PREP_OBJECT_IDS = frozenset(value_id("DEP", d) for d in PREP_OBJECT_DEPS)
DETERMINER_DEPS: frozenset[str] = frozenset({"det"})
# A relative pronoun stands for the noun its clause modifies ("a group that split off");
# a common noun in apposition stands for what its head names ("X, a group based in Y").
RELATIVE_TAGS: frozenset[str] = frozenset({"WDT", "WP", "WP$"})
RELATIVE_CLAUSE_DEPS: frozenset[str] = frozenset({"relcl"})
# An anaphor in one of these functions may continue the previous sentence's subject.
ANAPHOR_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
# How many sentences back a generic description ("the movement") looks for a group whose
# name ends in its noun before it takes up the group named last.
GENERIC_HEAD_WINDOW = 3
# How far an object anaphor may sit below the verb whose subject it cannot stand for
# ("X supported it", "X split from the group": neither is X).
CLAUSE_DEPTH = 3
CLAUSE_VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})
# How far a relative word may sit below its clause's verb ("whose leader is", "in which").
RELATIVE_DEPTH = 3
APPOSITION_DEPS: frozenset[str] = frozenset({"appos"})
# What a description names ("X is a group", "an organisation known as X") is read by the
# description records (``models/relations/descriptions.jsonl``), run once per Doc.
DESCRIPTIONS_FILE = "descriptions.jsonl"


def relative_clause(token: Token) -> Token | None:
    """The verb of the relative clause a relative word opens, within
    :data:`RELATIVE_DEPTH` steps up ("which" -> its verb; "whose" -> "leader" -> "is")."""
    current = token
    for _ in range(RELATIVE_DEPTH):
        head = current.head
        if head.i == current.i:
            return None
        if head.dep_ in RELATIVE_CLAUSE_DEPS:
            return head if head.head.i != head.i else None
        current = head
    return None


@dataclass(frozen=True)
class EntityInfo:
    id: str
    kind: str
    type: str
    key: str | None


@dataclass(frozen=True)
class Carriers:
    """Common nouns that stand for the name modifying them ("IRA units", "rebel forces")."""

    nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Anaphora:
    """Words that stand for a group mentioned earlier, and the types they may stand for."""

    nouns: frozenset[str] = frozenset()  # with "the": "the group"
    pronouns: frozenset[str] = frozenset()  # "it", "its"
    determiners: frozenset[str] = frozenset()  # "the"
    types: frozenset[str] = frozenset()
    # Word endings of a reflexive pronoun, which may stand for its clause's subject.
    reflexive_endings: tuple[str, ...] = ()


class EntityIndex:
    """The entity table of one Doc, indexed by token."""

    def __init__(
        self,
        doc: Doc,
        table: Iterable[Mapping[str, object]],
        owner_keys: Mapping[str, str],
        anaphora: Anaphora | None = None,
        carriers: frozenset[str] = frozenset(),
        descriptions: RuleSet[DescriptionRule] | None = None,
        relative_adverbs: frozenset[str] = frozenset(),
        owner_carriers: frozenset[str] = frozenset(),
        arrays: DocArrays | None = None,
        owner_prepositions: frozenset[str] = frozenset(),
        plural_endings: tuple[str, ...] = (),
    ) -> None:
        # The Doc's columns and sentence ranges (the caller's, when it has read them).
        self.arrays = arrays if arrays is not None else DocArrays(doc)
        self._sentence_starts = [start for start, _ in self.arrays.sentences]
        self.descriptions = descriptions
        self._described_by: dict[int, list[RuleMatch[DescriptionRule]]] | None = None
        self.owner_carriers = owner_carriers
        self.owner_prepositions = owner_prepositions
        self.plural_endings = plural_endings
        self.relative_adverbs = relative_adverbs
        self.doc = doc
        self.carriers = carriers
        self.outer: dict[int, tuple[int, int]] = {}
        self.owner_keys = owner_keys
        self.anaphora = anaphora or Anaphora()
        self.entities: dict[str, EntityInfo] = {}
        self.by_token: dict[int, str] = {}
        self.covering: dict[int, set[str]] = {}
        self.by_key: dict[str, list[str]] = {}
        self.by_name: dict[str, list[str]] = {}
        self._candidates: dict[int, list[str]] = {}
        self._listed_by: dict[frozenset[str], frozenset[int]] = {}
        # The last word of each group's names ("front" for "the X Front"): with "the", it
        # stands for that group.
        self.name_heads: dict[str, frozenset[str]] = {}
        for row in table:
            if str(row["type"]) in self.anaphora.types:
                names = [str(row["name"]), *(str(a) for a in row.get("aliases", []))]  # type: ignore[attr-defined]
                self.name_heads[str(row["id"])] = frozenset(h for n in names for h in name_heads(n))
        self._head_words = head_words = frozenset(w for words in self.name_heads.values() for w in words)
        self._anaphor_ids = frozenset(
            get_string_id(w) for w in self.anaphora.pronouns | self.anaphora.nouns | head_words
        )
        width: dict[int, int] = {}
        starts: list[tuple[int, str]] = []
        for row in table:
            eid = str(row["id"])
            key = row.get("gazetteer_key")
            info = EntityInfo(eid, str(row["kind"]), str(row["type"]), str(key) if key else None)
            self.entities[eid] = info
            if info.key:
                self.by_key.setdefault(info.key, []).append(eid)
            for alias in [row["name"], *row.get("aliases", [])]:  # type: ignore[list-item]
                self.by_name.setdefault(_fold(str(alias)), []).append(eid)
            for m in row["mentions"]:  # type: ignore[attr-defined]
                span = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
                if span is None:
                    continue
                # Token indices only: a Token object per covered token costs more.
                start, end = span.start, span.end
                if info.type in self.anaphora.types:
                    starts.append((end, eid))
                for i in range(start, end):
                    self.covering.setdefault(i, set()).add(eid)
                    outer = self.outer.get(i)
                    if outer is None or end - start > outer[1] - outer[0]:
                        self.outer[i] = (start, end)
                    # The shortest mention covering a token is the most specific name.
                    if i not in width or end - start < width[i]:
                        width[i] = end - start
                        self.by_token[i] = eid
        starts.sort()
        # The group the document is about: the one named most often (the first named
        # among equals), and where it is first named.
        counts: dict[str, int] = {}
        for _, eid in starts:
            counts[eid] = counts.get(eid, 0) + 1
        firsts = {eid: end for end, eid in reversed(starts)}
        self._topic = min(counts, key=lambda e: (-counts[e], firsts[e])) if counts else None
        self._topic_end = firsts.get(self._topic, 0) if self._topic else 0
        self._named_tokens = sorted(self.by_token)
        self._antecedent_ends = [e for e, _ in starts]
        self._antecedent_ids = [i for _, i in starts]

    def fold(self, text: str) -> str:
        """:func:`fold_name`, remembered per text (across Docs: it is a pure function)."""
        return _fold(text)

    def candidates(self, token: Token) -> list[str]:
        """Entity ids ``token`` may name, most direct first."""
        found = self._candidates.get(token.i)
        if found is None:
            found = self._candidates[token.i] = self._find(token)
        return found

    def may_end(self, token: Token, via_preps: frozenset[str]) -> bool:
        """Whether a relation end on ``token`` can reach an entity: the token, or one of
        the conjuncts and list items of its list (:func:`spread`), names one."""
        if token.i in self.by_token or self.candidates(token):
            return True
        if token.i not in self._listed(via_preps):
            return False
        return any(self.candidates(t) for t in spread(token, via_preps, climb=True) if t.i != token.i)

    def _listed(self, via_preps: frozenset[str]) -> frozenset[int]:
        """The tokens :func:`spread` (climbing) takes further than themselves, read once
        per Doc from its columns: a conjunct or apposition, the head of one, and the head
        of a listing preposition that has an object. Most tokens are in no list."""
        found = self._listed_by.get(via_preps)
        if found is not None:
            return found
        heads, dep, lower = self.arrays.heads, self.arrays.columns["DEP"], self.arrays.columns["LOWER"]
        prep_ids = frozenset(get_string_id(w) for w in via_preps if " " not in w)
        # Two-word listing prepositions ("such as"): last word -> the first words before it.
        phrase_ids: dict[int, set[int]] = {}
        for phrase in via_preps:
            first, _, last = phrase.partition(" ")
            if last:
                phrase_ids.setdefault(get_string_id(last), set()).add(get_string_id(first))
        with_object = {heads[o] for o, d in enumerate(dep) if d in _PREP_OBJECT_IDS and heads[o] != o}
        listed: set[int] = set()
        for i, head in enumerate(heads):
            if head == i:
                continue
            if dep[i] in _SPREAD_IDS:
                listed.update((i, head))
            elif i in with_object and (
                lower[i] in prep_ids or (i > 0 and lower[i - 1] in phrase_ids.get(lower[i], ()))
            ):
                listed.add(head)
        found = self._listed_by[via_preps] = frozenset(listed)
        return found

    def relative_antecedent(self, token: Token) -> Token:
        """The noun a relative pronoun or adverb stands for ("Y, where X has bases"), or
        ``token`` itself."""
        relative = token.tag_ in RELATIVE_TAGS or token.lower_ in self.relative_adverbs
        clause = relative_clause(token) if relative else None
        return clause.head if clause is not None else token

    def _find(self, token: Token) -> list[str]:
        token = self.relative_antecedent(token)
        by_token = self.by_token
        # The token's attributes and name modifiers, read once (each read builds a string
        # or a Token).
        dep, lower, folded = token.dep_, token.lower_, _fold(token.text)
        children = list(token.children)
        modifiers = [c for c in children if c.dep_ in NAME_MODIFIER_DEPS]
        out: list[str] = []
        own = by_token.get(token.i)
        if own is not None:
            out.append(own)
        elif dep in APPOSITION_DEPS and token.head.i in by_token:
            # "X, a Y-based sectarian Z group": the description names X, not its modifier.
            out.append(by_token[token.head.i])
        if own is None and lower in self.carriers:
            out.extend(by_token[c.i] for c in modifiers if c.i in by_token)
        if own is None and lower in self.owner_carriers:
            out.extend(self._owners(token))
        named = self.by_name.get(folded, [])
        if not named and dep in NAME_MODIFIER_DEPS:
            # A modifier naming a group by the singular of its plural short name
            # ("future Provisional leaders" for "the Provisionals").
            named = next((hit for e in self.plural_endings if (hit := self.by_name.get(folded + e))), [])
        out.extend(named)
        for name in (folded, *(_fold(c.text) for c in modifiers)):
            key = self.owner_keys.get(name)
            if key:
                out.extend(self.by_key.get(key, []))
        if own is None and not out:
            out.extend(self._described(token))
        if own is None and not out:
            antecedent = self.antecedent(token)
            if antecedent is not None:
                out.append(antecedent)
        return list(dict.fromkeys(out))

    def _owners(self, token: Token) -> list[str]:
        """What an owner carrier stands for: its possessor (a relative possessor stands for
        the noun its clause modifies: "X, whose fighters ..."; a pronoun or description
        for the group it takes up: "its fighters") or the object of its owner preposition
        ("of")."""
        out: list[str] = []
        for c in token.children:
            if c.dep_ not in OWNER_DEPS:
                continue
            owner = self.relative_antecedent(c)
            if owner.i in self.by_token:
                out.append(self.by_token[owner.i])
            elif (antecedent := self.antecedent(owner)) is not None:
                out.append(antecedent)  # "its fighters", "the group's bases"
        for c in token.children:
            if c.lower_ in self.owner_prepositions:
                out.extend(
                    self.by_token[o.i]
                    for o in c.children
                    if o.dep_ in PREP_OBJECT_DEPS and o.i in self.by_token
                )
        return out

    def owner_list(self, token: Token, via_preps: frozenset[str]) -> list[Token]:
        """The items of an owner carrier's list of owners after its owner preposition
        ("the governments of A, B and C", "those of A and B"): every item but the first,
        which the carrier itself stands for; empty for any other token."""
        if token.i in self.by_token or token.lower_ not in self.owner_carriers:
            return []
        out: list[Token] = []
        for c in token.children:
            if c.lower_ in self.owner_prepositions:
                for o in c.children:
                    if o.dep_ in PREP_OBJECT_DEPS:
                        out.extend(t for t in spread(o, via_preps) if t.i != o.i)
        return out

    def _described(self, token: Token) -> list[str]:
        """What a description names, by the description records' matches with ``token`` as
        their ``description`` node, in record order and then text order: its head in
        apposition ("X, a group ..."), the subject of its copula ("X is a group ..."), the
        name a participle gives it ("an organisation known as X"); a record's ``first_per``
        node keeps only the first named word that names an entity."""
        rules = self.descriptions
        if rules is None:
            return []
        if self._described_by is None:
            # Once per Doc: most descriptions never get this far.
            self._described_by = {}
            for m in rules.matches(self.doc):
                description = m.node("description")  # every record has the node
                if description is not None:
                    self._described_by.setdefault(description, []).append(m)
        found = self._described_by.get(token.i)
        if not found:
            return []  # most words asked describe nothing
        order = {r.id: k for k, r in enumerate(rules.records)}
        matches = sorted(found, key=lambda m: (order[m.rule.id], *(i for _, i in m.nodes)))
        out: list[str] = []
        done: set[tuple[str, int | None]] = set()
        for m in matches:
            named = m.node("named")
            once = (m.rule.id, m.node(m.rule.first_per)) if m.rule.first_per else None
            if named not in self.by_token or once in done:
                continue
            out.append(self.by_token[named])
            if once is not None:
                done.add(once)
        return out

    def ends_in(self, start: int, end: int) -> int:
        """How many distinct things tokens ``start``..``end`` may name: entities, countries
        named by a name or demonym, and anaphors. A sentence with fewer than two can state
        no relation, so the matcher need not look at it."""
        # Mentions first (no Token objects): most sentences that name two things name
        # two entities.
        lo, hi = bisect.bisect_left(self._named_tokens, start), bisect.bisect_left(self._named_tokens, end)
        seen: set[str] = {self.by_token[i] for i in self._named_tokens[lo:hi]}
        if len(seen) >= 2:
            return len(seen)
        # Then the words, read from the Doc's columns as string ids (no Token objects).
        strings = self.doc.vocab.strings
        orths, lowers = self.arrays.columns["ORTH"], self.arrays.columns["LOWER"]
        for i in range(start, end):
            orth, lower = orths[i], lowers[i]
            own = self.by_token.get(i)
            if own is not None:
                seen.add(own)
            text = strings[orth]
            key = self.owner_keys.get(self.fold(text)) if text[:1].isupper() else None
            if key is not None:
                seen.add(key)
            if lower in self._anaphor_ids:
                seen.add(f"anaphor:{i}")
            if len(seen) >= 2:
                break
        return len(seen)

    def sentence(self, i: int) -> tuple[int, int]:
        """The token range of the sentence token ``i`` lies in: ``Token.sent``'s, read
        from the sentence ranges instead of building two Spans."""
        return self.arrays.sentences[bisect.bisect_right(self._sentence_starts, i) - 1]

    def group_in_discussion(self, i: int, exclude: frozenset[str] = frozenset()) -> str | None:
        """The group a statement at token ``i`` is about when it names none ("a faction
        broke away"), other than ``exclude``: the last group named before ``i`` in its own
        sentence, else the group the document is about once named, else the last group
        named before ``i``."""
        k = bisect.bisect_right(self._antecedent_ends, i)
        while k and self._antecedent_ids[k - 1] in exclude:
            k -= 1
        last = self._antecedent_ids[k - 1] if k else None
        if last is not None and self._antecedent_ends[k - 1] > self.sentence(i)[0]:
            return last
        if self._topic is not None and self._topic not in exclude and self._topic_end <= i:
            return self._topic
        return last

    def same_country(self, a: str, b: str) -> bool:
        """Whether two entities are one country (the state and its territory)."""
        ka = self.entities[a].key if a in self.entities else None
        kb = self.entities[b].key if b in self.entities else None
        return ka is not None and ka == kb

    def inside(self, token: Token, eid: str) -> bool:
        """Whether a mention of entity ``eid`` covers ``token`` ("Maghreb" inside "X in
        the Maghreb" says nothing about where X is)."""
        return eid in self.covering.get(token.i, ())

    def same_name(self, a: Token, b: Token) -> bool:
        """Whether two tokens lie inside one name ("in" inside "Al-Qaeda in the Maghreb")."""
        span = self.outer.get(a.i)
        return span is not None and span == self.outer.get(b.i)

    def antecedent(self, token: Token) -> str | None:
        """The group a description or pronoun stands for: the last one mentioned before it
        (for "the front", the last one whose name ends in "front"; a generic noun such as
        "the group" takes up any group), other than the subject
        of the clause it is an object in ("X supported it": not X)."""
        a = self.anaphora
        lower = token.lower_
        is_pronoun = lower in a.pronouns
        definite = not is_pronoun and any(
            c.dep_ in DETERMINER_DEPS and c.lower_ in a.determiners for c in token.children
        )
        headed = (
            definite
            and self._bare_definite(token)
            and token.i not in self.by_token
            and lower in self._head_words
        )
        is_description = definite and lower in a.nouns
        if not (is_pronoun or is_description or headed):
            return None
        k = bisect.bisect_right(self._antecedent_ends, token.i)
        mates = self._clause_subjects(token)
        while k and self._antecedent_ids[k - 1] in mates:
            k -= 1
        if headed:
            # A generic noun ("the movement") looks back only a few sentences for a group so
            # named, else takes up the group named last, whatever its name.
            if is_description:
                floor = self._sentence_floor(token.i)
                for j in range(k - 1, -1, -1):
                    eid = self._antecedent_ids[j]
                    if self._antecedent_ends[j] <= floor:
                        break
                    if eid not in mates and lower in self.name_heads.get(eid, ()):
                        return eid
            else:
                return self._headed(token, mates)
        last = self._antecedent_ids[k - 1] if k else None
        if (
            is_description
            and self._topic is not None
            and self._topic not in mates
            and self._topic_end <= token.i
        ):
            # "the group" in a backgrounder is the group the document is about, once named.
            return self._topic
        if token.dep_ in ANAPHOR_SUBJECT_DEPS and k and self._antecedent_ends[k - 1] <= token.sent.start:
            # A clause subject with no group named before it in its own sentence continues
            # the previous sentence's subject ("X is a coalition of A and B. It is led
            # by ..."), when that subject names a group.
            subject = self._previous_subject(token)
            if subject is not None:
                return subject
        return last

    def _headed(self, token: Token, mates: frozenset[str]) -> str | None:
        """The group whose mention holds the last earlier use of ``token``'s noun ("the
        front" after "the X Front"), unless that use was a common noun of its own ("the
        national army ... the army") or named something other than a group ("the British
        Army")."""
        lower = token.lower_
        for i in range(token.i - 1, -1, -1):
            if self.doc[i].lower_ != lower:
                continue
            eid = self.by_token.get(i)
            if eid is None:
                if self._bare_definite(self.doc[i]):
                    continue  # another "the front" referring back
                return None
            if eid not in self.name_heads:
                return None  # the word last named something else ("the British Army")
            if eid not in mates and lower in self.name_heads[eid]:
                return eid
        return None

    def _bare_definite(self, token: Token) -> bool:
        """Whether ``token`` has a determiner that refers back ("the front") and no
        modifier before it ("the national army" is a new thing)."""
        left = [c for c in token.children if c.i < token.i]
        return bool(left) and all(
            c.dep_ in DETERMINER_DEPS and c.lower_ in self.anaphora.determiners for c in left
        )

    def _sentence_floor(self, i: int) -> int:
        """The first token of the sentence :data:`GENERIC_HEAD_WINDOW` sentences before token ``i``'s."""
        here = bisect.bisect_right(self._sentence_starts, i) - 1
        return self._sentence_starts[max(here - GENERIC_HEAD_WINDOW, 0)] if here >= 0 else 0

    def _clause_subjects(self, token: Token) -> frozenset[str]:
        """The groups named as subject of the clause ``token`` is an object in, which a
        non-reflexive object pronoun or description cannot stand for ("A and B supported
        it"); none for a possessive ("X attacked its rivals") or a reflexive."""
        if token.dep_ in ANAPHOR_SUBJECT_DEPS | OWNER_DEPS or token.lower_.endswith(
            self.anaphora.reflexive_endings
        ):
            return frozenset()
        verb = token.head
        for _ in range(CLAUSE_DEPTH):
            if verb.pos_ in CLAUSE_VERB_POS or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in CLAUSE_VERB_POS:
            return frozenset()
        return frozenset(
            self.by_token[t.i]
            for c in verb.children
            if c.dep_ in ANAPHOR_SUBJECT_DEPS
            for t in spread(c, frozenset())
            if t.i in self.by_token
        )

    def _previous_subject(self, token: Token) -> str | None:
        """The group the main clause of the sentence before ``token``'s names as subject."""
        start = token.sent.start
        if start == 0:
            return None
        previous = self.doc[start - 1].sent
        root = previous.root
        for child in root.children:
            if child.dep_ in ANAPHOR_SUBJECT_DEPS:
                eid = self.by_token.get(child.i)
                if eid is not None and self.entities[eid].type in self.anaphora.types:
                    return eid
        return None

    def pick(self, token: Token, allowed: frozenset[str], avoid: str | None = None) -> str | None:
        """The first entity ``token`` may name whose type is ``allowed`` and which is not
        ``avoid``; a country named where a place is wanted is its territory, and the
        reverse."""
        found = self.candidates(token)
        for eid in found:
            if eid != avoid and self.entities[eid].type in allowed:
                return eid
        for eid in found:
            key = self.entities[eid].key
            for other in self.by_key.get(key, []) if key else []:
                if other != avoid and self.entities[other].type in allowed:
                    return other
        return None


@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    return fold_name(text)


def listing_preposition(token: Token, via_preps: frozenset[str]) -> bool:
    """Whether ``token`` is a listing preposition of ``via_preps``, alone ("including") or
    as the last word of a two-word one ("such as")."""
    if token.lower_ in via_preps:
        return True
    return token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lower_}" in via_preps


def spread(token: Token, via_preps: frozenset[str], *, climb: bool = False) -> list[Token]:
    """``token`` and every conjunct or apposition of it, and the objects of a listing
    preposition ("groups including X and Y", "groups such as X"), in text order. With
    ``climb`` the list is read from its first item, when ``token`` is a later one ("A, B
    and other leaders": from B, A too)."""
    if climb:
        while token.dep_ in SPREAD_DEPS and token.head.i != token.i:
            token = token.head
    seen: dict[int, Token] = {token.i: token}
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            nxt: list[Token] = []
            if child.dep_ in SPREAD_DEPS:
                nxt.append(child)
            elif listing_preposition(child, via_preps):
                nxt.extend(c for c in child.children if c.dep_ in PREP_OBJECT_DEPS)
            for t in nxt:
                if t.i not in seen:
                    seen[t.i] = t
                    stack.append(t)
    return [seen[i] for i in sorted(seen)]


def owner_keys(country_names: Mapping[str, str], demonyms: Mapping[str, str]) -> dict[str, str]:
    """Folded country names and demonyms -> gazetteer country key."""
    out = {fold_name(name): key for name, key in country_names.items()}
    for word, key in demonyms.items():
        out.setdefault(fold_name(word), key)
    return out
