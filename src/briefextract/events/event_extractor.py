"""The ``briefextract_events`` component: triggers, participants, dates, places, tolls, modality.

Thin glue: rule records from ``models/events/`` run through spaCy matchers
(:mod:`briefextract.rules`); what each match means is decided by the records'
labels and the small readings in :mod:`.parse`, :mod:`.actors` and
:mod:`.numbers`. Writes the ``bx_events`` span group (trigger spans: ``label_``
the event type, ``kb_id_`` the event id, ``id_`` the trigger rule) and
``doc._.bx_events`` (event id -> Event record with provenance).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefextract.entities.gazetteers import GAZETTEER_DIR, load_gazetteer
from briefextract.events.actors import EntityIndex, actors_under
from briefextract.events.event_rules import (
    ABSORBED,
    RETOLD,
    VETO,
    ArgumentRule,
    CasualtyRule,
    CueRule,
    TriggerRule,
)
from briefextract.events.numbers import bound_before, parse_number
from briefextract.events.parse import (
    ancestors_within,
    attachment,
    doc_text,
    is_heading_line,
    light_verb,
    sentence_evidence,
    sentence_ranges,
)
from briefextract.events.retelling import may_retell, roles_of
from briefextract.extensions import (
    SPAN_GROUP_EVENTS,
    SPAN_GROUP_FURNITURE,
    SPAN_GROUP_TIMES,
    entity_records,
    register_extensions,
)
from briefextract.rules import Lexicon, RuleSet
from briefextract.rules.resources import missing_model_file, model_path, read_jsonl
from briefextract.rules.treewalk import attribute_index
from briefextract.schema.vocab import EVENT_TYPES

RULE_FILES: dict[str, type[Any]] = {
    "triggers.jsonl": TriggerRule,
    "arguments.jsonl": ArgumentRule,
    "modality.jsonl": CueRule,
    "casualties.jsonl": CasualtyRule,
}
LEXICON_FILE = "lexicon.jsonl"
# A saved pipeline keeps the demonym table it read from the gazetteer.
DEMONYMS_FILE = "demonyms.json"
DATE_GRANULARITIES = frozenset({"day", "month", "season", "year", "decade", "century", "interval"})
CASUALTY_BOUNDS = {
    "AT_LEAST": "CASUALTY_AT_LEAST",
    "MORE_THAN": "CASUALTY_MORE_THAN",
    "AT_MOST": "CASUALTY_AT_MOST",
    "ABOUT": "CASUALTY_ABOUT",
}
# Which modality wins when several cues scope one event; goals and generic
# statements are no events at all.
MODALITY_ORDER = ("negated", "hypothetical", "uncertain")
NOT_EVENTS = frozenset({"goal", "generic"})
# How many sentences back a RETOLD trigger looks for the event it tells again.
RETOLD_WINDOW = 3
# Marks an argument read from a clause that reports part of an event (its provenance).
PART = "+part"
# Joins the roles of an argument record whose participant holds several ("patient+requester").
ROLE_JOIN = "+"


@dataclass
class Candidate:
    type: str
    start: int  # trigger tokens
    end: int
    head: int  # the predicate arguments are read from
    rule: str
    participants: list[tuple[str, str, str, int]] = field(default_factory=list)  # role, ref, rule, token
    date: dict[str, Any] | None = None
    date_rule: str | None = None
    locations: list[str] = field(default_factory=list)
    location_tokens: list[int] = field(default_factory=list)
    casualties: dict[str, dict[str, Any]] = field(default_factory=dict)
    figures: list[dict[str, Any]] = field(default_factory=list)
    modality: str = "asserted"
    modality_rule: str | None = None
    restatements: list[tuple[int, int]] = field(default_factory=list)  # token spans


class EventExtractor:
    """Finds events and writes them as ``bx_events`` spans and ``doc._.bx_events`` records."""

    def __init__(
        self, nlp: Language, name: str = "briefextract_events", *, rules_dir: str = "events"
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.rules_dir = rules_dir
        self._loaded = False
        # Built from the config alone (spacy.load does so before from_disk), it reads
        # models/ only when the files are there; a saved pipeline brings its own.
        if missing_model_file([rules_dir, GAZETTEER_DIR]) is None:
            self._load(model_path(rules_dir))

    # --- rules ------------------------------------------------------------
    def _load(self, folder: Path) -> None:
        """Read the rules from ``folder`` and the demonyms from its saved table, else from
        the gazetteer of ``models/``."""
        self._records: dict[str, list[Any]] = {
            fname: read_jsonl(folder / fname, model) for fname, model in RULE_FILES.items()
        }
        self._lexicon_records = Lexicon.from_files([folder / LEXICON_FILE]).records
        saved = folder / DEMONYMS_FILE
        self.demonyms: dict[str, str] = (
            json.loads(saved.read_text(encoding="utf-8")) if saved.is_file() else load_gazetteer().demonyms
        )
        self._compile()
        self._loaded = True

    def _require_loaded(self) -> None:
        if not self._loaded:  # not loaded from disk: models/ must hold the rules (else BX031)
            self._load(model_path(self.rules_dir))

    def _compile(self) -> None:
        vocab = self.nlp.vocab
        self.lexicon = Lexicon(self._lexicon_records)
        lx = self.lexicon
        self.triggers = RuleSet(vocab, self._records["triggers.jsonl"], lx, source="events/triggers")
        self.arguments = RuleSet(vocab, self._records["arguments.jsonl"], lx, source="events/arguments")
        self.cues = RuleSet(vocab, self._records["modality.jsonl"], lx, source="events/modality")
        self.casualty_rules = RuleSet(
            vocab, self._records["casualties.jsonl"], lx, source="events/casualties"
        )
        self.path_deps = lx.lower("PARTICIPANT_PATH_DEPS")
        self.level_deps = lx.lower("PARTICIPANT_LEVEL_DEPS")
        self.describing_deps = lx.lower("PARTICIPANT_DESCRIBING_DEPS")
        self.member_preps = lx.lower("PARTICIPANT_PREPOSITIONS")
        self.prep_deps = frozenset(lx.words("PARTICIPANT_PREPOSITION_DEPS"))
        self.determiner_deps = frozenset(lx.words("DETERMINER_DEPS"))
        self.count_deps = frozenset(lx.words("COUNT_DEPS"))
        self.coordination_deps = frozenset(lx.words("COORDINATION_DEPS"))
        self.plural_person_nouns = lx.lower("PLURAL_PERSON_ANAPHORS")
        self.pair_determiners = lx.lower("PAIR_DETERMINERS")
        self.person_descriptions = lx.lower("PERSON_DESCRIPTION_ANAPHORS")
        self.leaver_result_types = frozenset(lx.words("LEAVER_IS_RESULT_TYPES"))
        self.part_roles = frozenset(lx.words("PART_CLAUSE_ROLES"))
        self.private_people = lx.lower("PRIVATE_PEOPLE_NOUNS")
        self.scene_types = frozenset(lx.words("SCENE_EVENT_TYPES"))
        self.scope_deps = lx.lower("MODALITY_SCOPE_DEPS")
        self.habit_scope_deps = lx.lower("HABIT_SCOPE_DEPS")
        self.clause_joins = lx.lower("MODALITY_CLAUSE_JOINS")
        self.describing_clauses = lx.lower("DESCRIBING_CLAUSE_DEPS")
        self.event_noun_clauses = lx.lower("EVENT_NOUN_CLAUSE_DEPS")
        self.order_deps = lx.lower("ORDER_CLAUSE_DEPS")
        self.zero_determiners = lx.lower("ZERO_DETERMINERS")
        self.passing_deps = lx.lower("ATTACHMENT_PASSING_DEPS")
        self.one_hurt = lx.lower("ONE_HURT_TRIGGERS")
        self.object_deps = lx.lower("OBJECT_DEPS")
        self.order_markers = {w: "AFTER" for w in lx.lower("AFTER_MARKERS")} | {
            w: "BEFORE" for w in lx.lower("BEFORE_MARKERS")
        }
        self.stop_pos = frozenset(lx.words("ATTACHMENT_STOP_POS"))
        self.bounds = {mod: lx.words(label) for mod, label in CASUALTY_BOUNDS.items()}
        self.one_dead = lx.lower("ONE_DEAD_TRIGGERS")
        self.support_verbs = lx.lower("SUPPORT_VERBS")
        self.verb_pos = frozenset(lx.words("VERB_POS"))
        self.noun_pos = frozenset(lx.words("NOUN_POS"))
        self.habit_tags = frozenset(lx.words("HABIT_TAGS"))
        self.plural_tags = frozenset(lx.words("PLURAL_NOUN_TAGS"))
        self.specific_deps = frozenset(lx.words("SPECIFIC_NOUN_DEPS"))
        self.light_object_deps = frozenset(lx.words("LIGHT_VERB_OBJECT_DEPS"))
        self.anaphors = lx.lower("GROUP_ANAPHORS")
        self.anaphor_dets = lx.lower("ANAPHOR_DETERMINERS")
        self.antecedent_types = frozenset(lx.words("ANAPHOR_ANTECEDENT_TYPES"))
        self.person_anaphors = lx.lower("PERSON_ANAPHORS")
        self.person_types = frozenset(lx.words("PERSON_ANTECEDENT_TYPES"))
        self.anaphor_event_dets = lx.lower("EVENT_ANAPHOR_DETERMINERS")
        self.event_hypernyms = lx.lower("EVENT_HYPERNYM_NOUNS")
        self.violent_types = frozenset(lx.words("VIOLENT_EVENT_TYPES"))
        self.toll_words = lx.lower("KILLED_WORDS") | lx.lower("INJURED_WORDS")
        self.separate_by_place = frozenset(lx.words("SEPARATE_ACTS_BY_PLACE"))
        self.separate_by_patient = frozenset(lx.words("SEPARATE_ACTS_BY_PATIENT"))
        self.separate_by_agent = frozenset(lx.words("SEPARATE_ACTS_BY_AGENT"))
        self.own_date_rules = frozenset(lx.words("OWN_DATE_RULES"))
        self.name_pos = frozenset(lx.words("EVENT_NAME_POS"))
        self.noun_date_rules = frozenset(lx.words("NOUN_OWN_DATE_RULES"))
        self.new_occurrence_words = lx.lower("NEW_OCCURRENCE_WORDS")
        self.new_occurrence_deps = frozenset(lx.words("NEW_OCCURRENCE_DEPS"))
        self.same_victim_types = frozenset(lx.words("SAME_VICTIM_RETELLING_TYPES"))

    def add_patterns(self, records: Iterable[dict[str, Any]], *, kind: str = "triggers") -> None:
        """Add rule records of one kind (``triggers``, ``arguments``, ``modality``, ``casualties``)."""
        fname = f"{kind}.jsonl"
        model = RULE_FILES[fname]
        self._require_loaded()
        self._records[fname] = [*self._records[fname], *(model.model_validate(r) for r in records)]
        self._compile()

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Nothing to learn: the rules are compiled at construction."""

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write every rule and word-list record, so a saved pipeline needs no ``models/``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        self._require_loaded()
        for fname, records in self._records.items():
            _write_jsonl(folder / fname, records)
        _write_jsonl(folder / LEXICON_FILE, self._lexicon_records)
        (folder / DEMONYMS_FILE).write_text(json.dumps(self.demonyms, sort_keys=True), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EventExtractor:
        folder = Path(path)
        if (folder / LEXICON_FILE).is_file():
            self._load(folder)
        return self

    # --- the pass -----------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._require_loaded()
        # Doc.text and Token.sent rebuild from the tokens on every call: compute them once.
        self._text = doc_text(doc)
        self._index = attribute_index(doc)
        self._dates_of_doc = self._calendar_dates(doc)  # read by the date and narrative passes
        self._sents, self._sent_of = sentence_ranges(doc)
        entities = entity_records(doc)
        index = EntityIndex(doc, entities, self.demonyms, self.private_people)
        self._place_types = {e["id"]: e["type"] for e in entities if e["kind"] == "place"}
        candidates = self._triggers(doc)
        heads = {c.head: c for c in candidates}
        self._participants(doc, candidates, index)
        self._modality(doc, candidates)
        self._dates(doc, candidates, heads)
        self._locations(doc, candidates, heads, index)
        self._casualties(doc, candidates, heads)
        kept = self._fold_restatements(doc, [c for c in candidates if self._is_event(doc, c)])
        self._narrative_dates(doc, kept)
        self._narrative_places(doc, kept)
        for c in kept:
            self._one_dead(doc, c, index)
        self._one_hurt(doc, heads, index)
        self._write(doc, [part for c in kept for part in self._separate_acts(doc, c)])
        return doc

    def _light_verb(self, trigger: Token) -> Token | None:
        return light_verb(trigger, self.support_verbs, self.noun_pos, self.light_object_deps)

    def _sent(self, i: int) -> tuple[int, int]:
        """The token range of the sentence of token ``i``."""
        return self._sents[self._sent_of[i]]

    def _sent_chars(self, doc: Doc, i: int) -> tuple[int, int]:
        """The character range of the sentence of token ``i`` (as ``Span.start_char``,
        ``Span.end_char``)."""
        start, end = self._sent(i)
        last = doc[end - 1]
        return doc[start].idx, last.idx + len(last)

    def _triggers(self, doc: Doc) -> list[Candidate]:
        furniture = [(s.start, s.end) for s in doc.spans.get(SPAN_GROUP_FURNITURE, [])]
        self._retold: set[int] = set()
        vetoed: set[int] = set()
        absorbed: dict[int, int] = {}
        found: list[Candidate] = []
        for m in self.triggers.matches(doc, index=self._index):
            if m.rule.label == VETO:
                vetoed.add(m.anchor)
            elif m.rule.label == ABSORBED:
                absorbed[m.anchor] = m.node("governor") or m.anchor
            elif m.rule.label == RETOLD:
                self._retold.add(m.anchor)
            elif m.rule.label in EVENT_TYPES:
                head = m.anchor if m.rule.matcher == "dependency" else doc[m.start : m.end].root.i
                if any(fs <= m.start < fe for fs, fe in furniture):
                    continue
                found.append(Candidate(m.rule.label, m.start, m.end, head, m.rule.id))
        found = [c for c in found if c.head not in vetoed]
        # One trigger per stretch of text: the longest match wins ("signed a truce" over "truce").
        found.sort(key=lambda c: (-(c.end - c.start), c.start))
        taken: set[int] = set()
        kept: list[Candidate] = []
        for c in found:
            if any(i in taken for i in range(c.start, c.end)):
                continue
            taken.update(range(c.start, c.end))
            kept.append(c)
        heads = {c.head for c in kept}
        # A light verb stands for its event noun ("carried out an attack, killing 61").
        self._via: dict[int, int] = {}
        for c in kept:
            lv = self._light_verb(doc[c.head])
            if lv is not None and lv.i not in heads:
                self._via[lv.i] = c.head
        self._absorbed = {t: self._via.get(g, g) for t, g in absorbed.items() if g in heads or g in self._via}
        return sorted((c for c in kept if c.head not in self._absorbed), key=lambda c: c.start)

    def _participants(self, doc: Doc, candidates: list[Candidate], index: EntityIndex) -> None:
        by_trigger: dict[int, list[tuple[ArgumentRule, int]]] = {}
        heads = [c.head for c in candidates]
        # A clause that reports part of an event ("bombed X, killing Y") adds its victims.
        parts: dict[int, list[int]] = {}
        for t, g in self._absorbed.items():
            parts.setdefault(g, []).append(t)
        anchors = heads + [t for t in self._absorbed if t not in heads]
        for i in anchors:
            doc[i]._.bx_event_head = True
        matches = self.arguments.matches(doc, anchors=anchors, index=self._index) if candidates else []
        for i in anchors:
            doc[i]._.bx_event_head = False
        for m in matches:
            arg = m.node("arg")
            trig = m.node("trigger")
            if arg is not None and trig is not None:
                by_trigger.setdefault(trig, []).append((m.rule, arg))
        for c in candidates:
            best: dict[int, tuple[int, str, str]] = {}
            for anchor in (c.head, *parts.get(c.head, ())):
                trigger = doc[anchor]
                pos = "verb" if trigger.pos_ in self.verb_pos else "noun"
                own_deps = {ch.dep_ for ch in trigger.children}
                for rule, arg in by_trigger.get(anchor, []):
                    if rule.pos not in ("any", pos) or ("*" not in rule.types and c.type not in rule.types):
                        continue
                    if own_deps.intersection(rule.unless_trigger_has):
                        continue
                    if c.start <= arg < c.end or (anchor != c.head and rule.label not in self.part_roles):
                        continue
                    current = best.get(arg)
                    if current is None or rule.priority > current[0]:
                        best[arg] = (rule.priority, rule.label, rule.id + ("" if anchor == c.head else PART))
            for arg in sorted(best):
                _, role, rule_id = best[arg]
                if role == "none":
                    continue
                named, how = self._named(doc[arg], index, c)
                for actor, at in named:
                    # A label may join roles one participant holds at once ("patient+requester").
                    for one in role.split(ROLE_JOIN):
                        if (actor, one) not in {(p[1], p[0]) for p in c.participants}:
                            c.participants.append((one, actor, rule_id + how, at))
            self._leaver_is_result(c, index)

    def _named(self, token: Token, index: EntityIndex, c: Candidate) -> tuple[list[tuple[str, int]], str]:
        """The actors a participant phrase names, and how they were found ("" when named)."""
        # A description set beside a name stands for it ("X, a member of Y who led Z").
        head = token.head
        if token.dep_ in self.describing_deps and head.i != token.i and index.actor_at(token) is None:
            own = index.actor_at(head)
            if own is not None:
                return [(own, head.i)], "+apposition"
        preps = (self.prep_deps, self.member_preps)
        named = actors_under(
            token, index, self.path_deps, self.level_deps, describing=self.describing_deps, preps=preps
        )
        if named:
            return named, ""
        named = actors_under(
            token,
            index,
            self.path_deps,
            self.level_deps,
            lambda t: self._anaphor(t, index),
            describing=self.describing_deps,
            preps=preps,
        )
        # A pronoun never names a participant of its own clause ("X bombed it"
        # is not X bombing X): those it would resolve to are dropped.
        taken = {p[1] for p in c.participants}
        named = [(a, at) for a, at in named if a not in taken]
        return named, "+anaphor" if named else ""

    def _leaver_is_result(self, c: Candidate, index: EntityIndex) -> None:
        """A group that breaks away with no new group named is itself the new group."""
        if c.type not in self.leaver_result_types or any(p[0] == "result" for p in c.participants):
            return
        for role, actor, rule_id, at in list(c.participants):
            if role == "agent" and index.type_of(actor) in self.antecedent_types:
                c.participants.append(("result", actor, f"{rule_id}+leaver", at))

    def _anaphor(self, token: Token, index: EntityIndex) -> list[str]:
        """'the group' / 'it' as a participant: the group named last (within three sentences);
        'he' / 'she' and a definite description of a person ("the veteran"): the person named
        last; "both men": the persons named together last."""
        dets = {c.lower_ for c in token.children if c.dep_ in self.determiner_deps}
        if token.lower_ in self.person_anaphors and token.pos_ == "PRON":
            return _listed(index.antecedent(token, self.person_types))
        if token.lower_ in self.plural_person_nouns and (
            dets & self.pair_determiners
            or (dets & self.anaphor_dets and any(c.dep_ in self.count_deps for c in token.children))
        ):
            return index.coordinated_antecedents(token, self.person_types, self.coordination_deps)
        if token.lower_ in self.person_descriptions and dets & self.anaphor_dets:
            return _listed(index.antecedent(token, self.person_types))
        if token.lower_ not in self.anaphors:
            return []
        if token.pos_ != "PRON" and not any(c.lower_ in self.anaphor_dets for c in token.children):
            return []
        found = index.antecedent(token, self.antecedent_types)
        if found is None and token.pos_ != "PRON":
            # "the group" with no group named in the last sentences: in a backgrounder, the
            # group the document is about (named most often).
            found = index.topic(self.antecedent_types)
        return _listed(found)

    def _modality(self, doc: Doc, candidates: list[Candidate]) -> None:
        # Each cue with its head, read once (a Token object per cue and candidate cost more).
        cues = [(m.rule, m.start, doc[m.start].head.i) for m in self.cues.matches(doc, index=self._index)]
        for c in candidates:
            trigger = doc[c.head]
            near = {trigger.i}
            lv = self._light_verb(trigger)
            if lv is not None:
                near.add(lv.i)
            governors = {
                t.i
                for t in ancestors_within(
                    trigger, self.scope_deps, clause_deps=self.clause_joins, clause_pos=self.verb_pos
                )
            }
            habit_governors = {t.i for t in ancestors_within(trigger, self.habit_scope_deps)}
            found: dict[str, str] = {}
            for rule, at, head in cues:
                if c.start <= at < c.end:
                    if rule.scope == "trigger":
                        found.setdefault(rule.label, rule.id)
                    continue
                if (
                    (rule.scope == "dependent" and head in near and at != head)
                    or (rule.scope == "governor" and at in governors)
                    or (rule.scope == "governor-dependent" and head in habit_governors)
                    or (rule.scope == "copula" and head in governors)
                ):
                    found.setdefault(rule.label, rule.id)
            for label in (*NOT_EVENTS, *MODALITY_ORDER):
                if label in found:
                    c.modality, c.modality_rule = label, found[label]
                    break

    @staticmethod
    def _calendar_dates(doc: Doc) -> list[tuple[Span, dict[str, Any]]]:
        out: list[tuple[Span, dict[str, Any]]] = []
        for span in doc.spans.get(SPAN_GROUP_TIMES, []):
            value = span._.bx_time
            # Durations, references, clock times and the two ends of a range are never an
            # event's date: the time layer marks calendar dates with kind "date".
            if not value or value.get("kind", "date") != "date" or value.get("value") is None:
                continue
            if value.get("granularity") in DATE_GRANULARITIES:
                out.append((span, value))
        return out

    def _dates(self, doc: Doc, candidates: list[Candidate], heads: dict[int, Candidate]) -> None:
        times = [(s, v, attachment(s, heads, self.stop_pos)) for s, v in self._dates_of_doc]
        for c in candidates:
            trigger = doc[c.head]
            sent_start, sent_end = self._sent(c.head)
            local = [(s, v, a) for s, v, a in times if sent_start <= s.start < sent_end]
            lv = self._light_verb(trigger)
            own = {c.head} | ({lv.i} if lv is not None else set())
            chain = [t.i for t in trigger.ancestors]
            choice: tuple[Span, dict[str, Any]] | None = None
            rule = None
            direct = [(s, v) for s, v, a in local if a.i in own]
            if not direct and trigger.pos_ in self.noun_pos:
                # "the uprising that began in 1990", "the revolt which took the fort in 1702":
                # a clause describing the event noun dates it.
                direct = [
                    (s, v)
                    for s, v, a in local
                    if a.head.i == trigger.i and a.i != trigger.i and a.dep_ in self.event_noun_clauses
                ]
            if direct:
                choice, rule = min(direct, key=lambda sv: abs(sv[0].start - c.head)), "date:attached"
            else:
                for anc in chain:
                    scoped = [(s, v) for s, v, a in local if a.i == anc and a.i not in heads]
                    if scoped:
                        choice, rule = min(scoped, key=lambda sv: abs(sv[0].start - c.head)), "date:clause"
                        break
            if choice is None:
                # A date of the sentence that no other event claims: the nearest one before
                # the trigger, else the only one after it.
                free = [(s, v) for s, v, a in local if a.i not in heads or a.i == c.head]
                before = [(s, v) for s, v in free if s.start < c.head]
                if before:
                    choice, rule = before[-1], "date:sentence"
                elif len(free) == 1:
                    choice, rule = free[0], "date:sentence"
            if choice is None:
                ordered = self._ordered_date(trigger, local)
                if ordered is not None:
                    c.date, c.date_rule = ordered, "date:ordered"
                    continue
            if choice is not None:
                _, value = choice
                c.date = _time_value(value)
                c.date_rule = rule

    def _ordered_date(
        self, trigger: Token, local: list[tuple[Span, dict[str, Any], Token]]
    ) -> dict[str, Any] | None:
        """An event told only as after or before a dated one ("the revolt began after the
        army canceled the elections in 1992") takes that date, marked AFTER or BEFORE,
        with no span of its own (ANNOTATION.md: inferred)."""
        for clause in (trigger, *list(trigger.ancestors)[:2]):
            for child in clause.children:
                marker = (
                    child
                    if child.dep_ == "prep"
                    else next((m for m in child.children if m.dep_ == "mark"), None)
                )
                if marker is None or child.dep_ not in self.order_deps:
                    continue
                modifier = self.order_markers.get(marker.lower_)
                if modifier is None:
                    continue
                inside = [
                    v for s, v, _ in local if child.left_edge.i <= s.start and s.end <= child.right_edge.i + 1
                ]
                if inside:
                    value = inside[0]
                    return {
                        "text": None,
                        "span": None,
                        "value": value["value"],
                        "granularity": value["granularity"],
                        "modifier": modifier,
                    }
        return None

    def _narrative_places(self, doc: Doc, events: list[Candidate]) -> None:
        """An event that names no place, told right after one that does (same paragraph,
        at most one sentence between), happened there too: "seized the embassy in X. The
        group took hostages.". Both must be acts of a scene (SCENE_EVENT_TYPES): a merger or
        a founding told after a battle did not happen on the battlefield."""
        text = self._text
        previous: Candidate | None = None

        def sentence_no(c: Candidate) -> int:
            return self._sent_of[c.head]

        for c in events:
            if (
                not c.locations
                and previous is not None
                and previous.locations
                and {c.type, previous.type} <= self.scene_types
                and "\n" not in text[doc[previous.head].idx : doc[c.head].idx]
                and sentence_no(c) - sentence_no(previous) <= 2
            ):
                c.locations = list(previous.locations)
                c.location_tokens = list(previous.location_tokens)
            if not self._describes(doc[c.head]):
                previous = c

    def _describes(self, token: Token) -> bool:
        """Whether ``token`` lies in a clause that describes a participant ("X, who led a
        unit on the border, ..."): its places belong to that background, not the story."""
        return any(t.dep_ in self.describing_clauses for t in (token, *token.ancestors))

    def _narrative_dates(self, doc: Doc, events: list[Candidate]) -> None:
        """An event its sentence does not date takes the last date written before it in
        the same paragraph (ANNOTATION.md: inferred, so ``span`` is null)."""
        dates = self._dates_of_doc
        text = self._text
        for c in events:
            if c.date is not None:
                continue
            at = doc[c.head].idx
            paragraph_start = text.rfind("\n", 0, at) + 1
            before = [(s, v) for s, v in dates if paragraph_start <= s.start_char < at]
            if before:
                value = before[-1][1]
                c.date = {
                    "text": None,
                    "span": None,
                    "value": value["value"],
                    "granularity": value["granularity"],
                    "modifier": None,
                }
                c.date_rule = "date:narrative"

    def _locations(
        self, doc: Doc, candidates: list[Candidate], heads: dict[int, Candidate], index: EntityIndex
    ) -> None:
        places: list[tuple[str, Token, int]] = []
        for ref in index.mentions:
            if ref.kind != "place":
                continue
            span = doc[ref.start : ref.end]
            places.append((ref.id, attachment(span, heads, self.stop_pos, self.passing_deps), span.root.i))
        for c in candidates:
            trigger = doc[c.head]
            lv = self._light_verb(trigger)
            own = {c.head} | ({lv.i} if lv is not None else set())
            for pid, att, at in places:
                if att.i in own and pid not in c.locations:
                    c.locations.append(pid)
                    c.location_tokens.append(at)

    def _casualties(self, doc: Doc, candidates: list[Candidate], heads: dict[int, Candidate]) -> None:
        for m in self.casualty_rules.matches(doc, index=self._index):
            num = m.node("num")
            word = m.node("verb")
            if num is None:
                continue
            value, first = self._number_at(doc, num)
            if value is None:
                continue
            if first > 0 and doc[first - 1].lower_ in self.zero_determiners:
                value = 0  # "no one was injured"
            preceding = [t.lower_ for t in doc[max(first - 4, 0) : first]]
            count = {"value": value, "modifier": bound_before(preceding, self.bounds)}
            event = self._event_for(doc, word if word is not None else num, heads)
            if event is None:
                continue
            label = m.rule.label
            event.figures.append({label: count, "rule": m.rule.id})
            event.casualties.setdefault(label, count)

    @staticmethod
    def _number_at(doc: Doc, i: int) -> tuple[int | None, int]:
        start = end = i
        while start > 0 and (doc[start - 1].like_num or doc[start - 1].text in {"-", "–"}):
            start -= 1
        while end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].text in {"-", "–"}):
            end += 1
        while start < i and not doc[start].like_num:
            start += 1
        while end > i and not doc[end].like_num:
            end -= 1
        return parse_number([t.text for t in doc[start : end + 1]]), start

    def _event_for(self, doc: Doc, i: int, heads: dict[int, Candidate]) -> Candidate | None:
        token = doc[i]
        for t in (token, *token.ancestors):
            if t.i in heads:
                return heads[t.i]
            if t.i in self._via and self._via[t.i] in heads:
                return heads[self._via[t.i]]
            if t.i in self._absorbed and self._absorbed[t.i] in heads:
                return heads[self._absorbed[t.i]]
        sent_start, sent_end = self._sent(token.i)
        same = [c for c in heads.values() if sent_start <= c.head < sent_end]
        return min(same, key=lambda c: abs(c.head - i)) if same else None

    def _one_dead(self, doc: Doc, c: Candidate, index: EntityIndex) -> None:
        """A killing of one named person with no count written is one dead."""
        if c.casualties or doc[c.head].lemma_.lower() not in self.one_dead:
            return
        # Victims of a clause told beside the killing ("and wounded Y") count only when
        # the killing names none of its own ("the killing occurred when X was shot").
        patients = [(ref, PART in rule) for role, ref, rule, _ in c.participants if role == "patient"]
        victims = [ref for ref, part in patients if not part] or [ref for ref, _ in patients]
        people = [r for r in victims if index.type_of(r) == "PERSON"]
        if len(victims) == 1 and len(people) == 1:
            c.casualties["killed"] = {"value": 1, "modifier": None}
            c.figures.append({"killed": c.casualties["killed"], "rule": "one-dead-trigger"})

    def _one_hurt(self, doc: Doc, heads: dict[int, Candidate], index: EntityIndex) -> None:
        """A wounding told beside an event ("killed X and wounded his deputy, Y") of one
        named person is one hurt in that event's toll."""
        for t, g in self._absorbed.items():
            event = heads.get(g)
            if event is None or event.casualties.get("injured") or doc[t].lemma_.lower() not in self.one_hurt:
                continue
            hurt = [
                actor
                for child in doc[t].children
                if child.dep_ in self.object_deps
                for actor, _ in actors_under(
                    child, index, self.path_deps, self.level_deps, describing=self.describing_deps
                )
            ]
            if len(hurt) == 1 and index.type_of(hurt[0]) == "PERSON":
                event.casualties["injured"] = {"value": 1, "modifier": None}
                event.figures.append({"injured": event.casualties["injured"], "rule": "one-hurt-beside"})

    def _separate_acts(self, doc: Doc, c: Candidate) -> list[Candidate]:
        """One record per coordinated place, target or designator (ANNOTATION.md v1.2).
        Only acts the text asserts are split: "has not attacked A or B" or "may strike A
        and B" tells of no act at all."""
        if c.modality != "asserted":
            return [c]
        if c.type in self.separate_by_place and len(c.locations) > 1:
            kinds = {
                t: self._place_types.get(p, "") for p, t in zip(c.locations, c.location_tokens, strict=True)
            }
            # Only places the trigger's own sentence lists tell acts apart: places taken
            # from the narrative before it locate the one act the sentence tells.
            here = self._sent_of[c.head]
            own = [t for t in c.location_tokens if self._sent_of[t] == here]
            coordinated = _coordinated(doc, own, self.level_deps, kinds)
            if len(coordinated) > 1:
                shared = [
                    (p, t)
                    for p, t in zip(c.locations, c.location_tokens, strict=True)
                    if t not in coordinated
                ]
                return [
                    replace(
                        c,
                        locations=[p, *(s for s, _ in shared)],
                        location_tokens=[t, *(u for _, u in shared)],
                    )
                    for p, t in zip(c.locations, c.location_tokens, strict=True)
                    if t in coordinated
                ]
        for role, types in (("patient", self.separate_by_patient), ("agent", self.separate_by_agent)):
            if c.type not in types:
                continue
            mine = [p for p in c.participants if p[0] == role]
            coordinated = _coordinated(doc, [p[3] for p in mine], self.level_deps)
            if len(coordinated) > 1:
                others = [p for p in c.participants if p[0] != role or p[3] not in coordinated]
                return [replace(c, participants=[p, *others]) for p in mine if p[3] in coordinated]
        return [c]

    def _is_event(self, doc: Doc, c: Candidate) -> bool:
        if c.modality in NOT_EVENTS:
            return False
        trigger = doc[c.head]
        sent_start, sent_end = self._sent_chars(doc, c.head)
        if self._text[sent_start:sent_end].rstrip().endswith("?"):
            return False  # a question (often a heading) asserts nothing
        if is_heading_line(self._text, trigger.idx):
            return False  # "Kidnapping of X": a heading names an event the body tells
        bare_plural = (
            trigger.pos_ not in self.verb_pos
            and trigger.tag_ in self.plural_tags
            and not any(ch.dep_ in self.specific_deps for ch in trigger.children)
        )
        if c.participants or c.locations or c.casualties:
            return True
        if c.date and not (bare_plural and c.date_rule not in self.own_date_rules):
            # A bare plural ("the height of suicide attacks") is a kind of event: a date
            # of the sentence does not make it one that happened, a date of its own does.
            return True
        if trigger.pos_ in self.verb_pos:
            return trigger.tag_ not in self.habit_tags  # "the group kidnaps foreigners": a habit
        # A bare plural ("attacks on civilians") is a kind of event, not one that happened.
        return not bare_plural

    def _fold_restatements(self, doc: Doc, events: list[Candidate]) -> list[Candidate]:
        """An event told again is one record (ANNOTATION.md v1.2).

        Two retellings are folded into the event they take up: a definite event noun
        with no date of its own ("claimed responsibility for *the attack*", "*the
        bombing* killed ...") and a toll stated without an agent ("61 people were
        killed") after an event of violence. What the retelling adds (participants,
        places, a toll) goes to the first telling; its trigger is kept in ``restatements``.
        """
        kept: list[Candidate] = []
        for c in events:
            earlier = self._taken_up(doc, c, kept)
            if earlier is None:
                kept.append(c)
                continue
            for p in c.participants:
                if (p[0], p[1]) not in {(q[0], q[1]) for q in earlier.participants}:
                    earlier.participants.append(p)
            for pid, tok in zip(c.locations, c.location_tokens, strict=True):
                if pid not in earlier.locations:
                    earlier.locations.append(pid)
                    earlier.location_tokens.append(tok)
            for label, count in c.casualties.items():
                earlier.casualties.setdefault(label, count)
            earlier.figures.extend(c.figures)
            earlier.restatements.append((c.start, c.end))
        return kept

    def _taken_up(self, doc: Doc, c: Candidate, earlier: list[Candidate]) -> Candidate | None:
        trigger = doc[c.head]
        roles = roles_of(c.participants)
        if c.head in self._retold:
            # A construction that tells an act again: "the bombs exploded at midnight" after a
            # bombing told just before; "the worst attack was the bombing of X". It says the
            # act is the same, so only a contradiction in what both name keeps them apart.
            here = self._sent_of[c.head]
            near = [
                e
                for e in earlier
                if here - self._sent_of[e.head] <= RETOLD_WINDOW
                and may_retell(roles_of(e.participants), roles, e.locations, c.locations)
            ]
            # The same type first; else a violent act of another type ("the bomb blew up"
            # after an assassination carried out with it).
            same = [e for e in near if e.type == c.type] or [
                e for e in near if c.type in self.violent_types and e.type in self.violent_types
            ]
            if same:
                return same[-1]
        if trigger.pos_ in self.name_pos:
            # An event's proper name ("the Battle of X") is its fullest statement, never
            # a retelling that folds away ("the fighting became known as the Battle of X").
            return None
        nominal = trigger.pos_ in self.noun_pos
        earlier = [
            e
            for e in earlier
            if may_retell(roles_of(e.participants), roles, e.locations, c.locations, places_identify=nominal)
        ]
        if not earlier:
            return None
        own_date = c.date is not None and c.date_rule in self.own_date_rules
        if trigger.pos_ in self.noun_pos:
            definite = any(
                ch.lower_ in self.anaphor_event_dets or ch.dep_ == "poss" for ch in trigger.children
            )
            if not definite or self._new_occurrence(trigger):
                return None
            if trigger.lower_ in self.event_hypernyms:
                same = [e for e in earlier if e.type in self.violent_types]
            else:
                same = [e for e in earlier if e.type == c.type]
            if own_date and c.date_rule in self.noun_date_rules:
                # "the 1960 attack" after a bombing in 1960: the same event again. A date of
                # the clause above the noun ("revealed in May the arrest of the organiser
                # of the attack") dates that clause, not the act the noun takes up.
                same = [e for e in same if e.date is not None and e.date.get("value") == c.date["value"]]
            return same[-1] if same else None
        if own_date:
            return None
        # "the shot that killed X" after the killing of X was told: the same act.
        patients = {p[1] for p in c.participants if p[0] == "patient"}
        if patients and c.type in self.same_victim_types:
            same = [e for e in earlier if e.type == c.type and patients & {p[1] for p in e.participants}]
            if same:
                return same[-1]
        # "61 people were killed": a toll with no agent and no named victim. Without a
        # count ("several residents were killed") only just after the act, in its own
        # sentence or the next one.
        if trigger.lemma_.lower() in self.toll_words and not c.participants:
            here = self._sent_of[c.head]
            near = [
                e
                for e in earlier
                if e.type in self.violent_types
                and c.head - e.head < 80
                and (c.casualties or here - self._sent_of[e.head] <= 1)
            ]
            return near[-1] if near else None
        return None

    def _new_occurrence(self, trigger: Token) -> bool:
        """An ordinal picks out one act of a series ("the first planned assassination",
        "another bombing"): a new event, not a retelling."""
        return any(
            mod.dep_ in self.new_occurrence_deps and mod.lower_ in self.new_occurrence_words
            for mod in trigger.children
        )

    def _write(self, doc: Doc, kept: list[Candidate]) -> None:
        text = self._text
        spans: list[Span] = []
        records: dict[str, dict[str, Any]] = {}
        for n, c in enumerate(kept, start=1):
            eid = f"e{n}"
            trig = doc[c.start : c.end]
            ev_start, ev_end = sentence_evidence(text, *self._sent_chars(doc, c.head))
            casualties = None
            if c.casualties:
                casualties = {"killed": c.casualties.get("killed"), "injured": c.casualties.get("injured")}
            record: dict[str, Any] = {
                "id": eid,
                "type": c.type,
                "trigger": _span(text, trig.start_char, trig.end_char),
                "date": c.date,
                "locations": c.locations,
                "participants": [{"role": role, "ref": ref} for role, ref, _, _ in c.participants],
                "casualties": casualties,
                "modality": c.modality,
                "evidence": _span(text, ev_start, ev_end),
                "provenance": {
                    "trigger": c.rule,
                    "participants": [rule for _, _, rule, _ in c.participants],
                    "date": c.date_rule,
                    "modality": c.modality_rule,
                },
            }
            if c.restatements:
                record["restatements"] = [
                    _span(text, doc[a:b].start_char, doc[a:b].end_char) for a, b in c.restatements
                ]
            if len(c.figures) > 1:
                record["casualty_figures"] = c.figures
            records[eid] = record
            spans.append(Span(doc, c.start, c.end, label=c.type, kb_id=eid, span_id=c.rule))
        doc.spans[SPAN_GROUP_EVENTS] = spans
        doc._.bx_events = records


def _coordinated(
    doc: Doc, tokens: list[int], links: frozenset[str], kinds: Mapping[int, str] | None = None
) -> set[int]:
    """The tokens among ``tokens`` listed together with another one ("A, B and C"):
    conjuncts, and, where ``kinds`` gives each token's kind, appositions of the same
    kind (lists often parse as appositions; "Quetta, Pakistan" is a place and its
    country, not a list)."""
    chosen = set(tokens)
    out: set[int] = set()
    for t in tokens:
        token = doc[t]
        linked = [(c, c.dep_) for c in token.children if c.dep_ in links]
        if token.dep_ in links:
            linked.append((token.head, token.dep_))
        for other, dep in linked:
            if other.i not in chosen:
                continue
            if dep == "conj" or (kinds is not None and kinds.get(other.i) == kinds.get(t)):
                out.add(t)
    return out


def _listed(found: str | None) -> list[str]:
    return [] if found is None else [found]


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _time_value(value: dict[str, Any]) -> dict[str, Any]:
    keep = ("text", "span", "value", "granularity", "modifier")
    return {k: value.get(k) for k in keep}


def _write_jsonl(path: Path, records: Iterable[Any]) -> None:
    lines = [
        json.dumps(r.model_dump(mode="json", exclude_defaults=False), ensure_ascii=False) for r in records
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


@Language.factory(
    "briefextract_events",
    default_config={"rules_dir": "events"},
    assigns=["doc.spans", "doc._.bx_events"],
    requires=["doc._.bx_entities"],
)
def make_event_extractor(nlp: Language, name: str, rules_dir: str) -> EventExtractor:
    """Factory for the ``briefextract_events`` component."""
    return EventExtractor(nlp, name, rules_dir=rules_dir)
