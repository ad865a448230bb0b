"""The scan tries at each position only the rules that can begin with the next characters
(indexed by the openings read from each compiled rule): it must find exactly what one
alternation of all the rules in file order finds there."""

from __future__ import annotations

import json
import re

import pytest

from briefextract.rules.resources import model_path
from briefextract.timex.grammar import (
    _END,
    _START,
    Grammar,
    _alt,
    _first_words,
    default_grammar,
    rule_openings,
)

INVENTED = (
    "The Tarrow Front was founded on 3 March 1987 and, since the mid-1990s, has grown. In May, "
    "the group May have split; two years later, on Tuesday, fighters from the 4th Brigade "
    "(1950-2001) met between 1999 and 2003. By the early 2000s the front held 2,000 fighters "
    "and 12 towns; Resolution 2085 came in spring 2012, the winter campaign that autumn, "
    "every week since then, at 8:30 pm, over the last three decades, in the 19th century, "
    "'98 and the '70s, that same year, a day on the front, 2014 onwards, from 2010 to 2012."
)


def _examples_in_context() -> str:
    examples: list[str] = []
    for line in model_path("timex/grammar.jsonl").read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            examples += json.loads(line).get("examples", [])
    return " ".join(f"In {e}, and the {e}; ({e}) {e}." for e in examples)


def _reading(m: re.Match[str] | None) -> tuple[object, ...] | None:
    if m is None:
        return None
    groups = {k: (v, m.span(k)) for k, v in m.groupdict().items() if v is not None}
    return m.lastgroup, m.span(), groups


@pytest.mark.parametrize("text", [INVENTED, _examples_in_context()], ids=["invented", "rule-examples"])
def test_each_position_reads_as_the_single_alternation_does(text: str) -> None:
    g: Grammar = default_grammar()
    lead = r"(?=[\d'\u2019\u2018]|" + _alt(_first_words(g.lexicon)) + "(?![a-z]))"
    alternatives = [scan.pattern.removesuffix(_END) for scan in g._rule_scans]
    single = re.compile(_START + lead + "(?:" + "|".join(alternatives) + ")" + _END)
    for at in range(len(text)):
        indexed = g._match_at(text, at) if g._starts.match(text, at) else None
        assert _reading(indexed) == _reading(single.match(text, at)), text[at : at + 30]


def test_openings_are_read_from_the_regex() -> None:
    assert rule_openings(r"(?:[Ff]rom|since)\s+\d") == {"Fro", "fro", "sin"}
    assert rule_openings(r"(?<![\w])(?:ab)?c") == {"abc", "c"}
    assert rule_openings(r"\d{4}") == {str(d) for d in range(10)}
    # Anything may begin the match: the rule is tried everywhere.
    assert "" in rule_openings(r"\w+ ago")
    assert "" in rule_openings(r"(?i:may)")
