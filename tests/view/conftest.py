"""An invented brief with every layer, over a text that tries to inject markup."""

from __future__ import annotations

from typing import Any

import pytest

from briefextract.schema.brief import Brief, text_sha256

TEXT = (
    "The Kestrel Front (KF) attacked Port Vale in March 2009. <script>window.pwned = 1</script>\n"
    'According to Dana Reyes, the KF "will not stop". The KF broke away from the Heron League in 1999.\n'
    '<img src="x" onerror="window.pwned = 2"> Ada Quill leads the KF.\n'
    "Related Reading\nMore stories\n"
)


def span(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def sentence(text: str, needle: str) -> dict[str, Any]:
    start = text.index(needle)
    end = text.index(".", start) + 1
    return {"start": start, "end": end, "text": text[start:end]}


def make_brief(text: str = TEXT) -> dict[str, Any]:
    return {
        "doc_id": "kestrel",
        "text_sha256": text_sha256(text),
        "title": "The <b>Kestrel</b> Front",
        "document_date": "2019-05-01",
        "actors": [
            {
                "id": "kf",
                "name": "Kestrel Front",
                "type": "ARMED_GROUP",
                "aliases": ["KF"],
                "mentions": [span(text, "Kestrel Front"), span(text, "KF"), span(text, "KF", 1)],
                "provenance": ["gaz.armed_group", "alias.parenthesis"],
            },
            {
                "id": "heron",
                "name": "Heron League",
                "type": "POLITICAL_GROUP",
                "mentions": [span(text, "Heron League")],
            },
            {"id": "reyes", "name": "Dana Reyes", "type": "PERSON", "mentions": [span(text, "Dana Reyes")]},
            {"id": "quill", "name": "Ada Quill", "type": "PERSON", "mentions": [span(text, "Ada Quill")]},
        ],
        "places": [
            {
                "id": "port_vale",
                "name": "Port Vale",
                "type": "CITY",
                "country": "GB",
                "mentions": [span(text, "Port Vale")],
            }
        ],
        "events": [
            {
                "id": "e1",
                "type": "ATTACK",
                "trigger": span(text, "attacked"),
                "date": {
                    "text": "March 2009",
                    "span": span(text, "March 2009"),
                    "value": "2009-03",
                    "granularity": "month",
                    "modifier": None,
                },
                "locations": ["port_vale"],
                "participants": [{"role": "agent", "ref": "kf"}],
                "casualties": {"killed": {"value": 3, "modifier": "AT_LEAST"}, "injured": None},
                "evidence": sentence(text, "The Kestrel Front"),
                "rule": "event.attack.verb",
            },
            {
                "id": "e2",
                "type": "SPLIT",
                "trigger": span(text, "broke away"),
                "date": {
                    "text": "1999",
                    "span": span(text, "1999"),
                    "value": "1999",
                    "granularity": "year",
                    "modifier": "START",
                },
                "participants": [{"role": "agent", "ref": "kf"}, {"role": "patient", "ref": "heron"}],
                "evidence": sentence(text, "The KF broke"),
            },
            {
                "id": "e3",
                "type": "LEADERSHIP",
                "trigger": span(text, "leads"),
                "participants": [{"role": "agent", "ref": "quill"}, {"role": "patient", "ref": "kf"}],
                "evidence": sentence(text, "Ada Quill"),
            },
        ],
        "claims": [
            {
                "id": "c1",
                "source": "reyes",
                "source_text": "Dana Reyes",
                "cue": span(text, "According to"),
                "content": span(text, "will not stop"),
                "kind": "direct",
                "hedged": False,
                "about": ["kf"],
            }
        ],
        "relations": [
            {
                "head": "kf",
                "type": "SPLINTER_OF",
                "tail": "heron",
                "evidence": sentence(text, "The KF broke"),
            },
            {"head": "quill", "type": "LEADER_OF", "tail": "kf", "evidence": sentence(text, "Ada Quill")},
            {
                "head": "kf",
                "type": "OPERATES_IN",
                "tail": "port_vale",
                "evidence": sentence(text, "The Kestrel"),
            },
        ],
    }


@pytest.fixture
def brief() -> Brief:
    return Brief.model_validate(make_brief())
