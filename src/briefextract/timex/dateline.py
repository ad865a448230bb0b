"""The date a page states for itself ("Last updated June 4, 2018"): the anchor of its
relative dates. Pure functions over the text and the dateline rules."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from briefextract.document.segment import prepare
from briefextract.rules.resources import model_path, read_jsonl
from briefextract.timex.grammar import Grammar
from briefextract.timex.normalize import read, to_time_value

DATELINE_FILE = "document/datelines.jsonl"
# A dateline sits near the top of a page; looking further invites false hits in the body.
DATELINE_SEARCH_CHARS = 3000

DatelineRules = tuple[tuple[str, re.Pattern[str]], ...]


class DatelineRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str
    regex: str
    comment: str


@cache
def load_dateline_rules(path: Path | None = None) -> DatelineRules:
    """The compiled rules of ``path`` (default: ``models/document/datelines.jsonl``)."""
    rules = read_jsonl(path if path is not None else model_path(DATELINE_FILE), DatelineRule)
    return tuple((r.id, re.compile(r.regex, re.MULTILINE)) for r in rules)


def find_document_date(
    text: str, rules: DatelineRules | None = None, grammar: Grammar | None = None
) -> str | None:
    """The ISO day the start of ``text`` states as the page's date, or None. Line endings
    are made plain first, so a text with old Mac line endings keeps its date."""
    head = prepare(text[:DATELINE_SEARCH_CHARS]).text
    best: tuple[int, str] | None = None
    for _rule_id, rx in rules if rules is not None else load_dateline_rules():
        for match in rx.finditer(head):
            reading = read(match.group("date"), grammar)
            if reading is not None and reading.kind == "date":
                value = to_time_value(reading, match.group("date"), None)
                if value.granularity == "day" and value.value:
                    if best is None or match.start() < best[0]:
                        best = (match.start(), value.value)
                    break
    return None if best is None else best[1]
