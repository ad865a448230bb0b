"""Candidates -> mentions: what each name the detectors found is, read from the words
around it (a facility noun after it, a direction adjective, the marks of the state-role,
facility-apposition and name-descriptor records) and from the gazetteer; pure reading of
one Doc, no rule sets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span

from briefextract.entities.candidates import Candidate, NameWords
from briefextract.entities.canon import TYPE_DEFAULT, Mention, provenance
from briefextract.entities.context import NO_MARKS, StateMarks, acts_as_state
from briefextract.entities.gazetteers import Gazetteer
from briefextract.entities.lexicons import ORG_HEAD_LABELS
from briefextract.entities.names import fold_name
from briefextract.entities.rulers import ADMIN_DIVISION, EVENT_NAME, PATTERN_PLACE_LABELS
from briefextract.entities.state_evidence import STATE_EVIDENCE_MARK
from briefextract.entities.typing import (
    description_end,
    description_regex,
    type_from_description,
    type_from_head,
)
from briefextract.rules import Lexicon, RuleMatch, RuleRecord
from briefextract.rules.lexicon import alternation
from briefextract.schema.vocab import ORGANISATION_TYPES

NER_PLACE_TYPES = {"GPE": "CITY", "LOC": "REGION", "FAC": "OTHER"}
# Constructions that introduce a name with a noun saying what it names: rule records (label
# ORG: the match's capitalised tail is an organisation's name; a place label: a place's).
DESCRIBED_NAME = "ORG"
# Constructions after a name that make it a facility's: rule records (label OTHER), matched
# from the token right after the name.
FACILITY_APPOSITIONS_FILE = "entities/facility_appositions.jsonl"
# Constructions before a name that hold a noun saying what it names ("the political party X",
# "a militia known as X"): rule records, each match running from the noun to right before the name.
NAME_DESCRIPTORS_FILE = "entities/name_descriptors.jsonl"
_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# The parser's tag sets (Penn Treebank) the reader asks about: mechanism, as dependency labels
# are to a tree walk; the words themselves come from the lexicon.
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
NO_DESCRIPTORS: Mapping[int, int] = {}
NO_APPOSITIONS: Mapping[int, str] = {}
# The actor types an apposition record may give (facility_appositions.jsonl), and the
# statistical labels whose names it retypes.
ACTOR_APPOSITIONS = frozenset({"PERSON", "POLITICAL_GROUP"})
ACTOR_APPOSITION_NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
# How far after a name a description of it is looked for (characters).
DESCRIPTION_WINDOW = 160


def descriptor_nouns(matches: Iterable[RuleMatch[RuleRecord]], doc: Doc | None = None) -> dict[int, int]:
    """Where each name-descriptor match ends (the token a name would start at) -> its noun,
    of the longest match ending there: the records' optional words are taken whenever they
    are present, as the introducer "known as" over a bare "as". The noun is the match's last
    common noun when ``doc`` is tagged ("its armed wing, X": "wing"), else its first token."""
    longest: dict[int, int] = {}
    for m in matches:
        if m.end not in longest or m.start < longest[m.end]:
            longest[m.end] = m.start
    if doc is None or not doc.has_annotation("TAG"):
        return longest
    out = {}
    for end, start in longest.items():
        nouns = [t.i for t in doc[start:end] if t.tag_ in COMMON_NOUN_TAGS and t.is_lower]
        out[end] = nouns[-1] if nouns else start
    return out


def holds_break(text: str) -> bool:
    """Whether ``text`` holds a line break, tab or other control character."""
    return _BREAK.search(text) is not None


class MentionReader:
    """Types one candidate at a time (:meth:`read`) from the entity lexicon's lists
    (``models/entities/lexicon.jsonl``) and the gazetteer."""

    def __init__(self, words: Lexicon, gaz: Gazetteer, default_org_type: str) -> None:
        self.gaz = gaz
        self.default_org_type = default_org_type
        self.directions = words.lower("DIRECTION_ADJECTIVE")
        self.titles = words.lower("PERSON_TITLE")
        self.demonym_endings = frozenset(words.words("DEMONYM_DERIVATION_ENDING"))
        self.head_types = {w: t for label in ORG_HEAD_LABELS for w, t in words.typed(label).items()}
        self.opener_types = words.typed("ORG_TYPE_OPENER")
        self.generic_heads = words.lower("ORG_GENERIC_HEAD")
        self.force_heads = words.lower("STATE_FORCE_HEAD")
        self.not_names = words.lower("NOT_A_NAME")
        self.descriptors = words.typed("GROUP_DESCRIPTOR")
        self.place_heads = words.lower("PLACE_SHORT_NAME_HEAD")
        self.settlement_nouns = words.lower("SETTLEMENT_NOUN")
        copulas, articles_lower = words.lower("DESCRIPTION_COPULA"), words.lower("NAME_LEADING_DROP")
        self.description = description_regex(copulas, articles_lower, words.lower("DESCRIPTION_HEAD_NOUN"))
        # ", a mining company": a business, none of the actor types.
        self.business_description = description_regex(
            copulas, articles_lower, words.lower("NON_ACTOR_DESCRIPTION_HEAD")
        )
        self.facility_heads = words.lower("FACILITY_HEAD")
        self.media_nouns = words.lower("MEDIA_NOUN")
        self.product_nouns = words.lower("PRODUCT_NOUN")
        self.company_heads = frozenset(words.words("COMPANY_NAME_HEAD"))
        self.name_descriptors = words.typed("NAME_DESCRIPTOR_NOUN")
        self.force_modifiers = words.lower("STATE_FORCE_MODIFIER")
        self.name_words = NameWords.from_lexicon(words)
        articles = alternation(words.words("NAME_LEADING_DROP"))
        # "the Republic of Velnia", "the Velnian Republic": a state's form and a country.
        self.form_before = re.compile(
            rf"^(?:{articles} )?{alternation(words.words('STATE_FORM_BEFORE'))} (?:{articles} )?(\S.*)$"
        )
        self.form_after = re.compile(
            rf"^(?:{articles} )?(\S+) {alternation(words.words('STATE_FORM_AFTER'))}$"
        )
        self.doctrine_suffixes = tuple(words.lower("DOCTRINE_SUFFIX"))
        self.adjective_endings = tuple(words.words("DEMONYM_ADJECTIVE_ENDING"))
        self.national_organs = words.lower("NATIONAL_ORGAN_NOUN")
        self.plural_suffixes = tuple(sorted(words.lower("PLURAL_ENDING")))
        self.country_names = {
            fold_name(n): e.key for e in gaz.entries.values() if e.label == "COUNTRY" for n in e.names()
        }
        # "U.S." is listed as an adjective too, but a country's own name is never just a demonym.
        self.demonyms = frozenset(d.lower() for d in gaz.demonyms if fold_name(d) not in self.country_names)

    def _plural_demonym(self, lower: str) -> bool:
        """Whether ``lower`` is a demonym's plural ("velnians"): a plural ending cut off, with
        repeats ("-ss"), leaves a demonym."""
        for suffix in self.plural_suffixes:
            stem = lower
            while stem.endswith(suffix):
                stem = stem[: -len(suffix)]
            if stem != lower and stem in self.demonyms:
                return True
        return False

    def _blocked(self, doc: Doc, c: Candidate) -> bool:
        span = doc[c.start : c.end]
        text = span.text
        first = span[0]
        if holds_break(text):
            return True  # a name never spans lines, nor holds a control character
        if c.shared_head:
            return False  # "North" of "North and West Africa" is named by the listed place
        if len(text) < 2 or not (
            text[0].isupper() or text[0].isdigit() or first.lower_ in self.name_words.arabic_articles
        ):
            return True
        if text.lower() in self.demonyms or self._plural_demonym(text.lower()):
            return True
        if text.lower() in self.not_names:
            return True
        if (
            c.source == "ner"
            and len(span) <= 3
            and span[-1].lower_.endswith(self.doctrine_suffixes)
            and all(t.text[:1].isupper() for t in span)
        ):
            return True  # "Leninism", "Radical Velnism": a doctrine, not an actor
        if (
            c.source == "ner"
            and len(span) == 1
            and span.end < len(doc)
            and text.endswith(self.adjective_endings)
            and doc[span.end].text in self.national_organs
        ):
            return True  # "the Arveshi army": a nation's adjective before a state's organ
        if c.source == "ner" and c.label == "NORP":
            return (
                True  # nationalities, creeds and parties' adjectives: ethnic groups come from the gazetteer
            )
        if (
            c.source == "ner"
            and doc.has_annotation("TAG")
            and not any(t.tag_ in PROPER_NOUN_TAGS for t in span)
        ):
            return True  # "Bombings", "Weapons": capitalised common nouns at a sentence start
        return bool(c.source == "ner" and all(t.is_digit or t.is_punct for t in span))

    def _facility(self, full: str, c: Candidate, start: int, head_end: int) -> Mention:
        """The facility a name and the facility noun after it name (an OTHER place)."""
        text = full[start:head_end]
        return Mention(start, head_end, text, "place", "OTHER", provenance(c.rule, "facility"), "ner")

    def read(
        self,
        doc: Doc,
        full: str,
        c: Candidate,
        states: StateMarks = NO_MARKS,
        apposed: Mapping[int, str] = NO_APPOSITIONS,
        descriptors: Mapping[int, int] = NO_DESCRIPTORS,
        countries: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """The mention candidate ``c`` of ``doc`` (whose text is ``full``) is, typed from its
        context, ``states`` (what the state-role records marked), ``apposed`` (the tokens
        where a facility-apposition record's match starts) and ``descriptors`` (where a
        name-descriptor record's match ends -> its noun: :func:`descriptor_nouns`) and
        ``countries`` (one-word names the state-evidence records show to be countries'), or
        None: no name."""
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
                    return base.then(*decided, kind="actor", type="STATE")
                return self._regionalise(doc, full, span, base)
            if entry.label in {"CITY", "REGION"} and (head_end := self._facility_after(span)) is not None:
                # "the Velna station", "Tarrow prison": a town's name before a facility noun names
                # the facility
                return Mention(
                    start,
                    head_end,
                    full[start:head_end],
                    "place",
                    "OTHER",
                    provenance(c.rule, "facility"),
                    "gazetteer",
                )
            if entry.label == "CITY":
                capital_of = self.gaz.capitals.get(text)
                if capital_of and (decided := self._capital_acts(span, states)):
                    state = self.gaz.entries[capital_of]
                    return base.then(
                        *decided,
                        kind="actor",
                        type="STATE",
                        key=state.key,
                        canonical=state.name,
                        country=state.country,
                    )
                return base
            if entry.label in ORGANISATION_TYPES:
                return replace(base, kind="actor")
            return self._regionalise(doc, full, span, base)
        if self._facility_name(span):
            return Mention(start, end, text, "place", "OTHER", provenance(c.rule, "facility"), c.source)
        if c.source == "pattern" and c.label == EVENT_NAME:
            return None  # a named war, operation or period: no entity, and no name inside it
        if c.source == "pattern" and c.label in PATTERN_PLACE_LABELS:
            # "Velna Province"; but "Velnan province", "Velna province" for a country: no division's name
            if ADMIN_DIVISION in c.traits and any(
                t.lower_ in self.demonyms or fold_name(t.text) in self.country_names for t in span[:-1]
            ):
                return None
            return self._regionalise(
                doc, full, span, Mention(start, end, text, "place", c.label, c.rule, "pattern")
            )
        if c.source == "pattern":
            etype = c.label
            two_word = " ".join(t.lower_ for t in span[-2:])
            if len(span) > 1 and two_word in self.head_types:
                etype = self.head_types[two_word]  # "Turkish News Agency": the two-word head decides
            elif len(span) > 1 and span[-1].lower_ in self.generic_heads:
                etype = self.opener_types.get(span[0].lower_, etype)  # "International X Group"
            described = self._described_before(span, descriptors)
            if etype == DESCRIBED_NAME and described is None:
                # "the group VRF": the introducing noun says only that it is a body
                evidenced = type_from_head([t.text for t in span], self.head_types)
                return self._org(
                    start, end, text, c, evidenced or self.default_org_type, by_default=not evidenced
                )
            if described is not None:
                # "a residents' coalition known as the Tarrow Area Committee": the descriptor says
                # what the name's head noun only suggests
                return Mention(
                    start, end, text, "actor", described, provenance(c.rule, "described"), "pattern"
                )
            following_text = full[end : end + DESCRIPTION_WINDOW]
            if etype in ORGANISATION_TYPES and self._business(following_text):
                return None  # "Velcor Energy Group, a mining company": no actor
            after = type_from_description(following_text, self.descriptors, self.description)
            if after is not None and after != etype and etype in ORGANISATION_TYPES:
                # "the Velna Movement, a separatist party": the description says what the name's
                # head noun only suggests
                return Mention(start, end, text, "actor", after, provenance(c.rule, "description"), "pattern")
            if etype == "ARMED_GROUP" and self._named_after_state(span, countries):
                etype = "GOVERNMENT_BODY"
            return Mention(start, end, text, "actor", etype, c.rule, "pattern")
        # Statistical NER.
        if text in countries and c.label in ACTOR_APPOSITION_NER_LABELS:
            # "Tarsia" where "Tarsia's president" is named: a country no gazetteer lists, the
            # acting state where a state-role record says so, else the territory
            country = Mention(
                start, end, text, "place", "COUNTRY", provenance(c.rule, STATE_EVIDENCE_MARK), "ner"
            )
            if decided := acts_as_state(span, states.country):
                return country.then(*decided, kind="actor", type="STATE")
            return country
        appositive = apposed.get(span.end)
        if (
            appositive in ACTOR_APPOSITIONS
            and c.label in ACTOR_APPOSITION_NER_LABELS
            and (appositive, c.label) != ("PERSON", "PERSON")
        ):
            # "Tom Marlow, a former army colonel": a person; "the Kessari, an ethnic minority": a
            # communal group, whatever the NER read (a rule record typed it from its context)
            return Mention(start, end, text, "actor", appositive, provenance(c.rule, "apposition"), "pattern")
        if c.label in {"PERSON", "ORG"}:
            following_text = full[end : end + DESCRIPTION_WINDOW]
            following = doc[span.end] if span.end < len(doc) else None
            preceding = doc[span.start - 1] if span.start > 0 else None
            if following is not None and following.is_lower and following.lower_ in self.product_nouns:
                return None  # "Velcor helicopters": a product's name
            if (
                len(span) > 1
                and span[-1].text in self.company_heads
                and not any(t.lower_ in self.head_types for t in span)
                and type_from_description(following_text, self.descriptors, self.description) is None
            ):
                # "Velcor Oil", "Tarrow Logistics Ltd": a business, no actor ("Velcor Oil, a
                # militant group" is described as what it is)
                return None
            head_end = self._facility_after(span)
            if head_end is not None:
                # "destroyed the Velcor plant": a company's or owner's name before a facility noun
                # names the facility, never an actor
                return self._facility(full, c, start, head_end)
            if appositive in PATTERN_PLACE_LABELS:
                # "Velna Hall, a seminary in the town of Tarrow": the name of a facility;
                # "Velmora, the provincial capital": a town's
                ptype = appositive
                if ptype == "OTHER":
                    return Mention(start, end, text, "place", ptype, provenance(c.rule, "facility"), "ner")
                # a rule record read the type from the words around the name, as "the town of X"
                return Mention(start, end, text, "place", ptype, provenance(c.rule, "apposition"), "pattern")
            if (
                c.label == "ORG"
                and preceding is not None
                and preceding.text[:1].isupper()
                and preceding.lower_ in self.titles
                and type_from_head([t.text for t in span], self.head_types) is None
                and all(t.text[:1].isupper() for t in span)
            ):
                # "General Arno Pask": a title before the words makes them a person's name
                return Mention(start, end, text, "actor", "PERSON", provenance(c.rule, "title"), "ner")
            described = self._described_before(span, descriptors)
            if described is not None:
                # "the political party Velna Unity", "the think tank Tarrow Institute"
                return Mention(start, end, text, "actor", described, provenance(c.rule, "described"), "ner")
            for word in (preceding, following):
                if word is not None and word.is_lower and word.lower_ in self.media_nouns:
                    # "the weekly magazine Tarrow Review", "the Velna Courier newspaper"
                    return Mention(
                        start, end, text, "actor", "RESEARCH_MEDIA", provenance(c.rule, "media"), "ner"
                    )
        if c.label == "PERSON":
            if len(span) == 1 and fold_name(text) in self.country_names:
                return None
            following = doc[span.end] if span.end < len(doc) else None
            if following is not None and following.is_lower and following.lower_ in self.head_types:
                # "the Velna gang": a name followed by a group noun is the group's
                return Mention(
                    start,
                    end,
                    text,
                    "actor",
                    self.head_types[following.lower_],
                    provenance(c.rule, "head"),
                    "ner",
                )
            return Mention(start, end, text, "actor", "PERSON", c.rule, "ner")
        if c.label == "ORG":
            following_text = full[end : end + DESCRIPTION_WINDOW]
            if self._business(following_text):
                return None  # "Velcor Energy, a mining company": a business, no actor
            # A description says more than a head noun: "Tarrow Front, a small party".
            evidenced = type_from_description(
                following_text, self.descriptors, self.description
            ) or self._opener_or_head_type(span)
            etype = evidenced or self.default_org_type
            if etype == "ARMED_GROUP" and self._named_after_state(span):
                etype = "GOVERNMENT_BODY"
            return self._org(start, end, text, c, etype, by_default=not evidenced)
        ptype = NER_PLACE_TYPES.get(c.label)
        if ptype is None:
            return None
        head_end = self._facility_after(span)
        if head_end is not None and c.label in {"GPE", "LOC"}:
            # "Velmora prison": a town's name before a facility noun names the facility
            return self._facility(full, c, start, head_end)
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
                provenance(c.rule, "republic"),
                "ner",
                entry.key,
                entry.country,
                entry.name,
            )
            if decided := acts_as_state(span, states.country):
                return base.then(*decided, kind="actor", type="STATE")
            return base
        last = span[-1].lower_
        if len(span) > 1 and last in self.place_heads and last not in self.settlement_nouns:
            ptype = "REGION"  # "Tigray Region", "Orange County"; "X City" stays a city
        if fold_name(text) in self.country_names:
            return None  # a country the gazetteer did not accept (wrong case): not a name here
        return self._regionalise(doc, full, span, Mention(start, end, text, "place", ptype, c.rule, "ner"))

    def _business(self, following_text: str) -> bool:
        """Whether the description right after a name says it is a business (", a mining
        company"): its head noun is nearer the name than any body's head noun."""
        business = description_end(following_text, self.business_description)
        if business is None:
            return False
        body = description_end(following_text, self.description)
        return body is None or business <= body

    @staticmethod
    def _org(start: int, end: int, text: str, c: Candidate, etype: str, *, by_default: bool) -> Mention:
        """An organisation's mention of type ``etype``; ``by_default``: nothing but the default
        said what it is, which the mention records (its type then barely votes)."""
        rule = provenance(c.rule, TYPE_DEFAULT) if by_default else c.rule
        return Mention(start, end, text, "actor", etype, rule, c.source, typed_by_default=by_default)

    def _opener_or_head_type(self, span: Span) -> str | None:
        """The type a name's head noun implies, unless it is a generic one ("group") or none
        and its first word implies one ("the International Velna Contact Group")."""
        by_head = type_from_head([t.text for t in span], self.head_types)
        if len(span) > 1 and (by_head is None or span[-1].lower_ in self.generic_heads):
            return self.opener_types.get(span[0].lower_, by_head)
        return by_head

    def _capital_acts(self, span: Span, states: StateMarks) -> tuple[str, ...]:
        """The ids of the state-role records by which a capital stands for its government
        (as a subject, a possessor, in "the Velnagrad government"); empty when it is the city."""
        return acts_as_state(span, states.capital)

    def _named_after_state(self, span: Span, countries: frozenset[str] = frozenset()) -> bool:
        """ "the Pakistani Army", "Afghan National Army": a state's force, not a group
        ("Kurdish Freedom Army" has a word between that no state force name has); the
        demonym may be that of one of ``countries``, countries no gazetteer lists
        ("Tarsian Army" where "Tarsia" is one)."""
        words = [t.lower_ for t in span]
        head_len = 2 if " ".join(words[-2:]) in self.force_heads else 1
        if " ".join(words[-head_len:]) not in self.force_heads:
            return False
        first = span[0].text
        derived = any(first.startswith(n) and first[len(n) :] in self.demonym_endings for n in countries)
        if not (derived or first.lower() in self.demonyms or fold_name(first) in self.country_names):
            return False
        middle = words[1 : len(words) - head_len]
        return all(w in self.force_modifiers for w in middle)

    def _republic_of(self, text: str) -> str | None:
        """The country key of "Republic of X" or "<X's demonym> Republic" for a listed
        country X (one the gazetteer does not list under that form), else None."""
        hit = self.form_before.match(text)
        if hit is not None:
            return self.country_names.get(fold_name(hit.group(1)))
        hit = self.form_after.match(text)
        if hit is not None:
            return self.gaz.demonyms.get(hit.group(1))
        return None

    def _described_before(self, span: Span, descriptors: Mapping[int, int]) -> str | None:
        """The type the descriptor noun of a name-descriptor match ending right before the
        name gives it ("the political party Velna Unity": POLITICAL_GROUP, "a residents'
        coalition known as the Tarrow Committee"): NAME_DESCRIPTOR_NOUN's type of the noun
        with the word before it, else of the noun alone."""
        i = descriptors.get(span.start)
        if i is None:
            return None
        doc = span.doc
        two = f"{doc[i - 1].lower_} {doc[i].lower_}" if i > 0 else ""
        return self.name_descriptors.get(two) or self.name_descriptors.get(doc[i].lower_)

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

    def _regionalise(self, doc: Doc, full: str, span: Span, m: Mention) -> Mention:
        """ "northern Mali": a direction adjective makes a region of a place."""
        if span.start > 0 and doc[span.start - 1].lower_ in self.directions and doc[span.start - 1].is_lower:
            prev = doc[span.start - 1]
            country = m.country if m.type in {"COUNTRY", "REGION", "CITY"} else None
            return m.then(
                "direction",
                start=prev.idx,
                text=full[prev.idx : m.end],
                type="REGION",
                key=None,
                canonical=None,
                country=country,
            )
        return m
