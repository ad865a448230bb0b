"""A demonym's plural is no name: the plural endings come from the entity lexicon's
``PLURAL_ENDING`` list, not from Python."""

from __future__ import annotations

from briefextract.entities.resolver import EntityResolver


def test_a_plural_ending_from_the_lexicon_makes_a_demonyms_plural(resolver: EntityResolver) -> None:
    reader = resolver.reader
    demonyms, suffixes = reader.demonyms, reader.plural_suffixes
    try:
        reader.demonyms = frozenset({"velnian"})
        assert "s" in suffixes
        assert reader._plural_demonym("velnians")
        assert not reader._plural_demonym("velnian")  # no ending cut: the demonym itself is checked apart
        assert not reader._plural_demonym("tarrowans")
        reader.plural_suffixes = ()
        assert not reader._plural_demonym("velnians")
        reader.plural_suffixes = ("i",)
        assert reader._plural_demonym("velniani")
    finally:
        reader.demonyms, reader.plural_suffixes = demonyms, suffixes
