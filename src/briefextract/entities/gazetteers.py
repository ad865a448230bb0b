"""Gazetteers of real-world names (``models/gazetteers/``), loaded once.

Countries, cities, regions, armed groups and organisations become
:class:`GazetteerEntry` records and, from them, phrase patterns for the
gazetteer ruler. Sources are named in ``models/README.md``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from briefextract.entities.lexicons import LEXICON_FILE
from briefextract.rules.lexicon import Lexicon
from briefextract.rules.resources import model_path, read_jsonl, read_tsv

GAZETTEER_DIR = "gazetteers"

PLACE_LABELS = frozenset({"COUNTRY", "CITY", "REGION", "OTHER"})


@dataclass(frozen=True)
class NameForms:
    """The words by which prose writes a listed name otherwise, from the entity lexicon: a
    leading article it drops (``LISTED_NAME_ARTICLE``: "the Velna Basin" is found as "Velna
    Basin"), a final possessive clitic it may cut (``POSSESSIVE_MARK``: "Tarrow Hall's" is also
    found as "Tarrow Hall")."""

    articles: tuple[str, ...] = ()
    genitive_marks: tuple[str, ...] = ()

    @staticmethod
    @cache
    def from_lexicon(lexicon: Path | None = None) -> NameForms:
        """The lists of the entity lexicon at ``lexicon`` (default: the one in ``models/``),
        read once per file."""
        words = Lexicon.from_files([lexicon if lexicon is not None else model_path(LEXICON_FILE)])
        return NameForms(tuple(words.words("LISTED_NAME_ARTICLE")), tuple(words.words("POSSESSIVE_MARK")))


class CountryRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: Literal["COUNTRY"]
    iso2: str | None
    name: str
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capital: str | None = None
    capital_aliases: list[str] = Field(default_factory=list)
    historical: bool = False
    comment: str


class RegionRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: Literal["REGION", "OTHER"]
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    subdivision_type: str | None = None  # ISO 3166-2 category ("Province", "State") for subdivisions
    comment: str


class OrganisationRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: Literal["ARMED_GROUP", "GOVERNMENT_BODY", "INTERNATIONAL_ORG", "POLITICAL_GROUP", "RESEARCH_MEDIA"]
    name: str
    aliases: list[str] = Field(default_factory=list)
    comment: str
    lists: list[str] = Field(default_factory=list)
    country: str | None = None
    parent: str | None = None
    status: str | None = None
    successor: str | None = None
    ambiguous: bool = False


@dataclass(frozen=True)
class GazetteerEntry:
    key: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    # The articles and possessive clitics prose drops from the names (from the entity lexicon).
    forms: NameForms = field(default_factory=NameForms.from_lexicon, repr=False)

    def names(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases

    def surface_forms(self) -> list[str]:
        """How the names are written in prose: without a leading article ("the Sahel"
        is found as "Sahel", but "The Times" keeps it); for dotted abbreviations,
        also without the final period ("U.S", "U.K"); for a name of several words that
        ends in a genitive, also without it."""
        return list(self._surface_forms)

    @cached_property
    def _surface_forms(self) -> tuple[str, ...]:
        """Worked out once per entry: the resolver asks for every gazetteer match of every Doc."""
        forms: dict[str, None] = {}
        for name in self.names():
            name = name.strip()
            # The article is dropped for places and multi-word names only: "The National"
            # or "The Times" without it would be an ordinary word.
            article = next((a for a in self.forms.articles if name.lower().startswith(f"{a.lower()} ")), None)
            if article is not None and (self.label in PLACE_LABELS or len(name.split()) > 2):
                name = name[len(article) + 1 :]
            variants = [name, name[:-1]] if name.endswith(".") and name.count(".") > 1 else [name]
            mark = next((m for m in self.forms.genitive_marks if name.endswith(m)), None)
            if len(name.split()) > 1 and mark is not None:
                # "Tarrow Hall's" is also written as a possessive would be cut: "Tarrow Hall"
                variants.append(name[: -len(mark)])
            for variant in variants:
                if len(variant) >= 2:
                    forms.setdefault(variant, None)
        return tuple(forms)


@dataclass(frozen=True)
class Town:
    """A town under the cities' population floor (``towns.tsv``): no phrase pattern of its
    own; a place only where the text gives evidence
    (:mod:`~briefextract.entities.place_constructions`). ``ambiguous``: its name is also a
    fairly common English word or personal name."""

    key: str
    name: str
    country: str
    population: int
    ambiguous: bool


@dataclass
class Gazetteer:
    """All entries, plus the lookups the entity resolver needs."""

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country key
    capitals: dict[str, str] = field(default_factory=dict)  # capital city name -> country key
    by_iso2: dict[str, str] = field(default_factory=dict)  # iso2 -> country key
    # a listed city's key -> the less populous cities of the same name, as (key, iso2) pairs
    namesakes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # lower-cased name or alias of a town -> the towns so written, most populous first
    towns: dict[str, list[Town]] = field(default_factory=dict)

    def add(self, entry: GazetteerEntry) -> None:
        self.entries.setdefault(entry.key, entry)

    def prepare(self) -> None:
        """Build the lookups the resolver reads on every Doc (each entry's surface forms,
        :attr:`places_by_form`) now rather than on the first Doc."""
        for entry in self.entries.values():
            entry.surface_forms()
        _ = self.places_by_form
        _ = self.town_forms

    @cached_property
    def places_by_form(self) -> dict[str, str]:
        """Lower-cased surface form -> key of the place entry written so (first entry wins)."""
        out: dict[str, str] = {}
        for entry in self.entries.values():
            if entry.label in PLACE_LABELS:
                for form in entry.surface_forms():
                    out.setdefault(form.lower(), entry.key)
        return out

    @cached_property
    def town_forms(self) -> tuple[str, ...]:
        """The towns' lower-cased names and aliases, sorted (read once the towns are loaded)."""
        return tuple(sorted(self.towns))

    def may_start_town(self, text: str) -> bool:
        """Whether some town's lower-cased name or alias starts with ``text``: a scan for town
        names stops reading words as soon as none does (most capitalised words start none)."""
        forms = self.town_forms
        k = bisect.bisect_left(forms, text)
        return k < len(forms) and forms[k].startswith(text)

    def patterns(self) -> list[dict[str, object]]:
        """Phrase patterns for a span ruler: one per distinct (key, surface form)."""
        return [
            {"label": entry.label, "pattern": form, "id": entry.key}
            for entry in self.entries.values()
            for form in entry.surface_forms()
        ]


def _split_aliases(raw: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in raw.split("|") if a.strip())


def load_gazetteer(directory: str = GAZETTEER_DIR, root: Path | None = None) -> Gazetteer:
    """Every gazetteer file present under ``models/<directory>`` (or under ``root``, a saved
    copy of ``models/``); missing files are skipped. Read once per folder: the rulers, the
    resolver, events, claims and relations all ask for it at load. The articles and
    possessive clitics prose drops from a name come from the entity lexicon beside it (the
    shipped one when there is none there)."""
    lexicon = model_path(LEXICON_FILE, root)
    return _read_gazetteer(
        model_path(directory, root), NameForms.from_lexicon(lexicon if lexicon.exists() else None)
    )


@cache
def _read_gazetteer(folder: Path, forms: NameForms) -> Gazetteer:
    gaz = Gazetteer()
    countries = folder / "countries.jsonl"
    if countries.exists():
        for c in read_jsonl(countries, CountryRecord):
            gaz.add(GazetteerEntry(c.id, "COUNTRY", c.name, tuple(c.aliases), c.iso2, forms))
            if c.iso2 and not c.historical:
                gaz.by_iso2[c.iso2] = c.id
            for demonym in c.demonyms:
                gaz.demonyms.setdefault(demonym, c.id)
            if c.capital and not c.historical:
                for cap in (c.capital, *c.capital_aliases):
                    gaz.capitals.setdefault(cap, c.id)
    cities = folder / "cities.tsv"
    if cities.exists():
        for row in read_tsv(cities):
            gaz.add(
                GazetteerEntry(
                    row["id"],
                    "CITY",
                    row["name"],
                    _split_aliases(row["aliases"]),
                    row["country"] or None,
                    forms,
                )
            )
    namesakes = folder / "city_namesakes.tsv"
    if namesakes.exists():
        for row in read_tsv(namesakes):
            if row["namesake_of"] in gaz.entries and row["country"]:
                gaz.namesakes.setdefault(row["namesake_of"], []).append((row["id"], row["country"]))
    towns = folder / "towns.tsv"
    if towns.exists():
        for row in read_tsv(towns):
            town = Town(
                row["id"], row["name"], row["country"], int(row["population"]), row["ambiguous"] == "1"
            )
            for form in dict.fromkeys((row["name"], *_split_aliases(row["aliases"]))):
                gaz.towns.setdefault(form.lower(), []).append(town)
        for found in gaz.towns.values():
            found.sort(key=lambda t: -t.population)
    # Top-level subdivisions and hand regions, then the ISO 3166-2 levels below (typed forms only).
    for name in ("regions.jsonl", "subdivisions.jsonl"):
        path = folder / name
        if path.exists():
            for r in read_jsonl(path, RegionRecord):
                gaz.add(GazetteerEntry(r.id, r.label, r.name, tuple(r.aliases), r.country, forms))
    for name in ("armed_groups.jsonl", "organisations.jsonl", "communities.jsonl"):
        path = folder / name
        if path.exists():
            for o in read_jsonl(path, OrganisationRecord):
                gaz.add(GazetteerEntry(o.id, o.label, o.name, tuple(o.aliases), o.country, forms))
    return gaz
