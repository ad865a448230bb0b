"""Output files of a batch: never an input, written a whole line at a time, resumable.

Each line is handed to the operating system in one ``write`` as soon as it is
complete, so a reader (or a run after a crash) sees whole lines only; a line
cut short by SIGKILL mid-write is at the end of the file, and ``--resume``
drops it before appending.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from briefextract.errors import OutputError, UsageError

# Characters that str.splitlines and other line readers take as line breaks but that JSON
# leaves unescaped with ensure_ascii=False: written escaped, a brief stays one line.
_LINE_BREAKING = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: object) -> str:
    """One JSON Lines line: sorted keys, UTF-8 text as is, no character that breaks a line."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False).translate(_LINE_BREAKING)


def check_outputs(inputs: Iterable[Path], output: str | None, errors: str | None) -> None:
    """Raise :class:`UsageError` before anything is opened when an output path is a folder,
    sits in a folder that does not exist, is the other output, or is one of the inputs
    (the same file, through links too)."""
    targets = [(flag, Path(p)) for flag, p in (("-o", output), ("--errors", errors)) if p is not None]
    if len(targets) == 2 and _same(targets[0][1], targets[1][1]):
        raise UsageError(f"{errors}: -o and --errors name the same file")
    input_ids = None
    for flag, path in targets:
        if path.is_dir():
            raise UsageError(f"{path}: {flag} names a folder; give a file name")
        parent = path.resolve().parent
        if not parent.is_dir():
            raise UsageError(f"{path}: {flag} is in a folder that does not exist ({parent})")
        if path.exists():
            if input_ids is None:
                input_ids = {_file_id(p) for p in inputs}
            if _file_id(path) in input_ids:
                raise UsageError(f"{path}: {flag} is one of the input documents; it is never written over")


def _file_id(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino


def _same(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    return a.exists() and b.exists() and _file_id(a) == _file_id(b)


def written_doc_ids(path: str | Path) -> set[str]:
    """doc_ids of the whole lines of a brief file (a cut-off last line does not count)."""
    path = Path(path)
    if not path.exists():
        return set()
    ids: set[str] = set()
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.endswith(b"\n"):
                    break  # cut short by a killed run: it is dropped before appending
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                    ids.add(record["doc_id"])
                except (ValueError, KeyError, TypeError) as exc:
                    raise UsageError(
                        f"{path}, line {number}: not a brief, so --resume cannot use it"
                    ) from exc
    except OSError as exc:
        raise OutputError(f"{path}: cannot read: {exc.strerror}") from exc
    return ids


class LineFile:
    """A JSON Lines file written one whole line per ``write`` call."""

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self.path = Path(path)
        try:
            if append:
                _drop_cut_line(self.path)
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd: int | None = os.open(self.path, flags, 0o666)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot open for writing: {exc.strerror}") from exc

    def write(self, line: str) -> None:
        data = memoryview((line + "\n").encode("utf-8"))
        try:
            while data:
                assert self._fd is not None
                data = data[os.write(self._fd, data) :]
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror}") from exc

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class StdoutLines:
    """Lines on stdout, flushed one by one."""

    def write(self, line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def close(self) -> None:
        sys.stdout.flush()


def _drop_cut_line(path: Path) -> None:
    """Truncate a file after its last newline: a last line without one was cut short."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - 1))
        if handle.read(1) == b"\n":
            return
        keep, step = size, 1 << 16
        while keep > 0:
            start = max(0, keep - step)
            handle.seek(start)
            chunk = handle.read(keep - start)
            at = chunk.rfind(b"\n")
            if at >= 0:
                keep = start + at + 1
                break
            keep = start
        handle.truncate(keep)
        print(f"briefextract: {path}: dropped a last line cut short by an earlier run", file=sys.stderr)
