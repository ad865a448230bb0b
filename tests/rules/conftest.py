"""The statistical pipeline is loaded once per test session, and the bundled corpus parsed
once for the differential tests of the rule matchers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import briefextract
from briefextract.io.bundled import bundled_dir
from briefextract.rules import Lexicon
from briefextract.rules.resources import model_path


@pytest.fixture(scope="session")
def nlp() -> Language:
    return briefextract.load()


@pytest.fixture(scope="session")
def parsed_corpus(nlp: Language) -> list[Doc]:
    """The bundled corpus through the statistical components only (no briefextract layer)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(bundled_dir("corpus")).glob("*.txt"))]
    return list(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n.startswith("briefextract_")]))


def event_token_patterns() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(record id, pattern with its word lists expanded) of every token record of the event layer
    that is a pattern rather than a word list."""
    lexicon = Lexicon.from_files([model_path("events/lexicon.jsonl")])
    for path in sorted(model_path("events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("matcher", "token") != "token" or "words" in record:
                continue
            yield record["id"], lexicon.expand(record["pattern"])
