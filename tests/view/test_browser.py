"""The page in headless Chromium: every record drawn, nothing fetched, nothing injected, fast enough.

Skipped where no Chromium is installed (Debian: ``apt-get install chromium``;
``.ci/run`` installs it). One browser serves the module; the page is the
longest corpus document's gold brief, which holds every layer.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefextract.io.briefio import load_briefs
from briefextract.io.bundled import corpus_texts
from briefextract.schema.brief import Brief
from briefextract.view import render_brief
from briefextract.view.record_keys import BriefIndex
from briefextract.view.timeline import dated_events

from .chromium import Browser, find_chromium
from .conftest import TEXT

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
MAX_RENDER_MS = 2000
MAX_HTML_BYTES = 2_000_000

# Installed before any page script: CSP violations are counted, as is anything injected running.
WATCH = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation', e => __violations.push(e.blockedURI));"
)

DOM_REPORT = """(() => {
  const keys = new Set();
  document.querySelectorAll('.tk[data-r]').forEach(n => n.dataset.r.split(' ').forEach(k => keys.add(k)));
  const panels = [...document.querySelectorAll('section.panel')].map(n => n.id);
  const marks = [...document.querySelectorAll('svg.timeline g.mark')];
  const edges = [...document.querySelectorAll('svg.graph g.edge')];
  const lands = a => !!document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
  return {
    highlighted: [...keys],
    panels: panels,
    marks: marks.map(g => g.dataset.rec),
    marks_linked: marks.every(g => lands(g.querySelector('a'))),
    edges: edges.map(g => g.dataset.rec),
    edges_linked: edges.every(g => lands(g.querySelector('a'))),
    links_land: [...document.querySelectorAll('a[href^="#"]')].filter(a => !lands(a)).length,
    drawn_labels: document.querySelectorAll('.bar.first .lbl').length,
    timeline_width: document.querySelector('svg.timeline').getBoundingClientRect().width,
    resources: performance.getEntriesByType('resource').length,
    violations: window.__violations.length,
    load_ms: performance.getEntriesByType('navigation')[0].loadEventEnd,
  };
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    chromium = Browser(CHROMIUM)
    chromium.page("Page.enable")
    chromium.page("Network.enable")
    chromium.page("Page.addScriptToEvaluateOnNewDocument", source=WATCH)
    yield chromium
    chromium.close()


def load(browser: Browser, path: Path) -> list[str]:
    """Open ``path``; returns the URLs of every request the page made."""
    browser.events.clear()
    browser.page("Page.navigate", url=path.as_uri())
    browser.wait_for("Page.loadEventFired")
    return [
        e["params"]["request"]["url"]
        for e in browser.events
        if e.get("method") == "Network.requestWillBeSent"
    ]


@pytest.fixture(scope="module")
def longest() -> tuple[Brief, str]:
    texts = corpus_texts(ROOT / "corpus")
    doc_id = max(texts, key=lambda d: len(texts[d]))
    (brief,) = load_briefs(ROOT / "gold" / f"{doc_id}.jsonl", texts=texts)
    return brief, texts[doc_id]


def test_longest_document_in_the_browser(
    browser: Browser, longest: tuple[Brief, str], tmp_path: Path
) -> None:
    brief, text = longest
    started = time.perf_counter()
    html = render_brief(brief, text)
    build_s = time.perf_counter() - started
    page = tmp_path / f"{brief.doc_id}.html"
    page.write_text(html, encoding="utf-8")
    assert len(html.encode("utf-8")) < MAX_HTML_BYTES

    requests = load(browser, page)
    report = browser.evaluate(DOM_REPORT)
    shot = base64.b64decode(browser.page("Page.captureScreenshot", format="png")["data"])
    (tmp_path / "page.png").write_bytes(shot)

    assert requests == [page.as_uri()], "the page made a request of its own"
    assert report["resources"] == 0 and report["violations"] == 0
    assert report["load_ms"] < MAX_RENDER_MS, f"rendered in {report['load_ms']:.0f} ms"
    index = BriefIndex.of(brief)
    records = index.records()
    assert set(report["panels"]) == {f"rec-{key}" for _, key, _ in records}
    drawn = {key for layer, key, _ in records if layer != "relation"}
    assert drawn <= set(report["highlighted"]), "a record has no highlight in the text"
    assert sorted(report["marks"]) == sorted(d.key for d in dated_events(index))
    assert len(report["marks"]) == sum(1 for e in brief.events if e.date and e.date.value)
    assert sorted(report["edges"]) == sorted(f"relation-{k}" for k in range(len(brief.relations)))
    assert report["marks_linked"] and report["edges_linked"] and report["links_land"] == 0
    assert report["drawn_labels"] >= sum(len(a.mentions) for a in brief.actors)
    assert report["timeline_width"] > 0
    assert shot.startswith(b"\x89PNG") and len(shot) > 10_000
    print(
        f"\n{brief.doc_id}: built in {build_s * 1000:.0f} ms, {len(html) / 1e6:.2f} MB, "
        f"loaded in {report['load_ms']:.0f} ms"
    )


def test_document_markup_runs_nothing(browser: Browser, brief: Brief, tmp_path: Path) -> None:
    page = tmp_path / "kestrel.html"
    page.write_text(render_brief(brief, TEXT), encoding="utf-8")
    requests = load(browser, page)
    assert requests == [page.as_uri()]  # the <img src="x"> in the text is text, not a request
    assert browser.evaluate("typeof window.pwned") == "undefined"
    shown = browser.evaluate("document.querySelector('.spans').textContent")
    assert "<script>window.pwned = 1</script>" in shown
    assert browser.evaluate("document.title").startswith("The <b>Kestrel</b> Front")
