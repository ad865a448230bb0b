"""Candidate name spans from the three sources, filtered and de-overlapped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span

from briefextract.entities.abbreviations import initials_overlap
from briefextract.entities.gazetteers import Gazetteer
from briefextract.entities.names import fold_name
from briefextract.entities.rulers import CONTEXT_TYPED, LISTED_PLACE_FIRST, MEMBER_PLURAL, PATTERN_TRAITS
from briefextract.rules import Lexicon

# Source priority at equal extent: a gazetteer entry knows its referent best.
SOURCE_PRIORITY = {"gazetteer": 3, "pattern": 2, "ner": 1}
# The statistical NER labels that can name an actor or a place.
NER_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# The tagger's tags (Penn Treebank) the walks below ask about: each names a grammatical class,
# as a dependency label names a relation: mechanism; the words themselves come from the lexicon.
PLURAL_COMMON_NOUN_TAG = "NNS"
ADJECTIVE_TAG = "JJ"
# What may stand before an adjective that describes a listed name: adjectives, proper nouns,
# determiners and hyphens ("the sub-Saharan ...", "North African ...").
PREMODIFIER_TAGS = frozenset({"JJ", "NNP", "DT", "HYPH"})


@dataclass(frozen=True)
class NameWords:
    """The words that say where a name starts and ends, from the entity lexicon
    (``models/entities/lexicon.jsonl``; the labels are in :meth:`from_lexicon`)."""

    arabic_articles: frozenset[str]  # "al", "el": part of a name ("al-Fajr")
    leading_drop: frozenset[str]  # "the", "a": dropped before a name
    trailing_drop: frozenset[str]  # "'s", "'": dropped after a name, which they split
    person_breaks: frozenset[str]  # "of", "and": no personal name holds them
    connectors: frozenset[str]  # lower-case words and marks inside a name ("of", "de", "&")
    split_pairs: frozenset[str]  # "and the", "at the": a match running across them is two names
    adjective_endings: tuple[str, ...]  # "-an", "-ese": a capitalised word so ended describes a name
    possessors: frozenset[str] = frozenset()  # "people", "workers": possessive inside a name
    possessive_marks: frozenset[str] = frozenset()  # "'s", "'": the marks they take there
    trailing_nouns: frozenset[str] = frozenset()  # "tribe", "clan": dropped after a name they type
    split_marks: frozenset[str] = frozenset()  # ",": a match running across it is two names
    coordinators: frozenset[str] = frozenset()  # "and": between two places ("Upper and Lower X")
    owner_links: frozenset[str] = frozenset()  # "of": between a unit's name and its owner's

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> NameWords:
        return cls(
            arabic_articles=lexicon.lower("ARABIC_ARTICLE") | lexicon.lower("ARABIC_ARTICLE_ENGLISH"),
            leading_drop=frozenset(lexicon.words("NAME_LEADING_DROP")),
            trailing_drop=frozenset(lexicon.words("NAME_TRAILING_DROP")),
            person_breaks=lexicon.lower("PERSON_NAME_BREAK"),
            connectors=lexicon.lower("NAME_CONNECTOR"),
            split_pairs=lexicon.lower("NAME_SPLIT_PAIR"),
            adjective_endings=tuple(lexicon.words("DEMONYM_ADJECTIVE_ENDING")),
            possessors=lexicon.lower("NAME_POSSESSOR_NOUN"),
            possessive_marks=frozenset(lexicon.words("NAME_POSSESSIVE_MARK")),
            trailing_nouns=lexicon.lower("COMMUNAL_GROUP_NOUN"),
            split_marks=frozenset(lexicon.words("NAME_SPLIT_MARK")),
            coordinators=lexicon.lower("PLACE_COORDINATOR"),
            owner_links=lexicon.lower("BODY_OWNER_LINK"),
        )

    def inner_possessive(self, doc: Doc, i: int, start: int) -> bool:
        """Whether the possessive mark at token ``i`` belongs to a name that starts at
        ``start``: it follows a capitalised possessor noun of the name ("the People's
        Front", "the Velnan Workers' Party"), not a country's or a group's name."""
        before = doc[i - 1] if i > start else None
        return (
            doc[i].text in self.possessive_marks
            and before is not None
            and before.text[:1].isupper()
            and before.lower_ in self.possessors
            and not before.whitespace_
        )


@dataclass
class Candidate:
    start: int  # token offsets
    end: int
    label: str  # gazetteer label, pattern label or NER label
    source: str  # gazetteer | pattern | ner
    rule: str
    key: str | None = None
    # The traits of the name pattern that found it (``traits`` of its record in
    # models/entities/name_patterns.jsonl: see briefextract.entities.rulers).
    traits: frozenset[str] = frozenset()
    # A place word whose head noun is shared with a conjunct: "North" of "North and West
    # Africa", named by the listed place after it (see :func:`_shared_heads`).
    shared_head: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


def case_compatible(text: str, alias: str) -> bool:
    """Whether ``text`` (matched case-insensitively) is written as the name ``alias`` is.

    Acronyms must match exactly; a capitalised word of the name must be
    capitalised in the text; a lower-case word may be capitalised (sentence start,
    headings): "Al-Qaeda" matches "al-Qaeda", "chad" does not match "Chad".
    """
    t_words, a_words = text.split(), alias.split()
    if len(t_words) != len(a_words):
        return text == alias
    for t, a in zip(t_words, a_words, strict=True):
        letters = [c for c in a if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            if t != a:
                return False
        elif len(t) > 1 and t.isupper() and not a.isupper():
            return False  # "TARA" (an acronym in the text) is not the name "Tara"
        elif a[:1].isupper() and not t[:1].isupper():
            return False
    return any(c.isupper() for c in text)


def trim(doc: Doc, start: int, end: int, words: NameWords) -> tuple[int, int]:
    """Drop a leading article or space and a trailing possessive, punctuation or space, or a
    lower-case kin-group noun ("the Velna tribe" names the Velna); a capitalised word before a
    lower-case article ("Later the Velna Front", "Then the Revenue Agency") is a sentence
    opener, not the start of the name."""
    leading, trailing = words.leading_drop, words.trailing_drop
    if end - start > 2 and doc[start + 1].text in leading and doc[start].text[:1].isupper():
        start += 2
    while end - start > 1 and (doc[start].lower_ in leading or doc[start].is_space):
        start += 1
    while end - start > 1 and (
        doc[end - 1].lower_ in trailing
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].is_lower and doc[end - 1].lower_ in words.trailing_nouns)
    ):
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break  # "9 VELN (SF)": the bracket closes one inside the name
        end -= 1
    return start, end


def past_plural_opener(doc: Doc, start: int, end: int, words: NameWords) -> int:
    """Where a pattern name starts once a sentence-opening plural common noun and the
    connectors after it are left out: "Members of the Velna Front attacked" names the Velna
    Front, "Officials of the Tarrow Ministry" the ministry. Read from the tagger (a plural
    common noun, not a proper noun's plural: "Friends of the Velna Party" stays whole when
    tagged as a name); without tags, or inside a sentence, the start stays."""
    first = doc[start]
    if not doc.has_annotation("TAG") or first.tag_ != PLURAL_COMMON_NOUN_TAG or not first.is_sent_start:
        return start
    k = start + 1
    while k < end and doc[k].is_lower and doc[k].lower_ in words.connectors:
        k += 1
    if k == start + 1 or k >= end - 1 or not doc[k].text[:1].isupper():
        return start  # "Fighters Velna Front": no connector; one word left is no name
    return k


def extend_article(doc: Doc, start: int, words: NameWords) -> int:
    """Include an Arabic article written as a prefix: "al-" + "Fajr"."""
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and doc[start - 2].lower_ in words.arabic_articles
        and not doc[start - 2].whitespace_
    ):
        return start - 2
    return start


# How many words before an acronym in brackets are read as the name it abbreviates.
LONG_FORM_REACH = 10


def gather(
    doc: Doc,
    gaz: Gazetteer,
    gazetteer_key: str,
    pattern_key: str,
    words: NameWords,
    heads: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """All candidates, before overlap resolution. ``heads``: the head nouns of bodies' names
    (lower case), which tell a pattern match that joins two names by "of"."""
    out: list[Candidate] = []
    ents = doc.ents  # a tuple of new Spans on every read
    # Surnames of people named in full: a one-word place entry with that text is the person.
    surnames = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    redefined = _redefined_acronyms(doc, gaz, doc.spans.get(gazetteer_key, []), words)
    for span in doc.spans.get(gazetteer_key, []):
        text = span.text  # built from the span's tokens on every read
        if text in redefined:
            continue  # "the Velna Defence Front (VDF)": not the listed body that "VDF" also names
        entry = gaz.entries.get(span.id_)
        if entry is None:
            # A pattern a user added to the ruler (add_patterns) names no gazetteer entry:
            # it is a name of its label, like a name pattern's match.
            rule = f"pattern:{span.id_ or 'added'}"
            out.append(Candidate(span.start, span.end, span.label_, "pattern", rule))
            continue
        if len(span) == 1 and entry.label == "CITY" and text in surnames:
            continue
        folded = text.lower()
        if not any(case_compatible(text, n) for n in entry.surface_forms() if n.lower() == folded):
            continue
        out.append(
            Candidate(span.start, span.end, span.label_, "gazetteer", f"gazetteer:{entry.key}", entry.key)
        )
    place_starts = {c.start for c in out if c.label in {"CITY", "COUNTRY"}}
    region_starts = {c.start for c in out if c.label == "REGION"}
    # Listed names in any case: "Kenyan army" is no name, but no pattern name runs into it either.
    listed_spans = [(span.start, span.end) for span in doc.spans.get(gazetteer_key, [])]
    pattern_spans = doc.spans.get(pattern_key)
    trait_map = pattern_spans.attrs.get(PATTERN_TRAITS, {}) if pattern_spans is not None else {}
    for span in pattern_spans or []:
        traits = frozenset(trait_map.get(span.id_, ()))
        if _crosses_coordination(span, words) or _joins_two_bodies(span, heads, words):
            continue
        if _stray_possessive(span, words):
            continue  # "Velnia's Revolutionary Guard": the country's guard, named without it
        if span.label_ == "OTHER" and span.start in place_starts:
            continue  # "the Velna Tarrow Hotel": the hotel in Velna, not a hotel named after it
        if LISTED_PLACE_FIRST in traits and span.start not in place_starts | region_starts:
            continue  # "Velna loyalists" holds a listed place; "Veteran republicans" none
        end = _before_listed_name(doc, span.start, span.end, listed_spans)
        if end is None:
            continue
        s, e = trim(doc, span.start, end, words)
        if MEMBER_PLURAL not in traits:
            s = past_plural_opener(doc, s, e, words)
        start = extend_article(doc, s, words)
        out.append(Candidate(start, e, span.label_, "pattern", f"pattern:{span.id_}", traits=traits))
    places = [c for c in out if c.source == "gazetteer" and c.label in {"CITY", "COUNTRY", "REGION"}]
    out.extend(_shared_heads(doc, gaz, places, words))
    listed = {(c.start, c.end) for c in places}
    all_listed = {(c.start, c.end) for c in out if c.source == "gazetteer"}
    for ent in ents:
        if ent.label_ not in NER_NAME_LABELS:
            continue
        if ent.label_ in {"GPE", "LOC"} and _coordinated_places(ent, listed, words):
            continue  # "North and West Africa": two places, not one
        if _described_listed_name(doc, ent, all_listed, words):
            continue  # "the Saharan Sahel", "North African Velna Front": the listed name, described
        label = ent.label_
        if len(ent) == 1 and label in {"GPE", "LOC"} and ent.text in surnames:
            label = "PERSON"  # "Hollis" after "Joseph Hollis": the person, not a place
        start = ent.start
        if label == "PERSON":
            # "Murder of Daniel Okoro": a personal name holds no "of/and/the"; keep what follows.
            joints = [t.i for t in ent if t.lower_ in words.person_breaks and t.i > ent.start]
            start = joints[-1] + 1 if joints and joints[-1] + 1 < ent.end else start
        for s, e in _split_at_possessives(doc, start, ent.end, words, heads):
            s, e = trim(doc, s, e, words)
            out.append(Candidate(extend_article(doc, s, words), e, label, "ner", f"ner:{ent.label_}"))
    return out


def _redefined_acronyms(doc: Doc, gaz: Gazetteer, spans: Iterable[Span], words: NameWords) -> set[str]:
    """Listed acronyms that the text defines as another body's: "the Velna Defence Front (VDF)",
    capitalised words whose initials spell the acronym, where the gazetteer's "VDF" is some
    other body whose names share at most half of them. In that text the acronym names the
    text's body wherever it stands, so no gazetteer reading of it counts; a variant spelling
    of a listed name shares most of its words and keeps the listed reading."""
    out: set[str] = set()
    for span in spans:
        entry = gaz.entries.get(span.id_)
        at, after = span.start, span.end
        if entry is None or after - at != 1:
            continue
        text = span.text  # built from the span's tokens on every read
        if not text.isupper() or text in out:
            continue
        if at < 2 or after >= len(doc) or doc[at - 1].text != "(" or doc[after].text != ")":
            continue
        defining: list[str] = []
        for tok in reversed(doc[max(0, at - 1 - LONG_FORM_REACH) : at - 1]):
            if tok.text[:1].isupper() and tok.lower_ not in words.leading_drop:
                defining.append(tok.text)
            elif not (tok.lower_ in words.connectors and defining):
                break
        # The words must spell the acronym: "X – Tarrow Province (VRA)" defines nothing.
        if len(defining) < 2 or initials_overlap(text, " ".join(defining)) < 1:
            continue
        listed = {w for name in entry.names() for w in fold_name(name).split()}
        if 2 * sum(fold_name(w) in listed for w in defining) <= len(defining):
            out.add(text)
    return out


def _before_listed_name(doc: Doc, start: int, end: int, listed: list[tuple[int, int]]) -> int | None:
    """Where a pattern match ends once cut before a listed name that begins inside it and runs
    on past it ("the 9 Velna Battalion of Kenyan| army|": the listed "Kenyan army" is another
    name), with the lower-case words left dangling ("of") dropped; None when nothing is left."""
    cut = min((s for s, e in listed if start < s < end < e), default=end)
    if cut == end:
        return end
    while cut > start and not doc[cut - 1].text[:1].isupper() and not doc[cut - 1].text[:1].isdigit():
        cut -= 1
    # "The| International Committee ...": nothing but an article is left of it
    named = any(not t.is_stop and (t.text[:1].isupper() or t.text[:1].isdigit()) for t in doc[start:cut])
    return cut if named else None


def _coordinated_places(ent: Span, listed: set[tuple[int, int]], words: NameWords) -> bool:
    """Whether a statistical place span "A and B" ends in a listed place B: then it names two
    places, not one ("Velna and West Africa")."""
    ands = [t.i for t in ent[1:-1] if t.lower_ in words.coordinators]
    return len(ands) == 1 and (ands[0] + 1, ent.end) in listed


def _described_listed_name(doc: Doc, ent: Span, listed: set[tuple[int, int]], words: NameWords) -> bool:
    """Whether a statistical span is adjectives before a listed name ("the sub-Saharan Sahel",
    "the North African Velna Front"): an adjective ("Saharan", tagged JJ or a capitalised word
    in -an, -ian, -ese, -ish, -i) right before a listed name that ends the span."""
    for k in range(ent.start + 1, ent.end):
        if (k, ent.end) in listed:
            before = doc[k - 1]
            adjective = before.tag_ == ADJECTIVE_TAG or (
                before.text[:1].isupper() and before.lower_.endswith(words.adjective_endings)
            )
            return adjective and all(t.tag_ in PREMODIFIER_TAGS for t in doc[ent.start : k])
    return False


def _shared_heads(doc: Doc, gaz: Gazetteer, listed: list[Candidate], words: NameWords) -> list[Candidate]:
    """ "North and West Africa": a capitalised word, "and", and a listed place of two words or
    more, where the word and the place's last word make a listed name ("North Africa"): the
    word is a mention of that place."""
    out = []
    for c in listed:
        s = c.start
        if (
            c.end - s < 2
            or s < 2
            or doc[s - 1].lower_ not in words.coordinators
            or not doc[s - 2].text[:1].isupper()
        ):
            continue
        key = gaz.places_by_form.get(f"{doc[s - 2].text} {doc[c.end - 1].text}".lower())
        if key is not None:
            entry = gaz.entries[key]
            rule = f"gazetteer:{key}+shared-head"
            out.append(Candidate(s - 2, s - 1, entry.label, "gazetteer", rule, key, shared_head=True))
    return out


def _crosses_coordination(span: Span, words: NameWords) -> bool:
    """ "Ansar al-Fajr and the Movement", "Intelligence at the Finance Ministry": a pattern
    match that runs across "and the", "at the" or a comma is two names, not one."""
    lowered = [t.lower_ for t in span]
    return any(f"{a} {b}" in words.split_pairs for a, b in pairwise(lowered)) or any(
        w in words.split_marks for w in lowered
    )


def _joins_two_bodies(span: Span, heads: frozenset[str], name_words: NameWords) -> bool:
    """ "the Velna Intelligence Unit of the Tarrow Police Department": a pattern match whose
    words before "of" are a name of two words or more ending in a body's head noun, and which
    itself ends in one, names two bodies, a unit and its owner ("Ministry of the Interior",
    one word before "of", and "Federal Bureau of Investigation", no head at the end, are one)."""
    words = [t.lower_ for t in span]
    if not heads or not (words[-1] in heads or " ".join(words[-2:]) in heads):
        return False
    # A match that starts inside a longer capitalised name ("...Intelligence| Unit of the")
    # has the rest of the first name before it.
    inside = span.start > 0 and span.doc[span.start - 1].text[:1].isupper()
    return any(
        w in name_words.owner_links and (i >= 2 or (i == 1 and inside)) and words[i - 1] in heads
        for i, w in enumerate(words[:-1])
    )


def _stray_possessive(span: Span, words: NameWords) -> bool:
    """Whether a name pattern's match holds a possessive mark that is no part of a name: one
    after a word that is not a possessor noun ("Velnia's Revolutionary Guard"), or at its start."""
    return any(
        tok.text in words.possessive_marks and not words.inner_possessive(span.doc, tok.i, span.start)
        for tok in span
    )


def _split_at_possessives(
    doc: Doc, start: int, end: int, words: NameWords, heads: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """ "the Velna Council's Tarrow Front" names two things: split a statistical span at a possessive,
    unless a possessor noun takes it inside a name ending in a body's head noun (``heads``):
    "the People's Liberation Front", "the Velnan Workers' Party"."""
    parts, s = [], start
    named = doc[end - 1].lower_ in heads
    for i in range(start, end):
        if named and i + 1 < end and words.inner_possessive(doc, i, s):
            continue
        if doc[i].lower_ in words.trailing_drop and i > s:
            parts.append((s, i))
            s = i + 1
    if s < end:
        parts.append((s, end))
    return parts


def name_shaped(span: Span, words: NameWords) -> bool:
    """Every word capitalised, or a connector inside the name."""
    # A possessive inside is never part of one name ("Harbor Point's Strategy ...").
    connectors = words.connectors
    for i, tok in enumerate(span):
        if tok.lower_ in words.arabic_articles and i + 1 < len(span) and span[i + 1].text == "-":
            continue
        if 0 < i < len(span) - 1 and words.inner_possessive(span.doc, tok.i, span.start):
            continue  # "People's Liberation Front"
        if (
            tok.text[:1].isupper()
            or tok.text[:1].isdigit()
            or (0 < i < len(span) - 1 and tok.lower_ in connectors)
        ):
            continue
        return False
    return True


def resolve_overlaps(doc: Doc, candidates: list[Candidate], words: NameWords) -> list[Candidate]:
    """Keep a non-overlapping set: longer spans first, then the better source.

    A statistical span may replace shorter rule spans only when it is name-shaped,
    since NER extents are the least reliable.
    """

    def rank(c: Candidate) -> tuple[int, int, float]:
        trusted = c.source != "ner" or name_shaped(doc[c.start : c.end], words)
        priority: float = SOURCE_PRIORITY[c.source]
        if c.source == "pattern" and c.label == "EVENT_NAME":
            priority = 4.0  # "Operation X", "the X War": whatever else reads the same words as a name
        elif c.source == "pattern" and CONTEXT_TYPED in c.traits:
            priority = 3.0  # "the Velna Tarrow clan": the noun after it outweighs a personal-name reading
        elif c.source == "ner" and c.label == "PERSON" and c.length > 1:
            # A full personal name beats a one-word place entry inside it.
            priority = 2.5
        elif c.source == "gazetteer" and c.label in {"CITY", "REGION", "OTHER"}:
            # A listed place of several words ("Velna State") is that place, not a person so named.
            priority = 2.75 if c.length > 1 else 2.0
        return (int(trusted), c.length, priority)

    def order(c: Candidate) -> tuple[int, int, float, int, str]:
        trusted, length, priority = rank(c)  # once per candidate: rank reads the span's tokens
        return (-trusted, -length, -priority, c.start, c.label)

    ordered = sorted(candidates, key=order)
    taken = [False] * len(doc)
    kept: list[Candidate] = []
    for c in ordered:
        if c.length <= 0 or any(taken[c.start : c.end]):
            continue
        for i in range(c.start, c.end):
            taken[i] = True
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)
