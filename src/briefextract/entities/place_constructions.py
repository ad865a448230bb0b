"""Places that the gazetteer's phrase patterns do not find: towns under the cities'
population floor (``towns.tsv``), made places only where the text gives evidence, and
unknown names that a construction says are places ("the X region of Y", "X, a town in Y").

The constructions are rule records (``models/entities/place_constructions.jsonl``):

- ``LOCATIVE``: a locative preposition before a name ("in X", "into X") or a later conjunct
  of its object ("in X, Y and Z"): evidence that a listed town there is the place;
- ``CITY`` / ``REGION``: the name is a place of that type, listed or not ("near X",
  "outside X", "the outskirts of X", "30 km north of X", "X, a village near Y"; "the X
  region of Y" for both names, "the X valley", "the state of X").

A town is a place (CITY) where a locative record marks it, where the NER joined it by "and"
with another place into one name ("[Velmora and Tarrowby](ORG)": both are places), or
where it is a preposition's object ("the road to X"), its country is named in the text and
the NER read nothing there; never as part of a longer name ("SMS X", "the Isthmus of X",
"X Road", "X-held"), nor before a landform noun ("the X river"). A town whose name is also
a common word or personal name (``ambiguous``) is never taken on its country alone, nor
after a locative where the NER reads a person or organisation there. A name the NER reads
as a place is a place already; :func:`town_keys` gives it its town's record when the
town's country is named. Pure reading of one Doc; the resolver adds the candidates to the
detectors'.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from spacy.attrs import IS_PUNCT, ORTH, SPACY
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from briefextract.entities.candidates import Candidate, NameWords
from briefextract.entities.canon import Mention
from briefextract.entities.gazetteers import Gazetteer, Town
from briefextract.rules import Lexicon, RuleRecord, RuleSet
from briefextract.rules.compiler import RuleMatch

PLACE_CONSTRUCTIONS_FILE = "entities/place_constructions.jsonl"
LOCATIVE = "LOCATIVE"
# A place's slot: the object of a preposition ("the road to X"), where a town whose country
# the text names is the town.
SLOT = "SLOT"
# A name before a lower-case landform noun ("the X river") is the landform's, not a town's.
LANDFORM = "LANDFORM"
# The marks that join the parts of a compound name ("Velmora-Tarrow").
HYPHENS = frozenset({"-", "\u2010", "\u2013"})
TOWN_RULE = "town"
# The NER labels that read a name as someone.
NER_AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# The rules of the NER's place mentions that a town's record may name: a GPE read as a city, a
# one-word LOC read as a region (a direction before it makes another rule: "northern X").
NER_TOWN_RULES = frozenset({"ner:GPE", "ner:LOC"})
# The NER labels under which a construction may still read a place (PRODUCT: the small model's
# usual guess for an unknown name); a date ("near Christmas"), a facility ("outside Velna
# Hall"), an event or a nationality is read as the NER says.
NER_OVERRIDABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT"})
PAIRED_RULE = "paired-place"
# The longest unknown name read as a place beside a known one in a joined statistical span.
PAIRED_WORDS = 3
# The gazetteer labels that say which countries a text names, and the types of the mentions
# that do (a country acting as the state names it too).
COUNTRY_LABELS = frozenset({"COUNTRY", "REGION"})
COUNTRY_TYPES = frozenset({"COUNTRY", "REGION", "STATE"})
# The gazetteer labels of places a town may be coordinated with.
PLACE_TYPES = frozenset({"COUNTRY", "CITY", "REGION"})
# The dependency that joins the words of a name the parser reads as one compound ("Upper Velna").
COMPOUND_DEP = "compound"
# The longest town name looked up, in tokens.
TOWN_WORDS = 4
NameAt = Literal["first", "last", "node"]


class PlaceConstructionRecord(RuleRecord):
    """A place construction (strict). ``name_at`` says where the name lies in a token match:
    its first (``first``) or last (``last``) run of capitalised words; a dependency
    record marks the name's head word as its node (``node``), grown left over the
    capitalised words compounded with it."""

    label: Literal["LOCATIVE", "SLOT", "LANDFORM", "CITY", "REGION"]
    name_at: NameAt = "last"


# The labels of records that give evidence for a listed town rather than a place of a type.
EVIDENCE_LABELS = frozenset({LOCATIVE, SLOT, LANDFORM})


class PlaceConstructions(RuleSet[PlaceConstructionRecord]):
    """The place-construction records, and the same records split by what they give:
    ``places``, a place of a type (CITY, REGION), read in every Doc; ``evidence`` for a
    listed town (:data:`EVIDENCE_LABELS`), read only in a Doc where a town's name needs it
    (most Docs name no town that lacks it)."""

    def __init__(
        self,
        vocab: Vocab,
        records: Iterable[PlaceConstructionRecord],
        lexicon: Lexicon,
        *,
        source: str = "<rules>",
    ) -> None:
        self.places: RuleSet[PlaceConstructionRecord] = RuleSet(vocab, [], lexicon, source=source)
        self.evidence: RuleSet[PlaceConstructionRecord] = RuleSet(vocab, [], lexicon, source=source)
        super().__init__(vocab, records, lexicon, source=source)

    def add(self, records: Iterable[PlaceConstructionRecord]) -> None:
        records = list(records)
        super().add(records)
        self.places.add([r for r in records if r.label not in EVIDENCE_LABELS])
        self.evidence.add([r for r in records if r.label in EVIDENCE_LABELS])


def _capitalised(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return text[:1].isupper() and not doc[i].is_punct


def _name_of(doc: Doc, match: RuleMatch[PlaceConstructionRecord]) -> tuple[int, int] | None:
    """The token extent of the name a match marks, or None."""
    record = match.rule
    if record.matcher == "dependency":
        head = match.start
        start = head
        while start > 0 and _capitalised(doc, start - 1) and doc[start - 1].dep_ == COMPOUND_DEP:
            start -= 1
        return (start, head + 1) if _capitalised(doc, head) else None
    caps = [i for i in range(match.start, match.end) if _capitalised(doc, i)]
    if not caps:
        return None
    # The first (or last) run of capitalised words in the match.
    edge = caps[0] if record.name_at == "first" else caps[-1]
    start = end = edge
    while start > match.start and _capitalised(doc, start - 1):
        start -= 1
    while end + 1 < match.end and _capitalised(doc, end + 1):
        end += 1
    return start, end + 1


def _overlaps(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    s, e = span
    return any(a < e and s < b for a, b in taken)


@dataclass
class _Marks:
    """What the records mark in one Doc besides typed places, by token: where a locative
    record says a name starts (-> its id), the head words of names in a place's slot (the
    object of a preposition), and the words of names before a landform noun."""

    locative: dict[int, str] = field(default_factory=dict)
    slots: set[int] = field(default_factory=set)
    landforms: set[int] = field(default_factory=set)


def place_candidates(
    doc: Doc,
    rules: PlaceConstructions,
    gaz: Gazetteer,
    words: NameWords,
    candidates: Sequence[Candidate],
    usable: Callable[[int, int], bool],
) -> list[Candidate]:
    """The place candidates the construction records and the towns give in ``doc``, beside
    the detectors' ``candidates``: none where a gazetteer or pattern candidate already
    names the words, inside a full personal name or a longer capitalised name, or where
    the NER names something other than a person, body or place."""
    listed = [(c.start, c.end) for c in candidates if c.source in {"gazetteer", "pattern"}]
    ents = doc.ents  # a new tuple of Spans on every read
    people = [(e.start, e.end) for e in ents if e.label_ == "PERSON" and len(e) > 1]
    # No place: a full personal name, or what the NER names otherwise (a date, a facility,
    # an event, a nationality).
    blocked = people + [(e.start, e.end) for e in ents if e.label_ not in NER_OVERRIDABLE]
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for match in rules.places.matches(doc):
        name = _name_of(doc, match)
        if name is None or not usable(doc[name[0]].idx, doc[name[1] - 1].idx):
            continue
        label = match.rule.label
        if not (
            _overlaps(name, listed)
            or _overlaps(name, blocked)
            or name in seen
            or _inside_longer_name(doc, *name, words)
        ):
            seen.add(name)
            out.append(Candidate(*name, label, "pattern", f"pattern:{match.rule.id}"))
    taken = listed + blocked + [(c.start, c.end) for c in out]
    surnames = {doc[e - 1].text for _, e in people}
    towns = _Towns(doc, gaz, ents)
    marks = functools.cache(lambda: _evidence(doc, rules.evidence, usable))
    return out + _town_candidates(doc, towns, words, candidates, marks, taken, surnames, usable)


def _evidence(
    doc: Doc, rules: RuleSet[PlaceConstructionRecord], usable: Callable[[int, int], bool]
) -> _Marks:
    """What the evidence records mark in ``doc`` (:class:`_Marks`)."""
    marks = _Marks()
    for match in rules.matches(doc):
        name = _name_of(doc, match)
        if name is None or not usable(doc[name[0]].idx, doc[name[1] - 1].idx):
            continue
        label = match.rule.label
        if label == LOCATIVE:
            marks.locative.setdefault(name[0], match.rule.id)
        elif label == SLOT:
            marks.slots.add(name[1] - 1)
        elif label == LANDFORM:
            marks.landforms.update(range(*name))
    return marks


def _inside_longer_name(doc: Doc, start: int, end: int, words: NameWords) -> bool:
    """Whether the name at ``start:end`` is part of a longer name or someone's: a
    capitalised word right before it inside a sentence ("SMS Velmora"), a capitalised word
    and "of" before it ("the Isthmus of Velmora", "Prince Tarrow of Velmora"), a capitalised
    word after it ("Velmora Road"), a hyphen joining it to what follows ("Velmora-Tarrow
    line", "Velmora-held islands"), or a possessive after it ("Velmora's house")."""

    def named(i: int) -> bool:
        return 0 <= i < len(doc) and _capitalised(doc, i) and not doc[i].is_sent_start

    def joined(hyphen: int, word: int) -> bool:
        return 0 <= hyphen < len(doc) and doc[hyphen].text in HYPHENS and named(word)

    before = start - 1
    if named(before) or joined(before, before - 1):
        return True
    if before >= 1 and doc[before].lower_ in words.owner_links and named(before - 1):
        return True
    if end < len(doc) and doc[end].text in words.possessive_marks:
        return True
    # After it, a hyphen joins it to whatever follows: "Velmora-Tarrow", "Velmora-held X".
    return end < len(doc) and (_capitalised(doc, end) or doc[end].text in HYPHENS)


def _town_candidates(
    doc: Doc,
    towns_at: _Towns,
    words: NameWords,
    candidates: Sequence[Candidate],
    marks: Callable[[], _Marks],
    taken: list[tuple[int, int]],
    surnames: set[str],
    usable: Callable[[int, int], bool],
) -> list[Candidate]:
    """Towns the text gives evidence for (see the module's docstring)."""
    gaz = towns_at.gaz
    if not gaz.towns:
        return []
    named = _countries_named(gaz, candidates)
    agents = [(e.start, e.end) for e in towns_at.ents if e.label_ in NER_AGENT_LABELS]
    entities = [(e.start, e.end) for e in towns_at.ents]
    paired = _paired_places(doc, towns_at, words, candidates)
    out: list[Candidate] = [
        Candidate(s, e, kind, "pattern", f"pattern:{PAIRED_RULE}")
        for (s, e), kind in sorted(paired.items())
        if (towns_at.at(s) or (None,))[0] != e and usable(doc[s].idx, doc[e - 1].idx)
    ]
    capitalised = towns_at.capitalised
    i = 0
    while i < len(doc):
        found = towns_at.at(i) if capitalised[i] else None
        if found is None:
            i += 1
            continue
        end, towns = found
        span = (i, end)
        i = end
        if span in paired:
            out.append(Candidate(*span, paired[span], "pattern", f"pattern:{TOWN_RULE}+paired"))
            continue
        if _overlaps(span, taken) or doc[span[0] : end].text in surnames:
            continue
        if not usable(doc[span[0]].idx, doc[end - 1].idx) or _inside_longer_name(doc, *span, words):
            continue
        # The evidence records are read once a town needs them (most Docs never get here).
        if any(k in marks().landforms for k in range(*span)):
            continue  # "the Velmora river": the river's name
        ambiguous = all(t.ambiguous for t in towns)
        if span[0] in marks().locative and not (ambiguous and _overlaps(span, agents)):
            evidence = marks().locative[span[0]]
        elif (
            not ambiguous
            and end - 1 in marks().slots
            and not _overlaps(span, entities)
            and any(t.country in named for t in towns)
        ):
            evidence = "country"
        else:
            continue
        out.append(Candidate(*span, "CITY", "pattern", f"pattern:{TOWN_RULE}+{evidence}"))
    return out


def _paired_places(
    doc: Doc, towns_at: _Towns, words: NameWords, candidates: Sequence[Candidate]
) -> dict[tuple[int, int], str]:
    """Places that the statistical NER joined with another place into one name by "and"
    ("[Velmora and Tarrowby](ORG)"): where one side of the one coordinator is a town's name
    or a listed place, the other side is a place too: a town, or, beside a town or a listed
    city or region (a country is often paired with a body: "Velnia and the Tarrow Front"),
    a name of at most :data:`PAIRED_WORDS` capitalised words; the joined span is no name.
    Side -> its type (a town: CITY; an unknown name: its partner's)."""
    listed = {(c.start, c.end): c.label for c in candidates if c.source == "gazetteer"}
    out: dict[tuple[int, int], str] = {}
    for ent in towns_at.ents:
        joints = [t.i for t in ent[1:-1] if t.lower_ in words.coordinators]
        if ent.label_ not in NER_OVERRIDABLE or len(joints) != 1:
            continue
        sides = [(ent.start, joints[0]), (joints[0] + 1, ent.end)]
        kinds = {}
        for s, e in sides:
            if (towns_at.at(s) or (None,))[0] == e:
                kinds[(s, e)] = "CITY"
            elif listed.get((s, e)) in PLACE_TYPES:
                kinds[(s, e)] = listed[(s, e)]
        if not kinds:
            continue
        if "REGION" in kinds.values():
            # "[Transylvania and Velmora](ORG)": beside a region, a town's name names a region
            kinds = dict.fromkeys(kinds, "REGION")
        partner = next(iter(kinds.values()))
        for s, e in sides:
            named = all(_capitalised(doc, k) for k in range(s, e))
            if (s, e) not in kinds and e - s <= PAIRED_WORDS and named and partner != "COUNTRY":
                kinds[(s, e)] = partner
        if len(kinds) == 2:
            out.update({side: kind for side, kind in kinds.items() if side not in listed})
    return out


class _Towns:
    """The town names of one Doc, read on demand from its columns: which tokens are
    capitalised words (a Token object for every token of every Doc cost more than all the
    rest of the towns' reading), and the longest town name at a token, remembered."""

    def __init__(self, doc: Doc, gaz: Gazetteer, ents: Sequence[Span]) -> None:
        self.gaz = gaz
        self.ents = ents  # the Doc's, read once by the caller
        self.strings = doc.vocab.strings
        upper: dict[int, bool] = {}  # orth id -> starts with a capital
        rows = doc.to_array([ORTH, IS_PUNCT, SPACY]).tolist() if len(doc) else []
        for orth, _, _ in rows:
            if orth not in upper:
                upper[orth] = self.strings[orth][:1].isupper()
        # As :func:`_capitalised`; a town's name may also hold punctuation ("St. Velna").
        self.capitalised = [upper[orth] and not punct for orth, punct, _ in rows]
        self._in_name = [upper[orth] or bool(punct) for orth, punct, _ in rows]
        self._orths = [orth for orth, _, _ in rows]
        self._spaced = [bool(space) for _, _, space in rows]  # a space after the token
        self._found: dict[int, tuple[int, list[Town]] | None] = {}

    def at(self, i: int) -> tuple[int, list[Town]] | None:
        """The longest town name starting at token ``i`` (written as the gazetteer writes it,
        in capitalised words), as (end, towns)."""
        if i not in self._found:
            self._found[i] = self._longest(i)
        return self._found[i]

    def _longest(self, i: int) -> tuple[int, list[Town]] | None:
        best = None
        text = ""  # the text of tokens i..k, as their Span's
        for k in range(i, min(len(self._orths), i + TOWN_WORDS)):
            if not self._in_name[k]:
                break
            text += self.strings[self._orths[k]]
            towns = self.gaz.towns.get(text.lower())
            if towns:
                best = (k + 1, towns)
            text += " " if self._spaced[k] else ""
            # A longer stretch's text starts with this one's and its space: when no town's
            # name does, there is no longer one (most capitalised words start none).
            if not self.gaz.may_start_town(text.lower()):
                break
        return best


def _countries_named(gaz: Gazetteer, candidates: Sequence[Candidate]) -> set[str]:
    """The countries the text names: a listed country, or the country of a listed region
    (a city's name is too often a namesake's abroad to say which country is meant)."""
    out = set()
    for c in candidates:
        entry = gaz.entries.get(c.key or "") if c.source == "gazetteer" else None
        if entry is not None and entry.country and entry.label in COUNTRY_LABELS:
            out.add(entry.country)
    return out


def town_keys(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Town mentions with their town's record (key, country, name), where the town's
    country is one the text names as a country, a state or a region's country: a CITY
    place that a construction found ("in X", "the town of X"), or a CITY or one-word REGION
    place the NER found whose name is a town's that is not ``ambiguous`` (a name the NER
    reads as a place may be any namesake's: a river, a ship). Of towns sharing the name,
    the one in the country the text names most often, else the most populous; a town in
    no named country is no evidence of which is meant, and the mention keeps no record."""
    weight = Counter(m.country for m in mentions if m.country and m.key and m.type in COUNTRY_TYPES)
    out = []
    for m in mentions:
        towns = gaz.towns.get(m.text.lower()) if m.kind == "place" and m.key is None else None
        if not towns:
            pass
        elif m.source == "pattern" and m.type == "CITY":
            towns = [t for t in towns if weight[t.country]]  # a construction says it is a town
        elif m.source == "ner" and m.rule in NER_TOWN_RULES:
            towns = [t for t in towns if weight[t.country] and not t.ambiguous]
        else:
            towns = None
        if towns:
            town = max(towns, key=lambda t: weight[t.country])  # max keeps the first: most populous
            m = m.then(TOWN_RULE, type="CITY", key=town.key, country=town.country, canonical=town.name)
        out.append(m)
    return out
