"""A brief is one line of JSON whatever characters its spans hold."""

from __future__ import annotations

import json

import pytest

from briefextract.io.output import json_line


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085", "\x1c", "\n", "\r"], ids=repr)
def test_line_breaking_characters_are_escaped(char: str) -> None:
    record = {"text": f"before{char}after", "name": "Zoë"}
    line = json_line(record)
    assert len(line.splitlines()) == 1
    assert json.loads(line) == record
    assert "Zoë" in line  # other text stays as it is
