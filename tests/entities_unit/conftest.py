"""The entity layer on hand-built Docs: a blank English pipeline with our rulers, the
furniture marker and the resolver, no statistical component.

Two ways to build a Doc: ``marked`` writes the statistical NER's spans inline
("[Velna Front](ORG) attacked"), with no parse, for what is read from the text alone;
``parsed`` takes a compact table of tokens with their parse, for what is read from
the syntax. Names are invented; real countries and capitals are gazetteer knowledge."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import briefextract  # registers the factories
from briefextract.entities.resolver import EntityResolver
from briefextract.rules import Lexicon, WordList

assert briefextract

COMPONENTS = (
    "briefextract_gazetteer",
    "briefextract_name_patterns",
    "briefextract_furniture",
    "briefextract_entities",
)
# Fine-grained tags for a coarse POS when a row gives none.
DEFAULT_TAG = {
    "PROPN": "NNP",
    "NOUN": "NN",
    "VERB": "VBD",
    "AUX": "VBZ",
    "ADP": "IN",
    "DET": "DT",
    "ADJ": "JJ",
    "ADV": "RB",
    "PRON": "PRP",
    "NUM": "CD",
    "CCONJ": "CC",
    "PART": "POS",
    "PUNCT": ".",
    "SCONJ": "IN",
}
# Words written without a space before them.
_CLINGS = {".", ",", ";", ":", ")", "'s", "’s", "?", "!"}
_MARK = re.compile(r"\[([^\]]+)\]\(([A-Z]+)\)")

# (word, head offset, dep, pos, ent tag[, tag[, lemma]]): the head is given relative to the
# word (0 for the root); a word ending in "~" is written with no space after it.
Row = tuple[Any, ...]


@pytest.fixture(scope="session")
def nlp() -> Language:
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    for name in COMPONENTS:
        nlp.get_pipe(name).initialize(lambda: [], nlp=nlp)
    return nlp


@pytest.fixture(scope="session")
def resolver(nlp: Language) -> EntityResolver:
    component = nlp.get_pipe("briefextract_entities")
    assert isinstance(component, EntityResolver)
    return component


def run(nlp: Language, doc: Doc) -> Doc:
    """Our four components over ``doc``, rulers first."""
    for name in COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    return doc


def marked(nlp: Language, text: str) -> Doc:
    """A Doc of ``text`` whose "[words](LABEL)" parts are the statistical NER's entities;
    tokenised by the blank pipeline, with no tags and no parse; run through our components."""
    plain, spans, at = [], [], 0
    for hit in _MARK.finditer(text):
        plain.append(text[at : hit.start()])
        start = sum(len(p) for p in plain)
        plain.append(hit.group(1))
        spans.append((start, start + len(hit.group(1)), hit.group(2)))
        at = hit.end()
    plain.append(text[at:])
    doc = nlp.make_doc("".join(plain))
    ents = []
    for s, e, label in spans:
        span = doc.char_span(s, e, label=label)
        assert span is not None, f"{text[s:e]!r} is not on token boundaries"
        ents.append(span)
    doc.ents = ents
    return run(nlp, doc)


def parsed(nlp: Language, rows: Sequence[Row]) -> Doc:
    """A Doc from a table of (word, head offset, dep, pos, ent tag[, tag[, lemma]]) rows,
    run through our components. The lemma defaults to the lower-cased word."""
    heads = [k + row[1] for k, row in enumerate(rows)]
    for k in range(len(rows)):
        seen, at = {k}, k
        while heads[at] != at:
            at = heads[at]
            assert at not in seen and 0 <= at < len(rows), f"row {k} ({rows[k][0]!r}) never reaches a root"
            seen.add(at)
    words, spaces = [], []
    for k, row in enumerate(rows):
        word = row[0]
        glued = len(word) > 1 and word.endswith("~")
        words.append(word[:-1] if glued else word)
        following = rows[k + 1][0] if k + 1 < len(rows) else None
        spaces.append(not glued and following is not None and following not in _CLINGS)
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        tags=[row[5] if len(row) > 5 and row[5] else DEFAULT_TAG[row[3]] for row in rows],
        lemmas=[row[6] if len(row) > 6 else w.lower() for w, row in zip(words, rows, strict=True)],
        ents=[row[4] for row in rows],
    )
    return run(nlp, doc)


def records(doc: Doc) -> dict[str, dict[str, Any]]:
    """The entity records by name."""
    return {r["name"]: r for r in doc._.bx_entities.values()}


def record(doc: Doc, name: str) -> dict[str, Any]:
    found = records(doc)
    assert name in found, f"no entity {name!r} in {summary(doc)}"
    return found[name]


def summary(doc: Doc) -> list[tuple[str, str, str]]:
    """(name, kind, type) of every entity, for messages and whole-result asserts."""
    return sorted((r["name"], r["kind"], r["type"]) for r in doc._.bx_entities.values())


def mention_texts(rec: dict[str, Any]) -> list[str]:
    return [m["text"] for m in rec["mentions"]]


def spans(doc: Doc) -> list[Span]:
    return list(doc.spans["bx_entities"])


def lexicon_of(labels: dict[str, list[str]]) -> Lexicon:
    """A lexicon of one test list per label: what the code under test reads, and nothing else."""
    return Lexicon(WordList(id=k.lower(), label=k, words=v, comment="test") for k, v in labels.items())
