"""Time normalisation: finding time expressions and giving each a TimeValue.

``normalize(text, anchor)`` reads one expression; ``find_times(text,
document_date)`` finds and anchors every expression in a text; both are pure
and need no spaCy. ``TimeTagger`` (factory ``briefextract_times``) is the
pipeline component; it is imported on first use so this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefextract.timex.normalize import normalize
from briefextract.timex.resolve import find_times

if TYPE_CHECKING:
    from briefextract.timex.component import TimeTagger, make_time_tagger

__all__ = ["TimeTagger", "find_times", "make_time_tagger", "normalize"]


def __getattr__(name: str) -> Any:
    # The component pulls in spaCy; load it only when asked for.
    if name in ("TimeTagger", "make_time_tagger"):
        from briefextract.timex import component

        return getattr(component, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
