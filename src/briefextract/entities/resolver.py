"""The entity resolver: typed, canonicalised actors and places with every mention.

Combines the statistical NER, the gazetteer ruler and the name-pattern ruler;
reads a country's role from its syntax; links aliases; clusters mentions into
entities; and sweeps the text for further mentions of every name found.
Writes the ``bx_entities`` span group (``label_`` type, ``kb_id_`` entity id, ``id_`` rule)
and ``doc._.bx_entities`` (entity id -> record).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from typing import Any

from pydantic import Field
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from briefextract.entities.abbreviations import Abbreviation, find_abbreviations
from briefextract.entities.aliases import AliasWords, acronym_links, cue_links, initialism_links
from briefextract.entities.candidates import Candidate, NameWords, gather, resolve_overlaps
from briefextract.entities.canon import Entity, Mention, build_entities, cluster
from briefextract.entities.context import (
    NO_MARKS,
    OwnerRecord,
    StateMarks,
    StateRoleRecord,
    acts_as_state,
    owner_rules,
    state_marks,
)
from briefextract.entities.gazetteers import Gazetteer, load_gazetteer
from briefextract.entities.index import Coverage, RangeIndex, Usable
from briefextract.entities.lexicons import ORG_HEAD_LABELS
from briefextract.entities.names import fold_name
from briefextract.entities.rulers import (
    EVENT_NAME,
    GAZETTEER_SPANS,
    NAME_PATTERN_SPANS,
    PATTERN_PLACE_LABELS,
)
from briefextract.entities.typing import description_regex, type_from_description, type_from_head
from briefextract.extensions import SPAN_GROUP_ENTITIES, SPAN_GROUP_FURNITURE, register_extensions
from briefextract.rules import Lexicon, RuleRecord, RuleSet
from briefextract.rules.compiler import RecordT, read_records
from briefextract.rules.resources import model_path
from briefextract.rules.serialize import SAVED_MODELS, RulesComponent

ORG_LABELS = frozenset(
    {"ARMED_GROUP", "GOVERNMENT_BODY", "INTERNATIONAL_ORG", "POLITICAL_GROUP", "RESEARCH_MEDIA"}
)
NER_PLACE_TYPES = {"GPE": "CITY", "LOC": "REGION", "FAC": "OTHER"}
# Which names are coordinated with which: rule records (labels PARTNER, LIST_MEMBER).
COORDINATION_FILE = "entities/coordination.jsonl"
# Constructions that make a country the acting state: rule records (label STATE).
STATE_ROLES_FILE = "entities/state_roles.jsonl"
# Constructions that introduce a name with a noun saying what it names: rule records (label
# ORG: the match's capitalised tail is an organisation's name; a place label: a place's).
DESCRIBED_NAMES_FILE = "entities/described_names.jsonl"
DESCRIBED_NAME = "ORG"
# Constructions that say what kind of body a unit or programme is from whose it is: rule
# records (label: the actor type of the name that ends in the match's first word or node).
UNIT_TYPES_FILE = "entities/unit_types.jsonl"
# Constructions that make a country the owner of a government body: rule records (label OWNER).
OWNED_BODIES_FILE = "entities/owned_bodies.jsonl"


class UnitTypeRecord(RuleRecord):
    """A unit-type record; ``owner_types``, when given, asks for an owner: the name takes the
    label only when a mention of one of these types starts where the match ends."""

    owner_types: list[str] = Field(default_factory=list)


DEFAULT_ORG_TYPE = "ARMED_GROUP"  # an unknown organisation in a backgrounder on conflict
# The sweep looks for names at word starts: a word character after neither a word
# character nor a hyphen, and no word character or hyphen right after the name.
_WORD_START = re.compile(r"(?<![\w-])\w+")
_WORD_AT = re.compile(r"\w+")
_NAME_GOES_ON = re.compile(r"[\w-]")
# "VLF(pm)": a known acronym with a lower-case tag in brackets, no space between, names a
# faction of the group; "VLF political-military or VLF(pm)" gives the tag's spelled-out form.
_FACTION_TAG = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,9})\(([a-z]{1,4})\)")
_REPUBLIC_OF = re.compile(r"^(?:the )?Republic of (?:the )?(\S.*)$")
_DEMONYM_REPUBLIC = re.compile(r"^(?:the )?(\S+) Republic$")
# A translation in brackets and quotes right after a name (an emphasis mark may close the name).
_GLOSS = re.compile(r"[_*]?\s*\(\s*[\"“]([A-Z][^\"”()\n]{1,80}?)[\"”]\s*\)")
_QUALIFIED_ACRONYM = re.compile(r"^([A-Z][a-z]{3,}) [A-Z]{2,}$")
_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def holds_break(text: str) -> bool:
    """Whether ``text`` holds a line break, tab or other control character."""
    return _BREAK.search(text) is not None


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
        )
        return {f"{SAVED_MODELS}/{r}": r for r in (self.gazetteer_dir, self.lexicon_path, *rules)}

    def _load(self) -> None:
        lx, root = self.lexicon_path, self.models_root
        self.gaz: Gazetteer = load_gazetteer(self.gazetteer_dir, root)
        # One word-list file serves every list and rule file of the layer.
        words = Lexicon.from_files([model_path(lx, root)])
        self.directions = words.lower("DIRECTION_ADJECTIVE")
        self.titles = words.lower("PERSON_TITLE")
        self.head_types = {w: t for label in ORG_HEAD_LABELS for w, t in words.typed(label).items()}
        self.force_heads = words.lower("STATE_FORCE_HEAD")
        self.not_names = words.lower("NOT_A_NAME")
        self.alias_cues = words.lower("ALIAS_CUE")
        self.nickname_cues = words.lower("NICKNAME_CUE")
        self.descriptors = words.typed("GROUP_DESCRIPTOR")
        self.short_heads = words.lower("ORG_SHORT_NAME_HEAD")
        self.generic_heads = words.lower("ORG_GENERIC_HEAD")
        self.place_heads = words.lower("PLACE_SHORT_NAME_HEAD")
        self.settlement_nouns = words.lower("SETTLEMENT_NOUN")
        self.description = description_regex(
            words.lower("DESCRIPTION_COPULA"),
            words.lower("NAME_LEADING_DROP"),
            words.lower("DESCRIPTION_HEAD_NOUN"),
        )
        self.facility_heads = words.lower("FACILITY_HEAD")
        self.media_nouns = words.lower("MEDIA_NOUN")
        self.product_nouns = words.lower("PRODUCT_NOUN")
        self.name_descriptors = words.typed("NAME_DESCRIPTOR_NOUN")
        self.introducers = words.lower("NAME_INTRODUCER")
        self.body_heads = frozenset(self.head_types)
        self.force_modifiers = words.lower("STATE_FORCE_MODIFIER")
        self.name_words = NameWords.from_lexicon(words)
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
        self.country_names = {
            fold_name(n): e.key for e in self.gaz.entries.values() if e.label == "COUNTRY" for n in e.names()
        }
        # "U.S." is listed as an adjective too, but a country's own name is never just a demonym.
        self.demonyms = frozenset(
            d.lower() for d in self.gaz.demonyms if fold_name(d) not in self.country_names
        )
        # Words a body's name may start with that only say whose it is ("U.S.", "Algerian").
        self.owner_prefixes = frozenset(self.country_names) | frozenset(
            fold_name(d) for d in self.gaz.demonyms
        )

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        self.load_models()

    # --- candidates -> mentions -------------------------------------------------
    def _blocked(self, doc: Doc, c: Candidate) -> bool:
        span = doc[c.start : c.end]
        text = span.text
        first = span[0]
        if holds_break(text):
            return True  # a name never spans lines, nor holds a control character
        if c.rule.endswith("+shared-head"):
            return False  # "North" of "North and West Africa" is named by the listed place
        if len(text) < 2 or not (
            text[0].isupper() or text[0].isdigit() or first.lower_ in self.name_words.arabic_articles
        ):
            return True
        if text.lower() in self.demonyms or text.lower().rstrip("s") in self.demonyms:
            return True
        if text.lower() in self.not_names:
            return True
        if c.source == "ner" and len(span) == 1 and text.lower().endswith("ism"):
            return True  # "Leninism", "Wahhabism": a doctrine, not an actor
        if c.source == "ner" and c.label == "NORP":
            return (
                True  # nationalities, creeds and parties' adjectives: ethnic groups come from the gazetteer
            )
        if (
            c.source == "ner"
            and doc.has_annotation("TAG")
            and not any(t.tag_ in {"NNP", "NNPS"} for t in span)
        ):
            return True  # "Bombings", "Weapons": capitalised common nouns at a sentence start
        return bool(c.source == "ner" and all(t.is_digit or t.is_punct for t in span))

    def _facility(self, doc: Doc, c: Candidate, start: int, head_end: int) -> Mention:
        """The facility a name and the facility noun after it name (an OTHER place)."""
        text = self._text(doc)[start:head_end]
        return Mention(start, head_end, text, "place", "OTHER", c.rule + "+facility", "ner")

    def _to_mention(self, doc: Doc, c: Candidate, states: StateMarks = NO_MARKS) -> Mention | None:
        if self._blocked(doc, c):
            return None
        span = doc[c.start : c.end]
        start, end, text = span.start_char, span.end_char, span.text
        if c.source == "gazetteer":
            entry = self.gaz.entries[c.key or ""]
            base = Mention(
                start,
                end,
                text,
                "place",
                entry.label,
                c.rule,
                "gazetteer",
                entry.key,
                entry.country,
                entry.name,
            )
            if entry.label == "COUNTRY":
                if decided := acts_as_state(span, states.country):
                    # The provenance names the records that made the country the state.
                    return replace(base, kind="actor", type="STATE", rule="+".join((c.rule, *decided)))
                return self._regionalise(doc, span, base)
            if entry.label in {"CITY", "REGION"} and (head_end := self._facility_after(span)) is not None:
                # "the Velna station", "Tarrow prison": a town's name before a facility noun names
                # the facility
                return Mention(
                    start,
                    head_end,
                    self._text(doc)[start:head_end],
                    "place",
                    "OTHER",
                    c.rule + "+facility",
                    "gazetteer",
                )
            if entry.label == "CITY":
                capital_of = self.gaz.capitals.get(text)
                if capital_of and (decided := self._capital_acts(span, states)):
                    state = self.gaz.entries[capital_of]
                    return replace(
                        base,
                        kind="actor",
                        type="STATE",
                        rule="+".join((c.rule, *decided)),
                        key=state.key,
                        canonical=state.name,
                        country=state.country,
                    )
                return base
            if entry.label in ORG_LABELS:
                return replace(base, kind="actor")
            return self._regionalise(doc, span, base)
        if self._facility_name(span):
            return Mention(start, end, text, "place", "OTHER", c.rule + "+facility", c.source)
        if c.source == "pattern" and c.label == EVENT_NAME:
            return None  # a named war, operation or period: no entity, and no name inside it
        if c.source == "pattern" and c.label in PATTERN_PLACE_LABELS:
            # "Velna Province"; but "Velnan province", "Velna province" for a country: no division's name
            if c.rule.startswith("pattern:region-division") and any(
                t.lower_ in self.demonyms or fold_name(t.text) in self.country_names for t in span[:-1]
            ):
                return None
            return self._regionalise(
                doc, span, Mention(start, end, text, "place", c.label, c.rule, "pattern")
            )
        if c.source == "pattern":
            etype = c.label
            two_word = " ".join(t.lower_ for t in span[-2:])
            if len(span) > 1 and two_word in self.head_types:
                etype = self.head_types[two_word]  # "Turkish News Agency": the two-word head decides
            described = self._described_before(span)
            if etype == DESCRIBED_NAME and described is None:
                # "the group VRF": the introducing noun says only that it is a body
                evidenced = type_from_head([t.text for t in span], self.head_types)
                rule = c.rule if evidenced else c.rule + "+default"
                return Mention(start, end, text, "actor", evidenced or self.default_org_type, rule, "pattern")
            if described is not None:
                # "a residents' coalition known as the Tarrow Area Committee": the descriptor says
                # what the name's head noun only suggests
                return Mention(start, end, text, "actor", described, c.rule + "+described", "pattern")
            if etype == "ARMED_GROUP" and self._named_after_state(span):
                etype = "GOVERNMENT_BODY"
            return Mention(start, end, text, "actor", etype, c.rule, "pattern")
        # Statistical NER.
        if c.label in {"PERSON", "ORG"}:
            following = doc[span.end] if span.end < len(doc) else None
            preceding = doc[span.start - 1] if span.start > 0 else None
            if following is not None and following.is_lower and following.lower_ in self.product_nouns:
                return None  # "Velcor helicopters": a product's name
            head_end = self._facility_after(span)
            if head_end is not None:
                # "destroyed the Velcor plant": a company's or owner's name before a facility noun
                # names the facility, never an actor
                return self._facility(doc, c, start, head_end)
            if self._facility_in_apposition(span):
                # "Velna Hall, a seminary in the town of Tarrow": the name of a facility
                return Mention(start, end, text, "place", "OTHER", c.rule + "+facility", "ner")
            described = self._described_before(span)
            if described is not None:
                # "the political party Velna Unity", "the think tank Tarrow Institute"
                return Mention(start, end, text, "actor", described, c.rule + "+described", "ner")
            for word in (preceding, following):
                if word is not None and word.is_lower and word.lower_ in self.media_nouns:
                    # "the weekly magazine Tarrow Review", "the Velna Courier newspaper"
                    return Mention(start, end, text, "actor", "RESEARCH_MEDIA", c.rule + "+media", "ner")
        if c.label == "PERSON":
            if len(span) == 1 and fold_name(text) in self.country_names:
                return None
            following = doc[span.end] if span.end < len(doc) else None
            if following is not None and following.is_lower and following.lower_ in self.head_types:
                # "the Velna gang": a name followed by a group noun is the group's
                return Mention(
                    start, end, text, "actor", self.head_types[following.lower_], c.rule + "+head", "ner"
                )
            return Mention(start, end, text, "actor", "PERSON", c.rule, "ner")
        if c.label == "ORG":
            evidenced = type_from_head([t.text for t in span], self.head_types) or type_from_description(
                self._text(doc)[end : end + 160], self.descriptors, self.description
            )
            etype = evidenced or self.default_org_type
            if etype == "ARMED_GROUP" and self._named_after_state(span):
                etype = "GOVERNMENT_BODY"
            # "+default": nothing but the default says what it is, so its type barely votes.
            rule = c.rule if evidenced else c.rule + "+default"
            return Mention(start, end, text, "actor", etype, rule, "ner")
        ptype = NER_PLACE_TYPES.get(c.label)
        if ptype is None:
            return None
        head_end = self._facility_after(span)
        if head_end is not None and c.label in {"GPE", "LOC"}:
            # "Velmora prison": a town's name before a facility noun names the facility
            return self._facility(doc, c, start, head_end)
        country_key = self._republic_of(text)
        if c.label == "GPE" and country_key is not None:
            # "the Republic of Velnia", "the Velnian Republic": the listed country
            entry = self.gaz.entries[country_key]
            base = Mention(
                start,
                end,
                text,
                "place",
                "COUNTRY",
                c.rule + "+republic",
                "ner",
                entry.key,
                entry.country,
                entry.name,
            )
            if decided := acts_as_state(span, states.country):
                return replace(base, kind="actor", type="STATE", rule="+".join((base.rule, *decided)))
            return base
        last = span[-1].lower_
        if len(span) > 1 and last in self.place_heads and last not in self.settlement_nouns:
            ptype = "REGION"  # "Tigray Region", "Orange County"; "X City" stays a city
        if fold_name(text) in self.country_names:
            return None  # a country the gazetteer did not accept (wrong case): not a name here
        return self._regionalise(doc, span, Mention(start, end, text, "place", ptype, c.rule, "ner"))

    def _described_name_candidates(self, doc: Doc, usable: Callable[[int, int], bool]) -> list[Candidate]:
        """Names the described-name records find: the capitalised words after the introducing
        noun (and a space or emphasis mark), the longest run at each place. A title or a
        personal name the NER found there is a person's ("the party chairman Tom Marlow"): no
        candidate (a person's name after a strong descriptor is retyped from the NER side)."""
        personal = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        longest: dict[int, tuple[int, str]] = {}
        for match in self.described_names.matches(doc):
            start = next((i for i in range(match.start + 1, match.end) if doc[i].text[:1].isupper()), None)
            if start is None or not usable(doc[start].idx, doc[match.end - 1].idx):
                continue
            if match.rule.label == DESCRIBED_NAME and (
                doc[start].lower_ in self.titles or any(i in personal for i in range(start, match.end))
            ):
                continue
            if match.end > longest.get(start, (0, "", ""))[0]:
                longest[start] = (match.end, match.rule.id, match.rule.label)
        return [
            Candidate(s, e, label, "pattern", f"pattern:{rule_id}")
            for s, (e, rule_id, label) in sorted(longest.items())
        ]

    def _state_tokens(self, doc: Doc, candidates: list[Candidate]) -> StateMarks:
        """What the state-role records mark in ``doc`` (see :func:`state_marks`) where a
        role may be read: in the candidates' names (the records ran from every subject
        and object of the Doc, most of them far from any name)."""
        names = {i for c in candidates for i in range(c.start, c.end)}
        return state_marks(doc, self.state_roles, names)

    def _capital_acts(self, span: Span, states: StateMarks) -> tuple[str, ...]:
        """The ids of the state-role records by which a capital stands for its government
        (as a subject, a possessor, in "the Velnagrad government"); empty when it is the city."""
        return acts_as_state(span, states.capital)

    def _owned_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A country that the owner records (``models/entities/owned_bodies.jsonl``) make a
        government body's owner is the state: "India's RAW", "Afghanistan's intelligence
        agency NDS"."""
        if not doc.has_annotation("DEP"):
            return mentions
        body_tokens: set[int] = set()
        body_starts: set[int] = set()
        for m in mentions:
            if m.kind == "actor" and m.type == "GOVERNMENT_BODY":
                body = doc.char_span(m.start, m.end, alignment_mode="expand") or []
                body_tokens.update(t.i for t in body)
                body_starts.update(t.i for t in body[:1])
        countries = {
            i: span
            for i, m in enumerate(mentions)
            if m.kind == "place"
            and m.type == "COUNTRY"
            and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        }
        if not countries or not body_tokens:
            return mentions
        anchors = {t.i for span in countries.values() for t in span}
        matches = self.owners.matches(doc, anchors=anchors)
        out = list(mentions)
        for i, span in countries.items():
            if owner_rules(span, matches, body_tokens, body_starts):
                out[i] = replace(out[i], kind="actor", type="STATE", rule=out[i].rule + "+owner")
        return out

    def _named_after_state(self, span: Span) -> bool:
        """ "the Pakistani Army", "Afghan National Army": a state's force, not a group
        ("Kurdish Freedom Army" has a word between that no state force name has)."""
        words = [t.lower_ for t in span]
        head_len = 2 if " ".join(words[-2:]) in self.force_heads else 1
        if " ".join(words[-head_len:]) not in self.force_heads:
            return False
        first = span[0].text
        if not (first.lower() in self.demonyms or fold_name(first) in self.country_names):
            return False
        middle = words[1 : len(words) - head_len]
        return all(w in self.force_modifiers for w in middle)

    def _republic_of(self, text: str) -> str | None:
        """The country key of "Republic of X" or "<X's demonym> Republic" for a listed
        country X (one the gazetteer does not list under that form), else None."""
        hit = _REPUBLIC_OF.match(text)
        if hit is not None:
            return self.country_names.get(fold_name(hit.group(1)))
        hit = _DEMONYM_REPUBLIC.match(text)
        if hit is not None:
            return self.gaz.demonyms.get(hit.group(1))
        return None

    def _described_before(self, span: Span) -> str | None:
        """The type a lower-case descriptor noun right before a name gives it ("the political
        party Velna Unity": POLITICAL_GROUP), over an opening quote or emphasis mark, and over
        a word that introduces a name ("a residents' coalition known as the Tarrow Committee")."""
        doc = span.doc
        i = span.start - 1
        if i >= 0 and (
            doc[i].is_space or (doc[i].is_punct and doc[i].text in {"_", "*", '"', "“", "'", "‘"})
        ):
            i -= 1
        if i >= 1 and doc[i].lower_ == "the" and self._introducer_ends_at(doc, i - 1):
            i -= 1
        if i >= 0 and (width := self._introducer_ends_at(doc, i)):
            i -= width
        if i < 0 or not doc[i].is_lower or doc[i].tag_ not in {"NN", "NNS"}:
            return None
        two = f"{doc[i - 1].lower_} {doc[i].lower_}" if i > 0 else ""
        return self.name_descriptors.get(two) or self.name_descriptors.get(doc[i].lower_)

    def _facility_in_apposition(self, span: Span) -> bool:
        """Whether a comma, a determiner and a facility noun (at most two modifiers between)
        follow the name: "Velna Hall, a seminary", "Tarrow House, the old prison"."""
        doc = span.doc
        k = span.end
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].tag_ != "DT":
            return False
        for token in doc[k + 2 : k + 5]:
            if token.is_lower and token.lower_ in self.facility_heads:
                return True
            if token.tag_ not in {"JJ", "NN", "VBN"}:
                return False
        return False

    def _introducer_ends_at(self, doc: Doc, i: int) -> int:
        """How many words of a name introducer ("called", "known as") end at token ``i``; 0 if none."""
        for width in (2, 1):
            if (
                i - width + 1 >= 0
                and " ".join(t.lower_ for t in doc[i - width + 1 : i + 1]) in self.introducers
            ):
                return width
        return 0

    def _facility_after(self, span: Span) -> int | None:
        """Where a lower-case facility noun right after ``span`` ends ("Velcor plant",
        "Tarrow prison"), or None; a break or control character is no joint."""
        doc = span.doc
        following = doc[span.end] if span.end < len(doc) else None
        if (
            following is not None
            and following.is_lower
            and following.lower_ in self.facility_heads
            and span[-1].whitespace_ == " "
        ):
            return following.idx + len(following.text)
        return None

    def _facility_name(self, span: Span) -> bool:
        """ "Greystone House", "Hollis Barracks": a capitalised name ending in a facility noun."""
        last = span[-1]
        two = " ".join(t.lower_ for t in span[-2:])
        return (
            len(span) > 1
            and last.text[:1].isupper()
            and (last.lower_ in self.facility_heads or two in self.facility_heads)
        )

    def _regionalise(self, doc: Doc, span: Span, m: Mention) -> Mention:
        """ "northern Mali": a direction adjective makes a region of a place."""
        if span.start > 0 and doc[span.start - 1].lower_ in self.directions and doc[span.start - 1].is_lower:
            prev = doc[span.start - 1]
            country = m.country if m.type in {"COUNTRY", "REGION", "CITY"} else None
            return replace(
                m,
                start=prev.idx,
                text=self._text(doc)[prev.idx : m.end],
                type="REGION",
                key=None,
                canonical=None,
                country=country,
                rule=m.rule + "+direction",
            )
        return m

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
            cached = self._cached_text = (doc, doc.text)
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
        usable = usable or self.usable(doc)
        candidates = [
            c
            for c in gather(
                doc, self.gaz, GAZETTEER_SPANS, NAME_PATTERN_SPANS, self.name_words, self.body_heads
            )
            if usable(doc[c.start].idx, doc[c.end - 1].idx)
        ]
        # An organisation's name the NER found with the same extent is typed from the NER side
        # (by the same descriptor); a place's context outweighs the NER.
        found = {(c.start, c.end) for c in candidates if c.source == "ner"}
        described = [
            c
            for c in self._described_name_candidates(doc, usable)
            if c.label != DESCRIBED_NAME or (c.start, c.end) not in found
        ]
        # "the town of Velmora Khel": the context says it is a place, whatever the NER read there.
        placed = [(c.start, c.end) for c in described if c.label in PATTERN_PLACE_LABELS]
        candidates = [
            c
            for c in candidates
            if not (c.source == "ner" and any(s < c.end and c.start < e for s, e in placed))
        ]
        candidates += described
        states = self._state_tokens(doc, candidates)
        mentions = [
            m
            for c in resolve_overlaps(doc, candidates, self.name_words)
            if (m := self._to_mention(doc, c, states)) is not None
        ]
        mentions = self._coordinate(doc, mentions)
        mentions = self._unit_types(doc, mentions)
        return self._owned_bodies(doc, mentions)

    def _unit_types(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """An organisation's name ending where a unit-type record's match begins (a token
        record's first word, a dependency record's "name" node) takes the record's type: "the
        9 Velna Battalion of the Kenyan army", "the Velna Unit of the Tarrow Police Department"
        and "the administration established the Velna Partnership" are government bodies. A
        listed body keeps its listed type."""
        if not doc.has_annotation("DEP"):
            return mentions
        starts = {m.start: m.type for m in mentions if m.kind == "actor"}
        typed = {
            doc[match.start].idx: match.rule
            for match in self.unit_types.matches(doc)
            if not match.rule.owner_types
            or (match.end < len(doc) and starts.get(doc[match.end].idx) in match.rule.owner_types)
        }
        if not typed:
            return mentions
        out = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            rule = typed.get(span[-1].idx) if span is not None and m.kind == "actor" else None
            if rule is not None and m.type in ORG_LABELS and m.source != "gazetteer":
                m = replace(m, type=rule.label, rule=f"{m.rule}+{rule.id}")
            out.append(m)
        return out

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
                m = replace(
                    m,
                    kind="actor",
                    type="PERSON",
                    source="ner",
                    key=None,
                    canonical=None,
                    country=None,
                    rule="ner:PERSON+surname",
                )
            out.append(m)
        return out

    def resolve(self, text: str, mentions: list[Mention], usable: Callable[[int, int], bool]) -> list[Entity]:
        """Entities from the mentions of the whole ``text``: acronym definitions, alias cues,
        clustering, naming and the sweep for further mentions. Pure: text and mentions in."""
        definitions = find_abbreviations(text)
        mentions = self._namesakes(mentions)
        mentions, tag_links = self._faction_tags(text, mentions, usable)
        mentions, gloss_links = self._glosses(text, mentions, usable)
        tag_links += gloss_links
        mentions = self._defined_names(definitions, mentions, usable)
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
        return self._sweep(text, entities, usable)

    @staticmethod
    def _faction_tags(
        text: str, mentions: list[Mention], usable: Callable[[int, int], bool]
    ) -> tuple[list[Mention], list[tuple[tuple[int, int], tuple[int, int]]]]:
        """ "VLF(pm)", where "VLF" names an actor, is a faction of it: a name of its own, and so
        is "VLF political-military" right before "or VLF(pm)" (the words' initials spell the
        tag). Returns the mentions, and links (long form span, tag span) between them."""
        acronyms = {m.text: m for m in mentions if m.kind == "actor" and m.text.isupper()}
        found: list[Mention] = []
        links: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for hit in _FACTION_TAG.finditer(text):
            owner = acronyms.get(hit.group(1))
            if owner is None or not usable(hit.start(), hit.end()):
                continue
            tag = Mention(
                hit.start(), hit.end(), hit.group(0), "actor", owner.type, "alias:faction-tag", "cue"
            )
            found.append(tag)
            before = re.search(
                rf"(?<![\w-]){re.escape(hit.group(1))} ([a-z]+(?:[ -][a-z]+){{0,3}}) or $",
                text[max(0, hit.start() - 80) : hit.start()],
            )
            if before is not None and "".join(w[0] for w in re.split("[ -]", before.group(1))) == hit.group(
                2
            ):
                s = hit.start() - len(before.group(0))
                e = s + len(hit.group(1)) + 1 + len(before.group(1))
                if usable(s, e):
                    found.append(
                        Mention(s, e, text[s:e], "actor", owner.type, "alias:faction-long-form", "cue")
                    )
                    links.append(((s, e), (tag.start, tag.end)))
        if not found:
            return mentions, links
        taken = RangeIndex((m.start, m.end) for m in found)
        kept = [m for m in mentions if not list(taken.overlapping(m.start, m.end))]
        return sorted(kept + found, key=lambda m: (m.start, m.end)), links

    @staticmethod
    def _glosses(
        text: str, mentions: list[Mention], usable: Callable[[int, int], bool]
    ) -> tuple[list[Mention], list[tuple[tuple[int, int], tuple[int, int]]]]:
        """ "Velna Batasuna ("Unity of Velna")": a capitalised quoted phrase in brackets right
        after an organisation's name translates it, so it is another name of it, and the
        names inside it ("Velna") are no mentions of their own."""
        found: list[Mention] = []
        links: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for m in mentions:
            if m.kind != "actor" or m.type in {"PERSON", "STATE"}:
                continue
            hit = _GLOSS.match(text, m.end)
            if hit is None or not usable(hit.start(1), hit.end(1)):
                continue
            s, e = hit.start(1), hit.end(1)
            found.append(
                replace(m, start=s, end=e, text=text[s:e], rule="alias:gloss", source="cue", key=None)
            )
            links.append(((m.start, m.end), (s, e)))
        if not found:
            return mentions, links
        taken = RangeIndex((g.start, g.end) for g in found)
        kept = [m for m in mentions if not taken.overlapping(m.start, m.end)]
        return sorted(kept + found, key=lambda m: (m.start, m.end)), links

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
                    m = replace(m, key=key, country=country, rule=m.rule + "+namesake")
            out.append(m)
        return out

    def _coordinate(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A statistical name coordinated with known places is a place too: "Velna, Tarvosa, and Ordin"."""
        if not doc.has_annotation("DEP"):
            return mentions
        place_at: dict[int, Mention] = {}
        actor_at: set[int] = set()
        for m in mentions:
            toks = doc.char_span(m.start, m.end, alignment_mode="expand") or []
            if m.kind == "place" and m.source == "gazetteer":
                for tok in toks:
                    place_at[tok.i] = m
            elif m.kind == "actor":
                actor_at.update(tok.i for tok in toks)
        person_at = {
            tok.i
            for m in mentions
            if m.type == "PERSON" and m.source == "ner" and len(m.text.split()) > 1
            for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or []
        }
        spans = {
            k: span
            for k, m in enumerate(mentions)
            if m.source == "ner"
            and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        }
        partners: dict[int, dict[str, set[int]]] = {}
        for match in self.coordination.matches(doc, anchors={span.root.i for span in spans.values()}):
            partner = match.node("partner")
            if partner is not None:
                partners.setdefault(match.anchor, {}).setdefault(match.rule.label, set()).add(partner)
        out = []
        for k, m in enumerate(mentions):
            span = spans.get(k)
            if span is None:
                out.append(m)
                continue
            found = partners.get(span.root.i, {})
            near = {t for t in found.get("PARTNER", ()) if not span.start <= t < span.end}
            listed = near | {t for t in found.get("LIST_MEMBER", ()) if not span.start <= t < span.end}
            if (m.rule.endswith("+default") or m.kind == "place") and len(span) > 1:
                # "A, B, C and D": an untyped name or a place no gazetteer knows, listed with
                # full personal names only, is a person too.
                named = [t for t in listed if t in person_at or t in actor_at or t in place_at]
                if named and all(t in person_at for t in named):
                    m = replace(
                        m, kind="actor", type="PERSON", key=None, country=None, rule=m.rule + "+listed"
                    )
                    out.append(m)
                    continue
            if m.kind == "actor":
                place = next((place_at[t] for t in sorted(near) if t in place_at), None)
                named = [t for t in near if t in actor_at or t in place_at]
                # Only when every named conjunct is a place: a list of people may hold a town-like surname.
                if place is not None and all(t in place_at for t in named):
                    m = replace(m, kind="place", type=place.type, rule=m.rule + "+coordinated")
            out.append(m)
        return out

    def _defined_names(
        self, definitions: list[Abbreviation], mentions: list[Mention], usable: Callable[[int, int], bool]
    ) -> list[Mention]:
        """Acronym definitions decide what is a name.

        "improvised explosive device (IED)" defines a concept, so "IED" is no name; a
        capitalised long form is one whole name, replacing names found inside it
        ("Sahel" inside "Islamic Front of the Sahel (IFS)")."""
        concepts = {a.short for a in definitions if not a.long[:1].isupper()}
        found = [m for m in mentions if m.text not in concepts]
        index = RangeIndex((m.start, m.end) for m in found)
        removed: set[int] = set()
        for a in definitions:
            if not a.long[:1].isupper() or not usable(a.long_start, a.long_end):
                continue
            hits = [i for i in index.overlapping(a.long_start, a.long_end) if i not in removed]
            if any(found[i].start <= a.long_start and a.long_end <= found[i].end for i in hits):
                continue
            inside = [i for i in hits if a.long_start <= found[i].start and found[i].end <= a.long_end]
            if len(inside) < len(hits):
                continue  # the long form straddles another name: leave it
            etype = type_from_head(a.long.split(), self.head_types) or next(
                (found[i].type for i in inside if found[i].kind == "actor"), self.default_org_type
            )
            removed.update(inside)
            found.append(
                Mention(a.long_start, a.long_end, a.long, "actor", etype, "alias:acronym-long-form", "cue")
            )
            index.add(a.long_start, a.long_end)
        kept = [m for i, m in enumerate(found) if i not in removed]
        return sorted(kept, key=lambda m: (m.start, m.end))

    def _sweep(self, text: str, entities: list[Entity], usable: Callable[[int, int], bool]) -> list[Entity]:
        """Add every further whole-word occurrence of a name an entity already has.

        One pass over the text: at each word start the longest name that is written
        there wins, so the result depends on neither the order of names nor the hash
        seed, and the time is linear in the text and the number of mentions."""
        claims: dict[str, set[int]] = {}
        for k, ent in enumerate(entities):
            names = {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}
            if ent.type == "PERSON":
                names |= {n.split()[-1] for n in list(names) if len(n.split()) > 1}
            elif ent.kind == "actor" and ent.type != "STATE":
                # "the Provisionals" for the "Provisional VLA": a qualifier of an acronym, made a
                # plural noun, names the group (as "the Officials" names the "Official VLA")
                names |= {q.group(1) + "s" for n in list(names) if (q := _QUALIFIED_ACRONYM.match(n))}
            for n in names:
                if (
                    len(n) >= 2
                    and n[:1].isupper()
                    and n.lower() not in self.titles
                    and n.lower() not in self.not_names
                ):
                    claims.setdefault(n, set()).add(k)
        by_first_word: dict[str, list[str]] = {}
        for name, owners in claims.items():
            k = next(iter(owners))
            # A name two entities share is left to the detectors and context; a country's
            # role is read from context, never swept.
            if len(owners) == 1 and entities[k].type not in {"STATE", "COUNTRY"}:
                first = _WORD_AT.match(name)
                if first is not None:
                    by_first_word.setdefault(first.group(0), []).append(name)
        for names in by_first_word.values():
            names.sort(key=lambda n: (-len(n), n))
        covered = Coverage((m.start, m.end) for ent in entities for m in ent.mentions)
        added: dict[int, list[Mention]] = {}
        for word in _WORD_START.finditer(text):
            for name in by_first_word.get(word.group(0), ()):
                s, e = word.start(), word.start() + len(name)
                if not text.startswith(name, s) or (e < len(text) and _NAME_GOES_ON.match(text[e])):
                    continue
                if usable(s, e) and covered.free(s, e):
                    covered.take(s, e)
                    (k,) = claims[name]
                    first = entities[k].mentions[0]
                    added.setdefault(k, []).append(
                        replace(first, start=s, end=e, text=name, rule="alias:sweep", source="alias")
                    )
                    break
        for k, extra in added.items():
            entities[k].mentions = sorted(entities[k].mentions + extra, key=lambda m: (m.start, m.end))
        return entities

    def _write(self, doc: Doc, entities: list[Entity]) -> None:
        group: list[Span] = []
        for ent in entities:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                group.append(Span(doc, span.start, span.end, label=ent.type, kb_id=ent.id, span_id=m.rule))
        doc.spans[SPAN_GROUP_ENTITIES] = group
        doc._.bx_entities = records_by_id(entities)


def records_by_id(entities: Iterable[Entity]) -> dict[str, dict[str, Any]]:
    """The JSON-able records of ``doc._.bx_entities``, keyed by entity id."""
    return {
        ent.id: {
            "id": ent.id,
            "kind": ent.kind,
            "name": ent.name,
            "type": ent.type,
            "aliases": ent.aliases,
            "country": ent.country,
            "gazetteer_key": ent.key,
            "rules": ent.rules,
            "mentions": [_mention_record(m) for m in ent.mentions],
        }
        for ent in entities
    }


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))


def _mention_record(m: Mention) -> dict[str, Any]:
    """``dataclasses.asdict(m)``: a Mention holds only strings, numbers and None, so a
    shallow copy is the same record without asdict's recursive deep copy (its main cost)."""
    return {name: getattr(m, name) for name in _MENTION_FIELDS}


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
