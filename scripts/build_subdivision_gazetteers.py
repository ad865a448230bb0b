#!/usr/bin/env python
"""Build ``models/gazetteers/subdivisions.jsonl`` (dev-time only): the ISO 3166-2
subdivisions below the top level (Irish and British counties, Spanish and Italian
provinces, French departments, Ugandan districts ...), each with its country code.

    python3 -m venv /tmp/buildenv && /tmp/buildenv/bin/pip install pycountry==26.2.16
    /tmp/buildenv/bin/python scripts/build_subdivision_gazetteers.py

The top level is in ``regions.jsonl`` (``scripts/build_geo_gazetteers.py``). A name at
this level is often also a city's or a top-level region's ("Cork", "Burgos", "Madrid"),
so a record holds only the typed forms prose uses for the division itself ("County
Cork", "Co. Cork", "Burgos Province", "Kampala District"): the bare name stays the city.
The library never imports pycountry; it only reads the generated file.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "models" / "gazetteers" / "subdivisions.jsonl"
COMMENT = f"ISO 3166-2 lower-level subdivision via pycountry {version('pycountry')}; typed forms only"

# ISO type -> how English prose names the division after its name ("Burgos Province").
SUFFIX_WORD = {
    "Province": "Province",
    "Autonomous province": "Province",
    "District": "District",
    "County": "County",
    "Two-tier county": "County",
    "Prefecture": "Prefecture",
    "Region": "Region",
    "Governorate": "Governorate",
    "Metropolitan department": "Department",
    "Rayon": "District",
}
# Types that English prose also puts before the name ("County Cork", "Co. Cork").
PREFIX_WORDS = {"County": ("County", "Co."), "Two-tier county": ("County", "Co.")}


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


def clean(name: str) -> str:
    """ "Lugo [Lugo]" -> "Lugo"; "Durham, County" -> "Durham"; "Bristol, City of" -> "Bristol"."""
    name = re.sub(r"\s*\[.*?\]\s*$", "", name)
    name = re.sub(r"\s*\(.*?\)\s*$", "", name)
    return name.split(", ")[0].strip()


def forms(name: str, sub_type: str) -> list[str]:
    out: list[str] = []
    for base in dict.fromkeys([name, ascii_fold(name)]):
        if not base:
            continue
        for word in PREFIX_WORDS.get(sub_type, ()):
            out.append(f"{word} {base}")
        word = SUFFIX_WORD.get(sub_type)
        if word and not base.lower().endswith(word.lower()):
            out += [f"{base} {word}", f"{base} {word.lower()}"]
    return list(dict.fromkeys(out))


def records() -> list[dict[str, object]]:
    out = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code is None:
            continue
        names = forms(clean(s.name), s.type)
        if not names:
            continue
        out.append(
            {
                "id": f"subdiv-{s.code}",
                "label": "REGION",
                "name": names[0],
                "aliases": names[1:],
                "country": s.country_code,
                "subdivision_type": s.type,
                "comment": COMMENT,
            }
        )
    return out


def main() -> int:
    found = records()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in found:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(found)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
