"""Document intake: ids, text exactly as Python decodes it, and the stated date."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from briefextract.errors import DocumentError
from briefextract.resources import model_path, read_jsonl

DATELINE_FILE = "document/datelines.jsonl"
# A dateline sits near the top of a page; looking further invites false hits in the body.
DATELINE_SEARCH_CHARS = 3000


@dataclass(frozen=True)
class Document:
    """A source text. Offsets in briefs are code points into ``text``."""

    doc_id: str
    text: str
    path: Path | None = None
    document_date: str | None = None


class DatelineRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str
    regex: str
    comment: str


@cache
def _dateline_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rules = read_jsonl(model_path(DATELINE_FILE), DatelineRule)
    return tuple((r.id, re.compile(r.regex, re.MULTILINE)) for r in rules)


def find_document_date(text: str) -> str | None:
    """The ISO date a page states for itself ("Last updated June 4, 2018"), or None."""
    from briefextract.timex import normalize  # the time grammar is loaded only when needed

    head = text[:DATELINE_SEARCH_CHARS]
    best: tuple[int, str] | None = None
    for _rule_id, rx in _dateline_rules():
        for match in rx.finditer(head):
            value = normalize(match.group("date"))
            if value is not None and value.granularity == "day" and value.value:
                if best is None or match.start() < best[0]:
                    best = (match.start(), value.value)
                break
    return None if best is None else best[1]


def read_document(path: str | Path) -> Document:
    """Read one ``.txt`` document; the doc_id is the file stem.

    Raises :class:`DocumentError` naming the file for unreadable, undecodable or
    empty input.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror}") from exc
    try:
        # No newline translation: offsets must be into the text exactly as stored.
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            path, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} ({exc.reason})"
        ) from exc
    if not text.strip():
        raise DocumentError(path, "is empty" if not text else "holds only whitespace")
    return Document(doc_id=path.stem, text=text, path=path, document_date=find_document_date(text))


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted, de-duplicated list of ``.txt`` files."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*.txt")):
                if child.is_file():
                    found[child] = None
        elif path.exists():
            found[path] = None
        else:
            raise DocumentError(path, "no such file or folder")
    return list(found)


def iter_documents(paths: Iterable[Path]) -> Iterator[Document | DocumentError]:
    """Each path read as a Document, or the DocumentError that stopped it."""
    for path in paths:
        try:
            yield read_document(path)
        except DocumentError as exc:
            yield exc
