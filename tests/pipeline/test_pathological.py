"""Inputs that once took minutes: each is now linear, and the time is the pipeline's own.

Times are CPU seconds of this process (the machine may be shared). The one input
whose floor is the statistical model itself (30,000 tokens of one repeated
name) is compared with the base spaCy pipeline on the same text.
"""

from __future__ import annotations

import random
import time

import pytest
import spacy
from spacy.language import Language

from briefextract.extraction import extract_text
from briefextract.pipeline import DEFAULT_MODEL

WORDS = ["Front", "Army", "Liberation", "National", "Movement", "Brigade", "Party", "Popular", "Vantor"]


def _cpu(nlp: Language, text: str) -> float:
    started = time.process_time()
    extract_text(nlp, text, doc_id="p")
    return time.process_time() - started


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        " ".join(random.Random(1).choice(WORDS) for _ in range(2000)),
        "Vantor" + "[1]" * 10_000,
        "(" * 10_000 + "Vantor" + ")" * 10_000,
    ],
    ids=["title-case-2000", "citation-markers-10000", "nested-brackets-10000"],
)
def test_pathological_inputs_take_seconds(nlp: Language, text: str) -> None:
    assert _cpu(nlp, text) < 5.0


@pytest.mark.slow
def test_a_name_repeated_ten_thousand_times_costs_what_the_base_pipeline_costs(nlp: Language) -> None:
    text = "al-Vantor " * 10_000
    ours = _cpu(nlp, text)
    base = spacy.load(DEFAULT_MODEL)
    pieces = [text[i : i + 50_000] for i in range(0, len(text), 50_000)]
    started = time.process_time()
    list(base.pipe(pieces))
    floor = time.process_time() - started
    assert ours < 1.5 * floor + 2.0, (ours, floor)
