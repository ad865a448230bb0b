"""Time normalisation: finding time expressions and giving each a TimeValue.

``normalize(text, anchor)`` reads one expression; ``find_times(text,
document_date)`` finds and anchors every calendar date in a text;
``scan_times(text, document_date)`` gives every expression (dates, range ends,
durations, references, clock times, sets) as record dicts with a ``kind``; all
are pure and need no spaCy. ``TimeTagger`` (factory ``briefextract_times``) is the
pipeline component; it is imported on first use so this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefextract.timex.anchoring import find_times, scan_times
from briefextract.timex.normalize import normalize

if TYPE_CHECKING:
    from briefextract.timex.time_tagger import TimeTagger, make_time_tagger

__all__ = ["TimeTagger", "find_times", "make_time_tagger", "normalize", "scan_times"]


def __getattr__(name: str) -> Any:
    # The component pulls in spaCy; load it only when asked for.
    if name in ("TimeTagger", "make_time_tagger"):
        from briefextract.timex import time_tagger

        return getattr(time_tagger, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
