"""The entity resolver: typed, canonicalised actors and places with every mention.

Combines the statistical NER, the gazetteer ruler and the name-pattern ruler;
reads a country's role from its syntax; links aliases; clusters mentions into
entities; and sweeps the text for further mentions of every name found.
Writes the ``bx_entities`` span group (``label_`` type, ``kb_id_`` entity id, ``id_`` rule)
and ``doc._.bx_entities`` (entity id -> record).

The component is the glue: each step is a module of its own, in the order the data flows:
:mod:`~briefextract.entities.candidates` (names from the three detectors),
:mod:`~briefextract.entities.described_names` (names a noun introduces),
:mod:`~briefextract.entities.context` (what the state-role records mark),
:mod:`~briefextract.entities.mention_reader` (candidate -> typed mention),
:mod:`~briefextract.entities.coordination`, :mod:`~briefextract.entities.unit_types` and
:mod:`~briefextract.entities.state_owners` (retyping from the parse), then over the whole
text :mod:`~briefextract.entities.defined_names` and
:mod:`~briefextract.entities.aliases` (other names), :mod:`~briefextract.entities.canon`
(clustering and naming), :mod:`~briefextract.entities.mention_sweep` and
:mod:`~briefextract.entities.entity_table` (the records written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from briefextract.entities.abbreviations import find_abbreviations
from briefextract.entities.aliases import AliasWords, acronym_links, cue_links, initialism_links
from briefextract.entities.candidates import Candidate, gather, resolve_overlaps
from briefextract.entities.canon import Entity, Mention, build_entities, cluster
from briefextract.entities.context import OwnerRecord, StateMarks, StateRoleRecord, state_marks
from briefextract.entities.coordination import COORDINATION_FILE, coordinate
from briefextract.entities.defined_names import defined_names, faction_tags, glosses, redefined_acronyms
from briefextract.entities.described_names import DESCRIBED_NAMES_FILE, described_name_candidates
from briefextract.entities.entity_table import records_by_id
from briefextract.entities.gazetteers import Gazetteer, load_gazetteer
from briefextract.entities.index import Usable
from briefextract.entities.mention_reader import (
    DESCRIBED_NAME,
    FACILITY_APPOSITIONS_FILE,
    NAME_DESCRIPTORS_FILE,
    MentionReader,
    descriptor_nouns,
    holds_break,
)
from briefextract.entities.mention_sweep import sweep
from briefextract.entities.names import fold_name
from briefextract.entities.ner_splits import split_joined_names
from briefextract.entities.place_constructions import (
    PLACE_CONSTRUCTIONS_FILE,
    PlaceConstructionRecord,
    PlaceConstructions,
    place_candidates,
    town_keys,
)
from briefextract.entities.rulers import GAZETTEER_SPANS, NAME_PATTERN_SPANS, PATTERN_PLACE_LABELS
from briefextract.entities.shared_names import choose_shared_names
from briefextract.entities.state_evidence import STATE_EVIDENCE_FILE, evidenced_states, hand_on_demonyms
from briefextract.entities.state_owners import OWNED_BODIES_FILE, owned_bodies
from briefextract.entities.unit_types import UNIT_TYPES_FILE, UnitTypeRecord, unit_types
from briefextract.extensions import SPAN_GROUP_ENTITIES, SPAN_GROUP_FURNITURE, doc_text, register_extensions
from briefextract.rules import Lexicon, RuleRecord, RuleSet
from briefextract.rules.compiler import RecordT, read_records
from briefextract.rules.lexicon import alternation
from briefextract.rules.resources import model_path
from briefextract.rules.serialize import SAVED_MODELS, RulesComponent
from briefextract.rules.treewalk import shared_attributes
from briefextract.schema.vocab import ORGANISATION_TYPES

__all__ = ["DEFAULT_ORG_TYPE", "EntityResolver", "holds_break", "make_entity_resolver", "records_by_id"]

# Constructions that make a country the acting state: rule records (label STATE).
STATE_ROLES_FILE = "entities/state_roles.jsonl"
DEFAULT_ORG_TYPE = "ARMED_GROUP"  # an unknown organisation in a backgrounder on conflict
# The statistical labels under which a country no gazetteer lists may be found.
COUNTRY_NER_LABELS = frozenset({"GPE", "ORG", "LOC"})
# The NER labels of a one-word place name that what it does may show to be a country's.
PLACE_NER_LABELS = frozenset({"GPE"})


def _append_usable(
    mentions: list[Mention], new: list[Mention], usable: Callable[[int, int], bool]
) -> dict[int, int]:
    """Append the usable ``new`` mentions; returns where each index they had now points."""
    base = len(mentions)
    moved = {i: i for i in range(base)}
    for k, m in enumerate(new):
        if usable(m.start, m.end):
            moved[base + k] = len(mentions)
            mentions.append(m)
    return moved


def _kept_links(links: list[tuple[int, int]], moved: dict[int, int]) -> list[tuple[int, int]]:
    return [(moved[a], moved[b]) for a, b in links if a in moved and b in moved]


def placed_by_context(mentions: list[Mention]) -> list[Mention]:
    """A name that the words around one of its mentions make a place's ("Velmora, the
    provincial capital", "the town of Velmora": a rule record typed it, not a gazetteer) is
    that place wherever the statistical NER read it as a person's or typed it only by the
    default ("after the Velmora massacre"); one they make an actor's ("the Kessari, an
    ethnic minority") is that actor wherever the NER read it as an unlisted place."""
    placed: dict[str, Mention] = {}
    acting: dict[str, Mention] = {}
    for m in mentions:
        if m.source == "pattern" and m.key is None:
            (placed if m.kind == "place" else acting).setdefault(m.text, m)
    if not placed and not acting:
        return mentions
    out = []
    for m in mentions:
        place, actor = placed.get(m.text), acting.get(m.text)
        if m.source != "ner" or (place is not None and actor is not None):
            pass  # two contexts that disagree: each mention keeps its own reading
        elif place is not None and m.kind == "actor" and (m.type == "PERSON" or m.typed_by_default):
            m = m.then("placed", kind="place", type=place.type, country=place.country)
        elif actor is not None and m.kind == "place" and m.key is None:
            # "the Kessari, an ethnic minority": "Kessari leaders" names the group too
            m = m.then("acting", kind="actor", type=actor.type, country=None)
        out.append(m)
    return out


class EntityResolver(RulesComponent):
    def __init__(
        self, nlp: Language, name: str, *, gazetteer: str, lexicon: str, default_org_type: str
    ) -> None:
        register_extensions()
        self.vocab = nlp.vocab
        self.name = name
        self.gazetteer_dir = gazetteer
        self.lexicon_path = lexicon
        self.default_org_type = default_org_type
        self.load_if_present()

    def settings(self) -> dict[str, str]:
        return {
            "gazetteer_dir": self.gazetteer_dir,
            "lexicon_path": self.lexicon_path,
            "default_org_type": self.default_org_type,
        }

    def model_files(self) -> dict[str, str]:
        """The gazetteer, word lists and rule files, read through ``models_root``: saved under
        their paths in ``models/``."""
        rules = (
            COORDINATION_FILE,
            STATE_ROLES_FILE,
            DESCRIBED_NAMES_FILE,
            UNIT_TYPES_FILE,
            OWNED_BODIES_FILE,
            FACILITY_APPOSITIONS_FILE,
            NAME_DESCRIPTORS_FILE,
            STATE_EVIDENCE_FILE,
            PLACE_CONSTRUCTIONS_FILE,
        )
        return {f"{SAVED_MODELS}/{r}": r for r in (self.gazetteer_dir, self.lexicon_path, *rules)}

    def _load(self) -> None:
        lx, root = self.lexicon_path, self.models_root
        self.gaz: Gazetteer = load_gazetteer(self.gazetteer_dir, root)
        # Its lookup tables are built here, at load: a user's first document should not pay for them.
        self.gaz.prepare()
        # One word-list file serves every list and rule file of the layer.
        words = Lexicon.from_files([model_path(lx, root)])
        self.reader = MentionReader(words, self.gaz, self.default_org_type)
        self.name_words = self.reader.name_words
        self.description = self.reader.description
        self.head_types = self.reader.head_types
        self.not_names = self.reader.not_names
        self.place_heads = self.reader.place_heads
        self.body_heads = frozenset(self.head_types)
        self.titles = words.lower("PERSON_TITLE")
        self.alias_cues = words.lower("ALIAS_CUE")
        self.nickname_cues = words.lower("NICKNAME_CUE")
        self.short_heads = words.lower("ORG_SHORT_NAME_HEAD")
        self.generic_heads = words.lower("ORG_GENERIC_HEAD")
        self.alternative = alternation(words.words("NAME_ALTERNATIVE"))
        self.plural_endings = tuple(words.words("PLURAL_ENDING"))
        self.alias_words = AliasWords.from_lexicon(words)

        def rules(relative: str, record: type[RecordT]) -> RuleSet[RecordT]:
            return RuleSet(
                self.vocab, read_records(model_path(relative, root), record), words, source=relative
            )

        self.coordination = rules(COORDINATION_FILE, RuleRecord)
        self.state_roles = rules(STATE_ROLES_FILE, StateRoleRecord)
        self.described_names = rules(DESCRIBED_NAMES_FILE, RuleRecord)
        self.unit_types = rules(UNIT_TYPES_FILE, UnitTypeRecord)
        self.owners = rules(OWNED_BODIES_FILE, OwnerRecord)
        self.facility_appositions = rules(FACILITY_APPOSITIONS_FILE, RuleRecord)
        self.name_descriptors = rules(NAME_DESCRIPTORS_FILE, RuleRecord)
        self.state_evidence = rules(STATE_EVIDENCE_FILE, RuleRecord)
        self.demonym_endings = tuple(words.words("DEMONYM_DERIVATION_ENDING"))
        self.place_constructions = PlaceConstructions(
            self.vocab,
            read_records(model_path(PLACE_CONSTRUCTIONS_FILE, root), PlaceConstructionRecord),
            words,
            source=PLACE_CONSTRUCTIONS_FILE,
        )
        # Words a body's name may start with that only say whose it is ("U.S.", "Algerian").
        self.owner_prefixes = frozenset(self.reader.country_names) | frozenset(
            fold_name(d) for d in self.gaz.demonyms
        )

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        self.load_models()

    def _state_tokens(self, doc: Doc, candidates: list[Candidate]) -> StateMarks:
        """What the state-role records mark in ``doc`` (see :func:`state_marks`) where a
        role may be read: in the candidates' names (the records ran from every subject
        and object of the Doc, most of them far from any name)."""
        names = {i for c in candidates for i in range(c.start, c.end)}
        return state_marks(doc, self.state_roles, names)

    # --- whole document ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self.require_loaded()
        try:
            usable = self.usable(doc)
            mentions = self.local_mentions(doc, usable)
            self._write(doc, self.resolve(self._text(doc), mentions, usable))
        finally:
            self._cached_text = None
        return doc

    def _text(self, doc: Doc) -> str:
        """``doc.text``, joined once per Doc: spaCy rebuilds it from the tokens on every
        read, which made the many reads of a long piece cost time quadratic in its length."""
        cached = getattr(self, "_cached_text", None)
        if cached is None or cached[0] is not doc:
            cached = self._cached_text = (doc, doc_text(doc))
        return cached[1]

    def usable(self, doc: Doc) -> Usable:
        """Where in ``doc`` a name may be: see :class:`Usable`."""
        furniture = [(s.start_char, s.end_char) for s in doc.spans.get(SPAN_GROUP_FURNITURE, [])]
        return Usable(self._text(doc), doc._.bx_article_end, furniture, breaks=holds_break)

    def local_mentions(self, doc: Doc, usable: Callable[[int, int], bool] | None = None) -> list[Mention]:
        """The mentions the detectors find in ``doc``, typed from their context, before aliases,
        clustering and the sweep. It reads only the Doc's tokens and parse near each name,
        so a long text may be processed in pieces and their mentions resolved together
        (:meth:`resolve`)."""
        self.require_loaded()
        # The rule sets below read the Doc's columns, tables and parse tree once between them.
        with shared_attributes(doc):
            return self._local_mentions(doc, usable)

    def _local_mentions(self, doc: Doc, usable: Callable[[int, int], bool] | None) -> list[Mention]:
        usable = usable or self.usable(doc)
        full = self._text(doc)
        candidates = [
            c
            for c in gather(
                doc, self.gaz, GAZETTEER_SPANS, NAME_PATTERN_SPANS, self.name_words, self.body_heads
            )
            if usable(doc[c.start].idx, doc[c.end - 1].idx)
        ]
        candidates = split_joined_names(doc, candidates, self.name_words)
        candidates = choose_shared_names(
            candidates, self.gaz, {i: doc[c.start : c.end].text for i, c in enumerate(candidates)}
        )
        # "Ostra Brigades": words ending in a body's capitalised head noun that the NER read as
        # a person's name are the body's, when a name pattern found the same words.
        bodies = {
            (c.start, c.end)
            for c in candidates
            if c.source == "pattern"
            and c.label in ORGANISATION_TYPES
            and doc[c.end - 1].lower_ in self.body_heads
            and doc[c.end - 1].text[:1].isupper()
        }
        candidates = [
            c
            for c in candidates
            if not (c.source == "ner" and c.label == "PERSON" and (c.start, c.end) in bodies)
        ]
        # An organisation's name the NER found with the same extent is typed from the NER side
        # (by the same descriptor); a place's context outweighs the NER.
        found = {(c.start, c.end) for c in candidates if c.source == "ner"}
        described = [
            c
            for c in described_name_candidates(doc, self.described_names, self.titles, usable)
            if c.label != DESCRIBED_NAME or (c.start, c.end) not in found
        ]
        # Towns and places a construction names (models/entities/place_constructions.jsonl).
        described += place_candidates(
            doc, self.place_constructions, self.gaz, self.name_words, [*candidates, *described], usable
        )
        # "the town of Velmora Khel": the context says it is a place, whatever the NER read there.
        placed = [(c.start, c.end) for c in described if c.label in PATTERN_PLACE_LABELS]
        candidates = [
            c
            for c in candidates
            if not (c.source == "ner" and any(s < c.end and c.start < e for s, e in placed))
        ]
        candidates += described
        states = self._state_tokens(doc, candidates)
        # Where a facility is named in apposition right after a name ("Velna Hall, a seminary").
        # ("Velmora, the provincial capital": a town's): where each match starts -> its place type.
        apposed: dict[int, str] = {}
        for match in self.facility_appositions.matches(doc):
            apposed.setdefault(match.start, match.rule.label)
        # Where a noun before a name says what it names ("the political party Velna Unity").
        descriptors = descriptor_nouns(self.name_descriptors.matches(doc), doc)
        # One-word names no gazetteer lists that name a country: "Tarsia's president".
        listed = {doc[c.start : c.end].text for c in candidates if c.source == "gazetteer"}
        # A person's name is none, though a leader has a parliament too ("Velmar's parliament").
        personal = {doc[i].text for c in candidates if c.label == "PERSON" for i in range(c.start, c.end)}
        one_word = {
            doc[c.start].text
            for c in candidates
            if c.source == "ner" and c.length == 1 and c.label in COUNTRY_NER_LABELS
        }
        # A one-word person's reading is no proof against a country where the evidence is a
        # demonym or a list of countries ("Velmarkan troops", "Norland and Velmark"); a word
        # of a full personal name is.
        full_personal = {
            doc[i].text
            for c in candidates
            if c.label == "PERSON" and c.length > 1
            for i in range(c.start, c.end)
        }
        one_person = {doc[c.start].text for c in candidates if c.label == "PERSON" and c.length == 1}
        # A one-word place name the NER reads may be shown a country's by what it does
        # ("accused X of", "funding from X"): the records' "place" node.
        places = {
            doc[c.start].text
            for c in candidates
            if c.source == "ner" and c.length == 1 and c.label in PLACE_NER_LABELS
        }
        countries_at = [
            i
            for c in candidates
            if c.source == "gazetteer" and c.label == "COUNTRY"
            for i in range(c.start, c.end)
        ]
        strict = one_word - listed - personal
        countries = evidenced_states(
            doc,
            self.state_evidence.matches(doc),
            strict,
            self.demonym_endings,
            loose=(one_word | one_person) - listed - full_personal,
            countries_at=countries_at,
            places=places & strict,
        )
        mentions = [
            m
            for c in resolve_overlaps(doc, candidates, self.name_words)
            if (m := self.reader.read(doc, full, c, states, apposed, descriptors, countries)) is not None
        ]
        mentions = town_keys(mentions, self.gaz)
        mentions = coordinate(doc, mentions, self.coordination)
        mentions = unit_types(doc, mentions, self.unit_types)
        return owned_bodies(doc, mentions, self.owners)

    def join_pieces(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions of a text processed in pieces, with what one piece could not see of another:
        a one-word place named like the surname of a person named in full anywhere in the
        text is that person (as :func:`gather` decides within one Doc)."""
        surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1}
        out = []
        for m in mentions:
            if (
                m.kind == "place"
                and m.type in {"CITY", "REGION"}
                and m.text in surnames
                and m.source != "alias"
            ):
                m = m.remade(
                    "ner:PERSON+surname",
                    kind="actor",
                    type="PERSON",
                    source="ner",
                    key=None,
                    canonical=None,
                    country=None,
                )
            out.append(m)
        return out

    def resolve(self, text: str, mentions: list[Mention], usable: Callable[[int, int], bool]) -> list[Entity]:
        """Entities from the mentions of the whole ``text``: acronym definitions, alias cues,
        clustering, naming and the sweep for further mentions. Pure: text and mentions in."""
        definitions = find_abbreviations(text)
        mentions = self._namesakes(mentions)
        mentions = placed_by_context(mentions)
        mentions, tag_links = faction_tags(text, mentions, usable, self.alternative)
        mentions, gloss_links = glosses(text, mentions, usable)
        tag_links += gloss_links
        mentions = defined_names(definitions, mentions, usable, self.head_types, self.default_org_type)
        mentions = redefined_acronyms(definitions, mentions, self._listed_names)
        links, new = acronym_links(text, definitions, mentions)
        links = _kept_links(links, _append_usable(mentions, new, usable))
        by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
        links += [(by_span[a], by_span[b]) for a, b in tag_links if a in by_span and b in by_span]
        links2, new2, replaced = cue_links(
            text, mentions, self.alias_cues, self.nickname_cues, self.alias_words
        )
        for i, m in replaced.items():
            if usable(m.start, m.end):
                mentions[i] = m
        links += _kept_links(links2, _append_usable(mentions, new2, usable))
        links += initialism_links(mentions)
        groups = cluster(
            mentions,
            links,
            titles=self.titles,
            short_heads=self.short_heads,
            generic_heads=self.generic_heads,
            owner_prefixes=self.owner_prefixes,
            place_heads=self.place_heads,
        )
        # Every link is (primary, other name): the other side never gives the entity its name.
        entities = build_entities(mentions, groups, titles=self.titles, secondary={b for _, b in links})
        return sweep(
            text,
            entities,
            usable,
            titles=self.titles,
            not_names=self.not_names,
            plural_endings=self.plural_endings,
        )

    def _listed_names(self, key: str) -> list[str]:
        entry = self.gaz.entries.get(key)
        return list(entry.names()) if entry is not None else []

    def _namesakes(self, mentions: list[Mention]) -> list[Mention]:
        """A city whose name other cities share is the one in a country the document is about:
        the namesake whose country the text names most often (as a country, a state, or the
        country of an unambiguous place), else the most populous."""
        if not any(m.key in self.gaz.namesakes for m in mentions):
            return mentions
        weight: dict[str, int] = {}
        for m in mentions:
            if m.country and m.key not in self.gaz.namesakes:
                weight[m.country] = weight.get(m.country, 0) + 1
        out = []
        for m in mentions:
            options = self.gaz.namesakes.get(m.key or "")
            if options and m.country is not None:
                key, country = max(
                    [(m.key or "", m.country), *options], key=lambda kc: weight.get(kc[1], 0)
                )  # max keeps the first of equals: the most populous
                if key != m.key:
                    m = m.then("namesake", key=key, country=country)
            out.append(m)
        return out

    def _write(self, doc: Doc, entities: list[Entity]) -> None:
        group: list[Span] = []
        for ent in entities:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                group.append(Span(doc, span.start, span.end, label=ent.type, kb_id=ent.id, span_id=m.rule))
        doc.spans[SPAN_GROUP_ENTITIES] = group
        records = records_by_id(entities)
        hand_on_demonyms(doc, records, self.demonym_endings)
        doc._.bx_entities = records


@Language.factory(
    "briefextract_entities",
    assigns=["doc.spans", "doc._.bx_entities"],
    requires=["doc.ents"],
    default_config={
        "gazetteer": "gazetteers",
        "lexicon": "entities/lexicon.jsonl",
        "default_org_type": DEFAULT_ORG_TYPE,
    },
)
def make_entity_resolver(
    nlp: Language, name: str, gazetteer: str, lexicon: str, default_org_type: str
) -> EntityResolver:
    return EntityResolver(nlp, name, gazetteer=gazetteer, lexicon=lexicon, default_org_type=default_org_type)
