"""Exceptions with stable codes that name the place where something is wrong."""

from __future__ import annotations

from pathlib import Path


class BriefExtractError(Exception):
    """Base class: ``code`` is stable across releases, the message names the place."""

    code = "BX000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.detail = message


class BriefFileError(BriefExtractError):
    """A JSONL file of briefs that cannot be read or does not validate."""

    code = "BX010"

    def __init__(
        self,
        path: str | Path,
        problem: str,
        *,
        line: int | None = None,
        doc_id: str | None = None,
    ) -> None:
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if doc_id is not None:
            where += f", doc_id {doc_id!r}"
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.doc_id, self.problem = str(path), line, doc_id, problem


class DocumentError(BriefExtractError):
    """A source document that cannot be used (unreadable, undecodable, empty)."""

    code = "BX020"

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = str(path), problem


class ModelError(BriefExtractError):
    """A spaCy pipeline that cannot be loaded, or a rule file that is invalid."""

    code = "BX030"


class RuleFileError(BriefExtractError):
    """A file under ``models/`` that does not parse or validate."""

    code = "BX031"

    def __init__(self, path: str | Path, problem: str, *, line: int | None = None) -> None:
        where = str(path) if line is None else f"{path}, line {line}"
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.problem = str(path), line, problem


class EvaluationError(BriefExtractError):
    """System and gold briefs that cannot be compared (e.g. different texts)."""

    code = "BX040"
