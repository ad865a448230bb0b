"""The span rulers leave spaCy's tokenizer with an empty cache after adding patterns.

spaCy's tokenizer caches at most ``max_cache_size`` chunks and never evicts one, so
phrases tokenised for a ruler's patterns would otherwise fill the cache and no chunk of a
real document would be cached afterwards (tokenising took four times as long). The cache
itself is not visible from Python; a tokenizer that records each new rules table (the
setter that gives it a new, empty cache) stands in for it."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokenizer import Tokenizer


class RecordingTokenizer(Tokenizer):
    """spaCy's tokenizer, counting how often its special-case rules are set."""

    resets = 0

    @property
    def rules(self) -> dict[str, Any]:
        return Tokenizer.rules.__get__(self)

    @rules.setter
    def rules(self, rules: dict[str, Any]) -> None:
        type(self).resets += 1
        Tokenizer.rules.__set__(self, rules)


def test_adding_phrase_patterns_gives_the_tokenizer_a_new_cache() -> None:
    nlp = spacy.blank("en")
    old = nlp.tokenizer
    nlp.tokenizer = RecordingTokenizer(
        nlp.vocab,
        rules=old.rules,
        prefix_search=old.prefix_search,
        suffix_search=old.suffix_search,
        infix_finditer=old.infix_finditer,
    )
    ruler = nlp.add_pipe("briefextract_gazetteer")
    before = RecordingTokenizer.resets
    ruler.add_patterns([{"label": "CITY", "pattern": f"Velnar{i} Port"} for i in range(20)])
    assert RecordingTokenizer.resets == before + 1
    # The patterns still match.
    doc = nlp("They sailed from Velnar7 Port at dawn.")
    assert [s.text for s in doc.spans["bx_gazetteer"]] == ["Velnar7 Port"]
