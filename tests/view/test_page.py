"""The page of one brief, read as HTML: escaping, one highlight and panel per record, marks and edges."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from briefextract.schema.brief import Brief
from briefextract.view import render_brief
from briefextract.view.markup import Mark, assign_slots, render_text
from briefextract.view.record_keys import BriefIndex

from .conftest import TEXT


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._raw = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._raw += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._raw -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._raw:
            self.text.append(data)

    def having(self, attr: str, value: str | None = None) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if attr in a and (value is None or a[attr] == value)]


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_slots_keep_overlapping_spans_apart() -> None:
    marks = [Mark(0, 20, "A", "c", "a"), Mark(5, 9, "B", "c", "b"), Mark(10, 12, "C", "c", "c")]
    assert assign_slots(marks) == [0, 1, 1]
    assert assign_slots([Mark(0, 4, "A", "c", "a"), Mark(4, 8, "B", "c", "b")]) == [0, 0]


def test_text_keeps_every_character_and_escapes_it() -> None:
    text = "A <b>bold</b> & plain\nline"
    html = render_text(text, [Mark(2, 13, "X", "c-x", "r1")], furniture=[(22, 26)])
    parsed = parse(html)
    assert "".join(parsed.text).replace("X", "") == text
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert parsed.having("class", "furn")  # the furniture line is greyed


def test_one_script_only_and_the_documents_markup_is_text(brief: Brief) -> None:
    html = render_brief(brief, TEXT)
    parsed = parse(html)
    assert [tag for tag, _ in parsed.tags].count("script") == 1  # ours
    assert not [a for _, a in parsed.tags if any(k.startswith("on") for k in a)]
    assert not [tag for tag, _ in parsed.tags if tag in ("img", "iframe", "link", "object", "embed")]
    shown = "".join(parsed.text)
    assert "<script>window.pwned = 1</script>" in shown
    assert '<img src="x" onerror="window.pwned = 2">' in shown
    assert "The <b>Kestrel</b> Front" in shown  # the title too is text


def test_every_record_has_a_highlight_and_a_panel(brief: Brief) -> None:
    parsed = parse(render_brief(brief, TEXT))
    highlighted = {rec for a in parsed.having("data-r") for rec in (a["data-r"] or "").split()}
    panels = {a["id"] for a in parsed.having("class") if (a["class"] or "").startswith("panel ")}
    ids = {a["id"] for a in parsed.having("id")}
    for layer, key, _ in BriefIndex.of(brief).records():
        assert f"rec-{key}" in panels
        if layer == "relation":
            assert f"ev-{key}" in ids and f"ev-{key}-end" in ids
        else:
            assert key in highlighted
    # Every in-page link lands somewhere.
    targets = {(a["href"] or "")[1:] for a in parsed.having("href") if (a["href"] or "").startswith("#")}
    assert targets <= ids


def test_timeline_and_graph(brief: Brief) -> None:
    parsed = parse(render_brief(brief, TEXT))
    marks = [a["data-rec"] for a in parsed.having("class", "mark")]
    assert marks == ["event-1", "event-0"]  # dated events in time order; the undated one is left out
    edges = [a["data-rec"] for a in parsed.having("class", "edge")]
    assert sorted(edges) == ["relation-0", "relation-1", "relation-2"]


def test_panels_say_what_the_brief_says(brief: Brief) -> None:
    html = render_brief(brief, TEXT)
    panel = re.search(r'<section class="panel p-event" id="rec-event-0".*?</section>', html)
    assert panel is not None
    body = panel.group(0)
    for expected in ("ATTACK", "attacked", "2009-03", "month", "Port Vale", "agent", "killed AT_LEAST 3"):
        assert expected in body
    assert "event.attack.verb" in body  # the rule id that made it
    actor = re.search(r'id="rec-actor-0".*?</section>', html)
    assert actor is not None and "gaz.armed_group" in actor.group(0) and "mentions (3)" in actor.group(0)
