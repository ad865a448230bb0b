"""The statistical pipeline is loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

import briefextract


@pytest.fixture(scope="session")
def nlp() -> Language:
    return briefextract.load()
