"""The time grammar: regular expressions, built from the lexicon, that find
candidate time expressions in running text.

The rules are records of ``models/timex/grammar.jsonl``: each a template over named
word classes (``{MONTH}``, ``{YEAR}``, ``{POS}`` ...) whose alternations come from
``models/timex/lexicon.jsonl``, and over the file's named pieces (FRAGMENT records). For
scanning (leftmost match wins; at one position the first rule in file order wins) the rules
are indexed by the characters a match of each can begin with, read from its regex, so a
position tries, in file order, only those that can begin there; each rule is also compiled
once as a full-match pattern, so :func:`briefextract.timex.normalize` reads a string the
same way the scanner read it in context.

Context checks that a regular expression cannot make cheaply live in
:meth:`Grammar.accept`: a bare month or season needs a temporal preposition
before it ("in May", not "The group May have"), a bare number must look like a year
("2,000 fighters", "Resolution 2085" and "the 1267 Committee" are no years), a
yearless date before "Movement" names a group ("the March 23 Movement").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from re import _constants as sre_constants
from re import _parser as sre_parser
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from briefextract.rules.resources import model_path, read_jsonl
from briefextract.timex.time_lexicon import Lexicon, default_lexicon, fold

T = TypeVar("T")


DEFAULT_GRAMMAR = "timex/grammar.jsonl"
# The label of a named regex piece that later records use as {NAME}; every other label is a rule.
FRAGMENT = "FRAGMENT"
# How a rule's match is read (a rule record's ``reading``): the interpretation normalize.py
# applies and the context checks below select on this field, never on a rule's id.
ReadingName = Literal[
    "named-day",
    "onward",
    "range",
    "day-range-day-first",
    "day-range-month-first",
    "year-range",
    "era-range",
    "era-year",
    "short-year",
    "era-decade",
    "clock",
    "daypart",
    "duration",
    "set",
    "reference",
    "iso-day",
    "numeric-day",
    "full-date",
    "month-year",
    "day-month",
    "bare-month",
    "season-year",
    "bare-season",
    "century",
    "decade",
    "year",
    "anaphoric-period",
    "deictic-period",
    "same-period",
    "shift",
    "past-span",
]


class Rule(BaseModel):
    """One record of the grammar file: a rule (a construction, its ``label`` saying what it
    reads) or a FRAGMENT (a named piece); ``template`` uses ``{CLASS}`` word classes, earlier
    fragments and named groups; ``examples`` are strings the rule reads whole."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    label: Literal["FRAGMENT", "DATE", "RANGE", "RELATIVE", "TIME", "DURATION", "SET", "REFERENCE"]
    # How a match is read; every rule has one, a FRAGMENT none.
    reading: ReadingName | None = None
    template: str = Field(min_length=1)
    comment: str = Field(min_length=1)
    examples: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _reading_iff_rule(self) -> Rule:
        if (self.reading is None) != (self.label == FRAGMENT):
            raise ValueError(f"{self.id}: a rule needs a 'reading', a FRAGMENT has none")
        return self


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """The grammar's records, strictly validated (default ``models/timex/grammar.jsonl``)."""
    resolved = (
        Path(path)
        if path is not None and Path(path).is_absolute()
        else model_path(str(path or DEFAULT_GRAMMAR))
    )
    return tuple(read_jsonl(resolved, Rule))


def _reading(rule: Rule) -> str:
    assert rule.reading is not None  # validated: every rule (not FRAGMENT) has one
    return rule.reading


@cache
def default_rules() -> tuple[Rule, ...]:
    """The packaged grammar, read once per process."""
    return load_rules()


# Word boundaries around every rule: no letter or digit on either side; no
# citation bracket, currency or slash before; no decimal/thousands tail after.
_START = r"(?<![\w\[/$€£#&@])(?<!\d[,.:])"
_END = r"(?![\w%@])(?![,.:/]\d)(?!-\d)"


def _alt(forms: list[str], *, first_upper: bool = True, dot: bool = False) -> str:
    """A regex matching any of ``forms``, as a trie so each position fails fast.

    Lower-case words may also start with a capital (sentence starts); inner
    spaces match any whitespace; ``dot`` allows a final "." (abbreviations).
    Longer forms are tried before their prefixes.
    """
    variants: set[str] = set()
    for form in forms:
        variants.add(form)
        if first_upper and form[0].isalpha() and form[0].islower():
            variants.add(form[0].upper() + form[1:])
    trie: dict[str, dict] = {}
    for form in variants:
        node = trie
        for ch in form:
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = {}  # end of a form
    return "(?:" + _trie_regex(trie) + (r"\.?" if dot else "") + ")"


def _trie_regex(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [tok + _trie_regex(child) for tok, child in sorted(node.items()) if tok]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _word_classes(lex: Lexicon) -> dict[str, str]:
    """The ``{CLASS}`` fragments the rule templates are written with."""
    months = lex.forms("MONTH")
    abbreviations = [a for r in lex.of("MONTH") for a in r.abbreviations]
    c: dict[str, str] = {
        "YEAR": r"(?:1\d{3}|20\d\d)",
        "MONTHFULL": _alt(months, first_upper=False),
        "MONTH": "(?:" + _alt(months, first_upper=False) + "|" + _alt(abbreviations, dot=True) + ")",
        "SEASON": _alt(lex.forms("SEASON")),
        "WEEKDAY": "(?:"
        + _alt([r.forms[0] for r in lex.of("WEEKDAY")], first_upper=False)
        + "|"
        + _alt([f for r in lex.of("WEEKDAY") for f in r.forms[1:]], first_upper=False, dot=True)
        + ")",
        "POS": _alt(lex.forms("POSITION")),
        "APPROX": _alt(lex.forms("APPROX")),
        "REL": _alt(lex.forms("RELATION")),
        "ONWARD": _alt(lex.forms("ONWARD"), first_upper=False),
        "ANA": _alt(lex.forms("ANAPHORIC")),
        "DEI": _alt(lex.forms("DEICTIC")),
        "SHIFT": _alt(lex.forms("SHIFT")),
        "UNIT": _alt([f for r in lex.of("UNIT") if r.code in DATE_UNITS for f in r.forms], first_upper=False),
        "UNIT1": _alt([r.forms[0] for r in lex.of("UNIT") if r.code in DATE_UNITS], first_upper=False),
        "DUNIT": _alt(lex.forms("UNIT"), first_upper=False),
        "DCOUNT": "(?:" + _alt(lex.forms("COUNT")) + r"|\d{1,3})",
        "VAGUE": _alt(lex.forms("VAGUE_COUNT")),
        "REF": _alt(lex.forms("REFERENCE")),
        "SETW": _alt(lex.forms("SET_WORD")),
        "ERA": _alt(lex.forms("ERA"), first_upper=False),
        "DAYPART": _alt(lex.forms("DAYPART"), first_upper=False),
        "CLOCKSUF": _alt(lex.forms("CLOCK_SUFFIX") + lex.forms("HALF_DAY"), first_upper=False),
        "AMPM": _alt(lex.forms("HALF_DAY"), first_upper=False),
        "DIR": _alt(lex.forms("DIRECTION"), first_upper=False),
        "PAST": _alt(lex.forms("PAST")),
        "COUNT": "(?:" + _alt(lex.forms("COUNT")) + r"|\d{1,2})",
        "ORDINAL_WORD": _alt(lex.forms("ORDINAL")),
        "DECWORD": _alt(lex.forms("DECADE_WORD")),
        "NAMED": _alt(lex.forms("NAMED_DATE")),
        "CONN_REL": r"(?:(?<=-)|\s+)",
        "CONN_POS": r"(?:\s*[-\u2013]\s*|\s+)",
    }
    return c


# Units a date can be counted in; hours and centuries only measure durations.
DATE_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_LEAD_LABELS = (
    "MONTH",
    "WEEKDAY",
    "SEASON",
    "RELATION",
    "APPROX",
    "POSITION",
    "ANAPHORIC",
    "DEICTIC",
    "SHIFT",
    "COUNT",
    "PAST",
    "ORDINAL",
    "DECADE_WORD",
    "VAGUE_COUNT",
    "REFERENCE",
    "SET_WORD",
    "ERA",
)


def _first_words(lex: Lexicon) -> list[str]:
    """Every word a time expression can start with (without final '.' or '-')."""
    words = set(lex.forms("TEMPLATE_LEAD"))
    for label in _LEAD_LABELS:
        for r in lex.of(label):
            for form in [*r.forms, *r.abbreviations]:
                words.add(form.split()[0].rstrip(".-"))
    return sorted(w for w in words if w and not w[0].isdigit())


def _render(template: str, classes: dict[str, str]) -> str:
    # Templates are str.format strings: {CLASS} is a word class, {{ }} a literal brace.
    return template.format(**classes)


# How many characters of a rule's possible openings the scan indexes the rules by, and how many
# openings one piece of a rule may have before the analysis stops there (a shorter opening).
OPENING_LENGTH = 3
_MAX_OPENINGS = 4096
_MAX_CLASS = 64  # a character class with more members is read as "any character"
_DIGITS = "0123456789"
# (opening, whether the piece ends right after it); ("", False): the piece can begin with anything.
_Openings = set[tuple[str, bool]]
_UNKNOWN: frozenset[tuple[str, bool]] = frozenset({("", False)})
_EMPTY: frozenset[tuple[str, bool]] = frozenset({("", True)})


def _class_members(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a parsed character class matches, or None: too many or not listed."""
    chars: set[str] = set()
    for op, value in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(value))  # type: ignore[arg-type]
        elif op is sre_constants.RANGE and value[1] - value[0] < _MAX_CLASS:  # type: ignore[index]
            chars.update(chr(c) for c in range(value[0], value[1] + 1))  # type: ignore[index]
        elif op is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        else:
            return None  # a negation, a wide range, a word or space class
    return chars if len(chars) <= _MAX_CLASS else None


def _piece_openings(op: object, value: object) -> _Openings | frozenset[tuple[str, bool]]:
    """The openings of one parsed regex piece (an over-approximation: never misses one)."""
    if op is sre_constants.LITERAL:
        return {(chr(value), True)}  # type: ignore[arg-type]
    if op is sre_constants.IN:
        chars = _class_members(value)  # type: ignore[arg-type]
        return _UNKNOWN if chars is None else {(c, True) for c in chars}
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, body = value  # type: ignore[misc]
        return _UNKNOWN if add_flags else _sequence_openings(body)
    if op is sre_constants.BRANCH:
        found: _Openings = set()
        for branch in value[1]:  # type: ignore[index]
            found |= _sequence_openings(branch)
        return found
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, high, body = value  # type: ignore[misc]
        once = _sequence_openings(body)
        # After more than one repetition what follows is not worked out.
        found = set(once) if high == 1 else {(o, False) for o, _ in once}
        if low == 0:
            found.add(("", True))
        return found
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
        return _EMPTY  # zero-width: it consumes nothing
    return _UNKNOWN  # any character, a negated literal, a back reference ...


def _sequence_openings(items: object) -> _Openings:
    """The openings of a parsed regex sequence, piece after piece, up to OPENING_LENGTH."""
    current: _Openings = set(_EMPTY)
    for op, value in items:  # type: ignore[attr-defined]
        if not any(ends and len(o) < OPENING_LENGTH for o, ends in current):
            break
        piece = _piece_openings(op, value)
        joined: _Openings = set()
        for o, ends in current:
            if not ends or len(o) >= OPENING_LENGTH:
                joined.add((o[:OPENING_LENGTH], False))
                continue
            for more, more_ends in piece:
                whole = o + more
                if len(whole) >= OPENING_LENGTH:
                    joined.add((whole[:OPENING_LENGTH], False))
                else:
                    joined.add((whole, more_ends))
        if len(joined) > _MAX_OPENINGS:
            return {(o, False) for o, _ in current}  # too many: stop before this piece
        current = joined
    return current


def rule_openings(pattern: str) -> frozenset[str]:
    """Every string of up to OPENING_LENGTH characters a match of ``pattern`` can begin with
    (a shorter one where what comes next was not worked out); containing "" if a match can
    begin with anything. Read from the parsed regex, so it holds for any rule."""
    return frozenset(o for o, _ in _sequence_openings(sre_parser.parse(pattern)))


@dataclass(frozen=True)
class Candidate:
    """A rule's match: offsets, the rule id, how the rule is read and its named groups that matched."""

    start: int
    end: int
    text: str
    rule: str
    reading: str
    groups: dict[str, str]
    # Offsets of the named groups in the scanned text (empty when read by parse()).
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


class Grammar:
    """The compiled rules over one lexicon. Build once; scanning is re-entrant.

    ``rules`` are the grammar file's records (default: the packaged grammar): the fragments
    are rendered in order into further word classes, the rules compiled in order."""

    def __init__(self, lexicon: Lexicon, rules: Sequence[Rule] | None = None) -> None:
        self.lexicon = lexicon
        records = default_rules() if rules is None else tuple(rules)
        classes = _word_classes(lexicon)
        for fragment in (r for r in records if r.label == FRAGMENT):
            classes[fragment.id] = _render(fragment.template, classes)
        # The normaliser reads a range's side ('3rd') with the grammar's own piece; a grammar
        # without it reads no ordinal day there.
        self.ordinal_ending = classes.get("ORDINAL_ENDING", "(?!)")
        self.rules = tuple(r for r in records if r.label != FRAGMENT)
        self._full: list[tuple[Rule, re.Pattern[str]]] = []
        alternatives: list[str] = []
        self._groups: dict[str, tuple[Rule, list[tuple[str, str]]]] = {}
        bodies: list[str] = []
        for k, rule in enumerate(self.rules):
            body = _render(rule.template, classes)
            bodies.append(body)
            self._full.append((rule, re.compile(body)))
            prefix = f"r{k}_"
            renamed = body.replace("(?P<", f"(?P<{prefix}")
            names = re.findall(r"\(\?P<(\w+)>", body)
            self._groups[f"r{k}"] = (rule, [(prefix + n, n) for n in names])
            alternatives.append(f"(?P<r{k}>{renamed})")
        # A cheap lookahead first: most word starts cannot begin a time
        # expression, and failing them here saves trying every rule there.
        lead = r"(?=[\d'\u2019\u2018]|" + _alt(_first_words(lexicon)) + "(?![a-z]))"
        # Where a time expression can start; there only the rules that can begin with the next
        # characters are tried (rule_openings), one by one in file order, so the first rule
        # that matches is the one a single alternation of all the rules would find.
        self._starts = re.compile(_START + lead)
        self._rule_scans = tuple(re.compile(alternative + _END) for alternative in alternatives)
        self._openings = [rule_openings(body) for body in bodies]
        self._tried: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._gates = {fold(f) for f in lexicon.forms("GATE")}
        self._not_year_before = sorted(lexicon.forms("NOT_YEAR_BEFORE"), key=len, reverse=True)
        self._not_year_after = set(lexicon.forms("NOT_YEAR_AFTER"))
        self._not_year_name = sorted(lexicon.forms("NOT_YEAR_NAME"), key=len, reverse=True)
        self._name_heads = set(lexicon.forms("NAME_HEAD"))
        self._no_anchor = {fold(f) for f in lexicon.forms("NO_ANCHOR_CUE")}
        self._short_year_before = set(lexicon.forms("SHORT_YEAR_GATE"))
        self._determiners = {fold(f) for f in lexicon.forms("DETERMINER")}
        self._function_words = set(lexicon.forms("FUNCTION_WORD"))
        self._particles = set(lexicon.forms("VERB_PARTICLE"))
        self._articles = set(lexicon.forms("ARTICLE"))
        self._article_starts = tuple(f + " " for f in lexicon.forms("ARTICLE"))
        self._season_events = {fold(f) for f in lexicon.forms("SEASON_EVENT_PHRASE")}
        self._relatives = {fold(f) for f in lexicon.forms("RELATIVE_PRONOUN")}
        self._prepositional_directions = {fold(f) for f in lexicon.forms("DIRECTION_PREPOSITION")}
        # A symbol right after the number ("480%"), a word after one space ("480 per").
        self._not_short_year_next = tuple(
            f if not f[0].isalnum() else " " + f for f in lexicon.forms("NOT_SHORT_YEAR_NEXT")
        )
        self._possessives = tuple(lexicon.forms("POSSESSIVE"))
        # "August and September", "11 March or April": a second month or season joined to a date.
        joiners = "|".join(re.escape(f) for f in lexicon.forms("DATE_JOINER"))
        self._coordinated_date = re.compile(rf"([A-Za-z]+|\d+)\W{{0,2}}\s+(?:{joiners})\s*$")

    # -- reading one expression -------------------------------------------------
    def parse(self, text: str) -> Candidate | None:
        """The first rule that matches all of ``text`` (no context checks)."""
        for rule, pattern in self._full:
            m = pattern.fullmatch(text)
            if m is not None:
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                return Candidate(
                    0, len(text), text, rule.id, _reading(rule), groups, {k: m.span(k) for k in groups}
                )
        return None

    def is_gate(self, word: str) -> bool:
        """Whether ``word`` is a temporal preposition ("in", "during")."""
        return fold(word) in self._gates

    # -- scanning running text ---------------------------------------------------
    def scan(self, text: str, interpret: Callable[[Candidate], T | None]) -> list[tuple[Candidate, T]]:
        """Every accepted candidate in ``text`` with what ``interpret`` made of it.

        A candidate that fails the context checks or that ``interpret`` rejects
        (returns None) is dropped and scanning resumes one character later, so a
        shorter reading inside it can still be found.
        """
        found: list[tuple[Candidate, T]] = []
        pos = 0
        while True:
            start = self._starts.search(text, pos)
            if start is None:
                return found
            at = start.start()
            m = self._match_at(text, at)
            if m is None:
                pos = at + 1
                continue
            name = m.lastgroup
            assert name is not None
            rule, names = self._groups[name]
            groups = {short: g for full, short in names if (g := m.group(full)) is not None}
            spans = {short: m.span(full) for full, short in names if short in groups}
            cand = Candidate(m.start(), m.end(), m.group(), rule.id, _reading(rule), groups, spans)
            value = interpret(cand) if self.accept(cand, text) else None
            if value is None:
                pos = m.start() + 1
                continue
            found.append((cand, value))
            pos = m.end()

    def _match_at(self, text: str, at: int) -> re.Match[str] | None:
        """The first rule, in file order, that matches at ``at`` (a possible start), or None."""
        opening = text[at : at + OPENING_LENGTH]
        rules = self._tried.get(opening)
        if rules is None:
            rules = self._tried[opening] = self._rules_for(opening)
        for rule in rules:
            m = rule.match(text, at)
            if m is not None:
                return m
        return None

    def _rules_for(self, opening: str) -> tuple[re.Pattern[str], ...]:
        """The scan patterns, in file order, of the rules that can begin with ``opening`` (the
        next OPENING_LENGTH characters): those with an opening ``opening`` starts with."""
        starts = [opening[:n] for n in range(len(opening) + 1)]
        return tuple(
            scan
            for scan, openings in zip(self._rule_scans, self._openings, strict=True)
            if any(start in openings for start in starts)
        )

    def is_side_remark(self, text: str, start: int) -> bool:
        """Whether a date at ``start`` sits in a side remark: inside parentheses, or after a
        birth or death cue within three words ("(1890-1950)", "born 12 May 1890")."""
        before = text[max(0, start - 200) : start]
        if before.rfind("(") > before.rfind(")"):
            return True
        words = before.split()[-3:]
        return any(fold(w.strip("(,;:")) in self._no_anchor for w in words)

    def _coordinated(self, before: str) -> bool:
        """A month or season joined to a date just before it ("August and September")."""
        m = self._coordinated_date.search(before)
        if m is None:
            return False
        word = fold(m.group(1))
        return (
            m.group(1)[0].isdigit()
            or word in self.lexicon.meanings.month
            or word in self.lexicon.meanings.season
        )

    def _modifier_use(self, cand: Candidate, prev_word: str, next_word: str) -> bool:
        """A month or season modifying a noun ("a March offensive", "the winter campaign")."""
        if cand.text.startswith(self._article_starts):
            return True  # "the winter", "the Spring Offensive"
        if fold(prev_word) not in self._determiners or not next_word[:1].isalpha():
            return False
        return next_word.islower() and next_word not in self._function_words

    def accept(self, cand: Candidate, text: str) -> bool:
        """Context checks that tell a date from a verb, a count or a name."""
        before = text[max(0, cand.start - 40) : cand.start]
        after = text[cand.end : cand.end + 40]
        prev_word = _last_word(before)
        next_word = _first_word(after)
        g, reading = cand.groups, cand.reading
        if reading in ("year", "year-range"):
            if any(_ends_with_word(before, f) for f in self._not_year_before):
                return False
            if any(_starts_with_word(after, f) for f in self._not_year_name):
                return False
            bypass = "rel" in g or "pos" in g or prev_word in self._articles or self.is_gate(prev_word)
            if not bypass and next_word in self._not_year_after:
                return False
        if reading == "day-month" and next_word in self._name_heads:
            return False
        if reading == "short-year":
            if prev_word not in self._short_year_before or next_word in self._not_year_after:
                return False
            return not after.startswith(self._not_short_year_next)
        if reading in ("bare-month", "bare-season"):
            led = "rel" in g or "pos" in g or self.is_gate(prev_word)
            if not (led or self._coordinated(before) or self._modifier_use(cand, prev_word, next_word)):
                return False
            if after.startswith(self._possessives):
                return False  # "May's government": a name
        if (
            "season" in g
            and g["season"][0].isupper()
            and prev_word[:1].isupper()
            and reading != "deictic-period"
        ):
            return False  # "the Arab Spring of 2011": a name
        if "season" in g and "year" not in g and f"{fold(g['season'])} {next_word}" in self._season_events:
            return False  # "the fall of Mosul"
        if (
            reading == "anaphoric-period"
            and fold(g["ana"]) in self._relatives
            and next_word in self._particles
        ):
            return False  # "grievances that spring from": a verb
        if reading == "shift" and fold(g["dir"]) in self._prepositional_directions:
            # "two years on, ..." is a date; "a day on the front" is not.
            nxt = after.lstrip()[:1]
            return not nxt or not nxt.isalnum()
        return True


_WORD_AT_END = re.compile(r"([\w.'\u2019$€£#-]+)\s*$")
_WORD_AT_START = re.compile(r"^\s*([\w'\u2019%-]+)")


def _last_word(s: str) -> str:
    m = _WORD_AT_END.search(s)
    return m.group(1) if m else ""


def _first_word(s: str) -> str:
    m = _WORD_AT_START.match(s)
    return m.group(1) if m else ""


def _ends_with_word(s: str, form: str) -> bool:
    # The form must end the text (bar spaces) and start at a word boundary.
    s = s.rstrip()
    if not s.endswith(form):
        return False
    head = s[: len(s) - len(form)]
    return not head or not (head[-1].isalnum() and form[0].isalnum())


def _starts_with_word(s: str, form: str) -> bool:
    s = s.lstrip()
    if not s.startswith(form):
        return False
    tail = s[len(form) :]
    return not tail or not tail[0].isalnum()


@cache
def default_grammar() -> Grammar:
    """The grammar over the packaged lexicon, compiled once per process."""
    return Grammar(default_lexicon())
