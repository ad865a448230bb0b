"""Document intake: unique ids and the text exactly as decoded (byte-order marks honoured).
The date a text states is found by the time layer (:mod:`briefextract.timex.dateline`)."""

from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefextract.errors import DecodingError, DocumentError, DuplicateDocIdError


@dataclass(frozen=True)
class Document:
    """A source text. Offsets in briefs are code points into ``text``."""

    doc_id: str
    text: str
    path: Path | None = None
    document_date: str | None = None  # the caller's; else the time layer reads the text's dateline
    encoding: str = "utf-8"  # how the file's bytes were decoded


# Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A share of NUL bytes this high at odd (or even) positions is UTF-16 text of mostly ASCII.
_UTF16_NUL_SHARE = 0.3
_SNIFF_BYTES = 4096


def likely_encoding(data: bytes) -> str:
    """A guess at the encoding of bytes that are not UTF-8, for an error message."""
    head = data[:_SNIFF_BYTES]
    if len(head) >= 2:
        odd, even = head[1::2], head[0::2]
        if odd.count(0) >= _UTF16_NUL_SHARE * len(odd) and even.count(0) < odd.count(0):
            return "UTF-16-LE without a byte-order mark"
        if even.count(0) >= _UTF16_NUL_SHARE * len(even) and odd.count(0) < even.count(0):
            return "UTF-16-BE without a byte-order mark"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "Latin-1 (ISO-8859-1)"
    return "Windows-1252 (or Latin-1)"


def decode_text(data: bytes, where: str | Path) -> tuple[str, str]:
    """The text of a document's bytes and the encoding it was read in.

    A byte-order mark (UTF-8, UTF-16, UTF-32) says the encoding and is not part
    of the text; without one the bytes must be UTF-8. Raises
    :class:`DecodingError` naming the byte offset and a likely encoding. Line
    endings are kept: offsets are into the text exactly as decoded."""
    encoding, skip, declared = "utf-8", 0, False
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, skip, declared = name, len(bom), True
            break
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        hint = "" if declared else f"; it looks like {likely_encoding(data)}: convert it to UTF-8"
        problem = f"not valid {encoding.upper()}: byte 0x{data[at]:02x} at byte offset {at} ({exc.reason})"
        raise DecodingError(where, problem + hint) from exc
    if not declared and "\0" in text[:_SNIFF_BYTES] and likely_encoding(data).startswith("UTF-16"):
        raise DecodingError(
            where,
            f"NUL bytes from byte offset {data.index(0)}: it looks like {likely_encoding(data)}; "
            "add the byte-order mark or convert it to UTF-8",
        )
    return text, (f"{encoding} (byte-order mark)" if declared else encoding)


def read_document(path: str | Path, *, doc_id: str | None = None) -> Document:
    """Read one ``.txt`` document; the doc_id is the file stem unless given.

    Raises :class:`DocumentError` naming the file for unreadable, undecodable or
    empty input.
    """
    path = Path(path)
    doc_id = doc_id if doc_id is not None else path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror}", doc_id=doc_id) from exc
    try:
        text, encoding = decode_text(data, path)
    except DecodingError as exc:
        exc.doc_id = doc_id
        raise
    if not text.strip():
        raise DocumentError(path, "is empty" if not text else "holds only whitespace", doc_id=doc_id)
    return Document(doc_id=doc_id, text=text, path=path, encoding=encoding)


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted, de-duplicated list of ``.txt`` files."""
    return [path for path, _ in collect_documents(paths)]


def collect_documents(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """(path, doc_id) for every ``.txt`` file of ``paths`` (files, or folders searched
    recursively), each file once, in order of doc_id.

    The doc_id is the file stem. When stems collide, a file found in a folder is
    named by its path relative to that folder, without ``.txt``
    ("2019/report"); ids that still collide raise :class:`DuplicateDocIdError`."""
    found: dict[Path, tuple[Path, Path | None]] = {}  # resolved -> (path as found, folder given)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*.txt")):
                if child.is_file():
                    found.setdefault(child.resolve(), (child, path))
        elif path.exists():
            found.setdefault(path.resolve(), (path, None))
        else:
            raise DocumentError(path, "no such file or folder")
    stems = Counter(path.stem for path, _ in found.values())
    named: dict[str, list[Path]] = {}
    for path, folder in found.values():
        doc_id = path.stem
        if stems[doc_id] > 1 and folder is not None:
            doc_id = path.relative_to(folder).with_suffix("").as_posix()
        named.setdefault(doc_id, []).append(path)
    clashes = {doc_id: ps for doc_id, ps in named.items() if len(ps) > 1}
    if clashes:
        doc_id, ps = sorted(clashes.items())[0]
        raise DuplicateDocIdError(
            ps[0], f"doc_id {doc_id!r} would name {len(ps)} files: {', '.join(map(str, sorted(ps)))}"
        )
    return sorted(((ps[0], doc_id) for doc_id, ps in named.items()), key=lambda item: item[1])


def iter_documents(paths: Iterable[Path | tuple[Path, str]]) -> Iterator[Document | DocumentError]:
    """Each path (or (path, doc_id)) read as a Document, or the DocumentError that stopped it."""
    for item in paths:
        path, doc_id = item if isinstance(item, tuple) else (item, None)
        try:
            yield read_document(path, doc_id=doc_id)
        except DocumentError as exc:
            yield exc
