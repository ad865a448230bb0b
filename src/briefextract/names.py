"""Name folding shared by canonicalisation and scoring: case, leading "the",
possessives and punctuation folded; accents kept."""

from __future__ import annotations

import re
import unicodedata

# Right and left single quotes, the modifier-letter apostrophe (U+02BC), backtick, double quotes.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "\u02bc": "'", "`": "'", "“": '"', "”": '"'})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def fold_name(name: str) -> str:
    """The comparison key of a name: "The AQIM’s" and "aqim" fold alike."""
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold().strip()
    s = _POSSESSIVE.sub("", s)
    s = re.sub(r"^the\s+", "", s)
    s = _NON_WORD.sub(" ", s).replace("_", " ")
    return _SPACES.sub(" ", s).strip()


def slugify(name: str) -> str:
    """A readable id from a name: lower-case ASCII letters, digits and underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    return slug or "entity"
