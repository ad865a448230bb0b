"""Every error briefextract raises or reports, each with a stable code that names its kind.

Codes (stable across releases; the CLI's error lines carry them too):

  BX000  any briefextract error (base class)
  BX010  a brief file that cannot be read or does not validate
  BX020  a source document that cannot be used (unreadable, empty)
  BX021  a document whose bytes do not decode (the message names the byte offset
         and a likely encoding)
  BX022  a text holding a lone surrogate code point (it cannot be encoded)
  BX023  a text longer than the character limit (``max_chars``, ``--max-chars``)
  BX024  two documents of a batch with the same doc_id
  BX025  the given text is not a ``str``
  BX030  a spaCy pipeline that cannot be loaded
  BX031  a file under ``models/`` that does not parse or validate
  BX040  system and gold briefs that cannot be compared
  BX050  a pipeline component raised on a document (the record names the component)
  BX051  the processed document could not be assembled into a valid brief
  BX052  a document took longer than the time limit (``--timeout``; names the component)
  BX053  a worker process of ``--jobs`` ended unexpectedly (killed, out of memory)
  BX060  a usage error of the command line (bad paths or options; exit code 2)
  BX061  an operating-system error on an output file (exit code 3)
"""

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
    """A source document that cannot be used (unreadable, undecodable, empty).

    ``path`` is the file, or the doc_id for a text that came from no file."""

    code = "BX020"

    def __init__(self, path: str | Path, problem: str, *, doc_id: str | None = None) -> None:
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = str(path), problem
        self.doc_id = doc_id if doc_id is not None else Path(str(path)).stem


class DecodingError(DocumentError):
    """Bytes that are not text in the encoding the document declares (or UTF-8)."""

    code = "BX021"


class SurrogateError(DocumentError):
    """A ``str`` holding a lone surrogate: it cannot be encoded, hashed or written."""

    code = "BX022"


class TextTooLongError(DocumentError):
    """A text over the character limit."""

    code = "BX023"


class DuplicateDocIdError(DocumentError):
    """Two documents of one batch that would share a doc_id."""

    code = "BX024"


class TextTypeError(DocumentError):
    """Something that is not a ``str`` given as a text."""

    code = "BX025"


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


class ComponentError(BriefExtractError):
    """A pipeline component that raised on one document."""

    code = "BX050"

    def __init__(self, doc_id: str, component: str, problem: str) -> None:
        super().__init__(f"{doc_id}: component {component}: {problem}")
        self.doc_id, self.component, self.problem = doc_id, component, problem


class AssemblyError(ComponentError):
    """A processed document whose annotations do not make a valid brief."""

    code = "BX051"


class DocumentTimeout(ComponentError):
    """A document that took longer than the time limit."""

    code = "BX052"


class WorkerDied(BriefExtractError):
    """A worker process of a parallel batch that ended without its results (killed, out of memory)."""

    code = "BX053"


class UsageError(BriefExtractError):
    """A command line that cannot be carried out as given (the message names the path or option)."""

    code = "BX060"


class OutputError(BriefExtractError):
    """An output file that cannot be opened or written (the message names it)."""

    code = "BX061"
