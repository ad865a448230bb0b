"""``briefextract evaluate --html``: the scores, and per document the errors beside gold and system text.

Each document shows its error records (missed, spurious, mismatched) as a
list; every entry links to the place in the gold text (left) or the system
text (right) where the record stands, and the page lights those places on
load: missed in red, spurious in orange, mismatches in violet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from briefextract.schema.brief import Brief
from briefextract.scoring import ACCURACY_KEYS, PRF_KEYS, Evaluation
from briefextract.view.markup import Anchor
from briefextract.view.page import page, text_html
from briefextract.view.panels import PanelWriter
from briefextract.view.record_keys import BriefIndex


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf_table(figures: Mapping[str, Any]) -> str:
    rows = []
    for key in PRF_KEYS:
        if key in figures:
            f = figures[key].to_json()
            rows.append(
                f"<tr><td>{escape(key)}</td><td>{_ratio(f['p'])}</td><td>{_ratio(f['r'])}</td>"
                f"<td>{_ratio(f['f1'])}</td><td>{f['tp']}</td><td>{f['fp']}</td><td>{f['fn']}</td></tr>"
            )
    acc = []
    for key in ACCURACY_KEYS:
        if key in figures:
            f = figures[key].to_json()
            acc.append(
                f"<tr><td>{escape(key)}</td><td>{_ratio(f['accuracy'])}</td><td>{f['correct']}</td>"
                f"<td>{f['total']}</td></tr>"
            )
    return (
        '<div class="cols"><table class="scores"><tr><th>layer</th><th>P</th><th>R</th><th>F1</th>'
        f"<th>TP</th><th>FP</th><th>FN</th></tr>{''.join(rows)}</table>"
        '<table class="scores"><tr><th>attribute</th><th>acc</th><th>correct</th><th>total</th></tr>'
        f"{''.join(acc)}</table></div>"
    )


def _outcome_class(outcome: str) -> str:
    return outcome if outcome in ("missed", "spurious") else "mismatch"


def _doc_errors(errors: Sequence[dict[str, Any]], n: int) -> tuple[str, list[Anchor], list[Anchor]]:
    """The error list of document ``n`` and the anchors it needs in the gold and system texts."""
    gold_anchors: list[Anchor] = []
    system_anchors: list[Anchor] = []
    items = []
    for k, error in enumerate(errors):
        outcome = str(error.get("outcome", ""))
        cls = _outcome_class(outcome)
        links = []
        for side, anchors, tag in (("gold", gold_anchors, "g"), ("system", system_anchors, "s")):
            record = error.get(side)
            if not record:
                continue
            evidence = record.get("evidence")
            ident = f"d{n}{tag}-err{k}"
            text = f"{side}: {record.get('type', '')} {record.get('text', '')}"
            if "value" in record:
                text += f" = {record['value']}"
            if evidence:
                anchors.append(Anchor(evidence["start"], ident, f"anc err-{cls}"))
                anchors.append(Anchor(evidence["end"], f"{ident}-end"))
                links.append(f'<a href="#{ident}">{escape(text)}</a>')
            else:
                links.append(escape(text))
        items.append(
            f'<li class="o-{cls}" data-outcome="{escape(outcome)}"><b>{escape(outcome)}</b> '
            f"{escape(str(error.get('layer', '')))}: {' · '.join(links)}</li>"
        )
    listing = f'<ol class="errors">{"".join(items)}</ol>' if items else '<p class="empty">No errors.</p>'
    return listing, gold_anchors, system_anchors


def _panels(brief: Brief, prefix: str) -> str:
    index = BriefIndex.of(brief)
    writer = PanelWriter(index, prefix)
    return "".join(writer.panel(layer, key, rec) for layer, key, rec in index.records())


def render_report(
    evaluation: Evaluation,
    gold: Sequence[Brief],
    system: Sequence[Brief],
    texts: Mapping[str, str],
    failures: Sequence[str] = (),
) -> str:
    """The evaluation report as one self-contained HTML page."""
    gold_by_id = {b.doc_id: b for b in gold}
    system_by_id = {b.doc_id: b for b in system}
    errors_by_doc: dict[str, list[dict[str, Any]]] = {}
    for record in evaluation.errors:
        error = record.to_json()  # typed error records, as --errors writes them
        errors_by_doc.setdefault(str(error.get("doc_id")), []).append(error)
    doc_ids = list(evaluation.per_document)
    toc = "".join(
        f'<a href="#doc-{n}">{escape(d)} ({len(errors_by_doc.get(d, []))} errors)</a> '
        for n, d in enumerate(doc_ids)
    )
    parts = [
        "<header><h1>Evaluation report</h1>"
        f"<p>{len(doc_ids)} documents scored; {len(evaluation.errors)} error records</p>"
        f'<nav class="toc">{toc}</nav></header><main>'
        f"<h2>Overall (micro-averaged)</h2>{_prf_table(evaluation.overall)}"
    ]
    if failures:
        parts.append(
            "<p>Documents that failed (scored as all missed): " + escape(", ".join(failures)) + "</p>"
        )
    if evaluation.unscored:
        parts.append("<p>Not scored, no gold brief: " + escape(", ".join(evaluation.unscored)) + "</p>")
    for n, doc_id in enumerate(doc_ids):
        g = gold_by_id.get(doc_id)
        text = texts.get(doc_id)
        s = system_by_id.get(doc_id) or (g and Brief(doc_id=doc_id, text_sha256=g.text_sha256))
        listing, gold_anchors, system_anchors = _doc_errors(errors_by_doc.get(doc_id, []), n)
        parts.append(
            f'<section class="doc" id="doc-{n}"><h2>{escape(doc_id)}</h2>'
            f"{_prf_table(evaluation.per_document[doc_id])}<h3>Errors</h3>{listing}"
        )
        if g is None or s is None or text is None:
            parts.append('<p class="empty">No text for this document: spans not shown.</p></section>')
            continue
        gold_text = text_html(BriefIndex.of(g), text, f"d{n}g-", gold_anchors)
        system_text = text_html(BriefIndex.of(s), text, f"d{n}s-", system_anchors)
        parts.append(
            f'<div class="cols"><div class="side"><h3>Gold</h3>{gold_text}</div>'
            f'<div class="side"><h3>System</h3>{system_text}</div></div>'
            f"<details><summary>Gold records</summary>{_panels(g, f'd{n}g-')}</details>"
            f"<details><summary>System records</summary>{_panels(s, f'd{n}s-')}</details></section>"
        )
    parts.append("</main>")
    return page("briefextract evaluation report", "".join(parts))


def write_report(run: Any, out: Path, *, system: str, gold: str | None, corpus: str | None) -> None:
    """Write the report of an :class:`~briefextract.scoring.evaluate_command.EvaluationRun` to ``out``.

    The briefs are read back from the files the run scored (``system``, and
    ``gold`` or the bundled gold), validated against the corpus texts.
    """
    from briefextract.io.briefio import load_briefs
    from briefextract.io.bundled import corpus_or_bundled, corpus_texts
    from briefextract.scoring.evaluate_command import load_gold

    corpus_dir = corpus_or_bundled(corpus)
    texts = corpus_texts(corpus_dir) if corpus_dir is not None else {}
    gold_briefs = load_gold(gold, texts)
    system_briefs = load_briefs(system, texts=texts)
    failures = [f.doc_id for f in getattr(run, "failures", [])]
    out.write_text(
        render_report(run.evaluation, gold_briefs, system_briefs, texts, failures), encoding="utf-8"
    )
