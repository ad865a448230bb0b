"""Name folding shared by canonicalisation and scoring, as ANNOTATION.md defines it:
case, a leading "the", possessives and punctuation folded; accents kept."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Curly and modifier apostrophes/quotes that writers use interchangeably with the ASCII ones.
_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
# A possessive "'s" ends a word; "'" alone after an s (plural possessive) is dropped with the punctuation.
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
# The annotation contract's fold (ANNOTATION.md: "case, leading 'the', possessive and punctuation
# folded"), which the scorer applies to gold and system alike: a definition of the contract, not
# extraction knowledge, so it stays here rather than in a lexicon that a model may change.
_LEADING_THE = re.compile(r"^the\s+")


def _fold_char(char: str) -> str:
    """Letters, digits and combining marks stay; joiners become spaces; other punctuation goes."""
    category = unicodedata.category(char)
    if category[0] in "LNM":
        return char
    # Hyphens, dashes and slashes join words ("Al-Qaeda" is "Al Qaeda"), so they separate tokens,
    # while dots and apostrophes sit inside a word ("U.S." is "US"), so they vanish.
    if category[0] == "Z" or char.isspace() or category == "Pd" or char in "/\\_":
        return " "
    return ""


# The resolver folds the same few hundred names again and again (every mention of a
# name, every Doc); folding is pure, so each string is folded once.
FOLD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold_name(name: str) -> str:
    """The normalised form under which two names count as the same string.

    NFKC; curly quotes and apostrophes folded to ASCII; casefolded; a possessive
    ``'s`` stripped; hyphens, dashes, slashes and underscores become spaces; all
    other punctuation and symbols dropped (letters, digits and accents kept);
    whitespace collapsed; a leading ``the`` stripped. ``"The KFEH's"`` and
    ``"kfeh"`` fold alike; ``"Al-Qaeda"`` and ``"al Qaeda"`` fold alike;
    ``"Selvara"`` and ``"Selvará"`` do not.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTE_FOLD).casefold()
    text = _POSSESSIVE.sub("", text)
    text = "".join(_fold_char(c) for c in text)
    text = " ".join(text.split())
    return _LEADING_THE.sub("", text)


def slugify(name: str) -> str:
    """A readable id from a name: lower-case ASCII letters, digits and underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    return slug or "entity"


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold_accents(name: str) -> str:
    """:func:`fold_name` without accents: "Seán" and "Sean" are one key. The scorer keeps
    accents (ANNOTATION.md); the clusterer uses this, since one text may spell a name both ways."""
    decomposed = unicodedata.normalize("NFKD", fold_name(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
