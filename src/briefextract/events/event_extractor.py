"""The ``briefextract_events`` component: triggers, participants, dates, places, tolls, modality.

Glue: rule records from ``models/events/`` run through spaCy matchers
(:mod:`briefextract.rules`); what the matches mean is read by one module per job:
:mod:`.trigger_selection`, :mod:`.participant_roles`, :mod:`.modality_scope`,
:mod:`.event_dates`, :mod:`.event_places`, :mod:`.casualty_counts`,
:mod:`.event_filter`, :mod:`.restatements`, :mod:`.act_separation`, and
:mod:`.event_writer`, which writes the ``bx_events`` span group (trigger spans:
``label_`` the event type, ``kb_id_`` the event id, ``id_`` the trigger rule) and
``doc._.bx_events`` (event id -> Event record with provenance).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from briefextract.entities.gazetteers import GAZETTEER_DIR, load_gazetteer
from briefextract.events.act_separation import separate_acts
from briefextract.events.actors import EntityIndex
from briefextract.events.casualty_counts import count_casualties, one_dead, one_hurt
from briefextract.events.event_candidate import Candidate, DocFacts
from briefextract.events.event_dates import assign_dates, calendar_dates, narrative_dates
from briefextract.events.event_filter import is_event
from briefextract.events.event_places import assign_locations, narrative_places
from briefextract.events.event_rules import (
    ArgumentRule,
    CasualtyRule,
    CueRule,
    NumberWordRecord,
    TriggerRule,
)
from briefextract.events.event_writer import write_events
from briefextract.events.modality_scope import assign_modality
from briefextract.events.numbers import NumberWords
from briefextract.events.parse import sentence_ranges
from briefextract.events.participant_roles import argument_anchors, assign_participants
from briefextract.events.restatements import fold_restatements
from briefextract.events.trigger_selection import select_triggers
from briefextract.extensions import SPAN_GROUP_FURNITURE, doc_text, entity_records, register_extensions
from briefextract.rules import Lexicon, RuleSet
from briefextract.rules.compiler import RuleMatch
from briefextract.rules.resources import read_jsonl
from briefextract.rules.serialize import RulesComponent, Table
from briefextract.rules.treewalk import attribute_index

RULE_FILES: dict[str, type[Any]] = {
    "triggers.jsonl": TriggerRule,
    "arguments.jsonl": ArgumentRule,
    "modality.jsonl": CueRule,
    "casualties.jsonl": CasualtyRule,
}
LEXICON_FILE = "lexicon.jsonl"
# Number words and their values: a table, since a word list carries no values.
NUMBER_WORDS_FILE = "number_words.jsonl"
# A saved pipeline keeps the demonym table it read from the gazetteer.
DEMONYMS_FILE = "demonyms.json"
CASUALTY_BOUNDS = {
    "AT_LEAST": "CASUALTY_AT_LEAST",
    "MORE_THAN": "CASUALTY_MORE_THAN",
    "AT_MOST": "CASUALTY_AT_MOST",
    "ABOUT": "CASUALTY_ABOUT",
}


class EventExtractor(RulesComponent):
    """Finds events and writes them as ``bx_events`` spans and ``doc._.bx_events`` records."""

    def __init__(
        self, nlp: Language, name: str = "briefextract_events", *, rules_dir: str = "events"
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.rules_dir = rules_dir
        self.load_if_present()

    # --- rules ------------------------------------------------------------
    def model_files(self) -> dict[str, str]:
        return {
            fname: f"{self.rules_dir}/{fname}" for fname in (*RULE_FILES, LEXICON_FILE, NUMBER_WORDS_FILE)
        }

    def derived_tables(self) -> dict[str, Table]:
        return {DEMONYMS_FILE: Table((GAZETTEER_DIR,), lambda: load_gazetteer().demonyms)}

    def saved_records(self) -> dict[str, Sequence[BaseModel]]:
        return {
            **self._records,
            LEXICON_FILE: self._lexicon_records,
            NUMBER_WORDS_FILE: self._number_records,
        }

    def _load(self) -> None:
        self._records: dict[str, list[Any]] = {
            fname: read_jsonl(self.model_file(fname), model) for fname, model in RULE_FILES.items()
        }
        self._lexicon_records = Lexicon.from_files([self.model_file(LEXICON_FILE)]).records
        self._number_records = read_jsonl(self.model_file(NUMBER_WORDS_FILE), NumberWordRecord)
        self.demonyms: dict[str, str] = self.tables[DEMONYMS_FILE]
        self._compile()

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
        self.number_words = NumberWords.from_records(self._number_records)
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

    # --- the pass -----------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._require_loaded()
        entities = entity_records(doc)
        sents, sent_of = sentence_ranges(doc)
        facts = DocFacts(
            doc=doc,
            text=doc_text(doc),
            attributes=attribute_index(doc),  # shared by the four rule sets
            entities=EntityIndex(doc, entities, self.demonyms, self.private_people),
            place_types={e["id"]: e["type"] for e in entities if e["kind"] == "place"},
            sents=sents,
            sent_of=sent_of,
            dates=calendar_dates(doc),
        )
        furniture = [(s.start, s.end) for s in doc.spans.get(SPAN_GROUP_FURNITURE, [])]
        candidates = select_triggers(
            facts, self.triggers.matches(doc, index=facts.attributes), furniture, self
        )
        heads = {c.head: c for c in candidates}
        assign_participants(facts, candidates, self._argument_matches(facts, candidates), self)
        assign_modality(facts, candidates, self.cues.matches(doc, index=facts.attributes), self)
        assign_dates(facts, candidates, heads, self)
        assign_locations(facts, candidates, heads, self)
        count_casualties(facts, self.casualty_rules.matches(doc, index=facts.attributes), heads, self)
        kept = fold_restatements(facts, [c for c in candidates if is_event(facts, c, self)], self)
        narrative_dates(facts, kept)
        narrative_places(facts, kept, self)
        for c in kept:
            one_dead(facts, c, self)
        one_hurt(facts, heads, self)
        write_events(facts, [part for c in kept for part in separate_acts(facts, c, self)])
        return doc

    def _argument_matches(
        self, facts: DocFacts, candidates: list[Candidate]
    ) -> list[RuleMatch[ArgumentRule]]:
        """The argument rules' matches from the triggers (argument patterns test the
        ``bx_event_head`` flag, set on the anchors only while they run)."""
        if not candidates:
            return []
        doc = facts.doc
        anchors = argument_anchors(facts, candidates)
        for i in anchors:
            doc[i]._.bx_event_head = True
        matches = self.arguments.matches(doc, anchors=anchors, index=facts.attributes)
        for i in anchors:
            doc[i]._.bx_event_head = False
        return matches


@Language.factory(
    "briefextract_events",
    default_config={"rules_dir": "events"},
    assigns=["doc.spans", "doc._.bx_events"],
    requires=["doc._.bx_entities"],
)
def make_event_extractor(nlp: Language, name: str, rules_dir: str) -> EventExtractor:
    """Factory for the ``briefextract_events`` component."""
    return EventExtractor(nlp, name, rules_dir=rules_dir)
