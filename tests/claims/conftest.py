"""Fixtures of the claim tests: the statistical pipeline once per session, and a blank one."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import briefextract
import briefextract.claims.claim_extractor  # registers the factory when main's install metadata lacks it


@pytest.fixture(scope="session")
def nlp() -> Language:
    return briefextract.load()


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("en")
