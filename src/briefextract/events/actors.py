"""Which actor or place a token names, read from the entity layer's records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from briefextract.entities.state_evidence import states_by_demonym
from briefextract.events.parse import sentence_ranges


@dataclass(frozen=True)
class EntityRef:
    id: str
    kind: str  # "actor" | "place"
    type: str
    start: int  # token span of the mention
    end: int


class EntityIndex:
    """Token -> the entity mention covering it, plus the ways a name stands for a state.

    A country named as a place ref the STATE actor of the same country when the
    brief has one; a demonym ("French forces") does too (ANNOTATION.md v1.2), except on
    a noun in ``private_people`` ("Libyan militants" act for no state).
    """

    def __init__(
        self,
        doc: Doc,
        table: Iterable[Mapping[str, Any]],
        demonyms: Mapping[str, str],
        private_people: frozenset[str] = frozenset(),
    ) -> None:
        self.by_token: dict[int, EntityRef] = {}
        self._private_people = private_people
        self._table = list(table)
        self.types: dict[str, str] = {ent["id"]: ent["type"] for ent in self._table}
        self.mentions: list[EntityRef] = []
        state_by_key: dict[str, str] = {}
        place_key: dict[str, str] = {}
        for ent in self._table:
            key = ent.get("gazetteer_key")
            if ent["kind"] == "actor" and ent["type"] == "STATE" and key:
                state_by_key.setdefault(key, ent["id"])
            if ent["kind"] == "place" and key:
                place_key[ent["id"]] = key
            for m in ent["mentions"]:
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is None:
                    continue
                ref = EntityRef(ent["id"], ent["kind"], ent["type"], span.start, span.end)
                self.mentions.append(ref)
                for i in range(span.start, span.end):
                    self.by_token.setdefault(i, ref)
        self.mentions_by_start = sorted(self.mentions, key=lambda r: r.start)
        # The head words of each actor's names ("front" for "the X Front", "army" for
        # "the Army of X"): a definite description with that noun takes the actor up.
        self.name_heads: dict[str, frozenset[str]] = {
            ent["id"]: frozenset(
                head
                for name in (ent.get("name", ""), *ent.get("aliases", ()))
                for head in name_heads(str(name))
            )
            for ent in self._table
            if ent["kind"] == "actor"
        }
        self._sent_starts: list[int] | None = None
        self._topics: dict[frozenset[str], str | None] = {}
        self._state_of_place = {
            pid: state_by_key[key] for pid, key in place_key.items() if key in state_by_key
        }
        self._state_of_demonym = {
            d.lower(): state_by_key[key] for d, key in demonyms.items() if key in state_by_key
        }
        self._demonym_key = {d.lower(): key for d, key in demonyms.items()}
        # A state no gazetteer lists carries the demonyms the text spells from its name
        # ("Tarsian" for "Tarsia") on its own record.
        for demonym, state in states_by_demonym(self._table).items():
            self._state_of_demonym.setdefault(demonym, state)
        # Each place's and state's country (ISO code), the STATE actor of a country, and
        # the country of a gazetteer key, as the brief's own records give them.
        self._country_of: dict[str, str] = {
            ent["id"]: str(ent["country"])
            for ent in self._table
            if ent.get("country") and (ent["kind"] == "place" or ent["type"] == "STATE")
        }
        self._state_of_country: dict[str, str] = {}
        self._country_of_key: dict[str, str] = {}
        for ent in self._table:
            if ent.get("country") and ent.get("gazetteer_key"):
                self._country_of_key.setdefault(str(ent["gazetteer_key"]), str(ent["country"]))
            if ent["kind"] == "actor" and ent["type"] == "STATE" and ent.get("country"):
                self._state_of_country.setdefault(str(ent["country"]), ent["id"])

    def _floor(self, token: Token, window: int) -> int:
        """The first token of the sentence ``window`` sentences before ``token``'s."""
        if self._sent_starts is None:
            self._sent_starts = [start for start, _ in sentence_ranges(token.doc)[0]]
        starts = self._sent_starts or [0]
        here = max(k for k, s in enumerate(starts) if s <= token.i)
        return starts[max(here - window, 0)]

    def antecedent(
        self,
        token: Token,
        types: frozenset[str],
        window: int | None = 3,
        exclude: frozenset[str] = frozenset(),
        head: str | None = None,
    ) -> str | None:
        """The actor of one of ``types`` named last before ``token``, within ``window``
        sentences (``None``: anywhere before), other than those in ``exclude``; with
        ``head``, only an actor one of whose names ends in that word ("the front")."""
        floor = 0 if window is None else self._floor(token, window)
        for ref in reversed(self.mentions_by_start):
            if not floor <= ref.start < token.i or ref.kind != "actor" or ref.type not in types:
                continue
            if ref.id in exclude or (head is not None and head not in self.name_heads.get(ref.id, ())):
                continue
            return ref.id
        return None

    def headed_antecedent(
        self, token: Token, types: frozenset[str], exclude: frozenset[str], refers: Callable[[Token], bool]
    ) -> str | None:
        """The group of one of ``types`` a description whose noun is a name's head word
        takes up ("the front" after "the X Front"): the group whose mention holds the last
        earlier use of the word, passing over uses that refer back themselves (``refers``:
        another "the front") and groups in ``exclude``, unless a use in between was a
        common noun of its own ("the national army ... the army": not the X Army) or named
        something other than a group ("the British Army")."""
        doc = token.doc
        for i in range(token.i - 1, -1, -1):
            if doc[i].lower_ != token.lower_:
                continue
            ref = self.by_token.get(i)
            if ref is None:
                if refers(doc[i]):
                    continue
                return None
            if ref.kind != "actor" or ref.type not in types:
                return None  # the word last named something else ("the British Army")
            if ref.id not in exclude and token.lower_ in self.name_heads.get(ref.id, ()):
                return ref.id
        return None

    def coordinated_antecedents(
        self, token: Token, types: frozenset[str], joins: frozenset[str], window: int = 3
    ) -> list[str]:
        """The actors of ``types`` named together last before ``token`` ("A and B were
        arrested ... both men"): the names joined, through ``joins`` dependencies, to the
        last name within ``window`` sentences that has a conjunct of its kind."""
        floor = self._floor(token, window)
        for ref in reversed(self.mentions_by_start):
            if ref.start >= token.i or ref.kind != "actor" or ref.type not in types:
                continue
            if ref.start < floor:
                break
            top = token.doc[ref.end - 1]
            while top.dep_ in joins and top.head.i != top.i:
                top = top.head
            found: list[str] = []
            for t, _ in _conjuncts(top, joins):
                named = self.by_token.get(t.i)
                if named is None or named.kind != "actor" or named.type not in types:
                    continue
                if named.id not in found:
                    found.append(named.id)
            if len(found) > 1:
                return found
        return []

    def topic(self, types: frozenset[str]) -> str | None:
        """The actor of one of ``types`` named most often (the first named among equals)."""
        if types not in self._topics:
            self._topics[types] = self._most_named(types)
        return self._topics[types]

    def _most_named(self, types: frozenset[str]) -> str | None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for ref in self.mentions_by_start:
            if ref.kind == "actor" and ref.type in types:
                counts[ref.id] = counts.get(ref.id, 0) + 1
                first.setdefault(ref.id, ref.start)
        if not counts:
            return None
        return min(counts, key=lambda a: (-counts[a], first[a]))

    def states_near(self, token: Token, window: int = 1) -> list[str | None]:
        """The countries named in ``token``'s sentence or the ``window`` sentences before
        it, in order, each as its STATE actor's id (``None`` when the brief holds no
        actor for it): a state named as an actor, a place in a country ("flee to X", "in
        the city of Y"), or a demonym ("the Ruritanian government"). Several countries
        make a state description there ambiguous."""
        if self._sent_starts is None:
            self._sent_starts = [start for start, _ in sentence_ranges(token.doc)[0]]
        starts = self._sent_starts or [0]
        here = max(k for k, s in enumerate(starts) if s <= token.i)
        floor = starts[max(here - window, 0)]
        ceiling = starts[here + 1] if here + 1 < len(starts) else len(token.doc)
        countries: dict[str, str | None] = {}
        for ref in self.mentions_by_start:
            if floor <= ref.start < ceiling and (ref.kind == "place" or ref.type == "STATE"):
                country = self._country_of.get(ref.id)
                if country is not None:
                    countries.setdefault(country, self._state_of_country.get(country))
        for t in token.doc[floor:ceiling]:
            key = self._demonym_key.get(t.lower_)
            if key is not None and t.i not in self.by_token:
                country = self._country_of_key.get(key, key)
                countries.setdefault(country, self._state_of_country.get(country))
        return list(countries.values())

    def state_named_near(self, token: Token, state: str, window: int = 1) -> bool:
        """Whether the STATE actor ``state`` has a mention of its own in ``token``'s
        sentence or the ``window`` sentences before it."""
        if self._sent_starts is None:
            self._sent_starts = [start for start, _ in sentence_ranges(token.doc)[0]]
        starts = self._sent_starts or [0]
        here = max(k for k, s in enumerate(starts) if s <= token.i)
        floor = starts[max(here - window, 0)]
        ceiling = starts[here + 1] if here + 1 < len(starts) else len(token.doc)
        return any(ref.id == state and floor <= ref.start < ceiling for ref in self.mentions_by_start)

    def named_before(self, entity_id: str, token: Token) -> bool:
        """Whether a mention of ``entity_id`` starts before ``token``."""
        return any(ref.id == entity_id and ref.start < token.i for ref in self.mentions_by_start)

    def type_of(self, entity_id: str) -> str | None:
        return self.types.get(entity_id)

    def actor_at(self, token: Token) -> str | None:
        """The actor id ``token`` names: a mention, a country standing for its state, or a demonym."""
        ref = self.by_token.get(token.i)
        if ref is not None:
            if ref.kind == "actor":
                return ref.id
            return self._state_of_place.get(ref.id)
        if token.head.lemma_.lower() in self._private_people:
            return None  # "Libyan militants" are not the Libyan state
        return self._state_of_demonym.get(token.text.lower())

    def place_at(self, token: Token) -> str | None:
        ref = self.by_token.get(token.i)
        return ref.id if ref is not None and ref.kind == "place" else None


def name_heads(name: str) -> list[str]:
    """The words of a name a description may use for it, lower-cased: its last word, and
    the word before its first lower-case word when it has one ("Army" in "Army of X")."""
    words = name.split()
    if not words:
        return []
    heads = [words[-1].lower()]
    inner = next((k for k, w in enumerate(words) if k and w.islower()), None)
    if inner is not None:
        heads.append(words[inner - 1].lower())
    return heads


def actors_under(
    token: Token,
    index: EntityIndex,
    through: frozenset[str],
    level: frozenset[str],
    refer: Callable[[Token], list[str]] | None = None,
    describing: frozenset[str] = frozenset(),
    preps: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[tuple[str, int]]:
    """The actors a participant phrase headed by ``token`` names, with their token.

    The phrase's own name wins; else the shallowest names below it, following only
    the dependencies in ``through`` ("the headquarters *of the UN*", "*UN* headquarters",
    "*French* forces"). Dependencies in ``level`` (conjuncts, appositions) add
    names at the same depth: every conjunct is a participant. An apposition among
    ``describing`` that follows a name describes it ("X, *a member of Y*"): it adds only
    a name of its own, never the names inside it; and a name in such an apposition after
    a description ("*the Y's leader*, X") is what the phrase names, not the names inside
    the description. ``preps`` (dependencies, words): a
    preposition attached by one of those dependencies is followed only when it is one of
    those words ("members *of* X", not "a mission *in* X").
    """
    named_head = index.actor_at(token) is not None
    conjuncts = _conjuncts(token, level)
    # A description with a name set beside it ("the X's leader, Y") names Y: the names
    # inside the description (X) only say who Y is.
    described = not named_head and any(
        via in describing and index.actor_at(conjunct) is not None for conjunct, via in conjuncts
    )
    found: list[tuple[str, int]] = []
    for conjunct, via in conjuncts:
        if named_head and via in describing:
            own = index.actor_at(conjunct)
            if own is not None:
                found.append((own, conjunct.i))
            continue
        if described and conjunct.i == token.i:
            continue
        # Each name is reported with its conjunct, so coordination stays visible.
        found.extend((actor, conjunct.i) for actor, _ in _shallowest(conjunct, index, through, refer, preps))
    out: list[tuple[str, int]] = []
    for actor, i in sorted(found, key=lambda x: x[1]):
        if actor not in {a for a, _ in out}:
            out.append((actor, i))
    return out


def _conjuncts(token: Token, level: frozenset[str]) -> list[tuple[Token, str]]:
    """``token`` and the tokens reached from it through ``level`` dependencies, each with
    the dependency that reached it ("" for ``token``)."""
    out = [(token, "")]
    seen = {token.i}
    queue = [token]
    while queue:
        for child in queue.pop(0).children:
            if child.dep_ in level and child.i not in seen:
                seen.add(child.i)
                out.append((child, child.dep_))
                queue.append(child)
    return out


def _shallowest(
    token: Token,
    index: EntityIndex,
    through: frozenset[str],
    refer: Callable[[Token], list[str]] | None = None,
    preps: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[tuple[str, int]]:
    """The names nearest below ``token`` (its own name first); ``refer`` resolves a word
    that refers back ("members of *the group*", "both men") where no name is found."""
    frontier = [token]
    while frontier:
        found = [(a, t.i) for t in frontier if (a := index.actor_at(t)) is not None]
        if not found and refer is not None:
            found = [(a, t.i) for t in frontier for a in refer(t)]
        if found:
            return found
        frontier = [
            c
            for t in frontier
            for c in t.children
            if c.dep_ in through and (preps is None or c.dep_ not in preps[0] or c.lower_ in preps[1])
        ]
    return []
