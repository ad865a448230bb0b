"""Reading and writing briefs as JSON Lines, validated against their documents."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from briefextract.errors import BriefFileError
from briefextract.schema.brief import Brief, reference_problems, span_problems


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:5]:
        loc = ".".join(str(x) for x in item["loc"])
        parts.append(f"{loc}: {item['msg']}")
    more = len(error.errors()) - 5
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def iter_briefs(
    path: str | Path,
    *,
    texts: Mapping[str, str] | None = None,
) -> Iterator[Brief]:
    """Yield the briefs of a JSONL file, validating each.

    Every line must be a brief; every id reference must resolve; where
    ``texts`` holds the document text for a brief's doc_id, every span must
    match it. The first problem raises :class:`BriefFileError` naming the file,
    line, doc_id, record and offsets.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise BriefFileError(path, f"cannot open: {exc.strerror}") from exc
    with handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise BriefFileError(
                    path, f"not JSON: {exc.msg} at column {exc.colno}", line=line_no
                ) from exc
            doc_id = data.get("doc_id") if isinstance(data, dict) else None
            try:
                brief = Brief.model_validate(data)
            except ValidationError as exc:
                raise BriefFileError(path, _describe(exc), line=line_no, doc_id=doc_id) from exc
            problems = reference_problems(brief)
            if texts is not None and brief.doc_id in texts:
                problems += span_problems(brief, texts[brief.doc_id])
            if problems:
                extra = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise BriefFileError(path, problems[0] + extra, line=line_no, doc_id=brief.doc_id)
            yield brief


def load_briefs(path: str | Path, *, texts: Mapping[str, str] | None = None) -> list[Brief]:
    """All briefs of a JSONL file, validated (see :func:`iter_briefs`)."""
    briefs = list(iter_briefs(path, texts=texts))
    seen: set[str] = set()
    for brief in briefs:
        if brief.doc_id in seen:
            raise BriefFileError(path, "doc_id occurs on more than one line", doc_id=brief.doc_id)
        seen.add(brief.doc_id)
    return briefs


def brief_to_json(brief: Brief) -> dict[str, Any]:
    """The JSON-able form of a brief, extra fields included."""
    return brief.model_dump(mode="json")


class BriefWriter:
    """Writes briefs one per line as they finish: sorted keys, flushed each time."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, record: Brief | Mapping[str, Any]) -> None:
        from briefextract.io.output import json_line

        data = brief_to_json(record) if isinstance(record, Brief) else dict(record)
        self._stream.write(json_line(data) + "\n")
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def write_briefs(path: str | Path, briefs: Iterable[Brief]) -> None:
    """Write ``briefs`` to ``path`` as JSON Lines."""
    with Path(path).open("w", encoding="utf-8") as handle:
        writer = BriefWriter(handle)
        for brief in briefs:
            writer.write(brief)
