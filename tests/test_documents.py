"""Document intake: doc ids, exact text, stated dates, and clear errors for bad files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefextract.document.documents import (
    collect_documents,
    collect_paths,
    decode_text,
    read_document,
)
from briefextract.errors import DocumentError, DuplicateDocIdError
from briefextract.timex.dateline import find_document_date


def test_doc_id_is_the_stem_and_text_is_exactly_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "my-doc.txt"
    path.write_bytes("Caf\u00e9 line one\r\nline two\n".encode())
    doc = read_document(path)
    assert doc.doc_id == "my-doc"
    assert doc.text == "Caf\u00e9 line one\r\nline two\n"  # no newline translation


@pytest.mark.parametrize(
    ("content", "message", "code"),
    [
        (b"", "is empty", "BX020"),
        (b"  \n\t\n", "holds only whitespace", "BX020"),
        (b"abc \xff\xfe def", "not valid UTF-8: byte 0xff at byte offset 4 .* Windows-1252", "BX021"),
        (b"Caf\xc3", "byte 0xc3 at byte offset 3 \\(unexpected end of data\\)", "BX021"),
        ("Kestrel".encode("utf-16-le"), "NUL bytes .* UTF-16-LE without a byte-order mark", "BX021"),
        (b"\xff\xfeK\x00\x00\xd8", "not valid UTF-16-LE: .* at byte offset 4", "BX021"),
    ],
    ids=["empty", "whitespace", "invalid-utf8", "truncated-utf8", "utf16-no-bom", "utf16-lone-surrogate"],
)
def test_unusable_files_raise_errors_naming_the_file(
    tmp_path: Path, content: bytes, message: str, code: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value) and info.value.code == code and info.value.doc_id == "bad"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + b"Kestrel Front\n", "utf-8 (byte-order mark)"),
        (codecs.BOM_UTF16_LE + "Kestrel Front\n".encode("utf-16-le"), "utf-16-le (byte-order mark)"),
        (codecs.BOM_UTF16_BE + "Kestrel Front\n".encode("utf-16-be"), "utf-16-be (byte-order mark)"),
        (codecs.BOM_UTF32_LE + "Kestrel Front\n".encode("utf-32-le"), "utf-32-le (byte-order mark)"),
        (codecs.BOM_UTF32_BE + "Kestrel Front\n".encode("utf-32-be"), "utf-32-be (byte-order mark)"),
        (b"Kestrel Front\n", "utf-8"),
    ],
    ids=["utf8-bom", "utf16le", "utf16be", "utf32le", "utf32be", "plain"],
)
def test_a_byte_order_mark_says_the_encoding_and_is_not_text(data: bytes, encoding: str) -> None:
    assert decode_text(data, "x.txt") == ("Kestrel Front\n", encoding)


def test_old_mac_line_endings_keep_the_document_date(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes(b"Title\rUpdated May 12, 2015\rBody text.\r")
    assert find_document_date(read_document(path).text) == "2015-05-12"


def test_colliding_stems_are_named_by_their_path_in_the_folder(tmp_path: Path) -> None:
    for sub in ("2018", "2019"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text("x", encoding="utf-8")
    (tmp_path / "other.txt").write_text("x", encoding="utf-8")
    ids = [doc_id for _, doc_id in collect_documents([tmp_path])]
    assert ids == ["2018/report", "2019/report", "other"]


def test_colliding_files_given_by_name_are_an_error(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DuplicateDocIdError, match="doc_id 'report' would name 2 files"):
        collect_documents([tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"])


def test_order_of_paths_does_not_change_the_order_of_documents(tmp_path: Path) -> None:
    for name in ("b", "a", "c"):
        (tmp_path / f"{name}.txt").write_text("x", encoding="utf-8")
    forward = collect_documents([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    backward = collect_documents([tmp_path / "c.txt", tmp_path / "b.txt", tmp_path / "a.txt"])
    assert forward == backward and [d for _, d in forward] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n\nLast updated June 4, 2018 9:30 am (EST)\n\nBody.", "2018-06-04"),
        ("Title\nUpdated May 12, 2015\nBody", "2015-05-12"),
        ("Title\nPublished 3 June 2019\n", "2019-06-03"),
        ("Title\nUpdated: 2018-11-02\n", "2018-11-02"),
        ("In 2007 the group was last updated by nobody.", None),
        ("The report, updated March 2015, says ...", None),
    ],
    ids=["last-updated", "updated", "published-dmy", "iso", "no-dateline", "month-only"],
)
def test_document_date_is_taken_from_a_dateline(text: str, expected: str | None) -> None:
    assert find_document_date(text) == expected


def test_collect_paths_expands_folders_sorted_and_rejects_missing(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in collect_paths([tmp_path])] == ["a.txt", "b.txt"]  # in doc_id order
    with pytest.raises(DocumentError, match="no such file"):
        collect_paths([tmp_path / "missing"])
