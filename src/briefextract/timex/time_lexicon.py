"""The time lexicon: the English words the time grammar is built from.

Knowledge lives in ``models/timex/lexicon.jsonl`` (one record a line, each with
``id``, ``label``, ``comment`` and the fields its label needs); this module only
validates it and indexes it for the grammar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from briefextract.rules.resources import model_path, read_jsonl
from briefextract.schema.vocab import TimeModifier

DEFAULT_LEXICON = "timex/lexicon.jsonl"

LexiconLabel = Literal[
    "MONTH",  # number: 1-12; abbreviations only stand with a day or a year
    "SEASON",  # code: SP / SU / FA / WI
    "WEEKDAY",  # dropped from the value
    "POSITION",  # modifier: START / MID / END ("early", "the end of")
    "APPROX",  # modifier: APPROX ("around", "circa")
    "RELATION",  # modifier: BEFORE / AFTER / ON_OR_AFTER ("before", "since")
    "ONWARD",  # modifier: ON_OR_AFTER, after the date ("2014 onwards")
    "ANAPHORIC",  # number: offset from the narrative anchor ("the following")
    "DEICTIC",  # number: offset from the document date ("last")
    "SHIFT",  # "earlier that year": inside the anchor's period
    "UNIT",  # code: day / week / month / year / decade
    "DIRECTION",  # number: +1 / -1, code: anaphoric / deictic ("later", "ago")
    "PAST",  # "the past decade": interval up to the document date
    "COUNT",  # number: how many units ("two years later")
    "ORDINAL",  # number: the century ("the twentieth century")
    "DECADE_WORD",  # number: first year of the decade ("the nineties")
    "NAMED_DATE",  # code: ISO value ("9/11")
    "GATE",  # prepositions that let a bare month or season stand alone
    "NOT_YEAR_BEFORE",  # words before a number that make it no year
    "NOT_YEAR_AFTER",  # counted nouns after a number (unless "the"/"in" precedes)
    "NOT_YEAR_NAME",  # words after a number that always make it an identifier
    "NAME_HEAD",  # words after a yearless date that make it part of a name
    "VAGUE_COUNT",  # an unspecified count in a duration ("a few days" = PXD)
    "REFERENCE",  # code: PRESENT_REF / PAST_REF / FUTURE_REF ("now", "former")
    "SET_WORD",  # code: the TIMEX3 value of a recurring time ("daily", "per month")
    "ERA",  # code: BC / AD ("493 BC", "the 9th century BCE")
    "DAYPART",  # code: MO / AF / EV / NI ("that morning", "the night of 3 May")
    "CLOCK_SUFFIX",  # words after a clock time ("19:00 hrs"), besides the HALF_DAY words
    "HALF_DAY",  # number: the hour a 12-hour clock's half of the day starts at ("a.m." 0, "p.m." 12)
    "NO_ANCHOR_CUE",  # words before a date that make it a side fact ("born 1890")
    "SHORT_YEAR_GATE",  # words before a bare three-digit year ("in 493")
    "DETERMINER",  # words before a month or season that modifies a noun ("a March offensive")
    "FUNCTION_WORD",  # words after a month or season that show no noun follows ("May of")
    "VERB_PARTICLE",  # words after "that spring" that show a verb ("spring from")
    "DATE_JOINER",  # words joining a second month or season to a date ("August and September")
    "ARTICLE",  # before a number it makes a year ("the 2008 attacks"); opening a month, a date ("the winter")
    "SEASON_EVENT_PHRASE",  # a season word and the word after it naming an event ("the fall of")
    "RELATIVE_PRONOUN",  # anaphoric words that open a clause before a verb particle ("that spring from")
    "DIRECTION_PREPOSITION",  # direction words that are prepositions too ("a day on the front")
    "NOT_SHORT_YEAR_NEXT",  # what right after a three-digit number makes it no year ("480 per", "480%")
    "POSSESSIVE",  # possessive marks after a bare month that make it a name ("May's government")
    "TEMPLATE_LEAD",  # literal words a grammar rule may start with ("from", "between"): the scan's lookahead
]
LEXICON_LABELS: tuple[str, ...] = LexiconLabel.__args__  # type: ignore[attr-defined]

# Which optional fields each label needs; any other optional field must stay unset.
_NEEDS: dict[str, frozenset[str]] = {
    "MONTH": frozenset({"number"}),
    "SEASON": frozenset({"code"}),
    "POSITION": frozenset({"modifier"}),
    "APPROX": frozenset({"modifier"}),
    "RELATION": frozenset({"modifier"}),
    "ONWARD": frozenset({"modifier"}),
    "ANAPHORIC": frozenset({"number"}),
    "DEICTIC": frozenset({"number"}),
    "UNIT": frozenset({"code"}),
    "DIRECTION": frozenset({"number", "code"}),
    "COUNT": frozenset({"number"}),
    "ORDINAL": frozenset({"number"}),
    "DECADE_WORD": frozenset({"number"}),
    "NAMED_DATE": frozenset({"code"}),
    "REFERENCE": frozenset({"code"}),
    "SET_WORD": frozenset({"code"}),
    "ERA": frozenset({"code"}),
    "DAYPART": frozenset({"code"}),
    "HALF_DAY": frozenset({"number"}),
}
_OPTIONAL = ("number", "code", "modifier")


class LexiconRecord(BaseModel):
    """One lexicon line: a family of English forms with one meaning."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    label: LexiconLabel
    comment: str = Field(min_length=1)
    forms: list[str] = Field(min_length=1)
    abbreviations: list[str] = Field(default_factory=list)
    number: int | None = None
    code: str | None = None
    modifier: TimeModifier | None = None

    @model_validator(mode="after")
    def _fields_fit_label(self) -> LexiconRecord:
        needs = _NEEDS.get(self.label, frozenset())
        for name in _OPTIONAL:
            present = getattr(self, name) is not None
            if name in needs and not present:
                raise ValueError(f"label {self.label} needs field {name!r}")
            if name not in needs and present:
                raise ValueError(f"label {self.label} does not take field {name!r}")
        if self.abbreviations and self.label != "MONTH":
            raise ValueError("only MONTH records take abbreviations")
        if any(not f.strip() or f != f.strip() for f in [*self.forms, *self.abbreviations]):
            raise ValueError("forms must be non-empty and carry no outer whitespace")
        return self


@dataclass(frozen=True)
class Lexicon:
    """The validated records, with lookups by label."""

    records: tuple[LexiconRecord, ...]

    def of(self, label: str) -> list[LexiconRecord]:
        """Records with ``label``, in file order."""
        return [r for r in self.records if r.label == label]

    def forms(self, label: str) -> list[str]:
        """Every form of every record with ``label``."""
        return [f for r in self.of(label) for f in r.forms]

    def index(self, label: str, *, attr: str = "number", fold: bool = True) -> dict[str, object]:
        """Form (lower-cased when ``fold``) -> the record's ``attr`` for ``label``."""
        out: dict[str, object] = {}
        for r in self.of(label):
            for f in [*r.forms, *r.abbreviations]:
                out[_fold(f) if fold else f] = getattr(r, attr)
        return out

    @cached_property
    def meanings(self) -> Meanings:
        """Folded form -> meaning tables, built once per lexicon."""
        return Meanings(
            month={k: int(v) for k, v in self.index("MONTH").items()},  # type: ignore[call-overload]
            season={k: str(v) for k, v in self.index("SEASON", attr="code").items()},
            position={k: str(v) for k, v in self.index("POSITION", attr="modifier").items()},
            approx={k: str(v) for k, v in self.index("APPROX", attr="modifier").items()},
            relation={k: str(v) for k, v in self.index("RELATION", attr="modifier").items()},
            onward={k: str(v) for k, v in self.index("ONWARD", attr="modifier").items()},
            anaphoric={k: int(v) for k, v in self.index("ANAPHORIC").items()},  # type: ignore[call-overload]
            deictic={k: int(v) for k, v in self.index("DEICTIC").items()},  # type: ignore[call-overload]
            unit={k: str(v) for k, v in self.index("UNIT", attr="code").items()},
            direction={
                _fold(f): (int(r.number or 0), str(r.code)) for r in self.of("DIRECTION") for f in r.forms
            },
            count={k: int(v) for k, v in self.index("COUNT").items()},  # type: ignore[call-overload]
            ordinal={k: int(v) for k, v in self.index("ORDINAL").items()},  # type: ignore[call-overload]
            decade_word={k: int(v) for k, v in self.index("DECADE_WORD").items()},  # type: ignore[call-overload]
            named={k: str(v) for k, v in self.index("NAMED_DATE", attr="code").items()},
            reference={k: str(v) for k, v in self.index("REFERENCE", attr="code").items()},
            set_word={k: str(v) for k, v in self.index("SET_WORD", attr="code").items()},
            era={k: str(v) for k, v in self.index("ERA", attr="code").items()},
            daypart={k: str(v) for k, v in self.index("DAYPART", attr="code").items()},
            half_day={k: int(v) for k, v in self.index("HALF_DAY").items()},  # type: ignore[call-overload]
        )


@dataclass(frozen=True)
class Meanings:
    """What each folded form means, per label (see :meth:`Lexicon.meanings`)."""

    month: dict[str, int]
    season: dict[str, str]
    position: dict[str, str]
    approx: dict[str, str]
    relation: dict[str, str]
    onward: dict[str, str]
    anaphoric: dict[str, int]
    deictic: dict[str, int]
    unit: dict[str, str]
    direction: dict[str, tuple[int, str]]
    count: dict[str, int]
    ordinal: dict[str, int]
    decade_word: dict[str, int]
    named: dict[str, str]
    reference: dict[str, str]
    set_word: dict[str, str]
    era: dict[str, str]
    daypart: dict[str, str]
    half_day: dict[str, int]


def _fold(form: str) -> str:
    """The lookup key of a matched form: lower case, inner whitespace single, no final dot."""
    return " ".join(form.lower().split()).rstrip(".")


def fold(form: str) -> str:
    """Public alias of the lookup folding, for the grammar."""
    return _fold(form)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and validate a lexicon file (default ``models/timex/lexicon.jsonl``)."""
    resolved = (
        Path(path)
        if path is not None and Path(path).is_absolute()
        else model_path(str(path) if path is not None else DEFAULT_LEXICON)
    )
    return Lexicon(tuple(read_jsonl(resolved, LexiconRecord)))


@cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    return load_lexicon()


def labels_used(records: Iterable[LexiconRecord]) -> set[str]:
    """The labels that occur in ``records`` (for lint tests)."""
    return {r.label for r in records}
