"""``briefextract show``: one self-contained HTML page per brief.

The page holds the text with every mention, trigger, cue, claim and date
drawn under it (displaCy ``span`` look), a panel per record, a timeline of
dated events and a relation graph. CSS and script are inline and a Content
Security Policy forbids every request, so the page works offline and cannot
fetch anything. All text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from html import escape
from pathlib import Path

from briefextract.document.furniture import find_furniture
from briefextract.errors import BriefExtractError
from briefextract.schema.brief import Brief
from briefextract.view.graph import EDGE_COLOURS, render_graph
from briefextract.view.markup import render_text
from briefextract.view.panels import PanelWriter
from briefextract.view.record_keys import BriefIndex, marks_and_anchors
from briefextract.view.style import ACTOR_COLOURS, CSS, LAYER_COLOURS, PLACE_COLOURS, SCRIPT
from briefextract.view.timeline import dated_events, render_timeline

# Nothing may be fetched: no network, no file, no frame. Inline style and script only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def page(title: str, body: str) -> str:
    """A complete HTML document around ``body`` with the view's CSS and script inline."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f"<body>{body}<script>{SCRIPT}</script></body></html>\n"
    )


def legend() -> str:
    items = [f'<span class="tag c-actor-{t}">{t}</span>' for t in ACTOR_COLOURS]
    items += [f'<span class="tag c-place-{t}">{t}</span>' for t in PLACE_COLOURS]
    names = {"c-event": "EVENT trigger", "c-claim": "CLAIM content", "c-cue": "CUE", "c-time": "TIME"}
    items += [f'<span class="tag {c}">{names[c]}</span>' for c in LAYER_COLOURS if c in names]
    return f'<p class="legend">{" ".join(items)}</p>'


def edge_legend() -> str:
    return '<p class="legend">' + "".join(f'<span class="lg-{t}">━ {t}</span>' for t in EDGE_COLOURS) + "</p>"


def text_html(index: BriefIndex, text: str, prefix: str = "", extra_anchors: Iterable = ()) -> str:
    """The text block of one brief: spans drawn, evidence anchors placed, furniture greyed."""
    marks, anchors = marks_and_anchors(index, prefix)
    furniture, _ = find_furniture(text)
    return (
        '<div class="spans">'
        + render_text(
            text, marks, anchors=[*anchors, *extra_anchors], furniture=[(f.start, f.end) for f in furniture]
        )
        + "</div>"
    )


def brief_body(brief: Brief, text: str) -> str:
    """The body of a brief's page (without the surrounding document)."""
    index = BriefIndex.of(brief)
    writer = PanelWriter(index)
    layers = [
        ("actor", "Actors"),
        ("place", "Places"),
        ("event", "Events"),
        ("claim", "Claims"),
        ("relation", "Relations"),
    ]
    records = index.records()
    panels = []
    for layer, heading in layers:
        own = [(key, rec) for lay, key, rec in records if lay == layer]
        panels.append(f'<h2 id="layer-{layer}">{heading} ({len(own)})</h2>')
        panels += [writer.panel(layer, key, rec) for key, rec in own]
    counts = ", ".join(
        f"{len(getattr(brief, name))} {name}"
        for name in ("actors", "places", "events", "claims", "relations")
    )
    n_dated = len(dated_events(index))
    return (
        f"<header><h1>{escape(brief.title or brief.doc_id)}</h1>"
        f"<p><code>{escape(brief.doc_id)}</code> · document date {escape(brief.document_date or 'unknown')}"
        f" · {counts}</p>"
        '<nav class="toc"><a href="#text">Text</a><a href="#timeline">Timeline</a>'
        '<a href="#graph">Relation graph</a>'
        + "".join(f'<a href="#layer-{layer}">{heading}</a>' for layer, heading in layers)
        + "</nav></header><main>"
        f'<div class="cols"><div class="text"><h2 id="text">Text</h2>{legend()}{text_html(index, text)}</div>'
        f'<aside class="panels">{"".join(panels)}</aside></div>'
        f'<h2 id="timeline">Timeline ({n_dated} dated events)</h2>{render_timeline(index)}'
        f'<h2 id="graph">Relation graph ({len(brief.relations)} relations)</h2>{edge_legend()}'
        f"{render_graph(index)}</main>"
    )


def render_brief(brief: Brief, text: str) -> str:
    """The self-contained HTML page of one brief over its document text."""
    return page(f"{brief.title or brief.doc_id} — briefextract", brief_body(brief, text))


def render_briefs(
    briefs: Iterable[Brief], texts: Mapping[str, str], doc_id: str | None = None
) -> Iterator[tuple[str, str]]:
    """``(doc_id, html)`` for each brief (or only ``doc_id``); a brief with no text is an error."""
    found = False
    for brief in briefs:
        if doc_id is not None and brief.doc_id != doc_id:
            continue
        found = True
        if brief.doc_id not in texts:
            raise BriefExtractError(f"document {brief.doc_id!r}: no text for it in the corpus folder")
        yield brief.doc_id, render_brief(brief, texts[brief.doc_id])
    if doc_id is not None and not found:
        raise BriefExtractError(f"document {doc_id!r}: not in the brief file")


def output_paths(out: Path, doc_ids: list[str]) -> dict[str, Path]:
    """Where each page goes: ``out`` itself for one document, ``out/<doc_id>.html`` for several."""
    if len(doc_ids) == 1 and not out.is_dir():
        return {doc_ids[0]: out}
    return {d: out / f"{d}.html" for d in doc_ids}
