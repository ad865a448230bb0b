"""Page furniture is recognised by general line rules, not by one site's strings."""

from __future__ import annotations

from briefextract.document.furniture import find_furniture

PAGE = """Some Group

Backgrounder
Current issues briefly explained.

Introduction

Some Group is an armed group. It operates in the north.

More on:

Terrorism

Southeast Asia and the Pacific

The group split in 2012, analysts say.

More From Our Experts

It was designated in 2013.

Close

Resources

A report describes the group.

Top Stories on Example.org

Velmark

The harbour reopened after the storm.
"""


def covered(text: str) -> str:
    spans, _ = find_furniture(text)
    return "|".join(text[s.start : s.end] for s in spans)


def test_furniture_blocks_are_found_and_article_text_is_not() -> None:
    spans, end = find_furniture(PAGE)
    found = [PAGE[s.start : s.end] for s in spans]
    assert found[0] == "Backgrounder\nCurrent issues briefly explained."
    assert found[1] == "More on:\n\nTerrorism\n\nSoutheast Asia and the Pacific"
    assert "More From Our Experts" in found and "Close" in found
    assert PAGE[end:].startswith("Top Stories on Example.org")
    assert found[-1] == PAGE[end:]
    article = covered(PAGE)
    for sentence in ("The group split in 2012", "It was designated", "Resources", "A report describes"):
        assert sentence not in article


def test_a_tag_list_stops_at_the_first_sentence() -> None:
    text = "Topics:\nSecurity\nAfrica\nThe group split.\n"
    assert covered(text) == "Topics:\nSecurity\nAfrica"


def test_plain_prose_has_no_furniture_and_ends_at_its_end() -> None:
    text = "Attacks and raids\n\nOn 3 May 1981, the group firebombed a depot. Close to midnight it burned.\n"
    spans, end = find_furniture(text)
    assert spans == [] and end == len(text)


def test_words_that_are_furniture_alone_are_kept_inside_sentences() -> None:
    text = "Share of the vote fell.\nClose ties with the army remained.\nAnalysis of the data followed.\n"
    assert covered(text) == ""
