"""Named word lists, referenced from patterns as ``"@NAME"``.

One lexicon system for every layer: a word-list record has an open ``label``
(the name patterns refer to), and all records with the same label are one list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from briefextract.errors import RuleFileError
from briefextract.rules.resources import read_jsonl

REF_PREFIX = "@"
# A reference inside a regular expression: "^(?:[A-Z]\\w*|@NAME_CONNECTOR)$".
_REGEX_REF = re.compile(r"@([A-Z][A-Z0-9_]*)")


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` literally (longest first, so no word
    stops short at a shorter one); spaces inside a phrase match any run of spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


class WordList(BaseModel):
    """Words or phrases under a label; ``type`` is an optional annotation type they imply."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    type: str | None = None
    comment: str = Field(min_length=1)


class Lexicon:
    """Word lists by label, read from one or more JSONL files."""

    def __init__(self, lists: Iterable[WordList] = ()) -> None:
        self._lists: dict[str, list[str]] = {}
        self.records: list[WordList] = []
        for wl in lists:
            self.add(wl)

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> Lexicon:
        lexicon = cls()
        for path in paths:
            for wl in read_jsonl(path, WordList):
                lexicon.add(wl)
        return lexicon

    def add(self, wl: WordList) -> None:
        self.records.append(wl)
        bucket = self._lists.setdefault(wl.label, [])
        bucket.extend(w for w in wl.words if w not in bucket)

    def __contains__(self, label: str) -> bool:
        return label in self._lists

    def words(self, label: str) -> list[str]:
        """The words of ``label`` in file order; an unknown label is an error."""
        try:
            return self._lists[label]
        except KeyError:
            raise KeyError(f"unknown word list {REF_PREFIX}{label}") from None

    def lower(self, label: str) -> frozenset[str]:
        return frozenset(w.lower() for w in self.words(label))

    def typed(self, label: str) -> dict[str, str]:
        """Lower-cased word -> the ``type`` of its list, for the lists of ``label`` that carry
        one (the first such list in file order wins for a word listed twice)."""
        self.words(label)  # an unknown label is an error here too
        out: dict[str, str] = {}
        for wl in self.records:
            if wl.label == label and wl.type is not None:
                for word in wl.words:
                    out.setdefault(word.lower(), wl.type)
        return out

    def labels(self) -> list[str]:
        return sorted(self._lists)

    def expand(self, value: Any, *, where: Path | str = "<pattern>") -> Any:
        """``value`` with every ``"@NAME"`` string replaced by the words of NAME.

        Inside a list the words are spliced in; a bare ``"@NAME"`` value becomes
        the list itself (so ``{"LEMMA": {"IN": "@VERBS"}}`` works as well). Inside a
        ``REGEX`` value each ``@NAME`` becomes a group matching any of its words
        (:func:`alternation`), so a token test may take "capitalised, or a connector".
        """
        if isinstance(value, str) and value.startswith(REF_PREFIX) and len(value) > 1:
            return list(self._lookup(value[1:], where))
        if isinstance(value, list):
            out: list[Any] = []
            for item in value:
                if isinstance(item, str) and item.startswith(REF_PREFIX) and len(item) > 1:
                    out.extend(self._lookup(item[1:], where))
                else:
                    out.append(self.expand(item, where=where))
            return out
        if isinstance(value, Mapping):
            return {
                k: self.expand_regex(v, where=where)
                if k == "REGEX" and isinstance(v, str)
                else self.expand(v, where=where)
                for k, v in value.items()
            }
        return value

    def expand_regex(self, regex: str, *, where: Path | str = "<pattern>") -> str:
        """``regex`` with every ``@NAME`` replaced by an :func:`alternation` of NAME's words."""
        return _REGEX_REF.sub(lambda hit: alternation(self._lookup(hit.group(1), where)), regex)

    def _lookup(self, label: str, where: Path | str) -> list[str]:
        if label not in self._lists:
            raise RuleFileError(Path(str(where)), f"pattern names unknown word list {REF_PREFIX}{label}")
        return self._lists[label]
