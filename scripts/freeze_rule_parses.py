"""Freeze the parse of every rule example, so rule tests run on hand-built Docs.

Run after adding or changing an example in ``models/events/*.jsonl``::

    .venv/bin/python scripts/freeze_rule_parses.py

It writes ``tests/events/example_parses.jsonl``: one line per example with the plain
text and the base pipeline's words, spaces, heads, dependencies, tags, POS and lemmas;
for a record whose pattern reads entity types (``ENT_TYPE``, ``ENT_IOB``), also the
named-entity tags (``ents``, IOB strings such as "B-PERSON"), so the built Doc carries
the types the record tests. The tests build ``Doc(vocab, words=..., heads=..., deps=...)``
from these lines, so a rule test does not change when the statistical model does.
Review the diff like code.
"""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from briefextract.pipeline import DEFAULT_MODEL, add_tokenizer_rules
from briefextract.rules.inline import parse_inline

ROOT = Path(__file__).resolve().parents[1]
RULE_FILES = ["triggers.jsonl", "modality.jsonl"]
OUT = ROOT / "tests" / "events" / "example_parses.jsonl"
ENTITY_ATTRS = ("ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID")


def reads_entities(record: dict) -> bool:
    """Whether a record's pattern tests a token's named-entity attributes."""
    return any(attr in json.dumps(record.get("pattern", [])) for attr in ENTITY_ATTRS)


def main() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    add_tokenizer_rules(nlp)
    rows = []
    for fname in RULE_FILES:
        for line in (ROOT / "models" / "events" / fname).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for example in record.get("examples", []):
                text, _ = parse_inline(example)
                doc = nlp(text)
                row = {
                    "file": fname,
                    "rule": record["id"],
                    "example": example,
                    "words": [t.text for t in doc],
                    "spaces": [bool(t.whitespace_) for t in doc],
                    "heads": [t.head.i for t in doc],
                    "deps": [t.dep_ for t in doc],
                    "tags": [t.tag_ for t in doc],
                    "pos": [t.pos_ for t in doc],
                    "lemmas": [t.lemma_ for t in doc],
                }
                if reads_entities(record):
                    row["ents"] = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
                rows.append(row)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} parses to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
