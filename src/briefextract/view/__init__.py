"""Seeing a brief: an HTML page per document, the evaluation report, flat tables.

- :func:`render_brief` — the page of one brief over its text (``briefextract show``);
- :func:`render_report` — scores and errors beside gold and system text (``evaluate --html``);
- :mod:`briefextract.view.export` — one CSV table per layer (``briefextract export``).
"""

from __future__ import annotations

from briefextract.view.html_report import render_report
from briefextract.view.page import render_brief, render_briefs

__all__ = ["render_brief", "render_briefs", "render_report"]
