"""The ``briefextract_relations`` pipeline component: thin glue over the pure parts.

Runs the stative dependency records over the parse and the event mappings over
``doc._.bx_events``; drops what the text itself marks as alleged unless it sits
inside an attributed claim (``doc._.bx_claims``); deduplicates by (head, type,
tail). Writes ``doc.spans["bx_relations"]`` (the span each statement marks:
``label_`` the type, ``kb_id_`` the relation id, ``id_`` the rule) and
``doc._.bx_relations`` (relation id -> Relation record + provenance).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.training import Example

from briefextract.entities.gazetteers import load_gazetteer
from briefextract.errors import RuleFileError
from briefextract.extensions import (
    SPAN_GROUP_RELATIONS,
    SPAN_GROUP_TIMES,
    entity_records,
    register_extensions,
)
from briefextract.relations.entity_lookup import DESCRIPTIONS_FILE, Anaphora, EntityIndex, owner_keys
from briefextract.relations.from_events import (
    IMPLIED_AGENTS_FILE,
    ImpliedAgents,
    event_candidates,
    with_implied_agents,
)
from briefextract.relations.merge import Candidate, DocText, merge, most_specific
from briefextract.relations.relation_rules import (
    DescriptionRule,
    EventRelationRule,
    ImpliedAgentRule,
    RelationRule,
    expand_types,
)
from briefextract.relations.stative import stative_candidates
from briefextract.relations.treematch import (
    DocArrays,
    SentenceView,
    TreeMatcher,
    TreePattern,
    compile_starts,
    value_id,
)
from briefextract.rules import Lexicon, RuleSet, WordList
from briefextract.rules.compiler import RuleMatch
from briefextract.rules.resources import read_jsonl
from briefextract.rules.serialize import RulesComponent, Table
from briefextract.rules.treewalk import shared_attributes

RULES_FILE = "constructions.jsonl"
EVENTS_FILE = "from_events.jsonl"
LEXICON_FILE = "lexicon.jsonl"
# A saved pipeline keeps the owner names it read from the gazetteer (name -> country key).
OWNERS_FILE = "owner_keys.json"

# Word lists the mechanism reads by name (the records may name any others).
SPREAD_PREPOSITIONS = "SPREAD_PREPOSITIONS"
ALLEGATION_MARKERS = "ALLEGATION_MARKERS"
# Verbs of denial: what a clause under one says is denied, not stated ("X denied that
# it had attacked Y").
DENIAL_VERBS = "DENIAL_VERBS"
ANAPHOR_NOUNS = "ANAPHOR_NOUNS"
ANAPHOR_PRONOUNS = "ANAPHOR_PRONOUNS"
ANAPHOR_DETERMINERS = "ANAPHOR_DETERMINERS"
NAME_CARRIERS = "NAME_CARRIER_NOUNS"
RELATIVE_ADVERBS = "RELATIVE_ADVERBS"
OWNER_CARRIERS = "OWNER_CARRIER_NOUNS"
OWNER_PREPOSITIONS = "OWNER_PREPOSITIONS"
PLURAL_ENDINGS = "PLURAL_ENDINGS"
REFLEXIVE_ENDINGS = "REFLEXIVE_ENDINGS"
# A marker with one of these dependencies heads a clause of its own and marks only it.
CLAUSE_MARKER_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "ROOT"})
# A proper noun is never an allegation marker ("in May 2003").
NAME_POS = frozenset({"PROPN"})
# A negated statement ("X has not attacked Y") states no relation.
NEGATION_DEPS = frozenset({"neg"})
_NAME_POS_IDS = frozenset(value_id("POS", p) for p in NAME_POS)
_NEGATION_IDS = frozenset(value_id("DEP", d) for d in NEGATION_DEPS)
# The Token flag an end node must carry: the token can name an actor or place.
END_FLAG = "bx_relation_end"


def _optional_words(lexicon: Lexicon, label: str) -> frozenset[str]:
    return lexicon.lower(label) if label in lexicon else frozenset()


def alleged(anchor_tokens: Sequence[int], doc: Doc, found: Sequence[int]) -> bool:
    """Whether an allegation marker ("allegedly", "reportedly", "may") modifies the
    clause of the statement: it attaches to a matched token or to one of its ancestors,
    or, heading a clause of its own ("X is believed to ..."), it governs the statement.
    ``found`` are the marker tokens of the statement's sentence (:class:`ClauseMarks`)."""
    if not found:
        return False
    scope: set[int] = set()
    for i in anchor_tokens:
        scope.add(i)
        scope.update(t.i for t in doc[i].ancestors)

    def marks(t: Token) -> bool:
        if t.dep_ in CLAUSE_MARKER_DEPS:
            # A marker heading a clause of its own ("said that X was believed to ...")
            # marks what that clause says, not its neighbours.
            return any(t.is_ancestor(doc[i]) for i in anchor_tokens)
        return t.head.i in scope and t.i != t.head.i

    return any(marks(doc[k]) for k in found)


class ClauseMarks:
    """What can mark a Doc's statements, read once per Doc from its arrays (each
    statement used to walk its sentence's tokens again): the tokens that carry a
    negation, and the allegation markers of each sentence."""

    def __init__(
        self, arrays: DocArrays, marker_ids: frozenset[int], denial_ids: frozenset[int] = frozenset()
    ) -> None:
        heads, dep = arrays.heads, arrays.columns["DEP"]
        self.negated_heads = {heads[k] for k, d in enumerate(dep) if d in _NEGATION_IDS and heads[k] != k}
        words, pos = arrays.columns["LOWER"], arrays.columns["POS"]
        self.markers = [
            k for k, word in enumerate(words) if word in marker_ids and pos[k] not in _NAME_POS_IDS
        ]
        self.denials = [
            k for k, word in enumerate(words) if word in denial_ids and pos[k] not in _NAME_POS_IDS
        ]
        self.sentence_starts = [start for start, _ in arrays.sentences]
        self.sentence_ends = [end for _, end in arrays.sentences]

    def negated(self, tokens: Sequence[int]) -> bool:
        """Whether a matched token carries a negation ("has not attacked")."""
        return any(i in self.negated_heads for i in tokens)

    def denied(self, tokens: Sequence[int], doc: Doc) -> bool:
        """Whether a verb of denial governs a matched token ("X denied that it had
        carried out attacks in Y")."""
        return any(doc[k].is_ancestor(doc[i]) for k in self.denials for i in tokens)

    def markers_near(self, i: int) -> list[int]:
        """The allegation markers of the sentence token ``i`` is in, in text order."""
        if not self.markers:
            return []
        k = bisect.bisect_right(self.sentence_starts, i) - 1
        start, end = self.sentence_starts[k], self.sentence_ends[k]
        return [m for m in self.markers if start <= m < end]


GATE_ATTRS = ("LOWER", "LEMMA")


def gate(record: RelationRule, lexicon: Lexicon) -> tuple[str, frozenset[str]] | None:
    """The words one of which a sentence must hold for ``record`` to match: the smallest
    word set that constrains a node of its pattern (LOWER or LEMMA, exact or IN), or
    None when no node is constrained by words."""
    best: tuple[str, frozenset[str]] | None = None
    for node in record.pattern:
        attrs = lexicon.expand(node.get("RIGHT_ATTRS", {}))
        for attr in GATE_ATTRS:
            value = attrs.get(attr)
            if isinstance(value, str):
                words = frozenset({value})
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                words = frozenset(str(w) for w in value["IN"])
            else:
                continue
            if best is None or len(words) < len(best[1]):
                best = (attr, words)
    return best


def with_end_flag(record: RelationRule) -> RelationRule:
    """``record`` whose head and tail nodes match only tokens flagged as possible ends
    (:data:`END_FLAG`): an end that names nothing yields no relation, and a node
    constrained only by its dependency label would otherwise match most tokens."""
    ends = {record.head, record.tail}
    pattern = []
    for node in record.pattern:
        if node.get("RIGHT_ID") in ends:
            attrs = dict(node.get("RIGHT_ATTRS", {}))
            attrs["_"] = {**attrs.get("_", {}), END_FLAG: True}
            node = {**node, "RIGHT_ATTRS": attrs}
        pattern.append(node)
    return record.model_copy(update={"pattern": pattern})


NodeLayout = tuple[tuple[str, ...], tuple[int, ...]]


def node_layout(record: RelationRule) -> NodeLayout:
    """The names of a record's nodes in pattern order, and the positions of the nodes
    its marked span covers (its ``nodes``, or its first node)."""
    names = tuple(str(node["RIGHT_ID"]) for node in record.pattern)
    wanted = record.nodes or names[:1]
    return names, tuple(k for k, name in enumerate(names) if name in wanted)


def as_match(
    record: RelationRule, binding: Sequence[int], layout: NodeLayout | None = None
) -> RuleMatch[RelationRule]:
    """A tree walk's binding as the :class:`RuleMatch` spaCy's matcher would give: the
    marked span covers the record's ``nodes`` (or its first node). ``layout`` is
    :func:`node_layout` of the record, when the caller keeps it."""
    names, marked_at = layout or node_layout(record)
    marked = [binding[k] for k in marked_at]
    return RuleMatch(record, min(marked), max(marked) + 1, tuple(zip(names, binding, strict=True)))


def inside_claim(start: int, end: int, claims: Mapping[str, Mapping[str, Any]] | None) -> bool:
    """Whether the character range lies inside some claim's content."""
    for claim in (claims or {}).values():
        content = claim.get("content") or {}
        if content and int(content["start"]) <= start and end <= int(content["end"]):
            return True
    return False


def yielded(matches: Sequence[RuleMatch[RelationRule]]) -> list[RuleMatch[RelationRule]]:
    """``matches`` without those of a record that yields to a record matching at the same
    anchor token (``RelationRule.yields_to``)."""
    if not any(m.rule.yields_to for m in matches):
        return list(matches)
    anchored = {(m.rule.id, m.anchor) for m in matches}
    return [m for m in matches if not any((other, m.anchor) in anchored for other in m.rule.yields_to)]


class RelationExtractor(RulesComponent):
    """Stative constructions and event mappings -> deduplicated relations."""

    def __init__(
        self,
        nlp: Language,
        name: str = "briefextract_relations",
        *,
        rules: str = "relations/" + RULES_FILE,
        event_rules: str = "relations/" + EVENTS_FILE,
        lexicon: str = "relations/" + LEXICON_FILE,
        gazetteer: str = "gazetteers",
        anaphora: bool = True,
        anaphor_types: Sequence[str] = ("ARMED_GROUP",),
        implied_agents: str = "relations/" + IMPLIED_AGENTS_FILE,
        descriptions: str = "relations/" + DESCRIPTIONS_FILE,
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.rules_path = rules
        self.event_rules_path = event_rules
        self.implied_agents_path = implied_agents
        self.descriptions_path = descriptions
        self.lexicon_path = lexicon
        self.gazetteer_dir = gazetteer
        self.anaphora = anaphora
        self.anaphor_types = list(anaphor_types)
        self.load_if_present()

    # --- rules ------------------------------------------------------------------
    def model_files(self) -> dict[str, str]:
        return {
            RULES_FILE: self.rules_path,
            EVENTS_FILE: self.event_rules_path,
            LEXICON_FILE: self.lexicon_path,
            IMPLIED_AGENTS_FILE: self.implied_agents_path,
            DESCRIPTIONS_FILE: self.descriptions_path,
        }

    def derived_tables(self) -> dict[str, Table]:
        return {OWNERS_FILE: Table((self.gazetteer_dir,), self._owner_keys)}

    def saved_records(self) -> dict[str, Sequence[BaseModel]]:
        return {
            RULES_FILE: self.records,
            EVENTS_FILE: self.event_records,
            LEXICON_FILE: self.lexicon.records,
            IMPLIED_AGENTS_FILE: self.implied_records,
            DESCRIPTIONS_FILE: self.description_records,
        }

    def _owner_keys(self) -> dict[str, str]:
        """The owner names of the gazetteer's countries (name -> country key)."""
        gaz = load_gazetteer(self.gazetteer_dir)
        countries = {n: e.key for e in gaz.entries.values() if e.label == "COUNTRY" for n in e.names()}
        return owner_keys(countries, gaz.demonyms)

    def _load(self) -> None:
        self.lexicon = Lexicon.from_files([self.model_file(LEXICON_FILE)])
        self.records: list[RelationRule] = read_jsonl(self.model_file(RULES_FILE), RelationRule)
        self.event_records: list[EventRelationRule] = read_jsonl(
            self.model_file(EVENTS_FILE), EventRelationRule
        )
        self.implied_records: list[ImpliedAgentRule] = read_jsonl(
            self.model_file(IMPLIED_AGENTS_FILE), ImpliedAgentRule
        )
        self.description_records: list[DescriptionRule] = read_jsonl(
            self.model_file(DESCRIPTIONS_FILE), DescriptionRule
        )
        self.owner_keys = self.tables[OWNERS_FILE]
        self._compile(str(self.model_file(RULES_FILE)))

    def _compile(self, source: str) -> None:
        ids = {r.id for r in self.records}
        for record in self.records:
            if unknown := sorted(set(record.yields_to) - ids):
                raise RuleFileError(source, f"record {record.id!r} yields to unknown records {unknown}")
        self.ruleset: RuleSet[RelationRule] = RuleSet(
            self.nlp.vocab, self.records, self.lexicon, source=source
        )
        # Records the tree walk (:mod:`treematch`) can run take the fast path; any other
        # goes to spaCy's matcher, grouped by the key word a sentence must hold.
        self._trees = TreeMatcher()
        # The tree-walked records with their plans, in file order, and the matchers of the
        # subsets of them a Doc's entity types call for (:meth:`_trees_for`).
        self._walked: list[tuple[RelationRule, list[TreePattern]]] = []
        self._trees_by_subset: dict[tuple[int, ...], TreeMatcher] = {}
        # Each tree-walked record's node layout, by record object (read per match).
        self._layouts: dict[int, NodeLayout] = {}
        groups: dict[tuple[str, frozenset[str]] | None, list[RelationRule]] = {}
        for record in self.records:
            flagged = with_end_flag(record)
            plans = compile_starts(self.lexicon.expand(flagged.pattern, where=source))
            if plans is not None:
                self._trees.add(flagged, plans)
                self._walked.append((flagged, plans))
                self._layouts[id(flagged)] = node_layout(flagged)
            else:
                groups.setdefault(gate(record, self.lexicon), []).append(flagged)
        self._yielded_to = frozenset(name for record in self.records for name in record.yields_to)
        self._families = [
            (g, RuleSet(self.nlp.vocab, records, self.lexicon, source=source))
            for g, records in groups.items()
        ]
        lx = self.lexicon
        self.spread_preps = _optional_words(lx, SPREAD_PREPOSITIONS)
        self.markers = _optional_words(lx, ALLEGATION_MARKERS)
        self._marker_ids = frozenset(self.nlp.vocab.strings.add(m) for m in self.markers)
        self.denial_verbs = _optional_words(lx, DENIAL_VERBS)
        self._denial_ids = frozenset(self.nlp.vocab.strings.add(m) for m in self.denial_verbs)
        self.carriers = _optional_words(lx, NAME_CARRIERS)
        self.descriptions = RuleSet(
            self.nlp.vocab, self.description_records, lx, source=str(self.model_file(DESCRIPTIONS_FILE))
        )
        self.relative_adverbs = _optional_words(lx, RELATIVE_ADVERBS)
        self.owner_carriers = _optional_words(lx, OWNER_CARRIERS)
        self.owner_prepositions = _optional_words(lx, OWNER_PREPOSITIONS)
        self.plural_endings = tuple(sorted(_optional_words(lx, PLURAL_ENDINGS)))
        self.implied_agents = ImpliedAgents(self.nlp.vocab, self.implied_records, lx)
        self.anaphora_words = Anaphora(
            nouns=_optional_words(lx, ANAPHOR_NOUNS) if self.anaphora else frozenset(),
            pronouns=_optional_words(lx, ANAPHOR_PRONOUNS) if self.anaphora else frozenset(),
            determiners=_optional_words(lx, ANAPHOR_DETERMINERS),
            types=frozenset(self.anaphor_types),
            reflexive_endings=tuple(sorted(_optional_words(lx, REFLEXIVE_ENDINGS))),
        )

    def add_patterns(self, records: Iterable[Mapping[str, Any] | RelationRule | EventRelationRule]) -> None:
        """Add construction records (dicts with a ``pattern``) or event mappings
        (dicts with an ``event_type``); they take effect on the next Doc."""
        self._require_loaded()
        for raw in records:
            if isinstance(raw, RelationRule):
                self.records.append(raw)
            elif isinstance(raw, EventRelationRule):
                self.event_records.append(raw)
            elif "event_type" in raw:
                self.event_records.append(EventRelationRule.model_validate(raw))
            else:
                self.records.append(RelationRule.model_validate(raw))
        self._compile(f"{self.name}.add_patterns")

    def add_words(self, lists: Iterable[Mapping[str, Any] | WordList]) -> None:
        """Add word lists; patterns compiled from now on see them."""
        for wl in lists:
            self.lexicon.add(wl if isinstance(wl, WordList) else WordList.model_validate(wl))
        self._compile(f"{self.name}.add_words")

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Nothing to learn: the records are read when the component is made."""

    # --- processing -------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._require_loaded()
        # The description and implied-agent records (several rule-set runs per Doc) read
        # the Doc's columns and parse tree once between them; this component changes
        # neither, it writes spans and extension values.
        with shared_attributes(doc):
            return self._process(doc)

    def _process(self, doc: Doc) -> Doc:
        table = entity_records(doc)
        arrays = DocArrays(doc)
        index = EntityIndex(
            doc,
            table,
            self.owner_keys,
            self.anaphora_words,
            self.carriers,
            self.descriptions,
            self.relative_adverbs,
            self.owner_carriers,
            arrays=arrays,
            owner_prepositions=self.owner_prepositions,
            plural_endings=self.plural_endings,
        )
        times = list(doc.spans.get(SPAN_GROUP_TIMES, []))
        claims = doc._.bx_claims
        marks = ClauseMarks(arrays, self._marker_ids, self._denial_ids)
        matches = [
            m for m in yielded(self._matches(doc, index, arrays)) if self._stated(doc, m, claims, marks)
        ]
        kept: list[Candidate] = stative_candidates(
            doc, matches, index, spread_preps=self.spread_preps, times=times
        )
        types = {e.id: e.type for e in index.entities.values()}
        events = list((doc._.bx_events or {}).values())
        actors = lambda t: [e for e in index.candidates(t) if index.entities[e].kind == "actor"]  # noqa: E731
        events = with_implied_agents(doc, events, actors, self.implied_agents)
        kept.extend(event_candidates(events, self.event_records, types, self._implied_group(doc, index)))
        # A state and its own territory are one country: "X operates in X" says nothing.
        kept = [c for c in kept if not index.same_country(c.head, c.tail)]
        kept = most_specific(kept)
        records = merge(kept, DocText(doc))
        self._write(doc, records, kept)
        return doc

    def _implied_group(
        self, doc: Doc, index: EntityIndex
    ) -> Callable[[int, frozenset[str]], str | None] | None:
        """The group an event at a character offset is about when it names none (an
        event mapping's ``implied_tail``), read only when anaphora is on."""
        if not self.anaphora:
            return None

        def implied(start: int, exclude: frozenset[str]) -> str | None:
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            return index.group_in_discussion(span.start, exclude) if span is not None else None

        return implied

    def _write(self, doc: Doc, records: dict[str, dict[str, Any]], candidates: list[Candidate]) -> None:
        ids = {(r["head"], r["type"], r["tail"]): rid for rid, r in records.items()}
        spans: list[Span] = []
        seen: set[tuple[int, int, str, str]] = set()
        for c in sorted(candidates, key=lambda c: (c.marked, c.provenance)):
            rid = ids.get((c.head, c.type, c.tail)) or ids.get((c.tail, c.type, c.head))
            if rid is None or (c.marked[0], c.marked[1], rid, c.provenance) in seen:
                continue
            seen.add((c.marked[0], c.marked[1], rid, c.provenance))
            span = doc.char_span(c.marked[0], c.marked[1], label=c.type, alignment_mode="expand")
            if span is None:
                continue
            span.kb_id_ = rid
            span.id_ = c.provenance
            spans.append(span)
        doc.spans[SPAN_GROUP_RELATIONS] = spans
        doc._.bx_relations = records

    def _matches(self, doc: Doc, index: EntityIndex, arrays: DocArrays) -> list[RuleMatch[RelationRule]]:
        """The matches of every record in the sentences that name at least two things.

        Records run as tree walks from their key word (:mod:`treematch`); the few that
        cannot run on spaCy's matcher, only where the sentence holds their key word
        (:func:`gate`). An end node matches only a token an actor or place can be read
        from (:data:`END_FLAG`), decided on demand and recorded on the token.
        """

        ends: dict[int, bool] = {}  # token index -> may end a relation (read once per token)

        def may_end(token: Token) -> bool:
            found = ends.get(token.i)
            if found is None:
                found = ends[token.i] = index.may_end(token, self.spread_preps)
                if found:  # recorded on the token too (the few that name something)
                    token._.set(END_FLAG, True)
            return found

        def extension(name: str, token: Token) -> Any:
            return may_end(token) if name == END_FLAG else token._.get(name)

        out: list[RuleMatch[RelationRule]] = []
        trees = self._trees_for(frozenset(e.type for e in index.entities.values()))
        for start, end in arrays.sentences:
            if index.ends_in(start, end) < 2:
                continue
            if trees:
                view = SentenceView(doc, start, end, extension, share_subjects=True, arrays=arrays)
                layouts = self._layouts
                out.extend(as_match(r, binding, layouts[id(r)]) for r, binding in trees(view))
            if not self._families:
                continue
            sent = doc[start:end]
            families = self._gated_families(sent)
            if not families:
                continue
            sent_doc = sent.as_doc()
            offset = sent.start
            for token in sent:
                if may_end(token):
                    sent_doc[token.i - offset]._.set(END_FLAG, True)
            for rules in families:
                for m in rules.matches(sent_doc):
                    nodes = tuple((name, i + offset) for name, i in m.nodes)
                    out.append(RuleMatch(m.rule, m.start + offset, m.end + offset, nodes))
        return out

    def _trees_for(self, types: frozenset[str]) -> TreeMatcher:
        """The tree walks worth running in a Doc whose entities have ``types``: a record
        states something only between an entity of one of its head types and one of its
        tail types, so a Doc without either never needs its walk (a Doc without any
        government body, no "the Freedonian ministry"). A record that others yield to
        runs anyway: its matches silence theirs. One matcher per subset, built once."""
        wanted = tuple(
            k
            for k, (record, _) in enumerate(self._walked)
            if record.id in self._yielded_to
            or (
                not expand_types(record.head_types).isdisjoint(types)
                and not expand_types(record.tail_types).isdisjoint(types)
            )
        )
        if len(wanted) == len(self._walked):
            return self._trees
        trees = self._trees_by_subset.get(wanted)
        if trees is None:
            trees = self._trees_by_subset[wanted] = TreeMatcher()
            for k in wanted:  # in file order, as the full matcher: the same bindings in the same order
                trees.add(*self._walked[k])
        return trees

    def _gated_families(self, sent: Span) -> list[RuleSet[RelationRule]]:
        """The spaCy-run record groups whose key word ``sent`` holds."""
        if not self._families:
            return []
        lower = {t.lower_ for t in sent}
        lemma = {t.lemma_ for t in sent} | {t.lemma_.lower() for t in sent}
        return [
            rules
            for g, rules in self._families
            if g is None or not (g[1].isdisjoint(lower if g[0] == "LOWER" else lemma))
        ]

    def _stated(
        self,
        doc: Doc,
        m: RuleMatch[RelationRule],
        claims: Mapping[str, Any] | None,
        marks: ClauseMarks,
    ) -> bool:
        """A match the text negates or denies is dropped; one it marks as alleged is
        kept only inside an attributed claim."""
        tokens = [i for _, i in m.nodes]
        if marks.negated(tokens) or marks.denied(tokens, doc):
            return False
        if not alleged(tokens, doc, marks.markers_near(tokens[0])):
            return True
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
        return inside_claim(start, end, claims)

    # --- serialisation ----------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return {
            "gazetteer_dir": self.gazetteer_dir,
            "anaphora": self.anaphora,
            "anaphor_types": self.anaphor_types,
        }


@Language.factory(
    "briefextract_relations",
    assigns=["doc.spans", "doc._.bx_relations"],
    requires=["doc._.bx_entities"],
    default_config={
        "rules": "relations/" + RULES_FILE,
        "event_rules": "relations/" + EVENTS_FILE,
        "lexicon": "relations/" + LEXICON_FILE,
        "gazetteer": "gazetteers",
        "anaphora": True,
        "anaphor_types": ["ARMED_GROUP"],
        "implied_agents": "relations/" + IMPLIED_AGENTS_FILE,
        "descriptions": "relations/" + DESCRIPTIONS_FILE,
    },
)
def make_relation_extractor(
    nlp: Language,
    name: str,
    rules: str,
    event_rules: str,
    lexicon: str,
    gazetteer: str,
    anaphora: bool,
    anaphor_types: list[str],
    implied_agents: str,
    descriptions: str,
) -> RelationExtractor:
    return RelationExtractor(
        nlp,
        name,
        rules=rules,
        event_rules=event_rules,
        lexicon=lexicon,
        gazetteer=gazetteer,
        anaphora=anaphora,
        anaphor_types=anaphor_types,
        implied_agents=implied_agents,
        descriptions=descriptions,
    )
