"""Document intake: doc ids, exact text, stated dates, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefextract.documents import collect_paths, find_document_date, read_document
from briefextract.errors import DocumentError


def test_doc_id_is_the_stem_and_text_is_exactly_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "my-doc.txt"
    path.write_bytes("Caf\u00e9 line one\r\nline two\n".encode())
    doc = read_document(path)
    assert doc.doc_id == "my-doc"
    assert doc.text == "Caf\u00e9 line one\r\nline two\n"  # no newline translation


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "holds only whitespace"),
        (b"abc \xff\xfe def", "not valid UTF-8: byte 0xff at byte offset 4"),
    ],
    ids=["empty", "whitespace", "invalid-utf8"],
)
def test_unusable_files_raise_errors_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value) and info.value.code == "BX020"


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
    assert [p.name for p in collect_paths([tmp_path])] == ["b.txt", "a.txt"]
    with pytest.raises(DocumentError, match="no such file"):
        collect_paths([tmp_path / "missing"])
