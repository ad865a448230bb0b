"""The name-pattern ruler runs anchored patterns only near their anchor words."""

from __future__ import annotations

import spacy

from briefextract.entities.rulers import NamePatternRuler, _anchor


def test_the_anchor_is_a_word_list_not_punctuation() -> None:
    pattern = [
        {"TEXT": {"REGEX": "^[A-Z]"}},
        {"ORTH": "-"},
        {"TEXT": {"REGEX": "^[A-Z]"}},
        {"LOWER": {"IN": ["gang"]}},
    ]
    assert _anchor(pattern) == ("LOWER", {"gang"})
    assert _anchor([{"ORTH": "("}, {"IS_UPPER": True}, {"ORTH": ")"}]) == ("ORTH", {"("})
    assert _anchor([{"IS_TITLE": True}, {"IS_UPPER": True}]) is None


def _ruler() -> NamePatternRuler:
    nlp = spacy.blank("en")
    ruler = NamePatternRuler(nlp, "names", spans_key="names", source="unused", phrase_matcher_attr=None)
    ruler.add_patterns(
        [
            {
                "label": "ARMED_GROUP",
                "id": "gang",
                "pattern": [{"IS_TITLE": True}, {"ORTH": "-"}, {"IS_TITLE": True}, {"LOWER": "gang"}],
            },
            {
                "label": "ARMED_GROUP",
                "id": "numeral",
                "pattern": [{"IS_UPPER": True}, {"ORTH": {"IN": ["VIII", "IX"]}}],
            },
            {"label": "ARMED_GROUP", "id": "free", "pattern": [{"IS_UPPER": True}, {"IS_DIGIT": True}]},
        ]
    )
    return ruler


def test_windowed_matching_finds_what_whole_text_matching_finds() -> None:
    ruler = _ruler()
    doc = ruler.nlp("Later the Marlow-Greer gang and the VLF VIII met KRA 9 in al-Tarvo al-Tarvo.")
    got = sorted((s.text, s.id_) for s in ruler.match(doc))
    assert got == [("KRA 9", "free"), ("Marlow-Greer gang", "gang"), ("VLF VIII", "numeral")]
    assert got == sorted((s.text, s.id_) for s in spacy.pipeline.SpanRuler.match(ruler, doc))
